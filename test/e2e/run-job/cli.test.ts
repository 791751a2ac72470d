// The committed CLI bundle: `databricks-mlops run-job`, against a local workspace it starts itself.
import { runCliBundle } from '../../helpers/cli-bundle';
import { CODE } from './helpers';

const cli = (args: string[]) => runCliBundle(args);

test('run-job --json against a throw-away local workspace: outputs on stdout, progress on stderr', async () => {
  const r = await cli([
    'run-job',
    '--databricks-host',
    'local',
    '--notebook-path',
    'hello',
    '--parameters',
    'name=cli',
    '--git-source',
    'none',
    '--upload',
    CODE,
    '--json',
  ]);
  expect(r.status).toBe(0);
  const outputs = JSON.parse(r.stdout) as Record<string, string>;
  expect(outputs['notebook-output']).toBe('HELLO CLI!');
  expect(outputs['result-state']).toBe('SUCCESS');
  expect(r.stderr).toMatch(/Run URL: http:\/\/127\.0\.0\.1:\d+\//);
  // No separate post step in a terminal: the upload is removed right after the run.
  expect(r.stderr).toContain(
    'Deleted the uploaded folder /Workspace/Shared/databricks-mlops-runs/local-',
  );
});

test('a failed run exits 1, a bad input exits 2 naming the --flag', async () => {
  const failed = await cli([
    'run-job',
    '--databricks-host',
    'local',
    '--notebook-path',
    'fail',
    '--upload',
    CODE,
  ]);
  expect(failed.status).toBe(1);
  expect(failed.stderr).toMatch(/ZeroDivisionError/);
  const bad = await cli([
    'run-job',
    '--databricks-host',
    'local',
    '--job-id',
    '1',
    '--run-spec',
    'x.yml',
  ]);
  expect(bad.status).toBe(2);
  expect(bad.stderr).toContain('error: Input --run-spec cannot be combined with --job-id.');
});
