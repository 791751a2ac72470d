import type { Inputs } from './inputs';
import type { Logger, MaskSecret } from './logger';
import type { CapabilityManifest, OutputName } from './manifest';
import type { GitHosting, GitHostingRequest } from './git-hosting';
import type { CiContext, HostKind, Outcome, TestResultFormat } from './host/host';
import type { PrCommentResult } from './report/pr-comment';
import type { CheckRunSink } from './check-run';
import type { ArtifactSink } from './artifacts';
import type { PrCommentMode, ReportState } from './report/report-state';
import type { ReportTarget } from './report/event-target';

/** Where a capability writes what it produced. Every declared output is set on every outcome. */
export interface OutputSink<M extends CapabilityManifest = CapabilityManifest> {
  set(name: OutputName<M>, value: string | number | boolean | object | undefined): void;
}

/** The step summary (GitHub job summary, ADO uploaded summary). */
export interface SummarySink {
  append(markdown: string): Promise<void>;
}

/** State saved by the main step for the post step. */
export interface StateStore {
  save(key: string, value: string): void;
  get(key: string): string | undefined;
}

export interface PrReportSink {
  /** Creates or updates the report with this key. Never throws for permission or API problems. */
  upsert(
    markdown: string,
    options: {
      key: string;
      resolved?: boolean;
      token?: string;
      /** When to write (default `always`); `changes` and `failures` compare with `state`. */
      mode?: PrCommentMode;
      /** Recorded in the report, so that the next run can say what changed. */
      state?: ReportState;
      /** Another run's pull request and commit (`workflow_run` publishing). */
      target?: ReportTarget;
    },
  ): Promise<PrCommentResult>;
}

export interface CapabilityContext<M extends CapabilityManifest = CapabilityManifest> {
  inputs: Inputs<M>;
  logger: Logger;
  outputs: OutputSink<M>;
  summary: SummarySink;
  state: StateStore;
  maskSecret: MaskSecret;
  ci: CiContext;
  /** For the user agent only: capabilities never branch on it (a test checks). */
  hostKind: HostKind;
  /** The process environment (read-only): for settings that fall back to it. */
  env: Readonly<Record<string, string | undefined>>;
  /** Connection settings the host provides (the ADO service connection). */
  connectionDefaults: Record<string, string | undefined>;
  /** Aborted when CI cancels the step (SIGINT/SIGTERM). */
  signal: AbortSignal;
  /** Echo text from elsewhere (remote logs) so that it cannot act as a log command. */
  echoUntrusted(text: string): void;
  /** Hands JUnit files to the CI system's own test view (ADO Tests tab); no-op elsewhere. */
  publishTestResults(files: string[], title: string, format?: TestResultFormat): void;
  /** The repository checkout the step runs in: relative paths in inputs are relative to it. */
  workspaceDir: string;
  /** A temporary folder of the CI job's own. */
  tempDir: string;
  /**
   * The token for the CI system's own REST API: `given` (the capability's `github-token`) on
   * GitHub and in the CLI, the job's access token on ADO.
   */
  ciToken(given: string | undefined): string | undefined;
  /** The CI system's Git hosting (refs, tags, releases), chosen by the host. */
  gitHosting(request: GitHostingRequest): Promise<GitHosting>;
  /** The sticky PR report, written through whatever CI system the host is; skipped outside CI. */
  prReport: PrReportSink;
  /** A named check run on the commit (GitHub); skipped with a debug line elsewhere. */
  checkRun: CheckRunSink;
  /** Files kept for the user: a workflow artifact (GitHub), a build artifact (ADO), a folder (CLI). */
  artifacts: ArtifactSink;
  /**
   * Who approved this CI run's deployment (GitHub environment reviewers), as the host can tell;
   * empty where it cannot.
   */
  ciApprovers(token: string | undefined): Promise<string[]>;
  /**
   * Renders `inputRef`s as this host's users write inputs, for text that reaches the user other
   * than through the logger, outputs, summary or result (which are rendered already): a file, a
   * PR comment.
   */
  nameInputs(text: string): string;
  /** Tool version, for user agents and reports. */
  version: string;
}

/** What a capability's main step ends with when it does not throw. */
export interface CapabilityResult {
  outcome: Outcome;
  /** For `failed` and `succeededWithIssues`: one line saying why. */
  message?: string;
}

export interface Capability<M extends CapabilityManifest = CapabilityManifest> {
  manifest: M;
  main(ctx: CapabilityContext<M>): Promise<CapabilityResult | void>;
  post?(ctx: CapabilityContext<M>): Promise<void>;
}
