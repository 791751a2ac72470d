// The DeployDatabricksJobs task's source through the task-lib mock runner with a service
// connection; the local workspace runs in its own process (the mock runner blocks this one).
import * as fs from 'fs';
import * as path from 'path';
import { adoWorkspace, runAdoTask } from '../../helpers/ado-runner';
import type { LocalWorkspace } from '../../../local-workspace/server';
import { clearLog, copyProject, writes } from '../../unit/deploy-jobs/helpers';

const ado = adoWorkspace();
let ws: LocalWorkspace;
let root: string;

beforeAll(async () => {
  ws = ado.server as unknown as LocalWorkspace;
  root = copyProject({ prod: ado.server.host });
});

afterAll(async () => {
  fs.rmSync(root, { recursive: true, force: true });
});

const variables = {
  'Build.BuildId': '888',
  'System.CollectionUri': 'https://dev.azure.com/acme/',
  'System.TeamProject': 'fraud',
  'Build.SourceVersion': 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
  'Build.Repository.Uri': 'https://dev.azure.com/acme/fraud/_git/fraud',
  'Build.Repository.Provider': 'TfsGit',
};

test('deploy prod pinned to the release tag through the ADO task; the re-run writes nothing', async () => {
  const inputs = {
    databricksConnection: 'databricks-prod',
    bundle: path.join(root, 'fraud_model'),
    target: 'prod',
    source: 'git',
    gitRef: 'tag:v1.4.0',
  };
  const first = await runAdoTask('deploy-jobs', { inputs, endpoints: ado.endpoints, variables });
  expect(first.result).toBe('Succeeded');
  expect(JSON.parse(first.outputs.created)).toHaveLength(4);
  const ids = JSON.parse(first.outputs.jobIds) as Record<string, string>;
  const job = (await (
    await fetch(`${ws.host}/api/2.2/jobs/get?job_id=${ids.batch_inference_job}`, {
      headers: { authorization: `Bearer ${ws.token}` },
    })
  ).json()) as {
    settings: {
      name: string;
      git_source: unknown;
      tasks: { task_key: string; notebook_task: { base_parameters: Record<string, string> } }[];
    };
  };
  expect(job.settings.name).toBe('prod-fraud_model-batch-inference-job');
  expect(job.settings.git_source).toEqual({
    git_url: 'https://dev.azure.com/acme/fraud/_git/fraud',
    git_provider: 'azureDevOpsServices',
    git_tag: 'v1.4.0',
  });
  expect(first.stdout).toContain('##vso[task.uploadsummary]');

  await clearLog(ws);
  const again = await runAdoTask('deploy-jobs', { inputs, endpoints: ado.endpoints, variables });
  expect(again.result).toBe('Succeeded');
  expect(JSON.parse(again.outputs.unchanged)).toHaveLength(4);
  expect(await writes(ws)).toEqual([]);

  const staging = await runAdoTask('deploy-jobs', {
    inputs: { ...inputs, target: 'staging' },
    endpoints: ado.endpoints,
    variables,
  });
  expect(staging.result).toBe('Failed');
  expect(staging.stdout).toMatch(
    /Target staging of bundle fraud_model deploys to https:\/\/staging\.example\.cloud\.databricks\.com/,
  );
});
