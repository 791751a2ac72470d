/**
 * JSON Schema for a run spec (the `runs/submit` payload, Jobs API 2.2). It checks the shapes we
 * and the service rely on; unknown fields pass (the API grows), and enums are open where the
 * reference says so. Parameter values may be YAML scalars: they are turned into strings after.
 */

const scalar = { type: ['string', 'number', 'boolean'] };
const stringMap = { type: 'object', additionalProperties: scalar };
const stringList = { type: 'array', items: scalar };
const source = { type: 'string', enum: ['GIT', 'WORKSPACE'] };
const nonEmpty = { type: 'string', minLength: 1 };

export const TASK_TYPES = [
  'notebook_task',
  'spark_python_task',
  'python_wheel_task',
  'spark_jar_task',
  'spark_submit_task',
  'sql_task',
  'dbt_task',
  'condition_task',
  'run_job_task',
  'for_each_task',
  'pipeline_task',
  'clean_rooms_notebook_task',
  'dashboard_task',
  'power_bi_task',
  'gen_ai_compute_task',
] as const;

const task = {
  type: 'object',
  required: ['task_key'],
  properties: {
    task_key: { type: 'string', pattern: '^[\\w\\-]{1,100}$' },
    description: { type: 'string' },
    depends_on: {
      type: 'array',
      items: {
        type: 'object',
        required: ['task_key'],
        properties: { task_key: nonEmpty, outcome: { type: 'string' } },
      },
    },
    run_if: { type: 'string' },
    notebook_task: {
      type: 'object',
      required: ['notebook_path'],
      properties: {
        notebook_path: nonEmpty,
        base_parameters: stringMap,
        source,
        warehouse_id: { type: 'string' },
      },
    },
    spark_python_task: {
      type: 'object',
      required: ['python_file'],
      properties: { python_file: nonEmpty, parameters: stringList, source },
    },
    python_wheel_task: {
      type: 'object',
      required: ['package_name', 'entry_point'],
      properties: {
        package_name: nonEmpty,
        entry_point: nonEmpty,
        parameters: stringList,
        named_parameters: stringMap,
      },
    },
    condition_task: {
      type: 'object',
      required: ['left', 'op', 'right'],
      properties: { left: scalar, op: { type: 'string' }, right: scalar },
    },
    run_job_task: {
      type: 'object',
      required: ['job_id'],
      properties: { job_id: { type: ['integer', 'string'] }, job_parameters: stringMap },
    },
    existing_cluster_id: nonEmpty,
    new_cluster: { type: 'object' },
    job_cluster_key: nonEmpty,
    environment_key: nonEmpty,
    libraries: { type: 'array', items: { type: 'object' } },
    timeout_seconds: { type: 'integer', minimum: 0 },
    max_retries: { type: 'integer', minimum: -1 },
    min_retry_interval_millis: { type: 'integer', minimum: 0 },
    retry_on_timeout: { type: 'boolean' },
    disabled: { type: 'boolean' },
  },
};

export const runSpecSchema = {
  type: 'object',
  required: ['tasks'],
  properties: {
    run_name: { type: 'string' },
    tasks: { type: 'array', minItems: 1, maxItems: 1000, items: task },
    git_source: {
      type: 'object',
      required: ['git_url', 'git_provider'],
      properties: {
        git_url: nonEmpty,
        git_provider: { type: 'string' },
        git_branch: { type: 'string' },
        git_tag: { type: 'string' },
        git_commit: { type: 'string' },
      },
    },
    timeout_seconds: { type: 'integer', minimum: 0 },
    idempotency_token: { type: 'string', maxLength: 64 },
    environments: {
      type: 'array',
      items: {
        type: 'object',
        required: ['environment_key'],
        properties: { environment_key: nonEmpty, spec: { type: 'object' } },
      },
    },
    job_clusters: {
      type: 'array',
      items: {
        type: 'object',
        required: ['job_cluster_key', 'new_cluster'],
        properties: { job_cluster_key: nonEmpty, new_cluster: { type: 'object' } },
      },
    },
    access_control_list: { type: 'array', items: { type: 'object' } },
    queue: { type: 'object', properties: { enabled: { type: 'boolean' } } },
    run_as: { type: 'object' },
  },
};

/** Top-level fields of runs/submit we know; anything else is probably a typo and gets a warning. */
export const KNOWN_TOP_LEVEL = new Set([
  ...Object.keys(runSpecSchema.properties),
  'budget_policy_id',
  'usage_policy_id',
  'performance_target',
  'email_notifications',
  'webhook_notifications',
  'notification_settings',
  'health',
]);

export const KNOWN_TASK_FIELDS = new Set([
  ...Object.keys(task.properties),
  ...TASK_TYPES,
  'email_notifications',
  'webhook_notifications',
  'notification_settings',
  'health',
  'compute',
]);
