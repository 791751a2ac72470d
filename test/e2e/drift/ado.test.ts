// The CheckModelDrift task's source through the task-lib mock runner, with a Databricks service
// connection. The mock runner blocks this process while a task runs, so the local workspace runs
// in a process of its own (the CLI's `local`).
import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';
import { ROOT } from '../../helpers/github-runner';
import { runAdoTask } from '../../helpers/ado-runner';
import { api, lastSeq, retrainJob, runNows, seedDriftMetrics, type Api } from '../../helpers/drift';

let server: ChildProcess;
let client: Api;
let endpoints: Parameters<typeof runAdoTask>[1] extends infer O
  ? O extends { endpoints?: infer E }
    ? E
    : never
  : never;

beforeAll(async () => {
  server = spawn(
    process.execPath,
    [path.join(ROOT, 'dist/cli.js'), 'local', '--port', '0', '--json'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const info = await new Promise<{ host: string; token: string }>((resolve, reject) => {
    let buf = '';
    server.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      const nl = buf.indexOf('\n');
      if (nl >= 0) resolve(JSON.parse(buf.slice(0, nl)) as { host: string; token: string });
    });
    server.on('error', reject);
    server.on('exit', (code) => reject(new Error(`local workspace exited with ${code}`)));
  });
  client = api(info.host, info.token);
  endpoints = {
    'databricks-prod': { url: info.host, scheme: 'Token', parameters: { apitoken: info.token } },
  };
});

afterAll(async () => {
  const exited = new Promise((r) => server.once('exit', r));
  server.kill('SIGTERM');
  await exited;
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
    endpoints,
    variables,
  });
  expect(calm.result).toBe('Succeeded');
  expect(calm.outputs).toMatchObject({ drifted: 'false', retrainStatus: 'none' });
  expect(await runNows(client, jobId, since)).toHaveLength(0);

  const shifted = await runAdoTask('check-drift', {
    inputs: { ...base, table: 'prod.ml.ado_shifted' },
    endpoints,
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
      endpoints,
      variables: { ...variables, 'Build.BuildId': '992' },
    });
    expect(again.outputs).toMatchObject({ retrainStatus: 'already-running', retrainRunId: runId });
    expect(await runNows(client, jobId, since)).toHaveLength(1);
  } finally {
    await client.post('/api/2.2/jobs/runs/cancel', { run_id: runId });
  }
});
