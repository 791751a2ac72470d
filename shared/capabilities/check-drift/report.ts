import { escapeCell, link, table } from '../../report/markdown';
import { breaches, type Rule, type Verdict } from './rule';
import type { RetrainResult } from './retrain';

export interface DriftReport {
  /** The metric and where it was read, e.g. `js_distance of prod.mon.sales_drift_metrics`. */
  what: string;
  metric: string;
  rule: Rule;
  verdict: Verdict;
  retrain?: RetrainResult;
  /** Set when a retraining was asked for but not needed. */
  retrainNotNeeded?: boolean;
}

/** A label for a window: its start, shortened to what differs between daily windows. */
export function windowLabel(start: string | undefined, index: number): string {
  if (!start) return `#${index + 1}`;
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(start);
  if (!m) return start;
  return m[2] === '00:00' ? m[1] : `${m[1]} ${m[2]}`;
}

/** Numbers as Mermaid reads them: plain decimals, no exponent for ordinary magnitudes. */
function num(n: number): string {
  return Number.isFinite(n) ? String(Number(n.toPrecision(6))) : '0';
}

/** Mermaid text in double quotes cannot hold a double quote. */
function mermaidText(s: string): string {
  return s.replace(/["\\\n\r`]/g, "'");
}

/**
 * The windows oldest to newest as a Mermaid xychart (rendered by GitHub in summaries and comments):
 * the metric as one line, the threshold as a second, flat line.
 */
export function driftChart(metric: string, rule: Rule, verdict: Verdict): string {
  const oldestFirst = [...verdict.evaluated].reverse();
  const labels = oldestFirst.map((w, i) => `"${mermaidText(windowLabel(w.start, i))}"`);
  const values = oldestFirst.map((w) => w.value).filter(Number.isFinite);
  const lo = Math.min(rule.threshold, ...values);
  const hi = Math.max(rule.threshold, ...values);
  const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.1 || 1;
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${mermaidText(metric)} per window (threshold ${num(rule.threshold)})"`,
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "${mermaidText(metric)}" ${num(lo - pad)} --> ${num(hi + pad)}`,
    `  line [${oldestFirst.map((w) => num(w.value)).join(', ')}]`,
    `  line [${oldestFirst.map(() => num(rule.threshold)).join(', ')}]`,
    '```',
  ].join('\n');
}

export function renderSummary(r: DriftReport): string {
  const v = r.verdict;
  const head =
    v.status === 'drift'
      ? '⚠️ Drift'
      : v.status === 'no-drift'
        ? '✅ No drift'
        : '❔ Not enough windows to decide';
  const lines = [
    `### Drift check: ${escapeCell(r.what)}`,
    '',
    `${head}. ${escapeCell(v.reason)}`,
    '',
  ];
  lines.push(
    `Rule: at least ${r.rule.minBreaches} of the last ${r.rule.windows} windows ${r.rule.direction} ${r.rule.threshold}, the latest included.`,
    '',
  );
  if (r.retrain)
    lines.push(
      r.retrain.status === 'started'
        ? `Retraining started: ${link(`run ${r.retrain.runId}`, r.retrain.runUrl)} of job ${r.retrain.jobId}.`
        : `Retraining already in progress: ${link(`run ${r.retrain.runId}`, r.retrain.runUrl)} of job ${r.retrain.jobId}; no other run was started.`,
      '',
    );
  else if (r.retrainNotNeeded) lines.push('Retraining: not started (no drift).', '');
  if (v.evaluated.length) {
    lines.push(
      table(
        [
          'Window start',
          'Window end',
          escapeCell(r.metric),
          `${r.rule.direction} ${r.rule.threshold}`,
        ],
        v.evaluated.map((w) => [
          escapeCell(w.start ?? '—'),
          escapeCell(w.end ?? '—'),
          String(w.value),
          breaches(r.rule, w.value) ? '⚠️ yes' : 'no',
        ]),
        ['left', 'left', 'right', 'left'],
      ),
      '',
      driftChart(r.metric, r.rule, v),
      '',
    );
  }
  return lines.join('\n');
}
