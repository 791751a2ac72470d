// Generated from shared/capabilities/release-branch/manifest.ts by `npm run generate`. Do not edit.
// ado/ is dist/ado/, copied here when the extension is packaged (npm run package:ado).
require('./ado/index.js').run('release-branch', 'main');
