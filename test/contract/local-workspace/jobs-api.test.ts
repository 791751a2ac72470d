import { start, Client, type Json } from './helpers';
import type { LocalWorkspace } from '../../../local-workspace';

let ws: LocalWorkspace;
let api: Client;
beforeAll(async () => {
  ({ ws, api } = await start());
});
afterAll(() => ws.close());

const cond = (key: string, deps: string[] = []): Json => ({
  task_key: key,
  condition_task: { left: '1', op: 'EQUAL_TO', right: '1' },
  ...(deps.length ? { depends_on: deps.map((d) => ({ task_key: d })) } : {}),
});

describe('jobs create / get / list / reset / update / delete', () => {
  it('creates a job with defaults; 2.2 queues by default, 2.1 does not', async () => {
    const { job_id } = await api.ok('POST', '/api/2.2/jobs/create', {
      name: 'Train-Job',
      tasks: [cond('a')],
      access_control_list: [{ group_name: 'users', permission_level: 'CAN_VIEW' }],
    });
    const job = await api.ok('GET', `/api/2.2/jobs/get?job_id=${job_id}`);
    expect(job).toMatchObject({
      job_id,
      creator_user_name: 'local-user@example.com',
      settings: {
        name: 'Train-Job',
        max_concurrent_runs: 1,
        format: 'MULTI_TASK',
        queue: { enabled: true },
      },
    });
    expect(job.created_time).toEqual(expect.any(Number));
    expect(job.settings.access_control_list).toBeUndefined();
    const old = await api.ok('POST', '/api/2.1/jobs/create', { name: 'old-style' });
    expect(
      (await api.ok('GET', `/api/2.1/jobs/get?job_id=${old.job_id}`)).settings.queue,
    ).toBeUndefined();
  });

  it('allows duplicate names and lists by exact, case-insensitive name', async () => {
    await api.ok('POST', '/api/2.2/jobs/create', { name: 'train-job' });
    await api.ok('POST', '/api/2.2/jobs/create', { name: 'train-job-2' });
    const list = await api.ok('GET', '/api/2.2/jobs/list?name=TRAIN-JOB');
    expect(list.jobs.map((j: Json) => j.settings.name).sort()).toEqual(['Train-Job', 'train-job']);
    expect(list.has_more).toBe(false);
    // Without expand_tasks the task list is left out.
    expect(list.jobs[0].settings.tasks).toBeUndefined();
    const expanded = await api.ok('GET', '/api/2.2/jobs/list?name=Train-Job&expand_tasks=true');
    expect(
      expanded.jobs.find((j: Json) => j.settings.name === 'Train-Job').settings.tasks,
    ).toHaveLength(1);
  });

  it('omits `jobs` when nothing matches', async () => {
    expect(await api.ok('GET', '/api/2.2/jobs/list?name=nothing-like-this')).toEqual({
      has_more: false,
    });
  });

  it('paginates with page_token and checks limit', async () => {
    for (let i = 0; i < 5; i++) await api.ok('POST', '/api/2.2/jobs/create', { name: 'paged' });
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await api.ok(
        'GET',
        `/api/2.2/jobs/list?name=paged&limit=2${token ? `&page_token=${token}` : ''}`,
      );
      seen.push(...page.jobs.map((j: Json) => String(j.job_id)));
      token = page.next_page_token;
      expect(page.has_more).toBe(token !== undefined);
      pages++;
    } while (token);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(5);
    expect((await api.get('/api/2.2/jobs/list?limit=101')).json.error_code).toBe(
      'INVALID_PARAMETER_VALUE',
    );
  });

  it('reset replaces the settings, update merges tasks by key, delete removes the job', async () => {
    const { job_id } = await api.ok('POST', '/api/2.2/jobs/create', {
      name: 'r',
      tags: { a: '1' },
      tasks: [cond('a'), cond('b')],
    });
    await api.ok('POST', '/api/2.2/jobs/update', {
      job_id,
      new_settings: { tasks: [{ ...cond('b'), description: 'changed' }, cond('c')] },
      fields_to_remove: ['tags', 'tasks/a'],
    });
    let job = await api.ok('GET', `/api/2.2/jobs/get?job_id=${job_id}`);
    expect(job.settings.tasks.map((t: Json) => [t.task_key, t.description])).toEqual([
      ['b', 'changed'],
      ['c', undefined],
    ]);
    expect(job.settings.tags).toBeUndefined();
    await api.ok('POST', '/api/2.2/jobs/reset', { job_id, new_settings: { name: 'r2' } });
    job = await api.ok('GET', `/api/2.2/jobs/get?job_id=${job_id}`);
    expect(job.settings.name).toBe('r2');
    expect(job.settings.tasks).toBeUndefined();
    await api.ok('POST', '/api/2.2/jobs/delete', { job_id });
    const gone = await api.get(`/api/2.2/jobs/get?job_id=${job_id}`);
    expect(gone.status).toBe(400);
    expect(gone.json).toEqual({
      error_code: 'INVALID_PARAMETER_VALUE',
      message: `Job ${job_id} does not exist.`,
    });
  });

  it('answers 400 "Job N does not exist." for run-now, reset and delete of a missing job', async () => {
    for (const [p, body] of [
      ['/api/2.2/jobs/run-now', { job_id: 123 }],
      ['/api/2.1/jobs/reset', { job_id: 123, new_settings: {} }],
      ['/api/2.2/jobs/delete', { job_id: 123 }],
    ] as const) {
      const r = await api.post(p, body);
      expect(r.status).toBe(400);
      expect(r.json.message).toBe('Job 123 does not exist.');
    }
  });

  it('validates tasks: duplicates, unknown dependencies, cycles, missing type', async () => {
    const cases: Json[][] = [
      [cond('a'), cond('a')],
      [cond('a', ['zzz'])],
      [cond('a', ['b']), cond('b', ['a'])],
      [{ task_key: 'x' }],
    ];
    for (const tasks of cases) {
      const r = await api.post('/api/2.2/jobs/create', { name: 'bad', tasks });
      expect(r.status).toBe(400);
      expect(r.json.error_code).toBe('INVALID_PARAMETER_VALUE');
    }
    expect((await api.post('/api/2.2/jobs/runs/submit', { tasks: [] })).status).toBe(400);
  });

  it('paginates more than 100 tasks in 2.2 jobs/get and returns all of them in 2.1', async () => {
    const tasks = Array.from({ length: 130 }, (_, i) => cond(`t${i}`));
    const { job_id } = await api.ok('POST', '/api/2.2/jobs/create', {
      name: 'wide',
      tasks,
      parameters: [{ name: 'p', default: 'x' }],
    });
    const first = await api.ok('GET', `/api/2.2/jobs/get?job_id=${job_id}`);
    expect(first.settings.tasks).toHaveLength(100);
    expect(first.has_more).toBe(true);
    const second = await api.ok(
      'GET',
      `/api/2.2/jobs/get?job_id=${job_id}&page_token=${first.next_page_token}`,
    );
    expect(second.settings.tasks).toHaveLength(30);
    expect(second.settings.parameters).toEqual([]);
    expect(second.next_page_token).toBeUndefined();
    expect((await api.ok('GET', `/api/2.1/jobs/get?job_id=${job_id}`)).settings.tasks).toHaveLength(
      130,
    );
  });
});

