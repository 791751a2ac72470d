// The packaged RunDatabricksJob task, run as the agent runs it. Cancellation: the agent sends SIGINT
// to the task's process, and the post-job step runs afterwards with the task variables the main
// step set; the Databricks run must end cancelled and the uploaded folder must be gone. File
// pickers: the agent passes an empty one as the repository root.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startLocalWorkspace, type LocalWorkspace } from '../../../local-workspace';
import { ROOT } from '../../helpers/github-runner';
import {
  packExtension,
  printed,
  runAsAgent,
  startAsAgent,
  type Endpoint,
  type Extension,
} from '../../helpers/ado-agent';
import { api, runState, type Api } from '../run-job/helpers';

const CODE = path.join(ROOT, 'test/fixtures/run-job/code');
const ID = '6c3b0f0e-0000-4000-8000-0000000000c1';

let extension: Extension;
let taskDir: string;
let ws: LocalWorkspace;
let client: Api;
let endpoint: Endpoint;

beforeAll(async () => {
  extension = await packExtension();
  taskDir = await extension.extractTask('RunDatabricksJob');
  ws = await startLocalWorkspace({ port: 0 });
  client = api(ws.host, ws.token);
  endpoint = { id: ID, url: ws.host, scheme: 'Token', parameters: { apitoken: ws.token } };
});
afterAll(async () => {
  await ws?.close();
  extension?.remove();
});

const inputs = {
  databricksConnection: ID,
  gitSource: 'none',
  upload: CODE,
  pythonFile: 'sleep.py',
  parameters: '120',
};

test('SIGINT from the agent cancels the Databricks run; the post-job step deletes the upload', async () => {
  const started = startAsAgent(taskDir, { inputs, endpoint });
  await started.waitForOutput(/sleep: RUNNING/, 30_000);
  started.child.kill('SIGINT');
  const main = await started.done;
  expect(main.stdout).toContain('Received SIGINT: cancelling.');
  expect(main.result).toBe('Failed');
  expect(main.outputs.resultState).toBe('CANCELED');
  expect(main.outputs.errorMessage).toMatch(/cancelled/);
  expect(await runState(client, main.outputs.runId)).toBe('TERMINATED CANCELED');
  const root = main.taskVariables['upload-root'];
  expect(root).toMatch(/^\/Workspace\//);
  expect((await client.get('/api/2.0/workspace/get-status', { path: root })).status).toBe(200);

  const post = await runAsAgent(taskDir, {
    phase: 'postjobexecution',
    inputs,
    endpoint,
    taskVariables: main.taskVariables,
  });
  expect(post.result).not.toBe('Failed');
  expect(post.stdout).toContain('Deleted the uploaded folder');
  expect((await client.get('/api/2.0/workspace/get-status', { path: root })).status).toBe(404);
  for (const run of [main, post]) {
    expect(printed(run)).not.toContain(ws.token);
    expect(run.stderr).toBe('');
  }
});

test('a task process killed outright: the post-job step cancels the run it left behind', async () => {
  const started = startAsAgent(taskDir, { inputs, endpoint });
  await started.waitForOutput(/sleep: RUNNING/, 30_000);
  started.child.kill('SIGKILL');
  const main = await started.done;
  const runId = main.taskVariables['run-id'];
  expect(runId).toMatch(/^\d+$/);
  expect(await runState(client, runId)).toBe('RUNNING');

  const post = await runAsAgent(taskDir, {
    phase: 'postjobexecution',
    inputs,
    endpoint,
    taskVariables: main.taskVariables,
  });
  expect(post.stdout).toContain(`did not see run ${runId} finish`);
  expect(await runState(client, runId)).toBe('TERMINATED CANCELED');
  expect(post.stdout).toContain('Deleted the uploaded folder');
  expect(printed(post)).not.toContain(ws.token);
});

test('empty file pickers, which the agent passes as the repository root, read as not set', async () => {
  const jobDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ado-job-'));
  const run = await runAsAgent(taskDir, {
    jobDir,
    inputs: { databricksConnection: ID, jobName: 'no-such-job', runSpec: jobDir, upload: jobDir },
    endpoint,
  });
  fs.rmSync(jobDir, { recursive: true, force: true });
  expect(run.result).toBe('Failed');
  const complete = run.stdout.split('\n').find((l) => l.startsWith('##vso[task.complete'))!;
  // Only jobName counts as set: the lookup runs and finds nothing, instead of a clash of inputs.
  expect(complete).toContain('no-such-job');
  expect(complete).not.toContain("'runSpec'");
  expect(complete).not.toContain("'upload'");
});
