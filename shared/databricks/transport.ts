import { formatDuration } from '../duration';
import type { Logger } from '../logger';
import { DatabricksError, parseErrorBody, type ResourceRef } from './errors';
import { parseJson, stringifyJson } from './ids';
import {
  abortReason,
  backoffMs,
  isRetryableNetworkCode,
  networkErrorCode,
  neverReachedServer,
  parseRetryAfter,
  RETRYABLE_ERROR_CODES,
  RETRYABLE_STATUSES,
  type RetryPolicy,
  type Timing,
} from './retry';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What every HTTP exchange of the client shares: the raw fetch, time, retry rules and logging. */
export interface HttpDeps {
  fetch: typeof fetch;
  timing: Timing;
  policy: RetryPolicy;
  logger: Logger;
  /** `databricks-mlops-actions/<version> (<host>)`. */
  userAgent: string;
  /** Cancels everything the client does (a cancelled CI job). */
  signal?: AbortSignal;
  /** Replaces every registered secret in a string; applied to every log line and error message. */
  redact: (text: string) => string;
}

export interface RawRequest {
  method: HttpMethod;
  url: string;
  /** Called before every attempt, so that a refreshed token is picked up. */
  headers: () => Promise<Record<string, string>>;
  body?: string;
  /** A repeat cannot do harm: an idempotent method, an idempotency token, or an endpoint known to be safe. */
  safeToRepeat: boolean;
  /** On a 401: drop the cached token; `true` when a fresh one may help (one retry). */
  onUnauthorized?: () => boolean;
  resource?: ResourceRef;
  principal?: string;
  authHint?: string;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Path to log and to name in errors, without the query string. Defaults to the URL's path. */
  logPath?: string;
}

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  attempts: number;
}

/**
 * One logical call with retries: backoff with full jitter, Retry-After, an overall budget, one
 * token refresh on 401. Throws DatabricksError for every non-2xx answer and network failure.
 */
