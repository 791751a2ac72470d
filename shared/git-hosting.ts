/**
 * What release-branch needs from wherever the repository lives (GitHub REST, Azure DevOps Git
 * REST, a local git repository). Small on purpose: the release logic in release.ts is written once
 * against it and tested against an in-memory one.
 */
export interface Commit {
  sha: string;
  /** The full message: subject, body and footers. */
  message: string;
}

export interface PullRequest {
  number: number;
  title: string;
  url?: string;
  author?: string;
}

export interface ReleaseBackend {
  /** Where, for messages: `GitHub owner/repo`, `Azure DevOps project/repo`, `git /path`. */
  readonly where: string;
  /** The commit SHA a branch, tag or (abbreviated) SHA names; undefined when it names nothing. */
  resolveCommit(ref: string): Promise<string | undefined>;
  /** Every tag whose name starts with `prefix` (names only, without refs/tags/). */
  listTags(prefix: string): Promise<string[]>;
  /** The commit a tag points at (annotated tags peeled); undefined when there is no such tag. */
  tagCommit(name: string): Promise<string | undefined>;
  /** The commit a branch points at; undefined when there is no such branch. */
  branchCommit(name: string): Promise<string | undefined>;
  /** Commits reachable from `to` and not from `from` (all of `to`'s history when `from` is unset), newest first. */
  commitsBetween(from: string | undefined, to: string): Promise<Commit[]>;
  /** Whether `ancestor` is `descendant` or one of its ancestors. */
  isAncestor(ancestor: string, descendant: string): Promise<boolean>;
  createBranch(name: string, sha: string): Promise<void>;
  /** Moves an existing branch from `from` to `to`; the backend refuses if it moved meanwhile. */
  moveBranch(name: string, from: string, to: string, force: boolean): Promise<void>;
  createAnnotatedTag(name: string, sha: string, message: string): Promise<void>;
  /** Merged pull requests among `commits`, where the host knows them; else from commit messages. */
  mergedPullRequests?(commits: Commit[]): Promise<PullRequest[]>;
  /** Creates the host's release for `tag` (or finds the one there) and returns its URL. */
  publishRelease?(tag: string, title: string, notes: string): Promise<string>;
  /** A link to the tag or release for outputs, without writing anything. */
  releaseUrl?(tag: string): string | undefined;
}

/** What a capability asks the host for: where its repository is written. */
export interface GitHostingRequest {
  /** The `github-token` input (GitHub); the ADO host uses the job's token. */
  token?: string;
  /** The local checkout (CLI). */
  repositoryPath: string;
  signal?: AbortSignal;
}

export interface GitHosting {
  backend: ReleaseBackend;
  /** The commit to release when no ref is given. */
  defaultRef?: string;
}
