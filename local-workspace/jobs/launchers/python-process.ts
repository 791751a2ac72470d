import { errorMessage } from '../../../shared/errors';
import * as path from 'path';
import { TERMINAL } from '../../jobs-model';
import { TailBuffer, type TaskProcess } from '../../runner';
import {
  SetupError,
  launch,
  readLauncherOutput,
  readTaskValues,
  resolveTaskFile,
  truncateResult,
  type ResolvedFile,
} from '../../task-exec';
import { FAILED_MESSAGE, OK_TERMINATION } from '../outcomes';
import type { TaskLaunch } from './launcher';

/**
 * What notebook and Python file tasks share: the task's file in the run's snapshot, a Python
 * process in its own group, the task timeout, and reading back output, task values and the error.
 */

/** The task's file, or `undefined` after failing the task when it cannot be found. */
export function taskFile({ run, task, active, engine }: TaskLaunch): ResolvedFile | undefined {
  try {
    return resolveTaskFile(task.spec, run.settings, {
      ws: path.join(active.dir, 'ws'),
      git: path.join(active.dir, 'git'),
    });
  } catch (e) {
    engine.failTask(
      run,
      task,
      e instanceof SetupError ? e.code : 'INTERNAL_ERROR',
      errorMessage(e),
    );
    return undefined;
  }
}

/** Job parameters win over every other widget source. */
export function jobParameterWidgets({ run }: TaskLaunch): Record<string, string> {
  return Object.fromEntries((run.jobParameters ?? []).map((p) => [p.name, p.value]));
}

export function runPython(
  l: TaskLaunch,
  file: ResolvedFile,
  inputs: { widgets: Record<string, string>; argv: string[] },
): void {
  const { run, task: t, active: a, engine } = l;
  const taskDir = path.join(a.dir, 'tasks', t.runId);
  const outputFile = path.join(taskDir, 'output.json');
  const valuesDir = path.join(a.dir, 'task_values');
  const log = new TailBuffer();
  let proc: TaskProcess;
  try {
    proc = launch(
      {
        kind: file.kind,
        file: file.file,
        argv: inputs.argv,
        widgets: inputs.widgets,
        sys_path: file.sourceRoots,
        task_key: t.taskKey,
        task_run_id: t.runId,
        run_id: run.runId,
        job_id: run.jobId,
        task_values_dir: valuesDir,
        output_file: outputFile,
        workspace_root: file.workspaceRoot,
        source: file.source,
      },
      taskDir,
      {
        python: engine.options.python ?? 'python3',
        shimDir: engine.shimDir,
        host: engine.host(),
        token: engine.token,
      },
      log,
    );
  } catch (e) {
    return engine.failTask(run, t, 'INTERNAL_ERROR', errorMessage(e));
  }
  a.procs.set(t.runId, proc);
  const taskTimeout = Number(t.spec.timeout_seconds ?? 0);
  if (taskTimeout > 0) {
    const timer = setTimeout(() => {
      a.timedOutTasks.add(t.runId);
      proc.stop(engine.options.killGraceMs ?? 2000);
    }, taskTimeout * 1000);
    timer.unref();
    a.taskTimers.set(t.runId, timer);
  }
  void proc.done.then((exit) => {
    a.procs.delete(t.runId);
    const timer = a.taskTimers.get(t.runId);
    if (timer) clearTimeout(timer);
    if (engine.isStopped() || TERMINAL.has(t.life)) return;
    t.life = 'TERMINATING';
    const out = readLauncherOutput(outputFile);
    t.output.logs = log.text();
    t.output.logsTruncated = log.truncated;
    if (out.notebook_result !== undefined)
      Object.assign(t.output, truncateResult(out.notebook_result));
    const values = readTaskValues(valuesDir, t.taskKey);
    if (values) run.taskValues[t.taskKey] = values;
    if (a.timedOutTasks.has(t.runId) || run.stopping === 'timeout') {
      const message = a.timedOutTasks.has(t.runId)
        ? `Task ${t.taskKey} timed out after ${taskTimeout} seconds.`
        : 'Run timed out';
      engine.settleTask(t, 'TIMEDOUT', message, {
        code: 'CANCELED',
        type: 'CLIENT_ERROR',
        message,
      });
    } else if (run.stopping === 'user' || t.result === 'CANCELED') {
      engine.settleTask(t, 'CANCELED', 'Run cancelled by user', {
        code: 'USER_CANCELED',
        type: 'SUCCESS',
        message: 'Run cancelled by user',
      });
    } else if (!exit.spawnError && exit.code === 0 && !out.error) {
      engine.settleTask(t, 'SUCCESS', '', OK_TERMINATION);
    } else {
      const error =
        exit.spawnError ??
        out.error ??
        (exit.signal
          ? `The Python process was killed by ${exit.signal}.`
          : `The Python process exited with code ${exit.code}.`);
      t.output.error = error;
      if (out.error_trace) t.output.errorTrace = out.error_trace;
      engine.settleTask(t, 'FAILED', FAILED_MESSAGE, {
        code: 'RUN_EXECUTION_ERROR',
        type: 'CLIENT_ERROR',
        message: error,
      });
    }
    engine.pump(run);
  });
}
