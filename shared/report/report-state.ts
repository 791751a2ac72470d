import { formatDuration } from '../duration';
import { escapeCell, inlineCode } from './markdown';

/**
 * What a sticky report remembers of its results, written into the comment beside the marker, so
 * that the next run can say what changed and decide whether to write at all (`pr-comment` modes).
 */

/** `always`: every run; `changes`: when the results differ from the last report; `failures`: when something failed (or to clear a report that showed failures); `off`: never. */
export type PrCommentMode = 'always' | 'changes' | 'failures' | 'off';

/** The `pr-comment` input's options: the modes, and the former `true`/`false` (always/off). */
export const PR_COMMENT_OPTIONS = [
  'off',
  'always',
  'changes',
  'failures',
  'true',
  'false',
] as const;

export function prCommentMode(value: (typeof PR_COMMENT_OPTIONS)[number]): PrCommentMode {
  if (value === 'true') return 'always';
  if (value === 'false') return 'off';
  return value;
}

export interface ReportState {
  /** Whether the report showed a failure. */
  failed: boolean;
  /** Named counts, e.g. passed/failed/skipped or tasks per result. */
  counts: Record<string, number>;
  /** What failed, by name (tests, tasks); bounded. */
  failures: string[];
  durationSeconds?: number;
  /** The commit the report was for. */
  sha?: string;
}

const STATE_PREFIX = 'databricks-mlops-state:';
const MAX_NAMES = 200;
const MAX_NAME_CHARS = 200;

/**
 * An HTML comment holding the state as JSON. `<` and `>` are written as JSON escapes, so that no
 * test name can end the comment; the text stays plain, so secret redaction still sees it.
 */
export function stateComment(state: ReportState): string {
  const bounded: ReportState = {
    ...state,
    failures: state.failures.slice(0, MAX_NAMES).map((n) => n.slice(0, MAX_NAME_CHARS)),
  };
  const json = JSON.stringify(bounded).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
  return `<!-- ${STATE_PREFIX}${json} -->`;
}

/** The state a previous report recorded; undefined when it has none or it cannot be read. */
export function readState(body: string | undefined): ReportState | undefined {
  if (!body) return undefined;
  const at = body.indexOf(`<!-- ${STATE_PREFIX}`);
  if (at < 0) return undefined;
  const start = at + STATE_PREFIX.length + 5;
  const end = body.indexOf(' -->', start);
  if (end < 0) return undefined;
  try {
    const s = JSON.parse(body.slice(start, end)) as Partial<ReportState>;
    if (typeof s.failed !== 'boolean' || !Array.isArray(s.failures) || typeof s.counts !== 'object')
      return undefined;
    return {
      failed: s.failed,
      counts: Object.fromEntries(
        Object.entries(s.counts ?? {}).filter(([, v]) => typeof v === 'number'),
      ) as Record<string, number>,
      failures: s.failures.filter((f): f is string => typeof f === 'string'),
      durationSeconds: typeof s.durationSeconds === 'number' ? s.durationSeconds : undefined,
      sha: typeof s.sha === 'string' ? s.sha : undefined,
    };
  } catch {
    return undefined;
  }
}

/** Same results: same counts and the same failures (the duration alone is not a change). */
export function sameResults(a: ReportState, b: ReportState): boolean {
  const keys = new Set([...Object.keys(a.counts), ...Object.keys(b.counts)]);
  for (const k of keys) if ((a.counts[k] ?? 0) !== (b.counts[k] ?? 0)) return false;
  const fa = new Set(a.failures);
  return a.failures.length === b.failures.length && b.failures.every((f) => fa.has(f));
}

/**
 * Whether the mode writes this report, given the previous one (`existing`: a report with this
 * key is on the PR; `previous`: the state it recorded, if any). A reason when it does not.
 */
export function shouldWrite(
  mode: PrCommentMode,
  current: ReportState,
  existing: boolean,
  previous: ReportState | undefined,
): { write: true } | { write: false; reason: string } {
  switch (mode) {
    case 'off':
      return { write: false, reason: 'pr-comment is off' };
    case 'always':
      return { write: true };
    case 'failures':
      // A report that showed failures is updated once they are gone, so it does not stay red.
      if (current.failed || (existing && (previous?.failed ?? true))) return { write: true };
      return { write: false, reason: 'nothing failed (pr-comment: failures)' };
    case 'changes':
      if (!existing || !previous || !sameResults(previous, current)) return { write: true };
      return {
        write: false,
        reason: 'the results are the same as in the last report (pr-comment: changes)',
      };
  }
}

const MAX_LISTED = 10;

function names(list: string[]): string {
  const shown = list.slice(0, MAX_LISTED).map((n) => inlineCode(n.slice(0, 120)));
  return list.length > MAX_LISTED
    ? `${shown.join(', ')} and ${list.length - MAX_LISTED} more`
    : shown.join(', ');
}

/** "Since the previous report" lines: new failures, fixed, counts and duration that changed. */
export function renderChanges(previous: ReportState | undefined, current: ReportState): string {
  if (!previous) return '';
  const before = new Set(previous.failures);
  const now = new Set(current.failures);
  const added = current.failures.filter((f) => !before.has(f));
  const fixed = previous.failures.filter((f) => !now.has(f));
  const lines: string[] = [];
  if (added.length) lines.push(`- ❌ ${added.length} new failures: ${names(added)}`);
  if (fixed.length) lines.push(`- ✅ ${fixed.length} fixed: ${names(fixed)}`);
  const keys = [...new Set([...Object.keys(previous.counts), ...Object.keys(current.counts)])];
  const counts = keys
    .filter((k) => (previous.counts[k] ?? 0) !== (current.counts[k] ?? 0))
    .map((k) => {
      const d = (current.counts[k] ?? 0) - (previous.counts[k] ?? 0);
      return `${escapeCell(k)} ${previous.counts[k] ?? 0} → ${current.counts[k] ?? 0} (${d > 0 ? '+' : ''}${d})`;
    });
  if (counts.length) lines.push(`- ${counts.join(', ')}`);
  if (previous.durationSeconds !== undefined && current.durationSeconds !== undefined)
    lines.push(
      `- duration ${formatDuration(previous.durationSeconds * 1000)} → ${formatDuration(current.durationSeconds * 1000)}`,
    );
  if (!added.length && !fixed.length && !counts.length) lines.unshift('- same results');
  const since = previous.sha ? ` (${inlineCode(previous.sha.slice(0, 12))})` : '';
  return `**Since the previous report${since}:**\n\n${lines.join('\n')}\n`;
}
