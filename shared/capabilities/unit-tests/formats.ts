import type { XMLParser } from 'fast-xml-parser';
import { errorMessage } from '../../errors';
import {
  JUnitParseError,
  addCounts,
  attr,
  children,
  emptyCounts,
  parseTime,
  resultParser,
  textOf,
  type ParsedFile,
  type TestCase,
  type TestStatus,
  type TestSuite,
  type XmlNode,
} from './junit';
import { locateInTrace } from './trace';

/**
 * The .NET result formats besides JUnit, told by their root element: TRX (`<TestRun>`, VSTest),
 * NUnit 3 (`<test-run>`) and xUnit.net v2 (`<assemblies>`). Each is read into the same cases and
 * suites as JUnit and counted by the same rule: every case once, by its status.
 */
export function otherFormat(root: string): ((xml: string, file: string) => ParsedFile) | undefined {
  if (root === 'TestRun') return parseTrx;
  if (root === 'test-run') return parseNUnit;
  if (root === 'assemblies') return parseXunit;
  return undefined;
}

// Made on first use: this module and junit.ts import each other.
const parsers = new Map<string, XMLParser>();
function parse(kind: string, tags: string[], xml: string, file: string): Record<string, unknown> {
  let p = parsers.get(kind);
  if (!p) parsers.set(kind, (p = resultParser(new Set(tags))));
  try {
    return p.parse(xml) as Record<string, unknown>;
  } catch (err) {
    throw new JUnitParseError(file, `not readable as XML: ${errorMessage(err)}`);
  }
}

interface CaseInput {
  suite: string;
  classname?: string;
  name: string;
  status: TestStatus;
  durationSeconds?: number;
  message?: string;
  type?: string;
  details?: string;
  systemOut?: string;
}

function toCase(c: CaseInput, file: string): TestCase {
  const tc: TestCase = { ...c, flaky: false, reportFile: file };
  if (!tc.message) delete tc.message;
  if (!tc.details) delete tc.details;
  if (!tc.type) delete tc.type;
  if (c.status === 'failed' || c.status === 'errored') {
    tc.location = locateInTrace([c.details, c.message].filter(Boolean).join('\n'), {
      classname: c.classname,
    });
  } else delete tc.systemOut;
  return tc;
}

/** Cases grouped into suites (in order of first appearance) and counted. */
function assemble(file: string, cases: TestCase[], durationSeconds?: number): ParsedFile {
  const suites = new Map<string, TestSuite>();
  const counts = emptyCounts();
  let caseTime = 0;
  for (const c of cases) {
    let s = suites.get(c.suite);
    if (!s) {
      s = { name: c.suite, reportFile: file, counts: emptyCounts(), cases: [], durationSeconds: 0 };
      suites.set(c.suite, s);
    }
    s.cases.push(c);
    s.counts.total++;
    s.counts[c.status]++;
    s.durationSeconds = (s.durationSeconds ?? 0) + (c.durationSeconds ?? 0);
    caseTime += c.durationSeconds ?? 0;
  }
  for (const s of suites.values()) addCounts(counts, s.counts);
  return {
    file,
    suites: [...suites.values()],
    counts,
    durationSeconds: durationSeconds ?? caseTime,
  };
}

