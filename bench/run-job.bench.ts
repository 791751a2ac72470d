// run-job: how fast the step notices that a run ended (remote end → step exit) and how many API
// calls it spends per run, next to a fixed 5 s poller (what databricks/run-notebook does) measured
// in the same bench on the same machine.
//
// As in CI, the same test runs on PR after PR under one default run name: run-job predicts the
// end from the earlier successful runs (it needs two). First runs (no history), a PR's first run
// under a name of its own (only the same tasks ran before) and repeats are reported apart; see
// the notes benchRunJob returns for the shape. Request counts are exact: a
// measured step is alone on its workspace, whose request log is cleared before it.
//
// BENCH_RUN_JOB_SCALE scales the run lengths (e.g. 0.1 for a quick look); BENCH_RUN_JOB_REPEATS
// sets the repeats per case (default 5); BENCH_RUN_JOB_DURATIONS picks the cases (default 2,20,60
// seconds).
import { spawn } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { LocalWorkspace } from '../local-workspace';
import { median, ratio, spread, type Row } from './stats';
import {
  SLEEP_PATH,
  apiRequests,
  byEndpoint,
  clearRequests,
  workspaceWithScript,
  type Logged,
} from './workspace-helpers';

const ROOT = path.resolve(__dirname, '..');
const MAIN = path.join(ROOT, 'dist/actions/run-job/main.js');
const SCALE = Number(process.env.BENCH_RUN_JOB_SCALE ?? 1);
const REPEATS = Math.max(2, Number(process.env.BENCH_RUN_JOB_REPEATS ?? 5));
const DURATIONS = (process.env.BENCH_RUN_JOB_DURATIONS ?? '2,20,60').split(',').map(Number);

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
  logged: Logged[];
  coldStartMs: number;
  /** run-job printed its "Expecting about …" line: it polled from a prediction. */
  history: boolean;
}

let pr = 100;

/**
 * Starts one step of `kind` for a run of `seconds` on `ws`, as the next PR of the repository;
 * with `ownName`, under a run name of the PR's own (so no earlier run has it).
 */
