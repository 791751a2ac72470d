import path from 'path';
import {
  parseJUnitFile,
  type Counts,
  type ParsedFile,
  type TestCase,
} from '../../shared/capabilities/unit-tests/junit';
import { corpusDir } from './corpus-dir';

const SHARED = path.join(corpusDir(), 'junit');
const shared = (f: string) => path.join(SHARED, f);

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

// Counted by hand from each file: one per <testcase> element (commented-out ones do not count).
const SHARED_COUNTS: Record<string, Expect> = {
  'dr_empty_java-junit.xml': { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0 },
  'dr_empty_jest-junit.xml': { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0 },
  'dr_external_java_TEST-org.apache.pulsar.AddMissingPatchVersionTest.xml': {
    total: 2,
    passed: 0,
    failed: 1,
    errored: 0,
    skipped: 1,
  },
  'dr_external_java_empty_failures.xml': { total: 3, passed: 2, failed: 1, errored: 0, skipped: 0 },
  'dr_external_java_junit4-basic.xml': { total: 6, passed: 5, failed: 1, errored: 0, skipped: 0 },
  'dr_external_java_junit4-complete.xml': {
    total: 8,
    passed: 5,
    failed: 1,
    errored: 1,
    skipped: 1,
  },
  'dr_external_java_pulsar-test-report.xml': {
    total: 808,
    passed: 793,
    failed: 1,
    errored: 0,
    skipped: 14,
  },
  'dr_external_jest_jest-react-component-test-results.xml': {
    total: 1,
    passed: 1,
    failed: 0,
    errored: 0,
    skipped: 0,
  },
  'dr_external_jest_jest-test-results.xml': {
    total: 4239,
    passed: 4207,
    failed: 2,
    errored: 0,
    skipped: 30,
  },
  'dr_external_phpunit_junit-basic.xml': { total: 9, passed: 8, failed: 1, errored: 0, skipped: 0 },
  'dr_external_phpunit_phpcheckstyle-phpunit.xml': {
    total: 30,
    passed: 28,
    failed: 2,
    errored: 0,
    skipped: 0,
  },
  'dr_jest-junit-eslint.xml': { total: 1, passed: 1, failed: 0, errored: 0, skipped: 0 },
  'dr_jest-junit.xml': { total: 6, passed: 1, failed: 4, errored: 0, skipped: 1 },
  'dr_junit-with-message.xml': { total: 1, passed: 0, failed: 1, errored: 0, skipped: 0 },
  'dr_phpunit_phpunit.xml': { total: 12, passed: 10, failed: 2, errored: 0, skipped: 0 },
  'dr_python-xunit-pytest.xml': { total: 10, passed: 6, failed: 2, errored: 0, skipped: 2 },
  'dr_python-xunit-unittest.xml': { total: 8, passed: 4, failed: 1, errored: 1, skipped: 2 },
  'dr_swift-xunit.xml': { total: 3, passed: 2, failed: 1, errored: 0, skipped: 0 },
  'dr_test-errors_jest_jest-test-results.xml': {
    total: 2,
    passed: 0,
    failed: 0,
    errored: 2,
    skipped: 0,
  },
  'mp_catch2_report.xml': { total: 1, passed: 0, failed: 1, errored: 0, skipped: 0 },
  'mp_container-structure_test.xml': { total: 3, passed: 3, failed: 0, errored: 0, skipped: 0 },
  'mp_cunit_testFailure.xml': { total: 4, passed: 3, failed: 1, errored: 0, skipped: 0 },
  'mp_flaky_retries_flaky_all_failures.xml': {
    total: 3,
    passed: 0,
    failed: 2,
    errored: 1,
    skipped: 0,
  },
  'mp_flaky_retries_flaky_success_first.xml': {
    total: 3,
    passed: 1,
    failed: 1,
    errored: 1,
    skipped: 0,
  },
  'mp_issues_testDisabled.xml': { total: 22, passed: 6, failed: 4, errored: 2, skipped: 10 },
  'mp_issues_testFailedDisabled.xml': { total: 1, passed: 0, failed: 0, errored: 0, skipped: 1 },
  'mp_junit-server-test_report.xml': { total: 4, passed: 2, failed: 1, errored: 0, skipped: 1 },
  'mp_junit_flaky_failure_mixed_flaky_and_passed.xml': {
    total: 3,
    passed: 3,
    failed: 0,
    errored: 0,
    skipped: 0,
    flaky: 1,
  },
  'mp_maven_surefire_flaky_surefire-report.xml': {
    total: 1,
    passed: 1,
    failed: 0,
    errored: 0,
    skipped: 0,
    flaky: 1,
  },
  'mp_mocha_mocha.xml': { total: 1, passed: 1, failed: 0, errored: 0, skipped: 0 },
  'mp_multiple_failures_test_multiple_errors.xml': {
    total: 3,
    passed: 1,
    failed: 0,
    errored: 2,
    skipped: 0,
  },
  'mp_multiple_failures_test_multiple_failures.xml': {
    total: 4,
    passed: 1,
    failed: 2,
    errored: 0,
    skipped: 1,
  },
  'mp_nested_junit.xml': { total: 5, passed: 2, failed: 3, errored: 0, skipped: 0 },
  'mp_nested_multi-level.xml': { total: 3, passed: 3, failed: 0, errored: 0, skipped: 0 },
  'mp_nextest_basic.xml': { total: 3, passed: 2, failed: 1, errored: 0, skipped: 0 },
  'mp_perl_result.xml': { total: 1, passed: 1, failed: 0, errored: 0, skipped: 0 },
  'mp_python_report.xml': { total: 3, passed: 1, failed: 2, errored: 0, skipped: 0 },
  'mp_python_report_flaky.xml': { total: 4, passed: 2, failed: 2, errored: 0, skipped: 0 },
  'mp_tests_utils_target_surefire-reports_TEST-action.surefire.report.calc.CalcUtilsTest.xml': {
    total: 2,
    passed: 0,
    failed: 2,
    errored: 0,
    skipped: 0,
  },
  'mp_xunit_report.xml': { total: 4, passed: 3, failed: 1, errored: 0, skipped: 0 },
};

