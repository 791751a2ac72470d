/**
 * JSON Schemas for deploy-jobs: the Jobs API job settings (checked once references are resolved)
 * and the shape of every bundle file (checked as written, so a leaf may still be a `${...}`).
 * `npm run generate` compiles them into schema.validate.js with ajv's standalone code, so a
 * deploy neither loads nor compiles ajv. `x-what` names what an object's keys are, for the "is not
 * a ... (did you mean ...)" error. Enums are open in the API (reference §3), so values are typed
 * but not listed. Parts marked [inferred] are not in shared/reference/databricks-api.md and follow
 * the Databricks SDK / CLI bundle schema.
 */

import {
  RUN_TASK_TYPES,
  bool,
  codeTaskTypes,
  dependsOnEntry,
  environmentEntry,
  gitSource,
  int,
  jobClusterEntry,
  nonEmpty,
  obj,
  runJobTask,
  scalar,
  str,
  strings,
  taskCompute,
  taskKey,
  type Entry,
} from '../../databricks/jobs-schema';

type Schema = Record<string, unknown>;

function strict(what: string, properties: Record<string, unknown>, required?: string[]): Schema {
  return {
    type: 'object',
    'x-what': what,
    properties,
    additionalProperties: false,
    ...(required ? { required } : {}),
  };
}

function closed(what: string, entry: Entry): Schema {
  return strict(what, entry.properties, entry.required);
}

/** The task types a job's task has exactly one of: a run's, and one more [inferred]. */
export const TASK_TYPES = [...RUN_TASK_TYPES, 'dbt_cloud_task'] as const;

// [inferred] notification and health shapes: the reference names the fields only.
const notifyList = strings;
const emailNotifications = strict('email_notifications setting', {
  on_start: notifyList,
  on_success: notifyList,
  on_failure: notifyList,
  on_duration_warning_threshold_exceeded: notifyList,
  on_streaming_backlog_exceeded: notifyList,
  no_alert_for_skipped_runs: bool,
});
const webhookList = { type: 'array', items: { type: 'object', required: ['id'] } };
const webhookNotifications = strict('webhook_notifications setting', {
  on_start: webhookList,
  on_success: webhookList,
  on_failure: webhookList,
  on_duration_warning_threshold_exceeded: webhookList,
  on_streaming_backlog_exceeded: webhookList,
});
const notificationSettings = strict('notification_settings setting', {
  no_alert_for_skipped_runs: bool,
  no_alert_for_canceled_runs: bool,
  alert_on_last_attempt: bool,
});
const health = {
  type: 'object',
  properties: {
    rules: {
      type: 'array',
      items: { type: 'object', required: ['metric', 'op', 'value'] },
    },
  },
};

/** Shared by jobs and tasks: referenced, so that the generated validator checks them in one place. */
const notificationDefinitions = {
  email_notifications: emailNotifications,
  webhook_notifications: webhookNotifications,
  notification_settings: notificationSettings,
  health,
};
const notifications = Object.fromEntries(
  Object.keys(notificationDefinitions).map((k) => [k, { $ref: `#/definitions/${k}` }]),
);

/** A job id: a number, or a reference to a job of the same deployment, resolved at deploy time. */
const jobId = {
  type: ['integer', 'string'],
  pattern: '^(\\d+|\\$\\{resources\\.jobs\\.[^.}]+\\.id\\})$',
  'x-expect': 'a job id or ${resources.jobs.<key>.id}',
};

