import { connectionGroup, connectionInputs, defineManifest } from '../../manifest';

export const manifest = defineManifest({
  name: 'check-drift',
  description:
    'Checks a model for drift from the Lakehouse Monitoring metric tables (or any SQL query) on a SQL warehouse: drift when enough of the latest windows cross a threshold. Reports it, or starts the retraining job.',
  task: {
    name: 'CheckModelDrift',
    id: '3b92d311-ed1b-4785-a772-88e51f65d6f2',
    friendlyName: 'Databricks: check model drift',
    category: 'Test',
    instanceNameFormat: 'Databricks: check drift of $(table) $(metric)',
  },
  groups: {
    source: { title: 'Metric source' },
    rule: { title: 'Drift rule' },
    retrain: { title: 'Retraining' },
    ...connectionGroup,
  },
  inputs: {
    'warehouse-id': {
      ado: 'warehouseId',
      description: 'The SQL warehouse that runs the query.',
      type: 'string',
      required: true,
      group: 'source',
    },
    table: {
      ado: 'table',
      description:
        'The monitored table (catalog.schema.table). Its metric tables <table>_drift_metrics and <table>_profile_metrics are read. Not used with query-file.',
      type: 'string',
      group: 'source',
    },
    'output-schema': {
      ado: 'outputSchema',
      description:
        "The schema (catalog.schema) the monitor writes its metric tables to, when it is not the monitored table's own schema.",
      type: 'string',
      group: 'source',
    },
    'metrics-table': {
      ado: 'metricsTable',
      description:
        'Which metric table to read: drift (<table>_drift_metrics, e.g. js_distance) or profile (<table>_profile_metrics, e.g. root_mean_squared_error).',
      type: 'choice',
      options: ['drift', 'profile'],
      default: 'drift',
      group: 'source',
    },
    metric: {
      ado: 'metric',
      description:
        'The metric column, e.g. js_distance, ks_test.statistic or root_mean_squared_error. Required with table.',
      type: 'string',
      group: 'source',
    },
    column: {
      ado: 'column',
      description: 'The column_name the metric is about; :table means the whole table.',
      type: 'string',
      default: ':table',
      group: 'source',
    },
    'slice-key': {
      ado: 'sliceKey',
      description:
        'Only the slice with this slice_key (with slice-value); without it, the unsliced rows.',
      type: 'string',
      group: 'source',
    },
    'slice-value': {
      ado: 'sliceValue',
      description: 'The slice_value of the slice; needs slice-key.',
      type: 'string',
      group: 'source',
    },
    granularity: {
      ado: 'granularity',
      description:
        'Only windows of this granularity, e.g. 1 day; needed when the monitor computes several.',
      type: 'string',
      group: 'source',
    },
    'model-id': {
      ado: 'modelId',
      description: 'Only rows of this model_id (inference monitors); * means all models together.',
      type: 'string',
      group: 'source',
    },
    'drift-type': {
      ado: 'driftType',
      description:
        'For the drift table: CONSECUTIVE compares each window with the one before, BASELINE with the baseline table.',
      type: 'choice',
      options: ['CONSECUTIVE', 'BASELINE'],
      default: 'CONSECUTIVE',
      group: 'source',
    },
    'query-file': {
      ado: 'queryFile',
      description:
        'A SQL file to run instead of reading the metric tables: it returns a numeric value column and, to order the rows, a window (struct) or window_start column; otherwise rows come newest first.',
      type: 'string',
      path: true,
      group: 'source',
    },
    threshold: {
      ado: 'threshold',
      description: 'The value a window must cross to count as a breach.',
      type: 'number',
      min: -2147483,
      max: 2147483,
      required: true,
      group: 'rule',
    },
    direction: {
      ado: 'direction',
      description:
        'above: a window breaches when its value is above the threshold; below: below it.',
      type: 'choice',
      options: ['above', 'below'],
      default: 'above',
      group: 'rule',
    },
    windows: {
      ado: 'windows',
      description: 'How many of the latest windows are evaluated.',
      type: 'number',
      integer: true,
      min: 1,
      max: 1000,
      default: '5',
      group: 'rule',
    },
    'min-breaches': {
      ado: 'minBreaches',
      description:
        'How many of those windows must breach for drift; the latest window must be one of them.',
      type: 'number',
      integer: true,
      min: 1,
      max: 1000,
      default: '2',
      group: 'rule',
    },
    'fail-on-drift': {
      ado: 'failOnDrift',
      description: 'Fail the step when drift is found (after starting the retraining, if asked).',
      type: 'boolean',
      default: 'false',
      group: 'rule',
    },
    'on-drift': {
      ado: 'onDrift',
      description:
        'What to do on drift: report it (a warning and the summary), or run-job: also start the retraining job, without waiting for it.',
      type: 'choice',
      options: ['report', 'run-job'],
      default: 'report',
      group: 'retrain',
    },
    'retrain-job-id': {
      ado: 'retrainJobId',
      description: 'The retraining job, by id (for on-drift run-job).',
      type: 'string',
      group: 'retrain',
    },
    'retrain-job-name': {
      ado: 'retrainJobName',
      description: 'The retraining job, by its exact name, instead of its id.',
      type: 'string',
      group: 'retrain',
    },
    'retrain-job-parameters': {
      ado: 'retrainJobParameters',
      description:
        'Job parameters for the retraining run, as key=value lines, a JSON object or a YAML mapping.',
      type: 'yaml',
      group: 'retrain',
    },
    ...connectionInputs,
  },
  outputs: {
    drifted: {
      ado: 'drifted',
      description: 'true, false, or unknown when there are too few windows to decide.',
    },
    'latest-value': {
      ado: 'latestValue',
      description: 'The metric in the latest window (empty when there is none).',
    },
    breaches: {
      ado: 'breaches',
      description: 'How many of the evaluated windows crossed the threshold.',
    },
    windows: {
      ado: 'windows',
      description: 'How many windows were evaluated (fewer than asked when the data is short).',
    },
    'retrain-status': {
      ado: 'retrainStatus',
      description:
        'started, already-running (a run of the job was in progress, so none was started), or none.',
    },
    'retrain-run-id': {
      ado: 'retrainRunId',
      description: 'The retraining run started, or the one already in progress.',
    },
    'retrain-run-url': {
      ado: 'retrainRunUrl',
      description: 'Link to that run in the workspace.',
    },
  },
});

export type Manifest = typeof manifest;
