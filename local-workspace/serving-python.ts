/**
 * A served model version whose registered `source` is a local directory (a path or a `file:` URI)
 * with a `predict.py` is answered by running it: `python3 predict.py` gets the request JSON on
 * stdin and prints the answer JSON on stdout. A failing script is the model's error, answered as
 * Databricks answers a model that raises: 400 `BAD_REQUEST` with the error's last line.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { ApiError } from './types';

const TIMEOUT_MS = 60_000;
const MAX_OUTPUT = 16 * 1024 * 1024;

/** The `predict.py` beside a version's source, when there is one on this machine. */
export function predictScript(source: string | undefined): string | undefined {
  if (!source) return undefined;
  let dir: string;
  try {
    dir = source.startsWith('file:') ? fileURLToPath(source) : source;
  } catch {
    return undefined;
  }
  if (!path.isAbsolute(dir)) return undefined;
  const candidates = [path.join(dir, 'predict.py'), path.join(path.dirname(dir), 'predict.py')];
  return candidates.find((f) => {
    try {
      return fs.statSync(f).isFile();
    } catch {
      return false;
    }
  });
}

export function runPredict(python: string, script: string, request: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = spawn(python, [script], {
      cwd: path.dirname(script),
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, PYTHONUNBUFFERED: '1' },
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.stdout.on('data', (d: Buffer) => {
      if (out.length < MAX_OUTPUT) out += d.toString('utf8');
    });
    child.stderr.on('data', (d: Buffer) => {
      err = (err + d.toString('utf8')).slice(-8192);
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new ApiError(500, 'INTERNAL_ERROR', `Could not start '${python}': ${e.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code !== 0) {
        const last = err.trim().split('\n').at(-1) ?? '';
        reject(
          new ApiError(
            400,
            'BAD_REQUEST',
            `Encountered an unexpected error while evaluating the model: ${last || (signal ? `killed by ${signal}` : `exit code ${code}`)}`,
          ),
        );
        return;
      }
      try {
        resolve(JSON.parse(out) as unknown);
      } catch {
        reject(
          new ApiError(
            500,
            'INTERNAL_ERROR',
            `The model's predict.py printed something that is not JSON: ${out.trim().slice(0, 200)}`,
          ),
        );
      }
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(JSON.stringify(request));
  });
}
