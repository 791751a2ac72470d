import { mkdtempSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { writeBigJUnit } from '../../../bench/junit.bench';
import {
  decode,
  parseJUnit,
  parseJUnitFile,
  parseTime,
  readReports,
  type Counts,
  type ParsedFile,
  type TestCase,
} from '../../../shared/capabilities/unit-tests/junit';

const OURS = path.join(__dirname, '..', '..', 'fixtures', 'junit');
const ours = (f: string) => path.join(OURS, f);

type Expect = Omit<Counts, 'flaky'> & { flaky?: number };

function counts(p: ParsedFile): Expect {
  const { flaky, ...rest } = p.counts;
  return flaky ? { ...rest, flaky } : rest;
}
const cases = (p: ParsedFile): TestCase[] => p.suites.flatMap((s) => s.cases);
const byName = (p: ParsedFile, name: string) => {
  const found = cases(p).filter((c) => c.name === name);
  if (found.length === 0) throw new Error(`no case ${name}`);
  return found[0];
};

describe('JUnit reader on our own dialect fixtures', () => {
  it('go-junit-report: package suites, Go file:line, panics as errors', async () => {
    const p = await parseJUnitFile(ours('go-junit-report.xml'));
    expect(counts(p)).toEqual({ total: 5, passed: 2, failed: 1, errored: 1, skipped: 1 });
    expect(byName(p, 'TestNormalize/zero_variance').location).toEqual({
      file: 'normalize_test.go',
      line: 42,
    });
    expect(byName(p, 'Failure').location).toEqual({
      file: '/home/runner/work/mlproject/model/model.go',
      line: 88,
    });
    expect(byName(p, 'Failure').details).toContain('\tgithub.com'.slice(1));
    expect(p.suites[0].properties?.['go.version']).toBe('go1.22.4 linux/amd64');
  });

  it('gotestsum --rerun-fails: every attempt is a case; the rerun that passed is counted', async () => {
    const p = await parseJUnitFile(ours('gotestsum-rerun.xml'));
    expect(counts(p)).toEqual({ total: 4, passed: 2, failed: 1, errored: 0, skipped: 1 });
    expect(
      cases(p)
        .filter((c) => c.name === 'TestScoreEndpoint')
        .map((c) => c.status),
    ).toEqual(['failed', 'passed']);
    expect(byName(p, 'TestScoreEndpoint').location).toEqual({ file: 'serving_test.go', line: 31 });
    expect(p.durationSeconds).toBeCloseTo(1.234);
  });

  it('.NET JUnit logger: `in path:line N` frames, CRLF in messages, text skip reason', async () => {
    const p = await parseJUnitFile(ours('dotnet-junit-logger.xml'));
    expect(counts(p)).toEqual({ total: 4, passed: 2, failed: 1, errored: 0, skipped: 1 });
    const t = byName(p, 'Fit_Converges');
    expect(t.message).toBe('Assert.Equal() Failure\r\nExpected: 0.95\r\nActual:   0.81');
    expect(t.location).toEqual({
      file: '/home/runner/work/mlproject/tests/MlProject.Tests/ModelTests.cs',
      line: 27,
    });
    expect(byName(p, 'Fit_OnGpu').details).toBe('Requires CUDA');
  });

  it('unittest-xml-reporting: library frames skipped, CDATA kept raw, system-out kept for failures', async () => {
    const p = await parseJUnitFile(ours('unittest-xml-reporting.xml'));
    expect(counts(p)).toEqual({ total: 5, passed: 2, failed: 1, errored: 1, skipped: 1 });
    const t = byName(p, 'test_accuracy');
    expect(t.location).toEqual({
      file: '/home/runner/work/mlproject/tests/test_model.py',
      line: 25,
    });
    expect(t.details).toContain('0.9 <&amp>');
    expect(t.systemOut).toBe('epoch 1 loss=0.69');
    expect(byName(p, 'test_load')).toMatchObject({ status: 'errored', type: 'FileNotFoundError' });
  });

  it('jest-junit: node_modules frames skipped', async () => {
    const p = await parseJUnitFile(ours('jest-junit.xml'));
    expect(counts(p)).toEqual({ total: 3, passed: 1, failed: 1, errored: 0, skipped: 1 });
    expect(byName(p, 'features scale rejects empty input').location).toEqual({
      file: '/home/runner/work/mlproject/src/features.test.ts',
      line: 14,
    });
  });

  it('pytest: failure message, the line pytest points at, skip reason, properties', async () => {
    const p = await parseJUnitFile(ours('pytest.xml'));
    expect(counts(p)).toEqual({ total: 3, passed: 1, failed: 1, errored: 0, skipped: 1 });
    const t = byName(p, 'test_scale_rejects_nan');
    expect(t).toMatchObject({
      status: 'failed',
      message: 'assert nan == 0.0',
      classname: 'tests.test_features',
      location: { file: 'tests/test_features.py', line: 12 },
    });
    expect(t.details).toContain('>       assert scale([float("nan")]) == 0.0');
    expect(byName(p, 'test_scale_on_gpu')).toMatchObject({
      status: 'skipped',
      message: 'needs a GPU',
    });
    expect(p.suites[0].properties).toEqual({ seed: '7' });
    expect(p.durationSeconds).toBeCloseTo(0.25);
  });

  it('Surefire/Gradle reruns: flakyFailure and flakyError pass as flaky; rerunFailure after a failure fails', async () => {
    const p = await parseJUnitFile(ours('surefire-rerun.xml'));
    expect(p.counts).toEqual({
      total: 4,
      passed: 3,
      failed: 1,
      errored: 0,
      skipped: 0,
      flaky: 2,
    });
    expect(byName(p, 'scoresBatch')).toMatchObject({
      status: 'passed',
      flaky: true,
      type: 'org.opentest4j.AssertionFailedError',
    });
    expect(byName(p, 'scoresBatch').details).toContain('ScorerTest.java:41');
    expect(byName(p, 'loadsModel')).toMatchObject({ status: 'passed', flaky: true });
    // The Java frame of the test class, mapped to its package path.
    expect(byName(p, 'rejectsEmptyBatch')).toMatchObject({
      status: 'failed',
      flaky: false,
      location: { file: 'org/acme/ml/ScorerTest.java', line: 63 },
    });
  });

  it('PHPUnit nested testsuites: cases under each level, names as a path', async () => {
    const p = await parseJUnitFile(ours('phpunit-nested.xml'));
    expect(counts(p)).toEqual({ total: 3, passed: 3, failed: 0, errored: 0, skipped: 0 });
    expect(p.suites.map((s) => `${s.name}:${s.counts.total}`)).toEqual([
      'All › Tests\\Features › Tests\\Features\\ScaleTest:2',
      'All › Tests\\Features › Tests\\Features\\SplitTest:1',
    ]);
  });

  it('locations from Catch2 attributes, CUnit text and Rust panics', async () => {
    const p = await parseJUnitFile(ours('native-runners.xml'));
    expect(counts(p)).toEqual({ total: 5, passed: 2, failed: 3, errored: 0, skipped: 0 });
    expect(byName(p, 'scale keeps sign').location).toEqual({
      file: 'test/unit/scale.cpp',
      line: 31,
    });
    expect(byName(p, 'scale keeps sign').message).toBe('REQUIRE(scale(-1) < 0) expands to 0.5 < 0');
    expect(byName(p, 'loadsCsv').location).toEqual({
      file: '/work/native/tests/loader_test.c',
      line: 44,
    });
    expect(byName(p, 'normalizes').location).toEqual({ file: 'src/normalize.rs', line: 88 });
  });

  it('disabled tests are skipped even with stale failure text; failure and error in one case is errored, once', async () => {
    const p = await parseJUnitFile(ours('disabled-and-mixed.xml'));
    expect(counts(p)).toEqual({ total: 3, passed: 1, failed: 0, errored: 1, skipped: 1 });
    expect(byName(p, 'disabled with stale failure').status).toBe('skipped');
    // The error element's own file/line attributes win.
    expect(byName(p, 'failure and error')).toMatchObject({
      status: 'errored',
      type: 'TypeError',
      location: { file: 'src/teardown.ts', line: 17 },
    });
  });

  it('odd time values and escaped text', async () => {
    const p = await parseJUnitFile(ours('odd-times.xml'));
    expect(p.suites[0].name).toBe('odd "times" & names ☺');
    const t = (n: string) => byName(p, n).durationSeconds;
    expect(t('thousands')).toBe(1234.5);
    expect(t('decimal comma')).toBe(0.5);
    expect(t('empty')).toBeUndefined();
    expect(t('nan')).toBeUndefined();
    expect(t('negative')).toBeUndefined();
    const f = byName(p, 'a <b> &amp; AB');
    expect(f.message).toBe(`expected 'x' < "y"`);
    expect(f.details).toBe('raw <tag> &amp; stays raw');
    // No suite time: the sum of the readable case times.
    expect(p.durationSeconds).toBeCloseTo(1237);
    expect(p.suites[0].properties).toEqual({ seed: '42', note: 'text valued' });
  });

  it('does not expand DOCTYPE entities (billion laughs)', async () => {
    const started = Date.now();
    const p = await parseJUnitFile(ours('entity-bomb.xml'));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(p.counts.failed).toBe(1);
    expect(cases(p)[0].name).toBe('&f;');
    expect((cases(p)[0].details ?? '').length).toBeLessThan(10);
  });

  it('truncated, non-JUnit, empty and missing files are named with the reason, the rest still count', async () => {
    const r = await readReports([
      ours('truncated.xml'),
      ours('not-junit.xml'),
      ours('go-junit-report.xml'),
      ours('does-not-exist.xml'),
    ]);
    expect(r.counts.total).toBe(5);
    expect(r.unreadable.map((u) => path.basename(u.file))).toEqual([
      'truncated.xml',
      'not-junit.xml',
      'does-not-exist.xml',
    ]);
    expect(r.unreadable[0].reason).toMatch(/not well-formed XML at line \d+/);
    expect(r.unreadable[1].reason).toContain('root element is <coverage>');
    expect(r.unreadable[2].reason).toContain('ENOENT');
    expect(() => parseJUnit('   ', 'blank.xml')).toThrow(/blank.xml/);
  });

  it('a bare testsuite root and a BOM', () => {
    const p = parseJUnit(
      '\ufeff<testsuite name="s"><testcase name="a"/><testcase name="b"><skipped/></testcase></testsuite>'.slice(
        1,
      ),
      'x.xml',
    );
    expect(counts(p)).toEqual({ total: 2, passed: 1, failed: 0, errored: 0, skipped: 1 });
  });
});

describe('helpers', () => {
  it('decode handles the five entities and numeric references, once', () => {
    expect(decode('&lt;&gt;&amp;&quot;&apos;&#65;&#x263A;&amp;lt;&unknown;&#xFFFFFFF;')).toBe(
      `<>&"'A☺&lt;&unknown;&#xFFFFFFF;`,
    );
  });
  it('parseTime', () => {
    expect(parseTime('4.50611114501953e-05')).toBeCloseTo(4.506e-5);
    expect(parseTime('12,345')).toBe(12345);
    expect(parseTime('0.5s')).toBe(0.5);
    expect(parseTime('abc')).toBeUndefined();
    expect(parseTime(undefined)).toBeUndefined();
  });
});

describe('a 100k-case report', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'junit-big-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('parses with the counts it was written with', async () => {
    const file = path.join(dir, 'big.xml');
    const shape = await writeBigJUnit(file, 100_000);
    expect(shape).toEqual({
      total: 100_000,
      passed: 98_000,
      failed: 800,
      errored: 400,
      skipped: 800,
      flaky: 200,
    } as typeof shape);
    const p = await parseJUnitFile(file);
    expect(p.counts).toEqual({
      total: 100_000,
      passed: shape.passed,
      failed: shape.failed,
      errored: shape.errored,
      skipped: shape.skipped,
      flaky: shape.flaky,
    });
    expect(p.suites).toHaveLength(1000);
    const err = cases(p).find((c) => c.status === 'errored') as TestCase;
    expect(err.message).toBe('RuntimeError: boom & bust');
    expect(err.name).toBe('test_case_249[param-<4>]');
    expect(err.location).toEqual({ file: 'tests/test_module_2.py', line: 81 });
  });
});
