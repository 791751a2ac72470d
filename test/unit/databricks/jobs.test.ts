import nock from 'nock';
import { DatabricksError } from '../../../shared/databricks';
import { HOST, makeClient, setupNock } from './helpers';

setupNock();

const BIG = '1152921504606846976'; // 2^60: a double would round it
const BIG_JOB = '9007199254740993'; // 2^53 + 1

describe('big ids', () => {
  test('1152921504606846976 round-trips through submit, get and cancel as a JSON integer', async () => {
    const { client } = makeClient();
    const rawBodies: string[] = [];
    nock(HOST)
      .post('/api/2.2/jobs/runs/submit', (b) => (rawBodies.push(JSON.stringify(b)), true))
      .reply(200, `{"run_id": ${BIG}}`, { 'Content-Type': 'application/json' });
    nock(HOST)
      .get('/api/2.2/jobs/runs/get')
      .query({ run_id: BIG })
      .reply(
        200,
        `{"run_id": ${BIG}, "job_id": ${BIG_JOB}, "number_in_job": ${BIG}, "tasks": [{"task_key": "T", "run_id": 1152921504606846977}], "state": {"life_cycle_state": "RUNNING"}}`,
        { 'Content-Type': 'application/json' },
      );
    nock(HOST).post('/api/2.2/jobs/runs/cancel').reply(200, {});
    const fetchSpy = jest.spyOn(globalThis, 'fetch');

    const submitted = await client.jobs.submit({
      idempotency_token: 'tok',
      tasks: [{ task_key: 'T' }],
    });
    expect(submitted.run_id).toBe(BIG);
    const run = await client.jobs.getRun(submitted.run_id);
    expect(run.run_id).toBe(BIG);
    expect(run.job_id).toBe(BIG_JOB);
    expect(run.tasks?.[0].run_id).toBe('1152921504606846977');
    await client.jobs.cancelRun(run.run_id);

    const sent = fetchSpy.mock.calls
      .map((c) => (c[1] as RequestInit | undefined)?.body)
      .filter((b) => typeof b === 'string');
    // The cancel body as it went on the wire: an unquoted integer, not rounded.
    expect(sent).toContain(`{"run_id":${BIG}}`);
  });

  test('ids in run-now, reset and delete bodies go out as integers; numbers above 2^53 are refused', async () => {
    const { client } = makeClient();
    const fetchSpy = jest.spyOn(globalThis, 'fetch');
    nock(HOST).post('/api/2.2/jobs/run-now').reply(200, `{"run_id": ${BIG}, "number_in_job": 3}`);
    nock(HOST).post('/api/2.2/jobs/reset').reply(200, {});
    const r = await client.jobs.runNow({
      job_id: BIG_JOB,
      job_parameters: { env: 'prod' },
      idempotency_token: 'ado-1',
    });
    expect(r).toEqual({ run_id: BIG, number_in_job: '3' });
    await client.jobs.reset(BIG_JOB, {
      name: 'x',
      tasks: [{ task_key: 'A', run_job_task: { job_id: BIG } }],
    });
    const bodies = fetchSpy.mock.calls.map((c) => String((c[1] as RequestInit).body));
    expect(bodies[0]).toBe(
      `{"job_id":${BIG_JOB},"job_parameters":{"env":"prod"},"idempotency_token":"ado-1"}`,
    );
    expect(bodies[1]).toContain(`"job_id":${BIG_JOB}`);
    expect(bodies[1]).toContain(`"run_job_task":{"job_id":${BIG}}`);
    await expect(client.jobs.getRun(2 ** 60)).rejects.toThrow(/not exact as a number/);
  });
});

