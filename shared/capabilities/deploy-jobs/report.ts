import { escapeCell, table } from '../../report/markdown';
import type { Change, PlanItem } from './plan';

/** One plan entry as output and reported: `failed` when its write did not succeed. */
export interface PlanEntry extends Omit<PlanItem, 'action'> {
  action: PlanItem['action'] | 'failed';
  /** For `failed`: why. */
  error?: string;
  /** What the entry was meant to do, for `failed`. */
  planned?: PlanItem['action'];
}

export interface DeployReport {
  deployment: string;
  target: string;
  host: string;
  dryRun: boolean;
  source: string;
  entries: PlanEntry[];
  files?: { written: number; deleted: number; unchanged: number };
  warnings: string[];
  /** Worded for a pull request: what merging it would change. */
  prView?: boolean;
}

const KIND: Record<string, string> = {
  jobs: 'job',
  experiments: 'experiment',
  registered_models: 'registered model',
};

function show(v: unknown): string {
  if (v === undefined) return '(unset)';
  const s = typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v);
  return s.length > 100 ? `${s.slice(0, 97)}...` : s;
}

/** `path: before → after`, one line per change, for the log. */
export function describeChange(c: Change): string {
  return `${c.path}: ${show(c.before)} → ${show(c.after)}`;
}

export function jobUrl(host: string, id: string): string {
  return `${host.replace(/\/+$/, '')}/jobs/${encodeURIComponent(id)}`;
}

/** The plan as log lines: one per resource, with the changed settings of an update beneath. */
export function planLines(entries: PlanEntry[]): string[] {
  const sign: Record<string, string> = {
    create: '+',
    update: '~',
    delete: '-',
    unchanged: '=',
    failed: '!',
  };
  const lines: string[] = [];
  for (const e of entries) {
    lines.push(
      `${sign[e.action]} ${e.action} ${KIND[e.kind]} ${e.key} "${e.name}"${e.id ? ` (${e.id})` : ''}${e.where ? ` from ${e.where}` : ''}${e.error ? `: ${e.error}` : ''}`,
    );
    for (const c of e.changes.slice(0, 50)) lines.push(`    ${describeChange(c)}`);
    if (e.changes.length > 50) lines.push(`    ... and ${e.changes.length - 50} more changes`);
  }
  return lines;
}

export function renderSummary(r: DeployReport): string {
  const count = (a: string) => r.entries.filter((e) => e.action === a).length;
  const head = r.prView
    ? r.dryRun
      ? 'What deploying this changes'
      : 'Deployed from this pull request'
    : r.dryRun
      ? 'Deploy plan (dry run, nothing written)'
      : 'Deployed';
  const failed = count('failed');
  const lines = [
    `### ${failed ? '❌' : '✅'} ${head}: ${escapeCell(r.deployment)} → ${escapeCell(r.target)} (${escapeCell(r.host)})`,
    '',
    `${count('create')} to create, ${count('update')} to update, ${count('delete')} to delete, ${count('unchanged')} unchanged${failed ? `, **${failed} failed**` : ''}; code from ${escapeCell(r.source)}${r.files ? ` (${r.files.written} files written, ${r.files.deleted} deleted, ${r.files.unchanged} unchanged)` : ''}.`,
    '',
    table(
      ['', 'Resource', 'Key', 'Name', 'Changes'],
      r.entries.map((e) => {
        const name =
          e.kind === 'jobs' && e.id && e.action !== 'delete'
            ? `[${escapeCell(e.name)}](${jobUrl(r.host, e.id)})`
            : escapeCell(e.name);
        const changes = e.error
          ? `failed: ${escapeCell(e.error)}`
          : e.changes.length
            ? e.changes
                .slice(0, 5)
                .map((c) => `\`${escapeCell(c.path)}\``)
                .join(', ') + (e.changes.length > 5 ? ` and ${e.changes.length - 5} more` : '')
            : '';
        return [e.action, KIND[e.kind], escapeCell(e.key), name, changes];
      }),
    ),
  ];
  if (r.warnings.length) lines.push('', ...r.warnings.map((w) => `- ⚠️ ${escapeCell(w)}`));
  return `${lines.join('\n')}\n`;
}
