import { escapeCell, table } from '../../report/markdown';
import type { ReleasePlan } from './release';

const ACTION: Record<ReleasePlan['branchAction'], string> = {
  create: 'created',
  'fast-forward': 'fast-forwarded',
  force: 'force-moved',
  unchanged: 'already there',
};

/** The step summary: what was released where, then the notes. */
export function releaseSummary(
  plan: ReleasePlan,
  opts: { dryRun: boolean; where: string; releaseUrl?: string },
): string {
  const verb = (done: string) => (opts.dryRun ? `would be ${done}` : done);
  const branchState =
    plan.branchAction === 'unchanged'
      ? ACTION.unchanged
      : `${verb(ACTION[plan.branchAction])}${plan.branchFrom ? ` (from ${plan.branchFrom.slice(0, 12)})` : ''}`;
  const rows: string[][] = [
    ['Version', `\`${plan.version}\` (${escapeCell(plan.versionReason)})`],
    ['Commit', `\`${plan.sha}\``],
    ['Branch', `\`${escapeCell(plan.branch)}\` ${branchState}`],
    [
      'Tag',
      `\`${plan.tag}\` ${plan.tagAction === 'unchanged' ? ACTION.unchanged : verb('created')}`,
    ],
    ['Previous tag', plan.previousTag ? `\`${plan.previousTag}\`` : 'none (first release)'],
  ];
  if (opts.releaseUrl) rows.push(['Release', opts.releaseUrl]);
  return [
    `### Release ${plan.tag}${opts.dryRun ? ' (dry run: nothing written)' : ''}`,
    '',
    `In ${escapeCell(opts.where)}.`,
    '',
    table(['', ''], rows),
    '',
    '#### Release notes',
    '',
    plan.notes,
    '',
  ].join('\n');
}
