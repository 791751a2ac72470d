// deploy-jobs through its committed bundle, as the GitHub runner runs it, on a local workspace: an
// MLOps Stacks bundle to staging, a no-op redeploy (no write in the request log), a dry-run plan
// of an edit, and a host mismatch refused.
import * as fs from 'fs';
import * as path from 'path';
import { runAction } from '../../helpers/github-runner';
import { startLocalWorkspace, type LocalWorkspace } from '../../../local-workspace';
import { clearLog, copyProject, writes } from '../../unit/deploy-jobs/helpers';

const MAIN = 'dist/actions/deploy-jobs/main.js';
let ws: LocalWorkspace;
let root: string;

beforeAll(async () => {
  ws = await startLocalWorkspace({ port: 0 });
  root = copyProject({ staging: ws.host });
});
afterAll(async () => {
  await ws.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const env = {
  GITHUB_REPOSITORY: 'acme/fraud',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_SHA: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_EVENT_NAME: 'push',
};

function deploy(inputs: Record<string, string>) {
  return runAction(MAIN, {
    inputs: {
      'databricks-host': ws.host,
      'databricks-token': ws.token,
      bundle: path.join(root, 'fraud_model'),
      ...inputs,
    },
    env,
  });
}

test('deploy to staging, redeploy without a write, plan an edit, refuse the prod host', async () => {
  const first = await deploy({ target: 'staging' });
  expect(first.stderr).toBe('');
  expect(first.code).toBe(0);
  expect(JSON.parse(first.outputs.created)).toHaveLength(4);
  const ids = JSON.parse(first.outputs['job-ids']) as Record<string, string>;
  expect(first.summary).toContain('### ✅ Deployed: fraud\\_model → staging');
  expect(first.summary).toContain(`(${ws.host}/jobs/${ids.model_training_job})`);
  expect(first.stdout).toContain('resources.quality_monitors.predictions_monitor is not deployed');
  // ${bundle.git.*} come from the workflow run.
  const job = await (
    await fetch(`${ws.host}/api/2.2/jobs/get?job_id=${ids.model_training_job}`, {
      headers: { authorization: `Bearer ${ws.token}` },
    })
  ).json();
  const train = job.settings.tasks.find((t: { task_key: string }) => t.task_key === 'Train');
  expect(train.notebook_task.base_parameters.git_source_info).toBe(
    'url:https://github.com/acme/fraud; branch:main; commit:a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
  );

  await clearLog(ws);
  const again = await deploy({ target: 'staging' });
  expect(again.code).toBe(0);
  expect(JSON.parse(again.outputs.unchanged)).toHaveLength(4);
  expect(await writes(ws)).toEqual([]);

  const file = path.join(root, 'fraud_model', 'resources', 'batch-inference-workflow-resource.yml');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('0 0 11 * * ?', '0 30 11 * * ?'));
  const dry = await deploy({ target: 'staging', 'dry-run': 'true' });
  expect(dry.code).toBe(0);
  expect(JSON.parse(dry.outputs.updated)).toEqual(['batch_inference_job']);
  expect(dry.stdout).toContain('schedule.quartz_cron_expression: "0 0 11 * * ?" → "0 30 11 * * ?"');
  expect(dry.summary).toContain('Deploy plan (dry run, nothing written)');
  expect(await writes(ws)).toEqual([]);

  const wrong = await deploy({ target: 'prod' });
  expect(wrong.code).toBe(1);
  expect(wrong.stdout + wrong.stderr).toMatch(
    /::error::Target prod of bundle fraud_model deploys to https:\/\/prod\.example\.cloud\.databricks\.com/,
  );
  expect(await writes(ws)).toEqual([]);
});
