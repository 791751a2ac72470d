import { ApiError } from './types';

/** Records, validation and small helpers shared by the jobs API and its run engine. */

export type Json = Record<string, unknown>;

export const TERMINAL = new Set(['TERMINATED', 'SKIPPED', 'INTERNAL_ERROR']);

export interface Termination {
  code: string;
  type: string;
  message: string;
}

export interface TaskOutput {
  notebookResult?: string;
  notebookTruncated?: boolean;
  logs?: string;
  logsTruncated?: boolean;
  error?: string;
  errorTrace?: string;
  runJobRunId?: string;
}

export interface TaskRunRecord {
  runId: string;
  taskKey: string;
  spec: Json;
  life: string;
  result?: string;
  stateMessage: string;
  termination?: Termination;
  userCancelledOrTimedout?: boolean;
  startTime: number;
  execStart?: number;
  endTime: number;
  output: TaskOutput;
  conditionOutcome?: 'true' | 'false';
  /** condition_task operands after `{{…}}` references were resolved. */
  resolvedCondition?: { left: string; right: string };
  childRunId?: string;
}

export interface RunRecord {
  runId: string;
  jobId: string;
  runName: string;
  runType: 'JOB_RUN' | 'SUBMIT_RUN' | 'WORKFLOW_RUN';
  trigger: string;
  creator: string;
  /** The submitted body (submit runs) or the job's settings at run time (job runs). */
  settings: Json;
  jobParameters?: Array<{ name: string; default: string; value: string }>;
  overriding?: Json;
  tasks: TaskRunRecord[];
  life: string;
  result?: string;
  stateMessage: string;
  termination?: Termination;
  queueReason?: string;
  userCancelledOrTimedout?: boolean;
  startTime: number;
  queuedUntil?: number;
  endTime: number;
  idempotencyToken?: string;
  taskValues: Record<string, Record<string, unknown>>;
  parentTaskRunId?: string;
  /** Set once a cancel or a timeout was requested; the run winds down asynchronously. */
  stopping?: 'user' | 'timeout';
  deleted?: boolean;
}

export interface JobRecord {
  jobId: string;
  createdTime: number;
  creator: string;
  settings: Json;
}

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function bad(message: string, code = 'INVALID_PARAMETER_VALUE'): ApiError {
  return new ApiError(400, code, message);
}

/** An int64 id from JSON (number or bigint), a query string, or a JSON string. */
export function parseId(v: unknown, field: string): string {
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  if (typeof v === 'string' && /^\d+$/.test(v.trim())) return BigInt(v.trim()).toString();
  if (v === undefined || v === null || v === '') throw bad(`Missing required field: ${field}`);
  throw bad(`Invalid value for ${field}: expected an integer, got ${JSON.stringify(String(v))}.`);
}

export const TASK_TYPES = [
  'notebook_task',
  'spark_python_task',
  'condition_task',
  'run_job_task',
  'python_wheel_task',
  'spark_jar_task',
  'spark_submit_task',
  'sql_task',
  'dbt_task',
  'pipeline_task',
  'for_each_task',
  'clean_rooms_notebook_task',
  'dashboard_task',
  'power_bi_task',
  'gen_ai_compute_task',
];
const RUN_IF = new Set([
  'ALL_SUCCESS',
  'AT_LEAST_ONE_SUCCESS',
  'NONE_FAILED',
  'ALL_DONE',
  'AT_LEAST_ONE_FAILED',
  'ALL_FAILED',
]);
const CONDITION_OPS = new Set([
  'EQUAL_TO',
  'GREATER_THAN',
  'GREATER_THAN_OR_EQUAL',
  'LESS_THAN',
  'LESS_THAN_OR_EQUAL',
  'NOT_EQUAL',
]);

export function taskType(task: Json): string | undefined {
  return TASK_TYPES.find((t) => isObject(task[t]));
}

