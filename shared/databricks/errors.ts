import { STATUS_CODES } from 'node:http';
import { UserError } from '../errors';
import { parseJson } from './ids';

/** The resource a request acts on, so that a 403 or 404 can name it. */
export interface ResourceRef {
  /** e.g. "job", "run", "registered model", "serving endpoint". */
  kind: string;
  id: string;
  /** The permission level the call needs, e.g. CAN_MANAGE_RUN, named in a 403 message. */
  needs?: string;
}

export interface DatabricksErrorInit {
  method: string;
  path: string;
  /** Absent for network errors: the request never got an HTTP answer. */
  status?: number;
  errorCode: string;
  /** What Databricks said, or a one-line summary of a body that was not JSON. */
  serverMessage: string;
  requestId?: string;
  /** Seconds or an HTTP date, as sent. */
  retryAfter?: string;
  resource?: ResourceRef;
  /** Who the credentials belong to, for the 401/403 advice ("the service principal"). */
  principal?: string;
  /** How to fix a 401 with the configured credentials. */
  authHint?: string;
  attempts?: number;
  elapsedMs?: number;
  /** Why the transport gave up, when it did after retrying. */
  gaveUp?: string;
  cause?: unknown;
}

/**
 * Every failure of a Databricks call: HTTP errors, network errors, and retries running out. A
 * UserError because the user fixes it (permissions, ids, credentials, or simply re-running when the
 * service is down); its message is one line that names the call and, where we can, the fix.
 */
export class DatabricksError extends UserError {
  override readonly name: string = 'DatabricksError';
  readonly method: string;
  readonly path: string;
  readonly status: number | undefined;
  readonly errorCode: string;
  readonly serverMessage: string;
  readonly requestId: string | undefined;
  readonly retryAfter: string | undefined;
  readonly resource: ResourceRef | undefined;
  readonly attempts: number;
  readonly elapsedMs: number;

  constructor(init: DatabricksErrorInit) {
    super(formatMessage(init), init.cause === undefined ? undefined : { cause: init.cause });
    this.method = init.method;
    this.path = init.path;
    this.status = init.status;
    this.errorCode = init.errorCode;
    this.serverMessage = init.serverMessage;
    this.requestId = init.requestId;
    this.retryAfter = init.retryAfter;
    this.resource = init.resource;
    this.attempts = init.attempts ?? 1;
    this.elapsedMs = init.elapsedMs ?? 0;
  }

  /** The same error, re-worded once retries ran out. */
  withGaveUp(attempts: number, elapsedMs: number, gaveUp: string): DatabricksError {
    return new DatabricksError({ ...this.init(), attempts, elapsedMs, gaveUp, cause: this });
  }

  private init(): DatabricksErrorInit {
    return {
      method: this.method,
      path: this.path,
      status: this.status,
      errorCode: this.errorCode,
      serverMessage: this.serverMessage,
      requestId: this.requestId,
      retryAfter: this.retryAfter,
      resource: this.resource,
    };
  }

  /**
   * The resource does not exist. Covers the 400 INVALID_PARAMETER_VALUE "Run N does not exist." and
   * "Job N does not exist." that the Jobs API sends instead of a 404; not an unknown API path
   * (ENDPOINT_NOT_FOUND), which means the API itself is missing.
   */
  get isNotFound(): boolean {
    if (this.errorCode === 'ENDPOINT_NOT_FOUND') return false;
    if (this.status === 404) return true;
    if (this.errorCode === 'RESOURCE_DOES_NOT_EXIST' || this.errorCode === 'NOT_FOUND') return true;
    return this.status === 400 && isJobsNotFoundMessage(this.path, this.serverMessage);
  }

  /** The API path is unknown to this workspace (e.g. Jobs 2.2 on an older deployment). */
  get isEndpointNotFound(): boolean {
    return this.status === 404 && this.errorCode === 'ENDPOINT_NOT_FOUND';
  }

  get isPermissionDenied(): boolean {
    return this.status === 403 || this.errorCode === 'PERMISSION_DENIED';
  }

  get isUnauthenticated(): boolean {
    return this.status === 401 || this.errorCode === 'UNAUTHENTICATED';
  }

  get isConflict(): boolean {
    return this.status === 409;
  }

  /** The caller's deadline (e.g. the step's timeout) came before an answer. */
  get isDeadline(): boolean {
    return this.errorCode === 'DEADLINE';
  }

  /** No HTTP answer at all: reset, refused, timed out. */
  get isNetworkError(): boolean {
    return this.status === undefined;
  }
}

