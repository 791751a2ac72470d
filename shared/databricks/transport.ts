import { formatDuration } from '../duration';
import { inputRef } from '../errors';
import type { Logger } from '../logger';
import { DatabricksError, parseErrorBody, statusLine, type ResourceRef } from './errors';
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
  /**
   * Epoch ms (on `timing.now()`) by which the caller needs an answer, e.g. the step's timeout: no
   * attempt runs past it and no retry waits past it. The call then fails with errorCode DEADLINE.
   */
  deadline?: number;
  /**
   * A 2xx body must parse with this; one that does not (cut short by a proxy or a dropped
   * connection) is a failed attempt, retried like a reset when the request is safe to repeat.
   */
  parse?: (text: string) => unknown;
  /** Path to log and to name in errors, without the query string. Defaults to the URL's path. */
  logPath?: string;
  /** What to check when the host cannot be reached at all, e.g. the setting that names it. */
  unreachableHint?: string;
}

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  /** What `parse` made of the body, when given one. */
  parsed?: unknown;
  attempts: number;
}

/**
 * One logical call with retries: backoff with full jitter, Retry-After, an overall budget (short
 * for a host that cannot be reached), the caller's deadline, one token refresh on 401. Throws
 * DatabricksError for every non-2xx answer, unreadable body and network failure.
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
  let last: DatabricksError | undefined;

  for (;;) {
    attempt++;
    if (signal?.aborted) throw abortReason(signal);
    const left = req.deadline === undefined ? Infinity : req.deadline - timing.now();
    if (left <= 0) throw deadlineError(req, path, attempt - 1, timing.now() - start, last);
    const headers = {
      'User-Agent': deps.userAgent,
      Accept: 'application/json',
      ...(await req.headers()),
    };
    const began = timing.now();
    const ownTimeoutMs = req.timeoutMs ?? policy.requestTimeoutMs;
    const attemptTimeoutMs = Math.min(ownTimeoutMs, left);
    let failure: DatabricksError;
    let retryAfterMs: number | undefined;
    let throttled = false;
    let provablyNotRun = false;
    let retryable: boolean;
    try {
      const res = await fetchOnce(deps, req, headers, signal, attemptTimeoutMs);
      logger.debug(
        deps.redact(
          `${req.method} ${shown} -> ${res.status} in ${formatDuration(timing.now() - began)}`,
        ),
      );
      if (res.status >= 200 && res.status < 300) {
        const done = {
          status: res.status,
          headers: res.headers,
          text: res.text,
          attempts: attempt,
        };
        if (!req.parse) return done;
        try {
          return { ...done, parsed: req.parse(res.text) };
        } catch {
          failure = unreadableBody(req, path, res, attempt, timing.now() - start);
          // JSON cut short is a fault in transit; an HTML page is the wrong host, every time.
          retryable = /^\s*[[{]/.test(res.text);
        }
      } else {
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
        retryable =
          RETRYABLE_STATUSES.has(res.status) || RETRYABLE_ERROR_CODES.has(parsed.errorCode);
        retryAfterMs = parseRetryAfter(res.headers.get('retry-after'), timing.now());
      }
    } catch (err) {
      if (signal?.aborted) throw abortReason(signal);
      if (err instanceof DatabricksError) throw err;
      const code = networkErrorCode(err);
      const timedOut = (err as { name?: string })?.name === 'PerAttemptTimeout';
      if (timedOut && attemptTimeoutMs < ownTimeoutMs) {
        throw deadlineError(req, path, attempt, timing.now() - start, last);
      }
      const effective = timedOut ? 'TIMEOUT' : (code ?? 'NETWORK_ERROR');
      const what = timedOut
        ? `no complete answer within ${formatDuration(ownTimeoutMs)}`
        : describeNetworkError(err, effective);
      logger.debug(deps.redact(`${req.method} ${shown} -> ${what}`));
      provablyNotRun = neverReachedServer(code);
      failure = new DatabricksError({
        method: req.method,
        path,
        errorCode: effective,
        serverMessage: deps.redact(provablyNotRun ? `${url.origin}: ${what}` : what),
        resource: req.resource,
        attempts: attempt,
        elapsedMs: timing.now() - start,
        cause: timedOut ? undefined : err,
      });
      retryable = timedOut || isRetryableNetworkCode(code);
    }
    last = failure;

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
    const budgetMs = provablyNotRun
      ? Math.min(policy.budgetMs, policy.unreachableBudgetMs)
      : policy.budgetMs;
    const delay = Math.max(backoffMs(attempt, policy, timing.random), retryAfterMs ?? 0);
    if (elapsed + delay > budgetMs) {
      const tries = `${attempt} attempt${attempt === 1 ? '' : 's'} over ${formatDuration(elapsed)}`;
      if (provablyNotRun) {
        throw failure.withGaveUp(
          attempt,
          elapsed,
          `Cannot reach ${url.origin} (${tries}, retry budget ${formatDuration(budgetMs)} for an unreachable host): ${req.unreachableHint ?? 'check that the address is right and reachable from this machine'}`,
        );
      }
      const asked =
        retryAfterMs !== undefined && elapsed + retryAfterMs > budgetMs
          ? `, and the server asked to wait ${formatDuration(retryAfterMs)} more`
          : '';
      throw failure.withGaveUp(
        attempt,
        elapsed,
        `Gave up on ${req.method} ${path} after ${tries} (retry budget ${formatDuration(budgetMs)}${asked})`,
      );
    }
    if (req.deadline !== undefined && timing.now() + delay >= req.deadline) {
      throw deadlineError(req, path, attempt, elapsed, failure);
    }
    logger.info(
      deps.redact(
        `Databricks: ${req.method} ${path} ${failure.status === undefined ? `failed (${failure.errorCode})` : `answered HTTP ${failure.status}${failure.errorCode && failure.errorCode !== 'NON_JSON' ? ` ${failure.errorCode}` : ''}`}; retrying in ${formatDuration(delay)} (attempt ${attempt + 1}, ${formatDuration(elapsed)} of the ${formatDuration(budgetMs)} budget used)`,
      ),
    );
    await timing.sleep(delay, signal);
  }
}

/** The caller's deadline came before an answer; carries the last failure, if any, for the log. */
function deadlineError(
  req: RawRequest,
  path: string,
  attempts: number,
  elapsedMs: number,
  last: DatabricksError | undefined,
): DatabricksError {
  const before = last ? `; the last attempt: ${last.message}` : '';
  return new DatabricksError({
    method: req.method,
    path,
    errorCode: 'DEADLINE',
    serverMessage: `no answer before the caller's deadline (${attempts} attempt${attempts === 1 ? '' : 's'} over ${formatDuration(elapsedMs)})${before}`,
    resource: req.resource,
    attempts,
    elapsedMs,
  });
}

