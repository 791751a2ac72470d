import type { DatabricksClient, Run } from '../../databricks';
import { errorMessage } from '../../errors';
import type { CiContext } from '../../host/host';
import type { Logger } from '../../logger';
import { MAX_SAMPLES, expectationFrom, type Expectation } from './schedule';
import { durationMs } from './run-state';
import { ranSameTasks } from './same-tasks';

/** Which earlier runs are "the same test" as this one. */
export type HistoryKey =
  | { kind: 'job'; jobId: string }
  | {
      kind: 'run-name';
      /** True for the names of earlier runs of the same test. */
      matches: (name: string) => boolean;
      /** How the log line names them, e.g. `'acme/repo · integration-test.yml'`. */
      label: string;
      /** This run's tasks (same-tasks.ts): without history by name, runs of the same tasks count. */
      tasks?: { signature: string; uploadDir?: string };
    };

/** Earlier runs of the same one-time test, by name. */
export type RunNameKey = Extract<HistoryKey, { kind: 'run-name' }>;

/** What the history lookup found, ready for the log line. */
export interface History {
  expectation: Expectation;
  /** e.g. "median of 4 earlier runs of this job". */
  basis: string;
}

/** What the one runs/list call found: the history, and this run itself as the page showed it. */
export interface Lookup {
  history?: History;
  /** This run, when the page holds it with all its tasks: it serves as the first poll. */
  run?: Run;
}

/** runs/list's largest page: one call, however busy the workspace. */
const PAGE = 25;

/** An exact run name (`run-name`, or the run spec's own). */
export function byRunName(name: string): RunNameKey {
  return { kind: 'run-name', matches: (n) => n === name, label: `'${name}'` };
}

const MAX_RUN_NAME = 4000;

/** `<repository>[ PR #<n>][ @ <sha>] · <what>`: the name of a one-time run when none is given. */
export function defaultRunName(
  ci: Pick<CiContext, 'repository' | 'pullRequest' | 'sha'>,
  what: string,
): string {
  const parts = [ci.repository ?? 'run-job'];
  if (ci.pullRequest) parts.push(`PR #${ci.pullRequest}`);
  if (ci.sha) parts.push(`@ ${ci.sha.slice(0, 7)}`);
  parts.push(`· ${what}`);
  return parts.join(' ').slice(0, MAX_RUN_NAME);
}

/**
 * Earlier runs under the default name: the PR and the commit change on every PR, the test does
 * not, so they match on the repository and what is run.
 */
export function byDefaultRunName(
  ci: Pick<CiContext, 'repository' | 'pullRequest' | 'sha'>,
  what: string,
): RunNameKey {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const repository = ci.repository ?? 'run-job';
  const pattern = new RegExp(`^${esc(repository)}(?: PR #\\S+)?(?: @ \\S+)? · ${esc(what)}$`);
  const mine = defaultRunName(ci, what);
  return {
    kind: 'run-name',
    // A name cut at the limit cannot be matched on its end; then only the same name counts.
    matches: (n) => n === mine || (mine.length < MAX_RUN_NAME && pattern.test(n)),
    label: `'${repository} · ${what}' (any PR or commit)`,
  };
}

/** The durations of the newest successful runs that match, newest first. */
export function successfulDurations(
  runs: readonly Run[],
  key: HistoryKey,
  exclude: string,
  by: 'name' | 'tasks' = 'name',
): number[] {
  const out: number[] = [];
  for (const run of runs) {
    if (String(run.run_id) === exclude) continue;
    if (run.state?.result_state !== 'SUCCESS') continue;
    if (key.kind === 'run-name') {
      if (by === 'name' && !key.matches(run.run_name ?? '')) continue;
      if (
        by === 'tasks' &&
        !(key.tasks && ranSameTasks(run, key.tasks.signature, key.tasks.uploadDir))
      )
        continue;
    }
    // An ended run has an end time; without one its duration would be "until now".
    if (!run.end_time) continue;
    const ms = durationMs(run);
    if (ms !== undefined && ms > 0) out.push(ms);
    if (out.length === MAX_SAMPLES) break;
  }
  return out;
}

const plural = (n: number) => `${n} earlier successful run${n === 1 ? '' : 's'}`;

/**
 * How long earlier successful runs of the same job (run-now) or the same run name (one-time
 * submits) took, else, for a one-time run, earlier runs of the same tasks under any run name (a
 * PR's first run): one runs/list call, with the tasks, active runs included so that the page also
 * holds this run (the first poll, without a call of its own). Never fails the step: without an
 * answer, polling is as without a prediction.
 */
export async function lookupHistory(
  client: DatabricksClient,
  key: HistoryKey,
  runId: string,
  logger: Logger,
  signal?: AbortSignal,
): Promise<Lookup> {
  try {
    const page = await client.jobs.listRuns(
      key.kind === 'job'
        ? { jobId: key.jobId, expandTasks: true, limit: PAGE, signal }
        : { runType: 'SUBMIT_RUN', expandTasks: true, limit: PAGE, signal },
    );
    const mine = page.runs.find((r) => String(r.run_id) === runId && r.has_more !== true);
    const run = mine && Array.isArray(mine.tasks) ? mine : undefined;
    const durations = successfulDurations(page.runs, key, runId);
    const expectation = expectationFrom(durations);
    const what = key.kind === 'job' ? 'this job' : key.label;
    if (expectation)
      return {
        run,
        history: { expectation, basis: `median of ${expectation.samples} earlier runs of ${what}` },
      };
    if (key.kind === 'run-name' && key.tasks) {
      const same = successfulDurations(page.runs, key, runId, 'tasks');
      const byTasks = expectationFrom(same);
      if (byTasks)
        return {
          run,
          history: {
            expectation: byTasks,
            basis: `median of ${byTasks.samples} earlier runs of the same tasks (any run name)`,
          },
        };
      logger.debug(
        `run-job: ${plural(durations.length)} of ${what} and ${plural(same.length)} of the same tasks in the last ${PAGE}; polling without a prediction`,
      );
      return { run };
    }
    logger.debug(
      `run-job: ${plural(durations.length)} of ${what} in the last ${PAGE}; polling without a prediction`,
    );
    return { run };
  } catch (err) {
    logger.debug(
      `run-job: could not read earlier runs (${errorMessage(err)}); polling without a prediction`,
    );
    return {};
  }
}
