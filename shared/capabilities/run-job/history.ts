import type { DatabricksClient, Run } from '../../databricks';
import { errorMessage } from '../../errors';
import type { CiContext } from '../../host/host';
import type { Logger } from '../../logger';
import { MAX_SAMPLES, expectationFrom, type Expectation } from './schedule';
import { durationMs } from './run-state';

/** Which earlier runs are "the same test" as this one. */
export type HistoryKey =
  | { kind: 'job'; jobId: string }
  | {
      kind: 'run-name';
      /** True for the names of earlier runs of the same test. */
      matches: (name: string) => boolean;
      /** How the log line names them, e.g. `'acme/repo · integration-test.yml'`. */
      label: string;
    };

/** What the history lookup found, ready for the log line. */
export interface History {
  expectation: Expectation;
  /** e.g. "median of 4 earlier runs of this job". */
  basis: string;
}

/** runs/list's largest page: one call, however busy the workspace. */
const PAGE = 25;

/** An exact run name (`run-name`, or the run spec's own). */
export function byRunName(name: string): HistoryKey {
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
): HistoryKey {
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
): number[] {
  const out: number[] = [];
  for (const run of runs) {
    if (String(run.run_id) === exclude) continue;
    if (run.state?.result_state !== 'SUCCESS') continue;
    if (key.kind === 'run-name' && !key.matches(run.run_name ?? '')) continue;
    // An ended run has an end time; without one its duration would be "until now".
    if (!run.end_time) continue;
    const ms = durationMs(run);
    if (ms !== undefined && ms > 0) out.push(ms);
    if (out.length === MAX_SAMPLES) break;
  }
  return out;
}

/**
 * How long earlier successful runs of the same job (run-now) or the same run name (one-time
 * submits) took: one runs/list call. Never fails the step: without an answer, polling is as usual.
 */
export async function lookupHistory(
  client: DatabricksClient,
  key: HistoryKey,
  runId: string,
  logger: Logger,
  signal?: AbortSignal,
): Promise<History | undefined> {
  try {
    const page = await client.jobs.listRuns(
      key.kind === 'job'
        ? { jobId: key.jobId, completedOnly: true, limit: PAGE, signal }
        : { runType: 'SUBMIT_RUN', completedOnly: true, limit: PAGE, signal },
    );
    const durations = successfulDurations(page.runs, key, runId);
    const expectation = expectationFrom(durations);
    const what = key.kind === 'job' ? 'this job' : key.label;
    if (!expectation) {
      logger.debug(
        `run-job: ${durations.length} earlier successful run${durations.length === 1 ? '' : 's'} of ${what} in the last ${PAGE}; polling without a prediction`,
      );
      return undefined;
    }
    return {
      expectation,
      basis: `median of ${expectation.samples} earlier runs of ${what}`,
    };
  } catch (err) {
    logger.debug(
      `run-job: could not read earlier runs (${errorMessage(err)}); polling without a prediction`,
    );
    return undefined;
  }
}
