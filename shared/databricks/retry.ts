/** Time and randomness, injected so that tests run retries and waits without sleeping. */
export interface Timing {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms`, or rejects with the signal's reason when it aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** Uniform in [0, 1). */
  random(): number;
}

export const realTiming: Timing = {
  now: () => Date.now(),
  sleep: realSleep,
  random: () => Math.random(),
};

export function realSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

export interface RetryPolicy {
  /** Total time for one logical call including every retry and wait. Default 5 minutes. */
  budgetMs: number;
  /** First backoff ceiling; doubles per attempt. */
  baseDelayMs: number;
  /** Backoff ceiling. */
  maxDelayMs: number;
  /** Per-attempt timeout for one HTTP exchange (headers and body). */
  requestTimeoutMs: number;
  /**
   * Total time for a call whose host cannot be reached at all (connection refused, name not
   * resolved): a typo in the host should cost seconds, not the whole budget. Default 30 s.
   */
  unreachableBudgetMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  budgetMs: 5 * 60_000,
  baseDelayMs: 1_000,
  maxDelayMs: 10_000,
  requestTimeoutMs: 60_000,
  unreachableBudgetMs: 30_000,
};

/**
 * Exponential backoff with full jitter: uniform in [0, min(max, base·2^(n-1))]. Full jitter spreads
 * the retries of many CI jobs hitting the same workspace limit instead of having them collide again.
 */
export function backoffMs(attempt: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}

/** `Retry-After` as seconds or an HTTP date; `undefined` when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/**
 * 500 is here because Databricks answers many passing faults with INTERNAL_ERROR; like every other
 * failure that may have taken effect, it is repeated only for requests that are safe to repeat.
 */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);
export const RETRYABLE_ERROR_CODES: ReadonlySet<string> = new Set([
  'REQUEST_LIMIT_EXCEEDED',
  'TEMPORARILY_UNAVAILABLE',
]);

/** Network failures worth retrying, as Node and undici name them. */
const RETRYABLE_NETWORK_CODES: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENOTFOUND',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'TIMEOUT',
]);

/** The code of a network error however deeply fetch wrapped it (`TypeError: fetch failed` → cause). */
export function networkErrorCode(err: unknown): string | undefined {
  let e: unknown = err;
  for (let depth = 0; depth < 5 && e; depth++) {
    if (typeof e === 'object' && e !== null) {
      const code = (e as { code?: unknown }).code;
      if (typeof code === 'string' && code) return code;
      e = (e as { cause?: unknown }).cause;
    } else {
      break;
    }
  }
  const text =
    err instanceof Error
      ? `${err.message} ${String((err as { cause?: unknown }).cause ?? '')}`
      : String(err);
  if (/socket hang up|other side closed|terminated/i.test(text)) return 'ECONNRESET';
  return undefined;
}

export function isRetryableNetworkCode(code: string | undefined): boolean {
  return code !== undefined && RETRYABLE_NETWORK_CODES.has(code);
}

/**
 * Whether the request provably never ran, so that even a non-idempotent call may be repeated: the
 * host was not reached at all. Such failures are retried under the short unreachable budget.
 */
export function neverReachedServer(code: string | undefined): boolean {
  return (
    code === 'ECONNREFUSED' ||
    code === 'EAI_AGAIN' ||
    code === 'ENOTFOUND' ||
    code === 'ENETUNREACH' ||
    code === 'EHOSTUNREACH' ||
    code === 'UND_ERR_CONNECT_TIMEOUT'
  );
}
