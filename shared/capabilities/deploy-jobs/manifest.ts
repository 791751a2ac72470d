import { connectionGroup, connectionInputs, defineManifest } from '../../manifest';

export const manifest = defineManifest({
  name: 'deploy-jobs',
  description:
    'Deploys Databricks jobs, experiments and registered models from a Databricks Asset Bundle target or a folder of job definitions: a plan first (create, update, unchanged, delete), then only the writes the plan needs.',
  task: {
    name: 'DeployDatabricksJobs',
    id: '1f9f2727-3acd-4895-8b9e-ab20bcc0b34e',
    friendlyName: 'Databricks: deploy jobs',
    category: 'Deploy',
    instanceNameFormat: 'Databricks: deploy jobs $(target)',
  },
  groups: {
    definitions: { title: 'Definitions' },
    code: { title: 'Where the code comes from' },
    apply: { title: 'Plan and apply' },
    report: { title: 'Pull-request report' },
    ...connectionGroup,
  },
  inputs: {
    bundle: {
      ado: 'bundle',
      description:
        'The folder holding a Databricks Asset Bundle (databricks.yml). Set this or jobs.',
      type: 'string',
      group: 'definitions',
    },
    target: {
      ado: 'target',
      description:
        "The bundle target to deploy (e.g. dev, staging, prod). Without it, the target marked default: true, or the only one. With jobs, it names the environment in the jobs' identity tags (default: default).",
      type: 'string',
      group: 'definitions',
    },
    jobs: {
      ado: 'jobs',
      description:
        "A folder of job definitions instead of a bundle: one .yml, .yaml or .json file per job holding the Jobs API create payload; the file's name is the job's key.",
      type: 'string',
      group: 'definitions',
    },
    variables: {
      ado: 'variables',
      description:
        "Values for the bundle's variables, one name=value per line (or a YAML mapping); they win over the target's values and the defaults.",
      type: 'string',
      group: 'definitions',
    },
    'deployment-name': {
      ado: 'deploymentName',
      description:
        "With jobs: the name that, with the target, identifies the deployed jobs (their mlops.deploy.bundle tag). Default: the repository's name, else the folder's.",
      type: 'string',
      group: 'definitions',
    },
    source: {
      ado: 'source',
      description:
        "Where the jobs find their code. workspace uploads the bundle's files to the target's file path (only changed files are written); git points the jobs at the repository pinned to git-ref.",
      type: 'choice',
      options: ['workspace', 'git'],
      default: 'workspace',
      group: 'code',
    },
    'git-ref': {
      ado: 'gitRef',
      description:
        'With source git: the revision the jobs run, a 7 to 40 character commit SHA, tag:<name> (e.g. the release tag) or branch:<name>. Default: the commit being built.',
      type: 'string',
      group: 'code',
    },
    'git-url': {
      ado: 'gitUrl',
      description: "With source git: the repository URL. Default: the CI run's repository.",
      type: 'string',
      group: 'code',
    },
    'git-provider': {
      ado: 'gitProvider',
      description:
        'With source git: the git provider (gitHub, gitHubEnterprise, azureDevOpsServices, bitbucketCloud, bitbucketServer, gitLab, gitLabEnterpriseEdition, awsCodeCommit). Default: from the CI system or the URL.',
      type: 'string',
      group: 'code',
    },
    'dry-run': {
      ado: 'dryRun',
      description: 'Print and output the plan, and write nothing.',
      type: 'boolean',
      default: 'false',
      group: 'apply',
    },
    prune: {
      ado: 'prune',
      description:
        'Delete jobs this deployment made earlier whose definition is gone (matched by their identity tags). Without it they are listed and left alone. Experiments and models are never deleted.',
      type: 'boolean',
      default: 'false',
      group: 'apply',
    },
    'pr-comment': {
      ado: 'prComment',
      description:
        'On a pull request, write the plan as one PR comment (ADO: PR thread) per deployment and target, updated in place on every run, so that the PR shows what merging it changes in each workspace. Needs pull-requests: write (GitHub) or "Contribute to pull requests" for the build service (ADO).',
      type: 'boolean',
      default: 'false',
      group: 'report',
    },
    'report-key': {
      ado: 'reportKey',
      description:
        'Identifies the PR report to update. Default: workflow, job, deploy-jobs, the bundle and the target.',
      type: 'string',
      group: 'report',
    },
    'github-token': {
      ado: 'githubToken',
      description: 'Token for the PR comment.',
      type: 'string',
      secret: true,
      githubDefault: '${{ github.token }}',
      githubOnly: true,
      env: ['GITHUB_TOKEN'],
      group: 'report',
    },
    ...connectionInputs,
  },
  outputs: {
    plan: {
      ado: 'plan',
      description:
        'The plan as JSON: per resource its kind, key, action (create, update, unchanged, delete, failed), name, id and the settings that change.',
    },
    'job-ids': {
      ado: 'jobIds',
      description: 'JSON object: job key → job id, for every deployed job.',
    },
    created: { ado: 'created', description: 'JSON array of the keys created.' },
    updated: { ado: 'updated', description: 'JSON array of the keys updated.' },
    deleted: { ado: 'deleted', description: 'JSON array of the keys deleted.' },
    unchanged: { ado: 'unchanged', description: 'JSON array of the keys left as they were.' },
    failed: {
      ado: 'failed',
      description:
        'JSON array of the keys whose write failed; the step fails when it is not empty.',
    },
  },
});

export type Manifest = typeof manifest;
