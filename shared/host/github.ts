import * as core from '@actions/core';
import { randomUUID } from 'crypto';
import type { SourceLocation } from '../logger';
import { githubContext } from './github-context';
import type { CiContext, Host, Outcome } from './host';

function annotation(location?: SourceLocation): core.AnnotationProperties | undefined {
  if (!location) return undefined;
  return {
    title: location.title,
    file: location.file,
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
      core.setOutput(name, value);
    } catch (err) {
      // A broken GITHUB_OUTPUT file must not turn every outcome into a crash with a stack trace.
      core.warning(
        `Could not set output '${name}': ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  }

  setSecret(value: string): void {
    core.setSecret(value);
  }

  async appendSummary(markdown: string): Promise<void> {
    if (!this.env.GITHUB_STEP_SUMMARY) {
      core.debug('GITHUB_STEP_SUMMARY is not set: the summary is not written.');
      return;
    }
    await core.summary.addRaw(markdown, true).write();
    core.summary.emptyBuffer();
  }

  saveState(key: string, value: string): void {
    core.saveState(key, value);
  }

  getState(key: string): string | undefined {
    const value = core.getState(key);
    return value === '' ? undefined : value;
  }

  setOutcome(outcome: Outcome, message?: string): void {
    if (outcome === 'failed') core.setFailed(message ?? 'Failed.');
    else if (outcome === 'succeededWithIssues' && message) core.warning(message);
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
    // around it with a token nobody can guess.
    const token = randomUUID();
    process.stdout.write(
      `::stop-commands::${token}\n${text.endsWith('\n') ? text : `${text}\n`}::${token}::\n`,
    );
  }

  publishTestResults(): void {
    // GitHub has no built-in test view: the summary and annotations are the report.
  }

  debug(message: string): void {
    core.debug(message);
  }
  info(message: string): void {
    core.info(message);
  }
  warning(message: string, location?: SourceLocation): void {
    core.warning(message, annotation(location));
  }
  error(message: string, location?: SourceLocation): void {
    core.error(message, annotation(location));
  }
  group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    return core.group(name, fn);
  }
}
