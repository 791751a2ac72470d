import { escapeCell, table } from '../../report/markdown';
import type { CheckResult } from './compliance';
import type { GateMode } from './settings';
import { describeRule, type GateResult } from './thresholds';

/** The verdict as one JSON document: the `report-json` output and what the summary is made from. */
export interface GateReport {
  model?: string;
  registry?: string;
  candidateVersion?: string;
  baselineVersion?: string;
  /** Where the metrics came from, in words. */
  metricsSource: string;
  mode: GateMode;
  passed: boolean;
  metrics: Array<{
    metric: string;
    candidate?: number;
    baseline?: number;
    absoluteChange?: number;
    relativeChange?: number;
    rule: string;
    passed: boolean;
    comparisonSkipped: boolean;
    messages: string[];
  }>;
  checks: CheckResult[];
  notes: string[];
  /** What was written: tags, alias, table rows. Empty in dry-run. */
  recorded: string[];
}

export function buildReport(
  base: Omit<GateReport, 'metrics' | 'passed'>,
  gate: GateResult,
): GateReport {
  const checksPassed = base.checks.every((c) => c.passed);
  return {
    ...base,
    passed: gate.passed && checksPassed,
    metrics: gate.verdicts.map((v) => ({
      metric: v.metric,
      candidate: v.candidate,
      baseline: v.baseline,
      absoluteChange: v.absoluteChange,
      relativeChange: v.relativeChange,
      rule: describeRule(v.rule),
      passed: v.passed,
      comparisonSkipped: v.comparisonSkipped,
      messages: v.messages,
    })),
  };
}

function num(n: number | undefined): string {
  if (n === undefined) return '—';
  const abs = Math.abs(n);
  return abs !== 0 && (abs < 1e-4 || abs >= 1e6)
    ? n.toExponential(4)
    : String(Number(n.toPrecision(6)));
}

function pct(n: number | undefined): string {
  return n === undefined ? '—' : `${n >= 0 ? '+' : ''}${Number((n * 100).toPrecision(4))} %`;
}

export function renderSummary(r: GateReport): string {
  const verdict = r.passed ? '✅ passed' : r.mode === 'enforce' ? '❌ failed' : '⚠️ failed';
  const who = r.model
    ? `\`${escapeCell(r.model)}\` version ${escapeCell(r.candidateVersion ?? '?')}`
    : 'metrics';
  const against = r.baselineVersion
    ? ` against version ${escapeCell(r.baselineVersion)}`
    : ' (no baseline)';
  const lines = [
    `### Model gate: ${verdict}`,
    '',
    `${who}${r.model ? against : ''}; metrics from ${escapeCell(r.metricsSource)}; mode ${r.mode}.`,
    '',
    table(
      ['Metric', 'Candidate', 'Baseline', 'Change', 'Relative', 'Rule', 'Verdict'],
      r.metrics.map((m) => [
        escapeCell(m.metric),
        num(m.candidate),
        num(m.baseline),
        m.absoluteChange === undefined
          ? '—'
          : `${m.absoluteChange >= 0 ? '+' : ''}${num(m.absoluteChange)}`,
        pct(m.relativeChange),
        escapeCell(m.rule),
        m.passed ? (m.comparisonSkipped ? '✅ (comparison skipped: no baseline)' : '✅') : '❌',
      ]),
      ['left', 'right', 'right', 'right', 'right', 'left', 'left'],
    ),
  ];
  if (r.checks.length > 0) {
    lines.push(
      '',
      table(
        ['Check', 'Result', 'Detail'],
        r.checks.map((c) => [escapeCell(c.check), c.passed ? '✅' : '❌', escapeCell(c.detail)]),
      ),
    );
  }
  const failures = r.metrics.flatMap((m) => m.messages);
  if (failures.length > 0) lines.push('', ...failures.map((m) => `- ${escapeCell(m)}`));
  if (r.notes.length > 0) lines.push('', ...r.notes.map((n) => `> ${escapeCell(n)}`));
  lines.push(
    '',
    r.recorded.length > 0
      ? `Recorded: ${r.recorded.map(escapeCell).join('; ')}.`
      : r.mode === 'dry-run'
        ? 'Dry run: nothing was recorded.'
        : 'Nothing was recorded.',
  );
  return `${lines.join('\n')}\n`;
}
