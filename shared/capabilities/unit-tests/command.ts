import { spawn } from 'child_process';
import { existsSync } from 'fs';

export interface CommandOptions {
  command: string;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Seconds; the process group is stopped when it is exceeded. */
  timeoutSeconds?: number;
  signal?: AbortSignal;
  /** Each line of output, stdout and stderr, as it arrives. */
  onLine: (line: string, stream: 'stdout' | 'stderr') => void;
  /** Seconds between SIGTERM and SIGKILL. */
  killGraceSeconds?: number;
  /** For tests: the shell to use instead of bash/sh/cmd. */
  shell?: { file: string; args: string[] };
}

export interface CommandResult {
  /** null when the process was ended by a signal. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  cancelled: boolean;
  durationSeconds: number;
  /** The last lines of output, for the summary when something went wrong. */
  tail: string[];
  startedAt: number;
}

const TAIL_LINES = 30;

/**
 * Like GitHub's `run:` on Linux and macOS: bash without profiles, `-e` and `pipefail`, so that
 * `pytest | tee log` fails when pytest fails. Falls back to sh, and to cmd on Windows.
 */
export function defaultShell(command: string): { file: string; args: string[] } {
  if (process.platform === 'win32') return { file: 'cmd.exe', args: ['/d', '/s', '/c', command] };
  const bash = ['/bin/bash', '/usr/bin/bash', '/usr/local/bin/bash'].find((p) => existsSync(p));
  if (bash)
    return { file: bash, args: ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command] };
  return { file: '/bin/sh', args: ['-e', '-c', command] };
}

/**
 * Runs the test command in its own process group, streaming its output line by line. On timeout
 * or abort the whole group gets SIGTERM, then SIGKILL after a grace period, so test runners that
 * spawn workers (pytest-xdist, jest) do not outlive the step.
 */
export function runCommand(opts: CommandOptions): Promise<CommandResult> {
  const shell = opts.shell ?? defaultShell(opts.command);
  const startedAt = Date.now();
  const tail: string[] = [];
  const windows = process.platform === 'win32';

  return new Promise((resolve, reject) => {
    const child = spawn(shell.file, shell.args, {
      cwd: opts.cwd,
      env: opts.env as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: !windows,
      windowsHide: true,
    });
    let timedOut = false;
    let cancelled = false;
    let killTimer: NodeJS.Timeout | undefined;

    const stop = () => {
      if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
      signalGroup(child.pid, 'SIGTERM', windows);
      killTimer = setTimeout(
        () => {
          if (child.pid !== undefined) signalGroup(child.pid, 'SIGKILL', windows);
        },
        (opts.killGraceSeconds ?? 10) * 1000,
      );
      killTimer.unref();
    };

    const timer =
      opts.timeoutSeconds && opts.timeoutSeconds > 0
        ? setTimeout(() => {
            timedOut = true;
            opts.onLine(
              `The command ran longer than the timeout of ${opts.timeoutSeconds} s: stopping it.`,
              'stderr',
            );
            stop();
          }, opts.timeoutSeconds * 1000)
        : undefined;
    const onAbort = () => {
      cancelled = true;
      stop();
    };
    if (opts.signal?.aborted) onAbort();
    else opts.signal?.addEventListener('abort', onAbort, { once: true });

    const lineReader = (stream: 'stdout' | 'stderr') => {
      let buffer = '';
      return {
        data(chunk: Buffer) {
          buffer += chunk.toString('utf8');
          let nl: number;
          while ((nl = buffer.indexOf('\n')) >= 0) {
            emit(buffer.slice(0, nl).replace(/\r$/, ''), stream);
            buffer = buffer.slice(nl + 1);
          }
        },
        flush() {
          if (buffer !== '') emit(buffer, stream);
          buffer = '';
        },
      };
    };
    const emit = (line: string, stream: 'stdout' | 'stderr') => {
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      opts.onLine(line, stream);
    };
    const out = lineReader('stdout');
    const err = lineReader('stderr');
    child.stdout?.on('data', out.data);
    child.stderr?.on('data', err.data);

    const cleanup = () => {
      if (timer) clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      opts.signal?.removeEventListener('abort', onAbort);
    };
    child.on('error', (e) => {
      cleanup();
      reject(e);
    });
    // Background processes the command left behind would hold the pipes open and 'close' would
    // never come: end them with the group once the shell itself has exited.
    child.on('exit', () => {
      if (child.pid !== undefined && !windows) signalGroup(child.pid, 'SIGTERM', windows);
    });
    child.on('close', (code, signal) => {
      cleanup();
      out.flush();
      err.flush();
      resolve({
        exitCode: code,
        signal,
        timedOut,
        cancelled,
        durationSeconds: (Date.now() - startedAt) / 1000,
        tail,
        startedAt,
      });
    });
  });
}

function signalGroup(pid: number, signal: NodeJS.Signals, windows: boolean): void {
  try {
    if (windows) {
      // No process groups: taskkill ends the tree.
      spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true });
    } else {
      process.kill(-pid, signal);
    }
  } catch {
    // Already gone.
  }
}
