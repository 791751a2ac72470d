import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import {
  annotateFailures,
  resolveSourcePath,
} from '../../../shared/capabilities/unit-tests/annotations';
import type { CommandResult } from '../../../shared/capabilities/unit-tests/command';
import { coverageGate, readCoverage } from '../../../shared/capabilities/unit-tests/coverage';
import {
  emptyCounts,
  parseJUnit,
  readReports,
  type TestReport,
} from '../../../shared/capabilities/unit-tests/junit';
import { failureReasons, type PolicyInput } from '../../../shared/capabilities/unit-tests/policy';
import { renderSummary } from '../../../shared/capabilities/unit-tests/summary';
import { recordingLogger } from '../../../shared/logger';

const FIX = path.join(__dirname, '..', '..', 'fixtures', 'junit');

function reportWithFailures(n: number, traceLines = 5): TestReport {
  const cases = Array.from({ length: n }, (_, i) => {
    const trace = Array.from(
      { length: traceLines },
      (_, j) =>
        `  File "tests/test_m.py", line ${j + 1}, in test_${i}\n    frame ${j} ${'x'.repeat(60)}`,
    ).join('\n');
    return `<testcase classname="tests.test_m" name="test_${i}" time="0.1"><failure message="assert ${i} == 0">${trace}</failure></testcase>`;
  }).join('');
  const parsed = parseJUnit(
    `<testsuite name="big">${cases}<testcase classname="tests.test_m" name="ok"/></testsuite>`,
    'big.xml',
  );
  return {
    files: [parsed],
    unreadable: [],
    counts: parsed.counts,
    durationSeconds: parsed.durationSeconds,
  };
}

