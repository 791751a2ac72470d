// When to poll a run whose earlier runs say how long it should take. CI runs the same integration
// test on every PR and its duration barely moves, so most polls of a fixed or backing-off poller
// are spent at times when the run cannot have ended yet. Pure functions: times are milliseconds
// since the run started.

/** What earlier runs of the same job or test say about this one. */
export interface Expectation {
  /** The median duration of the samples. */
  expectedMs: number;
  /** How far the samples stray from the median (the largest deviation). */
  spreadMs: number;
  samples: number;
}

/** Fewer successful runs than this say nothing reliable. */
export const MIN_SAMPLES = 2;
/** The newest runs only: a test's duration drifts as the code changes. */
export const MAX_SAMPLES = 5;

/** Durations newest first (zeros and gaps dropped); undefined with fewer than MIN_SAMPLES. */
export function expectationFrom(durationsMs: readonly number[]): Expectation | undefined {
  const recent = durationsMs
    .filter((d) => Number.isFinite(d) && d > 0)
    .slice(0, MAX_SAMPLES)
    .sort((a, b) => a - b);
  if (recent.length < MIN_SAMPLES) return undefined;
  const mid = recent.length / 2;
  const expectedMs =
    recent.length % 2 ? recent[Math.floor(mid)] : (recent[mid - 1] + recent[mid]) / 2;
  const spreadMs = Math.max(expectedMs - recent[0], recent[recent.length - 1] - expectedMs);
  return { expectedMs, spreadMs, samples: recent.length };
}

export interface ScheduleOptions {
  /** `max-poll-interval`: a fixed poller's step, which sets the read budget. */
  maxIntervalMs: number;
  /** The longest pause before the expected end (it bounds how late an early failure is seen). */
  sparseCapMs: number;
}

/** One run's planned reads after the first one, in ms since the run started, ascending. */
export interface PollPlan {
  expectedMs: number;
  timesMs: number[];
}

/**
 * The window around the expected end is at least this wide on each side (a task's own start, a
 * Python process on a busy node, varies by a few hundred ms whatever the run's length)...
 */
const MIN_MARGIN_MS = 500;
/** ...or this share of the duration (a test's duration varies by itself: queueing, a slow node). */
const MARGIN_SHARE = 0.02;
/** One outlier among the samples must not spread the window over the whole run. */
const MAX_SPREAD_SHARE = 0.25;
/** Reads across the window are at least this far apart (more would be calls for nothing). */
const MIN_WINDOW_GAP_MS = 500;
/** Two reads are never closer than this. */
const MIN_GAP_MS = 250;

/**
 * How many times a fixed poller (every `stepMs` from the start, the first read at 0) reads a run
 * of `durationMs` until it sees the end: the budget a predicted run's reads stay within.
 */
export function readBudget(durationMs: number, stepMs: number): number {
  return Math.ceil(Math.max(0, durationMs) / Math.max(1, stepMs)) + 1;
}

/**
 * Where a predicted run's reads go. The first read (the runs/list page, or a runs/get) counts as
 * one of the budget a fixed poller would spend on a run of the expected length. Of the rest, the
 * fewest early-failure checks that keep each pause before the expected end under `sparseCapMs`,
 * spread evenly; the others cover the samples' range around the expected end ([e - s, e + s],
 * evenly, the last read at its far edge, at least 500 ms apart). So a run that ends as its history says is seen within
 * the samples' spread, with no more calls than a fixed poller; one that overruns every sample is
 * read at the fixed poller's cadence after that (see nextPollMs).
 */
export function planFor(exp: Expectation, opts: ScheduleOptions): PollPlan {
  const e = exp.expectedMs;
  const margin = Math.max(
    MIN_MARGIN_MS,
    MARGIN_SHARE * e,
    Math.min(exp.spreadMs, MAX_SPREAD_SHARE * e),
  );
  const reads = readBudget(e, opts.maxIntervalMs) - 1;
  const before = Math.max(0, e - margin);
  const early = Math.min(reads - 1, Math.ceil(before / Math.max(1, opts.sparseCapMs)));
  const window = Math.min(reads - early, Math.max(1, Math.floor((2 * margin) / MIN_WINDOW_GAP_MS)));
  const windowTimes = Array.from(
    { length: window },
    (_, k) => e - margin + (2 * margin * (k + 1)) / window,
  );
  const earlyTimes = Array.from({ length: early }, (_, j) => (before * (j + 1)) / (early + 1));
  const timesMs: number[] = [];
  for (const t of [...earlyTimes, ...windowTimes].map((x) => Math.round(x))) {
    if (timesMs.length === 0 || t - timesMs[timesMs.length - 1] >= MIN_GAP_MS) timesMs.push(t);
  }
  return { expectedMs: e, timesMs };
}

/**
 * The pause after a read at `elapsedMs` (since the run started) that did not see the end: to the
 * next planned read; past the plan (the run overran every sample, or was re-attached late), to
 * the next multiple of `max-poll-interval`, a fixed poller's cadence.
 */
export function nextPollMs(elapsedMs: number, plan: PollPlan, opts: ScheduleOptions): number {
  const next = plan.timesMs.find((t) => t >= elapsedMs + MIN_GAP_MS);
  if (next !== undefined) return next - elapsedMs;
  return Math.max(MIN_GAP_MS, unpredictedPollMs(elapsedMs, opts.maxIntervalMs));
}

/**
 * The pause after a poll at `elapsedMs` since the submit when nothing predicts the end: to the
 * next multiple of `stepMs` (`max-poll-interval`). Those are the times a fixed poller started at
 * the submit reads the run, so the end is seen no later than it would see it, with no more calls;
 * a backoff from 250 ms spends four or five calls in the first seconds, when a run on Databricks
 * (a cluster or serverless start, then the code) has hardly begun.
 */
export function unpredictedPollMs(elapsedMs: number, stepMs: number): number {
  const step = Math.max(1, stepMs);
  const into = ((elapsedMs % step) + step) % step;
  return step - into;
}
