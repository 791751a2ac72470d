/**
 * JSON-Schema parts of the Jobs API 2.2 shapes (reference §3) that a one-time run (`runs/submit`,
 * run-job) and a job's settings (deploy-jobs) both hold: a task's payloads, where it runs, its
 * dependencies, the job clusters, environments and git source. Each caller frames the object
 * entries its own way (deploy-jobs closes them so that a typo is an error; run-job leaves them
 * open and warns), hence entries are given as `{ properties, required }`.
 */

export const str = { type: 'string' };
export const nonEmpty = { type: 'string', minLength: 1 };
export const bool = { type: 'boolean' };
export const int = { type: 'integer' };
export const obj = { type: 'object' };
/** Parameter values may be YAML scalars: they are turned into strings after. */
export const scalar = { type: ['string', 'number', 'boolean'] };
export const scalars = { type: 'array', items: scalar };
export const strings = { type: 'array', items: str };
export const stringMap = { type: 'object', additionalProperties: scalar };

/** An object entry's fields, for the caller to frame as open or closed. */
export interface Entry {
  required: string[];
  properties: Record<string, unknown>;
}

/** The task types a run's task has exactly one of (reference §3.1; the last four [inferred]). */
export const RUN_TASK_TYPES = [
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

export const taskKey = { type: 'string', pattern: '^[\\w\\-]{1,100}$' };

export const dependsOnEntry: Entry = {
  required: ['task_key'],
  properties: { task_key: nonEmpty, outcome: str },
};

/** The payloads of the task types that run code; `source` is typed as strictly as the caller wants. */
export function codeTaskTypes(source: unknown) {
  return {
    notebook_task: {
      type: 'object',
      required: ['notebook_path'],
      properties: {
        notebook_path: nonEmpty,
        base_parameters: stringMap,
        source,
        warehouse_id: str,
      },
    },
    spark_python_task: {
      type: 'object',
      required: ['python_file'],
      properties: { python_file: nonEmpty, parameters: scalars, source },
    },
    python_wheel_task: {
      type: 'object',
      required: ['package_name', 'entry_point'],
      properties: {
        package_name: nonEmpty,
        entry_point: nonEmpty,
        parameters: scalars,
        named_parameters: stringMap,
      },
    },
  };
}

export function runJobTask(jobId: unknown) {
  return {
    type: 'object',
    required: ['job_id'],
    properties: { job_id: jobId, job_parameters: stringMap },
  };
}

/** Where a task runs and what it installs there. */
export const taskCompute = {
  existing_cluster_id: nonEmpty,
  new_cluster: obj,
  job_cluster_key: nonEmpty,
  environment_key: nonEmpty,
  libraries: { type: 'array', items: obj },
};

export const jobClusterEntry: Entry = {
  required: ['job_cluster_key', 'new_cluster'],
  properties: { job_cluster_key: nonEmpty, new_cluster: obj },
};

export const environmentEntry: Entry = {
  required: ['environment_key'],
  properties: { environment_key: nonEmpty, spec: obj },
};

/** The `git_source.git_provider` values (reference §3). */
export const GIT_PROVIDERS = [
  'gitHub',
  'gitHubEnterprise',
  'bitbucketCloud',
  'bitbucketServer',
  'azureDevOpsServices',
  'gitLab',
  'gitLabEnterpriseEdition',
  'awsCodeCommit',
] as const;

export const gitSource = {
  type: 'object',
  required: ['git_url', 'git_provider'],
  properties: {
    git_url: nonEmpty,
    git_provider: str,
    git_branch: str,
    git_tag: str,
    git_commit: str,
  },
};
