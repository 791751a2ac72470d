import * as semver from 'semver';
import { InputError, UserError, inputRef } from '../../errors';
import type { ReleaseBackend } from '../../git-hosting';
import { pullRequestsFromMessages, releaseNotes } from './notes';
import type { ReleaseSettings } from './settings';
import { bumpVersion, parseCommit, recommendedBump, versionTags, type Bump } from './version';

export type BranchAction = 'create' | 'fast-forward' | 'force' | 'unchanged';

export interface ReleasePlan {
  version: string;
  tag: string;
  branch: string;
  sha: string;
  previousTag?: string;
  /** How the version was chosen, in words. */
  versionReason: string;
  branchAction: BranchAction;
  /** Where the branch was before, for fast-forward and force. */
  branchFrom?: string;
  tagAction: 'create' | 'unchanged';
  notes: string;
}

const short = (sha: string) => sha.slice(0, 12);

/**
 * Everything release-branch will do, worked out by reading only. An existing branch or tag at the
 * same commit is a re-run and plans no write; at another commit it is an error, so a re-run never
 * moves a release that others may already have deployed.
 */
export async function planRelease(
  backend: ReleaseBackend,
  settings: ReleaseSettings,
  defaultRef: string | undefined,
): Promise<ReleasePlan> {
  const ref = settings.ref ?? defaultRef;
  if (!ref)
    throw new InputError(
      'ref',
      'is empty and this run names no commit',
      'Set it to a branch, a tag or a commit SHA.',
    );
  const sha = await backend.resolveCommit(ref);
  if (!sha)
    throw new InputError(
      'ref',
      `names no commit in ${backend.where}: '${ref}'`,
      'Give a branch, a tag or a commit SHA that exists there.',
    );

  const tags = versionTags(await backend.listTags('v'));
  let version: string;
  let previous: { tag: string; version: string } | undefined;
  let versionReason: string;
  if (settings.version) {
    version = settings.version;
    previous = tags.find((t) => semver.lt(t.version, settings.version as string));
    versionReason = 'given as the version input';
  } else {
    const latest = tags[0];
    const latestSha = latest ? await backend.tagCommit(latest.tag) : undefined;
    if (!latest || !latestSha) {
      version = settings.initialVersion;
      versionReason = 'the first release: the initial version';
    } else if (latestSha === sha) {
      // A re-run: the latest release already is this commit.
      version = latest.version;
      previous = tags[1];
      versionReason = `${latest.tag} is already this commit`;
    } else {
      previous = latest;
      const since = (await backend.commitsBetween(latestSha, sha)).map(parseCommit);
      if (since.length === 0)
        throw new UserError(
          `Nothing to release: ${short(sha)} is already in ${latest.tag} (${short(latestSha)}). Release a newer commit (${inputRef('ref')}), or set ${inputRef('version')} to release it under another version.`,
        );
      const bump: Bump =
        settings.bump === 'auto' ? recommendedBump(since, latest.version) : settings.bump;
      version = bumpVersion(latest.version, bump);
      versionReason =
        settings.bump === 'auto'
          ? `a ${bump} bump of ${latest.tag} from ${since.length} commit(s) since it`
          : `a ${bump} bump of ${latest.tag}`;
    }
  }
  const tag = `v${version}`;
  const tagSha = await backend.tagCommit(tag);
  if (tagSha && tagSha !== sha)
    throw new UserError(
      `Tag ${tag} already exists in ${backend.where} at ${short(tagSha)}, not at the commit to release (${short(sha)}). A released tag is never moved: set ${inputRef('version')} to release another version, or delete the tag if it was a mistake.`,
    );

  const branch = settings.branch.replace(/\{version\}/g, version);
  const branchSha = await backend.branchCommit(branch);
  let branchAction: BranchAction;
  if (branchSha === undefined) branchAction = 'create';
  else if (branchSha === sha) branchAction = 'unchanged';
  else if (settings.style === 'versioned')
    throw new UserError(
      `Branch ${branch} already exists in ${backend.where} at ${short(branchSha)}, not at the commit to release (${short(sha)}). Release another version (${inputRef('version')}), or delete the branch if it was a mistake.`,
    );
  else if (await backend.isAncestor(branchSha, sha)) branchAction = 'fast-forward';
  else if (settings.force) branchAction = 'force';
  else
    throw new UserError(
      `Branch ${branch} is at ${short(branchSha)}, which is not an ancestor of ${short(sha)}: moving it there is not a fast-forward and would drop the commits only on ${branch}. Merge ${branch} into the commit first, or set ${inputRef('force')} to true to move it anyway.`,
    );

  const previousSha = previous ? await backend.tagCommit(previous.tag) : undefined;
  const commits = await backend.commitsBetween(previousSha, sha);
  const pullRequests = backend.mergedPullRequests
    ? await backend.mergedPullRequests(commits)
    : pullRequestsFromMessages(commits);
  const notes = releaseNotes({
    tag,
    previousTag: previous?.tag,
    commits: commits.map(parseCommit),
    pullRequests,
  });
  return {
    version,
    tag,
    branch,
    sha,
    previousTag: previous?.tag,
    versionReason,
    branchAction,
    branchFrom: branchSha,
    tagAction: tagSha ? 'unchanged' : 'create',
    notes,
  };
}

/** Writes what the plan says, branch first: a tag is the last word that a release exists. */
export async function applyRelease(
  backend: ReleaseBackend,
  plan: ReleasePlan,
): Promise<{ releaseUrl?: string }> {
  if (plan.branchAction === 'create') await backend.createBranch(plan.branch, plan.sha);
  else if (plan.branchAction === 'fast-forward' || plan.branchAction === 'force')
    await backend.moveBranch(
      plan.branch,
      plan.branchFrom as string,
      plan.sha,
      plan.branchAction === 'force',
    );
  if (plan.tagAction === 'create')
    await backend.createAnnotatedTag(plan.tag, plan.sha, `Release ${plan.tag}\n\n${plan.notes}\n`);
  const releaseUrl = backend.publishRelease
    ? await backend.publishRelease(plan.tag, plan.tag, plan.notes)
    : backend.releaseUrl?.(plan.tag);
  return { releaseUrl };
}
