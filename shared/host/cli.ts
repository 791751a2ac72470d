import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { SourceLocation } from '../logger';
import type { GitHosting, GitHostingRequest } from '../git-hosting';
import type { InputSpec, OutputSpec } from '../manifest';
import { githubPrReport, type PrReportBackend } from '../report/pr-comment';
import { githubContext } from './github-context';
import type { CiContext, Host, Outcome } from './host';
import { checkoutWarnings, readLocalCheckout } from './local-git';
import { ciSyntaxes, neutralise, stripTerminalControls, type CommandSyntax } from './neutralise';
import { redactSecrets, registerSecret } from './secrets';

export interface CliHostOptions {
  /** Input values from `--name value` flags, by kebab-case name. */
  flags: Map<string, string>;
  env?: Readonly<Record<string, string | undefined>>;
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
  verbose?: boolean;
  /** Print outputs as one JSON object on stdout at the end instead of name=value lines. */
  json?: boolean;
  /** Write the summary markdown here instead of printing it to stderr. */
  summaryFile?: string;
  /** Where artifacts are kept: `databricks-mlops-artifacts` in the working directory by default. */
  artifactDir?: string;
  /** The folder whose git checkout `git-source: auto` submits; the working directory by default. */
  cwd?: string;
}

/** Environment variable the CLI reads an input from when no flag is given: DATABRICKS_MLOPS_JOB_NAME. */
export function cliEnvName(name: string): string {
  return `DATABRICKS_MLOPS_${name.replace(/-/g, '_').toUpperCase()}`;
}

/** A terminal: logs to stderr, outputs to stdout, summary to a file or stderr. */
export class CliHost implements Host {
  readonly kind = 'cli' as const;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly outputs: Record<string, string> = {};
  /** Inside a CI step the runner reads commands from both our streams: whose to avoid. */
  private readonly syntaxes: CommandSyntax[];
  private readonly state = new Map<string, string>();
  private summary = '';
  private readonly stdout: NodeJS.WritableStream;
  private readonly stderr: NodeJS.WritableStream;

  constructor(private readonly options: CliHostOptions) {
    this.env = options.env ?? process.env;
    this.stdout = options.stdout ?? process.stdout;
    this.stderr = options.stderr ?? process.stderr;
    this.syntaxes = ciSyntaxes(this.env);
  }

  inputLabel(name: string): string {
    return `--${name}`;
  }

  getInput(name: string, spec: InputSpec): string | undefined {
    const flag = this.options.flags.get(name);
    if (flag !== undefined && flag !== '') return flag;
    for (const key of [cliEnvName(name), ...(spec.env ?? [])]) {
      const value = this.env[key];
      if (value !== undefined && value !== '') return value;
    }
    return undefined;
  }

  setOutput(name: string, _ado: string, value: string): void {
    this.outputs[name] = value;
  }

  setSecret(value: string): void {
    registerSecret(value);
  }

  /** Replaces every registered secret with ***, as the CI hosts' masking does. */
  redact(text: string): string {
    return redactSecrets(text);
  }

  /**
   * What reaches a stream: secrets redacted, terminal escapes removed (remote text must not
   * recolour, retitle or rewrite the terminal), and, inside a CI step, no workflow command.
   */
  private safe(text: string): string {
    return neutralise(stripTerminalControls(this.redact(text)), this.syntaxes);
  }

  async appendSummary(markdown: string): Promise<void> {
    this.summary += markdown.endsWith('\n') ? markdown : `${markdown}\n`;
  }

  saveState(key: string, value: string): void {
    this.state.set(key, value);
  }

  getState(key: string): string | undefined {
    return this.state.get(key);
  }

  setOutcome(outcome: Outcome, message?: string): void {
    if (outcome === 'failed') this.write(`error: ${message ?? 'failed'}`);
    else if (outcome === 'succeededWithIssues' && message) this.write(`warning: ${message}`);
  }

  /**
   * Prints the summary and the outputs; called once after the last phase. Every declared output
   * is printed, empty or not, so a script reads the same names whatever the outcome.
   */
  finish(declared: Readonly<Record<string, OutputSpec>> = {}): void {
    if (this.summary) {
      if (this.options.summaryFile)
        fs.writeFileSync(this.options.summaryFile, this.redact(this.summary));
      else this.write(`\n${this.summary.trimEnd()}\n`);
    }
    const names = [...new Set([...Object.keys(declared), ...Object.keys(this.outputs)])];
    if (this.options.json) {
      const out: Record<string, unknown> = {};
      for (const name of names) out[name] = jsonValue(this.outputs[name] ?? '', declared[name]);
      this.stdout.write(`${this.safe(JSON.stringify(out, null, 2))}\n`);
    } else {
      for (const name of names) {
        const v = this.outputs[name] ?? '';
        this.stdout.write(`${name}=${this.safe(v.includes('\n') ? JSON.stringify(v) : v)}\n`);
      }
    }
  }

