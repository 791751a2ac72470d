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
  /** `max-poll-interval`: the cap of the backoff once the run is later than expected. */
  maxIntervalMs: number;
  /** The longest pause before the expected end (it bounds how late an early failure is seen). */
  sparseCapMs: number;
}

/** The polls' shape for one run: sparse until `fastFromMs`, every `fastMs` until `fastUntilMs`. */
export interface PollPlan {
  expectedMs: number;
  fastMs: number;
  fastFromMs: number;
  fastUntilMs: number;
}

const MIN_FAST_MS = 500;
const MAX_FAST_MS = 1000;
/** A test whose duration varies by itself (queueing, cluster start) gets this share of slack. */
const SLACK_BEFORE = 0.02;
const SLACK_AFTER = 0.05;
const MIN_AFTER_MS = 2000;
/** One outlier among the samples must not make the whole run fast-polled. */
const MAX_SPREAD_SHARE = 0.25;

export function planFor(exp: Expectation, opts: ScheduleOptions): PollPlan {
  const e = exp.expectedMs;
  // The mean latency is half this pause. 1/80 of the duration keeps the window's polls few (a
  // window of 5 % of the run holds 4 of them) and, within 0.5–1 s, the latency sub-second.
  const fastMs = Math.min(
    opts.maxIntervalMs,
    Math.max(MIN_FAST_MS, Math.min(MAX_FAST_MS, Math.round(e / 80))),
  );
  const spread = Math.min(exp.spreadMs, MAX_SPREAD_SHARE * e);
  return {
    expectedMs: e,
    fastMs,
    fastFromMs: Math.max(0, e - Math.max(fastMs, spread, SLACK_BEFORE * e)),
    // Later than expected is likelier than earlier (a slow runner, a retry): twice the slack.
    fastUntilMs: e + Math.max(MIN_AFTER_MS, 2 * spread, SLACK_AFTER * e),
  };
}

/**
 * The pause after a poll at `elapsedMs` that did not see the end. Before the fast window: half the
 * time left to the expected end (so the polls close in on it), at least `fastMs`, at most the
 * sparse cap. In the window: `fastMs`. After it: the time since the window ended, i.e. doubling
 * from `fastMs` up to `max-poll-interval`, the plain backoff's cadence for a run that overran.
 */
export function nextPollMs(elapsedMs: number, plan: PollPlan, opts: ScheduleOptions): number {
  const { fastMs, fastFromMs, fastUntilMs, expectedMs } = plan;
  if (elapsedMs < fastFromMs) {
    const half = Math.round((expectedMs - elapsedMs) / 2);
    return Math.max(fastMs, Math.min(opts.sparseCapMs, half));
  }
  if (elapsedMs < fastUntilMs) return fastMs;
  const cap = Math.max(fastMs, opts.maxIntervalMs);
  return Math.max(fastMs, Math.min(cap, Math.round(elapsedMs - fastUntilMs)));
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
