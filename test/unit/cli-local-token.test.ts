// `--databricks-host local` starts a local workspace for the command; like Databricks, it refuses
// any token it did not issue, including one the user typed for this command.
import { runCli } from '../helpers/cli-run';

function run(args: string[], env: Record<string, string> = {}) {
  return runCli(args, { PATH: process.env.PATH, ...env });
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
