// run-job: how fast the step notices that a run ended (remote end → step exit) and how many API
// calls it spends per run, next to a fixed 5 s poller (what databricks/run-notebook does) measured
// in the same bench on the same machine. Plus the bundle's cold start (process start → first
// request).
//
// As in CI, each case (a run of about 2, 20 or 60 s) is repeated against one local workspace, one
// PR after another, under the same default run name: the first run has no history to predict
// from, the later ones do (run-job needs two earlier successful runs). Each case and poller has
// its own workspace, so request counts are exact (the workspace's request log, cleared before
// each run) and the cases run side by side; the repeats of a case run one after another.
//
// BENCH_RUN_JOB_SCALE shrinks the run lengths (e.g. 0.1 for a quick look); BENCH_RUN_JOB_RUNS
// sets the repeats per case (default 6: the first run, then five later ones);
// BENCH_RUN_JOB_DURATIONS picks the cases (default 2,20,60 seconds).
import { spawn } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startLocalWorkspace, type LocalWorkspace } from '../local-workspace';

const ROOT = path.resolve(__dirname, '..');
const MAIN = path.join(ROOT, 'dist/actions/run-job/main.js');
const SLEEP = path.join(ROOT, 'test/fixtures/run-job/code/sleep.py');
const SCALE = Number(process.env.BENCH_RUN_JOB_SCALE ?? 1);
const RUNS = Math.max(2, Number(process.env.BENCH_RUN_JOB_RUNS ?? 6));
const DURATIONS = (process.env.BENCH_RUN_JOB_DURATIONS ?? '2,20,60').split(',').map(Number);
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

const auth = (ws: LocalWorkspace) => ({ Authorization: `Bearer ${ws.token}` });

async function workspaceWithScript(): Promise<LocalWorkspace> {
  const ws = await startLocalWorkspace({ port: 0 });
  const post = (p: string, body: unknown) =>
    fetch(`${ws.host}${p}`, { method: 'POST', headers: auth(ws), body: JSON.stringify(body) });
  await post('/api/2.0/workspace/mkdirs', { path: path.posix.dirname(SLEEP_PATH) });
  await post('/api/2.0/workspace/import', {
    path: SLEEP_PATH,
    content: fs.readFileSync(SLEEP).toString('base64'),
    format: 'AUTO',
    overwrite: true,
  });
  return ws;
}

async function clearRequests(ws: LocalWorkspace): Promise<void> {
  await fetch(`${ws.host}/__local/requests`, { method: 'DELETE', headers: auth(ws) });
}

async function requests(ws: LocalWorkspace): Promise<Logged[]> {
  const res = await fetch(`${ws.host}/__local/requests`, { headers: auth(ws) });
  const body = (await res.json()) as { requests: Logged[] };
  return body.requests.filter((r) => r.path.startsWith('/api/'));
}

