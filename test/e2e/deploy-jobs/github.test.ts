// deploy-jobs through its committed bundle, as the GitHub runner runs it, on a local workspace: an
// MLOps Stacks bundle to staging, a no-op redeploy (no write in the request log), a dry-run plan
// of an edit, and a host mismatch refused.
import * as fs from 'fs';
import * as path from 'path';
import { runAction } from '../../helpers/github-runner';
import { startFakeServer, type FakeServer } from '../../helpers/fake-server';
import { startLocalWorkspace, type LocalWorkspace } from '../../../local-workspace';
import { clearLog, copyProject, writes } from '../../unit/deploy-jobs/helpers';

const MAIN = 'dist/actions/deploy-jobs/main.js';
let ws: LocalWorkspace;
let root: string;
let github: FakeServer;
const comments: Array<{ id: number; body: string }> = [];

beforeAll(async () => {
  ws = await startLocalWorkspace({ port: 0 });
  root = copyProject({ staging: ws.host });
  github = await startFakeServer((req) => {
    const thread = /^\/repos\/acme\/fraud\/issues\/12\/comments/;
    if (req.method === 'GET' && thread.test(req.url)) return { status: 200, body: comments };
    if (req.method === 'POST' && thread.test(req.url)) {
      const c = { id: comments.length + 1, body: (JSON.parse(req.body) as { body: string }).body };
      comments.push(c);
      return { status: 201, body: c };
    }
    const one = /^\/repos\/acme\/fraud\/issues\/comments\/(\d+)/.exec(req.url);
    if (req.method === 'PATCH' && one) {
      const c = comments[Number(one[1]) - 1];
      c.body = (JSON.parse(req.body) as { body: string }).body;
      return { status: 200, body: c };
    }
    return { status: 404, body: { message: 'Not Found' } };
  });
});
afterAll(async () => {
  await ws.close();
  await github.close();
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
  // Registering the token with the runner's masking is the one place it may appear.
  const printed = first.stdout.replaceAll(`::add-mask::${ws.token}`, '');
  expect(printed + first.stderr + first.summary + JSON.stringify(first.outputs)).not.toContain(
    ws.token,
  );
  // ${bundle.git.*} come from the workflow run.
  const job = (await (
    await fetch(`${ws.host}/api/2.2/jobs/get?job_id=${ids.model_training_job}`, {
      headers: { authorization: `Bearer ${ws.token}` },
    })
  ).json()) as {
    settings: {
      name: string;
      git_source: unknown;
      tasks: { task_key: string; notebook_task: { base_parameters: Record<string, string> } }[];
    };
  };
  const train = job.settings.tasks.find((t: { task_key: string }) => t.task_key === 'Train');
  expect(train?.notebook_task.base_parameters.git_source_info).toBe(
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

test('on a pull request the dry-run plan is one sticky comment per target, updated in place', async () => {
  const event = path.join(root, 'event.json');
  fs.writeFileSync(
    event,
    JSON.stringify({ pull_request: { number: 12, head: { sha: 'abc1234', ref: 'feature' } } }),
  );
  const prEnv = {
    ...env,
    GITHUB_EVENT_PATH: event,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_API_URL: github.url,
    GITHUB_WORKFLOW: 'deploy',
    GITHUB_JOB: 'plan',
  };
  const inputs = {
    'databricks-host': ws.host,
    'databricks-token': ws.token,
    bundle: path.join(root, 'fraud_model'),
    target: 'staging',
    'dry-run': 'true',
    'pr-comment': 'true',
    'github-token': 'ghs_sentinel_token_9',
  };
  const first = await runAction(MAIN, { inputs, env: prEnv });
  expect(first.code).toBe(0);
  const second = await runAction(MAIN, { inputs, env: prEnv });
  expect(second.code).toBe(0);
  expect(comments).toHaveLength(1);
  expect(comments[0].body).toContain('What deploying this changes: fraud\\_model → staging');
  expect(comments[0].body).toMatch(
    /\| (create|update|unchanged) \| job \| batch\\_inference\\_job \|/,
  );
  expect(second.stdout.replaceAll('::add-mask::ghs_sentinel_token_9', '')).not.toContain(
    'ghs_sentinel_token_9',
  );
});

test('a jobs folder: a failing definition among good ones fails the step, the re-run converges, prune deletes', async () => {
  const dir = fs.mkdtempSync(path.join(root, 'jobs-'));
  fs.cpSync(path.join(__dirname, '../../fixtures/deploy-jobs/jobs-folder'), dir, {
    recursive: true,
  });
  const broken = path.join(dir, 'jobs', 'broken.json');
  const brokenJob = (mcr: number) =>
    JSON.stringify({
      name: 'broken',
      max_concurrent_runs: mcr,
      tasks: [
        {
          task_key: 't',
          spark_python_task: { python_file: '../notebooks/score.py' },
          environment_key: 'd',
        },
      ],
      environments: [{ environment_key: 'd', spec: { client: '1' } }],
    });
  fs.writeFileSync(broken, brokenJob(5000));
  const run = () =>
    runAction(MAIN, {
      inputs: {
        'databricks-host': ws.host,
        'databricks-token': ws.token,
        jobs: 'jobs',
        target: 'prod',
        variables: 'env=prod',
        prune: 'true',
      },
      env,
      cwd: dir,
    });
  const first = await run();
  expect(first.code).toBe(1);
  expect(JSON.parse(first.outputs.failed)).toEqual(['broken']);
  expect(JSON.parse(first.outputs.created).sort()).toEqual(['nightly-features', 'scoring']);
  expect(first.stdout).toMatch(/::error::.*broken: create failed/);
  expect(first.summary).toContain('**1 failed**');

  fs.writeFileSync(broken, brokenJob(1));
  const second = await run();
  expect(second.code).toBe(0);
  expect(JSON.parse(second.outputs.created)).toEqual(['broken']);
  expect(JSON.parse(second.outputs.unchanged).sort()).toEqual(['nightly-features', 'scoring']);

  fs.rmSync(path.join(dir, 'jobs', 'scoring.json'));
  const third = await run();
  expect(third.code).toBe(0);
  expect(JSON.parse(third.outputs.deleted)).toEqual(['scoring']);
  const ids = JSON.parse(third.outputs['job-ids']) as Record<string, string>;
  expect(Object.keys(ids).sort()).toEqual(['broken', 'nightly-features']);
});
