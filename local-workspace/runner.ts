import { spawn, type ChildProcess } from 'child_process';

/**
 * One task process: python in its own process group (so cancel reaches whatever the task started),
 * stdout and stderr kept as one log with the tail preserved like the real API (last 5 MB).
 */

export const LOG_LIMIT_BYTES = 5 * 1024 * 1024;

export class TailBuffer {
  private chunks: Buffer[] = [];
  private size = 0;
  truncated = false;
  constructor(private readonly limit = LOG_LIMIT_BYTES) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size > this.limit && this.chunks.length > 0) {
      const first = this.chunks[0];
      const excess = this.size - this.limit;
      this.truncated = true;
      if (first.length <= excess) {
        this.chunks.shift();
        this.size -= first.length;
      } else {
        this.chunks[0] = first.subarray(excess);
        this.size -= excess;
      }
    }
  }

  text(): string {
    // Dropping bytes from the front may split a UTF-8 sequence; the replacement character is fine.
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

export interface ProcessResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Set when spawning failed (e.g. the configured python does not exist). */
  spawnError?: string;
}

export interface TaskProcessOptions {
  python: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  log: TailBuffer;
}

export class TaskProcess {
  readonly done: Promise<ProcessResult>;
  private readonly child: ChildProcess;
  private killTimer?: NodeJS.Timeout;
  private exited = false;

  constructor(opts: TaskProcessOptions) {
    this.child = spawn(opts.python, opts.args, {
      cwd: opts.cwd,
      env: opts.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (c: Buffer) => opts.log.push(c));
    this.child.stderr!.on('data', (c: Buffer) => opts.log.push(c));
    this.done = new Promise<ProcessResult>((resolve) => {
      let result: ProcessResult | undefined;
      let settled = false;
      const settle = (): void => {
        if (settled || !result) return;
        settled = true;
        if (this.killTimer) clearTimeout(this.killTimer);
        // Whatever the task left running in its group ends with it, as on a cluster's REPL teardown.
        this.signalGroup('SIGKILL');
        resolve(result);
      };
      this.child.on('error', (e) => {
        this.exited = true;
        result = {
          code: null,
          signal: null,
          spawnError: `Could not start '${opts.python}': ${e.message}`,
        };
        settle();
      });
      this.child.on('exit', (code, signal) => {
        this.exited = true;
        result = { code, signal };
        // Grandchildren may hold the pipes open; don't wait for them beyond a moment.
        setTimeout(settle, 300).unref();
      });
      this.child.on('close', () => settle());
    });
  }

  private signalGroup(signal: NodeJS.Signals): void {
    if (this.child.pid === undefined) return;
    try {
      process.kill(-this.child.pid, signal);
    } catch {
      // ESRCH: the group is already gone.
    }
  }

  /** SIGTERM to the whole group, then SIGKILL after `graceMs` if the task is still there. */
  stop(graceMs: number): void {
    this.signalGroup('SIGTERM');
    if (this.killTimer) return;
    this.killTimer = setTimeout(() => this.signalGroup('SIGKILL'), graceMs);
    this.killTimer.unref();
    if (this.exited) this.signalGroup('SIGKILL');
  }
}
