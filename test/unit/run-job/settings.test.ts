import { InputError } from '../../../shared/errors';
import { Inputs } from '../../../shared/inputs';
import { manifest } from '../../../shared/capabilities/run-job/manifest';
import { parseGitRef } from '../../../shared/code-source/git-source';
import { readSettings } from '../../../shared/capabilities/run-job/settings';

function inputs(values: Record<string, string>): Inputs<typeof manifest> {
  return new Inputs(manifest, (name) => values[name]);
}

function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

const ado = (name: string) => `'${manifest.inputs[name as keyof typeof manifest.inputs].ado}'`;

test('defaults: serverless, git source auto, wait with a one-hour deadline', () => {
  const s = readSettings(inputs({ 'notebook-path': 'notebooks/train' }));
  expect(s).toEqual(
    expect.objectContaining({
      target: { kind: 'notebook', path: 'notebooks/train' },
      cluster: { kind: 'serverless' },
      gitSource: 'auto',
      wait: true,
      timeoutSeconds: 3600,
      cancelOnTimeout: true,
      maxPollIntervalMs: 5_000,
      heartbeatMs: 60_000,
    }),
  );
});

test('nothing to run names the inputs the way the host writes them', () => {
  const e = errorOf(() => readSettings(inputs({})));
  expect(e.input).toBe('job-name');
  expect(e.render(ado)).toBe(
    "Input 'jobName' is not set, and nothing else says what to run. Set exactly one of 'jobId', 'jobName', 'runSpec', 'notebookPath', 'pythonFile'.",
  );
});

test('two targets are refused, naming both', () => {
  const e = errorOf(() => readSettings(inputs({ 'job-id': '12', 'run-spec': 'spec.yml' })));
  expect(e.input).toBe('run-spec');
  expect(e.message).toMatch(/^Input 'run-spec' cannot be combined with 'job-id'\./);
  expect(e.render(ado)).toMatch(/^Input 'runSpec' cannot be combined with 'jobId'\./);
});

test('parameters belong to their target', () => {
  expect(
    errorOf(() => readSettings(inputs({ 'run-spec': 'a.yml', 'job-parameters': 'a=1' }))).input,
  ).toBe('job-parameters');
  expect(errorOf(() => readSettings(inputs({ 'job-id': '1', parameters: 'a=1' }))).message).toMatch(
    /only applies to 'notebook-path' or 'python-file'/,
  );
  expect(
    errorOf(() => readSettings(inputs({ 'run-spec': 'a.yml', cluster: '0923-164208-meows279' })))
      .input,
  ).toBe('cluster');
  expect(errorOf(() => readSettings(inputs({ 'job-id': '1', upload: 'src' }))).input).toBe(
    'upload',
  );
});

test('job ids are digits, kept as strings (beyond 2^53)', () => {
  expect(readSettings(inputs({ 'job-id': '9007199254740993' })).target).toEqual({
    kind: 'job-id',
    jobId: '9007199254740993',
  });
  expect(errorOf(() => readSettings(inputs({ 'job-id': 'nightly' }))).problem).toMatch(
    /must be a job id, a whole number from 1 to 9223372036854775807, got 'nightly'/,
  );
});

test('a job id beyond int64, or zero, is refused here, not sent to the service', () => {
  expect(readSettings(inputs({ 'job-id': '9223372036854775807' })).target).toEqual({
    kind: 'job-id',
    jobId: '9223372036854775807',
  });
  for (const id of ['9223372036854775808', '99999999999999999999', '0', '000'])
    expect(errorOf(() => readSettings(inputs({ 'job-id': id }))).input).toBe('job-id');
  expect(readSettings(inputs({ 'job-id': '007' })).target).toEqual({ kind: 'job-id', jobId: '7' });
});

test('a relative workspace-dir is refused locally', () => {
  const e = errorOf(() =>
    readSettings(inputs({ 'notebook-path': 'n', 'workspace-dir': 'Shared/x' })),
  );
  expect(e.input).toBe('workspace-dir');
  expect(e.problem).toContain("'Shared/x'");
  expect(
    readSettings(inputs({ 'notebook-path': 'n', 'workspace-dir': '/Shared/x/' })).workspaceDir,
  ).toBe('/Shared/x');
});