export async function sendWithRetries(deps: HttpDeps, req: RawRequest): Promise<RawResponse> {
  const { timing, policy, logger } = deps;
  const url = new URL(req.url);
  const path = req.logPath ?? url.pathname;
  const shown = deps.redact(`${url.pathname}${url.search}`);
  const signal = linkSignals(deps.signal, req.signal);
  const start = timing.now();
  let attempt = 0;
  let refreshed = false;

  for (;;) {
    attempt++;
    if (signal?.aborted) throw abortReason(signal);
    const headers = {
      'User-Agent': deps.userAgent,
      Accept: 'application/json',
      ...(await req.headers()),
    };
    const began = timing.now();
    let failure: DatabricksError;
    let retryAfterMs: number | undefined;
    let throttled = false;
    let provablyNotRun = false;
    let retryable: boolean;
    try {
      const res = await fetchOnce(deps, req, headers, signal);
      logger.debug(
        deps.redact(
          `${req.method} ${shown} -> ${res.status} in ${formatDuration(timing.now() - began)}`,
        ),
      );
      if (res.status >= 200 && res.status < 300) {
        return { status: res.status, headers: res.headers, text: res.text, attempts: attempt };
      }
      const parsed = parseErrorBody(
        res.status,
        path,
        res.headers.get('content-type') ?? '',
        res.text,
      );
      failure = new DatabricksError({
        method: req.method,
        path,
        status: res.status,
        errorCode: parsed.errorCode,
        serverMessage: deps.redact(parsed.message),
        requestId:
          res.headers.get('x-request-id') ??
          res.headers.get('x-databricks-request-id') ??
          parsed.requestId,
        retryAfter: res.headers.get('retry-after') ?? undefined,
        resource: req.resource,
        principal: req.principal,
        authHint: req.authHint,
        attempts: attempt,
        elapsedMs: timing.now() - start,
      });
      if (res.status === 401 && !refreshed && req.onUnauthorized?.()) {
        refreshed = true;
        logger.debug(`${req.method} ${path} -> 401; refreshing the token and trying once more`);
        continue;
      }
      throttled = res.status === 429 || parsed.errorCode === 'REQUEST_LIMIT_EXCEEDED';
      retryable = RETRYABLE_STATUSES.has(res.status) || RETRYABLE_ERROR_CODES.has(parsed.errorCode);
      retryAfterMs = parseRetryAfter(res.headers.get('retry-after'), timing.now());
    } catch (err) {
      if (signal?.aborted) throw abortReason(signal);
      if (err instanceof DatabricksError) throw err;
      const code = networkErrorCode(err);
      const timedOut = (err as { name?: string })?.name === 'PerAttemptTimeout';
      const effective = timedOut ? 'TIMEOUT' : (code ?? 'NETWORK_ERROR');
      const what = timedOut
        ? `no complete answer within ${formatDuration(req.timeoutMs ?? policy.requestTimeoutMs)}`
        : describeNetworkError(err, effective);
      logger.debug(deps.redact(`${req.method} ${shown} -> ${what}`));
      failure = new DatabricksError({
        method: req.method,
        path,
        errorCode: effective,
        serverMessage: deps.redact(what),
        resource: req.resource,
        attempts: attempt,
        elapsedMs: timing.now() - start,
        cause: timedOut ? undefined : err,
      });
      retryable = timedOut || isRetryableNetworkCode(code);
      provablyNotRun = neverReachedServer(code);
    }

    const elapsed = timing.now() - start;
    if (!retryable) throw failure;
    // A throttled or refused request never ran; anything else may have, so repeat it only when safe.
    if (!req.safeToRepeat && !throttled && !provablyNotRun) {
      throw failure.withGaveUp(
        attempt,
        elapsed,
        `Not retried: ${req.method} ${path} may already have taken effect and is not safe to repeat`,
      );
    }
    const delay = Math.max(backoffMs(attempt, policy, timing.random), retryAfterMs ?? 0);
    if (elapsed + delay > policy.budgetMs) {
      const asked =
        retryAfterMs !== undefined && elapsed + retryAfterMs > policy.budgetMs
          ? `, and the server asked to wait ${formatDuration(retryAfterMs)} more`
          : '';
      throw failure.withGaveUp(
        attempt,
        elapsed,
        `Gave up on ${req.method} ${path} after ${attempt} attempt${attempt === 1 ? '' : 's'} over ${formatDuration(elapsed)} (retry budget ${formatDuration(policy.budgetMs)}${asked})`,
      );
    }
    logger.info(
      deps.redact(
        `Databricks: ${req.method} ${path} ${failure.status === undefined ? `failed (${failure.errorCode})` : `answered HTTP ${failure.status}${failure.errorCode && failure.errorCode !== 'NON_JSON' ? ` ${failure.errorCode}` : ''}`}; retrying in ${formatDuration(delay)} (attempt ${attempt + 1}, ${formatDuration(elapsed)} of the ${formatDuration(policy.budgetMs)} budget used)`,
      ),
    );
    await timing.sleep(delay, signal);
  }
}

interface FetchResult {
  status: number;
  headers: Headers;
  text: string;
}

