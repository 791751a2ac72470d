import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { runCommand, type CommandOptions } from '../../../shared/capabilities/unit-tests/command';

const posix = process.platform !== 'win32';
const describePosix = posix ? describe : describe.skip;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie nobody has reaped yet (PID 1 in a container may not reap) is dead for our purpose.
  const stat = `/proc/${pid}/stat`;
  if (existsSync(stat)) return !/\) Z /.test(readFileSync(stat, 'utf8'));
  return true;
}

/** Fds close a moment before the process is gone: poll with a deadline, no fixed sleep. */
async function diesWithin(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 10));
  }
  return !isAlive(pid);
}

describePosix('runCommand', () => {
  let dir: string;
  beforeEach(() => {
    dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'cmd-')));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = (command: string, extra: Partial<CommandOptions> = {}) => {
    const lines: string[] = [];
    const promise = runCommand({
      command,
      cwd: dir,
      env: { PATH: process.env.PATH, ...extra.env },
      onLine: (l, s) => lines.push(`${s}: ${l}`),
      ...extra,
    });
    return { lines, promise };
  };

  it('streams stdout and stderr line by line and returns the exit code', async () => {
    const { lines, promise } = run('echo one; echo two >&2; printf "no newline"; exit 3');
    const r = await promise;
    expect(r.exitCode).toBe(3);
    expect(r.timedOut).toBe(false);
    expect(lines).toEqual(
      expect.arrayContaining(['stdout: one', 'stderr: two', 'stdout: no newline']),
    );
    expect(r.tail).toContain('one');
  });

  it('runs in the working directory with the extra environment', async () => {
    const { lines, promise } = run('pwd; echo "$MODEL_NAME/$EMPTY_ONE."', {
      env: { MODEL_NAME: 'churn model', EMPTY_ONE: '' },
    });
    expect((await promise).exitCode).toBe(0);
    expect(lines).toEqual([`stdout: ${dir}`, 'stdout: churn model/.']);
  });

  it('fails a pipeline when its first command fails (pipefail), like GitHub run steps', async () => {
    const { promise } = run('false | cat');
    expect((await promise).exitCode).not.toBe(0);
  });

  it('on timeout stops the command and every process it started', async () => {
    const pidFile = path.join(dir, 'pid');
    const { lines, promise } = run(`sleep 30 & echo $! > ${pidFile}; wait`, {
      timeoutSeconds: 0.5,
    });
    const r = await promise;
    expect(r.timedOut).toBe(true);
    expect(r.exitCode).toBeNull();
    expect(r.durationSeconds).toBeLessThan(10);
    const grandchild = Number(readFileSync(pidFile, 'utf8'));
    expect(await diesWithin(grandchild, 5000)).toBe(true);
    expect(lines.join('\n')).toContain('timeout of 0.5 s');
  });

  it('kills with SIGKILL when the command ignores SIGTERM', async () => {
    const { promise } = run('trap "" TERM; sleep 30; echo survived', {
      timeoutSeconds: 0.3,
      killGraceSeconds: 0.2,
    });
    const r = await promise;
    expect(r.timedOut).toBe(true);
    expect(r.signal).toBe('SIGKILL');
  });

  it('stops the command when the CI job is cancelled', async () => {
    const ac = new AbortController();
    const { lines, promise } = run('echo started; sleep 30', { signal: ac.signal });
    // Abort once the command is demonstrably running, not after a fixed sleep.
    await new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (lines.includes('stdout: started')) {
          clearInterval(check);
          resolve();
        }
      }, 10);
    });
    ac.abort();
    const r = await promise;
    expect(r.cancelled).toBe(true);
    expect(r.exitCode).toBeNull();
  });

  it('does not wait for background processes the command left running', async () => {
    const pidFile = path.join(dir, 'pid');
    const { promise } = run(`sleep 30 & echo $! > ${pidFile}; echo done`);
    const r = await promise;
    expect(r.exitCode).toBe(0);
    expect(await diesWithin(Number(readFileSync(pidFile, 'utf8')), 5000)).toBe(true);
  });

  it('rejects when the working directory does not exist', async () => {
    await expect(run('true', { cwd: path.join(dir, 'missing') }).promise).rejects.toThrow(/ENOENT/);
  });
});
