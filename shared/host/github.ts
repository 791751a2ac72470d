import * as os from 'os';
import * as path from 'path';
import * as core from './github-commands';
import { randomUUID } from 'crypto';
import type { Logger, SourceLocation } from '../logger';
import { githubContext } from './github-context';
import type { GitHosting, GitHostingRequest } from '../git-hosting';
import { githubPrReport, type PrReportBackend } from '../report/pr-comment';
import { githubApprovers } from './github-approvals';
import type { CiContext, Host, Outcome } from './host';
import type { CheckRunRequest, CheckRunResult } from '../check-run';
import { neutralise, neutraliseViewMarkers } from './neutralise';
import { redactSecrets, registerSecret } from './secrets';

/** Every line we print: secrets redacted, and no line can start a workflow command. */
function safe(text: string): string {
  return neutralise(redactSecrets(text), ['github']);
}

function annotation(location?: SourceLocation): core.AnnotationProperties | undefined {
  if (!location) return undefined;
  const text = (v?: string) => (v === undefined ? undefined : safe(v));
  return {
    title: text(location.title),
    file: text(location.file),
    startLine: location.line,
    endLine: location.endLine,
    startColumn: location.column,
  };
}

/** The GitHub Actions runner, through @actions/core 2.x. */
export class GithubHost implements Host {
  readonly kind = 'github' as const;
  private ciContext?: CiContext;

  constructor(readonly env: Readonly<Record<string, string | undefined>> = process.env) {}

  inputLabel(name: string): string {
    return `'${name}'`;
  }

  getInput(name: string): string | undefined {
    const value = core.getInput(name);
    return value === '' ? undefined : value;
  }

  setOutput(name: string, _ado: string, value: string): void {
    try {
      core.setOutput(name, redactSecrets(value));
    } catch (err) {
      // A broken GITHUB_OUTPUT file must not turn every outcome into a crash with a stack trace.
      this.warning(
        `Could not set output '${name}': ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  }

  setSecret(value: string): void {
    registerSecret(value);
    core.setSecret(value);
  }

  async appendSummary(markdown: string): Promise<void> {
    if (!this.env.GITHUB_STEP_SUMMARY) {
      core.debug('GITHUB_STEP_SUMMARY is not set: the summary is not written.');
      return;
    }
    await core.summary.addRaw(redactSecrets(markdown), true).write();
    core.summary.emptyBuffer();
  }

  saveState(key: string, value: string): void {
    core.saveState(key, redactSecrets(value));
  }

  getState(key: string): string | undefined {
    const value = core.getState(key);
    return value === '' ? undefined : value;
  }

  setOutcome(outcome: Outcome, message?: string): void {
    if (outcome === 'failed') core.setFailed(safe(message ?? 'Failed.'));
    else if (outcome === 'succeededWithIssues' && message) core.warning(safe(message));
  }

  ci(): CiContext {
    this.ciContext ??= githubContext(this.env);
    return this.ciContext;
  }

  connectionDefaults(): Record<string, string | undefined> {
    return {};
  }

  echoUntrusted(text: string): void {
    // Remote text could contain '::set-output' or '::add-mask' lines; stop command processing
    // around it with a token nobody can guess. That leaves its lines readable as they are, but
    // not the log view's own markers (`##[error]`, `##[group]`), which stopping does not cover.
    const token = randomUUID();
    const body = neutraliseViewMarkers(redactSecrets(text));
    process.stdout.write(
      `::stop-commands::${token}\n${body.endsWith('\n') ? body : `${body}\n`}::${token}::\n`,
    );
  }

  workspaceDir(): string {
    return path.resolve(this.env.GITHUB_WORKSPACE || process.cwd());
  }

  tempDir(): string {
    return this.env.RUNNER_TEMP || os.tmpdir();
  }

  ciToken(given: string | undefined): string | undefined {
    return given;
  }

  prReportBackend(): PrReportBackend {
    return githubPrReport;
  }

  async gitHosting(request: GitHostingRequest): Promise<GitHosting> {
    const { githubBackend } = await import('./git-hosting/github');
    return {
      backend: await githubBackend(this.ci(), request.token, request.signal),
      defaultRef: this.ci().sha,
    };
  }

  async checkRun(
    request: CheckRunRequest,
    token: string | undefined,
    logger: Logger,
    signal?: AbortSignal,
  ): Promise<CheckRunResult> {
    const { publishGithubCheckRun } = await import('./check-run/github');
    return publishGithubCheckRun(this.ci(), request, token, logger, signal);
  }

  uploadArtifact(
    name: string,
    folder: string,
    files: string[],
  ): Promise<{ url?: string; id?: number }> {
    // Required here, not at the top: only artifact uploads need it (and its large library).
    const { uploadGithubArtifact } =
      require('./artifact/github') as typeof import('./artifact/github');
    return uploadGithubArtifact(this.ci(), this.env, name, folder, files);
  }

  approvers(token: string | undefined, logger: Logger): Promise<string[]> {
    return githubApprovers(this.ci(), token, logger);
  }

  publishTestResults(): void {
    // GitHub has no built-in test view: the summary and annotations are the report.
  }

  debug(message: string): void {
    core.debug(safe(message));
  }
  info(message: string): void {
    core.info(safe(message));
  }
  warning(message: string, location?: SourceLocation): void {
    core.warning(safe(message), annotation(location));
  }
  error(message: string, location?: SourceLocation): void {
    core.error(safe(message), annotation(location));
  }
  group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    return core.group(safe(name), fn);
  }
}