const taskTypes: Record<(typeof TASK_TYPES)[number], unknown> = {
  // Reference §3.1.
  ...codeTaskTypes(str),
  condition_task: { type: 'object', required: ['left', 'op', 'right'] },
  run_job_task: runJobTask(jobId),
  sql_task: obj,
  // [inferred] from the SDK's Task.
  spark_jar_task: { type: 'object', properties: { main_class_name: str, parameters: strings } },
  spark_submit_task: { type: 'object', properties: { parameters: strings } },
  dbt_task: { type: 'object', required: ['commands'], properties: { commands: strings } },
  for_each_task: {
    type: 'object',
    required: ['inputs', 'task'],
    properties: { inputs: str, task: { $ref: '#/definitions/task' }, concurrency: int },
  },
  pipeline_task: {
    type: 'object',
    required: ['pipeline_id'],
    properties: { pipeline_id: nonEmpty, full_refresh: bool },
  },
  clean_rooms_notebook_task: obj,
  dashboard_task: obj,
  power_bi_task: obj,
  gen_ai_compute_task: obj,
  dbt_cloud_task: obj,
};

const task = {
  ...strict(
    'task setting',
    {
      task_key: { ...taskKey, 'x-expect': "1 to 100 letters, digits, '_' or '-'" },
      description: str,
      depends_on: {
        type: 'array',
        items: closed('depends_on setting', dependsOnEntry),
      },
      run_if: str,
      ...taskTypes,
      ...taskCompute,
      timeout_seconds: int,
      max_retries: int,
      min_retry_interval_millis: int,
      retry_on_timeout: bool,
      disabled: bool,
      ...notifications,
      // [inferred] newer Task fields.
      compute_key: str,
      disable_auto_optimization: bool,
    },
    ['task_key'],
  ),
  'x-task': true,
  oneOf: TASK_TYPES.map((t) => ({ required: [t] })),
};

/** Jobs API 2.2 `JobSettings` (reference §3.5), plus `permissions` as bundles write them. */
export const jobSchema: Schema = {
  $id: 'job',
  definitions: { task, ...notificationDefinitions },
  ...strict('job setting', {
    name: str,
    description: str,
    tasks: { type: 'array', minItems: 1, items: { $ref: '#/definitions/task' } },
    job_clusters: {
      type: 'array',
      items: closed('job cluster setting', jobClusterEntry),
    },
    environments: {
      type: 'array',
      items: closed('environment setting', environmentEntry),
    },
    git_source: gitSource,
    parameters: {
      type: 'array',
      items: strict('job parameter setting', { name: nonEmpty, default: scalar }, [
        'name',
        'default',
      ]),
    },
    schedule: strict(
      'schedule setting',
      { quartz_cron_expression: nonEmpty, timezone_id: str, pause_status: str },
      ['quartz_cron_expression'],
    ),
    max_concurrent_runs: int,
    timeout_seconds: int,
    queue: strict('queue setting', { enabled: bool }, ['enabled']),
    tags: { type: 'object', additionalProperties: str },
    run_as: strict('run_as setting', {
      user_name: str,
      service_principal_name: str,
      group_name: str,
    }),
    ...notifications,
    // [inferred] trigger and continuous shapes (the reference names `trigger` only).
    trigger: strict('trigger setting', {
      pause_status: str,
      file_arrival: { type: 'object', required: ['url'] },
      periodic: { type: 'object', required: ['interval', 'unit'] },
      table: { type: 'object', required: ['table_names'] },
      table_update: { type: 'object', required: ['table_names'] },
    }),
    continuous: strict('continuous setting', { pause_status: str, task_retry_mode: str }),
    format: str,
    edit_mode: str,
    deployment: { type: 'object', required: ['kind'] },
    budget_policy_id: str,
    performance_target: str,
    parent_path: str,
    // [inferred] in the SDK's JobSettings, not in the reference.
    usage_policy_id: str,
    access_control_list: { type: 'array', items: obj },
    permissions: { type: 'array', items: obj },
  }),
  required: ['tasks'],
};

/** The `lookup` kinds of the bundle CLI; deploy-jobs resolves some (see lookup.ts). */
export const LOOKUP_KINDS = [
  'alert',
  'cluster',
  'cluster_policy',
  'dashboard',
  'instance_pool',
  'job',
  'metastore',
  'notification_destination',
  'pipeline',
  'query',
  'service_principal',
  'warehouse',
] as const;

