// Our client against a live local workspace over HTTP: the two sides of the same contract
// (reference §3–§6) must agree, including ids beyond 2^53, errors and retries.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  createClient,
  resolveConfig,
  waitFor,
  DatabricksError,
  type DatabricksClient,
} from '../../../shared/databricks';
import { recordingLogger } from '../../../shared/logger';
import { startLocalWorkspace, type LocalWorkspace } from '../../../local-workspace/server';

let ws: LocalWorkspace;
let client: DatabricksClient;
let logger: ReturnType<typeof recordingLogger>;
const masked: string[] = [];

function clientFor(inputs: Parameters<typeof resolveConfig>[0]): DatabricksClient {
  return createClient(resolveConfig(inputs, {}), {
    logger,
    maskSecret: (s) => masked.push(s),
    userAgent: { version: 'test', host: 'cli' },
    // Fast retries: the budget still applies, the sleeps are short.
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
  });
}

beforeAll(async () => {
  ws = await startLocalWorkspace({ port: 0 });
  logger = recordingLogger();
  client = clientFor({ host: ws.host, token: ws.token });
});
afterAll(() => ws.close());

async function waitTerminated(runId: string) {
  return waitFor({
    poll: () => client.jobs.getRun(runId),
    isDone: (r) =>
      ['TERMINATED', 'INTERNAL_ERROR', 'SKIPPED'].includes(r.state?.life_cycle_state ?? ''),
    deadline: Date.now() + 30000,
    initialIntervalMs: 50,
    maxIntervalMs: 200,
  });
}

test('PAT and OAuth M2M both reach the workspace', async () => {
  expect((await client.currentUser()).userName).toMatch(/@/);
  const m2m = clientFor({ host: ws.host, clientId: ws.clientId, clientSecret: ws.clientSecret });
  expect(m2m.authType).toBe('oauth-m2m');
  // A service principal, not the PAT's user.
  const sp = await m2m.currentUser();
  expect(sp.userName).toBeTruthy();
  expect(sp.userName).not.toBe((await client.currentUser()).userName);
  expect(masked).toContain(ws.clientSecret);
});

test('a bad token is an actionable error, not a raw body', async () => {
  const bad = clientFor({ host: ws.host, token: 'dapi-not-the-token' });
  const err = await bad.currentUser().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DatabricksError);
  expect((err as DatabricksError).status).toBe(401);
  expect((err as Error).message).not.toContain('dapi-not-the-token');
});

