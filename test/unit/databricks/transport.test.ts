import nock from 'nock';
import { DatabricksError } from '../../../shared/databricks';
import { HOST, makeClient, setupNock } from './helpers';

setupNock();

const RUNS_GET = '/api/2.2/jobs/runs/get';
const ok = { run_id: 1, state: { life_cycle_state: 'RUNNING' } };

describe('retries', () => {
  test.each([429, 502, 503, 504])('HTTP %i is retried and the call succeeds', async (status) => {
    const { client, timing, logger } = makeClient();
    nock(HOST)
      .get(RUNS_GET)
      .query({ run_id: '1' })
      .reply(status, { error_code: 'X', message: 'busy' });
    nock(HOST).get(RUNS_GET).query({ run_id: '1' }).reply(200, ok);
    const run = await client.jobs.getRun('1');
    expect(run.state?.life_cycle_state).toBe('RUNNING');
    expect(timing.sleeps).toHaveLength(1);
    expect(
      logger.lines.some(
        (l) => l.startsWith('info:') && l.includes(`HTTP ${status}`) && l.includes('retrying'),
      ),
    ).toBe(true);
  });

  test.each([
    [400, 'REQUEST_LIMIT_EXCEEDED'],
    [500, 'TEMPORARILY_UNAVAILABLE'],
  ])('HTTP %i with error_code %s is retried', async (status, code) => {
    const { client, timing } = makeClient();
    nock(HOST).get(RUNS_GET).query(true).reply(status, { error_code: code, message: 'later' });
    nock(HOST).get(RUNS_GET).query(true).reply(200, ok);
    await expect(client.jobs.getRun('1')).resolves.toMatchObject({ run_id: '1' });
    expect(timing.sleeps).toHaveLength(1);
  });

  test.each([400, 401, 403, 404, 409])(
    'HTTP %i without a retryable code is not retried',
    async (status) => {
      const { client, timing } = makeClient({ token: 'dapi-test-token-0001' });
      nock(HOST)
        .get(RUNS_GET)
        .query(true)
        .reply(status, { error_code: 'INTERNAL_ERROR', message: 'no' });
      const err = await client.jobs.getRun('1').catch((e) => e);
      expect(err).toBeInstanceOf(DatabricksError);
      expect(err.status).toBe(status);
      expect(err.attempts).toBe(1);
      expect(timing.sleeps).toEqual([]);
    },
  );

  test.each(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT'])(
    'network error %s is retried',
    async (code) => {
      const { client, timing } = makeClient();
      nock(HOST).get(RUNS_GET).query(true).replyWithError({ code, message: 'boom' });
      nock(HOST).get(RUNS_GET).query(true).reply(200, ok);
      await expect(client.jobs.getRun('1')).resolves.toMatchObject({ run_id: '1' });
      expect(timing.sleeps).toHaveLength(1);
    },
  );

  test('a network error wrapped as fetch does it (TypeError with cause) is recognised', async () => {
    const fetchImpl = jest
      .fn<Promise<Response>, Parameters<typeof fetch>>()
      .mockRejectedValueOnce(
        new TypeError('fetch failed', {
          cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
        }),
      )
      .mockResolvedValueOnce(new Response(JSON.stringify(ok), { status: 200 }));
    const { client } = makeClient(undefined, {}, { fetch: fetchImpl as unknown as typeof fetch });
    await expect(client.jobs.getRun('1')).resolves.toMatchObject({ run_id: '1' });
    expect(fetchImpl).toHaveBeenCalledTimes(2);
  });

  test('a per-request timeout aborts a hung request and retries it', async () => {
    const { client } = makeClient(undefined, {}, { retry: { requestTimeoutMs: 40 } });
    nock(HOST).get(RUNS_GET).query(true).delay(2000).reply(200, ok);
    nock(HOST)
      .get(RUNS_GET)
      .query(true)
      .reply(200, { ...ok, state: { life_cycle_state: 'TERMINATED' } });
    const run = await client.jobs.getRun('1');
    expect(run.state?.life_cycle_state).toBe('TERMINATED');
  });

  test('backoff grows exponentially with full jitter and stays under the cap', async () => {
    const { client, timing } = makeClient();
    // random() = 0.5: half of the ceiling 1 s, 2 s, 4 s, 8 s, then the 10 s cap.
    nock(HOST)
      .get(RUNS_GET)
      .query(true)
      .times(6)
      .reply(503, { error_code: 'TEMPORARILY_UNAVAILABLE', message: 'x' });
    nock(HOST).get(RUNS_GET).query(true).reply(200, ok);
    await client.jobs.getRun('1');
    expect(timing.sleeps).toEqual([500, 1000, 2000, 4000, 5000, 5000]);
  });
});

