import { InputError, UserError, inputRef, quoteValue } from '../errors';
import type { CiContext } from '../host/host';

/** An explicit revision for the git source: `abc1234`, `tag:v1.2.0` or `branch:main`. */
export type GitRef =
  | { kind: 'commit'; value: string }
  | { kind: 'tag'; value: string }
  | { kind: 'branch'; value: string };

export function parseGitRef(text: string): GitRef {
  const m = /^(commit|tag|branch):(.+)$/.exec(text);
  if (m) {
    const kind = m[1] as GitRef['kind'];
    if (kind === 'commit' && !/^[0-9a-f]{7,40}$/i.test(m[2])) {
      throw new InputError(
        'git-ref',
        `has a commit that is not a 7–40 character hex SHA: ${quoteValue(m[2])}`,
      );
    }
    return { kind, value: m[2] };
  }
  if (/^[0-9a-f]{7,40}$/i.test(text)) return { kind: 'commit', value: text };
  throw new InputError(
    'git-ref',
    `must be a commit SHA, 'tag:<name>' or 'branch:<name>', got ${quoteValue(text)}`,
  );
}

/** The `git_source` block of runs/submit. */
export interface GitSource {
  git_url: string;
  git_provider: string;
  git_commit?: string;
  git_branch?: string;
  git_tag?: string;
}

export interface GitOverrides {
  gitUrl?: string;
  gitRef?: GitRef;
  gitProvider?: string;
}

/**
 * ADO's `Build.Repository.Provider` → Databricks' `git_provider`. `Git` (an "other Git" repository)
 * says nothing about the host, so its URL decides.
 */
const ADO_PROVIDERS: Record<string, string | undefined> = {
  tfsgit: 'azureDevOpsServices',
  github: 'gitHub',
  githubenterprise: 'gitHubEnterprise',
  bitbucket: 'bitbucketCloud',
  bitbucketserver: 'bitbucketServer',
  gitlab: 'gitLab',
};

/** Already in Databricks' spelling (the GitHub context), or a host we can recognise in a URL. */
function providerFromUrl(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  if (host === 'github.com') return 'gitHub';
  if (host === 'dev.azure.com' || host.endsWith('.visualstudio.com')) return 'azureDevOpsServices';
  if (host === 'bitbucket.org') return 'bitbucketCloud';
  if (host === 'gitlab.com') return 'gitLab';
  // A self-managed GitLab usually says so in its name (gitlab.acme.corp).
  if (host.split('.').includes('gitlab')) return 'gitLabEnterpriseEdition';
  if (/^git-codecommit\./.test(host)) return 'awsCodeCommit';
  return undefined;
}

/** A path or file:// URL: only the local workspace can clone it, so any provider will do. */
export function isLocalRepository(url: string): boolean {
  return url.startsWith('file://') || url.startsWith('/') || /^\.\.?([/\\]|$)/.test(url);
}

export function gitProviderFor(ci: CiContext, url: string): string | undefined {
  const given = ci.gitProvider;
  if (!given && isLocalRepository(url)) return 'gitHub';
  if (ci.provider === 'azure-devops') {
    const mapped = given ? ADO_PROVIDERS[given.toLowerCase()] : undefined;
    if (mapped) return mapped;
    return providerFromUrl(url);
  }
  return given ?? providerFromUrl(url);
}

/**
 * The clone URL Databricks should use: HTTPS (it clones with its own Git credential, never SSH
 * keys, so a local checkout's `git@host:path` origin becomes `https://host/path`), no credentials
 * (ADO puts `org@` in front of dev.azure.com) and no trailing `.git`/slash, the way the
 * Databricks UI writes it.
 */
