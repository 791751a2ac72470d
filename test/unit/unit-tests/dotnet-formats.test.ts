// TRX, NUnit 3 and xUnit.net v2 results, told apart by content, read into the same cases and
// counted by the same rules as JUnit.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  allCases,
  parseJUnitFile,
  readReports,
} from '../../../shared/capabilities/unit-tests/junit';

const DIR = path.join(__dirname, '../../fixtures/dotnet');
const f = (name: string) => path.join(DIR, name);

test('TRX: outcomes map to passed / failed / errored (timeout) / skipped (not executed)', async () => {
  const r = await parseJUnitFile(f('calc.trx'));
  expect(r.counts).toEqual({ total: 4, passed: 1, failed: 1, errored: 1, skipped: 1, flaky: 0 });
  expect(r.suites.map((s) => s.name)).toEqual([
    'Acme.Calc.Tests.CalcTests',
    'Acme.Calc.Tests.SlowTests',
  ]);
  const failed = r.suites[0].cases.find((c) => c.status === 'failed')!;
  expect(failed).toMatchObject({
    name: 'Divides',
    classname: 'Acme.Calc.Tests.CalcTests',
    message: 'Assert.Equal() Failure: Expected 2, Actual 0',
    durationSeconds: 1.25,
    location: { file: '/home/ci/src/Acme.Calc.Tests/CalcTests.cs', line: 27 },
  });
  expect(r.durationSeconds).toBeCloseTo(6.266, 3);
});

test('NUnit 3: fixtures are suites, Error labels are errors, parameterized cases stay in their fixture', async () => {
  const r = await parseJUnitFile(f('nunit3.xml'));
  expect(r.counts).toEqual({ total: 5, passed: 2, failed: 1, errored: 1, skipped: 1, flaky: 0 });
  expect(r.suites.map((s) => s.name)).toEqual(['Acme.Model.Tests.ScoringTests']);
  const cases = r.suites[0].cases;
  expect(cases.find((c) => c.name === 'AucAboveGate')).toMatchObject({
    status: 'failed',
    message: 'Expected: greater than 0.8\n  But was:  0.61',
    location: { file: '/src/Acme.Model.Tests/ScoringTests.cs', line: 42 },
  });
  expect(cases.find((c) => c.name === 'LoadsModel')?.status).toBe('errored');
  expect(cases.find((c) => c.name === 'GpuOnly')).toMatchObject({
    status: 'skipped',
    message: 'needs a GPU',
  });
  expect(r.durationSeconds).toBe(0.75);
});

test('xUnit.net v2: Pass / Fail / Skip, theory arguments kept, a fixture cleanup error counted', async () => {
  const r = await parseJUnitFile(f('xunit2.xml'));
  expect(r.counts).toEqual({ total: 4, passed: 1, failed: 1, errored: 1, skipped: 1, flaky: 0 });
  const all = r.suites.flatMap((s) => s.cases);
  expect(all.find((c) => c.status === 'failed')).toMatchObject({
    name: 'Acme.Features.Tests.EncoderTests.Scales(factor: 2)',
    type: 'Xunit.Sdk.EqualException',
    location: { file: '/src/Acme.Features.Tests/EncoderTests.cs', line: 33 },
  });
  expect(all.find((c) => c.status === 'errored')?.message).toBe('connection still open');
  expect(all.find((c) => c.name === 'EncodesCategories')?.status).toBe('passed');
  expect(r.durationSeconds).toBeCloseTo(0.42, 3);
});

test('mixed with JUnit in one run, every format adds to the same totals; an unknown root says what it takes', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'formats-'));
  try {
    const junit = path.join(dir, 'junit.xml');
    fs.writeFileSync(junit, '<testsuite name="py"><testcase classname="t" name="ok"/></testsuite>');
    const other = path.join(dir, 'other.xml');
    fs.writeFileSync(other, '<coverage line-rate="1"/>');
    const report = await readReports([
      f('calc.trx'),
      f('nunit3.xml'),
      f('xunit2.xml'),
      junit,
      other,
    ]);
    expect(report.counts.total).toBe(14);
    expect(report.counts.failed + report.counts.errored).toBe(6);
    expect([...allCases(report)]).toHaveLength(14);
    expect(report.unreadable).toEqual([
      {
        file: other,
        reason: expect.stringContaining('the root element is <coverage>, expected JUnit'),
      },
    ]);
    expect(report.unreadable[0].reason).toContain('TRX (<TestRun>)');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