async function step(ws: LocalWorkspace, kind: Kind, seconds: number, ownName = false) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-run-job-'));
  for (const f of ['out', 'summary', 'state']) fs.writeFileSync(path.join(dir, f), '');
  const number = ++pr;
  const sha = crypto.createHash('sha1').update(String(number)).digest('hex');
  fs.writeFileSync(
    path.join(dir, 'event.json'),
    JSON.stringify({ number, pull_request: { number, head: { sha } } }),
  );
  try {
    const result =
      kind === 'run-job'
        ? await exitOf([MAIN], {
            'INPUT_DATABRICKS-HOST': ws.host,
            'INPUT_DATABRICKS-TOKEN': ws.token,
            'INPUT_PYTHON-FILE': SLEEP_PATH,
            INPUT_PARAMETERS: String(seconds),
            'INPUT_GIT-SOURCE': 'none',
            ...(ownName ? { 'INPUT_RUN-NAME': `integration test, PR #${number}` } : {}),
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
    return result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** One measured step: `ws` must run nothing else meanwhile (its request log is the count). */
async function measure(
  ws: LocalWorkspace,
  kind: Kind,
  seconds: number,
  ownName = false,
): Promise<Sample> {
  await clearRequests(ws);
  {
    const result = await step(ws, kind, seconds, ownName);
    const logged = await apiRequests(ws);
    const end = await runEnd(ws, logged);
    const seen = logged.find((r) => r.path.endsWith('/runs/get') && r.time >= end);
    return {
      detectionMs: result.exitedAt - end,
      seenMs: seen ? seen.time - end : Number.NaN,
      tailMs: seen ? result.exitedAt - seen.time : Number.NaN,
      calls: logged.length,
      logged,
      coldStartMs: logged[0].time - result.startedAt,
      history: /^Expecting about /m.test(result.output),
    };
  }
}

/**
 * One case for one poller: the first runs at once, each on a fresh workspace (no history); then
 * the repeats one after another on a workspace whose history three unmeasured runs of the same
 * lengths made meanwhile. Lengths vary both ways around the history's median, so some repeats
 * end before the prediction and some after. For run-job, alongside: PRs' first runs, each under
 * a run name of its own, one after another on a third workspace where three other PRs ran the
 * same tasks under their own names.
 */
async function series(
  kind: Kind,
  seconds: number,
): Promise<{ first: Sample[]; later: Sample[]; prFirst: Sample[] }> {
  const fresh = await Promise.all(FIRST_SHAPE.map(() => workspaceWithScript()));
  const ws = await workspaceWithScript();
  const prs = kind === 'run-job' ? await workspaceWithScript() : undefined;
  try {
    const [first] = await Promise.all([
      Promise.all(FIRST_SHAPE.map((f, i) => measure(fresh[i], kind, seconds * f))),
      Promise.all(FIRST_SHAPE.map((f) => step(ws, kind, seconds * f))),
      prs && Promise.all(FIRST_SHAPE.map((f) => step(prs, kind, seconds * f, true))),
    ]);
    const [later, prFirst] = await Promise.all([
      (async () => {
        const out: Sample[] = [];
        for (const f of REPEAT_SHAPE.slice(0, REPEATS))
          out.push(await measure(ws, kind, seconds * f));
        return out;
      })(),
      (async () => {
        const out: Sample[] = [];
        if (prs) for (const f of PR_SHAPE) out.push(await measure(prs, kind, seconds * f, true));
        return out;
      })(),
    ]);
    return { first, later, prFirst };
  } finally {
    await Promise.all([...fresh, ws, ...(prs ? [prs] : [])].map((w) => w.close()));
  }
}

/** First runs: the median length and either side of it. */
const FIRST_SHAPE = [1, 0.85, 1.15];
/** Repeats: after and before the prediction (the first runs' median), in turn. */
const REPEAT_SHAPE = [1.1, 0.88, 1.15, 0.92, 1.05, 0.95, 1.12];
/** PRs' first runs: after and before the other PRs' median. */
const PR_SHAPE = [1.1, 0.9, 1.05];

function row(run: string, kind: Kind, which: string, samples: Sample[], baseline: Sample[]): Row {
  const used = samples.filter((s) => s.history).length;
  const mid = [...samples].sort((a, b) => a.detectionMs - b.detectionMs)[
    Math.floor(samples.length / 2)
  ];
  return {
    run,
    poller: kind,
    runs: which,
    'with a prediction': kind === 'run-job' ? `${used} of ${samples.length}` : 'n/a',
    'detection ms (min / median / max)': spread(samples.map((s) => s.detectionMs)),
    'ratio to fixed 5 s': ratio(
      samples.map((s) => s.detectionMs),
      baseline.map((s) => s.detectionMs),
    ),
    'API calls (min / median / max)': spread(samples.map((s) => s.calls)),
    'end → seen ms (median)': Math.round(median(samples.map((s) => s.seenMs))),
    'seen → exit ms (median)': Math.round(median(samples.map((s) => s.tailMs))),
    'calls of the median run': byEndpoint(mid.logged),
  };
}

export async function benchRunJob(): Promise<{ rows: Row[]; notes: string[] }> {
  if (!fs.existsSync(MAIN))
    throw new Error('dist/actions/run-job/main.js is missing: run `node scripts/build.js` first.');
  const cases = DURATIONS.map((base) => Math.max(0.5, base * SCALE));
  // Every case and poller at once, each on its own workspace: waiting is idle time, and the
  // fixed poller sees the same machine load as run-job.
  const results = await Promise.all(
    cases.flatMap((seconds) =>
      (['run-job', 'fixed 5 s'] as const).map(async (kind) => ({
        seconds,
        kind,
        ...(await series(kind, seconds)),
      })),
    ),
  );
  const rows: Row[] = [];
  for (const seconds of cases) {
    const mine = results.find((r) => r.seconds === seconds && r.kind === 'run-job')!;
    const fixed = results.find((r) => r.seconds === seconds && r.kind === 'fixed 5 s')!;
    const all = [...fixed.first, ...fixed.later];
    const label = `≈${seconds} s`;
    rows.push(row(label, 'run-job', `first (${mine.first.length}, no history)`, mine.first, all));
    rows.push(
      row(
        label,
        'run-job',
        `PR's first (${mine.prFirst.length}, new name, same tasks ran before)`,
        mine.prFirst,
        all,
      ),
    );
    rows.push(row(label, 'run-job', `repeats (${mine.later.length})`, mine.later, all));
    rows.push(row(label, 'fixed 5 s', `all (${all.length})`, all, all));
  }
  return {
    rows,
    notes: [
      `Per case and poller: ${FIRST_SHAPE.length} first runs at once, each on a fresh local workspace (no history), lengths ${FIRST_SHAPE.map((f) => `${f}×`).join(', ')} the case's; meanwhile ${FIRST_SHAPE.length} unmeasured runs of the same lengths make the history of another workspace, where ${Math.min(REPEATS, REPEAT_SHAPE.length)} repeats then run one after another, lengths ${REPEAT_SHAPE.slice(
        0,
        REPEATS,
      )
        .map((f) => `${f}×`)
        .join(
          ', ',
        )}: some end after the prediction (the history's median), some before. A PR's first run: on a third workspace, ${FIRST_SHAPE.length} unmeasured runs of the same task under run names of their own (\`integration test, PR #n\`), then ${PR_SHAPE.length} measured ones one after another, each under a new name, lengths ${PR_SHAPE.map((f) => `${f}×`).join(', ')}: no earlier run has its name, so only the same tasks can predict it. Every case and poller runs at the same time, as GitHub runner processes (the committed bundle). Detection is remote run end → step exit; calls are every API request of the step (the workspace's request log), submit and get-output included. The baseline is a fixed 5 s poller (what databricks/run-notebook does) measured in the same run on the same lengths; its latency depends on where the end falls between two polls, so it varies from run to run.`,
      ...(SCALE !== 1 ? [`Run lengths scaled by ${SCALE} (BENCH_RUN_JOB_SCALE).`] : []),
    ],
  };
}

if (require.main === module) {
  benchRunJob().then(
    (r) => console.table(r.rows),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
