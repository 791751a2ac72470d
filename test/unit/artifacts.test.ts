import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  artifactNameProblem,
  artifactSummaryLine,
  defaultArtifactName,
  readArtifactName,
  stageArtifact,
} from '../../shared/artifacts';
import { InputError } from '../../shared/errors';

test('names GitHub refuses are refused up front, naming the input and the characters', () => {
  expect(artifactNameProblem('unit-tests-py3.12')).toBeUndefined();
  expect(artifactNameProblem('logs/run:1')).toBe('contains ":", "/", which artifact names may not');
  expect(artifactNameProblem('  ')).toBe('is empty');
  expect(artifactNameProblem('a'.repeat(257))).toBe('is longer than 256 characters');
  expect(() => readArtifactName('a\nb')).toThrow(InputError);
  expect(readArtifactName(undefined)).toBeUndefined();
});

test('the default name is per step, per report key, and per attempt on a re-run', () => {
  const ci = { provider: 'github' as const, job: 'tests', step: '__run_2', attempt: '1' };
  expect(defaultArtifactName(ci, 'unit-tests')).toBe('unit-tests-tests-__run_2');
  expect(defaultArtifactName(ci, 'unit-tests', 'py 3.12/linux')).toBe('unit-tests-py_3.12_linux');
  expect(defaultArtifactName({ ...ci, attempt: '2' }, 'run-job')).toBe(
    'run-job-tests-__run_2-attempt-2',
  );
  expect(artifactNameProblem(defaultArtifactName({ ...ci, step: 'a:b/c' }, 'x'))).toBeUndefined();
});

test('staging writes text redacted, copies files, keeps clashing names apart and skips missing ones', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stage-'));
  try {
    const src = path.join(tmp, 'junit.xml');
    fs.writeFileSync(src, '<testsuite/>');
    const { folder, files } = stageArtifact(
      tmp,
      {
        name: 'logs',
        files: [
          { name: 'failed-tasks/a:b.log', content: 'token s3cret here' },
          { name: 'failed-tasks/a_b.log', content: 'second' },
          { name: 'results/junit.xml', source: src },
          { name: 'results/gone.xml', source: path.join(tmp, 'missing.xml') },
        ],
      },
      (t) => t.replace('s3cret', '***'),
    );
    expect(files.map((f) => path.relative(folder, f))).toEqual([
      'failed-tasks/a_b.log',
      'failed-tasks/a_b-2.log',
      'results/junit.xml',
    ]);
    expect(fs.readFileSync(files[0], 'utf8')).toBe('token *** here');
    expect(fs.readFileSync(files[2], 'utf8')).toBe('<testsuite/>');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test('the summary line links an http(s) URL and shows a folder as code; names are escaped', () => {
  expect(
    artifactSummaryLine({ action: 'uploaded', name: 'a_b', url: 'https://x.test/artifacts/1' }),
  ).toBe('\n📦 Artifact: [a\\_b](https://x.test/artifacts/1)\n');
  expect(artifactSummaryLine({ action: 'uploaded', name: 'logs', url: '/tmp/kept/logs' })).toBe(
    '\n📦 Artifact: logs in `/tmp/kept/logs`\n',
  );
  expect(artifactSummaryLine({ action: 'skipped', name: 'logs', reason: 'refused' })).toBe('');
});