/** One HTTP exchange, headers and body, under the per-attempt timeout. */
async function fetchOnce(
  deps: HttpDeps,
  req: RawRequest,
  headers: Record<string, string>,
  signal: AbortSignal | undefined,
): Promise<FetchResult> {
  const ctrl = new AbortController();
  const onAbort = () => ctrl.abort(abortReason(signal!));
  signal?.addEventListener('abort', onAbort, { once: true });
  const timeoutMs = req.timeoutMs ?? deps.policy.requestTimeoutMs;
  const timer = setTimeout(() => {
    const e = new Error(`timed out after ${timeoutMs} ms`);
    e.name = 'PerAttemptTimeout';
    ctrl.abort(e);
  }, timeoutMs);
  try {
    const res = await deps.fetch(req.url, {
      method: req.method,
      headers,
      body: req.body,
      signal: ctrl.signal,
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, text };
  } catch (err) {
    // fetch reports an abort as its own error; surface the reason we aborted with.
    if (ctrl.signal.aborted && !signal?.aborted) throw ctrl.signal.reason;
    throw err;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

function describeNetworkError(err: unknown, code: string): string {
  const names: Record<string, string> = {
    ECONNRESET: 'the connection was reset',
    ECONNREFUSED: 'the connection was refused',
    ETIMEDOUT: 'the connection timed out',
    ENOTFOUND: 'the host name does not resolve (check the host setting)',
    EAI_AGAIN: 'the host name could not be resolved right now',
    UND_ERR_SOCKET: 'the connection was closed by the other side',
  };
  const known = names[code];
  if (known) return `${known} (${code})`;
  const msg = err instanceof Error ? err.message : String(err);
  return `network error: ${msg.replace(/\s+/g, ' ')} (${code})`;
}

function linkSignals(
  a: AbortSignal | undefined,
  b: AbortSignal | undefined,
): AbortSignal | undefined {
  if (!a) return b;
  if (!b) return a;
  const ctrl = new AbortController();
  const fire = (s: AbortSignal) => () => ctrl.abort(abortReason(s));
  if (a.aborted) ctrl.abort(abortReason(a));
  else if (b.aborted) ctrl.abort(abortReason(b));
  else {
    a.addEventListener('abort', fire(a), { once: true });
    b.addEventListener('abort', fire(b), { once: true });
  }
  return ctrl.signal;
}

export type QueryValue = string | number | boolean | bigint | undefined | readonly string[];

export interface ApiRequest {
  method: HttpMethod;
  /** `/api/2.2/jobs/runs/get`; ids in paths must already be encoded. */
  path: string;
  query?: Record<string, QueryValue>;
  /** Serialised losslessly: `bigint` values go out as JSON integers. */
  body?: unknown;
  /** Mark a POST/PATCH that can be repeated without harm (reads, full overwrites, cancels). */
  safeToRepeat?: boolean;
  resource?: ResourceRef;
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** What the Databricks calls need from the credentials. */
export interface AuthHeaders {
  headers(signal?: AbortSignal): Promise<Record<string, string>>;
  invalidate(): boolean;
  readonly principal: string;
  readonly authHint: string;
}

const IDEMPOTENT_METHODS: ReadonlySet<HttpMethod> = new Set(['GET', 'PUT', 'DELETE']);

/** JSON calls to one workspace. */
export class Transport {
  constructor(
    readonly host: string,
    private readonly auth: AuthHeaders,
    readonly deps: HttpDeps,
  ) {}

  async request<T = unknown>(req: ApiRequest): Promise<T> {
    const url = new URL(req.path, this.host);
    for (const [k, v] of Object.entries(req.query ?? {})) {
      if (v === undefined) continue;
      if (Array.isArray(v)) for (const item of v) url.searchParams.append(k, item);
      else url.searchParams.set(k, String(v));
    }
    const body = req.body === undefined ? undefined : stringifyJson(req.body);
    const safeToRepeat =
      req.safeToRepeat ?? (IDEMPOTENT_METHODS.has(req.method) || hasIdempotencyToken(req.body));
    const res = await sendWithRetries(this.deps, {
      method: req.method,
      url: url.toString(),
      logPath: req.path,
      headers: async () => ({
        ...(await this.auth.headers(req.signal)),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      }),
      body,
      safeToRepeat,
      onUnauthorized: () => this.auth.invalidate(),
      resource: req.resource,
      principal: this.auth.principal,
      authHint: this.auth.authHint,
      signal: req.signal,
      timeoutMs: req.timeoutMs,
    });
    const text = res.text.trim();
    if (text === '') return {} as T;
    try {
      return parseJson(text) as T;
    } catch {
      const parsed = parseErrorBody(
        res.status,
        req.path,
        res.headers.get('content-type') ?? '',
        res.text,
      );
      throw new DatabricksError({
        method: req.method,
        path: req.path,
        status: res.status,
        errorCode: 'NON_JSON',
        serverMessage: `${parsed.message}: expected a JSON answer`,
        attempts: res.attempts,
      });
    }
  }
}

function hasIdempotencyToken(body: unknown): boolean {
  if (body === null || typeof body !== 'object') return false;
  const token = (body as Record<string, unknown>).idempotency_token;
  return typeof token === 'string' && token.trim() !== '';
}
