// Cold start of an action bundle: process start → its first HTTP request, against a baseline
// script that only makes that request. Also measures the alternative layout (one bundle per
// action) so the choice between the two is made on numbers.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const RUNS = Number(process.env.BENCH_COLD_RUNS ?? 15);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Starts `script` with the env of a whoami step and resolves with ms until the first request. */
async function timeToFirstRequest(
  script: string,
  url: string,
  firstRequest: () => Promise<number>,
): Promise<number> {
  const t0 = performance.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cold-'));
  const child = spawn(process.execPath, [script], {
    env: {
      PATH: process.env.PATH ?? '',
      INPUT_DATABRICKS_HOST: url,
      'INPUT_DATABRICKS-HOST': url,
      'INPUT_DATABRICKS-TOKEN': 'dapi-bench',
      GITHUB_OUTPUT: path.join(dir, 'out'),
      BENCH_URL: url,
    },
    stdio: 'ignore',
  });
  const at = await firstRequest();
  await new Promise((r) => child.on('close', r));
  fs.rmSync(dir, { recursive: true, force: true });
  return at - t0;
}

async function bundlePerAction(): Promise<string> {
  const ncc = require('@vercel/ncc');
  const entry = path.join(ROOT, 'bench', '.whoami-only-entry.ts');
  fs.writeFileSync(
    entry,
    "import { GithubHost } from '../shared/host/github';\nimport { runCapability } from '../shared/runner';\nimport { whoami } from '../shared/capabilities/whoami';\nvoid runCapability(new GithubHost(), whoami, 'main');\n",
  );
  try {
    // Built as scripts/build.js builds the committed bundles (minified), so only the layout differs.
    const { code } = await ncc(entry, {
      quiet: true,
      transpileOnly: true,
      minify: true,
      externals: ['sql.js'],
    });
    const out = path.join(os.tmpdir(), `whoami-only-${process.pid}.js`);
    fs.writeFileSync(out, code);
    return out;
  } finally {
    fs.rmSync(entry, { force: true });
  }
}

export async function benchColdStart(): Promise<Array<Record<string, string | number>>> {
  let resolveNext: ((t: number) => void) | undefined;
  const server = http.createServer((_req, res) => {
    resolveNext?.(performance.now());
    resolveNext = undefined;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ id: '1', userName: 'bench@example.com' }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const next = () => new Promise<number>((r) => (resolveNext = r));

  const baseline = path.join(os.tmpdir(), `baseline-${process.pid}.js`);
  fs.writeFileSync(
    baseline,
    "fetch(process.env.BENCH_URL + '/api/2.0/preview/scim/v2/Me').then((r) => r.text());\n",
  );
  const perAction = await bundlePerAction();
  const candidates: Array<[string, string, string[]]> = [
    ['baseline: node + one fetch', baseline, [baseline]],
    [
      'shared bundle + stub (committed layout)',
      path.join(ROOT, 'dist/actions/whoami/main.js'),
      [path.join(ROOT, 'dist/actions/whoami/main.js'), path.join(ROOT, 'dist/github/index.js')],
    ],
    ['one bundle per action (alternative)', perAction, [perAction]],
  ];
  const rows: Array<Record<string, string | number>> = [];
  let base = 0;
  for (const [name, script, files] of candidates) {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await timeToFirstRequest(script, url, next));
    const m = median(times);
    if (!base) base = m;
    const size = files.reduce((sum, f) => sum + fs.statSync(f).size, 0);
    rows.push({
      layout: name,
      'median ms to first request': m,
      'ratio to baseline': m / base,
      'bytes loaded': size,
      runs: RUNS,
    });
  }
  const distBytes = (dir: string) =>
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .reduce((s, e) => s + fs.statSync(path.join(e.parentPath ?? dir, e.name)).size, 0);
  rows.push({
    layout: 'total dist/github (all actions)',
    'bytes loaded': distBytes(path.join(ROOT, 'dist/github')),
  });
  fs.rmSync(baseline, { force: true });
  fs.rmSync(perAction, { force: true });
  server.close();
  return rows;
}
