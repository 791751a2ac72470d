import { waitFor, type DatabricksClient, type Run, type RunTask } from '../../databricks';
import type { Logger } from '../../logger';

/** Life cycle states after which a run or task never changes again. */
export const TERMINAL_STATES = new Set(['TERMINATED', 'SKIPPED', 'INTERNAL_ERROR']);

export function isTerminal(run: Pick<Run, 'state'> | undefined): boolean {
  return TERMINAL_STATES.has(run?.state?.life_cycle_state ?? '');
}

export function stateText(s: { state?: Run['state'] } | undefined): string {
  const life = s?.state?.life_cycle_state ?? 'UNKNOWN';
  const result = s?.state?.result_state;
  return result ? `${life} ${result}` : life;
}

export function durationMs(
  r: { start_time?: number; end_time?: number; run_duration?: number },
  now = Date.now(),
): number | undefined {
  if (typeof r.run_duration === 'number' && r.run_duration > 0) return r.run_duration;
  if (!r.start_time) return undefined;
  const end = r.end_time && r.end_time > 0 ? r.end_time : now;
  return Math.max(0, end - r.start_time);
}

export function formatSeconds(ms: number | undefined): string {
  if (ms === undefined) return '';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}

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
  now?: () => number;
}

/**
 * Polls the run until it ends, printing one timestamped line per run or task state change and a
 * heartbeat while nothing changes. The interval starts at 250 ms (short runs end fast) and
 * doubles while nothing changes up to `maxIntervalMs`: on a long run that is the same cadence as a
 * fixed poller, after a handful of extra calls at the start.
 */
export async function waitForRun(
  client: DatabricksClient,
  runId: string,
  opts: WaitRunOptions,
): Promise<Run> {
  const now = opts.now ?? Date.now;
  let lastLine = now();
  const start = now();
  let first = true;
  const say = (text: string) => {
    lastLine = now();
    opts.logger.info(`[${clock(lastLine)}] ${text}`);
  };
  return waitFor<Run>({
    poll: async (signal) => {
      const run = await client.jobs.getRun(runId, { signal });
      if (first) {
        first = false;
        opts.onFirst?.(run);
      }
      opts.onRun?.(run);
      if (opts.heartbeatMs > 0 && now() - lastLine >= opts.heartbeatMs && !isTerminal(run)) {
        const running = (run.tasks ?? [])
          .filter((t) => t.state?.life_cycle_state === 'RUNNING')
          .map((t) => t.task_key);
        say(
          `Run ${runId} still ${stateText(run)} after ${formatSeconds(now() - start)}${running.length ? ` (running: ${running.join(', ')})` : ''}`,
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
          `Run ${runId} ${stateText(run)}${isTerminal(run) ? ` after ${formatSeconds(durationMs(run, now()))}` : message}`,
        );
      }
      const before = new Map((previous?.tasks ?? []).map((t) => [t.task_key, stateText(t)]));
      for (const task of run.tasks ?? []) {
        if (before.get(task.task_key) === stateText(task)) continue;
        if (!previous && task.state?.life_cycle_state === 'PENDING' && !isTerminal(run)) continue;
        say(`  ${task.task_key}: ${describeTask(task, now())}`);
      }
    },
    signal: opts.signal,
    deadline: opts.deadline,
    initialIntervalMs: 250,
    maxIntervalMs: opts.maxIntervalMs,
    factor: 2,
    description: `run ${runId} to finish`,
  });
}

function describeTask(task: RunTask, now: number): string {
  const text = stateText(task);
  return isTerminal(task) ? `${text} in ${formatSeconds(durationMs(task, now))}` : text;
}