describe('Retry-After', () => {
  test('in seconds', async () => {
    const { client, timing } = makeClient();
    nock(HOST)
      .get(RUNS_GET)
      .query(true)
      .reply(
        429,
        { error_code: 'REQUEST_LIMIT_EXCEEDED', message: 'slow down' },
        { 'Retry-After': '7' },
      );
    nock(HOST).get(RUNS_GET).query(true).reply(200, ok);
    await client.jobs.getRun('1');
    expect(timing.sleeps).toEqual([7000]);
  });

  test('as an HTTP date', async () => {
    const { client, timing } = makeClient();
    const at = new Date(timing.t + 12_000).toUTCString();
    nock(HOST).get(RUNS_GET).query(true).reply(503, 'unavailable', { 'Retry-After': at });
    nock(HOST).get(RUNS_GET).query(true).reply(200, ok);
    await client.jobs.getRun('1');
    expect(timing.sleeps).toEqual([12_000]);
  });

  test('a wait longer than the remaining budget gives up at once and says why', async () => {
    const { client, timing } = makeClient();
    nock(HOST)
      .get(RUNS_GET)
      .query(true)
      .reply(429, { error_code: 'REQUEST_LIMIT_EXCEEDED', message: 'x' }, { 'Retry-After': '900' });
    const err = await client.jobs.getRun('1').catch((e) => e);
    expect(err.message).toContain('after 1 attempt');
    expect(err.message).toContain('server asked to wait 15 min');
    expect(timing.sleeps).toEqual([]);
  });
});

