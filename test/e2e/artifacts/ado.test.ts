// upload-artifact on Azure DevOps, through the task-lib mock runner: the task issues
// `##vso[artifact.upload]` for a folder under the agent's temp directory, which the agent uploads.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  runAdoTask,
  startLocalWorkspaceProcess,
  type LocalWorkspaceProcess,
} from '../../helpers/ado-runner';
import { CODE } from '../run-job/helpers';

const JUNIT = path.join(__dirname, '../../fixtures/junit/disabled-and-mixed.xml');

let server: LocalWorkspaceProcess;
let agentTemp: string;

beforeAll(async () => {
  server = await startLocalWorkspaceProcess();
});
afterAll(() => server.stop());
beforeEach(() => {
  agentTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'ado-agent-temp-'));
});
afterEach(() => fs.rmSync(agentTemp, { recursive: true, force: true }));

const variables = () => ({
  'Build.BuildId': '20317',
  'System.JobAttempt': '1',
  'System.JobId': 'job-1',
  'System.TaskInstanceId': 'task-1',
  'System.CollectionUri': 'https://dev.azure.com/acme/',
  'System.TeamProject': 'ml',
  'Agent.TempDirectory': agentTemp,
});

/** The artifact.upload commands: properties as task-lib escaped them, and the folder. */
function uploads(stdout: string): Array<{ properties: string; folder: string }> {
  return [...stdout.matchAll(/^##vso\[artifact\.upload ([^\]]*)\](.*)$/gm)].map((m) => ({
    properties: m[1],
    folder: m[2],
  }));
}

function filesIn(folder: string): string[] {
  return (fs.readdirSync(folder, { recursive: true }) as string[])
    .filter((f) => fs.statSync(path.join(folder, f)).isFile())
    .sort();
}

test("run-job uploads the report and the failed task's log as a build artifact", async () => {
  const run = await runAdoTask('run-job', {
    inputs: {
      databricksConnection: 'dbx',
      notebookPath: 'fail',
      gitSource: 'none',
      upload: CODE,
      uploadArtifact: 'true',
      artifactName: 'integration-logs',
    },
    endpoints: {
      dbx: { url: server.host, scheme: 'Token', parameters: { apitoken: server.token } },
    },
    variables: variables(),
  });
  expect(run.result).toBe('Failed');
  const [upload, ...more] = uploads(run.stdout);
  expect(more).toEqual([]);
  expect(upload.properties).toBe('containerfolder=integration-logs;artifactname=integration-logs;');
  expect(upload.folder.startsWith(agentTemp)).toBe(true);
  expect(filesIn(upload.folder)).toEqual(['failed-tasks/fail.log', 'run-job-report.json']);
  expect(fs.readFileSync(path.join(upload.folder, 'failed-tasks/fail.log'), 'utf8')).toMatch(
    /ZeroDivisionError/,
  );
  const report = JSON.parse(
    fs.readFileSync(path.join(upload.folder, 'run-job-report.json'), 'utf8'),
  );
  expect(report.resultState).toBe('FAILED');
  expect(run.outputs.artifactUrl).toBe(
    'https://dev.azure.com/acme/ml/_build/results?buildId=20317&view=artifacts',
  );
});

test('unit-tests uploads the JSON report and the result files; a hostile name cannot add a command', async () => {
  const work = path.join(agentTemp, 'src');
  fs.mkdirSync(path.join(work, 'results'), { recursive: true });
  fs.copyFileSync(JUNIT, path.join(work, 'results', 'junit.xml'));
  const name = 'x;y]##vso[task.setvariable variable=hijacked]1';
  const run = await runAdoTask('unit-tests', {
    inputs: {
      results: 'results/*.xml',
      workingDirectory: work,
      failOn: 'nothing',
      uploadArtifact: 'true',
      artifactName: name,
    },
    variables: { ...variables(), 'Build.SourcesDirectory': work },
  });
  // One test errored and fail-on is `nothing`: the result is the tests', the artifact changes nothing.
  expect(run.result).toBe('SucceededWithIssues');
  const [upload, ...more] = uploads(run.stdout);
  expect(more).toEqual([]);
  // task-lib escapes `;` and `]` in properties: the name cannot end the command early.
  expect(upload.properties).toBe(
    'containerfolder=x%3By%5D##vso[task.setvariable variable=hijacked%5D1;artifactname=x%3By%5D##vso[task.setvariable variable=hijacked%5D1;',
  );
  expect(run.stdout).not.toMatch(/^##vso\[task\.setvariable variable=hijacked/m);
  expect(filesIn(upload.folder)).toEqual(['results/junit.xml', 'unit-tests-report.json']);
  expect(run.outputs.artifactUrl).toContain('&view=artifacts');
});
