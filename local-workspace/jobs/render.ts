import { WORKSPACE_ID } from '../identity';
import {
  TERMINAL,
  decodePageToken,
  encodePageToken,
  isObject,
  type JobRecord,
  type Json,
  type RunRecord,
  type TaskRunRecord,
  type Termination,
} from '../jobs-model';

/**
 * The API shapes of runs, task runs, outputs and jobs, from the engine's records. Rendering never
 * changes a record; durations are computed against `now` for runs still going.
 */

/** 2.2 pages task lists (and job clusters, parameters, environments) at this size. */
export const PAGE = 100;

export interface RenderContext {
  host: string;
  now: number;
}

export function runPageUrl(host: string, jobId: string, runId: string): string {
  return `${host}/?o=${WORKSPACE_ID}#job/${jobId}/run/${runId}`;
}

function stateOf(
  life: string,
  result: string | undefined,
  message: string,
  userStopped: boolean | undefined,
  queueReason?: string,
): Json {
  const state: Json = {
    life_cycle_state: life,
    state_message: message,
    user_cancelled_or_timedout: userStopped ?? false,
  };
  if (result && TERMINAL.has(life)) state.result_state = result;
  if (queueReason) state.queue_reason = queueReason;
  return state;
}

function statusOf(life: string, termination: Termination | undefined, queueReason?: string): Json {
  const map: Record<string, string> = {
    SKIPPED: 'TERMINATED',
    INTERNAL_ERROR: 'TERMINATED',
    WAITING_FOR_RETRY: 'WAITING',
  };
  const status: Json = { state: map[life] ?? life };
  if (TERMINAL.has(life) && termination) status.termination_details = termination;
  if (life === 'QUEUED' && queueReason)
    status.queue_details = { code: 'ACTIVE_RUNS_LIMIT_REACHED', message: queueReason };
  return status;
}

export function renderTask(rc: RenderContext, run: RunRecord, t: TaskRunRecord): Json {
  const now = rc.now;
  const end = t.endTime || 0;
  const exec = t.execStart ? (end || now) - t.execStart : 0;
  const out: Json = {
    ...t.spec,
    run_id: BigInt(t.runId),
    task_key: t.taskKey,
    state: stateOf(t.life, t.result, t.stateMessage, t.userCancelledOrTimedout),
    status: statusOf(t.life, t.termination),
    run_page_url: runPageUrl(rc.host, run.jobId, t.runId),
    start_time: t.startTime,
    end_time: end,
    setup_duration: t.execStart && t.startTime ? t.execStart - t.startTime : 0,
    execution_duration: TERMINAL.has(t.life) ? exec : 0,
    cleanup_duration: 0,
    run_duration: t.startTime ? (end || now) - t.startTime : 0,
    attempt_number: 0,
  };
  if (isObject(t.spec.condition_task)) {
    out.condition_task = {
      ...t.spec.condition_task,
      ...(t.resolvedCondition ?? {}),
      ...(t.conditionOutcome ? { outcome: t.conditionOutcome } : {}),
    };
  }
  if (isObject(t.spec.run_job_task) && t.childRunId) out.run_job_task = { ...t.spec.run_job_task };
  return out;
}

