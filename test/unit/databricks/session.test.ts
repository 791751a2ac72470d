/**
 * A whole session against a real HTTP server on loopback (no nock): OIDC, token exchange, a reset
 * mid-request, throttling, an HTML 502, a 401 that forces a refresh, a big run id, a wait, an
 * error. With debug logging on, no token or client secret may appear in any line or message.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { recordingLogger } from '../../../shared/logger';
import {
  createClient,
  resolveConfig,
  waitFor,
  type ConnectionInputs,
} from '../../../shared/databricks';
import { fakeTiming } from './helpers';

const S = {
  clientSecret: 'SENTINEL-CLIENT-SECRET-7f3a9c',
  ghRequestToken: 'SENTINEL-GH-REQUEST-TOKEN-55e1',
  jwt: 'SENTINEL.JWT.eyJzdWIiOiJyZXBvIn0',
  access: 'SENTINEL-ACCESS-TOKEN-',
};
const BIG = '1152921504606846976';

interface Server {
  url: string;
  close(): Promise<void>;
  hits: string[];
}

async function startServer(): Promise<Server> {
  const hits: string[] = [];
  let issued = 0;
  const counts: Record<string, number> = {};
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const key = `${req.method} ${url.pathname}`;
      const n = (counts[key] = (counts[key] ?? 0) + 1);
      hits.push(key);
      const body = Buffer.concat(chunks).toString();
      const json = (status: number, obj: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
        res.end(typeof obj === 'string' ? obj : JSON.stringify(obj));
      };
      const auth = req.headers.authorization ?? '';
      const token = () => `${S.access}${++issued}`;

      if (key === 'GET /gh/idtoken') {
        if (auth !== `Bearer ${S.ghRequestToken}`)
          return json(401, { message: 'bad request token' });
        return json(200, { count: 1, value: S.jwt });
      }
      if (key === 'POST /oidc/v1/token') {
        const form = new URLSearchParams(body);
        const basicOk =
          auth === `Basic ${Buffer.from(`sp-app:${S.clientSecret}`).toString('base64')}`;
        const exchangeOk = form.get('subject_token') === S.jwt;
        if (!basicOk && !exchangeOk)
          return json(401, { error: 'invalid_client', error_description: 'bad credentials' });
        return json(200, { access_token: token(), token_type: 'Bearer', expires_in: 3600 });
      }
      if (key === 'POST /tenant/oauth2/v2.0/token') {
        if (new URLSearchParams(body).get('client_secret') !== S.clientSecret)
          return json(401, { error: 'invalid_client' });
        return json(200, { access_token: token(), token_type: 'Bearer', expires_in: 3600 });
      }
      if (!auth.startsWith(`Bearer ${S.access}`))
        return json(401, { error_code: 'UNAUTHENTICATED', message: 'no token' });
      if (key === 'GET /api/2.0/preview/scim/v2/Me') {
        // The first token is "revoked": a 401 forces one refresh.
        if (auth === `Bearer ${S.access}1`)
          return json(401, { error_code: 'UNAUTHENTICATED', message: 'Token expired' });
        return json(200, { userName: 'sp-app', id: '42', displayName: 'CI principal' });
      }
      if (key === 'POST /api/2.2/jobs/runs/submit') {
        if (n === 1) return req.socket.destroy(); // reset mid-request
        return json(200, `{"run_id": ${BIG}}`);
      }
      if (key === 'GET /api/2.2/jobs/runs/get') {
        if (url.searchParams.get('run_id') !== BIG)
          return json(400, {
            error_code: 'INVALID_PARAMETER_VALUE',
            message: 'Run 1 does not exist.',
          });
        if (n === 1)
          return json(
            429,
            { error_code: 'REQUEST_LIMIT_EXCEEDED', message: 'Too many requests' },
            { 'Retry-After': '1' },
          );
        if (n === 3) {
          res.writeHead(502, { 'Content-Type': 'text/html' });
          return res.end(`<html><body><h1>502 Bad Gateway</h1><p>${auth}</p></body></html>`);
        }
        const state = n < 5 ? 'RUNNING' : 'TERMINATED';
        return json(
          200,
          `{"run_id": ${BIG}, "state": {"life_cycle_state": "${state}", "result_state": ${state === 'TERMINATED' ? '"SUCCESS"' : 'null'}}, "tasks": []}`,
        );
      }
      if (key === 'POST /api/2.2/jobs/runs/cancel') {
        // A server that echoes the caller's credentials in its message must not leak them.
        return json(403, {
          error_code: 'PERMISSION_DENIED',
          message: `Token ${auth} lacks Manage Run on run ${BIG}`,
        });
      }
      return json(404, { error_code: 'ENDPOINT_NOT_FOUND', message: `No API found for '${key}'` });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

let srv: Server;
beforeEach(async () => {
  srv = await startServer();
});
afterEach(async () => {
  await srv.close();
});

const sessions: [
  string,
  (url: string) => { inputs: ConnectionInputs; env: Record<string, string> },
][] = [
  ['oauth-m2m', () => ({ inputs: { clientId: 'sp-app', clientSecret: S.clientSecret }, env: {} })],
  [
    'github-oidc',
    (url) => ({
      inputs: { clientId: 'sp-app' },
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/gh/idtoken?api-version=2.0`,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: S.ghRequestToken,
      },
    }),
  ],
  [
    'azure-client-secret',
    (url) => ({
      inputs: {
        authType: 'azure-client-secret',
        azureTenantId: 'tenant',
        azureClientId: 'app',
        azureAuthorityHost: url,
      },
      env: { ARM_CLIENT_SECRET: S.clientSecret },
    }),
  ],
];

test.each(sessions)('a full %s session never logs or reports a secret', async (authType, setup) => {
  const { inputs, env } = setup(srv.url);
  const logger = recordingLogger();
  const timing = fakeTiming();
  const client = createClient(resolveConfig({ host: srv.url, ...inputs }, env), {
    logger,
    // A host whose masking does nothing: the client's own redaction must still hold.
    maskSecret: () => undefined,
    userAgent: { version: '0.0.0-test', host: 'cli' },
    timing,
  });
  expect(client.authType).toBe(authType);
  const messages: string[] = [];

  const me = await client.currentUser();
  expect(me).toEqual({ userName: 'sp-app', id: '42', displayName: 'CI principal' });

  const { run_id } = await client.jobs.submit({
    run_name: 'ci',
    idempotency_token: 'gh-1-1-it',
    tasks: [{ task_key: 'T', notebook_task: { notebook_path: 'nb' } }],
  });
  expect(run_id).toBe(BIG);

  const seen: string[] = [];
  const run = await waitFor({
    poll: (signal) => client.jobs.getRun(run_id, { signal }),
    isDone: (r) => r.state?.life_cycle_state === 'TERMINATED',
    stateOf: (r) => r.state?.life_cycle_state ?? '',
    onChange: (r) => void seen.push(r.state?.life_cycle_state ?? ''),
    initialIntervalMs: 250,
    maxIntervalMs: 2000,
    timing,
  });
  expect(run.state?.result_state).toBe('SUCCESS');
  expect(seen).toEqual(['RUNNING', 'TERMINATED']);

  const cancelErr = await client.jobs.cancelRun(run_id).catch((e: Error) => e);
  expect(cancelErr).toBeInstanceOf(Error);
  messages.push((cancelErr as Error).message);
  expect((cancelErr as Error).message).toMatch(
    new RegExp(`^permission denied on run ${BIG}: .* needs CAN_MANAGE_RUN`),
  );

  const badRun = await client.jobs.getRun('1').catch((e: Error) => e);
  messages.push((badRun as Error).message);

  // The session did go through the reset, the throttle, the HTML 502 and the 401 refresh.
  expect(srv.hits.filter((h) => h === 'POST /api/2.2/jobs/runs/submit')).toHaveLength(2);
  expect(timing.sleeps).toContain(1000);
  expect(logger.lines.some((l) => l.includes('HTTP 502'))).toBe(true);
  expect(logger.lines.some((l) => l.includes('refreshing the token'))).toBe(true);
  expect(logger.lines.filter((l) => l.startsWith('debug:')).length).toBeGreaterThan(8);

  const everything = [...logger.lines, ...messages].join('\n');
  for (const secret of [S.clientSecret, S.ghRequestToken, S.jwt, S.access]) {
    expect(everything).not.toContain(secret);
  }
  expect(everything).toContain('***');
});