export function cleanGitUrl(url: string): string {
  let out = url.trim();
  const scp = /^[\w.-]+@([\w.-]+):(?!\/\/)(.+)$/.exec(out);
  if (scp) out = `ssh://${scp[1]}/${scp[2].replace(/^\/+/, '')}`;
  if (/^ssh:\/\//i.test(out)) {
    try {
      const u = new URL(out);
      // ssh.dev.azure.com:v3/org/project/repo is https://dev.azure.com/org/project/_git/repo.
      const ado = /^\/v3\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(u.pathname);
      if (u.hostname === 'ssh.dev.azure.com' && ado)
        out = `https://dev.azure.com/${ado[1]}/${ado[2]}/_git/${ado[3]}`;
      else out = `https://${u.hostname}${u.pathname}`;
    } catch {
      // Not parseable: keep it, the provider check names it.
    }
  }
  try {
    const u = new URL(out);
    if (u.protocol === 'http:' || u.protocol === 'https:') {
      u.username = '';
      u.password = '';
      out = u.toString();
    }
  } catch {
    // Not a URL (a local path in tests): keep as given.
  }
  return out.replace(/\/+$/, '').replace(/\.git$/, '');
}

/**
 * `git_source` for the commit under test. Returns undefined only in a plain terminal with nothing
 * to go on (the CLI outside CI); in CI a missing piece is an error that names the override.
 */
export function buildGitSource(ci: CiContext, overrides: GitOverrides): GitSource | undefined {
  const rawUrl = overrides.gitUrl ?? ci.repositoryUrl;
  if (!rawUrl) {
    if (ci.provider === 'cli' && !overrides.gitRef) return undefined;
    throw new UserError(
      `${inputRef('git-source')} is auto but the CI context does not name the repository. Set ${inputRef('git-url')} (and ${inputRef('git-ref')}), or set ${inputRef('git-source')} to none and use ${inputRef('upload')} or workspace paths.`,
    );
  }
  const url = cleanGitUrl(rawUrl);
  const provider = overrides.gitProvider ?? gitProviderFor(ci, url);
  if (!provider) {
    const problem = `Cannot tell the git provider of ${quoteValue(url)} (${ci.provider === 'cli' ? 'the origin of the local checkout' : `CI says '${ci.gitProvider ?? 'nothing'}'`})`;
    const fix = `Set ${inputRef('git-provider')}, e.g. gitHubEnterprise, gitLabEnterpriseEdition or bitbucketServer.`;
    // The URL came from the input: name it, so a typo in it is found where it was made.
    if (overrides.gitUrl !== undefined)
      throw new InputError(
        'git-url',
        `is ${quoteValue(url)}, whose git provider cannot be told`,
        fix,
      );
    throw new UserError(`${problem}. ${fix}`);
  }
  const ref: GitRef | undefined =
    overrides.gitRef ?? (ci.sha ? { kind: 'commit', value: ci.sha } : undefined);
  if (!ref) {
    throw new UserError(
      `${inputRef('git-source')} is auto but ${ci.provider === 'cli' ? 'the local checkout has no commit yet' : 'the CI context has no commit'}. Set ${inputRef('git-ref')} to a commit SHA, 'tag:<name>' or 'branch:<name>'.`,
    );
  }
  const source: GitSource = { git_url: url, git_provider: provider };
  if (ref.kind === 'commit') source.git_commit = ref.value;
  else if (ref.kind === 'tag') source.git_tag = ref.value;
  else source.git_branch = ref.value;
  return source;
}

export function describeGitSource(g: GitSource): string {
  const at = g.git_commit
    ? `commit ${g.git_commit.slice(0, 12)}`
    : g.git_tag
      ? `tag ${g.git_tag}`
      : `branch ${g.git_branch}`;
  return `${g.git_url} at ${at} (${g.git_provider})`;
}

/**
 * The `git-url` input, checked before anything is read or sent: a URL (Databricks clones over
 * https; the local workspace also takes file:// and an absolute path).
 */
export function checkGitUrl(gitUrl: string | undefined): string | undefined {
  if (gitUrl !== undefined && !/^[a-z][a-z0-9+.-]*:\/\/\S/i.test(gitUrl) && !gitUrl.startsWith('/'))
    throw new InputError(
      'git-url',
      `must be the repository's URL, got ${quoteValue(gitUrl)}`,
      'E.g. https://github.com/acme/ml-project.',
    );
  return gitUrl;
}
