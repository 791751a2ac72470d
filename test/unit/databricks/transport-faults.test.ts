// The transport's answers to faults in transit (issue 10, points 6 and 8–10): what is retried, for
// how long, and what is refused.
import nock from 'nock';
import { DatabricksError, WaitTimeoutError, waitFor } from '../../../shared/databricks';
import { HOST, makeClient, setupNock } from './helpers';

setupNock();

const RUNS_GET = '/api/2.2/jobs/runs/get';
const SUBMIT = '/api/2.2/jobs/runs/submit';
const ok = { run_id: 1, state: { life_cycle_state: 'RUNNING' } };
const cut = '{"run_id": 1, "state": {"life_cycle_st';

describe('idempotent reads survive transient faults', () => {
  test('one HTTP 500 on runs/get is retried', async () => {
    const { client, timing } = makeClient();
    nock(HOST)
      .get(RUNS_GET)
      .query(true)
      .reply(500, { error_code: 'INTERNAL_ERROR', message: 'oops' });
    nock(HOST).get(RUNS_GET).query(true).reply(200, ok);
    await expect(client.jobs.getRun('1')).resolves.toMatchObject({ run_id: '1' });
    expect(timing.sleeps).toHaveLength(1);
  });

  test('a truncated JSON 200 on runs/get is retried, and says so in the log', async () => {
    const { client, timing, logger } = makeClient();
    nock(HOST).get(RUNS_GET).query(true).reply(200, cut);
    nock(HOST).get(RUNS_GET).query(true).reply(200, ok);
    const run = await client.jobs.getRun('1');
    expect(run.state?.life_cycle_state).toBe('RUNNING');
    expect(timing.sleeps).toHaveLength(1);
    expect(logger.lines.some((l) => /runs\/get answered HTTP 200; retrying/.test(l))).toBe(true);
  });

  test('a reset while the body is read is retried', async () => {
    const { client } = makeClient();
    nock(HOST)
      .get(RUNS_GET)
      .query(true)
      .replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });
    nock(HOST).get(RUNS_GET).query(true).reply(200, ok);
    await expect(client.jobs.getRun('1')).resolves.toMatchObject({ run_id: '1' });
  });

  test('an HTML page with 200 is the wrong host, not a fault: one attempt, a clear error', async () => {
    const { client, timing } = makeClient();
    nock(HOST)
      .get(RUNS_GET)
      .query(true)
      .reply(200, '<!doctype html><html><body>Sign in</body></html>', {
        'Content-Type': 'text/html',
      });
    const err: DatabricksError = await client.jobs.getRun('1').catch((e) => e);
    expect(err).toBeInstanceOf(DatabricksError);
    expect(err.message).toMatch(/HTML page, \d+ bytes\): expected a JSON answer/);
    expect(err.attempts).toBe(1);
    expect(timing.sleeps).toEqual([]);
  });

  test('a 500 or a truncated answer on a POST that is not safe to repeat is not repeated', async () => {
    const { client } = makeClient();
    nock(HOST)
      .post('/api/2.2/jobs/create')
      .reply(500, { error_code: 'INTERNAL_ERROR', message: 'x' });
    await expect(client.jobs.create({ name: 'x' })).rejects.toThrow(
      /^Not retried: POST \/api\/2\.2\/jobs\/create may already have taken effect/,
    );
    nock(HOST).post('/api/2.2/jobs/create').reply(200, '{"job_id": 12');
    await expect(client.jobs.create({ name: 'x' })).rejects.toThrow(/JSON cut short/);
  });

  test('a truncated 200 on a submit with an idempotency token is repeated with the same token', async () => {
    const { client } = makeClient();
    const tokens: unknown[] = [];
    const record = (b: Record<string, unknown>) => (tokens.push(b.idempotency_token), true);
    nock(HOST).post(SUBMIT, record).reply(200, '{"run_id": 9007199254740');
    nock(HOST).post(SUBMIT, record).reply(200, '{"run_id": 9007199254740993}');
    const res = await client.jobs.submit({ idempotency_token: 'gh-1-1-x', tasks: [] });
    expect(res.run_id).toBe('9007199254740993');
    expect(tokens).toEqual(['gh-1-1-x', 'gh-1-1-x']);
  });
});

