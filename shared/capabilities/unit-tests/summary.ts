import {
  BoundedMarkdown,
  codeBlock,
  details,
  escapeCell,
  escapeMarkdown,
  formatPercent,
  table,
  trimText,
} from '../../report/markdown';
import { formatDuration } from '../../duration';
import type { CoverageResult } from './coverage';
import type { CommandResult } from './command';
import { allCases, type TestCase, type TestReport } from './junit';

export interface SummaryInput {
  title: string;
  report: TestReport;
  coverage?: CoverageResult;
  minCoverage?: number;
  command?: CommandResult;
  /** Why the step failed, if it did. */
  failure?: string;
  /** Annotations not written because of the cap. */
  annotationsLeftOut?: number;
  /** A link to the CI run, for the PR report. */
  runUrl?: string;
}

export interface SummaryLimits {
  maxBytes: number;
  /** Lines of each failure's trace to show. */
  traceLines?: number;
  traceChars?: number;
}

export function displayName(c: TestCase): string {
  const prefix = c.classname && !c.name.startsWith(c.classname) ? `${c.classname} › ` : '';
  return `${prefix}${c.name}`;
}

export function locationText(c: TestCase): string | undefined {
  if (!c.location) return undefined;
  return c.location.line ? `${c.location.file}:${c.location.line}` : c.location.file;
}

function headline(input: SummaryInput): string {
  const { counts } = input.report;
  const icon = input.failure ? '❌' : counts.failed + counts.errored > 0 ? '⚠️' : '✅';
  const parts = [`${counts.passed} passed`];
  if (counts.failed) parts.push(`${counts.failed} failed`);
  if (counts.errored) parts.push(`${counts.errored} errored`);
  if (counts.skipped) parts.push(`${counts.skipped} skipped`);
  if (counts.total === 0) parts.splice(0, parts.length, 'no tests found');
  return `### ${icon} ${escapeMarkdown(input.title)}: ${parts.join(', ')}\n\n`;
}

function totalsTable(input: SummaryInput): string {
  const { counts, durationSeconds } = input.report;
  const headers = ['Total', 'Passed', 'Failed', 'Errored', 'Skipped'];
  const row: (string | number)[] = [
    counts.total,
    counts.passed,
    counts.failed,
    counts.errored,
    counts.skipped,
  ];
  if (counts.flaky) {
    headers.push('Flaky');
    row.push(counts.flaky);
  }
  headers.push('Duration');
  row.push(formatDuration(durationSeconds * 1000));
  return table(
    headers,
    [row],
    headers.map(() => 'right'),
  );
}

function statusLines(input: SummaryInput): string {
  const lines: string[] = [];
  const cmd = input.command;
  if (cmd) {
    const how = cmd.timedOut
      ? `timed out after ${formatDuration(cmd.durationSeconds * 1000)} and was stopped`
      : cmd.cancelled
        ? 'was cancelled'
        : cmd.exitCode === 0
          ? 'exited with code 0'
          : `exited with code ${cmd.exitCode ?? `signal ${cmd.signal}`}`;
    lines.push(`The test command ${how} (${formatDuration(cmd.durationSeconds * 1000)}).`);
  }
  const cov = input.coverage;
  if (cov) {
    const gate =
      input.minCoverage === undefined
        ? ''
        : cov.lineRate * 100 >= input.minCoverage
          ? ` — meets the minimum of ${input.minCoverage}% ✅`
          : ` — below the minimum of ${input.minCoverage}% ❌`;
    const branch =
      cov.branchRate === undefined ? '' : `, branches ${formatPercent(cov.branchRate)}`;
    lines.push(`Coverage: lines ${formatPercent(cov.lineRate)}${branch}${gate}.`);
  }
  for (const u of input.report.unreadable) {
    lines.push(`⚠️ Not read: \`${escapeMarkdown(u.file)}\`: ${escapeMarkdown(u.reason)}`);
  }
  if (input.failure) lines.push(`**Failed:** ${escapeMarkdown(input.failure)}`);
  if (input.annotationsLeftOut) {
    lines.push(
      `${input.annotationsLeftOut} failed tests were not annotated (annotation limit); all are listed below.`,
    );
  }
  if (input.runUrl) lines.push(`[Run](${input.runUrl})`);
  return lines.length ? `${lines.join('  \n')}\n\n` : '';
}

