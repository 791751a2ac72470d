// Many pipelines sharing one workspace: 200 run-job invocations at once (in this process, through
// the CLI host) against one local workspace whose fault injection answers 30 % of API calls with
// 429 + Retry-After, then the same with lost connections on runs/submit on top. The baseline is
// the same 200 without faults, in the same run. Every invocation has its own run name, so a
// duplicate run is a second run under one name; every count is read back from the workspace.
//
// BENCH_SCALE_RUNS sets the invocations (default 200); each run sleeps BENCH_SCALE_SECONDS (2).
import type { LocalWorkspace } from '../local-workspace';
import { runJob } from '../shared/capabilities/run-job';
import { ratio, type Row } from './stats';
import {
  SLEEP_PATH,
  apiRequests,
  call,
  runInProcess,
  workspaceWithScript,
  type InProcessRun,
} from './workspace-helpers';

const RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 200);
const SECONDS = process.env.BENCH_SCALE_SECONDS ?? '2';
/** Each invocation gives up (and cancels its run) after this: the bench stops by itself. */
const TIMEOUT_S = 240;

interface Listed {
  run_id: string;
  run_name?: string;
  state?: { life_cycle_state?: string };
}

async function allRuns(ws: LocalWorkspace): Promise<Listed[]> {
  const out: Listed[] = [];
  for (let offset = 0; ; offset += 25) {
    const page = await call<{ runs?: Listed[]; has_more?: boolean }>(
      ws,
      'GET',
      `/api/2.2/jobs/runs/list?run_type=SUBMIT_RUN&limit=25&offset=${offset}`,
    );
    out.push(...(page.runs ?? []));
    if (!page.has_more) return out;
  }
}

interface Outcome {
  scenario: string;
  wallMs: number;
  results: InProcessRun[];
  runs: Listed[];
  calls: number;
  throttled: number;
  lost: number;
}

async function scenario(name: string, faults: string): Promise<Outcome> {
  const ws = await workspaceWithScript(faults);
  try {
    const t0 = Date.now();
    const results = await Promise.all(
      Array.from({ length: RUNS }, (_, i) =>
        runInProcess(runJob, {
          'databricks-host': ws.host,
          'databricks-token': ws.token,
          'python-file': SLEEP_PATH,
          parameters: SECONDS,
          'git-source': 'none',
          'run-name': `scale ${name} #${i}`,
          timeout: String(TIMEOUT_S),
        }),
      ),
    );
    const wallMs = Date.now() - t0;
    const logged = await apiRequests(ws);
    await call(ws, 'DELETE', '/__local/faults');
    return {
      scenario: name,
      wallMs,
      results,
      runs: await allRuns(ws),
      calls: logged.length,
      throttled: logged.filter((r) => r.status === 429).length,
      lost: logged.filter((r) => r.fault && /reset|drop/.test(r.fault)).length,
    };
  } finally {
    await ws.close();
  }
}

function row(o: Outcome, base: Outcome): Row {
  const names = new Map<string, number>();
  for (const r of o.runs) names.set(r.run_name ?? '', (names.get(r.run_name ?? '') ?? 0) + 1);
  const completed = o.results.filter(
    (r) => r.code === 0 && r.outputs['result-state'] === 'SUCCESS',
  );
  const firstFailure = o.results.find((r) => r.code !== 0);
  return {
    faults: o.scenario,
    invocations: o.results.length,
    completed: completed.length,
    failed: o.results.length - completed.length,
    'duplicate runs': [...names.values()].reduce((s, n) => s + Math.max(0, n - 1), 0),
    'runs left running': o.runs.filter((r) =>
      ['PENDING', 'QUEUED', 'RUNNING', 'TERMINATING'].includes(r.state?.life_cycle_state ?? ''),
    ).length,
    'API calls': o.calls,
    'answered 429': o.throttled,
    'connections lost': o.lost,
    'calls ratio': ratio([o.calls], [base.calls]),
    'wall s': (o.wallMs / 1000).toFixed(1),
    'wall ratio': ratio([o.wallMs], [base.wallMs]),
    'first failure': firstFailure
      ? (/error: (.*)/.exec(firstFailure.output)?.[1] ?? `exit ${firstFailure.code}`).slice(0, 120)
      : '',
  };
}

export async function benchScale(): Promise<{ rows: Row[]; notes: string[] }> {
  const throttle = `* /api/** 429 prob=0.3 seed=17 retry-after=1`;
  const base = await scenario('none (baseline)', '');
  const throttled = await scenario('30 % 429 + Retry-After: 1', throttle);
  const resets = await scenario(
    '30 % 429, and 30 % of submits reset or answered then dropped',
    `POST /api/*/jobs/runs/submit reset prob=0.15 seed=5; POST /api/*/jobs/runs/submit drop prob=0.18 seed=9; ${throttle}`,
  );
  return {
    rows: [row(base, base), row(throttled, base), row(resets, base)],
    notes: [
      `Each invocation is \`run-job --python-file sleep.py --parameters ${SECONDS}\` with its own run name, run in one Node process through the CLI host; one repetition per scenario (the 200 invocations are the sample). Ratios are against the baseline row of the same run. \`reset\` closes the connection before the workspace handles the submit; \`drop\` handles it (the run exists) and then loses the answer, the case that would duplicate a run without an idempotency token.`,
    ],
  };
}
