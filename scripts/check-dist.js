// Fails when the committed dist/ differs from a clean rebuild: GitHub runs dist/ as committed.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { build } = require('./build');

function listFiles(dir, base = dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    // Python's bytecode cache: written beside dist/cli/python/ when the local workspace ran a task.
    if (e.name === '__pycache__') return [];
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(p, base) : [path.relative(base, p)];
  });
}

async function main() {
  const root = path.resolve(__dirname, '..');
  const committed = path.join(root, 'dist');
  const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-check-'));
  try {
    await build(fresh);
    const a = new Set(listFiles(committed));
    const b = new Set(listFiles(fresh));
    const problems = [];
    for (const f of b) {
      if (!a.has(f)) problems.push(`missing from dist/: ${f}`);
      else if (
        !fs.readFileSync(path.join(committed, f)).equals(fs.readFileSync(path.join(fresh, f)))
      ) {
        problems.push(`differs from a clean build: dist/${f}`);
      }
    }
    for (const f of a) if (!b.has(f)) problems.push(`not produced by a clean build: dist/${f}`);
    if (problems.length > 0) {
      console.error(
        `dist/ is stale:\n  ${problems.join('\n  ')}\nRun \`npm run build\` and commit dist/.`,
      );
      process.exit(1);
    }
    console.log('dist/ matches a clean build.');
  } finally {
    fs.rmSync(fresh, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