function failureSection(c: TestCase, limits: SummaryLimits): string {
  const where = locationText(c);
  const icon = c.status === 'errored' ? '💥' : '❌';
  let md = `${icon} **${escapeMarkdown(displayName(c))}**`;
  if (c.suite && c.suite !== c.classname) md += ` · ${escapeMarkdown(c.suite)}`;
  if (where) md += ` · \`${where.replace(/`/g, "'")}\``;
  md += '\n\n';
  const message = c.message || c.type;
  if (message) md += codeBlock(trimText(message, 10, 1000));
  const trace = c.details && c.details !== c.message ? c.details : undefined;
  if (trace) {
    md += details(
      'Trace',
      codeBlock(trimText(trace, limits.traceLines ?? 30, limits.traceChars ?? 4000)),
    );
  }
  return `${md}\n`;
}

/**
 * The step summary: the verdict and totals first, then each failed test with its message and a
 * trimmed trace, then the suites collapsed. Kept under `maxBytes`; what did not fit is counted in
 * a closing note.
 */
export function renderSummary(input: SummaryInput, limits: SummaryLimits): string {
  const doc = new BoundedMarkdown(limits.maxBytes, 1024);
  doc.force(headline(input));
  doc.force(totalsTable(input));
  doc.force('\n');
  doc.add(statusLines(input));

  const failed: TestCase[] = [];
  const flaky: TestCase[] = [];
  for (const c of allCases(input.report)) {
    if (c.status === 'failed' || c.status === 'errored') failed.push(c);
    else if (c.flaky) flaky.push(c);
  }

  let leftOutFailures = 0;
  if (failed.length > 0) {
    doc.add(`#### Failed tests (${failed.length})\n\n`);
    for (let i = 0; i < failed.length; i++) {
      if (!doc.add(failureSection(failed[i], limits))) {
        leftOutFailures = failed.length - i;
        break;
      }
    }
  }

  if (flaky.length > 0 && leftOutFailures === 0) {
    const rows = flaky
      .slice(0, 200)
      .map(
        (c) =>
          `- ${escapeMarkdown(displayName(c))}${c.message ? `: ${escapeMarkdown(trimText(c.message, 1, 200))}` : ''}`,
      );
    if (flaky.length > 200) rows.push(`- … and ${flaky.length - 200} more`);
    doc.add(details(`Flaky tests: passed on a rerun (${flaky.length})`, rows.join('\n')));
  }

  const suites = input.report.files.flatMap((f) => f.suites);
  // Failures matter more than the suite table: when they did not all fit, the table is left out.
  let leftOutSuites = leftOutFailures > 0 ? suites.length : 0;
  if (suites.length > 0 && leftOutFailures === 0) {
    const header = table(
      ['Suite', 'Tests', 'Passed', 'Failed', 'Errored', 'Skipped', 'Time'],
      [],
      ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
    );
    const rows: string[] = [];
    // The rows must fit along with the <details> wrapper; count as we go.
    let budget = doc.remaining() - header.length - 200;
    for (const s of suites) {
      const icon = s.counts.failed + s.counts.errored > 0 ? '❌ ' : '';
      const row = `| ${icon}${escapeCell(s.name)} | ${s.counts.total} | ${s.counts.passed} | ${s.counts.failed} | ${s.counts.errored} | ${s.counts.skipped} | ${formatDuration(s.durationSeconds === undefined ? undefined : s.durationSeconds * 1000)} |\n`;
      const size = Buffer.byteLength(row);
      if (size > budget) {
        leftOutSuites = suites.length - rows.length;
        break;
      }
      budget -= size;
      rows.push(row);
    }
    if (rows.length > 0) doc.add(details(`Suites (${suites.length})`, header + rows.join('')));
    else leftOutSuites = suites.length;
  }

  if (leftOutFailures || leftOutSuites) {
    const what = [
      leftOutFailures ? `${leftOutFailures} failed tests` : '',
      leftOutSuites ? `${leftOutSuites} suites` : '',
    ].filter(Boolean);
    doc.force(
      `\n_${what.join(' and ')} not shown: the summary is limited to ${Math.round(limits.maxBytes / 1024)} KiB. The full list is in the JSON report (\`report-json\` output)._\n`,
    );
  }
  return doc.toString();
}
