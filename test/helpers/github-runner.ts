// Runs a committed action bundle the way the GitHub runner does: a child `node` process with
// INPUT_* variables and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_STATE files, then reads them.
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import YAML from 'yaml';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface ActionRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Values saved with saveState, for the post step. */
  state: Record<string, string>;
}

export interface ActionOptions {
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** State saved by the main step (STATE_* variables for the post step). */
  state?: Record<string, string>;
  cwd?: string;
  /** Node binary; defaults to the one running the tests. */
  node?: string;
  /** What `${{ github.token }}` evaluates to in action.yml defaults. */
  githubToken?: string;
}

/** The token the emulated runner gives `${{ github.token }}` unless a test chooses one. */
export const RUNNER_GITHUB_TOKEN = 'ghs_emulated_runner_token_0000';

/** Parses the runner's `name<<DELIM` / `name=value` file format. */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]);
      out[name] = value.join('\n');
    } else if (line.includes('=')) {
      const eq = line.indexOf('=');
      out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

function inputEnv(inputs: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(inputs))
    env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  return env;
}

/** The action.yml whose `runs.main`/`runs.post` is `script`, if any. */
function actionYmlOf(script: string): string | undefined {
  const m = /^dist\/actions\/([^/]+)\/(main|post)\.js$/.exec(script);
  if (!m) return undefined;
  return m[1] === 'root' ? 'action.yml' : `actions/${m[1]}/action.yml`;
}

/**
 * The inputs as the runner passes them: every input that action.yml declares, the user's value or
 * else the declared default (expressions evaluated), or empty. An input action.yml does not declare
 * is a mistake in the test or the declaration, so it fails here instead of being passed silently.
 */
function runnerInputs(
  script: string,
  given: Record<string, string>,
  githubToken: string,
): Record<string, string> {
  const file = actionYmlOf(script);
  if (!file) return given;
  const action = YAML.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as {
    inputs?: Record<string, { default?: string }>;
  };
  const declared = action.inputs ?? {};
  const unexpected = Object.keys(given).filter((k) => !(k in declared));
  if (unexpected.length > 0)
    throw new Error(`Unexpected input(s) ${unexpected.join(', ')}: ${file} does not declare them.`);
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(declared)) {
    out[name] = given[name] ?? evaluateDefault(String(spec?.default ?? ''), githubToken, file);
  }
  return out;
}

function evaluateDefault(text: string, githubToken: string, file: string): string {
  return text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_m, expr: string) => {
    if (expr === 'github.token') return githubToken;
    throw new Error(`${file}: the emulated runner cannot evaluate \${{ ${expr} }} in a default.`);
  });
}

export interface StartedAction {
  child: ChildProcess;
  /** Resolves when the process exits, with everything it wrote. */
  done: Promise<ActionRun>;
  /** Resolves when stdout+stderr contain `text`. */
  waitForOutput(text: string | RegExp, timeoutMs?: number): Promise<void>;
}

/** Starts `script` (a path relative to the repository root) as the runner would. */
export function startAction(script: string, options: ActionOptions = {}): StartedAction {
  const inputs = runnerInputs(
    script,
    options.inputs ?? {},
    options.githubToken ?? RUNNER_GITHUB_TOKEN,
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gh-runner-'));
  const files = {
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    GITHUB_STATE: path.join(dir, 'state'),
    GITHUB_ENV: path.join(dir, 'env'),
    GITHUB_PATH: path.join(dir, 'path'),
  };
  for (const f of Object.values(files)) fs.writeFileSync(f, '');
  const stateEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(options.state ?? {})) stateEnv[`STATE_${k}`] = v;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    RUNNER_TEMP: dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    ...files,
    ...inputEnv(inputs),
    ...stateEnv,
    ...(options.env ?? {}),
  };
  const child = spawn(options.node ?? process.execPath, [path.join(ROOT, script)], {
    cwd: options.cwd ?? dir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const waiters: Array<() => void> = [];
  const onData = () => waiters.forEach((w) => w());
  child.stdout!.on('data', (d: Buffer) => {
    stdout += d.toString();
    onData();
  });
  child.stderr!.on('data', (d: Buffer) => {
    stderr += d.toString();
    onData();
  });
  const done = new Promise<ActionRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const read = (f: string) => fs.readFileSync(f, 'utf8');
      resolve({
        code,
        signal,
        stdout,
        stderr,
        outputs: parseCommandFile(read(files.GITHUB_OUTPUT)),
        summary: read(files.GITHUB_STEP_SUMMARY),
        state: parseCommandFile(read(files.GITHUB_STATE)),
      });
      fs.rmSync(dir, { recursive: true, force: true });
    });
  });
  const waitForOutput = (text: string | RegExp, timeoutMs = 30000) =>
    new Promise<void>((resolve, reject) => {
      const matches = () =>
        typeof text === 'string' ? (stdout + stderr).includes(text) : text.test(stdout + stderr);
      if (matches()) return resolve();
      const timer = setTimeout(
        () => reject(new Error(`Timed out waiting for ${String(text)}.\n${stdout}\n${stderr}`)),
        timeoutMs,
      );
      waiters.push(() => {
        if (matches()) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
  return { child, done, waitForOutput };
}

export function runAction(script: string, options: ActionOptions = {}): Promise<ActionRun> {
  return startAction(script, options).done;
}