function unreadableBody(
  req: RawRequest,
  path: string,
  res: FetchResult,
  attempts: number,
  elapsedMs: number,
): DatabricksError {
  const cut = /^\s*[[{]/.test(res.text);
  const summary = parseErrorBody(res.status, path, res.headers.get('content-type') ?? '', res.text);
  return new DatabricksError({
    method: req.method,
    path,
    status: res.status,
    errorCode: 'NON_JSON',
    serverMessage: cut
      ? `${statusLine(res.status)} from ${path} with JSON cut short (${Buffer.byteLength(res.text)} bytes)`
      : `${summary.message}: expected a JSON answer`,
    attempts,
    elapsedMs,
  });
}

interface FetchResult {
  status: number;
  headers: Headers;
  text: string;
}

/** How many same-origin redirects one exchange follows. */
const MAX_REDIRECTS = 5;

/**
 * One HTTP exchange, headers and body, under the per-attempt timeout. Redirects are followed by
 * hand and only within the origin asked for: following one elsewhere would send the credentials
 * to, and take answers from, a host nobody configured.
 */
async function fetchOnce(
  deps: HttpDeps,
  req: RawRequest,
  headers: Record<string, string>,
  signal: AbortSignal | undefined,
  timeoutMs: number,
): Promise<FetchResult> {
  const ctrl = new AbortController();
  const onAbort = () => ctrl.abort(abortReason(signal!));
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => {
    const e = new Error(`timed out after ${timeoutMs} ms`);
    e.name = 'PerAttemptTimeout';
    ctrl.abort(e);
  }, timeoutMs);
  try {
    const origin = new URL(req.url).origin;
    let url = req.url;
    let method: string = req.method;
    let body = req.body;
    for (let hop = 0; ; hop++) {
      const res = await deps.fetch(url, {
        method,
        headers,
        body,
        signal: ctrl.signal,
        redirect: 'manual',
      });
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location && hop < MAX_REDIRECTS) {
        await res.body?.cancel().catch(() => undefined);
        const next = new URL(location, url);
        if (next.origin !== origin) {
          throw new DatabricksError({
            method: req.method,
            path: req.logPath ?? new URL(req.url).pathname,
            status: res.status,
            errorCode: 'REDIRECT_REFUSED',
            serverMessage: deps.redact(
              `redirected from ${origin} to ${next.origin}; refusing to follow a redirect that leaves the configured host (it would get the credentials). If ${next.origin} is the workspace, configure it as the host`,
            ),
            resource: req.resource,
          });
        }
        // As fetch does: 303, and 301/302 after a POST, continue as a GET without the body.
        if (
          res.status === 303 ||
          ((res.status === 301 || res.status === 302) && method === 'POST')
        ) {
          method = 'GET';
          body = undefined;
        }
        url = next.toString();
        continue;
      }
      const text = await res.text();
      return { status: res.status, headers: res.headers, text };
    }
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
  /** Epoch ms by which the caller needs the answer (see RawRequest.deadline). */
  deadline?: number;
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
      deadline: req.deadline,
      unreachableHint: `check the workspace host (${inputRef('databricks-host')}, DATABRICKS_HOST or the profile's host) for a typo, a wrong port or a network that cannot reach it`,
      parse: (text) => (text.trim() === '' ? {} : parseJson(text.trim())),
    });
    return res.parsed as T;
  }
}

function hasIdempotencyToken(body: unknown): boolean {
  if (body === null || typeof body !== 'object') return false;
  const token = (body as Record<string, unknown>).idempotency_token;
  return typeof token === 'string' && token.trim() !== '';
}
