// `--databricks-host local` starts a local workspace for the command; like Databricks, it refuses
// any token it did not issue, including one the user typed for this command.
import { PassThrough } from 'stream';
import { cli } from '../../cli/cli';

async function run(args: string[], env: Record<string, string> = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d));
  stderr.on('data', (d: Buffer) => (err += d));
  const code = await cli(args, { stdout, stderr, env: { PATH: process.env.PATH, ...env } });
  return { code, stdout: out, stderr: err };
}

test('with no token given, the command uses the one the local workspace issued', async () => {
  const r = await run(['whoami', '--databricks-host', 'local'], {
    DATABRICKS_TOKEN: 'dapi-real-ws',
  });
  expect(r.stderr).not.toMatch(/error:/);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^user-name=local-user@/m);
});

test('a wrong token given for the command is refused with 401', async () => {
  const r = await run(['whoami', '--databricks-host', 'local', '--databricks-token', 'dapi-wrong']);
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(/error: .*(401|UNAUTHENTICATED|[Ii]nvalid|not valid)/);
  expect(r.stderr).not.toContain('dapi-wrong');
});
