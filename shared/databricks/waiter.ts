import { UserError } from '../errors';
import { DatabricksError } from './errors';
import { stringifyJson } from './ids';
import { formatDuration } from '../duration';
import { abortReason, realTiming, type Timing } from './retry';

export interface WaitOptions<T> {
  /**
   * Reads the current state (e.g. runs/get). Errors end the wait; the transport already retried.
   * Gets the deadline so that a slow read ends at it (a DatabricksError with isDeadline).
   */
  poll: (signal?: AbortSignal, deadline?: number) => Promise<T>;
  isDone: (value: T) => boolean;
  /** What counts as a change; defaults to the whole value. */
  stateOf?: (value: T) => string;
  /** Called with the first value and then on every change of `stateOf`. */
  onChange?: (value: T, previous: T | undefined) => void | Promise<void>;
  signal?: AbortSignal;
  /** Epoch ms after which the wait fails with WaitTimeoutError. */
  deadline?: number;
  /** First interval; short so that fast operations finish fast. Default 250 ms. */
  initialIntervalMs?: number;
  /** Cap the interval backs off to. Default 10 s. */
  maxIntervalMs?: number;
  /** Growth per unchanged poll. Default 1.5. */
  factor?: number;
  /** What is being waited for, e.g. "run 123 to finish", for the timeout message. */
  description?: string;
  /**
   * Chooses the pause before the next poll instead of the backoff, e.g. from what is known about
   * when the operation should end. Gets the backoff's own choice in `backoffMs` to fall back on.
   * The deadline still bounds the pause.
   */
  nextIntervalMs?: (context: PollContext<T>) => number;
  timing?: Pick<Timing, 'now' | 'sleep'>;
}

/** What a custom schedule knows after a poll that did not end the wait. */
export interface PollContext<T> {
  value: T;
  /** Polls so far, this one included. */
  polls: number;
  /** Whether this poll saw a change of `stateOf` (the first poll counts as one). */
  changed: boolean;
  /** Since the wait began. */
  elapsedMs: number;
  /** The pause the backoff would take now (initial after a change, grown otherwise). */
  backoffMs: number;
}

/** How long the last poll, made at the deadline, may take. */
const LAST_POLL_MS = 2_000;

/** The deadline passed before the condition held; `last` is the last state seen. */
export class WaitTimeoutError<T = unknown> extends UserError {
  override readonly name: string = 'WaitTimeoutError';
  constructor(
    message: string,
    readonly last: T | undefined,
    readonly polls: number,
  ) {
    super(message);
  }
}

/**
 * Polls until `isDone`. The interval starts sub-second and grows while nothing changes, up to the
 * cap; a change resets it, because one transition is often followed by another (PENDING → RUNNING).
 */
export async function waitFor<T>(opts: WaitOptions<T>): Promise<T> {
  const timing = opts.timing ?? realTiming;
  const initial = opts.initialIntervalMs ?? 250;
  const cap = Math.max(initial, opts.maxIntervalMs ?? 10_000);
  const factor = opts.factor ?? 1.5;
  const stateOf = opts.stateOf ?? ((v: T) => stringifyJson(v));
  const start = timing.now();
  let interval = initial;
  let last: T | undefined;
  let lastState: string | undefined;
  let polls = 0;

  for (;;) {
    if (opts.signal?.aborted) throw abortReason(opts.signal);
    let value: T;
    try {
      // The poll made right at the deadline still gets a moment to answer.
      const pollDeadline =
        opts.deadline === undefined
          ? undefined
          : Math.max(opts.deadline, timing.now() + LAST_POLL_MS);
      value = await opts.poll(opts.signal, pollDeadline);
    } catch (err) {
      if (err instanceof DatabricksError && err.isDeadline) {
        throw timeoutError(opts, timing.now() - start, polls, last, lastState ?? 'none yet');
      }
      throw err;
    }
    polls++;
    const state = stateOf(value);
    const changed = polls === 1 || state !== lastState;
    if (changed) {
      await opts.onChange?.(value, last);
      if (polls > 1) interval = initial;
    } else {
      interval = Math.min(cap, Math.round(interval * factor));
    }
    last = value;
    lastState = state;
    if (opts.isDone(value)) return value;

    const now = timing.now();
    if (opts.deadline !== undefined && now >= opts.deadline) {
      throw timeoutError(opts, now - start, polls, last, state);
    }
    const custom = opts.nextIntervalMs?.({
      value,
      polls,
      changed,
      elapsedMs: now - start,
      backoffMs: interval,
    });
    const chosen = custom !== undefined && Number.isFinite(custom) ? Math.max(0, custom) : interval;
    // Never sleep past the deadline: poll once more right at it.
    const wait =
      opts.deadline === undefined ? chosen : Math.max(0, Math.min(chosen, opts.deadline - now));
    await timing.sleep(wait, opts.signal);
  }
}

function timeoutError<T>(
  opts: WaitOptions<T>,
  elapsedMs: number,
  polls: number,
  last: T | undefined,
  state: string,
): WaitTimeoutError<T> {
  const what = opts.description ? ` for ${opts.description}` : '';
  return new WaitTimeoutError(
    `Timed out after ${formatDuration(elapsedMs)} waiting${what} (${polls} polls; last state: ${truncate(state)})`,
    last,
    polls,
  );
}

function truncate(s: string): string {
  return s.length > 200 ? `${s.slice(0, 197)}...` : s;
}
