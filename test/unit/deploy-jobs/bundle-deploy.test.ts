// deploy-jobs through the CLI front door (in process) against a local workspace: an MLOps Stacks
// bundle deployed to staging and prod, redeployed without writes, edited, pruned, dry-run, refused.
import * as fs from 'fs';
import * as path from 'path';
import type { LocalWorkspace } from '../../../local-workspace/server';
import { api, clearLog, copyProject, deployCli, writes, workspacePerTest } from './helpers';

let ws: LocalWorkspace;
const dirs = workspacePerTest((w) => (ws = w));

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
  // The bundle's permissions are granted on the jobs and the experiment.
  const jobAcl = await api<{ access_control_list: unknown[] }>(
    ws,
    `/api/2.0/permissions/jobs/${ids.model_training_job}`,
  );
  expect(jobAcl.access_control_list).toEqual([
    { group_name: 'users', all_permissions: [{ permission_level: 'CAN_VIEW', inherited: false }] },
  ]);
  const expAcl = await api<{ access_control_list: unknown[] }>(
    ws,
    `/api/2.0/permissions/experiments/${JSON.parse(staging.outputs.plan).find((p: { key: string }) => p.key === 'experiment').id}`,
  );
  expect(expAcl.access_control_list).toEqual([
    { group_name: 'users', all_permissions: [{ permission_level: 'CAN_READ', inherited: false }] },
  ]);

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

test('an edited definition updates that job only, with the changed settings printed', async () => {
  const bundle = project();
  const first = await deployCli(ws, ['--bundle', bundle, '--target', 'staging']);
  expect(first.code).toBe(0);
  const ids = JSON.parse(first.outputs['job-ids']) as Record<string, string>;
  const file = path.join(bundle, 'resources', 'model-workflow-resource.yml');
  fs.writeFileSync(
    file,
    fs.readFileSync(file, 'utf8').replace('run_mode: dry_run', 'run_mode: enabled'),
  );
  await clearLog(ws);
  const r = await deployCli(ws, ['--bundle', bundle, '--target', 'staging']);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.outputs.updated)).toEqual(['model_training_job']);
  expect(JSON.parse(r.outputs.unchanged).sort()).toEqual([
    'batch_inference_job',
    'experiment',
    'model',
  ]);
  expect(r.stderr + r.stdout).toContain(
    'tasks[ModelValidation].notebook_task.base_parameters.run_mode: "dry_run" → "enabled"',
  );
  // One reset for the job, and the edited file uploaded (plus the upload record): nothing else.
  const w = await writes(ws);
  expect(w.filter((x) => x.includes('/jobs/'))).toEqual(['POST /api/2.2/jobs/reset']);
  expect(w.filter((x) => x.includes('/jobs/create'))).toEqual([]);
  const job = await getJob(ids.model_training_job);
  const validation = job.settings.tasks.find((t) => t.task_key === 'ModelValidation');
  expect(validation?.notebook_task.base_parameters.run_mode).toBe('enabled');
  const plan = JSON.parse(r.outputs.plan) as {
    key: string;
    action: string;
    changes: { path: string }[];
  }[];
  expect(plan.find((p) => p.key === 'model_training_job')?.changes.map((c) => c.path)).toEqual([
    'tasks[ModelValidation].notebook_task.base_parameters.run_mode',
  ]);
});

test('a job whose definition is gone is listed, and deleted with prune; dry-run writes nothing', async () => {
  const bundle = project();
  const first = await deployCli(ws, ['--bundle', bundle, '--target', 'staging']);
  const ids = JSON.parse(first.outputs['job-ids']) as Record<string, string>;
  fs.rmSync(path.join(bundle, 'resources', 'batch-inference-workflow-resource.yml'));

  const kept = await deployCli(ws, ['--bundle', bundle, '--target', 'staging']);
  expect(kept.code).toBe(0);
  expect(JSON.parse(kept.outputs.deleted)).toEqual([]);
  expect(kept.stderr + kept.stdout).toMatch(
    /batch_inference_job\) was deployed by fraud_model\/staging but has no definition now/,
  );
  expect((await getJob(ids.batch_inference_job)).settings.name).toBe(
    'staging-fraud_model-batch-inference-job',
  );

  await clearLog(ws);
  const dry = await deployCli(ws, [
    '--bundle',
    bundle,
    '--target',
    'staging',
    '--prune',
    'true',
    '--dry-run',
    'true',
  ]);
  expect(dry.code).toBe(0);
  expect(JSON.parse(dry.outputs.deleted)).toEqual(['batch_inference_job']);
  expect(await writes(ws)).toEqual([]);

  const pruned = await deployCli(ws, [
    '--bundle',
    bundle,
    '--target',
    'staging',
    '--prune',
    'true',
  ]);
  expect(pruned.code).toBe(0);
  expect(JSON.parse(pruned.outputs.deleted)).toEqual(['batch_inference_job']);
  const gone = await fetch(`${ws.host}/api/2.2/jobs/get?job_id=${ids.batch_inference_job}`, {
    headers: { authorization: `Bearer ${ws.token}` },
  });
  expect(gone.status).toBe(400);
  expect((await getJob(ids.model_training_job)).settings.name).toBe(
    'staging-fraud_model-model-training-job',
  );
});

