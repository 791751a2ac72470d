import { connectionGroup, connectionInputs, defineManifest } from '../../manifest';

export const manifest = defineManifest({
  name: 'deploy-serving',
  description:
    'Deploys Unity Catalog model versions to a Model Serving endpoint: creates it when missing, splits traffic between aliases or versions for A/B tests, waits until it is ready, smoke-tests it, and restores the previous config when the update or the smoke test fails.',
  task: {
    name: 'DeployModelServing',
    id: '21a59bea-d935-4e33-b93a-d52065e37ea8',
    friendlyName: 'Databricks: deploy model serving',
    category: 'Deploy',
    instanceNameFormat: 'Databricks: deploy $(modelName) to serving endpoint $(endpointName)',
  },
  groups: {
    endpoint: { title: 'Endpoint and model' },
    rollout: { title: 'Waiting and rollback' },
    smoke: { title: 'Smoke test' },
    ...connectionGroup,
  },
  inputs: {
    'endpoint-name': {
      ado: 'endpointName',
      description:
        'The serving endpoint: letters, digits, dashes and underscores, at most 63. It is created when missing.',
      type: 'string',
      required: true,
      group: 'endpoint',
    },
    'model-name': {
      ado: 'modelName',
      description: 'The Unity Catalog model to serve (catalog.schema.model).',
      type: 'string',
      required: true,
      group: 'endpoint',
    },
    version: {
      ado: 'version',
      description:
        'The version to serve to all traffic: a version number or an alias. Ignored when traffic is set.',
      type: 'string',
      default: 'champion',
      group: 'endpoint',
    },
    traffic: {
      ado: 'traffic',
      description:
        'An A/B split such as champion=90,challenger=10: aliases or version numbers with whole percentages adding up to 100. Each becomes a served entity named after it.',
      type: 'string',
      group: 'endpoint',
    },
    'workload-size': {
      ado: 'workloadSize',
      description:
        'Compute per served entity: Small (4 concurrent requests), Medium (16) or Large (64).',
      type: 'choice',
      options: ['Small', 'Medium', 'Large'],
      default: 'Small',
      group: 'endpoint',
    },
    'scale-to-zero': {
      ado: 'scaleToZero',
      description:
        'Let the served entities scale to zero when idle (cheaper, slower first request).',
      type: 'boolean',
      default: 'true',
      group: 'endpoint',
    },
    'environment-vars': {
      ado: 'environmentVars',
      description:
        'Environment variables of the served model, one NAME=value per line. Secrets only as references {{secrets/scope/key}}: a literal value that looks like a secret is refused.',
      type: 'list',
      group: 'endpoint',
    },
    'wait-timeout': {
      ado: 'waitTimeout',
      description:
        'Seconds to wait for the config update to finish and the endpoint to be ready (and again for a rollback).',
      type: 'number',
      integer: true,
      min: 1,
      max: 7200,
      default: '1800',
      group: 'rollout',
    },
    'rollback-on-failure': {
      ado: 'rollbackOnFailure',
      description:
        'When the update or the smoke test fails, put the previous config back and wait for it.',
      type: 'boolean',
      default: 'true',
      group: 'rollout',
    },
    'smoke-test-payload': {
      ado: 'smokeTestPayload',
      description:
        'A JSON file sent to the endpoint once it is ready (e.g. {"dataframe_records": [...]}); a non-2xx answer fails the step.',
      type: 'string',
      group: 'smoke',
    },
    'smoke-test-expected': {
      ado: 'smokeTestExpected',
      description:
        'JSON the answer must contain: every key given must be present with an equal value (lists element by element), e.g. {"predictions": [3]}.',
      type: 'json',
      group: 'smoke',
    },
    'smoke-test-max-latency-ms': {
      ado: 'smokeTestMaxLatencyMs',
      description:
        'Latency budget of the smoke request in milliseconds; a slower answer fails the step.',
      type: 'number',
      integer: true,
      min: 1,
      max: 600000,
      group: 'smoke',
    },
    ...connectionInputs,
  },
  outputs: {
    'endpoint-url': {
      ado: 'endpointUrl',
      description: 'The invocations URL of the endpoint.',
    },
    'served-versions': {
      ado: 'servedVersions',
      description: 'JSON object: served entity name → model version, as now deployed.',
    },
    traffic: {
      ado: 'traffic',
      description: 'The split now deployed, e.g. champion=90,challenger=10.',
    },
    'previous-config': {
      ado: 'previousConfig',
      description:
        'JSON of the served entities and routes before this step ({} for a new endpoint), to roll back by hand.',
    },
    changed: {
      ado: 'changed',
      description: 'false when the endpoint already served this config (no update made).',
    },
  },
});

export type Manifest = typeof manifest;
