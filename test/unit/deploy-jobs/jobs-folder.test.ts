// deploy-jobs with a plain folder of Jobs API payloads, and with source git, through the CLI in process.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { LocalWorkspace } from '../../../local-workspace/server';
import { api, clearLog, copyProject, deployCli, writes, workspacePerTest } from './helpers';

const FOLDER = path.join(__dirname, '../../fixtures/deploy-jobs/jobs-folder');
let ws: LocalWorkspace;
const dirs = workspacePerTest((w) => (ws = w));

function repo(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-jobs-folder-'));
  dirs.push(dir);
  fs.cpSync(FOLDER, dir, { recursive: true });
  return dir;
}

interface Job {
  settings: {
    name: string;
    tags: Record<string, string>;
    git_source?: Record<string, string>;
    tasks: {
      task_key: string;
      notebook_task?: { notebook_path: string };
      spark_python_task?: { python_file: string; parameters: string[] };
    }[];
  };
}
const getJob = (id: string) => api<Job>(ws, `/api/2.2/jobs/get?job_id=${id}`);

test('a folder of job definitions deploys with the file names as keys; a bad one fails alone and a re-run converges', async () => {
  const dir = repo();
  fs.writeFileSync(
    path.join(dir, 'jobs', 'broken.yml'),
    'name: broken\nmax_concurrent_runs: 5000\ntasks:\n  - task_key: t\n    spark_python_task:\n      python_file: ../notebooks/score.py\n    environment_key: default\nenvironments:\n  - environment_key: default\n    spec:\n      client: "1"\n',
  );
  const args = [
    '--jobs',
    'jobs',
    '--target',
    'staging',
    '--deployment-name',
    'features',
    '--variables',
    'env=staging',
  ];
  const first = await deployCli(ws, args, dir);
  expect(first.code).toBe(1);
  expect(JSON.parse(first.outputs.failed)).toEqual(['broken']);
  expect(JSON.parse(first.outputs.created).sort()).toEqual(['nightly-features', 'scoring']);
  expect(first.stderr).toMatch(/broken: create failed: .*max_concurrent_runs/);
  const ids = JSON.parse(first.outputs['job-ids']) as Record<string, string>;
  const scoring = await getJob(ids.scoring);
  expect(scoring.settings.name).toBe('scoring-staging');
  expect(scoring.settings.tags).toMatchObject({
    'mlops.deploy.bundle': 'features',
    'mlops.deploy.target': 'staging',
    'mlops.deploy.key': 'scoring',
  });
  expect(scoring.settings.tasks[0].spark_python_task).toEqual({
    python_file:
      '/Workspace/Users/local-user@example.com/.bundle/features/staging/files/notebooks/score.py',
    parameters: ['--env', 'staging'],
  });
  const features = await getJob(ids['nightly-features']);
  expect(features.settings.tasks[0].notebook_task?.notebook_path).toBe(
    '/Workspace/Users/local-user@example.com/.bundle/features/staging/files/notebooks/refresh_features',
  );

  fs.writeFileSync(
    path.join(dir, 'jobs', 'broken.yml'),
    fs.readFileSync(path.join(dir, 'jobs', 'broken.yml'), 'utf8').replace('5000', '2'),
  );
  await clearLog(ws);
  const second = await deployCli(ws, args, dir);
  expect(second.code).toBe(0);
  expect(JSON.parse(second.outputs.created)).toEqual(['broken']);
  expect(JSON.parse(second.outputs.unchanged).sort()).toEqual(['nightly-features', 'scoring']);
  expect((await writes(ws)).filter((w) => w.includes('/jobs/'))).toEqual([
    'POST /api/2.2/jobs/create',
  ]);
});

test('an unknown variable in a job file names the file and line and the fix', async () => {
  const dir = repo();
  const r = await deployCli(ws, ['--jobs', 'jobs'], dir);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('jobs/nightly-features.yml:2: unknown variable env');
  expect(r.stderr).toContain('env=value');
});

test('source git points the jobs at the repository pinned to the tag, paths relative to its root, and uploads nothing', async () => {
  const root = copyProject({ staging: ws.host });
  dirs.push(root);
  execFileSync('git', ['init', '-q', root]);
  await clearLog(ws);
  const r = await deployCli(ws, [
    '--bundle',
    path.join(root, 'fraud_model'),
    '--target',
    'staging',
    '--source',
    'git',
    '--git-url',
    'https://github.com/acme/fraud',
    '--git-ref',
    'tag:v1.2.0',
    '--git-provider',
    'gitHub',
  ]);
  expect(r.stderr).not.toMatch(/error/i);
  expect(r.code).toBe(0);
  const ids = JSON.parse(r.outputs['job-ids']) as Record<string, string>;
  const job = await getJob(ids.model_training_job);
  expect(job.settings.git_source).toEqual({
    git_url: 'https://github.com/acme/fraud',
    git_provider: 'gitHub',
    git_tag: 'v1.2.0',
  });
  expect(job.settings.tasks.find((t) => t.task_key === 'Train')?.notebook_task?.notebook_path).toBe(
    'fraud_model/training/notebooks/Train',
  );
  expect((await writes(ws)).filter((w) => w.includes('/workspace/'))).toEqual([]);
});
