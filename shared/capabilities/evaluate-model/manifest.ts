import { connectionGroup, connectionInputs, defineManifest } from '../../manifest';

export const manifest = defineManifest({
  name: 'evaluate-model',
  description:
    'Gates a registered model version against the current champion: MLflow metric thresholds and compliance checks, recorded as version tags, a results table and a report.',
  task: {
    name: 'EvaluateModel',
    id: '09bd5153-d794-409a-aa11-8f8e25388582',
    friendlyName: 'Databricks: evaluate model',
    category: 'Test',
    instanceNameFormat: 'Databricks: evaluate model $(modelName)',
  },
  groups: {
    model: { title: 'Model and versions' },
    gate: { title: 'Gate' },
    record: { title: 'Where results are recorded' },
    ...connectionGroup,
  },
  inputs: {
    'model-name': {
      ado: 'modelName',
      description:
        'The registered model: a Unity Catalog name (catalog.schema.model) or a workspace registry name. Without it, the gate compares metric files only and records nothing.',
      type: 'string',
      group: 'model',
    },
    registry: {
      ado: 'registry',
      description:
        'Which registry holds the model: unity-catalog or workspace; auto chooses from the name (three parts is Unity Catalog).',
      type: 'choice',
      options: ['auto', 'unity-catalog', 'workspace'],
      default: 'auto',
      group: 'model',
    },
    candidate: {
      ado: 'candidate',
      description:
        'The version to gate: a version number, an alias (e.g. challenger) or stage, latest (the highest READY version), or latest-unevaluated (the newest READY version without a gate result; none is a success with has-candidate false).',
      type: 'string',
      default: 'latest',
      group: 'model',
    },
    baseline: {
      ado: 'baseline',
      description:
        'What the candidate is compared with: an alias or stage, a version number, or none. Default: the champion alias (Unity Catalog) or the Production stage (workspace registry). No baseline yet is normal for a first model.',
      type: 'string',
      group: 'model',
    },
    thresholds: {
      ado: 'thresholds',
      description:
        "Metric rules in MLflow's MetricThreshold words, as a YAML/JSON file path or inline: metric → threshold, min_absolute_change, min_relative_change, greater_is_better (higher_is_better accepted).",
      type: 'string',
      required: true,
      group: 'gate',
    },
    'on-missing-baseline': {
      ado: 'onMissingBaseline',
      description:
        'When there is no baseline model: pass skips the comparison rules (the report says so), fail fails them as MLflow does.',
      type: 'choice',
      options: ['pass', 'fail'],
      default: 'pass',
      group: 'gate',
    },
    'compliance-rules': {
      ado: 'complianceRules',
      description:
        'Compliance checks, as a YAML/JSON file path or inline: required_tags, description, status_ready, signature, source_run, git_commit, required_params.',
      type: 'string',
      group: 'gate',
    },
    mode: {
      ado: 'mode',
      description:
        'enforce fails the step when the gate fails; warn reports only (succeeded with issues); dry-run evaluates and writes nothing.',
      type: 'choice',
      options: ['enforce', 'warn', 'dry-run'],
      default: 'enforce',
      group: 'gate',
    },
    'metrics-run-id': {
      ado: 'metricsRunId',
      description:
        "An MLflow run holding the evaluation's metrics (e.g. of an evaluation job run earlier); its baseline_<metric> values, if any, are the baseline's. Default: each version's own source run.",
      type: 'string',
      group: 'gate',
    },
    'candidate-metrics-file': {
      ado: 'candidateMetricsFile',
      description:
        'A JSON file {"metric": value} with the candidate\'s metrics, instead of MLflow.',
      type: 'string',
      path: true,
      group: 'gate',
    },
    'baseline-metrics-file': {
      ado: 'baselineMetricsFile',
      description: 'A JSON file {"metric": value} with the baseline\'s metrics, instead of MLflow.',
      type: 'string',
      path: true,
      group: 'gate',
    },
    commit: {
      ado: 'commit',
      description:
        "The commit being released, for the git_commit compliance check and the gate tags. Default: the CI run's commit.",
      type: 'string',
      group: 'gate',
    },
    'alias-on-pass': {
      ado: 'aliasOnPass',
      description:
        'Unity Catalog: an alias to point at the candidate when the gate passes (e.g. challenger). Default: none.',
      type: 'string',
      group: 'record',
    },
    'warehouse-id': {
      ado: 'warehouseId',
      description: 'SQL warehouse for the results table.',
      type: 'string',
      group: 'record',
    },
    'results-table': {
      ado: 'resultsTable',
      description:
        'A table (catalog.schema.table) that gets one row per metric and per check, keyed by model, version and CI run; created when missing. Needs warehouse-id.',
      type: 'string',
      group: 'record',
    },
    'pr-comment': {
      ado: 'prComment',
      description:
        'Write the verdict as one pull-request comment that is updated in place on every run.',
      notes: {
        github: 'Needs `pull-requests: write` in the job permissions.',
        ado: 'A PR thread; needs "Contribute to pull requests" for the build service.',
        cli: 'Only in CI: outside it there is no pull request, and it is skipped.',
      },
      type: 'boolean',
      default: 'false',
      group: 'record',
    },
    'report-key': {
      ado: 'reportKey',
      description:
        'Identifies the PR report to update. Default: workflow + job + `evaluate-model` + the model name, so each model gets its own.',
      type: 'string',
      group: 'record',
    },
    'github-token': {
      ado: 'githubToken',
      description: 'Token for the PR comment.',
      type: 'string',
      secret: true,
      githubDefault: '${{ github.token }}',
      githubOnly: true,
      group: 'record',
    },
    ...connectionInputs,
  },
  outputs: {
    passed: { ado: 'passed', description: 'true when the gate passed, false when it failed.' },
    'has-candidate': {
      ado: 'hasCandidate',
      description: 'false when latest-unevaluated found no version to gate.',
    },
    'candidate-version': { ado: 'candidateVersion', description: 'The version gated.' },
    'baseline-version': {
      ado: 'baselineVersion',
      description: 'The version it was compared with; empty when there was none.',
    },
    'failed-metrics': {
      ado: 'failedMetrics',
      description: 'JSON array of the metric names that failed their rule.',
    },
    'failed-checks': {
      ado: 'failedChecks',
      description: 'JSON array of the compliance checks that failed.',
    },
    'report-json': {
      ado: 'reportJson',
      description: 'The whole verdict as JSON: versions, metrics, rules, checks.',
    },
  },
});

export type Manifest = typeof manifest;
