/**
 * The contract between the local workspace's HTTP core (server.ts: routing, auth, faults,
 * persistence) and its API modules (jobs, workspace, mlflow, unity catalog, serving, sql).
 * Modules never touch http.IncomingMessage: they get a parsed request and return a response.
 */

export interface LocalRequest {
  method: string;
  /** The path without the query string, e.g. `/api/2.2/jobs/runs/get`. */
  path: string;
  query: URLSearchParams;
  /**
   * The JSON body, parsed losslessly: integers that do not fit a double arrive as `bigint`,
   * every other number as `number`. `undefined` when there is no body.
   */
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
  /** Named groups captured from a RegExp path pattern. */
  params: Record<string, string>;
  /** The caller's user name (or service principal application id), resolved from the bearer token. */
  user?: string;
}

export interface LocalResponse {
  status: number;
  /** Serialised as JSON; `bigint` values become plain JSON integers without loss. */
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (req: LocalRequest) => LocalResponse | Promise<LocalResponse>;

export interface Router {
  /** `path` is an exact string or a RegExp with named groups, matched against `LocalRequest.path`. */
  add(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string | RegExp,
    handler: Handler,
  ): void;
}

/**
 * A Databricks-shaped error: answered as `{"error_code": code, "message": message}` with `status`.
 * Throw it from a handler.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
  ) {
    super(message);
  }
}

/** What every module gets from the core. */
export interface ModuleContext {
  router: Router;
  /** The base URL clients use, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  host(): string;
  /** Milliseconds since the epoch; tests may substitute a clock. */
  now(): number;
  /** A new unique id, large (close to 2^53 and beyond, as in real workspaces), as a bigint. */
  nextId(): bigint;
  /**
   * Persistence: the module's state is saved under `name` as JSON when the workspace has a
   * data dir, and handed back through `load` on start.
   */
  persist(name: string, save: () => unknown, load: (saved: unknown) => void): void;
  /** Tunables for the module, e.g. `servingUpdateMs`. */
  options: LocalWorkspaceOptions;
}

export interface LocalWorkspaceOptions {
  port?: number;
  bind?: string;
  dataDir?: string;
  token?: string;
  tlsCert?: string;
  tlsKey?: string;
  faults?: string;
  /** The Python used to run tasks. Default `python3`. */
  python?: string;
  /** How long a serving endpoint's config update stays IN_PROGRESS. Default 2000 ms. */
  servingUpdateMs?: number;
  /** How long a new model version stays PENDING_REGISTRATION. Default 200 ms. */
  registrationMs?: number;
  /** OAuth client id accepted by `/oidc/v1/token` (client_credentials). Default `local-sp`. */
  clientId?: string;
  /** OAuth client secret for `clientId`. Default: random per start (returned by startLocalWorkspace). */
  clientSecret?: string;
  /** Lifetime of tokens issued by `/oidc/v1/token`. Default 3600 s. */
  oauthTokenTtlSeconds?: number;
  /** How long a run stays PENDING before its tasks start (lets clients observe the lifecycle). Default 0. */
  runSetupMs?: number;
  /** On cancel or timeout, how long a task's process group gets after SIGTERM before SIGKILL. Default 2000 ms. */
  killGraceMs?: number;
}
