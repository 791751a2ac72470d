/**
 * The mlflow fallback package end to end: the fixture trains a tiny model in pure Python, logs it
 * and registers a Unity Catalog version with an alias, run (1) as a python3 child process and
 * (2) as a task of a submitted job on the local workspace.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestWorkspace, waitFor, type TestWorkspace } from './harness';

const ROOT = path.resolve(__dirname, '../../..');
const SHIM = path.join(ROOT, 'local-workspace/python');
const FIXTURE = path.join(ROOT, 'test/fixtures/local-workspace-ml/train_register.py');

let ws: TestWorkspace;
beforeAll(async () => {
  ws = await startTestWorkspace({ registrationMs: 100 });
});
afterAll(() => ws.close());

function python(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'python3',
      args,
      {
        env: {
          PATH: process.env.PATH ?? '',
          HOME: os.tmpdir(),
          DATABRICKS_HOST: ws.host,
          DATABRICKS_TOKEN: ws.token,
          PYTHONPATH: SHIM,
          ...env,
        },
        timeout: 60_000,
      },
      (err, stdout, stderr) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

function result(stdout: string) {
  const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`no RESULT line in:\n${stdout}`);
  return JSON.parse(line.slice('RESULT '.length));
}

test('the fixture runs through the fallback as a python3 child process', async () => {
  const out = await python([FIXTURE, 'main.default.tiny_regressor', 'challenger']);
  expect(out.stderr).toBe('');
  expect(out.code).toBe(0);
  const r = result(out.stdout);
  expect(r).toMatchObject({
    fallback: true,
    run_status: 'FINISHED',
    model_name: 'main.default.tiny_regressor',
    version: '1',
    status: 'READY',
    alias_version: '1',
    aliases: ['challenger'],
    tags: { validation_status: 'pending' },
    params: { model: 'ridge_least_squares', ridge: '0.01', n_train: '200' },
  });
  expect(r.test_mse).toBeLessThan(0.05);

  // What the server holds, through the public UC API and the tracking API.
  const v = await ws.call(
    'GET',
    '/api/2.1/unity-catalog/models/main.default.tiny_regressor/aliases/challenger',
    undefined,
    { include_aliases: 'true' },
  );
  expect(v.body).toMatchObject({
    version: 1,
    status: 'READY',
    run_id: r.run_id,
    aliases: [{ alias_name: 'challenger', version_num: 1 }],
  });
  expect(v.body.source).toMatch(new RegExp(`/${r.run_id}/artifacts/model$`));
  const run = (await ws.call('GET', '/api/2.0/mlflow/runs/get', undefined, { run_id: r.run_id }))
    .body.run;
  expect(run.data.metrics.map((m: { key: string }) => m.key).sort()).toEqual([
    'baseline_mean_squared_error',
    'mean_squared_error',
    'train_mse',
  ]);
  expect(run.data.metrics.find((m: { key: string }) => m.key === 'train_mse').step).toBe(2);
  const history = (
    await ws.call('GET', '/api/2.0/mlflow/metrics/get-history', undefined, {
      run_id: r.run_id,
      metric_key: 'train_mse',
    })
  ).body.metrics;
  expect(history).toHaveLength(3);

  // A second training registers version 2 and moves the alias.
  const again = result(
    (await python([FIXTURE, 'main.default.tiny_regressor', 'challenger'])).stdout,
  );
  expect(again).toMatchObject({ version: '2', alias_version: '2' });
});

test('errors surface as MlflowException with the server error code; the fallback refuses UC-unsupported calls', async () => {
  const script = `
import mlflow
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
c = MlflowClient()
def code(f):
    try:
        f()
        return "ok"
    except MlflowException as e:
        return e.error_code
mlflow.set_experiment("/Shared/errors")
with mlflow.start_run() as run:
    mlflow.log_metric("m", 1.0)
v = mlflow.register_model("runs:/%s/model" % run.info.run_id, "main.default.err_model")
print(code(lambda: c.set_registered_model_alias("main.default.err_model", "Latest", v.version)))
print(code(lambda: c.get_model_version_by_alias("main.default.err_model", "nope")))
print(code(lambda: mlflow.register_model("runs:/%s/model" % run.info.run_id, "no_dots")))
print(code(lambda: c.get_latest_versions("main.default.err_model")))
print(code(lambda: c.get_run("0" * 32)))
mlflow.set_registry_uri("databricks")
print(code(lambda: mlflow.register_model("runs:/%s/model" % run.info.run_id, "ws_model")))
print(c.search_model_versions("name='main.default.err_model'")[0].version)
print(MlflowClient().transition_model_version_stage("ws_model", "1", "Production").current_stage)
`;
  const out = await python(['-c', script]);
  expect(out.stderr).toBe('');
  expect(
    out.stdout
      .trim()
      .split('\n')
      .filter((l) => !/registered model|Created version/i.test(l)),
  ).toEqual([
    'INVALID_PARAMETER_VALUE',
    'RESOURCE_DOES_NOT_EXIST',
    'INVALID_PARAMETER_VALUE',
    'INVALID_PARAMETER_VALUE',
    'RESOURCE_DOES_NOT_EXIST',
    'ok',
    '1',
    'Production',
  ]);
});

test('an installed mlflow wins over the fallback, even with the shim first on PYTHONPATH', async () => {
  const fake = fs.mkdtempSync(path.join(os.tmpdir(), 'real-mlflow-'));
  try {
    fs.mkdirSync(path.join(fake, 'mlflow', 'tracking'), { recursive: true });
    fs.writeFileSync(path.join(fake, 'mlflow', '__init__.py'), 'REAL = True\n');
    fs.writeFileSync(path.join(fake, 'mlflow', 'tracking', '__init__.py'), 'WHO = "real"\n');
    const code =
      'import mlflow, mlflow.tracking; print(getattr(mlflow, "REAL", False), getattr(mlflow, "IS_LOCAL_FALLBACK", False), mlflow.tracking.WHO)';
    const withReal = await python(['-c', code], { PYTHONPATH: [SHIM, fake].join(path.delimiter) });
    expect(withReal.stdout.trim()).toBe('True False real');
    const forced = await python(['-c', 'import mlflow; print(mlflow.IS_LOCAL_FALLBACK)'], {
      PYTHONPATH: [SHIM, fake].join(path.delimiter),
      DATABRICKS_LOCAL_MLFLOW_FALLBACK: 'force',
    });
    expect(forced.stdout.trim()).toBe('True');
  } finally {
    fs.rmSync(fake, { recursive: true, force: true });
  }
});

test('the fixture runs as a submitted job (spark_python_task) on the local workspace', async () => {
  expect((await ws.call('POST', '/api/2.0/workspace/mkdirs', { path: '/Shared/ml' })).status).toBe(
    200,
  );
  const imported = await ws.call('POST', '/api/2.0/workspace/import', {
    path: '/Shared/ml/train_register.py',
    format: 'AUTO',
    content: fs.readFileSync(FIXTURE).toString('base64'),
    overwrite: true,
  });
  expect(imported.status).toBe(200);
  const submitted = await ws.call('POST', '/api/2.2/jobs/runs/submit', {
    run_name: 'train tiny model',
    tasks: [
      {
        task_key: 'train',
        spark_python_task: {
          python_file: '/Shared/ml/train_register.py',
          parameters: ['main.default.job_model', 'champion'],
        },
      },
    ],
  });
  expect(submitted.status).toBe(200);
  const runId = String(submitted.body.run_id);
  const run = await waitFor(
    'the job run to terminate',
    async () => {
      const g = await ws.call('GET', '/api/2.2/jobs/runs/get', undefined, { run_id: runId });
      return ['TERMINATED', 'INTERNAL_ERROR', 'SKIPPED'].includes(g.body?.state?.life_cycle_state)
        ? g.body
        : undefined;
    },
    60_000,
  );
  const taskRunId = String(run.tasks[0].run_id);
  const output = await ws.call('GET', '/api/2.2/jobs/runs/get-output', undefined, {
    run_id: taskRunId,
  });
  expect({ state: run.state.result_state, error: output.body.error }).toEqual({
    state: 'SUCCESS',
    error: undefined,
  });
  const byAlias = await ws.call(
    'GET',
    '/api/2.0/mlflow/unity-catalog/registered-models/alias',
    undefined,
    { name: 'main.default.job_model', alias: 'champion' },
  );
  expect(byAlias.body.model_version).toMatchObject({
    name: 'main.default.job_model',
    version: '1',
    status: 'READY',
    aliases: [{ alias: 'champion', version: '1' }],
  });
  const mlflowRun = (
    await ws.call('GET', '/api/2.0/mlflow/runs/get', undefined, {
      run_id: byAlias.body.model_version.run_id,
    })
  ).body.run;
  expect(mlflowRun.info.status).toBe('FINISHED');
  expect(mlflowRun.data.tags).toEqual(
    expect.arrayContaining([
      { key: 'mlflow.source.type', value: 'JOB' },
      { key: 'mlflow.databricks.jobRunID', value: runId },
    ]),
  );
});