describe('runs get / get-output / list errors and pagination', () => {
  it('answers 400 "Run N does not exist." for a missing run on get, get-output, cancel', async () => {
    for (const [m, p] of [
      ['GET', '/api/2.2/jobs/runs/get?run_id=999'],
      ['GET', '/api/2.1/jobs/runs/get-output?run_id=999'],
      ['POST', '/api/2.2/jobs/runs/cancel'],
    ] as const) {
      const r = await api.call(m, p, m === 'POST' ? { run_id: 999 } : undefined);
      expect(r.status).toBe(400);
      expect(r.json).toEqual({
        error_code: 'INVALID_PARAMETER_VALUE',
        message: 'Run 999 does not exist.',
      });
    }
  });

  it('answers 400 for get-output on a parent run, even with one task', async () => {
    const runId = await api.submit({ run_name: 'one', tasks: [cond('only')] });
    const r = await api.get(`/api/2.2/jobs/runs/get-output?run_id=${runId}`);
    expect(r.status).toBe(400);
    expect(r.json).toEqual({
      error_code: 'INVALID_PARAMETER_VALUE',
      message:
        'Retrieving the output of runs with multiple tasks is not supported. Please retrieve the output of each individual task run instead.',
    });
  });

  it('pages a run with more than 100 tasks (2.2) and each task has its own run_id', async () => {
    const tasks = Array.from({ length: 150 }, (_, i) => cond(`c${i}`, i ? [`c${i - 1}`] : []));
    const runId = await api.submit({ run_name: 'wide', tasks });
    const done = await api.waitRun(runId);
    expect(done.state.result_state).toBe('SUCCESS');
    expect(done.tasks).toHaveLength(100);
    const next = await api.ok(
      'GET',
      `/api/2.2/jobs/runs/get?run_id=${runId}&page_token=${done.next_page_token}`,
    );
    expect(next.tasks).toHaveLength(50);
    expect(next.next_page_token).toBeUndefined();
    const ids = new Set([...done.tasks, ...next.tasks].map((t: Json) => String(t.run_id)));
    expect(ids.size).toBe(150);
    expect(ids.has(String(runId))).toBe(false);
    expect((await api.run(runId, '2.1')).tasks).toHaveLength(150);
  });

  it('lists runs newest first, by job, active or completed', async () => {
    const { job_id } = await api.ok('POST', '/api/2.2/jobs/create', {
      name: 'listed',
      tasks: [cond('a')],
      max_concurrent_runs: 5,
    });
    const r1 = (await api.ok('POST', '/api/2.2/jobs/run-now', { job_id })).run_id;
    await api.waitRun(r1);
    const r2 = (await api.ok('POST', '/api/2.2/jobs/run-now', { job_id })).run_id;
    await api.waitRun(r2);
    const list = await api.ok(
      'GET',
      `/api/2.2/jobs/runs/list?job_id=${job_id}&completed_only=true`,
    );
    expect(list.runs.map((r: Json) => String(r.run_id))).toEqual([String(r2), String(r1)]);
    expect(list.runs[0].tasks).toBeUndefined();
    const expanded = await api.ok(
      'GET',
      `/api/2.2/jobs/runs/list?job_id=${job_id}&expand_tasks=true&limit=1`,
    );
    expect(expanded.runs[0].tasks).toHaveLength(1);
    expect(expanded.has_more).toBe(true);
    expect(
      await api.ok('GET', `/api/2.2/jobs/runs/list?job_id=${job_id}&active_only=true`),
    ).toEqual({ has_more: false });
  });

  it('deletes a finished run', async () => {
    const runId = await api.submit({ tasks: [cond('a')] });
    await api.waitRun(runId);
    await api.ok('POST', '/api/2.2/jobs/runs/delete', { run_id: runId });
    expect((await api.get(`/api/2.2/jobs/runs/get?run_id=${runId}`)).status).toBe(400);
  });
});
