import { escapeMarkdown } from '../../report/markdown';
import type { Commit, PullRequest } from '../../git-hosting';
import type { ParsedCommit } from './version';

/** Kept short: notes go into outputs, tag messages and summaries, which all have size limits. */
const MAX_ITEMS_PER_SECTION = 100;

/**
 * Pull requests named in merge commit messages: GitHub merge commits and squash merges, and Azure
 * DevOps completions. Used where the host cannot list the pull requests of a commit.
 */
export function pullRequestsFromMessages(commits: Commit[]): PullRequest[] {
  const found = new Map<number, PullRequest>();
  for (const c of commits) {
    const [subject = '', ...rest] = c.message.replace(/\r\n/g, '\n').split('\n');
    const body = rest.join('\n').trim();
    let m = /^Merge pull request #(\d+) from \S+/.exec(subject);
    if (m) {
      found.set(Number(m[1]), { number: Number(m[1]), title: body.split('\n')[0] || subject });
      continue;
    }
    m = /^Merged PR (\d+): (.+)$/.exec(subject);
    if (m) {
      found.set(Number(m[1]), { number: Number(m[1]), title: m[2].trim() });
      continue;
    }
    m = /^(.+?)\s*\(#(\d+)\)$/.exec(subject);
    if (m) found.set(Number(m[2]), { number: Number(m[2]), title: m[1].trim() });
  }
  return [...found.values()].sort((a, b) => a.number - b.number);
}

export interface NotesInput {
  tag: string;
  previousTag?: string;
  commits: ParsedCommit[];
  pullRequests: PullRequest[];
}

/** Release notes in markdown: breaking changes first, then features, fixes, the rest and the PRs. */
export function releaseNotes(input: NotesInput): string {
  const { commits } = input;
  const line = (c: ParsedCommit) =>
    `- ${c.scope ? `**${escapeMarkdown(c.scope)}:** ` : ''}${escapeMarkdown(c.subject)} (${c.sha.slice(0, 7)})`;
  const sections: Array<[string, ParsedCommit[]]> = [
    ['Breaking changes', commits.filter((c) => c.breaking)],
    ['Features', commits.filter((c) => !c.breaking && c.type === 'feat')],
    ['Fixes', commits.filter((c) => !c.breaking && c.type === 'fix')],
    [
      'Other changes',
      commits.filter((c) => !c.breaking && c.type !== 'feat' && c.type !== 'fix' && !isMerge(c)),
    ],
  ];
  const out = [
    input.previousTag
      ? `Changes since ${input.previousTag}: ${plural(commits.length, 'commit')}.`
      : `First release: ${plural(commits.length, 'commit')}.`,
  ];
  for (const [title, items] of sections) {
    if (items.length === 0) continue;
    out.push('', `### ${title}`, '', ...clip(items.map(line), items.length));
  }
  if (input.pullRequests.length > 0) {
    const prs = input.pullRequests.map(
      (p) =>
        `- ${p.url ? `[#${p.number}](${p.url})` : `#${p.number}`} ${escapeMarkdown(p.title)}${p.author ? ` (@${escapeMarkdown(p.author)})` : ''}`,
    );
    out.push('', '### Merged pull requests', '', ...clip(prs, prs.length));
  }
  return out.join('\n');
}

function isMerge(c: ParsedCommit): boolean {
  return (
    !c.type &&
    /^(Merge (pull request|branch|remote-tracking branch) |Merged PR \d+:)/.test(c.subject)
  );
}

function clip(lines: string[], total: number): string[] {
  if (total <= MAX_ITEMS_PER_SECTION) return lines;
  return [
    ...lines.slice(0, MAX_ITEMS_PER_SECTION),
    `- … and ${total - MAX_ITEMS_PER_SECTION} more`,
  ];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
