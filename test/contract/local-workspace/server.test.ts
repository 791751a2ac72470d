import * as http from 'http';
import { start, Client, type Json } from './helpers';
import { parseJson } from '../../../local-workspace/json';
import type { LocalWorkspace } from '../../../local-workspace';

let ws: LocalWorkspace;
let api: Client;
beforeAll(async () => {
  ({ ws, api } = await start({ oauthTokenTtlSeconds: 1 }));
});
afterAll(() => ws.close());

function jwt(payload: Json): string {
  const b = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');
  return `${b({ alg: 'RS256', typ: 'JWT' })}.${b(payload)}.c2ln`;
}

async function token(
  form: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: Json }> {
  const res = await fetch(`${ws.host}/oidc/v1/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form).toString(),
  });
  return { status: res.status, json: (await res.json()) as Json };
}

describe('HTTP core', () => {
  it('listens on loopback and returns host and token', () => {
    expect(ws.host).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(ws.token).toMatch(/^dapi[0-9a-f]{32}$/);
  });

  it('answers 401 with a Databricks-shaped body without a bearer token, or with a wrong one', async () => {
    const none = await new Client(ws, null).get('/api/2.2/jobs/list');
    expect(none.status).toBe(401);
    expect(none.json).toEqual({ error_code: 'UNAUTHENTICATED', message: expect.any(String) });
    const wrong = await new Client(ws, 'dapi-nope').get('/api/2.2/jobs/list');
    expect(wrong.status).toBe(401);
    expect(wrong.json.error_code).toBe('UNAUTHENTICATED');
    expect(wrong.json.message).toBe('Invalid access token.');
  });

  it('answers 401 to any token it did not issue in the mode the CLI starts (port 0, nothing else)', async () => {
    // `--databricks-host local` starts exactly this: startLocalWorkspace({ port: 0 }).
    const { startLocalWorkspace } = await import('../../../local-workspace');
    const other = await startLocalWorkspace({ port: 0 });
    try {
      const own = await new Client(other).get('/api/2.0/preview/scim/v2/Me');
      expect(own.status).toBe(200);
      const jwtShaped = jwt({ sub: 'x', exp: Math.floor(Date.now() / 1000) + 600 });
      for (const wrong of [ws.token, `${other.token}x`, 'dapi-anything', jwtShaped]) {
        const r = await new Client(other, wrong).get('/api/2.2/jobs/list');
        expect({ wrong, status: r.status, body: r.json }).toEqual({
          wrong,
          status: 401,
          body: { error_code: 'UNAUTHENTICATED', message: 'Invalid access token.' },
        });
      }
      // Client credentials need the secret this workspace made up, not the other one's.
      const basic = Buffer.from(`${ws.clientId}:${ws.clientSecret}`).toString('base64');
      const res = await fetch(`${other.host}/oidc/v1/token`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: `Basic ${basic}`,
        },
        body: 'grant_type=client_credentials&scope=all-apis',
      });
      expect(res.status).toBe(401);
    } finally {
      await other.close();
    }
  });

  it('answers 404 ENDPOINT_NOT_FOUND for an unknown path or method', async () => {
    const r = await api.post('/api/2.2/jobs/runs/submitt', {});
    expect(r.status).toBe(404);
    expect(r.json).toEqual({
      error_code: 'ENDPOINT_NOT_FOUND',
      message: "No API found for 'POST /jobs/runs/submitt'",
    });
    expect((await api.call('DELETE', '/api/2.2/jobs/runs/get')).status).toBe(404);
  });

  it('answers 400 MALFORMED_REQUEST for a body that is not JSON', async () => {
    const r = await api.call('POST', '/api/2.2/jobs/create', '{"name": ');
    expect(r.status).toBe(400);
    expect(r.json.error_code).toBe('MALFORMED_REQUEST');
  });

  it('accepts GET parameters as a JSON body (older clients, text/json)', async () => {
    // fetch refuses a body on GET; the http module does not.
    const r = await new Promise<{ status: number; json: Json }>((resolve, reject) => {
      const req = http.request(
        `${ws.host}/api/2.1/jobs/runs/get`,
        {
          method: 'GET',
          headers: {
            authorization: `Bearer ${ws.token}`,
            'content-type': 'text/json',
            'content-length': '14',
          },
        },
        (res) => {
          let text = '';
          res.on('data', (c) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode!, json: JSON.parse(text) as Json }));
        },
      );
      req.on('error', reject);
      req.end('{"run_id": 42}');
    });
    expect(r.status).toBe(400);
    expect(r.json).toEqual({
      error_code: 'INVALID_PARAMETER_VALUE',
      message: 'Run 42 does not exist.',
    });
  });

  it('reads a JSON body sent with a form content type, as curl -d sends it', async () => {
    const raw = await fetch(`${ws.host}/api/2.2/jobs/create`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${ws.token}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: '{"name": "from-curl"}',
    });
    expect(raw.status).toBe(200);
    // The id is above 2^53: read it losslessly.
    const { job_id } = parseJson(await raw.text()) as Json;
    const job = await api.ok('GET', `/api/2.2/jobs/get?job_id=${String(job_id)}`);
    expect(job.settings.name).toBe('from-curl');
    // A form-encoded body that is not JSON is malformed, as on the service.
    const form = await api.call('POST', '/api/2.2/jobs/create', 'name=x', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(400);
    expect(form.json.error_code).toBe('MALFORMED_REQUEST');
  });

  it('reads the body of a GET (curl -X GET -d), merged with its query parameters', async () => {
    await api.importFile('/Shared/get-body/hello.txt', 'hello from a GET body', 'RAW');
    const body = '{"path": "/Shared/get-body/hello.txt"}';
    const r = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(
        `${ws.host}/api/2.0/workspace/export?direct_download=true`,
        {
          method: 'GET',
          headers: {
            authorization: `Bearer ${ws.token}`,
            'content-type': 'application/x-www-form-urlencoded',
            'content-length': String(Buffer.byteLength(body)),
          },
        },
        (res) => {
          let text = '';
          res.on('data', (c) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode!, text }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    expect(r).toEqual({ status: 200, text: 'hello from a GET body' });
  });

  it('keeps ids above 2^53 exact in both directions', async () => {
    const created: bigint[] = [];
    for (let i = 0; i < 6; i++)
      created.push(
        BigInt((await api.ok('POST', '/api/2.2/jobs/create', { name: `big-${i}` })).job_id),
      );
    const last = created[created.length - 1];
    expect(last > 2n ** 53n).toBe(true);
    // The raw text carries the exact integer, not a rounded double or a string.
    const raw = await api.call('GET', `/api/2.2/jobs/get?job_id=${last}`);
    expect(raw.text).toContain(`"job_id":${last}`);
    const viaBody = await api.ok('POST', '/api/2.2/jobs/reset', {
      job_id: last,
      new_settings: { name: 'renamed' },
    });
    expect(viaBody).toEqual({});
    expect((await api.ok('GET', `/api/2.2/jobs/get?job_id=${last}`)).settings.name).toBe('renamed');
  });

  it('serves SCIM Me for the token owner', async () => {
    const me = await api.ok('GET', '/api/2.0/preview/scim/v2/Me');
    expect(me.userName).toBe('local-user@example.com');
    expect(me.active).toBe(true);
  });
});

describe('OAuth and OIDC', () => {
  it('serves the authorization server metadata', async () => {
    const res = await fetch(`${ws.host}/oidc/.well-known/oauth-authorization-server`);
    const body = (await res.json()) as Json;
    expect(body.token_endpoint).toBe(`${ws.host}/oidc/v1/token`);
  });

  it('issues a token for client credentials (Basic auth) that the APIs accept', async () => {
    const basic = Buffer.from(`${ws.clientId}:${ws.clientSecret}`).toString('base64');
    const r = await token(
      { grant_type: 'client_credentials', scope: 'all-apis' },
      { authorization: `Basic ${basic}` },
    );
    expect(r.status).toBe(200);
    expect(r.json).toEqual({
      access_token: expect.stringMatching(/^eyJ/),
      token_type: 'Bearer',
      expires_in: 1,
      scope: 'all-apis',
    });
    const me = await new Client(ws, r.json.access_token).ok('GET', '/api/2.0/preview/scim/v2/Me');
    expect(me.userName).toBe(ws.clientId);
  });

  it('accepts credentials in the form body too, and rejects a wrong secret with invalid_client', async () => {
    expect(
      (
        await token({
          grant_type: 'client_credentials',
          client_id: ws.clientId,
          client_secret: ws.clientSecret,
        })
      ).status,
    ).toBe(200);
    const bad = await token({
      grant_type: 'client_credentials',
      client_id: ws.clientId,
      client_secret: 'nope',
    });
    expect(bad.status).toBe(401);
    expect(bad.json.error).toBe('invalid_client');
  });

  it('exchanges a JWT subject token (RFC 8693) and rejects what is not a JWT', async () => {
    const subject = jwt({
      iss: 'https://token.actions.githubusercontent.com',
      sub: 'repo:acme/ml:environment:prod',
      exp: Math.floor(Date.now() / 1000) + 600,
    });
    const r = await token({
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      subject_token: subject,
      subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
      scope: 'all-apis',
      client_id: 'sp-app-id',
    });
    expect(r.status).toBe(200);
    expect(
      (await new Client(ws, r.json.access_token).ok('GET', '/api/2.0/preview/scim/v2/Me')).userName,
    ).toBe('sp-app-id');
    const notJwt = await token({
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      subject_token: 'plain',
    });
    expect(notJwt.status).toBe(400);
    expect(notJwt.json.error).toBe('invalid_request');
    const expired = await token({
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      subject_token: jwt({ exp: 1 }),
    });
    expect(expired.json.error).toBe('invalid_grant');
    expect((await token({ grant_type: 'password' })).json.error).toBe('unsupported_grant_type');
  });

  it('rejects an issued token once it has expired', async () => {
    const r = await token({
      grant_type: 'client_credentials',
      client_id: ws.clientId,
      client_secret: ws.clientSecret,
    });
    const client = new Client(ws, r.json.access_token);
    expect((await client.get('/api/2.0/preview/scim/v2/Me')).status).toBe(200);
    const { waitFor } = await import('./helpers');
    const expired = await waitFor(
      async () => {
        const x = await client.get('/api/2.0/preview/scim/v2/Me');
        return x.status === 401 ? x : undefined;
      },
      5000,
      'token expiry',
    );
    expect(expired.json.message).toBe('Token is expired.');
  });
});

describe('router', () => {
  it('matches exact paths first, then RegExp routes with named groups against the whole path', async () => {
    const { LocalRouter } = await import('../../../local-workspace/router');
    const router = new LocalRouter();
    const exact = (): { status: number } => ({ status: 200 });
    const pattern = (): { status: number } => ({ status: 201 });
    router.add('GET', '/api/2.0/things/special', exact);
    router.add('GET', /\/api\/2\.0\/things\/(?<name>[^/]+)/, pattern);
    expect(router.match('GET', '/api/2.0/things/special')).toEqual({ handler: exact, params: {} });
    expect(router.match('GET', '/api/2.0/things/a.b.c')).toEqual({
      handler: pattern,
      params: { name: 'a.b.c' },
    });
    expect(router.match('GET', '/api/2.0/things/a/extra')).toBeUndefined();
    expect(router.match('POST', '/api/2.0/things/a')).toBeUndefined();
    expect(() => router.add('GET', '/api/2.0/things/special', exact)).toThrow('registered twice');
  });
});
