// run-job: how fast the step notices that a run ended (remote end → step exit) and how many API
// calls it spends per run, next to a fixed 5 s poller (what databricks/run-notebook does) measured
// in the same bench on the same machine. Plus the bundle's cold start (process start → first
// request). Each measured process gets a local workspace of its own, so request counts are exact
// and the cases can run side by side.
//
// BENCH_RUN_JOB_SCALE shrinks the run lengths (e.g. 0.1 for a quick look); BENCH_RUN_JOB_RUNS
// sets the repeats per case (default 3).
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startLocalWorkspace, type LocalWorkspace } from '../local-workspace';

const ROOT = path.resolve(__dirname, '..');
const MAIN = path.join(ROOT, 'dist/actions/run-job/main.js');
const SLEEP = path.join(ROOT, 'test/fixtures/run-job/code/sleep.py');
const SCALE = Number(process.env.BENCH_RUN_JOB_SCALE ?? 1);
const RUNS = Number(process.env.BENCH_RUN_JOB_RUNS ?? 5);
const DURATIONS = [2, 20, 60];
const SLEEP_PATH = '/Workspace/Shared/bench/sleep.py';

type Row = Record<string, string | number>;

interface Logged {
  seq: number;
  time: number;
  method: string;
  path: string;
  query: string;
}

/** A fixed-interval poller, as databricks/run-notebook does it: submit, runs/get every 5 s, get-output. */
const FIXED_POLLER = `
const [host, token, seconds] = process.argv.slice(1);
const h = { Authorization: 'Bearer ' + token, 'Content-Type': 'application/json' };
const call = async (method, p, body) => {
  const r = await fetch(host + p, { method, headers: h, body: body && JSON.stringify(body) });
  return JSON.parse((await r.text()).replace(/("run_id"\\s*:\\s*)(\\d+)/g, '$1"$2"'));
};
(async () => {
  const { run_id } = await call('POST', '/api/2.1/jobs/runs/submit', { run_name: 'fixed poller', tasks: [{ task_key: 'sleep',
    spark_python_task: { python_file: '${SLEEP_PATH}', parameters: [seconds], source: 'WORKSPACE' } }] });
  for (;;) {
    const run = await call('GET', '/api/2.1/jobs/runs/get?run_id=' + run_id);
    if (['TERMINATED', 'SKIPPED', 'INTERNAL_ERROR'].includes(run.state.life_cycle_state)) {
      await call('GET', '/api/2.1/jobs/runs/get-output?run_id=' + run.tasks[0].run_id);
      break;
    }
    await new Promise((r) => setTimeout(r, 5000));
  }
})();
`;

async function workspaceWithScript(): Promise<LocalWorkspace> {
  const ws = await startLocalWorkspace({ port: 0 });
  const post = (p: string, body: unknown) =>
    fetch(`${ws.host}${p}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ws.token}` },
      body: JSON.stringify(body),
    });
  await post('/api/2.0/workspace/mkdirs', { path: path.posix.dirname(SLEEP_PATH) });
  await post('/api/2.0/workspace/import', {
    path: SLEEP_PATH,
    content: fs.readFileSync(SLEEP).toString('base64'),
    format: 'AUTO',
    overwrite: true,
  });
  await fetch(`${ws.host}/__local/requests`, {
    method: 'DELETE',
    headers: { Authorization: `Bearer ${ws.token}` },
  });
  return ws;
}

async function requests(ws: LocalWorkspace): Promise<Logged[]> {
  const res = await fetch(`${ws.host}/__local/requests`, {
    headers: { Authorization: `Bearer ${ws.token}` },
  });
  const body = (await res.json()) as { requests: Logged[] };
  return body.requests.filter((r) => r.path.startsWith('/api/'));
}

async function runEnd(ws: LocalWorkspace): Promise<number> {
  const logged = await requests(ws);
  const get = logged.find((r) => r.path.endsWith('/runs/get'));
  const runId = new URLSearchParams(get?.query ?? '').get('run_id');
  const res = await fetch(`${ws.host}/api/2.2/jobs/runs/get?run_id=${runId}`, {
    headers: { Authorization: `Bearer ${ws.token}` },
  });
  const text = await res.text();
  const end = /"end_time"\s*:\s*(\d+)/.exec(text);
  if (!end || end[1] === '0')
    throw new Error(`run ${runId} has no end time: ${text.slice(0, 300)}`);
  return Number(end[1]);
}

