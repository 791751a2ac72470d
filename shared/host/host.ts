import type { Logger } from '../logger';
import type { GitHosting, GitHostingRequest } from '../git-hosting';
import type { InputSpec } from '../manifest';
import type { PrReportBackend } from '../report/pr-comment';
import type { CheckRunRequest, CheckRunResult } from '../check-run';

export type HostKind = 'github' | 'azure-devops' | 'cli';

export type Outcome = 'succeeded' | 'succeededWithIssues' | 'failed';

/** The result file formats unit-tests reads; JUnit unless said otherwise. */
export type TestResultFormat = 'junit' | 'trx' | 'nunit' | 'xunit';

/**
 * Who is running us, as far as the CI system tells: used for idempotency tokens, git sources,
 * report keys and PR comments. Every field is optional: the CLI knows little.
 */
export interface CiContext {
  provider: HostKind;
  /** GitHub run id / ADO build id. */
  runId?: string;
  /** GitHub run attempt / ADO job attempt. */
  attempt?: string;
  /** GitHub job id / ADO job name. */
  job?: string;
  /** GitHub step id (GITHUB_ACTION) / ADO task instance id. */
  step?: string;
  workflow?: string;
  /** The repository's clone URL. */
  repositoryUrl?: string;
  /** `owner/name` (GitHub) or the ADO repository name. */
  repository?: string;
  /** `gitHub`, `gitHubEnterprise`, `azureDevOpsServices`, `gitLab`, `bitbucketCloud`, ... */
  gitProvider?: string;
  /** The commit under test: the PR head on pull requests, else the pushed commit. */
  sha?: string;
  ref?: string;
  pullRequest?: number;
  /**
   * `owner/name` of the repository a GitHub pull request's head is in (a fork's, or the
   * repository itself); `null` for a deleted fork. Undefined outside pull requests.
   */
  headRepository?: string | null;
  /**
   * On GitHub's `workflow_run`: the run that triggered this one, as GitHub (not its artifacts)
   * says: its commit, the repository that commit is in (a fork's for a fork's PR), its event.
   */
  workflowRun?: { headSha?: string; headRepository?: string | null; event?: string };
  /** GitHub server URL / ADO collection URI. */
  serverUrl?: string;
  apiUrl?: string;
  /** ADO team project. */
  project?: string;
  /** A link to this CI run, for reports. */
  runUrl?: string;
  /** Who started the run: GitHub actor / ADO Build.RequestedFor. */
  actor?: string;
  /** The event name (GitHub) or build reason (ADO). */
  event?: string;
  /**
   * Why the commit above may not be the code the user means (the CLI in a local checkout:
   * uncommitted changes, a commit not pushed); printed when the git source is built from it.
   */
  checkoutWarnings?: readonly string[];
}

/**
 * Everything a capability needs from the CI system it runs in. Adapters: github.ts,
 * azure-devops.ts, cli.ts. Capabilities never see a Host directly: the runner hands them narrow
 * pieces of it.
 */
export interface Host extends Logger {
  readonly kind: HostKind;
  /** How an input is named to the user: `job-name`, `jobName` or `--job-name`. */
  inputLabel(name: string, adoName: string): string;
  /** The raw value of an input, or undefined when not set (empty counts as not set). */
  getInput(name: string, spec: InputSpec): string | undefined;
  setOutput(name: string, adoName: string, value: string): void;
  setSecret(value: string): void;
  /** Appends markdown to the step summary (GitHub) or uploaded summary (ADO). */
  appendSummary(markdown: string): Promise<void>;
  saveState(key: string, value: string): void;
  getState(key: string): string | undefined;
  /** Marks the step's result. `message` is printed once, as an error for `failed`. */
  setOutcome(outcome: Outcome, message?: string): void;
  /** The process environment, for settings that fall back to it (DATABRICKS_HOST, ...). */
  readonly env: Readonly<Record<string, string | undefined>>;
  ci(): CiContext;
  /** Connection settings coming from the host itself (the ADO service connection), if any. */
  connectionDefaults(): Record<string, string | undefined>;
  /** Echoes text that came from elsewhere (run logs) without letting it act as a log command. */
  echoUntrusted(text: string): void;
  /** Hands JUnit result files to the CI system's own test view (ADO Tests tab); no-op elsewhere. */
  publishTestResults(files: string[], title: string, format?: TestResultFormat): void;
  /** The repository checkout the step runs in (GitHub workspace, ADO sources directory, else here). */
  workspaceDir(): string;
  /** A temporary folder of the CI job's own (runner temp, agent temp), else the system's. */
  tempDir(): string;
  /**
   * The token for the CI system's own REST API: on GitHub the capability's `github-token` input
   * (`given`), on ADO the job's access token whatever is given; in the CLI what is given.
   */
  ciToken(given: string | undefined): string | undefined;
  /** Where the sticky PR report goes; undefined where there is no CI system to write it to. */
  prReportBackend(): PrReportBackend | undefined;
  /**
   * The CI system's Git hosting (refs, annotated tags, releases): GitHub's REST API, Azure Repos,
   * or the local checkout in the CLI. Each adapter loads its client on demand.
   */
  gitHosting(request: GitHostingRequest): Promise<GitHosting>;
  /**
   * A named check run on the commit (GitHub only); `token` is the CI token. Hosts without check
   * runs leave it out and the request is skipped with a debug line.
   */
  checkRun?(
    request: CheckRunRequest,
    token: string | undefined,
    logger: Logger,
    signal?: AbortSignal,
  ): Promise<CheckRunResult>;
  /**
   * Uploads `files` (inside `folder`, which holds nothing else) as the artifact `name`; throws
   * when it cannot, for the runner to warn. Hosts without artifacts leave it out.
   */
  uploadArtifact?(
    name: string,
    folder: string,
    files: string[],
    logger: Logger,
  ): Promise<{ url?: string; id?: number }>;
  /** Who approved this run's deployment, where the CI system can tell (GitHub environments). */
  approvers?(token: string | undefined, logger: Logger): Promise<string[]>;
}
