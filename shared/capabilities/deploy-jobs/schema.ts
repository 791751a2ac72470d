import { DefinitionError, at, isMap, type Json, type SourceFile } from './yaml-source';

/** The Jobs API create payload's fields (2.2), plus `permissions` as bundles write them. */
const JOB_FIELDS: Record<string, 'string' | 'object' | 'array' | 'integer' | 'any'> = {
  name: 'string',
  description: 'string',
  tasks: 'array',
  job_clusters: 'array',
  email_notifications: 'object',
  webhook_notifications: 'object',
  notification_settings: 'object',
  timeout_seconds: 'integer',
  health: 'object',
  schedule: 'object',
  trigger: 'object',
  continuous: 'object',
  max_concurrent_runs: 'integer',
  git_source: 'object',
  tags: 'object',
  format: 'string',
  queue: 'object',
  parameters: 'array',
  run_as: 'object',
  edit_mode: 'string',
  deployment: 'object',
  environments: 'array',
  budget_policy_id: 'string',
  performance_target: 'string',
  usage_policy_id: 'string',
  access_control_list: 'array',
  permissions: 'array',
};

function typeOf(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  if (typeof v === 'number' && Number.isInteger(v)) return 'integer';
  return typeof v;
}

function nearest(word: string, options: string[]): string | undefined {
  const dist = (a: string, b: string) => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0][j] = j;
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++)
        d[i][j] = Math.min(
          d[i - 1][j] + 1,
          d[i][j - 1] + 1,
          d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
        );
    return d[a.length][b.length];
  };
  const best = options.map((o) => [o, dist(word, o)] as const).sort((x, y) => x[1] - y[1])[0];
  return best && best[1] <= 3 ? best[0] : undefined;
}

/** Checks a job definition against the Jobs API's shape; the first problem is thrown with its line. */
export function validateJob(job: Json, file: SourceFile, keys: (string | number)[]): void {
  const fail = (where: (string | number)[], problem: string): never => {
    throw new DefinitionError(at(file, [...keys, ...where]), problem);
  };
  for (const [k, v] of Object.entries(job)) {
    const want = JOB_FIELDS[k];
    if (!want) {
      const guess = nearest(k, Object.keys(JOB_FIELDS));
      fail([k], `'${k}' is not a job setting${guess ? ` (did you mean '${guess}'?)` : ''}.`);
    }
    if (want !== 'any' && typeOf(v) !== want && !(want === 'object' && isMap(v)))
      fail(
        [k],
        `'${k}' must be ${want === 'integer' ? 'a whole number' : `a${want === 'array' || want === 'object' ? 'n' : ''} ${want}`}, got ${typeOf(v)}.`,
      );
  }
  const tasks = (job.tasks as unknown[] | undefined) ?? [];
  if (tasks.length === 0) fail([], 'the job has no tasks.');
  const clusters = new Set(
    ((job.job_clusters as unknown[] | undefined) ?? []).map((c, i) => {
      if (!isMap(c) || typeof c.job_cluster_key !== 'string')
        fail(['job_clusters', i], 'every job cluster needs a job_cluster_key.');
      return (c as Json).job_cluster_key as string;
    }),
  );
  const taskKeys = new Set<string>();
  tasks.forEach((t, i) => {
    if (!isMap(t)) fail(['tasks', i], 'a task must be a mapping.');
    const task = t as Json;
    if (typeof task.task_key !== 'string' || task.task_key === '')
      fail(['tasks', i], 'every task needs a task_key.');
    if (taskKeys.has(task.task_key as string))
      fail(['tasks', i, 'task_key'], `task_key '${String(task.task_key)}' is used twice.`);
    taskKeys.add(task.task_key as string);
    if (typeof task.job_cluster_key === 'string' && !clusters.has(task.job_cluster_key))
      fail(
        ['tasks', i, 'job_cluster_key'],
        `job_cluster_key '${task.job_cluster_key}' is not among the job's job_clusters.`,
      );
  });
  tasks.forEach((t, i) => {
    const deps = (t as Json).depends_on;
    if (deps === undefined) return;
    if (!Array.isArray(deps)) fail(['tasks', i, 'depends_on'], 'depends_on must be a list.');
    (deps as unknown[]).forEach((d, j) => {
      const key = isMap(d) ? d.task_key : undefined;
      if (typeof key !== 'string' || !taskKeys.has(key))
        fail(
          ['tasks', i, 'depends_on', j],
          `depends on task '${String(key)}', which the job does not have.`,
        );
    });
  });
  const schedule = job.schedule as Json | undefined;
  if (schedule && typeof schedule.quartz_cron_expression !== 'string')
    fail(['schedule'], 'a schedule needs quartz_cron_expression.');
  if (isMap(job.tags))
    for (const [k, v] of Object.entries(job.tags))
      if (typeof v !== 'string') fail(['tags', k], `tag '${k}' must be a string.`);
}