describe('pagination', () => {
  test('runs/get pages of tasks are merged into one run', async () => {
    const { client } = makeClient();
    const task = (i: number) => ({ task_key: `t${i}`, run_id: 1000 + i });
    nock(HOST)
      .get('/api/2.2/jobs/runs/get')
      .query({ run_id: '5' })
      .reply(200, {
        run_id: 5,
        tasks: [task(1), task(2)],
        job_parameters: [{ name: 'a' }],
        has_more: true,
        next_page_token: 'p2',
      });
    nock(HOST)
      .get('/api/2.2/jobs/runs/get')
      .query({ run_id: '5', page_token: 'p2' })
      .reply(200, {
        run_id: 5,
        tasks: [task(3)],
        job_parameters: [],
        has_more: true,
        next_page_token: 'p3',
      });
    nock(HOST)
      .get('/api/2.2/jobs/runs/get')
      .query({ run_id: '5', page_token: 'p3' })
      .reply(200, { run_id: 5, tasks: [task(4)], has_more: false });
    const run = await client.jobs.getRun('5');
    expect(run.tasks?.map((t) => t.task_key)).toEqual(['t1', 't2', 't3', 't4']);
    expect(run.tasks?.[3].run_id).toBe('1004');
    expect(run.job_parameters).toEqual([{ name: 'a' }]);
    expect(run.next_page_token).toBeUndefined();
    expect(run.has_more).toBe(false);
  });

  test('jobs/get pages of settings.tasks are merged', async () => {
    const { client } = makeClient();
    nock(HOST)
      .get('/api/2.2/jobs/get')
      .query({ job_id: '8' })
      .reply(200, {
        job_id: 8,
        settings: { name: 'j', tasks: [{ task_key: 'a' }] },
        next_page_token: 'n',
      });
    nock(HOST)
      .get('/api/2.2/jobs/get')
      .query({ job_id: '8', page_token: 'n' })
      .reply(200, { job_id: 8, settings: { tasks: [{ task_key: 'b' }] } });
    const job = await client.jobs.get('8');
    expect(job.settings?.tasks?.map((t) => t.task_key)).toEqual(['a', 'b']);
    expect(job.settings?.name).toBe('j');
  });

  test('listByName follows next_page_token and tolerates an absent jobs key', async () => {
    const { client } = makeClient();
    nock(HOST)
      .get('/api/2.2/jobs/list')
      .query({ name: 'staging-train', limit: '100' })
      .reply(200, {
        jobs: [{ job_id: 1, settings: { name: 'staging-train' } }],
        has_more: true,
        next_page_token: 'tok2',
      });
    nock(HOST)
      .get('/api/2.2/jobs/list')
      .query({ name: 'staging-train', limit: '100', page_token: 'tok2' })
      .reply(
        200,
        `{"jobs": [{"job_id": ${BIG_JOB}, "settings": {"name": "Staging-Train"}}], "has_more": false}`,
      );
    const jobs = await client.jobs.listByName('staging-train');
    expect(jobs.map((j) => j.job_id)).toEqual(['1', BIG_JOB]);

    nock(HOST).get('/api/2.2/jobs/list').query(true).reply(200, { has_more: false });
    await expect(client.jobs.listByName('none')).resolves.toEqual([]);
  });
});

describe('not found', () => {
  test('the 400 "Run N does not exist." maps to not-found with a clear message', async () => {
    const { client } = makeClient();
    nock(HOST)
      .get('/api/2.2/jobs/runs/get')
      .query(true)
      .reply(400, { error_code: 'INVALID_PARAMETER_VALUE', message: 'Run 999 does not exist.' });
    const err: DatabricksError = await client.jobs.getRun('999').catch((e) => e);
    expect(err.isNotFound).toBe(true);
    expect(err.status).toBe(400);
    expect(err.message).toMatch(/^run 999 does not exist/);
  });

  test.each([
    [400, 'INVALID_PARAMETER_VALUE', 'Job 123 does not exist.', true],
    [404, 'NOT_FOUND', 'Job 123 does not exist.', true],
    [404, 'RESOURCE_DOES_NOT_EXIST', 'nope', true],
    [400, 'INVALID_PARAMETER_VALUE', "Run: 5 in job: 6 doesn't exist", true],
    [400, 'INVALID_PARAMETER_VALUE', 'Invalid cron expression', false],
  ])('jobs/get answering %i %s "%s" → isNotFound %s', async (status, code, message, want) => {
    const { client } = makeClient();
    nock(HOST).get('/api/2.2/jobs/get').query(true).reply(status, { error_code: code, message });
    const err: DatabricksError = await client.jobs.get('123').catch((e) => e);
    expect(err.isNotFound).toBe(want);
  });

  test('"does not exist" outside the Jobs API is not guessed to be not-found', async () => {
    const { client } = makeClient();
    nock(HOST)
      .post('/api/2.0/sql/statements')
      .reply(400, { error_code: 'INVALID_PARAMETER_VALUE', message: 'Run 1 does not exist.' });
    const err: DatabricksError = await client.sql
      .execute({ warehouse_id: 'w', statement: 's' })
      .catch((e) => e);
    expect(err.isNotFound).toBe(false);
  });

  test('delete treats not-found after its own retry as done', async () => {
    const { client } = makeClient();
    nock(HOST)
      .post('/api/2.2/jobs/delete')
      .replyWithError({ code: 'ECONNRESET', message: 'reset' });
    nock(HOST)
      .post('/api/2.2/jobs/delete')
      .reply(400, { error_code: 'INVALID_PARAMETER_VALUE', message: 'Job 4 does not exist.' });
    await expect(client.jobs.delete('4')).resolves.toBeUndefined();
    nock(HOST)
      .post('/api/2.2/jobs/delete')
      .reply(400, { error_code: 'INVALID_PARAMETER_VALUE', message: 'Job 4 does not exist.' });
    await expect(client.jobs.delete('4')).rejects.toThrow(/job 4 does not exist/);
  });
});

