// A loopback stand-in for the runner's artifact (results) service, as @actions/artifact talks to
// it: Twirp JSON CreateArtifact → the zip PUT to the signed upload URL as Azure blob blocks
// (`comp=block`, then `comp=blocklist`) → FinalizeArtifact. It keeps each finalized zip.
import * as http from 'http';
import type { AddressInfo } from 'net';

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';
/** The SDK reads the first path segment of an IP-addressed blob URL as the storage account. */
const BLOB_PREFIX = '/devstoreaccount1/artifacts/';

export interface StoredArtifact {
  name: string;
  id: number;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  /** The zip as committed to the blob; undefined until the block list is committed. */
  zip?: Buffer;
  finalized: boolean;
  /** `sha256:…` as FinalizeArtifact reported it. */
  hash?: string;
  size?: string;
}

export interface ArtifactService {
  /** ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN for the step under test. */
  env: Record<string, string>;
  artifacts: StoredArtifact[];
  /** Every request's method and path, in order. */
  calls: string[];
  /** Requests whose Authorization was not the runtime token. */
  unauthorised: number;
  /** Answer CreateArtifact with this status from now on (e.g. 403, 500). */
  failCreateWith(status: number | undefined): void;
  close(): Promise<void>;
}

export const RUN_BACKEND_ID = 'ce7f54c7-61c7-4aae-887f-30da475f5f1a';
export const JOB_BACKEND_ID = 'ca395085-040a-526b-2ce8-bdc85f692774';

/** An unsigned JWT with the scope claim the library reads the backend ids from. */
function runtimeToken(): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const scp = `Actions.GenericRead:00000000 Actions.Results:${RUN_BACKEND_ID}:${JOB_BACKEND_ID}`;
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ scp, iat: 1 })}.sig`;
}

export async function startArtifactService(): Promise<ArtifactService> {
  const token = runtimeToken();
  const artifacts: StoredArtifact[] = [];
  const blocks = new Map<string, Buffer>();
  const calls: string[] = [];
  let unauthorised = 0;
  let createStatus: number | undefined;
  let nextId = 4242;
  let base = '';

  const json = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const twirp = (method: string, body: Record<string, unknown>, res: http.ServerResponse) => {
    const name = String(body.name ?? '');
    if (method === 'CreateArtifact') {
      if (createStatus) return json(res, createStatus, { code: 'internal', msg: 'fake refusal' });
      if (artifacts.some((a) => a.name === name))
        return json(res, 409, { code: 'already_exists', msg: 'an artifact with this name exists' });
      const a: StoredArtifact = {
        name,
        id: nextId++,
        workflowRunBackendId: String(body.workflow_run_backend_id),
        workflowJobRunBackendId: String(body.workflow_job_run_backend_id),
        finalized: false,
      };
      artifacts.push(a);
      return json(res, 200, {
        ok: true,
        signed_upload_url: `${base}${BLOB_PREFIX}${a.id}.zip?sig=fakesignature&se=2099-01-01`,
      });
    }
    if (method === 'FinalizeArtifact') {
      const a = artifacts.find((x) => x.name === name);
      if (!a?.zip) return json(res, 404, { code: 'not_found', msg: 'nothing uploaded' });
      a.finalized = true;
      a.size = String(body.size ?? '');
      a.hash = typeof body.hash === 'string' ? body.hash : undefined;
      return json(res, 200, { ok: true, artifact_id: String(a.id) });
    }
    return json(res, 404, { code: 'bad_route', msg: method });
  };

  const blob = (req: http.IncomingMessage, url: URL, body: Buffer, res: http.ServerResponse) => {
    const id = Number(url.pathname.slice(BLOB_PREFIX.length).replace(/\.zip$/, ''));
    const a = artifacts.find((x) => x.id === id);
    if (!a || url.searchParams.get('sig') !== 'fakesignature' || req.method !== 'PUT') {
      res.writeHead(403);
      return res.end();
    }
    const comp = url.searchParams.get('comp');
    if (comp === 'block') {
      blocks.set(`${id}:${url.searchParams.get('blockid')}`, body);
    } else if (comp === 'blocklist') {
      const ids = [...body.toString().matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)</g)];
      a.zip = Buffer.concat(ids.map((m) => blocks.get(`${id}:${m[1]}`) ?? Buffer.alloc(0)));
    } else {
      a.zip = body; // a single-shot upload
    }
    res.writeHead(201, {
      etag: `"0x${id}"`,
      'last-modified': new Date().toUTCString(),
      'x-ms-request-id': `req-${calls.length}`,
      'x-ms-version': '2025-01-05',
      'x-ms-request-server-encrypted': 'true',
    });
    res.end();
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', base);
      calls.push(
        `${req.method} ${url.pathname}${url.search.includes('comp=') ? `?comp=${url.searchParams.get('comp')}` : ''}`,
      );
      const body = Buffer.concat(chunks);
      if (url.pathname.startsWith(SERVICE)) {
        if (req.headers.authorization !== `Bearer ${token}`) {
          unauthorised++;
          return json(res, 401, { code: 'unauthenticated', msg: 'bad token' });
        }
        let parsed: Record<string, unknown> = {};
        try {
          parsed = JSON.parse(body.toString()) as Record<string, unknown>;
        } catch {
          return json(res, 400, { code: 'malformed', msg: 'not JSON' });
        }
        return twirp(url.pathname.slice(SERVICE.length), parsed, res);
      }
      if (url.pathname.startsWith(BLOB_PREFIX)) return blob(req, url, body, res);
      res.writeHead(404);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    env: { ACTIONS_RESULTS_URL: `${base}/`, ACTIONS_RUNTIME_TOKEN: token },
    artifacts,
    calls,
    get unauthorised() {
      return unauthorised;
    },
    failCreateWith(status) {
      createStatus = status;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