/** `hh:mm:ss.fffffff`, as TRX writes durations. */
function timeSpan(raw: string | undefined): number | undefined {
  const m = /^(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(raw?.trim() ?? '');
  if (!m) return parseTime(raw);
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}

// ---------------------------------------------------------------- TRX

const TRX_STATUS: Record<string, TestStatus> = {
  passed: 'passed',
  passedbutrunaborted: 'passed',
  warning: 'passed',
  failed: 'failed',
  error: 'errored',
  timeout: 'errored',
  aborted: 'errored',
  disconnected: 'errored',
};

function parseTrx(xml: string, file: string): ParsedFile {
  const doc = parse(
    'trx',
    ['TestRun', 'Results', 'UnitTestResult', 'TestDefinitions', 'UnitTest', 'TestMethod'],
    xml,
    file,
  );
  const run = children(doc, 'TestRun')[0];
  const classOf = new Map<string, string>();
  for (const defs of children(run, 'TestDefinitions'))
    for (const t of children(defs, 'UnitTest')) {
      const m = children(t, 'TestMethod')[0];
      const id = attr(t, 'id');
      const cls = m ? attr(m, 'className') : undefined;
      if (id && cls) classOf.set(id, cls.split(',')[0].trim());
    }
  const cases: TestCase[] = [];
  for (const results of children(run, 'Results'))
    for (const r of children(results, 'UnitTestResult')) {
      const outcome = (attr(r, 'outcome') ?? '').toLowerCase();
      const output = (r as Record<string, unknown>).Output as XmlNode | undefined;
      const info = output
        ? ((output as Record<string, unknown>).ErrorInfo as XmlNode | undefined)
        : undefined;
      const cls = classOf.get(attr(r, 'testId') ?? '');
      const full = attr(r, 'testName') ?? '(unnamed)';
      const name = cls && full.startsWith(`${cls}.`) ? full.slice(cls.length + 1) : full;
      cases.push(
        toCase(
          {
            suite: cls ?? attr(r, 'computerName') ?? 'TRX',
            classname: cls,
            name,
            // NotExecuted, Inconclusive, Pending, NotRunnable...: did not run to a verdict.
            status: TRX_STATUS[outcome] ?? 'skipped',
            durationSeconds: timeSpan(attr(r, 'duration')),
            message: info
              ? textOf((info as Record<string, unknown>).Message as XmlNode)
              : undefined,
            details: info
              ? textOf((info as Record<string, unknown>).StackTrace as XmlNode)
              : undefined,
            systemOut: output
              ? textOf((output as Record<string, unknown>).StdOut as XmlNode)
              : undefined,
          },
          file,
        ),
      );
    }
  return { ...assemble(file, cases), format: 'trx' };
}

// ---------------------------------------------------------------- NUnit 3

function nunitStatus(result: string, label: string): TestStatus {
  const r = result.toLowerCase();
  if (r === 'passed' || r === 'warning') return 'passed';
  if (r === 'failed') {
    const l = label.toLowerCase();
    return l === 'error' || l === 'cancelled' || l === 'invalid' ? 'errored' : 'failed';
  }
  // Skipped (Ignored, Explicit) and Inconclusive: no verdict.
  return 'skipped';
}

function parseNUnit(xml: string, file: string): ParsedFile {
  const doc = parse(
    'nunit',
    [
      'test-run',
      'test-suite',
      'test-case',
      'failure',
      'reason',
      'message',
      'stack-trace',
      'output',
    ],
    xml,
    file,
  );
  const cases: TestCase[] = [];
  const walk = (node: XmlNode, suite: string) => {
    for (const s of children(node, 'test-suite')) {
      const type = attr(s, 'type') ?? '';
      // Fixtures name the suite; parameterized methods and theories stay under their fixture.
      const here =
        type === 'TestFixture' || (!suite && type !== 'ParameterizedMethod' && type !== 'Theory')
          ? (attr(s, 'fullname') ?? attr(s, 'name') ?? suite)
          : suite;
      walk(s, here);
    }
    for (const c of children(node, 'test-case')) {
      const failure = children(c, 'failure')[0];
      const reason = children(c, 'reason')[0];
      const detail = failure ?? reason;
      cases.push(
        toCase(
          {
            suite: suite || (attr(c, 'classname') ?? 'NUnit'),
            classname: attr(c, 'classname'),
            name: attr(c, 'name') ?? '(unnamed)',
            status: nunitStatus(attr(c, 'result') ?? '', attr(c, 'label') ?? ''),
            durationSeconds: parseTime(attr(c, 'duration')),
            message: detail ? textOf(children(detail, 'message')[0]) : undefined,
            details: failure ? textOf(children(failure, 'stack-trace')[0]) : undefined,
            systemOut: textOf(children(c, 'output')[0]) || undefined,
          },
          file,
        ),
      );
    }
  };
  const run = children(doc, 'test-run')[0];
  walk(run, '');
  return { ...assemble(file, cases, parseTime(attr(run, 'duration'))), format: 'nunit' };
}

// ---------------------------------------------------------------- xUnit.net v2

const XUNIT_STATUS: Record<string, TestStatus> = { pass: 'passed', fail: 'failed' };

function parseXunit(xml: string, file: string): ParsedFile {
  const doc = parse(
    'xunit',
    [
      'assemblies',
      'assembly',
      'collection',
      'test',
      'failure',
      'reason',
      'message',
      'stack-trace',
      'output',
      'errors',
      'error',
    ],
    xml,
    file,
  );
  const cases: TestCase[] = [];
  let time = 0;
  let timed = false;
  for (const root of children(doc, 'assemblies'))
    for (const a of children(root, 'assembly')) {
      const t = parseTime(attr(a, 'time'));
      if (t !== undefined) {
        time += t;
        timed = true;
      }
      for (const col of children(a, 'collection'))
        for (const test of children(col, 'test')) {
          const failure = children(test, 'failure')[0];
          const type = attr(test, 'type');
          const method = attr(test, 'method');
          const full = attr(test, 'name') ?? '(unnamed)';
          // The display name carries theory arguments: keep it whole unless it is type.method.
          const name = type && method && full === `${type}.${method}` ? method : full;
          cases.push(
            toCase(
              {
                suite: type ?? attr(col, 'name') ?? 'xUnit',
                classname: type,
                name,
                // Skip and NotRun: no verdict.
                status: XUNIT_STATUS[(attr(test, 'result') ?? '').toLowerCase()] ?? 'skipped',
                durationSeconds: parseTime(attr(test, 'time')),
                message: failure
                  ? textOf(children(failure, 'message')[0])
                  : textOf(children(test, 'reason')[0]) || undefined,
                type: failure ? attr(failure, 'exception-type') : undefined,
                details: failure ? textOf(children(failure, 'stack-trace')[0]) : undefined,
                systemOut: textOf(children(test, 'output')[0]) || undefined,
              },
              file,
            ),
          );
        }
      // Failures outside any test (a fixture's constructor, a collection's cleanup) count as errors.
      for (const errors of children(a, 'errors'))
        for (const e of children(errors, 'error')) {
          const failure = children(e, 'failure')[0];
          cases.push(
            toCase(
              {
                suite: attr(a, 'name') ?? 'xUnit',
                name: `${attr(e, 'type') ?? 'error'}: ${attr(e, 'name') ?? '(unnamed)'}`,
                status: 'errored',
                message: failure ? textOf(children(failure, 'message')[0]) : undefined,
                type: failure ? attr(failure, 'exception-type') : undefined,
                details: failure ? textOf(children(failure, 'stack-trace')[0]) : undefined,
              },
              file,
            ),
          );
        }
    }
  return { ...assemble(file, cases, timed ? time : undefined), format: 'xunit' };
}
