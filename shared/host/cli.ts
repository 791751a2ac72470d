import * as fs from 'fs';
import type { SourceLocation } from '../logger';
import type { CiContext, Host, Outcome } from './host';
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

  getInput(name: string, _ado: string, env: readonly string[] = []): string | undefined {
    const flag = this.options.flags.get(name);
    if (flag !== undefined && flag !== '') return flag;
    for (const key of [cliEnvName(name), ...env]) {
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

  /** Prints the summary and the outputs; called once after the last phase. */
  finish(): void {
    if (this.summary) {
      if (this.options.summaryFile)
        fs.writeFileSync(this.options.summaryFile, this.redact(this.summary));
      else this.write(`\n${this.summary.trimEnd()}\n`);
    }
    if (this.options.json) {
      this.stdout.write(`${this.safe(JSON.stringify(this.outputs, null, 2))}\n`);
    } else {
      for (const [k, v] of Object.entries(this.outputs)) {
        if (v !== '')
          this.stdout.write(`${k}=${this.safe(v.includes('\n') ? JSON.stringify(v) : v)}\n`);
      }
    }
  }

  ci(): CiContext {
    return { provider: 'cli' };
  }

  connectionDefaults(): Record<string, string | undefined> {
    return {};
  }

  echoUntrusted(text: string): void {
    this.stderr.write(this.safe(text.endsWith('\n') ? text : `${text}\n`));
  }

  publishTestResults(): void {}

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

function where(location?: SourceLocation): string {
  if (!location?.file) return '';
  return `${location.file}${location.line ? `:${location.line}` : ''}: `;
}
