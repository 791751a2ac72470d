// Generated from shared/capabilities/check-drift/manifest.ts by `npm run generate`. Do not edit.
// ado/ is dist/ado/, copied here when the extension is packaged (npm run package:ado).
require('./ado/index.js').run('check-drift', 'main');