test('falls back to Jobs 2.1 when a 2.2 path answers 404 ENDPOINT_NOT_FOUND, and stays there', async () => {
  const { client } = makeClient();
  nock(HOST).get('/api/2.2/jobs/runs/get').query(true).reply(404, {
    error_code: 'ENDPOINT_NOT_FOUND',
    message: "No API found for 'GET /jobs/runs/get'",
  });
  nock(HOST).get('/api/2.1/jobs/runs/get').query({ run_id: '3' }).reply(200, { run_id: 3 });
  nock(HOST).post('/api/2.1/jobs/runs/cancel').reply(200, {});
  await expect(client.jobs.getRun('3')).resolves.toMatchObject({ run_id: '3' });
  await client.jobs.cancelRun('3');
  expect(client.jobs.apiVersion).toBe('2.1');
});

test('get-output of a task run', async () => {
  const { client } = makeClient();
  nock(HOST)
    .get('/api/2.2/jobs/runs/get-output')
    .query({ run_id: '455644834' })
    .reply(200, {
      metadata: { run_id: 455644834, task_key: 'Train' },
      notebook_output: { result: 'models:/m/7', truncated: false },
    });
  const out = await client.jobs.getRunOutput('455644834');
  expect(out.notebook_output?.result).toBe('models:/m/7');
  expect(out.metadata?.run_id).toBe('455644834');
});

describe('runs/list', () => {
  test("one page of a job's completed runs: the query as sent, ids kept exact", async () => {
    const { client } = makeClient();
    nock(HOST)
      .get('/api/2.2/jobs/runs/list')
      .query({ job_id: BIG_JOB, completed_only: 'true', limit: '25' })
      .reply(
        200,
        `{"runs": [{"run_id": ${BIG}, "job_id": ${BIG_JOB}, "start_time": 1760000000000, "end_time": 1760000062000,
          "run_duration": 62000, "state": {"life_cycle_state": "TERMINATED", "result_state": "SUCCESS"}}],
          "has_more": true, "next_page_token": "next"}`,
        { 'Content-Type': 'application/json' },
      );
    const page = await client.jobs.listRuns({ jobId: BIG_JOB, completedOnly: true, limit: 25 });
    expect(page.has_more).toBe(true);
    expect(page.next_page_token).toBe('next');
    expect(page.runs).toEqual([
      expect.objectContaining({ run_id: BIG, job_id: BIG_JOB, run_duration: 62000 }),
    ]);
  });

  test('one-time runs by run_type; an empty page has no runs key', async () => {
    const { client } = makeClient();
    nock(HOST)
      .get('/api/2.2/jobs/runs/list')
      .query({ run_type: 'SUBMIT_RUN', completed_only: 'true', limit: '25', page_token: 'p2' })
      .reply(200, { has_more: false });
    await expect(
      client.jobs.listRuns({
        runType: 'SUBMIT_RUN',
        completedOnly: true,
        limit: 25,
        pageToken: 'p2',
      }),
    ).resolves.toEqual({ runs: [], has_more: false, next_page_token: undefined });
  });

  test('a page larger than the service allows is refused before any request', async () => {
    const { client } = makeClient();
    const fetchSpy = jest.spyOn(globalThis, 'fetch');
    await expect(client.jobs.listRuns({ limit: 26 })).rejects.toThrow(/1 to 25 runs per page/);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  test('a job the credentials cannot see: the 403 names the job and CAN_VIEW', async () => {
    const { client } = makeClient();
    nock(HOST)
      .get('/api/2.2/jobs/runs/list')
      .query(true)
      .reply(403, { error_code: 'PERMISSION_DENIED', message: 'no access' });
    const err = await client.jobs.listRuns({ jobId: '77' }).catch((e) => e);
    expect(err).toBeInstanceOf(DatabricksError);
    expect(err.message).toMatch(/job 77/);
    expect(err.message).toMatch(/CAN_VIEW/);
  });
});
