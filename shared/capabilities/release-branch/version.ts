import * as semver from 'semver';
import type { Commit } from '../../git-hosting';

export type Bump = 'major' | 'minor' | 'patch';

/** `type(scope)!: subject`: the Conventional Commits header. */
const HEADER = /^(?<type>[A-Za-z]+)(?:\((?<scope>[^()\r\n]*)\))?(?<bang>!)?:\s*(?<subject>.*)$/;
/** A footer that marks a breaking change; the spec allows both spellings. */
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE:\s/m;

export interface ParsedCommit {
  sha: string;
  /** Lower-case type (`feat`, `fix`…), undefined for a message that is not a Conventional Commit. */
  type?: string;
  scope?: string;
  subject: string;
  breaking: boolean;
}

export function parseCommit(commit: Commit): ParsedCommit {
  const lines = commit.message.replace(/\r\n/g, '\n').split('\n');
  // Azure Repos squash-merges as "Merged PR 12: <PR title>": the title carries the type.
  const header = (lines[0] ?? '').trim().replace(/^Merged PR \d+:\s*/, '');
  const body = lines.slice(1).join('\n');
  const m = HEADER.exec(header);
  if (!m?.groups) return { sha: commit.sha, subject: header, breaking: BREAKING_FOOTER.test(body) };
  return {
    sha: commit.sha,
    type: m.groups.type.toLowerCase(),
    scope: m.groups.scope || undefined,
    subject: m.groups.subject.trim(),
    breaking: m.groups.bang === '!' || BREAKING_FOOTER.test(body),
  };
}

/**
 * The bump the commits call for. Below 1.0.0 everything moves down one level, as
 * conventional-recommended-bump's `preMajor` (standard-version, commit-and-tag-version) does: an
 * API that is not stable yet signals a breaking change with a minor bump.
 */
export function recommendedBump(commits: ParsedCommit[], current: string): Bump {
  let level: Bump = 'patch';
  if (commits.some((c) => c.breaking)) level = 'major';
  else if (commits.some((c) => c.type === 'feat')) level = 'minor';
  if (semver.lt(current, '1.0.0')) {
    if (level === 'major') return 'minor';
    if (level === 'minor') return 'patch';
  }
  return level;
}

/** `1.4.0` for `v1.4.0` or `1.4.0`; undefined when it is not a plain X.Y.Z (no pre-release, no build). */
export function plainVersion(text: string): string | undefined {
  const t = text.trim().replace(/^v/, '');
  const v = semver.valid(t);
  if (!v || v !== t || semver.prerelease(v) !== null) return undefined;
  return v;
}

/** The version tags (vX.Y.Z) among `tags`, highest first. */
export function versionTags(tags: string[]): Array<{ tag: string; version: string }> {
  const out: Array<{ tag: string; version: string }> = [];
  for (const tag of tags) {
    if (!/^v\d+\.\d+\.\d+$/.test(tag)) continue;
    const version = plainVersion(tag);
    if (version) out.push({ tag, version });
  }
  return out.sort((a, b) => semver.rcompare(a.version, b.version));
}

export function bumpVersion(current: string, bump: Bump): string {
  const next = semver.inc(current, bump);
  if (!next) throw new Error(`Bug: cannot bump ${current}`);
  return next;
}
