import { errorMessage } from '../shared/errors';
import * as fs from 'fs';
import * as http from 'http';
import * as https from 'https';
import * as os from 'os';
import * as path from 'path';
import { randomBytes } from 'crypto';
import type { AddressInfo, Socket } from 'net';
import {
  ApiError,
  type LocalRequest,
  type LocalResponse,
  type LocalWorkspaceOptions,
  type ModuleContext,
} from './types';
import { LocalRouter } from './router';
import { parseJson, toJson } from './json';
import { FaultInjector, FaultSpecError, type FaultRule } from './faults';
import { apiModules } from './modules';
import { registerWorkspace } from './workspace-api';
import { registerJobs } from './jobs';
import { LOCAL_USER, WORKSPACE_ID, meResponse, type Identity } from './identity';
import { OAuthService } from './oauth';
import { shimDir } from './shim';
import { createPages } from './pages';

export interface LocalWorkspace {
  /** Base URL, e.g. `http://127.0.0.1:41234` (`https://127.0.0.1` on port 443). */
  host: string;
  /** The personal access token every API call must carry. */
  token: string;
  /** OAuth machine-to-machine credentials accepted by `/oidc/v1/token`. */
  clientId: string;
  clientSecret: string;
  /**
   * A one-time link (loopback only) that opens the read-only pages with a session cookie: the
   * index, or `next` (e.g. a run page's path).
   */
  loginUrl(next?: string): string;
  /** Stops accepting requests, ends running tasks (their runs become INTERNAL_ERROR), saves state. */
  close(): Promise<void>;
}

interface LoggedRequest {
  seq: number;
  time: number;
  method: string;
  path: string;
  query: string;
  status: number;
  duration_ms: number;
  fault?: string;
  body?: unknown;
}

const MAX_BODY = 64 * 1024 * 1024;
const MAX_LOG = 10_000;
const BAD_GATEWAY_HTML =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

class Persistence {
  private readonly entries: Array<{
    name: string;
    save: () => unknown;
    load: (saved: unknown) => void;
  }> = [];
  private readonly lastWritten = new Map<string, string>();
  constructor(private readonly dir: string | undefined) {}

  register(name: string, save: () => unknown, load: (saved: unknown) => void): void {
    if (this.entries.some((e) => e.name === name))
      throw new Error(`Persistence name registered twice: ${name}`);
    this.entries.push({ name, save, load });
  }

  loadAll(): void {
    if (!this.dir) return;
    for (const e of this.entries) {
      const file = path.join(this.dir, `${e.name}.json`);
      if (!fs.existsSync(file)) continue;
      const text = fs.readFileSync(file, 'utf8');
      this.lastWritten.set(e.name, text);
      e.load(parseJson(text));
    }
  }

  saveAll(): void {
    if (!this.dir) return;
    fs.mkdirSync(this.dir, { recursive: true });
    for (const e of this.entries) {
      const text = toJson(e.save() ?? null);
      if (this.lastWritten.get(e.name) === text) continue;
      const file = path.join(this.dir, `${e.name}.json`);
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, text);
      fs.renameSync(tmp, file);
      this.lastWritten.set(e.name, text);
    }
  }
}

function errorBody(code: string, message: string): unknown {
  return { error_code: code, message };
}

function stripApiPrefix(p: string): string {
  return p.replace(/^\/api\/\d+\.\d+/, '');
}

