// Which earlier runs ran the same tasks as this one. A PR's first run under its own run name has no
// history by name, but the notebooks it runs have run many times for other PRs and on main; their
// durations predict this one as well as its own would. Only what names the code counts (task
// keys, task types, notebook paths, files, entry points): parameters, clusters and the git commit
// change from PR to PR without changing what runs.
import type { Run } from '../../databricks';
import { FAILED_RESULTS } from './run-state';

type Json = Record<string, unknown>;

/** Per task type, the fields that say which code it runs. */
const IDENTITY: Record<string, readonly string[]> = {
  notebook_task: ['notebook_path'],
  spark_python_task: ['python_file'],
  python_wheel_task: ['package_name', 'entry_point'],
  spark_jar_task: ['main_class_name'],
  sql_task: ['file', 'query', 'dashboard', 'alert'],
  dbt_task: ['project_directory', 'commands'],
  run_job_task: ['job_id'],
  pipeline_task: ['pipeline_id'],
  condition_task: ['left', 'op', 'right'],
  for_each_task: ['task'],
};

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * An upload goes to `<workspace-dir>/<token>/…` and the token changes on every CI run: paths in
 * that folder compare by what follows the token.
 */
function normalise(value: unknown, uploadDir: string | undefined): unknown {
  if (typeof value === 'string' && uploadDir && value.startsWith(`${uploadDir}/`)) {
    return value.slice(uploadDir.length + 1).replace(/^[^/]*/, '<upload>');
  }
  if (Array.isArray(value)) return value.map((v) => normalise(v, uploadDir));
  if (isObject(value)) {
    // Keys sorted: the service may echo a task's fields in another order than we sent them.
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, normalise(value[k], uploadDir)]),
    );
  }
  return value;
}

function taskIdentity(task: Json, uploadDir: string | undefined): unknown {
  const type = Object.keys(IDENTITY).find((t) => isObject(task[t]));
  // A task type we cannot tell apart by its code: no run counts as the same.
  if (!type) return undefined;
  const body = task[type] as Json;
  const fields: Json = {};
  for (const f of IDENTITY[type]) {
    const v = f === 'task' && isObject(body.task) ? taskIdentity(body.task, uploadDir) : body[f];
    if (v !== undefined) fields[f] = normalise(v, uploadDir);
  }
  return [type, fields];
}

/**
 * The tasks' identity as one string, equal for runs of the same code; undefined when a task's type
 * says nothing about its code (then no run matches on tasks).
 */
export function tasksSignature(
  tasks: readonly unknown[] | undefined,
  uploadDir?: string,
): string | undefined {
  if (!tasks?.length) return undefined;
  const entries: [string, unknown][] = [];
  for (const t of tasks) {
    if (!isObject(t) || typeof t.task_key !== 'string') return undefined;
    const identity = taskIdentity(t, uploadDir);
    if (identity === undefined) return undefined;
    entries.push([t.task_key, identity]);
  }
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return JSON.stringify(entries);
}

/**
 * Whether an earlier run (from runs/list with expand_tasks) ran the same tasks and every one of
 * them went well: a run with a failed or retried task took a different time than a clean one.
 */
export function ranSameTasks(run: Run, signature: string, uploadDir?: string): boolean {
  // More tasks than one page holds: the list is cut, so it cannot be compared.
  if (run.has_more === true || !Array.isArray(run.tasks)) return false;
  const troubled = run.tasks.some(
    (t) => FAILED_RESULTS.has(t.state?.result_state ?? '') || (t.attempt_number ?? 0) > 0,
  );
  return !troubled && tasksSignature(run.tasks, uploadDir) === signature;
}
