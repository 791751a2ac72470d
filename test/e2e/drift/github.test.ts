// The scheduled drift check through the committed check-drift bundle, as the GitHub runner runs
// it, on a local workspace with seeded Lakehouse Monitoring metric tables: no drift, drift
// reported, drift with the retraining started (seen in the request log), and a retraining run
// already in progress not started twice.
import { runAction, type ActionRun } from '../../helpers/github-runner';
import { startLocalWorkspace, type LocalWorkspace } from '../../../local-workspace';
import { api, lastSeq, retrainJob, runNows, seedDriftMetrics, type Api } from '../../helpers/drift';

const CHECK = 'dist/actions/check-drift/main.js';

let ws: LocalWorkspace;
let client: Api;
let jobId: string;

beforeAll(async () => {
  ws = await startLocalWorkspace({ port: 0 });
  client = api(ws.host, ws.token);
  await seedDriftMetrics(client, 'prod.ml.calm', [0.05, 0.1, 0.3, 0.1, 0.1]);
  await seedDriftMetrics(client, 'prod.ml.shifted', [0.1, 0.1, 0.1, 0.25, 0.4]);
  jobId = await retrainJob(client, 'churn-training');
});
afterAll(() => ws.close());

function check(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction(CHECK, {
    inputs: {
      'databricks-host': ws.host,
      'databricks-token': ws.token,
      'warehouse-id': 'wh',
      metric: 'js_distance',
      column: 'price',
      threshold: '0.2',
      ...inputs,
    },
  });
}

test('no drift: outputs false, no annotation, the summary has the windows and the chart', async () => {
  const r = await check({ table: 'prod.ml.calm', 'on-drift': 'run-job', 'retrain-job-id': jobId });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.outputs).toMatchObject({
    drifted: 'false',
    'latest-value': '0.1',
    breaches: '1',
    windows: '5',
    'retrain-status': 'none',
  });
  expect(r.stdout).not.toContain('::warning');
  expect(r.summary).toContain('No drift');
  expect(r.summary).toContain('xychart-beta');
  expect(r.summary).toContain('Retraining: not started (no drift).');
});

test('drift reported: a warning annotation and drifted=true, nothing started', async () => {
  const since = await lastSeq(client);
  const r = await check({ table: 'prod.ml.shifted' });
  expect(r.code).toBe(0);
  expect(r.outputs).toMatchObject({ drifted: 'true', 'latest-value': '0.4', breaches: '2' });
  expect(r.stdout).toMatch(/::warning::Drift in js_distance of prod\.ml\.shifted_drift_metrics/);
  expect(await runNows(client, jobId, since)).toHaveLength(0);
});

test('drift with retraining: started once; a second check while it runs does not start another', async () => {
  const since = await lastSeq(client);
  const first = await check({
    table: 'prod.ml.shifted',
    'on-drift': 'run-job',
    'retrain-job-name': 'churn-training',
    'retrain-job-parameters': 'seconds=60',
  });
  expect(first.stderr).toBe('');
  expect(first.code).toBe(0);
  expect(first.outputs['retrain-status']).toBe('started');
  const runId = first.outputs['retrain-run-id'];
  expect(first.outputs['retrain-run-url']).toContain(runId);
  try {
    const started = await runNows(client, jobId, since);
    expect(started.map((q) => q.body?.job_parameters)).toEqual([{ seconds: '60' }]);

    const again = await check({
      table: 'prod.ml.shifted',
      'on-drift': 'run-job',
      'retrain-job-id': jobId,
    });
    expect(again.code).toBe(0);
    expect(again.outputs).toMatchObject({
      'retrain-status': 'already-running',
      'retrain-run-id': runId,
    });
    expect(again.summary).toContain('Retraining already in progress');
    expect(await runNows(client, jobId, since)).toHaveLength(1);
  } finally {
    await client.post('/api/2.2/jobs/runs/cancel', { run_id: runId });
  }
});
