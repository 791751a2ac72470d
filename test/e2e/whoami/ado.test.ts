// The ADO task's source through the task-lib mock runner, against a fake workspace process.
import * as path from 'path';
import { ROOT } from '../../helpers/github-runner';
import { runAdoTask, startServerProcess } from '../../helpers/ado-runner';

const TOKEN = 'dapi-ado-sentinel-7777';
let server: Awaited<ReturnType<typeof startServerProcess>>;
beforeAll(async () => {
  server = await startServerProcess(path.join(ROOT, 'test/helpers/scim-server.js'), [TOKEN]);
});
afterAll(() => server.stop());

test('whoami through a service connection sets output variables and succeeds', async () => {
  const run = await runAdoTask('whoami', {
    inputs: { databricksConnection: 'conn1' },
    endpoints: { conn1: { url: server.url, scheme: 'Token', parameters: { apitoken: TOKEN } } },
  });
  expect(run.outputs.userName).toBe('ado-bot@example.com');
  expect(run.outputs.userId).toBe('4242');
  expect(run.result).toBe('Succeeded');
  expect(run.stdout).toMatch(/##vso\[task\.uploadsummary\]/);
  // Registered with the agent's masking, and never printed otherwise.
  expect(run.stdout).toContain(`##vso[task.setsecret]${TOKEN}`);
  const printed = run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('##vso[task.setsecret]') && !l.startsWith('##vso[task.debug]'));
  expect(printed.join('\n')).not.toContain(TOKEN);
});

test('explicit inputs work without a service connection', async () => {
  const run = await runAdoTask('whoami', {
    inputs: { databricksHost: server.url, databricksToken: TOKEN },
  });
  expect(run.outputs.userName).toBe('ado-bot@example.com');
  expect(run.result).toBe('Succeeded');
});

test('a missing host fails with one line naming the ADO input', async () => {
  const run = await runAdoTask('whoami', { inputs: { databricksToken: TOKEN } });
  expect(run.result).toBe('Failed');
  expect(run.stdout).toContain(
    "##vso[task.complete result=Failed;]Input 'databricksHost' is not set. Set it to your workspace URL, e.g. https://adb-1234567890123456.7.azuredatabricks.net, or set DATABRICKS_HOST.",
  );
  // Outputs are declared even on failure.
  expect(run.outputs).toEqual({ userName: '', userId: '', host: '' });
});

test('missing credentials are explained with the ADO input names', async () => {
  const run = await runAdoTask('whoami', { inputs: { databricksHost: server.url } });
  expect(run.result).toBe('Failed');
  const complete = run.stdout.split('\n').find((l) => l.startsWith('##vso[task.complete'))!;
  expect(complete).toContain("'databricksToken' (DATABRICKS_TOKEN)");
  expect(complete).toContain("'clientId'");
  expect(complete).not.toContain("'databricks-token'");
});