describe('summary', () => {
  it('totals first, then each failed test with message and trace, suites collapsed', async () => {
    const report = await readReports([
      path.join(FIX, 'pytest.xml'),
      path.join(FIX, 'unittest-xml-reporting.xml'),
    ]);
    const md = renderSummary(
      { title: 'Unit tests', report, failure: '2 tests failed, 1 test errored' },
      { maxBytes: 1024 * 1024 },
    );
    expect(md.split('\n')[0]).toBe('### ❌ Unit tests: 3 passed, 2 failed, 1 errored, 2 skipped');
    expect(md).toContain('| 8 | 3 | 2 | 1 | 2 |');
    const failedAt = md.indexOf('#### Failed tests (3)');
    const suitesAt = md.indexOf('<details><summary>Suites (2)</summary>');
    expect(failedAt).toBeGreaterThan(md.indexOf('| 8 |'));
    expect(suitesAt).toBeGreaterThan(failedAt);
    expect(md).toContain(
      '❌ **tests.test\\_features › test\\_scale\\_rejects\\_nan** · pytest · `tests/test_features.py:12`',
    );
    expect(md).toContain('```\nassert nan == 0.0\n```');
    expect(md).toContain('<details><summary>Trace</summary>');
    expect(md).toContain('💥 **tests.test\\_model.TestLogistic › test\\_load**');
  });

  it('stays under the byte limit with thousands of failures and says how many it left out', () => {
    const report = reportWithFailures(5000, 40);
    const max = 200 * 1024;
    const md = renderSummary({ title: 'Unit tests', report }, { maxBytes: max });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(max);
    const shown = (md.match(/^❌ \*\*/gm) ?? []).length;
    expect(shown).toBeGreaterThan(10);
    expect(shown).toBeLessThan(5000);
    expect(md).toContain(
      `_${5000 - shown} failed tests and 1 suites not shown: the summary is limited to 200 KiB.`,
    );
    // Nothing cut in the middle of a code block.
    expect((md.match(/^```/gm) ?? []).length % 2).toBe(0);
  });

  it('the 1 MiB GitHub limit holds for a 100k-case report with 1,200 failures', () => {
    const report = reportWithFailures(1200, 60);
    const md = renderSummary(
      { title: 'Unit tests', report },
      { maxBytes: 1024 * 1024 - 64 * 1024 },
    );
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
  });

  it('a trace with backticks cannot break out of its code block; names are escaped', () => {
    const parsed = parseJUnit(
      '<testsuite name="s"><testcase name="&lt;img src=x&gt; **bold**"><failure message="```\n# heading">x ```` y</failure></testcase></testsuite>',
      'x.xml',
    );
    const md = renderSummary(
      {
        title: 'T',
        report: { files: [parsed], unreadable: [], counts: parsed.counts, durationSeconds: 0 },
      },
      { maxBytes: 100000 },
    );
    expect(md).toContain('❌ **&lt;img src=x\\> \\*\\*bold\\*\\***');
    expect(md).toContain('`````\nx ```` y\n`````');
    expect(md).toContain('````\n```\n# heading\n````');
  });

  it('names the command outcome, coverage gate and unreadable files', () => {
    const command: CommandResult = {
      exitCode: null,
      signal: 'SIGTERM',
      timedOut: true,
      cancelled: false,
      durationSeconds: 60.2,
      tail: [],
      startedAt: 0,
    };
    const md = renderSummary(
      {
        title: 'Unit tests',
        report: {
          files: [],
          unreadable: [{ file: 'bad.xml', reason: 'is empty' }],
          counts: emptyCounts(),
          durationSeconds: 0,
        },
        command,
        coverage: { lineRate: 0.756, branchRate: 0.5, files: [] },
        minCoverage: 80,
      },
      { maxBytes: 10000 },
    );
    expect(md).toContain('### ✅ Unit tests: no tests found');
    expect(md).toContain('The test command timed out after 1 min and was stopped');
    expect(md).toContain('Coverage: lines 75.6%, branches 50.0% — below the minimum of 80% ❌.');
    expect(md).toContain('Not read: `bad.xml`: is empty');
  });
});

describe('annotations', () => {
  let ws: string;
  beforeEach(() => {
    ws = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'ws-')));
    mkdirSync(path.join(ws, 'ml', 'tests'), { recursive: true });
    mkdirSync(path.join(ws, 'svc', 'src', 'test', 'java', 'org', 'acme'), { recursive: true });
    writeFileSync(path.join(ws, 'ml', 'tests', 'test_model.py'), '');
    writeFileSync(path.join(ws, 'svc', 'src', 'test', 'java', 'org', 'acme', 'FooTest.java'), '');
  });
  afterEach(() => rmSync(ws, { recursive: true, force: true }));

  it('at most max-annotations errors, with file and line, and a warning with the number left out', () => {
    const logger = recordingLogger();
    const located: { message: string; loc?: unknown }[] = [];
    const spy = {
      ...logger,
      error: (m: string, loc?: unknown) => located.push({ message: m, loc }),
    };
    const r = annotateFailures(reportWithFailures(25), {
      max: 10,
      workspace: ws,
      workingDirectory: ws,
      logger: spy,
    });
    expect(r).toEqual({ written: 10, leftOut: 15 });
    expect(located).toHaveLength(10);
    expect(located[0].loc).toEqual({
      file: 'tests/test_m.py',
      line: 5,
      title: 'Failed: tests.test_m › test_0',
    });
    expect(located[0].message.startsWith('assert 0 == 0\n\nFile "tests/test_m.py", line 1')).toBe(
      true,
    );
    expect(logger.lines).toEqual([
      expect.stringContaining('warning: 15 more failed tests were not annotated: at most 10'),
    ]);
  });

  it('max-annotations 0 writes none but still says so', () => {
    const logger = recordingLogger();
    expect(
      annotateFailures(reportWithFailures(3), {
        max: 0,
        workspace: ws,
        workingDirectory: ws,
        logger,
      }),
    ).toEqual({ written: 0, leftOut: 3 });
    expect(logger.lines.filter((l) => l.startsWith('error'))).toHaveLength(0);
  });

  it('resolves paths from other machines, working directories and Java packages to repository paths', () => {
    const wd = path.join(ws, 'ml');
    expect(resolveSourcePath('/Users/someone/proj/ml/tests/test_model.py', ws, wd)).toBe(
      'ml/tests/test_model.py',
    );
    expect(resolveSourcePath(`${ws}/ml/tests/test_model.py`, ws, wd)).toBe(
      'ml/tests/test_model.py',
    );
    expect(resolveSourcePath('tests/test_model.py', ws, wd)).toBe('ml/tests/test_model.py');
    expect(resolveSourcePath('C:\\agent\\_work\\1\\s\\ml\\tests\\test_model.py', ws, wd)).toBe(
      'ml/tests/test_model.py',
    );
    expect(resolveSourcePath('org/acme/FooTest.java', ws, ws)).toBe(
      'svc/src/test/java/org/acme/FooTest.java',
    );
    expect(resolveSourcePath('nowhere/x.py', ws, wd)).toBe('nowhere/x.py');
  });
});

