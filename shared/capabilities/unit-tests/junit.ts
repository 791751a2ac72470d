import { errorMessage } from '../../errors';
import { promises as fs } from 'fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { locateInTrace, type TraceLocation } from './trace';
import { otherFormat } from './formats';
import type { TestResultFormat } from '../../host/host';

export type TestStatus = 'passed' | 'failed' | 'errored' | 'skipped';

export interface Counts {
  total: number;
  passed: number;
  failed: number;
  errored: number;
  skipped: number;
  /** Passed after a rerun (Surefire flakyFailure/flakyError, rerunFailure/rerunError without a failure). */
  flaky: number;
}

export interface TestCase {
  /** The suite path, outermost first, joined with ` › `. */
  suite: string;
  classname?: string;
  name: string;
  status: TestStatus;
  flaky: boolean;
  durationSeconds?: number;
  /** failure/error/skipped message (or the flaky failure's, for flaky tests). */
  message?: string;
  /** failure/error type, e.g. `AssertionError`. */
  type?: string;
  /** The element's text: usually the stack trace. */
  details?: string;
  /** Where the failure points, from attributes or the trace. Kept for failed and errored tests. */
  location?: TraceLocation;
  /** Kept for failed and errored tests only, to keep 100k-case reports small in memory. */
  systemOut?: string;
  systemErr?: string;
  /** The JUnit file this case came from. */
  reportFile: string;
}

export interface TestSuite {
  name: string;
  reportFile: string;
  durationSeconds?: number;
  properties?: Record<string, string>;
  counts: Counts;
  /** Only the cases directly inside this suite; nested suites are listed separately. */
  cases: TestCase[];
}

export interface ParsedFile {
  file: string;
  /** Which format the file was read as: the CI system's own test view needs to know. */
  format?: TestResultFormat;
  suites: TestSuite[];
  counts: Counts;
  durationSeconds: number;
}

export class JUnitParseError extends Error {
  override readonly name = 'JUnitParseError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

export function emptyCounts(): Counts {
  return { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0 };
}

export function addCounts(into: Counts, from: Counts): Counts {
  into.total += from.total;
  into.passed += from.passed;
  into.failed += from.failed;
  into.errored += from.errored;
  into.skipped += from.skipped;
  into.flaky += from.flaky;
  return into;
}

// Elements that may repeat; forcing arrays keeps the walker free of "one or many" checks.
const ARRAY_TAGS = new Set([
  'testsuites',
  'testsuite',
  'testcase',
  'failure',
  'error',
  'skipped',
  'disabled',
  'flakyFailure',
  'flakyError',
  'rerunFailure',
  'rerunError',
  'property',
  'properties',
  'system-out',
  'system-err',
  'stackTrace',
]);

/** The XML reader for every result format: safe settings, and the elements to read as lists. */
export function resultParser(arrayTags: ReadonlySet<string>): XMLParser {
  return new XMLParser({
    ...PARSER_OPTIONS,
    isArray: (name) => arrayTags.has(name),
  });
}

const PARSER_OPTIONS = {
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  cdataPropName: '#cdata',
  // Entity expansion off: a DOCTYPE cannot define entities that blow up (billion laughs). The
  // five predefined entities and character references are decoded by `decode` below.
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: 200,
} as const;

const parser = resultParser(ARRAY_TAGS);

export type XmlNode = Record<string, unknown> | string;

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five predefined XML entities and numeric character references; leaves others as written. */
export function decode(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(
    ENTITY,
    (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (name) return NAMED[name];
      const code =
        dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex as string, 16);
      if (!Number.isFinite(code) || code > 0x10ffff) return whole;
      try {
        return String.fromCodePoint(code);
      } catch {
        return whole;
      }
    },
  );
}

export function attr(node: XmlNode, name: string): string | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const v = node[`@${name}`];
  return typeof v === 'string' ? decode(v) : undefined;
}

export function children(node: XmlNode, name: string): XmlNode[] {
  if (typeof node !== 'object' || node === null) return [];
  const v = node[name];
  return Array.isArray(v) ? (v as XmlNode[]) : [];
}

/** An element's text: decoded character data plus raw CDATA, trimmed. */
export function textOf(node: XmlNode | undefined): string {
  if (node === undefined) return '';
  if (typeof node === 'string') return decode(node).trim();
  const parts: string[] = [];
  const text = node['#text'];
  if (typeof text === 'string') parts.push(decode(text));
  const cdata = node['#cdata'];
  if (typeof cdata === 'string') parts.push(cdata);
  else if (Array.isArray(cdata))
    parts.push(...cdata.filter((c): c is string => typeof c === 'string'));
  return parts.join('').trim();
}

/**
 * Parses a `time` attribute as seconds. Accepts what reporters write in the wild: `1.5`, `1,234.5`
 * (thousands separators), `1,5` (decimal comma), `4.5e-05`, `0.5s`. Empty, `NaN`, negative or
 * otherwise unreadable values give undefined rather than poisoning the totals.
 */