const lookup = {
  ...strict('lookup kind', Object.fromEntries(LOOKUP_KINDS.map((k) => [k, nonEmpty]))),
  minProperties: 1,
  maxProperties: 1,
};

/** A variable's declaration, or a target's value for it (a plain value is its default). */
const variable = {
  type: ['object', 'string', 'number', 'boolean', 'array'],
  'x-what': 'variable setting',
  properties: {
    description: str,
    default: {},
    type: str,
    lookup: { $ref: '#/definitions/lookup' },
  },
  additionalProperties: false,
};

const permissions = {
  type: 'array',
  items: strict(
    'permission setting',
    { level: str, user_name: str, group_name: str, service_principal_name: str },
    ['level'],
  ),
};

const resourceGroup = (item: unknown) => ({
  type: ['object', 'null'],
  additionalProperties: item,
});

// [inferred] the bundle format is not in the reference: this follows the CLI's bundle schema, for
// the parts deploy-jobs reads; the rest is typed loosely (`object`) and passed over.
const resources = {
  type: ['object', 'null'],
  properties: {
    jobs: resourceGroup(obj),
    experiments: resourceGroup({
      type: 'object',
      properties: { name: str, permissions },
    }),
    registered_models: resourceGroup({
      type: 'object',
      properties: {
        name: str,
        catalog_name: str,
        schema_name: str,
        comment: str,
        grants: {
          type: 'array',
          items: strict('grant setting', { principal: nonEmpty, privileges: strings }, [
            'principal',
            'privileges',
          ]),
        },
      },
    }),
  },
  additionalProperties: resourceGroup(obj),
};

const workspace = {
  type: 'object',
  properties: {
    host: str,
    root_path: str,
    file_path: str,
    state_path: str,
    artifact_path: str,
    resource_path: str,
    profile: str,
  },
};

const presets = strict('presets setting', {
  name_prefix: str,
  tags: { type: 'object', additionalProperties: scalar },
  trigger_pause_status: str,
  jobs_max_concurrent_runs: { type: ['integer', 'string'] },
  pipelines_development: { type: ['boolean', 'string'] },
  source_linked_deployment: { type: ['boolean', 'string'] },
  artifacts_dynamic_version: { type: ['boolean', 'string'] },
});

const ref = (name: string) => ({ $ref: `#/definitions/${name}` });

const target = strict('target setting', {
  default: bool,
  mode: str,
  workspace: ref('workspace'),
  // A target may give a complex variable's value as the mapping itself.
  variables: {
    type: ['object', 'null'],
    additionalProperties: {
      type: ['object', 'string', 'number', 'boolean', 'array'],
      properties: { lookup: ref('lookup') },
    },
  },
  resources: ref('resources'),
  presets: ref('presets'),
  run_as: obj,
  permissions: ref('permissions'),
  bundle: obj,
  git: obj,
  cluster_id: str,
  compute_id: str,
  artifacts: obj,
  sync: obj,
});

/**
 * One bundle file (databricks.yml or an included file). Other root keys pass: a file may hold keys
 * that only define anchors.
 */
export const bundleFileSchema: Schema = {
  $id: 'bundle-file',
  definitions: { lookup, workspace, resources, presets, permissions },
  type: ['object', 'null'],
  properties: {
    bundle: { type: 'object', properties: { name: nonEmpty } },
    include: strings,
    variables: {
      type: ['object', 'null'],
      additionalProperties: variable,
    },
    workspace: ref('workspace'),
    resources: ref('resources'),
    targets: {
      type: ['object', 'null'],
      additionalProperties: { ...target, type: ['object', 'null'] },
    },
    environments: obj,
    permissions: ref('permissions'),
    presets: ref('presets'),
    run_as: obj,
    artifacts: obj,
    sync: obj,
    experimental: obj,
    python: obj,
    scripts: obj,
  },
};
