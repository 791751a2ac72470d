// The CLI front door in process (cli/cli.ts's `cli(argv, io)`), with what it printed collected.
import { PassThrough } from 'stream';
import { cli } from '../../cli/cli';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `databricks-mlops <argv…>` in this process; the environment is PATH alone unless given. */
export async function runCli(
  argv: string[],
  env: Record<string, string | undefined> = { PATH: process.env.PATH },
): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d));
  stderr.on('data', (d: Buffer) => (err += d));
  const code = await cli(argv, { stdout, stderr, env });
  return { code, stdout: out, stderr: err };
}
