import { start, Client, type Json } from './helpers';
import { parseFaultSpec, FaultSpecError } from '../../../local-workspace';
import type { LocalWorkspace } from '../../../local-workspace';

let ws: LocalWorkspace;
let api: Client;
beforeAll(async () => {
  ({ ws, api } = await start({ faults: 'POST /api/*/jobs/create 429 first=2 retry-after=3' }));
});
afterAll(() => ws.close());

const setFaults = (spec: string): Promise<Json> => api.ok('POST', '/__local/faults', { spec });

describe('fault spec syntax', () => {
  it('parses rules and rejects mistakes with one clear message', () => {
    const rules = parseFaultSpec(
      'POST /api/*/jobs/runs/submit 429 first=2; GET ~/api/2\\.[12]/jobs/runs/get 503 every=3\n* /api/** reset prob=0.5 seed=7',
    );
    expect(rules.map((r) => [r.method, r.action.kind, r.first, r.every, r.prob, r.seed])).toEqual([
      ['POST', 'status', 2, undefined, undefined, 1],
      ['GET', 'status', undefined, 3, undefined, 1],
      ['*', 'reset', undefined, undefined, 0.5, 7],
    ]);
    expect(rules[0].pattern.test('/api/2.2/jobs/runs/submit')).toBe(true);
    expect(rules[0].pattern.test('/api/2.2/jobs/runs/submit/x')).toBe(false);
    for (const bad of [
      'POST /x 418',
      '/x 429 first=0',
      '/x 429 prob=2',
      '/x',
      'POST /x 429 first=1 every=2',
      '/x delay=soon',
      '/x 429 bogus=1',
    ]) {
      expect(() => parseFaultSpec(bad)).toThrow(FaultSpecError);
    }
  });
});

describe('fault injection', () => {
  afterEach(async () => {
    await api.call('DELETE', '/__local/faults');
  });

  it('applies --faults from the start: the first 2 creates get 429 with Retry-After, the third works', async () => {
    for (let i = 0; i < 2; i++) {
      const r = await api.post('/api/2.2/jobs/create', { name: 'throttled' });
      expect(r.status).toBe(429);
      expect(r.headers.get('retry-after')).toBe('3');
      expect(r.json).toEqual({
        error_code: 'REQUEST_LIMIT_EXCEEDED',
        message: 'Too many requests. Please wait a moment and try again.',
      });
    }
    expect((await api.post('/api/2.2/jobs/create', { name: 'throttled' })).status).toBe(200);
    expect((await api.get('/api/2.2/jobs/list?name=throttled')).json.jobs).toHaveLength(1);
  });

  it('fires every Nth request with 503 TEMPORARILY_UNAVAILABLE', async () => {
    await setFaults('GET /api/2.2/jobs/list 503 every=3');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await api.get('/api/2.2/jobs/list')).status);
    expect(statuses).toEqual([200, 200, 503, 200, 200, 503]);
    const r = await api.get('/api/2.2/jobs/list?x=1');
    expect(r.status).toBe(200);
  });

  it('answers 502 with an HTML page and 504 with plain text, as gateways do', async () => {
    await setFaults(
      'GET /api/2.0/preview/scim/v2/Me 502 first=1; GET /api/2.0/preview/scim/v2/Me 504 first=2',
    );
    const a = await api.get('/api/2.0/preview/scim/v2/Me');
    expect(a.status).toBe(502);
    expect(a.headers.get('content-type')).toContain('text/html');
    expect(a.text).toContain('<title>502 Bad Gateway</title>');
    const b = await api.get('/api/2.0/preview/scim/v2/Me');
    expect(b.status).toBe(504);
    expect(b.text).toBe('upstream request timeout');
    expect((await api.get('/api/2.0/preview/scim/v2/Me')).status).toBe(200);
  });

  it('resets the connection, or drops the response after the side effect happened', async () => {
    await setFaults('POST /api/2.2/jobs/create reset first=1');
    await expect(api.post('/api/2.2/jobs/create', { name: 'never-created' })).rejects.toThrow();
    expect((await api.get('/api/2.2/jobs/list?name=never-created')).json.jobs).toBeUndefined();
    await setFaults('POST /api/2.2/jobs/create drop first=1');
    await expect(api.post('/api/2.2/jobs/create', { name: 'created-but-lost' })).rejects.toThrow();
    expect((await api.get('/api/2.2/jobs/list?name=created-but-lost')).json.jobs).toHaveLength(1);
  });

  it('delays a response and then answers normally', async () => {
    await setFaults('GET /api/2.0/preview/scim/v2/Me delay=300');
    const t0 = Date.now();
    expect((await api.get('/api/2.0/preview/scim/v2/Me')).status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
  });

  it('is reproducible with a seeded probability', async () => {
    const pattern = async (): Promise<number[]> => {
      await setFaults('GET /api/2.2/jobs/list 503 prob=0.5 seed=42');
      const out: number[] = [];
      for (let i = 0; i < 12; i++) out.push((await api.get('/api/2.2/jobs/list')).status);
      return out;
    };
    const first = await pattern();
    expect(first).toContain(503);
    expect(first).toContain(200);
    expect(await pattern()).toEqual(first);
  });

  it('reports rules with counters, rejects a bad spec with 400, and logs requests', async () => {
    const bad = await api.post('/__local/faults', { spec: 'GET /x 999' });
    expect(bad.status).toBe(400);
    expect(bad.json.error_code).toBe('INVALID_PARAMETER_VALUE');
    await setFaults('GET /api/2.2/jobs/get 503 first=1');
    await api.get('/api/2.2/jobs/get?job_id=1');
    await api.get('/api/2.2/jobs/get?job_id=1');
    const rules = await api.ok('GET', '/__local/faults');
    expect(rules.rules).toEqual([
      { rule: 'GET /api/2.2/jobs/get 503 first=1', matched: 2, fired: 1 },
    ]);
    const log = await api.ok('GET', '/__local/requests');
    const gets = log.requests.filter((r: Json) => r.path === '/api/2.2/jobs/get');
    expect(gets.slice(-2).map((r: Json) => [r.status, r.fault, r.query])).toEqual([
      [503, 'GET /api/2.2/jobs/get 503 first=1', 'job_id=1'],
      [400, undefined, 'job_id=1'],
    ]);
    const since = gets[gets.length - 1].seq;
    expect((await api.ok('GET', `/__local/requests?since=${since}`)).requests).toEqual([]);
  });

  it('reads DATABRICKS_LOCAL_FAULTS when no spec is given', async () => {
    const saved = process.env.DATABRICKS_LOCAL_FAULTS;
    process.env.DATABRICKS_LOCAL_FAULTS = 'GET /api/2.0/preview/scim/v2/Me 503';
    try {
      const other = await start();
      try {
        expect((await other.api.get('/api/2.0/preview/scim/v2/Me')).status).toBe(503);
      } finally {
        await other.ws.close();
      }
    } finally {
      if (saved === undefined) delete process.env.DATABRICKS_LOCAL_FAULTS;
      else process.env.DATABRICKS_LOCAL_FAULTS = saved;
    }
  });
});
