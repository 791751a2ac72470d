import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
} from 'fs';
import os from 'os';
import path from 'path';
import { unitTests } from '../../../shared/capabilities/unit-tests';
import { manifest } from '../../../shared/capabilities/unit-tests/manifest';
import type { CapabilityContext, CapabilityResult } from '../../../shared/capability';
import { InputError } from '../../../shared/errors';
import { fakeContext } from './context';

const FIX = path.join(__dirname, '..', '..', 'fixtures', 'junit');
const main = async (ctx: CapabilityContext<typeof manifest>) =>
  (await unitTests.main(ctx)) as CapabilityResult;
const posix = process.platform !== 'win32';
const itPosix = posix ? it : it.skip;

describe('unit-tests capability', () => {
  let ws: string;
  let tmp: string;
  beforeEach(() => {
    ws = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'ut-ws-')));
    tmp = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'ut-tmp-')));
    mkdirSync(path.join(ws, 'ml', 'tests'), { recursive: true });
  });
  afterEach(() => {
    rmSync(ws, { recursive: true, force: true });
    rmSync(tmp, { recursive: true, force: true });
  });

  const ctxFor = (inputs: Record<string, string>, extra: Parameters<typeof fakeContext>[2] = {}) =>
    fakeContext(manifest, inputs, { workspaceDir: ws, tempDir: tmp, ...extra });

  itPosix(
    'runs the command, reads its results, and fails with outputs, summary, annotations and the Tests tab all written',
    async () => {
      const fixture = path.join(FIX, 'unittest-xml-reporting.xml');
      const ctx = ctxFor({
        command: `mkdir -p out && cp '${fixture}' out/junit.xml && echo "ran with $SEED" && exit 1`,
        'working-directory': 'ml',
        env: 'SEED=42',
        results: 'out/*.xml',
      });
      const result = await main(ctx);
      expect(result).toEqual({ outcome: 'failed', message: '1 test failed, 1 test errored' });
      expect(ctx.outputValues).toMatchObject({
        total: 5,
        passed: 2,
        failed: 1,
        errored: 1,
        skipped: 1,
        'duration-seconds': 0.004,
      });
      expect(ctx.outputValues['coverage-line-rate']).toBeUndefined();
      expect(ctx.lines).toContainEqual({ level: 'info', message: 'ran with 42' });

      const json = JSON.parse(readFileSync(ctx.outputValues['report-json'] as string, 'utf8'));
      expect(json.counts.total).toBe(5);
      expect(json.cases.find((c: { name: string }) => c.name === 'test_accuracy')).toMatchObject({
        status: 'failed',
        line: 25,
        message: '0.5 not greater than or equal to 0.9',
      });
      expect(path.dirname(ctx.outputValues['report-json'] as string)).toBe(
        path.join(tmp, 'databricks-mlops'),
      );

      expect(ctx.summaryText()).toContain(
        '### ❌ Unit tests: 2 passed, 1 failed, 1 errored, 1 skipped',
      );
      expect(ctx.summaryText()).toContain('**Failed:** 1 test failed, 1 test errored');
      expect(ctx.published).toEqual([
        { files: [path.join(ws, 'ml', 'out', 'junit.xml')], title: 'Unit tests' },
      ]);
      const errors = ctx.lines.filter((l) => l.level === 'error');
      expect(errors).toHaveLength(2);
      // The traceback's absolute path from the CI machine maps back to the file under the workspace, if it exists there.
      expect(errors[0].location).toMatchObject({
        line: 25,
        title: 'Failed: tests.test_model.TestLogistic › test_accuracy',
      });
    },
  );

  it('collects existing results without a command; fail-on nothing leaves the step green with issues', async () => {
    copyFileSync(path.join(FIX, 'go-junit-report.xml'), path.join(ws, 'report.xml'));
    const ctx = ctxFor({ results: '*.xml', 'fail-on': 'nothing' });
    const result = await main(ctx);
    expect(result).toMatchObject({ outcome: 'succeededWithIssues' });
    expect(ctx.outputValues.total).toBe(5);
    expect(ctx.summaryText()).toContain(
      '### ⚠️ Unit tests: 2 passed, 1 failed, 1 errored, 1 skipped',
    );
  });

  it('fail-on errors ignores plain failures', async () => {
    copyFileSync(path.join(FIX, 'jest-junit.xml'), path.join(ws, 'report.xml'));
    const result = await main(ctxFor({ results: 'report.xml', 'fail-on': 'errors' }));
    expect(result.outcome).toBe('succeededWithIssues');
  });

  it('passes when every test passes, reading the reports in place', async () => {
    const ctx = ctxFor({ 'working-directory': FIX, results: 'phpunit-nested.xml' });
    expect(await main(ctx)).toEqual({ outcome: 'succeeded' });
    expect(ctx.outputValues).toMatchObject({ total: 3, passed: 3 });
    expect(ctx.lines.filter((l) => l.level === 'error' || l.level === 'warning')).toEqual([]);
    expect(ctx.summaryText()).toContain('### ✅ Unit tests: 3 passed');
  });

  it('fail-on-empty: nothing matched fails, with every output still set', async () => {
    const ctx = ctxFor({ results: 'nothing/**/*.xml' });
    const result = await main(ctx);
    expect(result).toEqual({
      outcome: 'failed',
      message: "No test results matched 'nothing/**/*.xml' ('fail-on-empty')",
    });
    expect(ctx.outputValues).toMatchObject({
      total: 0,
      passed: 0,
      failed: 0,
      errored: 0,
      skipped: 0,
    });
    expect(existsSync(ctx.outputValues['report-json'] as string)).toBe(true);
    expect(ctx.lines).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringContaining("No test result file matched 'nothing/**/*.xml'"),
      }),
    );
    expect(ctx.published).toEqual([]);
  });

  it('unreadable files are named in a warning and the readable ones still count', async () => {
    copyFileSync(path.join(FIX, 'truncated.xml'), path.join(ws, 'a.xml'));
    copyFileSync(path.join(FIX, 'dotnet-junit-logger.xml'), path.join(ws, 'b.xml'));
    const ctx = ctxFor({ results: '*.xml' });
    const result = await main(ctx);
    expect(ctx.outputValues.total).toBe(4);
    expect(ctx.lines).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringMatching(/Test results not read: .*a\.xml: not well-formed XML/),
      }),
    );
    expect(result).toEqual({ outcome: 'failed', message: '1 test failed' });
  });

  itPosix('a timeout fails the step and still writes outputs and the summary', async () => {
    const fixture = path.join(FIX, 'jest-junit.xml');
    const ctx = ctxFor({
      command: `cp '${fixture}' r.xml; sleep 30`,
      results: 'r.xml',
      timeout: '1',
      'fail-on': 'nothing',
      'fail-on-exit-code': 'false',
    });
    const result = await main(ctx);
    expect(result).toEqual({ outcome: 'failed', message: 'The test command timed out after 1 s' });
    expect(ctx.outputValues.total).toBe(3);
    expect(ctx.summaryText()).toContain('timed out after');
  });

  itPosix(
    'fail-on-exit-code: a crash after writing green results fails, unless turned off',
    async () => {
      const fixture = path.join(FIX, 'odd-times.xml');
      const inputs = {
        command: `sed 's#<failure.*</failure>##' '${fixture}' > r.xml; exit 2`,
        results: 'r.xml',
      };
      expect(await main(ctxFor(inputs))).toEqual({
        outcome: 'failed',
        message: "The test command exited with code 2 ('fail-on-exit-code')",
      });
      expect(await main(ctxFor({ ...inputs, 'fail-on-exit-code': 'false' }))).toEqual({
        outcome: 'succeeded',
      });
    },
  );

  it('coverage: rates as outputs, min-coverage gate', async () => {
    copyFileSync(path.join(FIX, 'dotnet-junit-logger.xml'), path.join(ws, 'r.xml'));
    copyFileSync(path.join(FIX, 'coverage-cobertura.xml'), path.join(ws, 'coverage.xml'));
    const ctx = ctxFor({
      results: 'r.xml',
      'fail-on': 'nothing',
      coverage: 'coverage.xml',
      'min-coverage': '90',
    });
    const result = await main(ctx);
    expect(result).toEqual({
      outcome: 'failed',
      message: "Line coverage 85.0% is below the minimum of 90% ('min-coverage')",
    });
    expect(ctx.outputValues['coverage-line-rate']).toBe(0.85);
    expect(ctx.outputValues['coverage-branch-rate']).toBe(0.6);
    expect(ctx.summaryText()).toContain(
      'Coverage: lines 85.0%, branches 60.0% — below the minimum of 90% ❌.',
    );
  });

  it('input mistakes are InputErrors naming the input', async () => {
    await expect(
      main(ctxFor({ results: 'x.xml', 'working-directory': 'missing' })),
    ).rejects.toThrow(InputError);
    await expect(main(ctxFor({ results: 'x.xml', 'min-coverage': '80' }))).rejects.toThrow(
      /min-coverage/,
    );
    await expect(main(ctxFor({ results: 'x.xml', 'fail-on': 'sometimes' }))).rejects.toThrow(
      /fail-on/,
    );
    await expect(main(ctxFor({ results: 'x.xml', 'max-annotations': '51' }))).rejects.toThrow(
      /max-annotations/,
    );
  });

  it('pr-comment without a PR or token warns and never fails the step', async () => {
    copyFileSync(path.join(FIX, 'dotnet-junit-logger.xml'), path.join(ws, 'r.xml'));
    const ctx = ctxFor(
      { results: 'r.xml', 'fail-on': 'nothing', 'pr-comment': 'true', 'github-token': '' },
      { ci: { repository: 'o/r', pullRequest: 3 } },
    );
    expect((await main(ctx)).outcome).toBe('succeededWithIssues');
    expect(ctx.lines).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringContaining('PR report not written: no token'),
      }),
    );
  });
});
