// Cold start of an action bundle: process start → its first HTTP request, against a baseline
// script that only makes that request. Also measures the alternative layout (one bundle per
// action) so the choice between the two is made on numbers.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { ratio, spread, type Row } from './stats';

const ROOT = path.resolve(__dirname, '..');
const RUNS = Number(process.env.BENCH_COLD_RUNS ?? 9);

/**
 * Starts `node script args` with the env of a step and resolves with ms until its first request;
 * the process is then killed (what it does with the bench server's answer is not measured).
 */
async function timeToFirstRequest(
  script: string,
  args: string[],
  inputs: Record<string, string>,
  url: string,
  firstRequest: () => Promise<number>,
  loadedLog?: string,
): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cold-'));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? os.tmpdir(),
    'INPUT_DATABRICKS-HOST': url,
    'INPUT_DATABRICKS-TOKEN': 'dapi-bench',
    DATABRICKS_HOST: url,
    DATABRICKS_TOKEN: 'dapi-bench',
    GITHUB_OUTPUT: path.join(dir, 'out'),
    GITHUB_STATE: path.join(dir, 'state'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    BENCH_URL: url,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  for (const f of ['out', 'state', 'summary']) fs.writeFileSync(path.join(dir, f), '');
  const seen = firstRequest();
  const t0 = performance.now();
  const preload = loadedLog ? ['-r', path.join(__dirname, 'loaded-files.js')] : [];
  if (loadedLog) env.BENCH_LOADED_LOG = loadedLog;
  const child = spawn(process.execPath, [...preload, script, ...args], { env, stdio: 'ignore' });
  const closed = new Promise((r) => child.on('close', r));
  const timeout = new Promise<number>((r) => setTimeout(() => r(Number.NaN), 15_000).unref());
  const at = await Promise.race([seen, timeout]);
  child.kill('SIGKILL');
  await closed;
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

export async function benchColdStart(): Promise<{ rows: Row[]; notes: string[] }> {
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
  const action = (name: string, inputs: Record<string, string> = {}): Candidate => ({
    name: `${name} action (stub + shared bundle)`,
    script: path.join(ROOT, `dist/actions/${name}/main.js`),
    args: [],
    inputs,
  });
  const candidates: Candidate[] = [
    { name: 'baseline: node + one fetch', script: baseline, args: [], inputs: {} },
    action('whoami'),
    action('run-job', { 'python-file': '/Workspace/x.py', 'git-source': 'none' }),
    action('evaluate-model', {
      'model-name': 'main.m.x',
      thresholds: '{"rmse": {"threshold": 1, "greater_is_better": false}}',
    }),
    action('promote-model', { 'model-name': 'main.m.x', version: '1' }),
    {
      name: 'CLI: databricks-mlops whoami',
      script: path.join(ROOT, 'dist/cli.js'),
      args: ['whoami'],
      inputs: {},
    },
    {
      name: 'whoami as its own bundle (alternative layout)',
      script: perAction,
      args: [],
      inputs: {},
    },
  ];
  // What each start reads before its first request: one more, untimed start with a preload that
  // logs every file compiled (the entry, the chunks it loads on demand, nothing else of dist/).
  const loaded: { files: string[]; bytes: number }[] = [];
  for (const c of candidates) {
    const log = path.join(os.tmpdir(), `cold-loaded-${process.pid}.log`);
    fs.writeFileSync(log, '');
    await timeToFirstRequest(c.script, c.args, c.inputs, url, next, log);
    const files = [...new Set(fs.readFileSync(log, 'utf8').split('\n').filter(Boolean))];
    fs.rmSync(log, { force: true });
    loaded.push({ files, bytes: files.reduce((sum, f) => sum + fs.statSync(f).size, 0) });
  }
  const times = candidates.map(() => [] as number[]);
  // Interleaved: each repetition starts every candidate once, in a rotating order.
  for (let i = 0; i < RUNS; i++) {
    for (let k = 0; k < candidates.length; k++) {
      const j = (i + k) % candidates.length;
      const c = candidates[j];
      times[j].push(await timeToFirstRequest(c.script, c.args, c.inputs, url, next));
    }
  }
  const rows: Row[] = candidates.map((c, j) => ({
    start: c.name,
    'ms to first request (min / median / max)': spread(times[j]),
    'ratio to baseline': ratio(times[j], times[0]),
    'files read': loaded[j].files.length,
    'bytes loaded': loaded[j].bytes,
    'no request within 15 s': times[j].filter((t) => !Number.isFinite(t)).length,
  }));
  const distBytes = (dir: string) =>
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .reduce((s, e) => s + fs.statSync(path.join(e.parentPath ?? dir, e.name)).size, 0);
  const size = (file: string) => fs.statSync(path.join(ROOT, file)).size;
  rows.push({
    start: 'main bundle dist/github/index.js',
    'bytes loaded': size('dist/github/index.js'),
  });
  rows.push({ start: 'main bundle dist/ado/index.js', 'bytes loaded': size('dist/ado/index.js') });
  for (const dir of ['dist/github', 'dist/ado', 'dist/actions'])
    rows.push({
      start: `all of ${dir}/ (every chunk)`,
      'bytes loaded': distBytes(path.join(ROOT, dir)),
    });
  fs.rmSync(baseline, { force: true });
  fs.rmSync(perAction, { force: true });
  server.close();
  return {
    rows,
    notes: [
      `${RUNS} repetitions, interleaved (each repetition starts every row once, in a rotating order). Time is from spawning \`node\` to the first HTTP request reaching a loopback server; the process is then killed. The bundles are the committed dist/ (minified, built by scripts/build.js); the baseline is a one-line script that makes the same request. Files read and bytes loaded: the JavaScript files the start compiles before its first request (the stub, the main bundle and the chunks it loads on demand), logged in one more, untimed start per row by a preload (bench/loaded-files.js). The main bundle holds the hosts, the inputs and the capability registry; each capability and the libraries only it uses are chunk files beside it, read when a step runs that capability. The ADO bundle is only sized here: a task needs the agent's environment to start.`,
    ],
  };
}

interface Candidate {
  name: string;
  script: string;
  args: string[];
  inputs: Record<string, string>;
}