export function parseTime(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  let s = raw.trim().replace(/s$/i, '').trim();
  if (s === '') return undefined;
  if (s.includes(',')) {
    if (s.includes('.') || /^\d{1,3}(,\d{3})+$/.test(s)) s = s.replace(/,/g, '');
    else s = s.replace(',', '.');
  }
  if (!/^[+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

const SKIP_STATUS = new Set([
  'disabled',
  'skipped',
  'skip',
  'notrun',
  'not run',
  'ignored',
  'pending',
]);

interface Walk {
  file: string;
  suites: TestSuite[];
}

function caseOf(node: XmlNode, suitePath: string, file: string): TestCase {
  const name = attr(node, 'name') ?? '(unnamed)';
  const classname = attr(node, 'classname') || attr(node, 'class') || undefined;
  const errors = children(node, 'error');
  const failures = children(node, 'failure');
  const skipped = [...children(node, 'skipped'), ...children(node, 'disabled')];
  const flakyNodes = [
    ...children(node, 'flakyFailure'),
    ...children(node, 'flakyError'),
    ...children(node, 'rerunFailure'),
    ...children(node, 'rerunError'),
  ];
  const statusAttr = attr(node, 'status')?.toLowerCase();

  let status: TestStatus;
  let detailNodes: XmlNode[] = [];
  // A disabled test did not run, whatever stale failure text it carries.
  if (statusAttr !== undefined && SKIP_STATUS.has(statusAttr)) {
    status = 'skipped';
    detailNodes = skipped;
  } else if (errors.length > 0) {
    // Both failure and error: the error is the graver outcome (the test did not complete).
    status = 'errored';
    detailNodes = [...errors, ...failures];
  } else if (failures.length > 0) {
    status = 'failed';
    detailNodes = failures;
  } else if (skipped.length > 0) {
    status = 'skipped';
    detailNodes = skipped;
  } else {
    status = 'passed';
    detailNodes = flakyNodes;
  }
  const flaky = status === 'passed' && flakyNodes.length > 0;

  const tc: TestCase = {
    suite: suitePath,
    classname,
    name,
    status,
    flaky,
    durationSeconds: parseTime(attr(node, 'time')),
    reportFile: file,
  };
  if (detailNodes.length > 0) {
    const first = detailNodes[0];
    tc.message = attr(first, 'message') || undefined;
    tc.type = attr(first, 'type') || undefined;
    const texts = detailNodes
      .map((d) => {
        const own = textOf(d);
        // Surefire nests the trace of flaky runs in <stackTrace>.
        const nested = children(d, 'stackTrace').map(textOf).join('\n');
        return [own, nested].filter((t) => t !== '').join('\n');
      })
      .filter((t) => t !== '');
    if (texts.length > 0) tc.details = texts.join('\n\n');
  }
  if (status === 'failed' || status === 'errored') {
    const out = children(node, 'system-out').map(textOf).join('\n');
    const err = children(node, 'system-err').map(textOf).join('\n');
    if (out) tc.systemOut = out;
    if (err) tc.systemErr = err;
    tc.location = locate(node, detailNodes[0], tc);
  }
  return tc;
}

function locate(
  node: XmlNode,
  detail: XmlNode | undefined,
  tc: TestCase,
): TraceLocation | undefined {
  const lineOf = (n: XmlNode | undefined) => {
    const l = Number.parseInt(attr(n ?? '', 'line') ?? '', 10);
    return Number.isFinite(l) && l > 0 ? l : undefined;
  };
  // The failure element's own location (Catch2, mocha) is closer to the cause than the test's start line.
  const detailFile = detail ? attr(detail, 'file') : undefined;
  if (detailFile) return { file: detailFile, line: lineOf(detail) };
  const caseFile = attr(node, 'file');
  const fromTrace = locateInTrace([tc.details, tc.message].filter(Boolean).join('\n'), {
    classname: tc.classname,
    file: caseFile,
  });
  if (fromTrace && (!caseFile || sameFile(fromTrace.file, caseFile))) return fromTrace;
  if (caseFile && caseFile !== '.py') return { file: caseFile, line: lineOf(node) };
  return fromTrace;
}

function sameFile(a: string, b: string): boolean {
  const na = a.replace(/\\/g, '/');
  const nb = b.replace(/\\/g, '/').replace(/^\.\//, '');
  return na === nb || na.endsWith(`/${nb}`) || nb.endsWith(`/${na}`);
}

function propertiesOf(node: XmlNode): Record<string, string> | undefined {
  const props = children(node, 'properties').flatMap((p) => children(p, 'property'));
  if (props.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const p of props) {
    const name = attr(p, 'name');
    if (name) out[name] = attr(p, 'value') ?? textOf(p);
  }
  return out;
}

function walkSuite(
  node: XmlNode,
  parentPath: string,
  walk: Walk,
): { counts: Counts; duration: number } {
  const own = attr(node, 'name') || '';
  const path =
    parentPath && own ? `${parentPath} › ${own}` : own || parentPath || '(unnamed suite)';
  const cases = children(node, 'testcase').map((c) => caseOf(c, path, walk.file));
  const counts = emptyCounts();
  let caseTime = 0;
  for (const c of cases) {
    counts.total++;
    counts[c.status]++;
    if (c.flaky) counts.flaky++;
    caseTime += c.durationSeconds ?? 0;
  }
  const index = walk.suites.length;
  const suite: TestSuite = {
    name: path,
    reportFile: walk.file,
    durationSeconds: parseTime(attr(node, 'time')),
    properties: propertiesOf(node),
    counts,
    cases,
  };
  if (cases.length > 0 || children(node, 'testsuite').length === 0) walk.suites.push(suite);
  let nestedTime = 0;
  const total = { ...counts };
  for (const child of [...children(node, 'testsuite'), ...children(node, 'testsuites')]) {
    const r = walkSuite(child, path, walk);
    addCounts(total, r.counts);
    nestedTime += r.duration;
  }
  const duration = suite.durationSeconds ?? caseTime + nestedTime;
  if (suite.durationSeconds === undefined && walk.suites[index] === suite)
    suite.durationSeconds = caseTime;
  return { counts: total, duration };
}

/** Parses JUnit XML text. Throws JUnitParseError when the text is not well-formed JUnit XML. */
export function parseJUnit(xml: string, file: string): ParsedFile {
  const valid = XMLValidator.validate(xml, { allowBooleanAttributes: true });
  if (valid !== true) {
    const e = valid.err;
    throw new JUnitParseError(
      file,
      `not well-formed XML at line ${e.line}${e.col ? `, column ${e.col}` : ''}: ${e.msg}`,
    );
  }
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml) as Record<string, unknown>;
  } catch (err) {
    throw new JUnitParseError(file, `not readable as XML: ${errorMessage(err)}`);
  }
  const walk: Walk = { file, suites: [] };
  const counts = emptyCounts();
  let duration = 0;
  const roots = children(doc, 'testsuites');
  const bare = children(doc, 'testsuite');
  if (roots.length === 0 && bare.length === 0) {
    const root =
      Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#')) ?? 'nothing';
    // The other formats are told by their root element: TRX, NUnit 3, xUnit.net v2.
    const other = otherFormat(root);
    if (other) return other(xml, file);
    throw new JUnitParseError(
      file,
      `not a test report: the root element is <${root}>, expected JUnit (<testsuites> or <testsuite>), TRX (<TestRun>), NUnit 3 (<test-run>) or xUnit.net v2 (<assemblies>)`,
    );
  }
  for (const root of roots) {
    let rootDuration = 0;
    for (const s of [...children(root, 'testsuite'), ...children(root, 'testsuites')]) {
      const r = walkSuite(s, '', walk);
      addCounts(counts, r.counts);
      rootDuration += r.duration;
    }
    // Bare <testcase> directly under <testsuites> (seen from some Go and CTest reporters).
    if (children(root, 'testcase').length > 0) {
      const r = walkSuite(
        { ...(root as Record<string, unknown>), testsuite: [], testsuites: [] },
        '',
        walk,
      );
      addCounts(counts, r.counts);
    }
    duration += parseTime(attr(root, 'time')) ?? rootDuration;
  }
  for (const s of bare) {
    const r = walkSuite(s, '', walk);
    addCounts(counts, r.counts);
    duration += r.duration;
  }
  return { file, suites: walk.suites, counts, durationSeconds: duration };
}

export async function parseJUnitFile(file: string): Promise<ParsedFile> {
  let xml: string;
  try {
    xml = await fs.readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new JUnitParseError(file, `cannot be read (${code ?? errorMessage(err)})`);
  }
  if (xml.charCodeAt(0) === 0xfeff) xml = xml.slice(1);
  if (xml.trim() === '') throw new JUnitParseError(file, 'is empty');
  return parseJUnit(xml, file);
}

export interface TestReport {
  files: ParsedFile[];
  /** Files that matched but could not be read as JUnit, with the reason. */
  unreadable: { file: string; reason: string }[];
  counts: Counts;
  durationSeconds: number;
}

/** Parses every file; a file that fails is listed in `unreadable` and the others still count. */
export async function readReports(files: string[]): Promise<TestReport> {
  const report: TestReport = {
    files: [],
    unreadable: [],
    counts: emptyCounts(),
    durationSeconds: 0,
  };
  for (const file of files) {
    try {
      const parsed = await parseJUnitFile(file);
      report.files.push(parsed);
      addCounts(report.counts, parsed.counts);
      report.durationSeconds += parsed.durationSeconds;
    } catch (err) {
      if (err instanceof JUnitParseError) report.unreadable.push({ file, reason: err.reason });
      else throw err;
    }
  }
  return report;
}

export function* allCases(report: TestReport): Generator<TestCase> {
  for (const f of report.files) for (const s of f.suites) for (const c of s.cases) yield c;
}