describe('JUnit reader on the shared real-world reports', () => {
  it('knows every file in the shared test data', () => {
    // A new file in the corpus's junit/ folder must get hand-counted expectations here.
    const { readdirSync } = jest.requireActual<typeof import('fs')>('fs');
    expect(
      readdirSync(SHARED)
        .filter((f) => f.endsWith('.xml'))
        .sort(),
    ).toEqual(Object.keys(SHARED_COUNTS).sort());
  });

  it.each(Object.entries(SHARED_COUNTS))(
    '%s counts what a reader counts',
    async (file, expected) => {
      const parsed = await parseJUnitFile(shared(file));
      expect(counts(parsed)).toEqual(expected);
      expect(
        parsed.counts.passed + parsed.counts.failed + parsed.counts.errored + parsed.counts.skipped,
      ).toBe(parsed.counts.total);
    },
  );

  it('pytest: failure message, trace and the line pytest points at', async () => {
    const p = await parseJUnitFile(shared('dr_python-xunit-pytest.xml'));
    const t = byName(p, 'test_always_fail');
    expect(t).toMatchObject({
      status: 'failed',
      message: 'assert False',
      classname: 'tests.test_lib',
      location: { file: 'tests/test_lib.py', line: 25 },
    });
    expect(t.details).toContain('> assert False');
    expect(byName(p, 'test_always_skip')).toMatchObject({ status: 'skipped', message: 'skipped' });
    expect(p.suites[0].properties).toEqual({ custom_prop: 'custom_val' });
    expect(p.durationSeconds).toBeCloseTo(0.019);
  });

  it('unittest: the innermost user frame from the traceback; error is errored', async () => {
    const p = await parseJUnitFile(shared('dr_python-xunit-unittest.xml'));
    expect(byName(p, 'test_always_fail').location).toEqual({
      file: '/Users/foo/Projects/python-test/tests/test_lib.py',
      line: 24,
    });
    expect(byName(p, 'test_error')).toMatchObject({
      status: 'errored',
      type: 'Exception',
      message: 'error',
    });
    expect(byName(p, 'test_expected_failure').message).toContain("(<class 'AssertionError'>");
  });

  it('jest-junit: escaped names decoded, JS frame located', async () => {
    const p = await parseJUnitFile(
      shared('dr_external_jest_jest-react-component-test-results.xml'),
    );
    expect(p.suites[0].name).toBe('<Component />');
    expect(cases(p)[0].name).toBe('<Component /> should render properly');
    const j = await parseJUnitFile(shared('dr_jest-junit.xml'));
    expect(byName(j, 'Failing test').location).toEqual({
      file: 'C:\\Users\\Michal\\Workspace\\dorny\\test-check\\reports\\jest\\__tests__\\main.test.js',
      line: 10,
    });
    expect(byName(j, 'Failing test').details).toContain('at Object.<anonymous>');
  });

  it('TestNG/Surefire: Java frame of the test class mapped to a package path; CDATA trace kept raw', async () => {
    const p = await parseJUnitFile(
      shared('dr_external_java_TEST-org.apache.pulsar.AddMissingPatchVersionTest.xml'),
    );
    const failed = cases(p).find((c) => c.status === 'failed') as TestCase;
    expect(failed.location).toEqual({
      file: 'org/apache/pulsar/AddMissingPatchVersionTest.java',
      line: 29,
    });
    expect(
      failed.details?.startsWith('java.lang.AssertionError: expected [1.2.1] but found [1.2.0]'),
    ).toBe(true);
    const kt = await parseJUnitFile(
      shared(
        'mp_tests_utils_target_surefire-reports_TEST-action.surefire.report.calc.CalcUtilsTest.xml',
      ),
    );
    expect(byName(kt, 'test error handling').location).toEqual({
      file: 'action/surefire/report/calc/CalcUtilsTest.kt',
      line: 27,
    });
    expect(byName(kt, 'test error handling').message).toContain(
      'expected:<java.lang.IllegalStateException>',
    );
  });

  it('Surefire flakyFailure: passed and flaky, with the flaky failure kept', async () => {
    const p = await parseJUnitFile(shared('mp_maven_surefire_flaky_surefire-report.xml'));
    const t = cases(p)[0];
    expect(t).toMatchObject({ status: 'passed', flaky: true, type: 'java.lang.AssertionError' });
    expect(t.details).toContain('MicrosoftTeamsCrudTest.java:58');
  });

  it('failure and error in one test case: errored, counted once', async () => {
    const p = await parseJUnitFile(shared('mp_multiple_failures_test_multiple_errors.xml'));
    const t = byName(p, 'testWithFailureAndError');
    expect(t.status).toBe('errored');
    // The failure element's own file/line attributes win over the trace.
    expect(t.location).toEqual({ file: 'src/runtime.ts', line: 88 });
    const f = await parseJUnitFile(shared('mp_multiple_failures_test_multiple_failures.xml'));
    expect(byName(f, 'testWithMultipleFailures').details).toContain(
      'Third failure stack trace details',
    );
  });

  it('disabled tests are skipped, even with stale failure text', async () => {
    const p = await parseJUnitFile(shared('mp_issues_testFailedDisabled.xml'));
    expect(cases(p)[0].status).toBe('skipped');
  });

  it('nested suites: cases under each level, names as a path', async () => {
    const p = await parseJUnitFile(shared('mp_nested_junit.xml'));
    expect(p.suites.map((s) => `${s.name}:${s.counts.total}`)).toEqual([
      'All tests › tests › packet:1',
      'All tests › tests › packet › TestA:2',
      'All tests › tests › packet › TestB:2',
    ]);
    const php = await parseJUnitFile(shared('dr_external_phpunit_junit-basic.xml'));
    expect(php.suites.map((s) => s.name)).toContain(
      'Tests.Authentication › Tests.Authentication.Login',
    );
  });

  it('locations from Catch2 attributes, CUnit text, Rust panics and C++ messages', async () => {
    expect(cases(await parseJUnitFile(shared('mp_catch2_report.xml')))[0].location).toEqual({
      file: 'test/unit/detail/utility/is_constant_evaluated.cpp',
      line: 19,
    });
    expect(
      cases(await parseJUnitFile(shared('mp_cunit_testFailure.xml'))).find(
        (c) => c.status === 'failed',
      )?.location,
    ).toEqual({
      file: '/dumm/core/tests/testFailure.cpp',
      line: 77,
    });
    expect(
      byName(await parseJUnitFile(shared('mp_nextest_basic.xml')), 'test_failure').location,
    ).toEqual({ file: 'tests/parry3d.rs', line: 154 });
    expect(
      byName(
        await parseJUnitFile(shared('mp_issues_testDisabled.xml')),
        'factorial_of_value_from_fixture',
      ).location,
    ).toEqual({
      file: 'tests/failed/main.cpp',
      line: 58,
    });
  });
});