describe('jobs', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'contract-jobs-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a job created, run, read, listed by name, reset and deleted, with ids kept exact', async () => {
    await client.workspace.mkdirs('/Shared/contract');
    await client.workspace.import({
      path: '/Shared/contract/hello.py',
      format: 'SOURCE',
      language: 'PYTHON',
      content: Buffer.from(
        'print("hello from", dbutils.widgets.get("who"))\ndbutils.notebook.exit("ok:" + dbutils.widgets.get("who"))\n',
      ).toString('base64'),
      overwrite: true,
    });
    const name = `contract-job-${Date.now()}`;
    const { job_id } = await client.jobs.create({
      name,
      parameters: [{ name: 'who', default: 'default' }],
      tasks: [{ task_key: 'hello', notebook_task: { notebook_path: '/Shared/contract/hello' } }],
    });
    // Real workspaces hand out ids near 2^53; the local one goes beyond it to keep us honest.
    expect(BigInt(job_id) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
    const listed = await client.jobs.listByName(name.toUpperCase());
    expect(listed.map((j) => j.job_id)).toEqual([job_id]);

    const { run_id } = await client.jobs.runNow({ job_id, job_parameters: { who: 'contract' } });
    const run = await waitTerminated(run_id);
    expect(run.run_id).toBe(run_id);
    expect(run.job_id).toBe(job_id);
    expect(run.state?.result_state).toBe('SUCCESS');
    const task = run.tasks![0];
    const output = await client.jobs.getRunOutput(task.run_id!);
    expect(output.notebook_output?.result).toBe('ok:contract');

    await client.jobs.reset(job_id, {
      name: `${name}-renamed`,
      parameters: [{ name: 'who', default: 'x' }],
      tasks: run.tasks!.map((t) => ({
        task_key: t.task_key,
        notebook_task: { notebook_path: '/Shared/contract/hello' },
      })),
    });
    expect((await client.jobs.get(job_id)).settings?.name).toBe(`${name}-renamed`);
    await client.jobs.delete(job_id);
    const gone = await client.jobs.get(job_id).catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(DatabricksError);
    expect((gone as DatabricksError).isNotFound).toBe(true);
  });

  test('runs/list finds completed one-time runs, newest first, with exact ids', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      const { run_id } = await client.jobs.submit({
        run_name: 'contract-history',
        tasks: [{ task_key: 'c', condition_task: { op: 'EQUAL_TO', left: '1', right: '1' } }],
      });
      await waitTerminated(run_id);
      ids.push(run_id);
    }
    const page = await client.jobs.listRuns({
      runType: 'SUBMIT_RUN',
      completedOnly: true,
      limit: 25,
    });
    const mine = page.runs.filter((r) => r.run_name === 'contract-history').map((r) => r.run_id);
    expect(mine.slice(0, 2)).toEqual([ids[1], ids[0]]);
  });

  test('a missing run is not-found (the API answers 400)', async () => {
    const err = await client.jobs.getRun('1152921504606846976').catch((e: unknown) => e);
    expect((err as DatabricksError).status).toBe(400);
    expect((err as DatabricksError).isNotFound).toBe(true);
  });

  test('a submit with an idempotency token survives a lost response without a second run', async () => {
    await client.request({
      method: 'POST',
      path: '/__local/faults',
      body: { spec: 'POST /api/*/jobs/runs/submit drop first=1' },
    });
    const token = `contract-${Date.now()}`;
    const spec = {
      run_name: 'idem',
      idempotency_token: token,
      tasks: [{ task_key: 'c', condition_task: { op: 'EQUAL_TO', left: '1', right: '1' } }],
    };
    const first = await client.jobs.submit(spec);
    const again = await client.jobs.submit(spec);
    expect(again.run_id).toBe(first.run_id);
    await client.request({ method: 'DELETE', path: '/__local/faults' });
  });

  test('a 503 and 429 storm is ridden out by the retries', async () => {
    await client.request({
      method: 'POST',
      path: '/__local/faults',
      body: {
        spec: 'GET /api/*/jobs/runs/get 503 first=3; GET /api/*/jobs/runs/get 429 retry-after=0 first=2',
      },
    });
    const { run_id } = await client.jobs.submit({
      run_name: 'storm',
      tasks: [{ task_key: 'c', condition_task: { op: 'EQUAL_TO', left: '1', right: '2' } }],
    });
    const run = await waitTerminated(run_id);
    expect(run.state?.life_cycle_state).toBe('TERMINATED');
    await client.request({ method: 'DELETE', path: '/__local/faults' });
  });
});

test('workspace files: status, list and recursive delete', async () => {
  await client.workspace.mkdirs('/Shared/contract-ws/sub');
  await client.workspace.import({
    path: '/Shared/contract-ws/sub/a.py',
    format: 'AUTO',
    content: Buffer.from('x = 1\n').toString('base64'),
    overwrite: true,
  });
  const listed = await client.workspace.list('/Shared/contract-ws/sub');
  expect(listed.map((o) => o.path)).toContain('/Shared/contract-ws/sub/a.py');
  await client.workspace.delete('/Shared/contract-ws', { recursive: true });
  expect(await client.workspace.tryGetStatus('/Shared/contract-ws')).toBeUndefined();
});

