/**
 * JSON Schema for a run spec (the `runs/submit` payload, Jobs API 2.2). It checks the shapes we
 * and the service rely on; unknown fields pass (the API grows), and enums are open where the
 * reference says so. Parameter values may be YAML scalars: they are turned into strings after.
 */

import {
  RUN_TASK_TYPES,
  codeTaskTypes,
  dependsOnEntry,
  environmentEntry,
  gitSource,
  jobClusterEntry,
  runJobTask,
  scalar,
  taskCompute,
  taskKey,
} from '../../databricks/jobs-schema';

export const TASK_TYPES = RUN_TASK_TYPES;

const task = {
  type: 'object',
  required: ['task_key'],
  properties: {
    task_key: taskKey,
    description: { type: 'string' },
    depends_on: { type: 'array', items: { type: 'object', ...dependsOnEntry } },
    run_if: { type: 'string' },
    ...codeTaskTypes({ type: 'string', enum: ['GIT', 'WORKSPACE'] }),
    condition_task: {
      type: 'object',
      required: ['left', 'op', 'right'],
      properties: { left: scalar, op: { type: 'string' }, right: scalar },
    },
    run_job_task: runJobTask({ type: ['integer', 'string'] }),
    ...taskCompute,
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
    git_source: gitSource,
    timeout_seconds: { type: 'integer', minimum: 0 },
    idempotency_token: { type: 'string', maxLength: 64 },
    environments: { type: 'array', items: { type: 'object', ...environmentEntry } },
    job_clusters: { type: 'array', items: { type: 'object', ...jobClusterEntry } },
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
