import { TERMINAL, parseId, type Json } from '../../jobs-model';
import { FAILED_MESSAGE, OK_TERMINATION } from '../outcomes';
import { stringMap } from '../settings';
import type { TaskLauncher } from './launcher';

/** `run_job_task`: starts a run of the other job and ends with it; cancelling the task cancels it. */
export const runJobLauncher: TaskLauncher = ({ run, task: t, active: a, engine }) => {
  const rj = t.spec.run_job_task as Json;
  const jobId = parseId(rj.job_id, 'run_job_task.job_id');
  const job = engine.job(jobId);
  if (!job) return engine.failTask(run, t, 'RESOURCE_NOT_FOUND', `Job ${jobId} does not exist.`);
  const params = Object.fromEntries(
    Object.entries(stringMap(rj.job_parameters, 'job_parameters')).map(([k, v]) => [
      k,
      engine.resolve(v, run, t),
    ]),
  );
  const child = engine.runJob(job, {
    jobParameters: params,
    trigger: 'RUN_JOB_TASK',
    creator: run.creator,
    parentTaskRunId: t.runId,
  });
  t.childRunId = child.runId;
  t.output.runJobRunId = child.runId;
  a.started.add(t.runId);
  // The child run stands in for a process: stopping the task cancels the child. It has no process
  // of its own to wait for (the child's processes are the child run's), so `done` is settled.
  a.procs.set(t.runId, { stop: () => engine.stop(child, 'user'), done: Promise.resolve() });
  engine.onFinished(child, (done) => {
    a.procs.delete(t.runId);
    if (TERMINAL.has(t.life)) return;
    const result =
      done.result === 'SUCCESS' || done.result === 'SUCCESS_WITH_FAILURES'
        ? 'SUCCESS'
        : (done.result ?? 'FAILED');
    if (result === 'SUCCESS') engine.settleTask(t, 'SUCCESS', '', OK_TERMINATION);
    else {
      const message = `Run ${done.runId} of job ${done.jobId} ended with ${done.result ?? done.life}: ${done.stateMessage}`;
      t.output.error = message;
      engine.settleTask(
        t,
        result === 'CANCELED' && run.stopping
          ? 'CANCELED'
          : result === 'TIMEDOUT'
            ? 'TIMEDOUT'
            : 'FAILED',
        FAILED_MESSAGE,
        { code: 'RUN_EXECUTION_ERROR', type: 'CLIENT_ERROR', message },
      );
    }
    engine.pump(run);
  });
};
