import { execFileSync } from 'child_process';
import type { CiContext } from '../../host/host';

export interface GitInfo {
  origin_url?: string;
  branch?: string;
  commit?: string;
  /** The repository's top folder on disk. */
  root?: string;
}

function git(dir: string, args: string[]): string | undefined {
  try {
    const out = execFileSync('git', args, {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
    })
      .toString('utf8')
      .trim();
    return out || undefined;
  } catch {
    return undefined;
  }
}

/** `${bundle.git.*}`: the CI context first (the checkout may be detached), then the local repository. */
export function readGitInfo(dir: string, ci: CiContext): GitInfo {
  const r = ci.ref;
  // A pull request's head is a plain branch name; refs/tags/ and refs/pull/ are no branch.
  const branch = r?.startsWith('refs/heads/')
    ? r.slice(11)
    : r && !r.startsWith('refs/')
      ? r
      : undefined;
  return {
    origin_url: withoutCredentials(
      ci.repositoryUrl ?? git(dir, ['config', '--get', 'remote.origin.url']),
    ),
    branch: branch ?? git(dir, ['rev-parse', '--abbrev-ref', 'HEAD'])?.replace(/^HEAD$/, ''),
    commit: ci.sha ?? git(dir, ['rev-parse', 'HEAD']),
    root: git(dir, ['rev-parse', '--show-toplevel']),
  };
}

/**
 * A remote URL may carry a token (`https://x-access-token:ghs_…@github.com/…`); it goes into job
 * parameters that anyone who can view the job reads, so the user part is dropped.
 */
export function withoutCredentials(url: string | undefined): string | undefined {
  if (!url) return url;
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
}
