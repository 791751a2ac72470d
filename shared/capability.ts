import type { Inputs } from './inputs';
import type { Logger, MaskSecret } from './logger';
import type { CapabilityManifest } from './manifest';
import type { CiContext, HostKind, Outcome } from './host/host';

/** Where a capability writes what it produced. Every declared output is set on every outcome. */
export interface OutputSink {
  set(name: string, value: string | number | boolean | object | undefined): void;
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

export interface CapabilityContext {
  inputs: Inputs;
  logger: Logger;
  outputs: OutputSink;
  summary: SummarySink;
  state: StateStore;
  maskSecret: MaskSecret;
  ci: CiContext;
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
  publishTestResults(files: string[], title: string): void;
  /**
   * Who approved this CI run's deployment (GitHub environment reviewers, ADO approvals), as the
   * host can tell; absent where it cannot.
   */
  ciApprovers?: () => Promise<string[]>;
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

export interface Capability {
  manifest: CapabilityManifest;
  main(ctx: CapabilityContext): Promise<CapabilityResult | void>;
  post?(ctx: CapabilityContext): Promise<void>;
}
