import type { Run } from '../../databricks';

/** Life cycle states after which a run or task never changes again. */
export const TERMINAL_STATES = new Set(['TERMINATED', 'SKIPPED', 'INTERNAL_ERROR']);

/** Result states after which the successful runs' durations say nothing about a run or task. */
export const FAILED_RESULTS = new Set([
  'FAILED',
  'TIMEDOUT',
  'CANCELED',
  'INTERNAL_ERROR',
  'UPSTREAM_FAILED',
]);

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