async function runEnd(ws: LocalWorkspace, logged: Logged[]): Promise<number> {
  const get = logged.find((r) => r.path.endsWith('/runs/get'));
  const runId = new URLSearchParams(get?.query ?? '').get('run_id');
  const res = await fetch(`${ws.host}/api/2.2/jobs/runs/get?run_id=${runId}`, {
    headers: auth(ws),
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

type Kind = 'run-job' | 'fixed 5 s';

interface Sample {
  detectionMs: number;
  /** Remote end → the runs/get that saw it (the poll schedule's share of the latency). */
  seenMs: number;
  /** That runs/get → step exit: task outputs, summary, process exit. */
  tailMs: number;
  calls: number;
  coldStartMs: number;
  /** run-job printed its "Expecting about …" line: it polled from a prediction. */
  history: boolean;
}

let pr = 100;

/** One run of `seconds` against `ws`, as the next PR of the same repository. */
async function measure(ws: LocalWorkspace, kind: Kind, seconds: number): Promise<Sample> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-run-job-'));
  for (const f of ['out', 'summary', 'state']) fs.writeFileSync(path.join(dir, f), '');
  const number = ++pr;
  const sha = crypto.createHash('sha1').update(String(number)).digest('hex');
  fs.writeFileSync(
    path.join(dir, 'event.json'),
    JSON.stringify({ number, pull_request: { number, head: { sha } } }),
  );
  await clearRequests(ws);
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
            GITHUB_RUN_ID: String(Date.now() * 100 + number),
            GITHUB_RUN_ATTEMPT: '1',
            GITHUB_REPOSITORY: 'acme/ml-project',
            GITHUB_EVENT_NAME: 'pull_request',
            GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
            GITHUB_SHA: sha,
          })
        : await exitOf(['-e', FIXED_POLLER, ws.host, ws.token, String(seconds)], {});
    if (result.code !== 0) throw new Error(`${kind} exited with ${result.code}:\n${result.output}`);
    const logged = await requests(ws);
    const end = await runEnd(ws, logged);
    const seen = logged.find((r) => r.path.endsWith('/runs/get') && r.time >= end);
    return {
      detectionMs: result.exitedAt - end,
      seenMs: seen ? seen.time - end : Number.NaN,
      tailMs: seen ? result.exitedAt - seen.time : Number.NaN,
      calls: logged.length,
      coldStartMs: logged[0].time - result.startedAt,
      history: /^Expecting about /m.test(result.output),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Every repeat of one case, one after another on one workspace: the later ones have history. */
async function series(kind: Kind, lengths: number[]): Promise<Sample[]> {
  const ws = await workspaceWithScript();
  try {
    const out: Sample[] = [];
    for (const len of lengths) out.push(await measure(ws, kind, len));
    return out;
  } finally {
    await ws.close();
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function row(run: string, kind: Kind, which: string, samples: Sample[]): Row {
  const used = samples.filter((s) => s.history).length;
  return {
    run,
    poller: kind,
    runs: which,
    history: kind === 'run-job' ? `${used} of ${samples.length}` : 'n/a',
    'median detection (ms)': Math.round(median(samples.map((s) => s.detectionMs))),
    'max detection (ms)': Math.round(Math.max(...samples.map((s) => s.detectionMs))),
    'API calls (median)': median(samples.map((s) => s.calls)),
    'API calls (max)': Math.max(...samples.map((s) => s.calls)),
    'end → seen (median ms)': Math.round(median(samples.map((s) => s.seenMs))),
    'seen → exit (median ms)': Math.round(median(samples.map((s) => s.tailMs))),
    'each run (ms/calls)': samples.map((s) => `${Math.round(s.detectionMs)}/${s.calls}`).join(' '),
  };
}

export async function benchRunJob(): Promise<Row[]> {
  if (!fs.existsSync(MAIN))
    throw new Error('dist/actions/run-job/main.js is missing: run `node scripts/build.js` first.');
  // A fixed poller's latency depends on where the end falls between two polls: each repeat adds
  // a different share of one 5 s period (the same for both pollers), so the median is over
  // phases. The repeats get longer one after another: each later run ends after every earlier
  // one, the hard case for a prediction from their median.
  const cases = DURATIONS.map((base) => {
    const seconds = Math.max(0.2, base * SCALE);
    const lengths = Array.from(
      { length: RUNS },
      (_, i) => seconds + (Math.min(5, seconds) * (i + 0.5)) / RUNS,
    );
    return {
      lengths,
      label: `${lengths[0].toFixed(1)}–${lengths[lengths.length - 1].toFixed(1)} s`,
    };
  });
  // Every case and poller at once, each on its own workspace: waiting is idle time.
  const results = await Promise.all(
    cases.flatMap((c) =>
      (['run-job', 'fixed 5 s'] as const).map(async (kind) => ({
        c,
        kind,
        samples: await series(kind, c.lengths),
      })),
    ),
  );
  const rows: Row[] = [];
  for (const { c, kind, samples } of results) {
    rows.push(row(c.label, kind, '1st (cold)', samples.slice(0, 1)));
    rows.push(row(c.label, kind, `2nd–${RUNS}th`, samples.slice(1)));
  }
  // Cold start alone, one process at a time: the runs above start side by side and share the CPU.
  const coldStarts: number[] = [];
  const ws = await workspaceWithScript();
  try {
    for (let i = 0; i < Math.max(3, RUNS); i++)
      coldStarts.push((await measure(ws, 'run-job', 0.2)).coldStartMs);
  } finally {
    await ws.close();
  }
  rows.push({
    run: 'cold start',
    poller: 'run-job bundle',
    runs: String(coldStarts.length),
    'median detection (ms)': `${Math.round(median(coldStarts))} (process start → first request)`,
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
