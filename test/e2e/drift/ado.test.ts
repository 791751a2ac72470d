// The CheckModelDrift task's source through the task-lib mock runner, with a Databricks service
// connection. The mock runner blocks this process while a task runs, so the local workspace runs
// in a process of its own (the CLI's `local`).
import { adoWorkspace, runAdoTask } from '../../helpers/ado-runner';
import { api, lastSeq, retrainJob, runNows, seedDriftMetrics, type Api } from '../../helpers/drift';

const ado = adoWorkspace();
let client: Api;

beforeAll(async () => {
  client = api(ado.server.host, ado.server.token);
});

const variables = { 'Build.BuildId': '991', 'System.JobAttempt': '1' };

test('no drift, then drift with the retraining started, then not started twice while it runs', async () => {
  await seedDriftMetrics(client, 'prod.ml.ado_calm', [0.1, 0.1, 0.1]);
  await seedDriftMetrics(client, 'prod.ml.ado_shifted', [0.1, 0.3, 0.1, 0.1, 0.5]);
  const jobId = await retrainJob(client, 'ado-training');
  const base = {
    databricksConnection: 'databricks-prod',
    warehouseId: 'wh',
    metric: 'js_distance',
    column: 'price',
    threshold: '0.2',
    onDrift: 'run-job',
    retrainJobId: jobId,
    retrainJobParameters: 'seconds=60',
  };
  const since = await lastSeq(client);

  const calm = await runAdoTask('check-drift', {
    inputs: { ...base, table: 'prod.ml.ado_calm' },
    endpoints: ado.endpoints,
    variables,
  });
  expect(calm.result).toBe('Succeeded');
  expect(calm.outputs).toMatchObject({ drifted: 'false', retrainStatus: 'none' });
  expect(await runNows(client, jobId, since)).toHaveLength(0);

  const shifted = await runAdoTask('check-drift', {
    inputs: { ...base, table: 'prod.ml.ado_shifted' },
    endpoints: ado.endpoints,
    variables,
  });
  expect(shifted.result).toBe('Succeeded');
  expect(shifted.outputs).toMatchObject({
    drifted: 'true',
    breaches: '2',
    retrainStatus: 'started',
  });
  expect(shifted.stdout).toMatch(/##vso\[task\.logissue type=warning[^\]]*\]Drift in js_distance/);
  expect(shifted.stdout).toContain('##vso[task.uploadsummary]');
  const runId = shifted.outputs.retrainRunId;
  try {
    expect(await runNows(client, jobId, since)).toHaveLength(1);
    const again = await runAdoTask('check-drift', {
      inputs: { ...base, table: 'prod.ml.ado_shifted' },
      endpoints: ado.endpoints,
      variables: { ...variables, 'Build.BuildId': '992' },
    });
    expect(again.outputs).toMatchObject({ retrainStatus: 'already-running', retrainRunId: runId });
    expect(await runNows(client, jobId, since)).toHaveLength(1);
  } finally {
    await client.post('/api/2.2/jobs/runs/cancel', { run_id: runId });
  }
});