  private ciContext?: CiContext;

  /**
   * Outside CI the checkout the command runs in is the CI context: its origin and HEAD are what
   * Databricks can check out (read once: main and post see the same commit). In a GitHub Actions
   * step the checkout's HEAD is a merge commit on pull requests, so the commit comes from the
   * GitHub context, as the action takes it.
   */
  ci(): CiContext {
    if (this.ciContext) return this.ciContext;
    if (this.env.GITHUB_ACTIONS === 'true') {
      this.ciContext = { ...githubContext(this.env), provider: 'cli' };
      return this.ciContext;
    }
    const checkout = readLocalCheckout(this.options.cwd ?? process.cwd());
    this.ciContext = checkout
      ? {
          provider: 'cli',
          repositoryUrl: checkout.url,
          repository: repositoryName(checkout.url),
          sha: checkout.sha,
          checkoutWarnings: checkoutWarnings(checkout),
        }
      : { provider: 'cli' };
    return this.ciContext;
  }

  connectionDefaults(): Record<string, string | undefined> {
    return {};
  }

  echoUntrusted(text: string): void {
    this.stderr.write(this.safe(text.endsWith('\n') ? text : `${text}\n`));
  }

  publishTestResults(): void {}

  async uploadArtifact(name: string, folder: string): Promise<{ url?: string }> {
    const base = path.resolve(
      this.options.artifactDir ??
        path.join(this.options.cwd ?? process.cwd(), 'databricks-mlops-artifacts'),
    );
    const target = path.join(base, name);
    // A second run of the same step replaces its artifact, as a CI re-run would.
    fs.rmSync(target, { recursive: true, force: true });
    fs.mkdirSync(base, { recursive: true });
    fs.cpSync(folder, target, { recursive: true });
    fs.rmSync(folder, { recursive: true, force: true });
    return { url: target };
  }

  workspaceDir(): string {
    // Inside a CI step the checkout is the CI system's workspace, not wherever the step cd'd to.
    return path.resolve(
      this.env.GITHUB_WORKSPACE || this.env.BUILD_SOURCESDIRECTORY || process.cwd(),
    );
  }

  tempDir(): string {
    return os.tmpdir();
  }

  ciToken(given: string | undefined): string | undefined {
    return given;
  }

  async gitHosting(request: GitHostingRequest): Promise<GitHosting> {
    // The CLI releases in the local checkout and never pushes: the user reviews, then pushes.
    const { localGitBackend } = await import('./git-hosting/local-git');
    return {
      backend: localGitBackend(request.repositoryPath, this.env, request.signal),
      defaultRef: 'HEAD',
    };
  }

  prReportBackend(): PrReportBackend | undefined {
    // `npx databricks-mlops` in a GitHub Actions step reports on the PR like the action does.
    return this.ci().provider === 'github' ? githubPrReport : undefined;
  }

  private write(line: string): void {
    this.stderr.write(`${this.safe(line)}\n`);
  }

  debug(message: string): void {
    if (this.options.verbose) this.write(`debug: ${message}`);
  }
  info(message: string): void {
    this.write(message);
  }
  warning(message: string, location?: SourceLocation): void {
    this.write(`warning: ${where(location)}${message}`);
  }
  error(message: string, location?: SourceLocation): void {
    this.write(`error: ${where(location)}${message}`);
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.write(`── ${name}`);
    return fn();
  }
}

/** A JSON-valued output as JSON (null when empty); any other output as its text. */
function jsonValue(text: string, spec: OutputSpec | undefined): unknown {
  if (!spec?.json) return text;
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** `acme/ml` from a clone URL, the folder name from a path: names the default run. */
function repositoryName(url: string): string {
  const scp = /^[\w.-]+@[\w.-]+:(.+)$/.exec(url);
  let p = scp ? scp[1] : url;
  try {
    const u = new URL(url);
    if (u.protocol !== 'file:') p = u.pathname;
    else p = path.basename(u.pathname);
  } catch {
    if (!scp) p = path.basename(url);
  }
  return p.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '') || 'run-job';
}

function where(location?: SourceLocation): string {
  if (!location?.file) return '';
  const line = location.line
    ? `:${location.line}${location.column ? `:${location.column}` : ''}`
    : '';
  return `${location.file}${line}: `;
}