test("a target whose workspace.host is not the connection's is refused before anything is written", async () => {
  const bundle = path.join(copyProject(), 'fraud_model');
  dirs.push(path.dirname(bundle));
  await clearLog(ws);
  const r = await deployCli(ws, ['--bundle', bundle, '--target', 'prod']);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(
    'Target prod of bundle fraud_model deploys to https://prod.example.cloud.databricks.com',
  );
  expect(r.stderr).toContain(`but the connection is to ${ws.host}`);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(await writes(ws)).toEqual([]);
});

test('the default dev target is in development mode: [dev user] names, paused schedules', async () => {
  const bundle = project();
  const r = await deployCli(ws, ['--bundle', bundle]);
  expect(r.code).toBe(0);
  const ids = JSON.parse(r.outputs['job-ids']) as Record<string, string>;
  const job = await getJob(ids.model_training_job);
  expect(job.settings.name).toBe('[dev local_user] dev-fraud_model-model-training-job');
  expect(job.settings.schedule?.pause_status).toBe('PAUSED');
  expect(job.settings.tags).toMatchObject({ dev: 'local_user', 'mlops.deploy.target': 'dev' });
  const plan = JSON.parse(r.outputs.plan) as { key: string; name: string }[];
  expect(plan.find((p) => p.key === 'model')?.name).toBe('dev.fraud.dev_local_user_fraud_model');
});

test('a variable given on the command line wins over the target and the default', async () => {
  const bundle = project();
  const r = await deployCli(ws, [
    '--bundle',
    bundle,
    '--target',
    'staging',
    '--variables',
    'catalog_name=sandbox',
  ]);
  expect(r.code).toBe(0);
  const ids = JSON.parse(r.outputs['job-ids']) as Record<string, string>;
  const train = (await getJob(ids.model_training_job)).settings.tasks.find(
    (t) => t.task_key === 'Train',
  );
  expect(train?.notebook_task.base_parameters.training_data_path).toBe(
    'sandbox.fraud.transactions',
  );
});

test('an unknown variable and a misspelt setting are named with file and line', async () => {
  const bundle = project();
  const file = path.join(bundle, 'resources', 'batch-inference-workflow-resource.yml');
  const original = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(
    file,
    original.replace('${var.catalog_name}.fraud.predictions', '${var.catalogue}.fraud.predictions'),
  );
  const unknown = await deployCli(ws, ['--bundle', bundle, '--target', 'staging']);
  expect(unknown.code).toBe(2);
  const line = original.split('\n').findIndex((l) => l.includes('output_table_name')) + 1;
  expect(unknown.stderr).toContain(
    `resources/batch-inference-workflow-resource.yml:${line}: unknown variable catalogue`,
  );
  fs.writeFileSync(file, original.replace('      schedule:', '      schedul:'));
  const typo = await deployCli(ws, ['--bundle', bundle, '--target', 'staging']);
  expect(typo.code).toBe(2);
  const sline = original.split('\n').findIndex((l) => l.includes('schedule:')) + 1;
  expect(typo.stderr).toContain(
    `resources/batch-inference-workflow-resource.yml:${sline}: 'schedul' is not a job setting (did you mean 'schedule'?)`,
  );
});

test('a grant removed in the workspace is restored by the next deploy, without resetting the job', async () => {
  const bundle = project();
  const first = await deployCli(ws, ['--bundle', bundle, '--target', 'staging']);
  const ids = JSON.parse(first.outputs['job-ids']) as Record<string, string>;
  await fetch(`${ws.host}/api/2.0/permissions/jobs/${ids.model_training_job}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${ws.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ access_control_list: [] }),
  });
  await clearLog(ws);
  const r = await deployCli(ws, ['--bundle', bundle, '--target', 'staging']);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.outputs.updated)).toEqual(['model_training_job']);
  expect(r.stdout + r.stderr).toContain('permissions[group_name=users]: (unset) → "CAN_VIEW"');
  expect(await writes(ws)).toEqual([`PATCH /api/2.0/permissions/jobs/${ids.model_training_job}`]);
});