test('SQL statements run on the embedded engine with named parameters', async () => {
  await client.sql.execute({
    statement: 'CREATE TABLE IF NOT EXISTS main.default.contract_t (k STRING, v DOUBLE)',
    warehouse_id: 'local',
    wait_timeout: '10s',
  });
  await client.sql.execute({
    statement: 'INSERT INTO main.default.contract_t VALUES (:k, :v)',
    warehouse_id: 'local',
    wait_timeout: '10s',
    parameters: [
      { name: 'k', value: 'auc', type: 'STRING' },
      { name: 'v', value: '0.91', type: 'DOUBLE' },
    ],
  });
  const res = await client.sql.execute({
    statement: 'SELECT k, v FROM main.default.contract_t',
    warehouse_id: 'local',
    wait_timeout: '10s',
  });
  expect(res.status?.state).toBe('SUCCEEDED');
  expect(res.result?.data_array).toEqual([['auc', '0.91']]);
});

test('no token or client secret appears in the debug log', () => {
  const all = logger.lines.join('\n');
  expect(all).not.toContain(ws.token);
  expect(all).not.toContain(ws.clientSecret);
});

describe('models, serving and tracking through the client', () => {
  const model = 'main.default.contract_model';

  beforeAll(async () => {
    // What a training job's mlflow.register_model does, through the MLflow-UC endpoints.
    await client.request({
      method: 'POST',
      path: '/api/2.0/mlflow/unity-catalog/registered-models/create',
      body: { name: model },
    });
    for (let i = 0; i < 2; i++) {
      await client.request({
        method: 'POST',
        path: '/api/2.0/mlflow/unity-catalog/model-versions/create',
        body: { name: model, source: `dbfs:/models/${i}`, run_id: `run${i}` },
      });
    }
  });

  test('Unity Catalog versions, aliases and tags agree across both REST flavours', async () => {
    const versions = await waitFor({
      poll: () => client.unityCatalog.listVersions(model),
      isDone: (vs) => vs.length === 2 && vs.every((v) => v.status === 'READY'),
      deadline: Date.now() + 10000,
      initialIntervalMs: 50,
      maxIntervalMs: 200,
    });
    expect(versions.map((v) => Number(v.version)).sort()).toEqual([1, 2]);
    await client.unityCatalog.setAlias(model, 'champion', 1);
    await client.unityCatalog.mlflow.setAlias(model, 'challenger', '2');
    expect(Number((await client.unityCatalog.getVersionByAlias(model, 'challenger')).version)).toBe(
      2,
    );
    expect(
      (await client.unityCatalog.mlflow.getModelVersionByAlias(model, 'champion')).version,
    ).toBe('1');
    const latest = await client.unityCatalog.setAlias(model, 'latest', 2).catch((e: unknown) => e);
    expect(latest).toBeInstanceOf(DatabricksError);
    expect((latest as DatabricksError).status).toBe(400);
    await client.unityCatalog.mlflow.setModelVersionTag(model, '2', 'gate', 'passed');
    expect((await client.unityCatalog.mlflow.getModelVersion(model, '2')).tags).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: 'gate', value: 'passed' })]),
    );
    expect(await client.unityCatalog.tryGetVersionByAlias(model, 'nope')).toBeUndefined();
  });

  test('a serving update while another is in progress is a conflict the client names', async () => {
    const served = (version: string) => ({
      name: `v${version}`,
      entity_name: model,
      entity_version: version,
      workload_size: 'Small',
      scale_to_zero_enabled: true,
    });
    const created = await client.serving.create({
      name: 'contract-endpoint',
      config: { served_entities: [served('1')] },
    });
    expect(created.state?.config_update).toBe('IN_PROGRESS');
    const err = await client.serving
      .updateConfig('contract-endpoint', { served_entities: [served('2')] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DatabricksError);
    expect((err as DatabricksError).isConflict).toBe(true);
    expect(await client.serving.tryGet('no-such-endpoint')).toBeUndefined();
    await client.serving.delete('contract-endpoint');
  });

  test('MLflow experiments: create, then find by name', async () => {
    const name = `/Shared/contract-exp-${Date.now()}`;
    const created = await client.mlflow.createExperiment({ name });
    const found = await client.mlflow.getExperimentByName(name);
    expect(found?.experiment_id).toBe(created.experiment_id);
    expect(await client.mlflow.getExperimentByName(`${name}-missing`)).toBeUndefined();
  });
});
