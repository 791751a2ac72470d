// Generated from shared/capabilities/promote-model/manifest.ts by `npm run generate`. Do not edit.
// ado/ is dist/ado/, copied here when the extension is packaged (npm run package:ado).
require('./ado/index.js').run('promote-model', 'main');
