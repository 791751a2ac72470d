import {
  TERMINAL,
  dependsOn,
  type RunRecord,
  type TaskRunRecord,
  type Termination,
} from '../jobs-model';

/** How results propagate: whether a task may start given its upstream, and how a run ends. */

export const FAILED_MESSAGE = 'Workload failed, see run output for details';
export const OK_TERMINATION: Termination = { code: 'SUCCESS', type: 'SUCCESS', message: '' };

export type Verdict = 'wait' | 'run' | 'EXCLUDED' | 'UPSTREAM_FAILED' | 'UPSTREAM_CANCELED';

/** What a task's `depends_on` and `run_if` say now: wait, run, or settle it without running. */
export function dependencyVerdict(run: RunRecord, t: TaskRunRecord): Verdict {
  const deps = dependsOn(t.spec);
  if (!deps.length) return 'run';
  const byKey = new Map(run.tasks.map((x) => [x.taskKey, x]));
  let success = 0;
  let failed = 0;
  let canceled = 0;
  for (const d of deps) {
    const up = byKey.get(d.task_key);
    if (!up || !TERMINAL.has(up.life)) return 'wait';
    if (d.outcome !== undefined && up.conditionOutcome !== undefined) {
      // A condition branch that was not taken neither succeeds nor fails: it excludes.
      if (up.conditionOutcome === String(d.outcome)) success++;
      continue;
    }
    const r = up.result ?? '';
    if (r === 'SUCCESS' || r === 'SUCCESS_WITH_FAILURES') success++;
    else if (r === 'EXCLUDED') continue;
    else if (r === 'CANCELED' || r === 'UPSTREAM_CANCELED') canceled++;
    else failed++;
  }
  const runIf = String(t.spec.run_if ?? 'ALL_SUCCESS');
  const notMet = failed ? 'UPSTREAM_FAILED' : canceled ? 'UPSTREAM_CANCELED' : 'EXCLUDED';
  switch (runIf) {
    case 'ALL_SUCCESS':
      return success === deps.length ? 'run' : notMet;
    case 'AT_LEAST_ONE_SUCCESS':
      return success > 0 ? 'run' : notMet;
    case 'NONE_FAILED':
      return failed === 0 && canceled === 0 && success > 0 ? 'run' : notMet;
    case 'ALL_DONE':
      return 'run';
    case 'AT_LEAST_ONE_FAILED':
      return failed > 0 ? 'run' : 'EXCLUDED';
    case 'ALL_FAILED':
      return failed === deps.length ? 'run' : 'EXCLUDED';
  }
  return 'run';
}

export interface RunOutcome {
  life: string;
  result: string;
  message: string;
  termination: Termination;
}

/** The parent run's result once every task has settled. */
export function runOutcome(run: RunRecord): RunOutcome {
  if (run.stopping === 'user') {
    return {
      life: 'TERMINATED',
      result: 'CANCELED',
      message: 'Run cancelled by user',
      termination: { code: 'USER_CANCELED', type: 'SUCCESS', message: 'Run cancelled by user' },
    };
  }
  if (run.stopping === 'timeout') {
    const message = `Run timed out after ${Number(run.settings.timeout_seconds ?? 0)} seconds.`;
    return {
      life: 'TERMINATED',
      result: 'TIMEDOUT',
      message,
      termination: { code: 'CANCELED', type: 'CLIENT_ERROR', message },
    };
  }
  const good = (t: TaskRunRecord): boolean => t.result === 'SUCCESS' || t.result === 'EXCLUDED';
  if (run.tasks.every(good))
    return { life: 'TERMINATED', result: 'SUCCESS', message: '', termination: OK_TERMINATION };
  const upstream = new Set(run.tasks.flatMap((t) => dependsOn(t.spec).map((d) => d.task_key)));
  const leaves = run.tasks.filter((t) => !upstream.has(t.taskKey));
  const failedTask =
    run.tasks.find((t) => !good(t) && !t.result?.startsWith('UPSTREAM_')) ??
    run.tasks.find((t) => !good(t))!;
  const why = failedTask.output.error ?? failedTask.stateMessage;
  const message = `Task ${failedTask.taskKey} failed with message: ${why}`;
  if (leaves.every(good)) {
    return {
      life: 'TERMINATED',
      result: 'SUCCESS_WITH_FAILURES',
      message: '',
      termination: { code: 'SUCCESS_WITH_FAILURES', type: 'SUCCESS', message },
    };
  }
  const termination =
    failedTask.termination && failedTask.termination.code !== 'RUN_EXECUTION_ERROR'
      ? { ...failedTask.termination, message }
      : { code: 'RUN_EXECUTION_ERROR', type: 'CLIENT_ERROR', message };
  return { life: 'TERMINATED', result: 'FAILED', message: FAILED_MESSAGE, termination };
}
