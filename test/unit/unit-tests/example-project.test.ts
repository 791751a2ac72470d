import { execFileSync } from 'child_process';
import { cpSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { unitTests } from '../../../shared/capabilities/unit-tests';
import { manifest } from '../../../shared/capabilities/unit-tests/manifest';
import type { CapabilityResult } from '../../../shared/capability';
import { fakeContext } from './context';

const EXAMPLE = path.join(__dirname, '..', '..', '..', 'examples', 'ml-project');

function hasPython(): boolean {
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const describeWithPython = hasPython() && process.platform !== 'win32' ? describe : describe.skip;

describeWithPython('the example ML project through unit-tests', () => {
  let ws: string;
  beforeEach(() => {
    ws = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'example-')));
    cpSync(EXAMPLE, path.join(ws, 'examples', 'ml-project'), {
      recursive: true,
      filter: (src) => !src.includes('__pycache__') && !src.includes('test-results'),
    });
  });
  afterEach(() => rmSync(ws, { recursive: true, force: true }));

  const run = async () => {
    const ctx = fakeContext(
      manifest,
      {
        command: 'python3 run_tests.py --junit-xml test-results/junit.xml',
        'working-directory': 'examples/ml-project',
        results: 'test-results/*.xml',
        env: 'PYTHONDONTWRITEBYTECODE=1',
      },
      { workspaceDir: ws, tempDir: ws },
    );
    const result = (await unitTests.main(ctx)) as CapabilityResult;
    return { ctx, result };
  };

  it('passes: every test counted', async () => {
    const { ctx, result } = await run();
    expect(result).toEqual({ outcome: 'succeeded' });
    expect(ctx.outputValues).toMatchObject({ total: 25, passed: 25, failed: 0, errored: 0 });
  });

  it('a broken test fails the step with an annotation on the failing line', async () => {
    writeFileSync(
      path.join(ws, 'examples', 'ml-project', 'tests', 'test_broken.py'),
      [
        'import unittest',
        'from mlproject.model import accuracy',
        '',
        '',
        'class BrokenTest(unittest.TestCase):',
        '    def test_accuracy_regressed(self):',
        '        self.assertGreaterEqual(accuracy([1, 0], [0, 0]), 0.9)',
        '',
        '    def test_crashes(self):',
        '        raise KeyError("feature missing")',
        '',
      ].join('\n'),
    );
    const { ctx, result } = await run();
    expect(result).toEqual({ outcome: 'failed', message: '1 test failed, 1 test errored' });
    expect(ctx.outputValues).toMatchObject({ total: 27, passed: 25, failed: 1, errored: 1 });
    const errors = ctx.lines.filter((l) => l.level === 'error');
    expect(errors.map((e) => e.location)).toEqual([
      {
        file: 'examples/ml-project/tests/test_broken.py',
        line: 7,
        title: 'Failed: tests.test_broken.BrokenTest › test_accuracy_regressed',
      },
      {
        file: 'examples/ml-project/tests/test_broken.py',
        line: 10,
        title: 'Error in tests.test_broken.BrokenTest › test_crashes',
      },
    ]);
    expect(errors[0].message).toContain('0.5 not greater than or equal to 0.9');
    expect(ctx.summaryText()).toContain('`examples/ml-project/tests/test_broken.py:7`');
  });
});
