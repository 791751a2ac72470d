// Stages the Azure DevOps extension in build/extension: vss-extension.json plus one folder per task
// with its task.json, its index.js/post.js stubs and a copy of the ADO bundle (dist/ado/). Pack
// it with `npx tfx-cli extension create --root build/extension` (tfx is not a dependency: it is
// only needed to publish).
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const out = path.join(ROOT, 'build', 'extension');
const bundle = path.join(ROOT, 'dist', 'ado');
if (!fs.existsSync(path.join(bundle, 'index.js'))) {
  console.error('dist/ado/index.js is missing: run `npm run build` first.');
  process.exit(1);
}
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
const ext = JSON.parse(fs.readFileSync(path.join(ROOT, 'tasks', 'vss-extension.json'), 'utf8'));
fs.copyFileSync(
  path.join(ROOT, 'tasks', 'vss-extension.json'),
  path.join(out, 'vss-extension.json'),
);
for (const { path: task } of ext.files) {
  const from = path.join(ROOT, 'tasks', task);
  const to = path.join(out, task);
  fs.cpSync(from, to, { recursive: true });
  fs.cpSync(bundle, path.join(to, 'ado'), { recursive: true });
}
console.log(`staged ${ext.files.length} tasks in ${path.relative(ROOT, out)}`);
