import {
  waitFor,
  type DatabricksClient,
  type Run,
  type RunTask,
  type Timing,
} from '../../databricks';
import type { Logger } from '../../logger';
import { formatDuration } from '../../duration';
import type { History } from './history';
import { FAILED_RESULTS, durationMs, isTerminal, stateText } from './run-state';
import {
  nextPollMs,
  planFor,
  unpredictedPollMs,
  type PollPlan,
  type ScheduleOptions,
} from './schedule';

function clock(now: number): string {
  return new Date(now).toISOString().slice(11, 19);
}

function fingerprintOf(run: Run): string {
  return [stateText(run), ...(run.tasks ?? []).map((t) => `${t.task_key}=${stateText(t)}`)].join(
    '|',
  );
}

export interface WaitRunOptions {
  logger: Logger;
  signal?: AbortSignal;
  /** Epoch ms; the wait throws WaitTimeoutError after it. */
  deadline?: number;
  maxIntervalMs: number;
  /** 0 turns the heartbeat off. */
  heartbeatMs: number;
  /** Called with the first read, before its state is logged (to print the run's link first). */
  onFirst?: (run: Run) => void;
  /** Called with every run read, e.g. to remember the last state for outputs. */
  onRun?: (run: Run) => void;
  /**
   * Earlier runs' durations, looked up alongside the first poll. When they say something, polls
   * are sparse until the expected end and fast around it (see schedule.ts).
   */
  history?: Promise<History | undefined>;
  /**
   * This run as the history lookup's page showed it: the first poll, without a runs/get of its
   * own (undefined: read it).
   */
  listed?: Promise<Run | undefined>;
  /** Local epoch ms just before the run was submitted: the run cannot have started earlier. */
  submittedAt?: number;
  /** The longest pause before the expected end. */
  sparseCapMs?: number;
  /** Clock and sleep, for tests; `now` alone only moves the log's clock. */
  timing?: Pick<Timing, 'now' | 'sleep'>;
  now?: () => number;
}

/** A run whose end the history can predict: nothing failed yet and nothing is being torn down. */
export function onTrack(run: Run): boolean {
  if (run.state?.life_cycle_state === 'TERMINATING') return false;
  return !(run.tasks ?? []).some(
    (t) =>
      FAILED_RESULTS.has(t.state?.result_state ?? '') ||
      t.state?.life_cycle_state === 'INTERNAL_ERROR',
  );
}

/**
 * Where the run's clock started, on ours: its start time, unless our clock is behind the
 * service's, then the submit (it cannot have started before we asked). Erring early only costs a
 * few extra polls; erring late would cost latency.
 */
export function runOrigin(run: Run, submittedAt: number | undefined, now: number): number {
  const start = run.start_time && run.start_time > 0 ? run.start_time : now;
  return submittedAt === undefined ? Math.min(start, now) : Math.min(start, submittedAt);
}

/**
 * Polls the run until it ends, printing one timestamped line per run or task state change and a
 * heartbeat while nothing changes. With a history, the polls follow schedule.ts: sparse until the
 * expected end, fast around it. When the lookup found none, every `maxIntervalMs` from the submit
 * (a fixed poller's times). Without a lookup (predictive polling off) or once the run is off
 * track, the interval starts at 250 ms and doubles while nothing changes up to `maxIntervalMs`.
 */
export async function waitForRun(
  client: DatabricksClient,
  runId: string,
  opts: WaitRunOptions,
): Promise<Run> {
  const now = opts.timing?.now ?? opts.now ?? Date.now;
  let lastLine = now();
  const start = now();
  let first = true;
  let plan: PollPlan | undefined;
  let origin = start;
  const schedule: ScheduleOptions = {
    maxIntervalMs: opts.maxIntervalMs,
    sparseCapMs: Math.max(opts.maxIntervalMs, opts.sparseCapMs ?? opts.maxIntervalMs),
  };
  const say = (text: string) => {
    lastLine = now();
    opts.logger.info(`[${clock(lastLine)}] ${text}`);
  };
  return waitFor<Run>({
    poll: async (signal, deadline) => {
      let run: Run;
      if (first) {
        // The history lookup runs alongside the first read: it never delays the run's link.
        // A listed run that already ended is read again: its outputs need the full run.
        const read = () => client.jobs.getRun(runId, { signal, deadline });
        const [firstRun, history] = await Promise.all([
          opts.listed
            ? opts.listed.then((listed) => (listed && !isTerminal(listed) ? listed : read()))
            : read(),
          opts.history ?? Promise.resolve(undefined),
        ]);
        run = firstRun;
        first = false;
        opts.onFirst?.(run);
        if (history && !isTerminal(run)) {
          plan = planFor(history.expectation, schedule);
          origin = runOrigin(run, opts.submittedAt, now());
          opts.logger.info(
            `Expecting about ${formatDuration(plan.expectedMs)} (${history.basis}); polling sparsely until then.`,
          );
        }
      } else {
        run = await client.jobs.getRun(runId, { signal, deadline });
      }
      opts.onRun?.(run);
      if (opts.heartbeatMs > 0 && now() - lastLine >= opts.heartbeatMs && !isTerminal(run)) {
        const running = (run.tasks ?? [])
          .filter((t) => t.state?.life_cycle_state === 'RUNNING')
          .map((t) => t.task_key);
        say(
          `Run ${runId} still ${stateText(run)} after ${formatDuration(now() - start)}${running.length ? ` (running: ${running.join(', ')})` : ''}`,
        );
      }
      return run;
    },
    isDone: isTerminal,
    stateOf: fingerprintOf,
    onChange: (run, previous) => {
      if (stateText(run) !== stateText(previous)) {
        const message = run.state?.state_message ? `: ${run.state.state_message}` : '';
        say(
          `Run ${runId} ${stateText(run)}${isTerminal(run) ? ` after ${formatDuration(durationMs(run, now()))}` : message}`,
        );
      }
      const before = new Map((previous?.tasks ?? []).map((t) => [t.task_key, stateText(t)]));
      for (const task of run.tasks ?? []) {
        if (before.get(task.task_key) === stateText(task)) continue;
        if (!previous && task.state?.life_cycle_state === 'PENDING' && !isTerminal(run)) continue;
        say(`  ${task.task_key}: ${describeTask(task, now())}`);
      }
    },
    // Off track (a task failed, the run is being torn down), the end is near: the backoff,
    // sub-second again after the change. Predictive polling without a prediction: a fixed
    // poller's times from the submit.
    nextIntervalMs: ({ value, backoffMs }) => {
      if (!onTrack(value)) return backoffMs;
      if (plan) return nextPollMs(now() - origin, plan, schedule);
      if (!opts.history) return backoffMs;
      return unpredictedPollMs(now() - (opts.submittedAt ?? start), opts.maxIntervalMs);
    },
    signal: opts.signal,
    deadline: opts.deadline,
    initialIntervalMs: 250,
    maxIntervalMs: opts.maxIntervalMs,
    factor: 2,
    description: `run ${runId} to finish`,
    timing: opts.timing,
  });
}

function describeTask(task: RunTask, now: number): string {
  const text = stateText(task);
  return isTerminal(task) ? `${text} in ${formatDuration(durationMs(task, now))}` : text;
}
