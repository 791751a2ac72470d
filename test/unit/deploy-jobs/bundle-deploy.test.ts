// deploy-jobs through the CLI front door (in process) against a local workspace: an MLOps Stacks
// bundle deployed to staging and prod, redeployed without writes, edited, pruned, dry-run, refused.
import * as fs from 'fs';
import * as path from 'path';
import { startLocalWorkspace, type LocalWorkspace } from '../../../local-workspace/server';
import { api, clearLog, copyProject, deployCli, writes } from './helpers';

let ws: LocalWorkspace;
const dirs: string[] = [];

beforeAll(async () => {
  ws = await startLocalWorkspace({ port: 0 });
});
afterAll(async () => {
  await ws.close();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function project(hosts = { staging: '', prod: '' }): string {
  const dir = copyProject({ staging: hosts.staging || ws.host, prod: hosts.prod || ws.host });
  dirs.push(dir);
  return path.join(dir, 'fraud_model');
}

interface Job {
  job_id: string;
  settings: {
    name: string;
    tags: Record<string, string>;
    schedule?: { quartz_cron_expression: string; pause_status?: string };
    tasks: {
      task_key: string;
      notebook_task: { notebook_path: string; base_parameters: Record<string, string> };
    }[];
  };
}

const getJob = (id: string) => api<Job>(ws, `/api/2.2/jobs/get?job_id=${id}`);
const USER = 'local-user@example.com';

test('an MLOps Stacks bundle deploys to staging and prod with their variables, paths and ids resolved', async () => {
  const bundle = project();
  const staging = await deployCli(ws, ['--bundle', bundle, '--target', 'staging']);
  expect(staging.stderr).not.toMatch(/error/i);
  expect(staging.code).toBe(0);
  expect(JSON.parse(staging.outputs.created).sort()).toEqual(
    ['batch_inference_job', 'experiment', 'model', 'model_training_job'].sort(),
  );
  expect(staging.stderr + staging.stdout).toMatch(
    /quality_monitors\.predictions_monitor is not deployed/,
  );
  const ids = JSON.parse(staging.outputs['job-ids']) as Record<string, string>;
  const training = await getJob(ids.model_training_job);
  expect(training.settings.name).toBe('staging-fraud_model-model-training-job');
  expect(training.settings.tags).toMatchObject({
    'mlops.deploy.bundle': 'fraud_model',
    'mlops.deploy.target': 'staging',
    'mlops.deploy.key': 'model_training_job',
  });
  const train = training.settings.tasks.find((t) => t.task_key === 'Train');
  expect(train?.notebook_task.notebook_path).toBe(
    `/Workspace/Users/${USER}/.bundle/fraud_model/staging/files/training/notebooks/Train`,
  );
  expect(train?.notebook_task.base_parameters).toMatchObject({
    env: 'staging',
    training_data_path: 'staging.fraud.transactions',
    experiment_name: `/Users/${USER}/staging-fraud_model-experiment`,
    model_name: 'staging.fraud.fraud_model',
  });
  const batch = await getJob(ids.batch_inference_job);
  expect(batch.settings.tasks[0].notebook_task.base_parameters.training_job_id).toBe(
    ids.model_training_job,
  );
  expect(batch.settings.schedule?.quartz_cron_expression).toBe('0 0 11 * * ?');
  // The notebooks were uploaded where the jobs look for them.
  const nb = await api<{ object_type: string }>(
    ws,
    `/api/2.0/workspace/get-status?path=${encodeURIComponent(train!.notebook_task.notebook_path)}`,
  );
  expect(nb.object_type).toBe('NOTEBOOK');
  const model = await api<{ comment: string }>(
    ws,
    '/api/2.1/unity-catalog/models/staging.fraud.fraud_model',
  );
  expect(model.comment).toBe('Registered model for the fraud_model project, staging target.');
  const exp = await api<{ experiment: { name: string } }>(
    ws,
    `/api/2.0/mlflow/experiments/get-by-name?experiment_name=${encodeURIComponent(`/Users/${USER}/staging-fraud_model-experiment`)}`,
  );
  expect(exp.experiment.name).toBe(`/Users/${USER}/staging-fraud_model-experiment`);

  const prod = await deployCli(ws, ['--bundle', bundle, '--target', 'prod']);
  expect(prod.code).toBe(0);
  const prodIds = JSON.parse(prod.outputs['job-ids']) as Record<string, string>;
  expect(prodIds.model_training_job).not.toBe(ids.model_training_job);
  const prodBatch = await getJob(prodIds.batch_inference_job);
  expect(prodBatch.settings.name).toBe('prod-fraud_model-batch-inference-job');
  expect(prodBatch.settings.schedule?.quartz_cron_expression).toBe('0 0 6 * * ?');
  expect(prodBatch.settings.tasks[0].notebook_task.base_parameters.model_name).toBe(
    'prod.fraud.fraud_model',
  );

  // The same definitions again: the plan is all unchanged and nothing is written.
  await clearLog(ws);
  const again = await deployCli(ws, ['--bundle', bundle, '--target', 'staging']);
  expect(again.code).toBe(0);
  expect(JSON.parse(again.outputs.unchanged).sort()).toEqual(
    ['batch_inference_job', 'experiment', 'model', 'model_training_job'].sort(),
  );
  expect(JSON.parse(again.outputs.created)).toEqual([]);
  expect(await writes(ws)).toEqual([]);
});