test('upload must be an existing local folder', () => {
  const file = errorOf(() => readSettings(inputs({ 'notebook-path': 'n', upload: __filename })));
  expect(file.input).toBe('upload');
  expect(file.problem).toContain('must be a local folder');
  expect(
    errorOf(() => readSettings(inputs({ 'notebook-path': 'n', upload: 'no/such/dir' }))).input,
  ).toBe('upload');
});

test('a long value is shown cut in the error, with its length', () => {
  const long = `c${'1'.repeat(5000)}!`;
  const e = errorOf(() => readSettings(inputs({ 'notebook-path': 'n', cluster: long })));
  expect(e.problem).toContain('(5002 characters)');
  expect(e.message.length).toBeLessThan(400);
});

test('run-now parameters: key=value lines, JSON or YAML; python params as lines or a JSON array', () => {
  const s = readSettings(
    inputs({
      'job-name': 'x',
      'job-parameters': 'env=test\nsha=abc',
      'notebook-params': '{"a": 1}',
      'python-params': '["--x", "a,b"]',
    }),
  );
  expect(s.jobParameters).toEqual({ env: 'test', sha: 'abc' });
  expect(s.notebookParams).toEqual({ a: '1' });
  expect(s.pythonParams).toEqual(['--x', 'a,b']);
});

test('shorthand parameters: a mapping for notebooks, a list for python files', () => {
  expect(
    readSettings(inputs({ 'notebook-path': 'n', parameters: 'a: 1\nb: two' })).parameters,
  ).toEqual({ a: '1', b: 'two' });
  expect(
    readSettings(inputs({ 'python-file': 'f.py', parameters: '--epochs\n3' })).parameters,
  ).toEqual(['--epochs', '3']);
});

test('cluster: serverless, an id, or a new_cluster object', () => {
  expect(
    readSettings(inputs({ 'notebook-path': 'n', cluster: '0923-164208-meows279' })).cluster,
  ).toEqual({ kind: 'existing', clusterId: '0923-164208-meows279' });
  expect(
    readSettings(inputs({ 'notebook-path': 'n', cluster: '{"num_workers": 1}' })).cluster,
  ).toEqual({ kind: 'new', spec: { num_workers: 1 } });
  expect(
    errorOf(() => readSettings(inputs({ 'notebook-path': 'n', cluster: 'my cluster' }))).input,
  ).toBe('cluster');
});

test('upload turns the git source off', () => {
  expect(readSettings(inputs({ 'notebook-path': 'n', upload: __dirname })).gitSource).toBe('none');
});

test('waiting inputs are checked and converted', () => {
  const s = readSettings(
    inputs({
      'job-id': '1',
      wait: 'false',
      timeout: '0',
      'cancel-on-timeout': 'false',
      'max-poll-interval': '2.5',
      'heartbeat-interval': '0',
    }),
  );
  expect(s).toEqual(
    expect.objectContaining({
      wait: false,
      timeoutSeconds: 0,
      cancelOnTimeout: false,
      maxPollIntervalMs: 2500,
      heartbeatMs: 0,
    }),
  );
  expect(errorOf(() => readSettings(inputs({ 'job-id': '1', timeout: '-1' }))).input).toBe(
    'timeout',
  );
  expect(
    errorOf(() => readSettings(inputs({ 'job-id': '1', 'idempotency-token': 'x'.repeat(65) })))
      .problem,
  ).toMatch(/65 characters/);
});

test('git refs: a SHA, tag:, branch:', () => {
  expect(parseGitRef('abc1234')).toEqual({ kind: 'commit', value: 'abc1234' });
  expect(parseGitRef('tag:v1.2.0')).toEqual({ kind: 'tag', value: 'v1.2.0' });
  expect(parseGitRef('branch:release/1.2')).toEqual({ kind: 'branch', value: 'release/1.2' });
  expect(() => parseGitRef('main')).toThrow(InputError);
  expect(() => parseGitRef('commit:xyz')).toThrow(/hex SHA/);
});

test('git provider is checked, case-insensitively', () => {
  expect(readSettings(inputs({ 'notebook-path': 'n', 'git-provider': 'gitlab' })).gitProvider).toBe(
    'gitLab',
  );
  expect(
    errorOf(() => readSettings(inputs({ 'notebook-path': 'n', 'git-provider': 'svn' }))).input,
  ).toBe('git-provider');
});