/** The checks the service makes when a job or a one-time run is submitted. */
export function validateTasks(tasks: unknown, required: boolean): Json[] {
  if (tasks === undefined || tasks === null) {
    if (required) throw bad('At least one task is required.');
    return [];
  }
  if (!Array.isArray(tasks)) throw bad('Invalid value for tasks: expected an array.');
  if (required && tasks.length === 0) throw bad('At least one task is required.');
  if (tasks.length > 1000) throw bad(`A job can have at most 1000 tasks, got ${tasks.length}.`);
  const keys = new Set<string>();
  for (const t of tasks) {
    if (!isObject(t)) throw bad('Invalid value for tasks: every task must be an object.');
    const key = t.task_key;
    if (typeof key !== 'string' || key === '') throw bad('Missing required field: task_key');
    if (!/^[\w-]{1,100}$/.test(key))
      throw bad(
        `Invalid task_key '${key}': use letters, digits, '_' and '-' (at most 100 characters).`,
      );
    if (keys.has(key)) throw bad(`Task key '${key}' is used more than once.`);
    keys.add(key);
    if (!taskType(t))
      throw bad(
        `Task ${key} has no task type: set one of ${TASK_TYPES.slice(0, 9).join(', ')}, ...`,
      );
    if (t.run_if !== undefined && !RUN_IF.has(String(t.run_if)))
      throw bad(`Task ${key}: invalid run_if '${String(t.run_if)}'.`);
    if (
      t.timeout_seconds !== undefined &&
      !(typeof t.timeout_seconds === 'number' && t.timeout_seconds >= 0)
    ) {
      throw bad(`Task ${key}: timeout_seconds must be a non-negative integer.`);
    }
    const nb = t.notebook_task;
    if (isObject(nb) && typeof nb.notebook_path !== 'string')
      throw bad(`Task ${key}: missing required field notebook_task.notebook_path.`);
    const py = t.spark_python_task;
    if (isObject(py) && typeof py.python_file !== 'string')
      throw bad(`Task ${key}: missing required field spark_python_task.python_file.`);
    const cond = t.condition_task;
    if (isObject(cond)) {
      if (!CONDITION_OPS.has(String(cond.op)))
        throw bad(`Task ${key}: invalid condition_task.op '${String(cond.op)}'.`);
      if (cond.left === undefined || cond.right === undefined)
        throw bad(`Task ${key}: condition_task needs left and right.`);
    }
    const rj = t.run_job_task;
    if (isObject(rj)) parseId(rj.job_id, `tasks.${key}.run_job_task.job_id`);
  }
  for (const t of tasks as Json[]) {
    const deps = t.depends_on;
    if (deps === undefined) continue;
    if (!Array.isArray(deps)) throw bad(`Task ${String(t.task_key)}: depends_on must be an array.`);
    for (const d of deps) {
      if (!isObject(d) || typeof d.task_key !== 'string')
        throw bad(`Task ${String(t.task_key)}: every depends_on entry needs a task_key.`);
      if (!keys.has(d.task_key))
        throw bad(
          `Task ${String(t.task_key)} depends on ${d.task_key}, which is not a task of this job.`,
        );
      if (d.task_key === t.task_key) throw bad(`Task ${d.task_key} depends on itself.`);
    }
  }
  // Cycles
  const byKey = new Map((tasks as Json[]).map((t) => [String(t.task_key), t]));
  const state = new Map<string, 1 | 2>();
  const visit = (k: string, trail: string[]): void => {
    if (state.get(k) === 2) return;
    if (state.get(k) === 1)
      throw bad(`The task dependencies form a cycle: ${[...trail, k].join(' -> ')}.`);
    state.set(k, 1);
    for (const d of dependsOn(byKey.get(k)!)) visit(d.task_key, [...trail, k]);
    state.set(k, 2);
  };
  for (const k of byKey.keys()) visit(k, []);
  return tasks as Json[];
}

export function dependsOn(task: Json): Array<{ task_key: string; outcome?: string }> {
  return Array.isArray(task.depends_on)
    ? (task.depends_on as Array<{ task_key: string; outcome?: string }>)
    : [];
}

export function encodePageToken(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

export function decodePageToken(token: string | null | undefined): number {
  if (!token) return 0;
  try {
    const o = (JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o?: unknown }).o;
    if (typeof o === 'number' && Number.isInteger(o) && o >= 0) return o;
  } catch {
    // fall through
  }
  throw bad(`Invalid page_token '${token}'.`);
}

/** `?flag=true` or a JSON `true`. */
export function flag(v: unknown): boolean {
  return v === true || v === 'true';
}
