// The RunDatabricksJob task's source through the task-lib mock runner. The mock runner blocks this
// process while the task runs, so the local workspace runs in a process of its own.
import {
  runAdoTask,
  startLocalWorkspaceProcess,
  type LocalWorkspaceProcess,
} from '../../helpers/ado-runner';
import { CODE, OUTPUTS } from './helpers';

let server: LocalWorkspaceProcess;
let host: string;
let token: string;

beforeAll(async () => {
  server = await startLocalWorkspaceProcess();
  const info = server;
  ({ host, token } = info);
});

afterAll(() => server.stop());

const ADO_OUTPUTS = [
  'artifactUrl',
  'durationSeconds',
  'errorMessage',
  'lifeCycleState',
  'notebookOutput',
  'resultState',
  'runId',
  'runUrl',
  'tasks',
];
const ci = {
  'Build.BuildId': '20317',
  'System.JobAttempt': '1',
  'System.JobId': '12f1170f-54f2-53f3-20dd-22fc7dff55f9',
  'System.TaskInstanceId': 'a1b2c3d4-0000-4000-8000-000000000001',
  'Build.Repository.Name': 'ml-project',
};

test('the ADO output names mirror the manifest', () => {
  expect(ADO_OUTPUTS).toHaveLength(OUTPUTS.length);
});

test('a notebook with sibling imports succeeds through a service connection', async () => {
  const run = await runAdoTask('run-job', {
    inputs: {
      databricksConnection: 'dbx',
      notebookPath: 'hello',
      parameters: 'name=ado',
      gitSource: 'none',
      upload: CODE,
    },
    endpoints: { dbx: { url: host, scheme: 'Token', parameters: { apitoken: token } } },
    variables: ci,
  });
  expect(run.result).toBe('Succeeded');
  expect(Object.keys(run.outputs).sort()).toEqual(ADO_OUTPUTS);
  expect(run.outputs.resultState).toBe('SUCCESS');
  expect(run.outputs.notebookOutput).toBe('HELLO ADO!');
  expect(run.outputs.runUrl).toContain(host);
  expect(run.stdout).toMatch(/##vso\[task\.uploadsummary\]/);
  expect(run.stdout).toMatch(/\[\d\d:\d\d:\d\d\] {3}hello: TERMINATED SUCCESS/);
  // The idempotency token comes from the build, attempt, job and task instance.
  expect(run.stdout).toMatch(
    /Code: uploaded \d+ files .* to \/Workspace\/Shared\/databricks-mlops-runs\/ado-20317-1-[0-9a-f]{24}/,
  );
});

test('a failing task fails the task, with every output set and the error in errorMessage', async () => {
  const run = await runAdoTask('run-job', {
    inputs: {
      databricksHost: host,
      databricksToken: token,
      notebookPath: 'fail',
      gitSource: 'none',
      upload: CODE,
    },
    variables: { ...ci, 'Build.BuildId': '20318' },
  });
  expect(run.result).toBe('Failed');
  expect(Object.keys(run.outputs).sort()).toEqual(ADO_OUTPUTS);
  expect(run.outputs.resultState).toBe('FAILED');
  expect(run.outputs.errorMessage).toMatch(/ZeroDivisionError/);
  expect(run.stdout).toMatch(
    /##vso\[task\.complete result=Failed;\]Run \d+ ended TERMINATED FAILED/,
  );
});

test('nothing to run: one line naming the ADO inputs', async () => {
  const run = await runAdoTask('run-job', {
    inputs: { databricksHost: host, databricksToken: token },
    variables: ci,
  });
  expect(run.result).toBe('Failed');
  expect(run.stdout).toContain(
    "##vso[task.complete result=Failed;]Input 'jobName' is not set, and nothing else says what to run. Set exactly one of 'jobId', 'jobName', 'runSpec', 'notebookPath', 'pythonFile'.",
  );
  expect(Object.keys(run.outputs).sort()).toEqual(ADO_OUTPUTS);
});