describe('coverage', () => {
  it('reads Cobertura line and branch rates', async () => {
    const c = await readCoverage([path.join(FIX, 'coverage-cobertura.xml')]);
    expect(c).toMatchObject({
      lineRate: 0.85,
      branchRate: 0.6,
      linesCovered: 170,
      linesValid: 200,
    });
    expect(coverageGate(c, 80)).toBeUndefined();
    expect(coverageGate(c, 90)).toBe(
      'line coverage 85.0% is below the minimum of 90% ({{input:min-coverage}})',
    );
  });

  it('combines several reports weighted by lines; no branches measured means no branch rate', async () => {
    const c = await readCoverage([
      path.join(FIX, 'coverage-cobertura.xml'),
      path.join(FIX, 'coverage-no-branches.xml'),
    ]);
    expect(c.lineRate).toBeCloseTo(220 / 300);
    expect(c.branchRate).toBeCloseTo(0.6);
    const none = await readCoverage([path.join(FIX, 'coverage-no-branches.xml')]);
    expect(none.branchRate).toBeUndefined();
  });

  it('a JUnit file is not coverage', async () => {
    await expect(readCoverage([path.join(FIX, 'jest-junit.xml')])).rejects.toThrow(
      /not a Cobertura report/,
    );
  });
});

describe('fail policy', () => {
  const counts = (failed: number, errored: number, total = 10) => ({
    ...emptyCounts(),
    total,
    failed,
    errored,
    passed: total - failed - errored,
  });
  const ok: CommandResult = {
    exitCode: 0,
    signal: null,
    timedOut: false,
    cancelled: false,
    durationSeconds: 1,
    tail: [],
    startedAt: 0,
  };
  const base: PolicyInput = {
    counts: counts(0, 0),
    failOn: 'failures',
    failOnExitCode: true,
    failOnEmpty: true,
    command: ok,
    filesFound: 1,
    patterns: ['r.xml'],
  };

  it('fail-on failures / errors / nothing', () => {
    expect(failureReasons({ ...base, counts: counts(2, 1) })).toEqual([
      '2 tests failed, 1 test errored',
    ]);
    expect(failureReasons({ ...base, failOn: 'errors', counts: counts(2, 0) })).toEqual([]);
    expect(failureReasons({ ...base, failOn: 'errors', counts: counts(2, 1) })).toEqual([
      '1 test errored',
    ]);
    expect(failureReasons({ ...base, failOn: 'nothing', counts: counts(2, 1) })).toEqual([]);
  });

  it('fail-on-exit-code: a non-zero exit fails unless the test failures already say why', () => {
    const crashed = { ...ok, exitCode: 4 };
    expect(failureReasons({ ...base, command: crashed })).toEqual([
      'the test command exited with code 4 ({{input:fail-on-exit-code}})',
    ]);
    expect(failureReasons({ ...base, command: crashed, failOnExitCode: false })).toEqual([]);
    expect(failureReasons({ ...base, command: crashed, counts: counts(1, 0) })).toEqual([
      '1 test failed',
    ]);
    expect(
      failureReasons({ ...base, command: crashed, counts: counts(1, 0), failOn: 'nothing' }),
    ).toEqual(['the test command exited with code 4 ({{input:fail-on-exit-code}})']);
  });

  it('fail-on-empty, timeouts and coverage', () => {
    expect(failureReasons({ ...base, counts: counts(0, 0, 0), filesFound: 0 })).toEqual([
      "no test results matched 'r.xml' ({{input:fail-on-empty}})",
    ]);
    expect(failureReasons({ ...base, counts: counts(0, 0, 0), filesFound: 2 })).toEqual([
      'the 2 result files held no test cases ({{input:fail-on-empty}})',
    ]);
    expect(failureReasons({ ...base, counts: counts(0, 0, 0), failOnEmpty: false })).toEqual([]);
    expect(
      failureReasons({
        ...base,
        command: { ...ok, exitCode: null, timedOut: true },
        timeoutSeconds: 60,
        failOnExitCode: false,
      }),
    ).toEqual(['the test command timed out after 60 s']);
    expect(
      failureReasons({
        ...base,
        coverageProblem: 'line coverage 50.0% is below the minimum of 80% ({{input:min-coverage}})',
      }),
    ).toHaveLength(1);
  });
});