/** Starts an HTTP(S) server that answers like a Databricks workspace. */
export async function startLocalWorkspace(
  options: LocalWorkspaceOptions = {},
): Promise<LocalWorkspace> {
  const bind = options.bind ?? '127.0.0.1';
  const token = options.token ?? `dapi${randomBytes(16).toString('hex')}`;
  const tls = options.tlsCert || options.tlsKey;
  if (tls && !(options.tlsCert && options.tlsKey))
    throw new Error('TLS needs both a certificate (tlsCert) and a key (tlsKey).');

  const router = new LocalRouter();
  const persistence = new Persistence(
    options.dataDir ? path.join(options.dataDir, 'state') : undefined,
  );
  const faults = new FaultInjector();
  const faultSpec = options.faults ?? process.env.DATABRICKS_LOCAL_FAULTS;
  if (faultSpec) faults.set(faultSpec);
  const oauth = new OAuthService(options);

  let hostUrl = '';
  // Ids start just below 2^53 so that clients meet unsafe integers within the first few objects.
  let idCounter = 2n ** 53n - 8n;
  persistence.register(
    'core',
    () => ({ next_id: idCounter }),
    (saved) => {
      const n = (saved as { next_id?: unknown } | null)?.next_id;
      if (typeof n === 'bigint' || typeof n === 'number') idCounter = BigInt(n);
    },
  );
  const ctx: ModuleContext = {
    router,
    host: () => hostUrl,
    now: () => Date.now(),
    nextId: () => {
      // Uneven but deterministic steps: ids look unrelated, yet a test sees the same ids every time.
      idCounter += 1n + (idCounter % 3n);
      return idCounter;
    },
    persist: (name, save, load) => persistence.register(name, save, load),
    options,
  };

  const scratchRoot = options.dataDir
    ? path.join(options.dataDir, 'scratch')
    : fs.mkdtempSync(path.join(os.tmpdir(), 'databricks-local-'));
  fs.mkdirSync(scratchRoot, { recursive: true });

  const workspace = registerWorkspace(ctx);
  const jobs = registerJobs(ctx, { workspace, scratchDir: scratchRoot, token, shimDir: shimDir() });
  router.add('GET', '/api/2.0/preview/scim/v2/Me', (req) => ({
    status: 200,
    body: meResponse(
      identities.get(req.user ?? '') ?? { userName: LOCAL_USER, servicePrincipal: false },
    ),
  }));
  for (const register of apiModules) register(ctx);
  persistence.loadAll();
  jobs.afterLoad();

  const identities = new Map<string, Identity>([
    [LOCAL_USER, { userName: LOCAL_USER, servicePrincipal: false }],
  ]);
  const pages = createPages(router, LOCAL_USER, (runId) => jobs.rawLogs(runId));
  const requestLog: LoggedRequest[] = [];
  let seq = 0;
  let dirty = false;

  function authenticate(header: string | undefined): Identity | string {
    if (!header) return 'Credential was not sent or was of an unsupported type for this API.';
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m) return 'Credential was not sent or was of an unsupported type for this API.';
    if (m[1] === token) return identities.get(LOCAL_USER)!;
    const issued = oauth.lookup(m[1]);
    if (issued === 'expired') return 'Token is expired.';
    if (!issued) return 'Invalid access token.';
    if (!identities.has(issued.userName)) identities.set(issued.userName, issued);
    return issued;
  }

  async function localEndpoint(
    method: string,
    p: string,
    query: URLSearchParams,
    body: unknown,
  ): Promise<LocalResponse> {
    if (p === '/__local/requests' && method === 'GET') {
      const since = Number(query.get('since') ?? '0');
      return { status: 200, body: { requests: requestLog.filter((r) => r.seq > since) } };
    }
    if (p === '/__local/requests' && method === 'DELETE') {
      requestLog.length = 0;
      return { status: 200, body: {} };
    }
    if (p === '/__local/faults' && method === 'GET')
      return { status: 200, body: { rules: faults.describe() } };
    if (p === '/__local/faults' && method === 'DELETE') {
      faults.clear();
      return { status: 200, body: {} };
    }
    if (p === '/__local/faults' && method === 'POST') {
      const b = (body ?? {}) as { spec?: unknown; append?: unknown };
      if (typeof b.spec !== 'string')
        throw new ApiError(
          400,
          'INVALID_PARAMETER_VALUE',
          'Send {"spec": "<fault rules>"} (see the local workspace README).',
        );
      try {
        faults.set(b.spec, b.append === true);
      } catch (e) {
        if (e instanceof FaultSpecError)
          throw new ApiError(400, 'INVALID_PARAMETER_VALUE', e.message);
        throw e;
      }
      return { status: 200, body: { rules: faults.describe() } };
    }
    const logs = /^\/__local\/runs\/(\d+)\/logs$/.exec(p);
    if (logs && method === 'GET') return { status: 200, body: jobs.rawLogs(logs[1]) };
    throw new ApiError(404, 'ENDPOINT_NOT_FOUND', `No local endpoint '${method} ${p}'`);
  }

  function send(res: http.ServerResponse, r: LocalResponse): void {
    const headers: Record<string, string> = {
      'x-databricks-org-id': WORKSPACE_ID,
      ...(r.headers ?? {}),
    };
    let payload: string | Buffer;
    if (Buffer.isBuffer(r.body)) payload = r.body;
    else if (
      typeof r.body === 'string' &&
      headers['content-type'] &&
      !headers['content-type'].includes('json')
    )
      payload = r.body;
    else {
      payload = toJson(r.body === undefined ? {} : r.body);
      headers['content-type'] ??= 'application/json';
    }
    res.writeHead(r.status, headers);
    res.end(payload);
  }

  function faultResponse(rule: FaultRule, p: string): LocalResponse | undefined {
    if (rule.action.kind !== 'status') return undefined;
    const retryAfter =
      rule.retryAfter !== undefined ? { 'retry-after': String(rule.retryAfter) } : undefined;
    switch (rule.action.status) {
      case 429:
        return {
          status: 429,
          headers: { 'retry-after': String(rule.retryAfter ?? 1) },
          body: errorBody(
            'REQUEST_LIMIT_EXCEEDED',
            'Too many requests. Please wait a moment and try again.',
          ),
        };
      case 503:
        return {
          status: 503,
          headers: retryAfter,
          body: errorBody(
            'TEMPORARILY_UNAVAILABLE',
            `The service at ${stripApiPrefix(p)} is temporarily unavailable. Please try again later.`,
          ),
        };
      case 500:
        return { status: 500, body: errorBody('INTERNAL_ERROR', 'Injected internal error.') };
      case 502:
        return { status: 502, headers: { 'content-type': 'text/html' }, body: BAD_GATEWAY_HTML };
      case 504:
        // What the gateway in front of a workspace sends: plain text, not JSON.
        return {
          status: 504,
          headers: { 'content-type': 'text/plain' },
          body: 'upstream request timeout',
        };
    }
  }

  async function handle(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    raw: Buffer,
  ): Promise<void> {
    const started = Date.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://local');
    const p = url.pathname;
    const entry: LoggedRequest = {
      seq: ++seq,
      time: started,
      method,
      path: p,
      query: url.search.replace(/^\?/, ''),
      status: 0,
      duration_ms: 0,
    };
    const finish = (r: LocalResponse | 'reset'): void => {
      entry.duration_ms = Date.now() - started;
      if (r === 'reset') {
        entry.status = 0;
        req.socket.resetAndDestroy();
      } else {
        entry.status = r.status;
        send(res, r);
        if (method !== 'GET' && r.status < 400) dirty = true;
      }
      if (!p.startsWith('/__local/')) {
        requestLog.push(entry);
        if (requestLog.length > MAX_LOG) requestLog.splice(0, requestLog.length - MAX_LOG);
      }
    };

    let dropAfter = false;
    try {
      if (!p.startsWith('/__local/')) {
        const rule = faults.pick(method, p);
        if (rule) {
          entry.fault = rule.text;
          if (rule.action.kind === 'reset') return finish('reset');
          if (rule.action.kind === 'drop') dropAfter = true;
          else if (rule.action.kind === 'delay')
            await new Promise((r) => setTimeout(r, (rule.action as { ms: number }).ms));
          else return finish(faultResponse(rule, p)!);
        }
      }

      const contentType = String(req.headers['content-type'] ?? '');
      if (p === '/oidc/v1/token' && method === 'POST') {
        return finish(
          oauth.token(raw.toString('utf8'), contentType, req.headers.authorization, hostUrl),
        );
      }
      if (p === '/oidc/.well-known/oauth-authorization-server' && method === 'GET') {
        return finish({ status: 200, body: oauth.discovery(hostUrl) });
      }

      if (pages.owns(method, p))
        return finish(
          await pages.serve(p, url.searchParams, req.headers, req.socket.remoteAddress),
        );

      const who = authenticate(req.headers.authorization);
      if (typeof who === 'string')
        return finish({ status: 401, body: errorBody('UNAUTHENTICATED', who) });

      let body: unknown;
      const text = raw.toString('utf8');
      // The service reads the body as JSON whatever the Content-Type says (`curl -d` sends
      // application/x-www-form-urlencoded) and on every method, GET included.
      if (text.trim() !== '') {
        try {
          body = parseJson(text);
        } catch (e) {
          return finish({
            status: 400,
            body: errorBody(
              'MALFORMED_REQUEST',
              `Invalid JSON given in the body of the request - ${errorMessage(e)}`,
            ),
          });
        }
        if (raw.length <= 65536) entry.body = body;
      }
      // Older clients send GET parameters as a JSON body; the service accepts both.
      const query = new URLSearchParams(url.searchParams);
      if (method === 'GET' && body && typeof body === 'object' && !Array.isArray(body)) {
        for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
          if (!query.has(k) && v !== null && typeof v !== 'object') query.set(k, String(v));
        }
      }

      let response: LocalResponse;
      if (p.startsWith('/__local/')) response = await localEndpoint(method, p, query, body);
      else {
        const match = router.match(method, p);
        if (!match) {
          response = {
            status: 404,
            body: errorBody(
              'ENDPOINT_NOT_FOUND',
              `No API found for '${method} ${stripApiPrefix(p)}'`,
            ),
          };
        } else {
          const request: LocalRequest = {
            method,
            path: p,
            query,
            body,
            headers: req.headers,
            params: match.params,
            user: who.userName,
          };
          response = await match.handler(request);
        }
      }
      if (dropAfter) return finish('reset');
      finish(response);
    } catch (e) {
      if (dropAfter) return finish('reset');
      if (e instanceof ApiError)
        finish({ status: e.status, body: errorBody(e.errorCode, e.message) });
      else
        finish({
          status: 500,
          body: errorBody(
            'INTERNAL_ERROR',
            `Local workspace bug: ${(e as Error)?.stack ?? String(e)}`,
          ),
        });
    }
  }

  const listener = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        res.writeHead(413, { 'content-type': 'application/json' });
        res.end(toJson(errorBody('RESOURCE_EXHAUSTED', 'Request body too large.')));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (size > MAX_BODY) return;
      void handle(req, res, Buffer.concat(chunks));
    });
  };

  const server = tls
    ? https.createServer(
        { cert: fs.readFileSync(options.tlsCert!), key: fs.readFileSync(options.tlsKey!) },
        listener,
      )
    : http.createServer(listener);
  // Clients keep idle connections for a few seconds (fetch: 4 s) and Node's server closed them at
  // 5 s: on a loaded machine the two timers cross and a request reused a socket the server was
  // closing ("other side closed"). Like the load balancers in front of a real workspace, keep idle
  // connections longer than any client does; close() still ends them all.
  server.keepAliveTimeout = 65_000;
  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, bind, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const scheme = tls ? 'https' : 'http';
  const hostName =
    bind === '0.0.0.0' || bind === '::' ? '127.0.0.1' : bind.includes(':') ? `[${bind}]` : bind;
  const defaultPort = (tls && port === 443) || (!tls && port === 80);
  hostUrl = `${scheme}://${hostName}${defaultPort ? '' : `:${port}`}`;

  const saveTimer = options.dataDir
    ? setInterval(() => {
        if (!dirty && !jobs.changed()) return;
        dirty = false;
        try {
          persistence.saveAll();
        } catch {
          // A failed periodic save is retried on the next tick and at close.
        }
      }, 500)
    : undefined;
  saveTimer?.unref();

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      if (saveTimer) clearInterval(saveTimer);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
      await jobs.shutdown();
      persistence.saveAll();
      if (!options.dataDir) fs.rmSync(scratchRoot, { recursive: true, force: true });
    })();
    return closing;
  };

  return {
    host: hostUrl,
    token,
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    loginUrl: (next) => pages.loginUrl(hostUrl, next),
    close,
  };
}
