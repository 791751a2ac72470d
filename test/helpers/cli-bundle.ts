// The committed CLI bundle (dist/cli.js) in a process of its own, with what it printed collected.
import { spawn } from 'child_process';
import * as path from 'path';
import { ROOT } from './github-runner';

export interface BundleResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node dist/cli.js <args…>` asynchronously (a fake server on this event loop keeps
 * answering). The environment is PATH and HOME alone unless given: no GITHUB_*, TF_BUILD, CI or
 * DATABRICKS_* from the test's own.
 */
export function runCliBundle(
  args: string[],
  env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
  cwd?: string,
): Promise<BundleResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/cli.js'), ...args], { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