describe('the retry budget', () => {
  test('running out gives a clear error with the attempt count and the time spent', async () => {
    const { client, timing } = makeClient(undefined, {}, { retry: { budgetMs: 60_000 } });
    nock(HOST)
      .get(RUNS_GET)
      .query(true)
      .times(100)
      .reply(503, { error_code: 'TEMPORARILY_UNAVAILABLE', message: 'down' });
    const err: DatabricksError = await client.jobs.getRun('1').catch((e) => e);
    expect(err).toBeInstanceOf(DatabricksError);
    const attempts = timing.sleeps.length + 1;
    expect(err.attempts).toBe(attempts);
    expect(attempts).toBeGreaterThan(5);
    expect(err.message).toMatch(
      new RegExp(
        `^Gave up on GET ${RUNS_GET} after ${attempts} attempts over \\d+ s \\(retry budget 1 min\\)`,
      ),
    );
    expect(err.message).toContain('TEMPORARILY_UNAVAILABLE: down');
    expect(timing.sleeps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(60_000);
    nock.cleanAll();
  });

  test('the abort signal stops a retry loop', async () => {
    const ctrl = new AbortController();
    const { client } = makeClient(undefined, {}, { signal: ctrl.signal });
    nock(HOST)
      .get(RUNS_GET)
      .query(true)
      .reply(() => {
        ctrl.abort(new Error('cancelled by the CI'));
        return [503, '{}'];
      });
    await expect(client.jobs.getRun('1')).rejects.toThrow('cancelled by the CI');
  });

  test('an abort during a request ends it at once, without retrying', async () => {
    const ctrl = new AbortController();
    const { client } = makeClient();
    nock(HOST).get(RUNS_GET).query(true).delay(5000).reply(200, ok);
    setTimeout(() => ctrl.abort(new Error('stop')), 20);
    const began = Date.now();
    await expect(client.jobs.getRun('1', { signal: ctrl.signal })).rejects.toThrow('stop');
    expect(Date.now() - began).toBeLessThan(2000);
    nock.abortPendingRequests();
    nock.cleanAll();
  });
});

describe('non-idempotent POSTs', () => {
  test('a POST without an idempotency token is not repeated after a 503 or a reset', async () => {
    const { client } = makeClient();
    nock(HOST)
      .post('/api/2.0/sql/statements')
      .reply(503, { error_code: 'TEMPORARILY_UNAVAILABLE', message: 'x' });
    const err = await client.sql
      .execute({ warehouse_id: 'w', statement: 'INSERT 1' })
      .catch((e) => e);
    expect(err.message).toMatch(
      /^Not retried: POST \/api\/2\.0\/sql\/statements may already have taken effect/,
    );
    nock(HOST)
      .post('/api/2.2/jobs/create')
      .replyWithError({ code: 'ECONNRESET', message: 'reset' });
    await expect(client.jobs.create({ name: 'x' })).rejects.toThrow(
      /Not retried: POST \/api\/2\.2\/jobs\/create/,
    );
  });

  test('a POST is repeated when throttled (429) or refused: it provably did not run', async () => {
    const { client } = makeClient();
    nock(HOST)
      .post('/api/2.2/jobs/create')
      .reply(429, { error_code: 'REQUEST_LIMIT_EXCEEDED', message: 'x' });
    nock(HOST)
      .post('/api/2.2/jobs/create')
      .replyWithError({ code: 'ECONNREFUSED', message: 'refused' });
    nock(HOST).post('/api/2.2/jobs/create').reply(200, { job_id: 5 });
    await expect(client.jobs.create({ name: 'x' })).resolves.toEqual({ job_id: '5' });
  });

  test('a submit with an idempotency token is repeated after a reset, with the same body', async () => {
    const { client } = makeClient();
    const bodies: unknown[] = [];
    nock(HOST)
      .post('/api/2.2/jobs/runs/submit', (b) => (bodies.push(b), true))
      .replyWithError({ code: 'ECONNRESET', message: 'reset mid-request' });
    nock(HOST)
      .post('/api/2.2/jobs/runs/submit', (b) => (bodies.push(b), true))
      .reply(200, { run_id: 77 });
    const res = await client.jobs.submit({
      idempotency_token: 'gh-1-1-it',
      tasks: [{ task_key: 'T' }],
    });
    expect(res.run_id).toBe('77');
    expect(bodies).toHaveLength(2);
    expect(bodies[0]).toEqual(bodies[1]);
  });

  test('endpoints marked safe to repeat (runs/cancel) are retried after a 502', async () => {
    const { client } = makeClient();
    nock(HOST)
      .post('/api/2.2/jobs/runs/cancel')
      .reply(502, '<html><body>Bad Gateway</body></html>', { 'Content-Type': 'text/html' });
    nock(HOST).post('/api/2.2/jobs/runs/cancel').reply(200, {});
    await expect(client.jobs.cancelRun('9')).resolves.toBeUndefined();
  });
});

describe('errors', () => {
  test('an HTML 502 is summarised in one line, never dumped', async () => {
    const { client } = makeClient(undefined, {}, { retry: { budgetMs: 0 } });
    const page = `<!DOCTYPE html><html><head><title>502</title></head><body>${'x'.repeat(1200)}</body></html>`;
    nock(HOST).get(RUNS_GET).query(true).reply(502, page, { 'Content-Type': 'text/html' });
    const err = await client.jobs.getRun('1').catch((e) => e);
    const bytes = Buffer.byteLength(page);
    expect(err.message).toContain(
      `HTTP 502 Bad Gateway from ${RUNS_GET} (HTML page, ${bytes} bytes)`,
    );
    expect(err.message).not.toContain('<');
    expect(err.message).not.toContain('\n');
  });

  test('a 403 names the resource and the permission needed', async () => {
    const { client } = makeClient({ clientId: 'sp-123', clientSecret: 'very-secret-value' });
    nock(HOST).post('/oidc/v1/token').reply(200, { access_token: 'tok-abcdef', expires_in: 3600 });
    nock(HOST).post('/api/2.2/jobs/run-now').reply(403, {
      error_code: 'PERMISSION_DENIED',
      message: 'User sp-123 does not have Manage Run permissions on job 123',
    });
    const err = await client.jobs.runNow({ job_id: '123' }).catch((e) => e);
    expect(err.message).toMatch(
      /^permission denied on job 123: the service principal sp-123 needs CAN_MANAGE_RUN on it/,
    );
    expect(err.isPermissionDenied).toBe(true);
  });

  test('a 401 says how to fix the configured credentials', async () => {
    const { client } = makeClient({ token: 'dapi-expired-token' });
    nock(HOST)
      .get('/api/2.0/preview/scim/v2/Me')
      .reply(401, { error_code: 'UNAUTHENTICATED', message: 'Invalid access token.' });
    const err = await client.currentUser().catch((e) => e);
    expect(err.message).toContain('Databricks rejected the credentials (HTTP 401)');
    expect(err.message).toContain("input 'databricks-token'");
    expect(err.message).not.toContain('dapi-expired-token');
  });

  test('request ids are reported', async () => {
    const { client } = makeClient();
    nock(HOST)
      .get(RUNS_GET)
      .query(true)
      .reply(
        400,
        { error_code: 'INVALID_PARAMETER_VALUE', message: 'bad' },
        { 'x-request-id': 'req-42' },
      );
    const err = await client.jobs.getRun('1').catch((e) => e);
    expect(err.requestId).toBe('req-42');
    expect(err.message).toContain('(request id req-42)');
  });
});

describe('401 refresh', () => {
  test('a 401 drops the cached token, fetches a new one and retries once', async () => {
    const { client } = makeClient({ clientId: 'sp', clientSecret: 'sp-secret-xyz' });
    nock(HOST).post('/oidc/v1/token').reply(200, { access_token: 'first-token', expires_in: 3600 });
    nock(HOST)
      .post('/oidc/v1/token')
      .reply(200, { access_token: 'second-token', expires_in: 3600 });
    nock(HOST)
      .get('/api/2.0/preview/scim/v2/Me')
      .matchHeader('authorization', 'Bearer first-token')
      .reply(401, { error_code: 'UNAUTHENTICATED', message: 'expired' });
    nock(HOST)
      .get('/api/2.0/preview/scim/v2/Me')
      .matchHeader('authorization', 'Bearer second-token')
      .reply(200, { userName: 'sp', id: '7' });
    await expect(client.currentUser()).resolves.toEqual({
      userName: 'sp',
      id: '7',
      displayName: undefined,
    });
  });

  test('a second 401 is final, and a PAT is not retried at all', async () => {
    const { client } = makeClient({ clientId: 'sp', clientSecret: 'sp-secret-xyz' });
    nock(HOST)
      .post('/oidc/v1/token')
      .times(2)
      .reply(200, { access_token: 'a-token', expires_in: 3600 });
    nock(HOST)
      .get('/api/2.0/preview/scim/v2/Me')
      .times(2)
      .reply(401, { error_code: 'UNAUTHENTICATED', message: 'no' });
    await expect(client.currentUser()).rejects.toThrow(/HTTP 401/);

    const pat = makeClient({ token: 'dapi-x-123456' });
    nock(HOST)
      .get('/api/2.0/preview/scim/v2/Me')
      .once()
      .reply(401, { error_code: 'UNAUTHENTICATED', message: 'no' });
    await expect(pat.client.currentUser()).rejects.toThrow(/HTTP 401/);
  });
});

test('every request carries the user agent and JSON content type', async () => {
  const { client } = makeClient();
  nock(HOST)
    .post('/api/2.2/jobs/runs/cancel')
    .matchHeader('user-agent', 'databricks-mlops-actions/1.2.3 (github)')
    .matchHeader('content-type', 'application/json')
    .matchHeader('authorization', 'Bearer dapi-test-token-0001')
    .reply(200, {});
  await client.jobs.cancelRun('1');
});
