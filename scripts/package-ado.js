// Builds the Azure DevOps extension, offline: stages build/extension (vss-extension.json, the
// overview page, the icons and one self-contained folder per task: its task.json, index.js/post.js
// stubs, icon and a copy of the ADO bundle dist/ado/), then packs it with tfx-cli into
// build/<extension id>-<version>.vsix. Extra arguments go to `tfx extension create`, e.g.
// `npm run package:ado -- --publisher my-publisher` to publish a fork under your own publisher;
// `--list` prints every file of the .vsix.
//
// One shared bundle per task rather than a bundle per task, by measurement (README, "Azure DevOps
// extension"): the .vsix is small either way, and the shared one is the very file the e2e tests run.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { iconPng } = require('./icon');

const ROOT = path.resolve(__dirname, '..');
const BUILD = path.join(ROOT, 'build');
const STAGE = path.join(BUILD, 'extension');
const BUNDLE = path.join(ROOT, 'dist', 'ado');

function vsixPath(ext, dir = BUILD) {
  return path.join(dir, `${ext.id}-${ext.version}.vsix`);
}

/** Stages the extension's files in `STAGE` (or `dir`) and returns the parsed manifest. */
function stage(dir = STAGE) {
  if (!fs.existsSync(path.join(BUNDLE, 'index.js'))) {
    throw new Error('dist/ado/index.js is missing: run `npm run build` first.');
  }
  const ext = JSON.parse(fs.readFileSync(path.join(ROOT, 'tasks', 'vss-extension.json'), 'utf8'));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'images'), { recursive: true });
  fs.copyFileSync(
    path.join(ROOT, 'tasks', 'vss-extension.json'),
    path.join(dir, 'vss-extension.json'),
  );
  fs.copyFileSync(path.join(ROOT, 'tasks', 'overview.md'), path.join(dir, 'overview.md'));
  fs.writeFileSync(path.join(dir, ext.icons.default), iconPng(128));
  for (const contribution of ext.contributions) {
    if (contribution.type !== 'ms.vss-distributed-task.task') continue;
    const task = contribution.properties.name;
    const to = path.join(dir, task);
    fs.cpSync(path.join(ROOT, 'tasks', task), to, { recursive: true });
    fs.cpSync(BUNDLE, path.join(to, 'ado'), { recursive: true });
    // The task picker shows icon.png beside task.json.
    fs.writeFileSync(path.join(to, 'icon.png'), iconPng(32));
  }
  return ext;
}

/** Runs tfx-cli from node_modules: nothing is fetched, and it needs no network to pack. */
function pack(ext, { stageDir = STAGE, out = vsixPath(ext), extraArgs = [] } = {}) {
  const tfxPackage = require.resolve('tfx-cli/package.json');
  const tfx = path.join(path.dirname(tfxPackage), require(tfxPackage).bin.tfx);
  fs.rmSync(out, { force: true });
  const args = [
    tfx,
    'extension',
    'create',
    '--root',
    stageDir,
    '--manifests',
    'vss-extension.json',
    '--output-path',
    out,
    '--no-prompt',
    '--no-color',
    ...extraArgs,
  ];
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (result.status !== 0 || !fs.existsSync(out)) {
    throw new Error(`tfx extension create failed:\n${result.stdout}${result.stderr}`);
  }
  return out;
}

/** One line per file of the .vsix, with its size: what `.ci/run` prints. */
async function listing(vsix) {
  const JSZip = require('jszip');
  const zip = await JSZip.loadAsync(fs.readFileSync(vsix));
  const lines = [];
  for (const file of Object.values(zip.files).sort((a, b) => a.name.localeCompare(b.name))) {
    if (file.dir) continue;
    const size = (await file.async('nodebuffer')).length;
    lines.push(`${String(size).padStart(9)}  ${file.name}`);
  }
  return lines.join('\n');
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const list = args.includes('--list');
  (async () => {
    const ext = stage();
    const out = pack(ext, { extraArgs: args.filter((a) => a !== '--list') });
    if (list) console.log(await listing(out));
    const kib = (fs.statSync(out).size / 1024).toFixed(0);
    console.log(`${path.relative(process.cwd(), out)} (${kib} KiB, ${ext.files.length - 1} tasks)`);
  })().catch((err) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
}

module.exports = { stage, pack, vsixPath, listing, STAGE };