// The SDK overrides match these on jobs/get and runs/get(-output); the message is all we have.
const JOBS_NOT_FOUND =
  /(Run .* does not exist|Run: .* in job: .* doesn't exist|Job .* does not exist)/;

function isJobsNotFoundMessage(path: string, message: string): boolean {
  return /^\/api\/2\.\d+\/jobs\//.test(path) && JOBS_NOT_FOUND.test(message);
}

function formatMessage(init: DatabricksErrorInit): string {
  let text: string;
  if (init.status === undefined) {
    text = `${init.method} ${init.path} failed: ${init.serverMessage}`;
  } else if (init.status === 403 || init.errorCode === 'PERMISSION_DENIED') {
    text = permissionMessage(init);
  } else if (init.status === 401) {
    const hint = init.authHint ? ` ${init.authHint}` : '';
    text = `Databricks rejected the credentials (HTTP 401) on ${init.method} ${init.path}: ${init.serverMessage.replace(/\.$/, '')}.${hint}`;
  } else if (init.errorCode === 'NON_JSON') {
    text = init.serverMessage;
  } else if (
    init.resource &&
    init.status === 400 &&
    isJobsNotFoundMessage(init.path, init.serverMessage)
  ) {
    text = `${init.resource.kind} ${init.resource.id} does not exist (or was removed: runs are kept for 60 days) (${init.method} ${init.path})`;
  } else {
    const code =
      init.errorCode && init.errorCode !== String(init.status) ? ` ${init.errorCode}` : '';
    text = `${init.method} ${init.path} failed with HTTP ${init.status}${code}: ${init.serverMessage}`;
  }
  if (init.requestId) text += ` (request id ${init.requestId})`;
  if (init.gaveUp) text = `${init.gaveUp}; last error: ${text}`;
  return text;
}

function permissionMessage(init: DatabricksErrorInit): string {
  const who = init.principal ?? 'the user or service principal behind these credentials';
  const said = ` (Databricks said: ${quoteOneLine(init.serverMessage)}; ${init.method} ${init.path})`;
  if (init.resource) {
    const needs = init.resource.needs
      ? `${who} needs ${init.resource.needs} on it; grant it in the ${init.resource.kind}'s permissions`
      : `${who} lacks the permission this call needs`;
    return `permission denied on ${init.resource.kind} ${init.resource.id}: ${needs}${said}`;
  }
  return `permission denied: ${who} lacks the permission for this call${said}`;
}

function quoteOneLine(s: string): string {
  const line = s.replace(/\s+/g, ' ').trim();
  return `"${line.length > 300 ? `${line.slice(0, 297)}...` : line}"`;
}

/** What an error body says, whatever its shape. */
export interface ParsedErrorBody {
  errorCode: string;
  message: string;
  requestId?: string;
  /** The body was not JSON; `message` is then a one-line summary. */
  nonJson: boolean;
}

/**
 * Reads an error body the way the SDK parsers do: JSON (`error_code`/`message`, legacy `error`,
 * SCIM `detail`, OAuth `error_description`), then `ERROR_CODE: message` text, then a summary for
 * HTML or anything else. A body is never dumped: gateway pages are large and unhelpful.
 */
export function parseErrorBody(
  status: number,
  path: string,
  contentType: string,
  text: string,
): ParsedErrorBody {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const body = parseJson(trimmed) as Record<string, unknown>;
      const rawCode =
        body.error_code ??
        (typeof body.error === 'string' && body.error_description ? body.error : undefined);
      // Some legacy endpoints put the HTTP status in error_code.
      const errorCode =
        typeof rawCode === 'string' && !/^\d+$/.test(rawCode) ? rawCode : statusCodeName(status);
      const message =
        str(body.message) ??
        str(body.error_description) ??
        str(body.detail) ??
        str(body.error) ??
        statusLine(status);
      return {
        errorCode,
        message: oneLine(message),
        requestId: requestIdFromDetails(body.details),
        nonJson: false,
      };
    } catch {
      // fall through to the text forms
    }
  }
  const coded = /^([A-Z][A-Z_]+): (.*)$/s.exec(trimmed);
  if (coded && !/<[a-z!]/i.test(trimmed.slice(0, 200))) {
    return { errorCode: coded[1], message: oneLine(coded[2]), nonJson: false };
  }
  const bytes = Buffer.byteLength(text);
  const kind =
    /html/i.test(contentType) || /^<(!doctype|html|head|body|pre)/i.test(trimmed)
      ? 'HTML page'
      : trimmed
        ? 'text'
        : 'empty body';
  const size = kind === 'empty body' ? 'empty body' : `${kind}, ${bytes} bytes`;
  return {
    errorCode: 'NON_JSON',
    message: `${statusLine(status)} from ${path} (${size})`,
    nonJson: true,
  };
}

function requestIdFromDetails(details: unknown): string | undefined {
  if (!Array.isArray(details)) return undefined;
  for (const d of details) {
    if (
      d &&
      typeof d === 'object' &&
      typeof (d as Record<string, unknown>).request_id === 'string'
    ) {
      return (d as Record<string, string>).request_id;
    }
  }
  return undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

function oneLine(s: string): string {
  const line = s.replace(/\s+/g, ' ').trim();
  return line.length > 500 ? `${line.slice(0, 497)}...` : line;
}

export function statusLine(status: number): string {
  const text = STATUS_CODES[status];
  return text ? `HTTP ${status} ${text}` : `HTTP ${status}`;
}

/** The SDK's class for a status, used when the body names no error_code. */
function statusCodeName(status: number): string {
  const byStatus: Record<number, string> = {
    400: 'BAD_REQUEST',
    401: 'UNAUTHENTICATED',
    403: 'PERMISSION_DENIED',
    404: 'NOT_FOUND',
    409: 'RESOURCE_CONFLICT',
    429: 'TOO_MANY_REQUESTS',
    499: 'CANCELLED',
    500: 'INTERNAL_ERROR',
    501: 'NOT_IMPLEMENTED',
    503: 'TEMPORARILY_UNAVAILABLE',
    504: 'DEADLINE_EXCEEDED',
  };
  return byStatus[status] ?? String(status);
}
