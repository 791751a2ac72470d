// The committed bundle, run as the GitHub runner runs it, against a loopback fake workspace.
import { runAction } from '../../helpers/github-runner';
import { scimRoute, startFakeServer, type FakeServer } from '../../helpers/fake-server';

const TOKEN = 'dapi-sentinel-token-0123456789';
let server: FakeServer;

beforeAll(async () => {
  server = await startFakeServer(scimRoute(TOKEN, 'ci-bot@example.com'));
});
afterAll(() => server.close());

// The core case, run through the per-capability action and through the root action alike.
async function whoamiCase(main: string, selector: Record<string, string>) {
  const run = await runAction(main, {
    inputs: { ...selector, 'databricks-host': server.url, 'databricks-token': TOKEN },
  });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.outputs['user-name']).toBe('ci-bot@example.com');
  expect(run.outputs['user-id']).toBe('4242');
  expect(run.outputs.host).toBe(server.url);
  expect(run.summary).toContain('ci-bot@example.com');
  expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
  expect(run.stdout.replaceAll(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
}

test('whoami writes its outputs and summary, and masks the token', () =>
  whoamiCase('dist/actions/whoami/main.js', {}));

test('the same through the root action with capability: whoami', () =>
  whoamiCase('dist/actions/root/main.js', { capability: 'whoami' }));

function errorLines(stdout: string): string[] {
  return stdout.split('\n').filter((l) => l.startsWith('::error'));
}

test('the root action names an unknown capability and lists the valid ones', async () => {
  const run = await runAction('dist/actions/root/main.js', {
    inputs: { capability: 'deploy-everything' },
  });
  expect(run.code).toBe(1);
  expect(errorLines(run.stdout)).toEqual([
    "::error::Input 'capability' has an unknown value 'deploy-everything'. Use one of: whoami, unit-tests, run-job, evaluate-model, promote-model, deploy-jobs.",
  ]);
});

test('the root action without a capability says which to set', async () => {
  const run = await runAction('dist/actions/root/main.js', {
    inputs: { 'databricks-host': server.url },
  });
  expect(run.code).toBe(1);
  expect(errorLines(run.stdout)).toEqual([
    "::error::Input 'capability' is required: set it to the capability to run. Use one of: whoami, unit-tests, run-job, evaluate-model, promote-model, deploy-jobs.",
  ]);
});

test("the root action's old selector 'command' gets a pointer to 'capability'", async () => {
  const run = await runAction('dist/actions/root/main.js', {
    inputs: { command: 'whoami', 'databricks-host': server.url, 'databricks-token': TOKEN },
  });
  expect(run.code).toBe(1);
  expect(errorLines(run.stdout)).toEqual([
    "::error::Input 'capability' is not set, and 'command' is 'whoami'. The root action selects the capability with 'capability' ('command' is unit-tests' shell command): replace `command: whoami` with `capability: whoami`.",
  ]);
  expect(run.outputs).toEqual({});
});

test('a missing host fails with one line naming the input, outputs still set', async () => {
  const run = await runAction('dist/actions/whoami/main.js', {
    inputs: { 'databricks-token': TOKEN },
  });
  expect(run.code).toBe(1);
  const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
  expect(errors).toEqual([
    "::error::Input 'databricks-host' is not set. Set it to your workspace URL, e.g. https://adb-1234567890123456.7.azuredatabricks.net, or set DATABRICKS_HOST.",
  ]);
  expect(run.stdout).not.toMatch(/\n\s+at /);
  expect(Object.keys(run.outputs).sort()).toEqual(['host', 'user-id', 'user-name']);
});

test('a rejected token is reported without echoing it', async () => {
  const run = await runAction('dist/actions/whoami/main.js', {
    inputs: { 'databricks-host': server.url, 'databricks-token': 'dapi-wrong-token-999' },
  });
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/::error::.*401/);
  expect(run.stdout.replaceAll('::add-mask::dapi-wrong-token-999', '')).not.toContain(
    'dapi-wrong-token-999',
  );
});
