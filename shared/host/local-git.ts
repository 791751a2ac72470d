import { execFileSync } from 'child_process';

/** What `git` says about the checkout the CLI runs in. */
export interface LocalCheckout {
  /** The remote Databricks would clone: `origin`, else the only remote. */
  remote: string;
  /** Its URL as configured (SSH, HTTPS, a path or file://). */
  url: string;
  /** HEAD's commit; undefined in a repository with no commit yet. */
  sha?: string;
  /** Work-tree files that differ from HEAD (untracked ones included). */
  changedFiles: number;
  /** HEAD is in a branch of `remote` as last fetched, so Databricks can check it out. */
  onRemote: boolean;
}

/** A stuck `git` (a credential prompt, a network file system) must not hang the command. */
const GIT_TIMEOUT_MS = 10_000;

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      timeout: GIT_TIMEOUT_MS,
      stdio: ['ignore', 'pipe', 'ignore'],
      // Never ask for credentials or open an editor: these are read-only local queries.
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
    }).trim();
  } catch {
    return undefined;
  }
}

/**
 * Reads the git checkout at `cwd`, or returns undefined when it is not one (or git is missing, or
 * the checkout has no remote: nothing Databricks could clone).
 */
export function readLocalCheckout(cwd: string): LocalCheckout | undefined {
  if (git(cwd, ['rev-parse', '--is-inside-work-tree']) !== 'true') return undefined;
  const remotes = (git(cwd, ['remote']) ?? '').split('\n').filter(Boolean);
  const remote = remotes.includes('origin') ? 'origin' : remotes.length === 1 ? remotes[0] : '';
  if (!remote) return undefined;
  const url = git(cwd, ['remote', 'get-url', remote]);
  if (!url) return undefined;
  const sha = git(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']) || undefined;
  const status = git(cwd, ['status', '--porcelain']) ?? '';
  const changedFiles = status.split('\n').filter(Boolean).length;
  const containing = sha
    ? git(cwd, ['for-each-ref', '--contains', sha, '--format=%(refname)', `refs/remotes/${remote}`])
    : undefined;
  return { remote, url, sha, changedFiles, onRemote: !!containing };
}

/** Why the commit Databricks checks out is not what is in the work tree, one sentence each. */
export function checkoutWarnings(c: LocalCheckout): string[] {
  const out: string[] = [];
  const short = c.sha?.slice(0, 12) ?? 'HEAD';
  if (c.changedFiles > 0) {
    out.push(
      `The work tree has ${c.changedFiles} uncommitted change${c.changedFiles === 1 ? '' : 's'}: Databricks checks out commit ${short} from ${c.remote}, not your work tree. Commit and push them, or use --upload for work in progress.`,
    );
  }
  if (c.sha && !c.onRemote) {
    out.push(
      `Commit ${short} is on no branch of ${c.remote} (as last fetched): Databricks clones ${c.remote} and will not find it. Push it first (git push), or use --upload.`,
    );
  }
  return out;
}
