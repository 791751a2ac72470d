// The CLI front door in process (cli/cli.ts's `cli(argv, io)`), with what it printed collected.
import { PassThrough } from 'stream';
import { cli } from '../../cli/cli';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliJsonResult extends CliResult {
  /** `--json` output: the step's outputs (none when nothing was printed). */
  outputs: Record<string, string>;
}

/** Runs a command given an stdout and stderr, and collects what it printed on each. */
export async function captured(
  run: (io: { stdout: PassThrough; stderr: PassThrough }) => Promise<number>,
): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d));
  stderr.on('data', (d: Buffer) => (err += d));
  const code = await run({ stdout, stderr });
  return { code, stdout: out, stderr: err };
}

/**
 * Runs `databricks-mlops <argv…>` in this process; the environment is PATH alone unless given.
 * `cwd` is the working directory for the run (the CLI resolves relative paths against it).
 */
export async function runCli(
  argv: string[],
  env: Record<string, string | undefined> = { PATH: process.env.PATH },
  { cwd }: { cwd?: string } = {},
): Promise<CliResult> {
  const before = process.cwd();
  if (cwd) process.chdir(cwd);
  try {
    return await captured((io) => cli(argv, { ...io, env }));
  } finally {
    process.chdir(before);
  }
}

/** runCli for a `--json` run: stdout read as the outputs. */
export async function runCliJson(...args: Parameters<typeof runCli>): Promise<CliJsonResult> {
  const r = await runCli(...args);
  return { ...r, outputs: JSON.parse(r.stdout || '{}') as Record<string, string> };
}

/** The connection options for a (local) workspace. */
export function connectionArgs(ws: { host: string; token: string }): string[] {
  return ['--databricks-host', ws.host, '--databricks-token', ws.token];
}
