import { connectionGroup, connectionInputs, defineManifest } from '../../manifest';

export const manifest = defineManifest({
  name: 'promote-model',
  description:
    'Promotes a gated model version: moves the champion alias (Unity Catalog) or the stage (workspace registry), keeps the previous champion for rollback, and records who, when, why and who approved.',
  task: {
    name: 'PromoteModel',
    id: '5aed5d34-fc80-4107-96cf-c3c5c742c426',
    friendlyName: 'Databricks: promote model',
    category: 'Deploy',
    instanceNameFormat: 'Databricks: promote model $(modelName)',
  },
  groups: {
    model: { title: 'Model and versions' },
    safety: { title: 'Gate, approval and concurrency' },
    ...connectionGroup,
  },
  inputs: {
    'model-name': {
      ado: 'modelName',
      description:
        'The registered model: a Unity Catalog name (catalog.schema.model) or a workspace registry name.',
      type: 'string',
      required: true,
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
    version: {
      ado: 'version',
      description:
        'The version to promote: a version number or an alias. Default: the version behind the challenger alias (Unity Catalog); required for the workspace registry.',
      type: 'string',
      group: 'model',
    },
    'target-alias': {
      ado: 'targetAlias',
      description: 'Unity Catalog: the alias to point at the version.',
      type: 'string',
      default: 'champion',
      group: 'model',
    },
    'target-stage': {
      ado: 'targetStage',
      description:
        'Workspace registry: the stage to move the version to; the versions already in it are archived.',
      type: 'choice',
      options: ['Staging', 'Production'],
      default: 'Production',
      group: 'model',
    },
    'previous-alias': {
      ado: 'previousAlias',
      description: 'Unity Catalog: the alias that keeps the former champion, for rollback.',
      type: 'string',
      default: 'previous-champion',
      group: 'model',
    },
    'remove-challenger': {
      ado: 'removeChallenger',
      description:
        'Unity Catalog: remove the challenger alias once its version is promoted (as MLOps Stacks does).',
      type: 'boolean',
      default: 'true',
      group: 'model',
    },
    rollback: {
      ado: 'rollback',
      description:
        'Point the target alias back at the version under previous-alias (the champion before the last promotion), with the same audit.',
      type: 'boolean',
      default: 'false',
      group: 'model',
    },
    'expected-current-version': {
      ado: 'expectedCurrentVersion',
      description:
        'Promote only if the target alias or stage still holds this version (none for no champion yet): a promotion made by someone else in between is reported, never overwritten.',
      type: 'string',
      group: 'safety',
    },
    force: {
      ado: 'force',
      description:
        'Promote a version whose gate did not pass (mlops.gate.status is not passed). Needs reason; recorded on the version.',
      type: 'boolean',
      default: 'false',
      group: 'safety',
    },
    reason: {
      ado: 'reason',
      description: 'Why: recorded on the promoted version; required with force.',
      type: 'string',
      group: 'safety',
    },
    'approval-tag': {
      ado: 'approvalTag',
      description:
        'Require a sign-off recorded on the version: the tag named after the approval step (MLflow 3 deployment jobs) must be approved, so approvals made in the Databricks UI count.',
      type: 'string',
      group: 'safety',
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
      group: 'safety',
    },
    'report-key': {
      ado: 'reportKey',
      description:
        'Identifies the PR report to update. Default: workflow + job + `promote-model` + the model name, so each model gets its own.',
      type: 'string',
      group: 'safety',
    },
    'github-token': {
      ado: 'githubToken',
      description:
        'GitHub: a token for the PR comment and to read the reviewers who approved this run’s environment, recorded as approvers.',
      type: 'string',
      secret: true,
      githubDefault: '${{ github.token }}',
      githubOnly: true,
      group: 'safety',
    },
    ...connectionInputs,
  },
  outputs: {
    'promoted-version': {
      ado: 'promotedVersion',
      description: 'The version now behind the target alias or in the target stage.',
    },
    'previous-version': {
      ado: 'previousVersion',
      description: 'The version that held it before; empty when there was none.',
    },
    changed: {
      ado: 'changed',
      description: 'false when the version already held the alias or stage (nothing written).',
    },
    approvers: { ado: 'approvers', description: 'JSON array of who approved, as recorded.' },
  },
});

export type Manifest = typeof manifest;