export function renderRun(
  rc: RenderContext,
  run: RunRecord,
  apiVersion: string,
  pageToken?: string | null,
  withTasks = true,
): Json {
  const now = rc.now;
  const queueEnd = run.queuedUntil ?? (run.life === 'QUEUED' ? now : run.startTime);
  const out: Json = {
    job_id: BigInt(run.jobId),
    run_id: BigInt(run.runId),
    number_in_job: BigInt(run.runId),
    original_attempt_run_id: BigInt(run.runId),
    attempt_number: 0,
    creator_user_name: run.creator,
    run_name: run.runName,
    run_type: run.runType,
    trigger: run.trigger,
    format: 'MULTI_TASK',
    run_page_url: runPageUrl(rc.host, run.jobId, run.runId),
    state: stateOf(
      run.life,
      run.result,
      run.stateMessage,
      run.userCancelledOrTimedout,
      run.queueReason,
    ),
    status: statusOf(run.life, run.termination, run.queueReason),
    start_time: run.startTime,
    end_time: run.endTime,
    setup_duration: 0,
    execution_duration: 0,
    cleanup_duration: 0,
    run_duration: (run.endTime || now) - run.startTime,
    queue_duration: Math.max(0, queueEnd - run.startTime),
  };
  if (isObject(run.settings.git_source)) out.git_source = run.settings.git_source;
  if (Array.isArray(run.settings.job_clusters)) out.job_clusters = run.settings.job_clusters;
  if (run.settings.description !== undefined) out.description = run.settings.description;
  if (run.overriding && Object.keys(run.overriding).length)
    out.overriding_parameters = run.overriding;
  if (run.jobParameters?.length) out.job_parameters = run.jobParameters;
  if (!withTasks) return out;
  let tasks = run.tasks;
  if (apiVersion === '2.2') {
    const offset = decodePageToken(pageToken);
    tasks = run.tasks.slice(offset, offset + PAGE);
    if (offset > 0) {
      for (const k of ['job_clusters', 'job_parameters']) if (k in out) out[k] = [];
    }
    if (offset + PAGE < run.tasks.length) {
      out.has_more = true;
      out.next_page_token = encodePageToken(offset + PAGE);
    }
    if (offset > 0) out.prev_page_token = encodePageToken(Math.max(0, offset - PAGE));
  }
  out.tasks = tasks.map((t) => renderTask(rc, run, t));
  return out;
}

/** `runs/get` with a task's run id answers with that task run. */
export function renderTaskAsRun(rc: RenderContext, run: RunRecord, t: TaskRunRecord): Json {
  const task = renderTask(rc, run, t);
  return {
    ...task,
    job_id: BigInt(run.jobId),
    parent_run_id: BigInt(run.runId),
    number_in_job: BigInt(t.runId),
    original_attempt_run_id: BigInt(t.runId),
    creator_user_name: run.creator,
    run_name: t.taskKey,
    run_type: run.runType === 'JOB_RUN' ? 'JOB_RUN' : 'SUBMIT_RUN',
    trigger: run.trigger,
    format: 'SINGLE_TASK',
    tasks: [task],
  };
}

/** `runs/get-output` of one task run. */
export function renderOutput(rc: RenderContext, run: RunRecord, task: TaskRunRecord): Json {
  const out: Json = { metadata: renderTaskAsRun(rc, run, task) };
  if (task.output.notebookResult !== undefined)
    out.notebook_output = {
      result: task.output.notebookResult,
      truncated: task.output.notebookTruncated ?? false,
    };
  // The service returns logs for Python file tasks only, never for notebooks.
  if (isObject(task.spec.spark_python_task) && task.output.logs !== undefined) {
    out.logs = task.output.logs;
    out.logs_truncated = task.output.logsTruncated ?? false;
  }
  if (task.output.error !== undefined) out.error = task.output.error;
  if (task.output.errorTrace !== undefined) out.error_trace = task.output.errorTrace;
  if (task.output.runJobRunId) out.run_job_output = { run_id: BigInt(task.output.runJobRunId) };
  return out;
}

export function renderJob(
  job: JobRecord,
  apiVersion: string,
  pageToken?: string | null,
  full = true,
): Json {
  const settings: Json = { ...job.settings };
  const out: Json = {
    job_id: BigInt(job.jobId),
    creator_user_name: job.creator,
    run_as_user_name: job.creator,
    created_time: job.createdTime,
    settings,
  };
  if (!full) {
    delete settings.tasks;
    delete settings.job_clusters;
    return out;
  }
  if (apiVersion === '2.2') {
    const offset = decodePageToken(pageToken);
    let more = false;
    for (const k of ['tasks', 'job_clusters', 'parameters', 'environments']) {
      const arr = settings[k];
      if (!Array.isArray(arr)) continue;
      settings[k] = arr.slice(offset, offset + PAGE);
      if (offset + PAGE < arr.length) more = true;
    }
    if (more) {
      out.has_more = true;
      out.next_page_token = encodePageToken(offset + PAGE);
    }
  }
  return out;
}