function exitOf(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; exitedAt: number; startedAt: number; output: string }> {
  const startedAt = Date.now();
  const child = spawn(process.execPath, args, {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, exitedAt: Date.now(), startedAt, output }));
  });
}

interface Sample {
  detectionMs: number;
  calls: number;
  coldStartMs: number;
}

async function measure(kind: 'run-job' | 'fixed 5 s', seconds: number, i: number): Promise<Sample> {
  const ws = await workspaceWithScript();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-run-job-'));
  for (const f of ['out', 'summary', 'state']) fs.writeFileSync(path.join(dir, f), '');
  try {
    const result =
      kind === 'run-job'
        ? await exitOf([MAIN], {
            'INPUT_DATABRICKS-HOST': ws.host,
            'INPUT_DATABRICKS-TOKEN': ws.token,
            'INPUT_PYTHON-FILE': SLEEP_PATH,
            INPUT_PARAMETERS: String(seconds),
            'INPUT_GIT-SOURCE': 'none',
            GITHUB_OUTPUT: path.join(dir, 'out'),
            GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
            GITHUB_STATE: path.join(dir, 'state'),
            GITHUB_RUN_ID: String(Date.now() + i),
            GITHUB_RUN_ATTEMPT: '1',
          })
        : await exitOf(['-e', FIXED_POLLER, ws.host, ws.token, String(seconds)], {});
    if (result.code !== 0) throw new Error(`${kind} exited with ${result.code}:\n${result.output}`);
    const logged = await requests(ws);
    return {
      detectionMs: result.exitedAt - (await runEnd(ws)),
      calls: logged.length,
      coldStartMs: logged[0].time - result.startedAt,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await ws.close();
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export async function benchRunJob(): Promise<Row[]> {
  if (!fs.existsSync(MAIN))
    throw new Error('dist/actions/run-job/main.js is missing: run `node scripts/build.js` first.');
  const rows: Row[] = [];
  const coldStarts: number[] = [];
  for (const base of DURATIONS) {
    const seconds = Math.max(0.2, base * SCALE);
    // A fixed poller's latency depends on where the end falls between two polls: each repeat adds
    // a different share of one 5 s period (the same for both pollers), so the median is over phases.
    const lengths = Array.from(
      { length: RUNS },
      (_, i) => seconds + (Math.min(5, seconds) * (i + 0.5)) / RUNS,
    );
    // Every repeat of both pollers at once: each has its own workspace, and waiting is idle time.
    const cases = (['run-job', 'fixed 5 s'] as const).flatMap((kind) =>
      lengths.map((len, i) => measure(kind, len, i).then((s) => ({ kind, ...s }))),
    );
    const samples = await Promise.all(cases);
    for (const kind of ['run-job', 'fixed 5 s'] as const) {
      const mine = samples.filter((s) => s.kind === kind);
      rows.push({
        run: `${lengths[0].toFixed(1)}–${lengths[lengths.length - 1].toFixed(1)} s`,
        poller: kind,
        'median detection (ms)': Math.round(median(mine.map((s) => s.detectionMs))),
        'max detection (ms)': Math.round(Math.max(...mine.map((s) => s.detectionMs))),
        'API calls per run (median)': median(mine.map((s) => s.calls)),
        runs: mine.length,
      });
    }
  }
  // Cold start alone, one process at a time: the runs above start side by side and share the CPU.
  for (let i = 0; i < Math.max(3, RUNS); i++)
    coldStarts.push((await measure('run-job', 0.2, i)).coldStartMs);
  rows.push({
    run: 'cold start',
    poller: 'run-job bundle',
    'median detection (ms)': `${Math.round(median(coldStarts))} (process start → first request)`,
    runs: coldStarts.length,
  });
  return rows;
}

if (require.main === module) {
  benchRunJob().then(
    (rows) => console.table(rows),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
