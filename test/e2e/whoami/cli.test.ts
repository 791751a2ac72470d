// The committed CLI bundle, run as a user would run it.
import { spawnSync } from 'child_process';
import * as path from 'path';
import { runCliBundle } from '../../helpers/cli-bundle';
import { ROOT } from '../../helpers/github-runner';
import { scimRoute, startFakeServer, type FakeServer } from '../../helpers/fake-server';

const TOKEN = 'dapi-cli-sentinel-4567';
let server: FakeServer;
beforeAll(async () => {
  server = await startFakeServer(scimRoute(TOKEN, 'me@example.com'));
});
afterAll(() => server.close());

const cli = (args: string[], env: Record<string, string> = {}) =>
  runCliBundle(args, { PATH: process.env.PATH ?? '', ...env });

test('--help lists the capabilities without a build step', () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), '--help'], {
    encoding: 'utf8',
  });
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/^\s+whoami\s+Checks the Databricks connection/m);
  expect(r.stdout).toMatch(/^\s+local\s+/m);
});

test('--version prints the package version', async () => {
  const r = await cli(['--version']);
  expect(r.stdout.trim()).toBe(require('../../../package.json').version);
});

test('<command> --help lists the inputs from the manifest', async () => {
  const r = await cli(['whoami', '--help']);
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('--databricks-host');
  expect(r.stdout).toContain('env: DATABRICKS_MLOPS_DATABRICKS_TOKEN, DATABRICKS_TOKEN');
  expect(r.stdout).not.toContain('--databricks-connection');
});

test('whoami --json prints all outputs as one JSON object', async () => {
  const r = await cli(['whoami', '--databricks-host', server.url, '--json'], {
    DATABRICKS_TOKEN: TOKEN,
  });
  expect(r.status).toBe(0);
  expect(JSON.parse(r.stdout)).toEqual({
    'user-name': 'me@example.com',
    'user-id': '4242',
    host: server.url,
  });
  expect(r.stderr).toContain('Connected to');
  expect(r.stderr + r.stdout).not.toContain(TOKEN);
});

test('a missing input exits 2 with one line naming the --flag', async () => {
  const r = await cli(['whoami', '--databricks-token', TOKEN]);
  expect(r.status).toBe(2);
  expect(r.stderr.trim()).toBe(
    'error: Input --databricks-host is not set. Set it to your workspace URL, e.g. https://adb-1234567890123456.7.azuredatabricks.net, or set DATABRICKS_HOST.',
  );
});

test('an unknown flag exits 2 and suggests the closest input', async () => {
  const r = await cli(['whoami', '--databricks-hots', 'x']);
  expect(r.status).toBe(2);
  expect(r.stderr).toContain(
    'Unknown option --databricks-hots for whoami. Did you mean --databricks-host?',
  );
});

test('an unknown command exits 2', async () => {
  const r = await cli(['whoamii']);
  expect(r.status).toBe(2);
  expect(r.stderr).toContain("Unknown command 'whoamii'. Did you mean 'whoami'?");
});

test('rejected credentials exit 2 (a user error) without a stack trace', async () => {
  const r = await cli([
    'whoami',
    '--databricks-host',
    server.url,
    '--databricks-token',
    'dapi-bad-token-1',
  ]);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/^error: .*401/m);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).not.toContain('dapi-bad-token-1');
});