describe("the caller's deadline bounds each request", () => {
  test('a slow runs/get ends at the deadline, not at the request timeout', async () => {
    const { client, timing } = makeClient();
    nock(HOST).get(RUNS_GET).query(true).delay(10_000).reply(200, ok);
    const began = Date.now();
    const err: DatabricksError = await client.jobs
      .getRun('1', { deadline: timing.now() + 150 })
      .catch((e) => e);
    expect(err).toBeInstanceOf(DatabricksError);
    expect(err.isDeadline).toBe(true);
    expect(err.message).toMatch(/no answer before the caller's deadline/);
    // The request timeout is 60 s: ending within seconds shows the deadline cut it.
    expect(Date.now() - began).toBeLessThan(5_000);
    nock.abortPendingRequests();
    nock.cleanAll();
  });

  test('retries stop when the next wait would pass the deadline', async () => {
    const { client, timing } = makeClient();
    const start = timing.now();
    nock(HOST)
      .get(RUNS_GET)
      .query(true)
      .times(20)
      .reply(503, { error_code: 'TEMPORARILY_UNAVAILABLE', message: 'down' });
    const err: DatabricksError = await client.jobs
      .getRun('1', { deadline: start + 3_000 })
      .catch((e) => e);
    expect(err.isDeadline).toBe(true);
    expect(err.message).toContain('TEMPORARILY_UNAVAILABLE: down');
    expect(timing.now()).toBeLessThanOrEqual(start + 3_000);
    nock.cleanAll();
  });

  test('a wait whose poll hits the deadline ends as a wait timeout with the last state', async () => {
    const { client, timing } = makeClient();
    nock(HOST).get(RUNS_GET).query(true).reply(200, ok);
    nock(HOST).get(RUNS_GET).query(true).delay(10_000).reply(200, ok);
    const began = Date.now();
    const err = await waitFor({
      poll: (signal, deadline) => client.jobs.getRun('1', { signal, deadline }),
      isDone: () => false,
      stateOf: (r) => String(r.state?.life_cycle_state),
      // The fake clock stands still: the second poll starts before this deadline and is cut at it.
      deadline: timing.now() + 3_000,
      initialIntervalMs: 0,
      timing: { now: timing.now, sleep: async () => undefined },
      description: 'run 1 to finish',
    }).catch((e) => e);
    expect(err).toBeInstanceOf(WaitTimeoutError);
    expect(err.message).toMatch(/waiting for run 1 to finish \(1 polls; last state: RUNNING\)/);
    expect(Date.now() - began).toBeLessThan(8_000);
    nock.abortPendingRequests();
    nock.cleanAll();
  });
});

describe('an unreachable host gets a short budget', () => {
  test.each(['ECONNREFUSED', 'ENOTFOUND'])(
    '%s: a few tries within 30 s, then a message naming the host',
    async (code) => {
      const { client, timing } = makeClient();
      const start = timing.now();
      nock(HOST)
        .get('/api/2.0/preview/scim/v2/Me')
        .times(50)
        .replyWithError({ code, message: code });
      const err: DatabricksError = await client.currentUser().catch((e) => e);
      expect(err).toBeInstanceOf(DatabricksError);
      expect(err.message).toMatch(
        new RegExp(
          `^Cannot reach ${HOST.replace(/\./g, '\\.')} \\(\\d+ attempts over \\d+(\\.\\d)? s`,
        ),
      );
      expect(err.message).toContain("check the workspace host ('databricks-host'");
      expect(err.message).toContain(code);
      expect(err.attempts).toBeGreaterThanOrEqual(3);
      expect(timing.now() - start).toBeLessThanOrEqual(30_000);
      nock.cleanAll();
    },
  );

  test('throttling keeps the long budget', async () => {
    const { client, timing } = makeClient();
    const start = timing.now();
    nock(HOST)
      .get(RUNS_GET)
      .query(true)
      .times(100)
      .reply(503, { error_code: 'TEMPORARILY_UNAVAILABLE', message: 'busy' });
    const err: DatabricksError = await client.jobs.getRun('1').catch((e) => e);
    expect(err.message).toMatch(/retry budget 5 min\)/);
    expect(timing.now() - start).toBeGreaterThan(4 * 60_000);
    expect(err.message).not.toMatch(/\b60 s\b/);
    nock.cleanAll();
  });
});

describe('redirects', () => {
  const OTHER = 'http://127.0.0.2:9999';

  test('a redirect to another origin is refused, naming both, and never followed', async () => {
    const { client } = makeClient();
    nock(HOST)
      .get('/api/2.0/preview/scim/v2/Me')
      .reply(302, '', { Location: `${OTHER}/api/2.0/preview/scim/v2/Me` });
    const elsewhere = nock(OTHER).get('/api/2.0/preview/scim/v2/Me').reply(200, { userName: 'x' });
    const err: DatabricksError = await client.currentUser().catch((e) => e);
    expect(err).toBeInstanceOf(DatabricksError);
    expect(err.message).toContain(`redirected from ${HOST} to ${OTHER}`);
    expect(err.attempts).toBe(1);
    expect(elsewhere.isDone()).toBe(false);
    nock.cleanAll();
  });

  test('a redirect within the host is followed, with the credentials', async () => {
    const { client } = makeClient();
    nock(HOST)
      .get('/api/2.0/preview/scim/v2/Me')
      .reply(307, '', { Location: '/api/2.0/preview/scim/v2/Me?moved=1' });
    nock(HOST, { reqheaders: { authorization: 'Bearer dapi-test-token-0001' } })
      .get('/api/2.0/preview/scim/v2/Me')
      .query({ moved: '1' })
      .reply(200, { userName: 'me@example.com' });
    await expect(client.currentUser()).resolves.toMatchObject({ userName: 'me@example.com' });
  });
});
