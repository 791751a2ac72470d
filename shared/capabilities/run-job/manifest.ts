import { inputRef as ref } from '../../errors';
import { artifactInputs, artifactOutputs } from '../../artifacts';
import { GIT_PROVIDERS } from '../../databricks/jobs-schema';
import { connectionGroup, connectionInputs, defineManifest } from '../../manifest';
import { eventInputs } from '../../report/event-target';
import { PR_COMMENT_OPTIONS } from '../../report/report-state';

export const manifest = defineManifest({
  name: 'run-job',
  description:
    'Runs a Databricks job (an existing job, a run spec, or one notebook or Python file) at the commit under test, waits for it and reports each task.',
  task: {
    name: 'RunDatabricksJob',
    id: '4fbb8ff3-fe98-4d77-a0fb-58cae4e1dba3',
    friendlyName: 'Databricks: run job',
    category: 'Test',
    instanceNameFormat: 'Databricks: run job $(jobName)$(runSpec)$(notebookPath)$(pythonFile)',
  },
  post: true,
  groups: {
    what: { title: 'What to run' },
    code: { title: 'Where the code comes from' },
    waiting: { title: 'Waiting and cancelling' },
    report: { title: 'Reports', collapsed: true },
    ...connectionGroup,
  },
  inputs: {
    'job-id': {
      ado: 'jobId',
      description: `Run an existing job by id (run-now). One of ${ref('job-id')}, ${ref('job-name')}, ${ref('run-spec')}, ${ref('notebook-path')}, ${ref('python-file')}.`,
      type: 'string',
      group: 'what',
    },
    'job-name': {
      ado: 'jobName',
      description:
        'Run an existing job by its exact name (run-now). Fails, listing the candidates, when no job or several jobs have that name.',
      type: 'string',
      group: 'what',
    },
    'job-parameters': {
      ado: 'jobParameters',
      description:
        'Job parameters for run-now, as `key=value` lines, a JSON object or a YAML mapping.',
      type: 'yaml',
      group: 'what',
    },
    'notebook-params': {
      ado: 'notebookParams',
      description:
        'Legacy `notebook_params` for run-now of a job without job parameters (mapping).',
      type: 'yaml',
      group: 'what',
    },
    'python-params': {
      ado: 'pythonParams',
      description: 'Legacy `python_params` for run-now (one argument per line, or a JSON array).',
      type: 'list',
      group: 'what',
    },
    'run-spec': {
      ado: 'runSpec',
      description:
        'Path to a run spec file (JSON or YAML): the `runs/submit` payload, with tasks, job clusters, serverless `environments` and libraries. Validated before submitting, with file:line errors.',
      type: 'string',
      path: true,
      group: 'what',
    },
    'notebook-path': {
      ado: 'notebookPath',
      description: `Shorthand: run one notebook. Relative to the repository root with a git source, relative to the uploaded folder with ${ref('upload')}, else a workspace path.`,
      type: 'string',
      group: 'what',
    },
    'python-file': {
      ado: 'pythonFile',
      description: `Shorthand: run one Python file (\`spark_python_task\`), resolved like ${ref('notebook-path')}.`,
      type: 'string',
      group: 'what',
    },
    parameters: {
      ado: 'parameters',
      description:
        'Shorthand parameters: for a notebook, a mapping (`key=value` lines, JSON or YAML) passed as widgets; for a Python file, a list of arguments (one per line, or a JSON array).',
      type: 'string',
      group: 'what',
    },
    cluster: {
      ado: 'cluster',
      description:
        'Shorthand compute: `serverless`, an existing cluster id, or a `new_cluster` JSON object.',
      type: 'string',
      default: 'serverless',
      group: 'what',
    },
    'run-name': {
      ado: 'runName',
      description:
        "Name of the submitted run. Default: the run spec's `run_name`, else one built from the repository, PR and commit.",
      type: 'string',
      group: 'what',
    },
    'git-source': {
      ado: 'gitSource',
      description: `\`auto\`: run the code at the commit under test, building \`git_source\` from the CI context (the PR head on pull requests). \`none\`: no git source (use ${ref('upload')} or workspace paths). Ignored for ${ref('job-id')}/${ref('job-name')}, whose job defines its own source.`,
      notes: {
        cli: 'Outside CI, auto takes the origin and HEAD of the git checkout in the working directory (SSH origins become HTTPS), and warns when the work tree has uncommitted changes or HEAD is on no branch of origin: Databricks checks out the pushed commit, not the work tree.',
      },
      type: 'choice',
      options: ['auto', 'none'],
      default: 'auto',
      group: 'code',
    },
    'git-url': {
      ado: 'gitUrl',
      description: 'Overrides the repository URL of the git source (e.g. a mirror).',
      type: 'string',
      group: 'code',
    },
    'git-ref': {
      ado: 'gitRef',
      description:
        'Overrides the revision of the git source: a 7–40 character commit SHA, `tag:<name>` or `branch:<name>`.',
      type: 'string',
      group: 'code',
    },
    'git-provider': {
      ado: 'gitProvider',
      description:
        'Overrides the git provider (`gitHub`, `gitHubEnterprise`, `azureDevOpsServices`, `bitbucketCloud`, `bitbucketServer`, `gitLab`, `gitLabEnterpriseEdition`, `awsCodeCommit`).',
      notes: {
        cli: 'Needed for an origin whose URL does not tell, such as GitHub Enterprise (gitHubEnterprise) or Bitbucket Server.',
      },
      type: 'choice',
      options: GIT_PROVIDERS,
      group: 'code',
    },
    'allow-fork-code': {
      ado: 'allowForkCode',
      description: `Run even when ${ref('event-file')} names a pull request from a fork. A \`workflow_run\` workflow has the base repository's secrets: running a fork's code with them lets anyone who opens a pull request run code in your Databricks workspace with your credentials (a "pwn request"). Set \`true\` only in a job behind an environment with required reviewers, who read the code before approving.`,
      type: 'boolean',
      default: 'false',
      githubOnly: true,
      group: 'code',
    },
    upload: {
      ado: 'upload',
      description: `A local folder to import into a fresh workspace folder for this run, instead of a git source; relative task paths resolve inside it, so notebooks that import siblings work. The folder is deleted again after the run.`,
      notes: {
        github: "The action's post step deletes it, also when the job is cancelled.",
        ado: "The task's post-job step deletes it, also when the job is cancelled.",
        cli: 'Deleted as soon as the run ends: the quickest way to try uncommitted work.',
      },
      type: 'string',
      path: true,
      group: 'code',
    },
    'workspace-dir': {
      ado: 'workspaceDir',
      description: `Parent workspace folder for ${ref('upload')}. Default \`/Workspace/Shared/databricks-mlops-runs\`.`,
      type: 'string',
      default: '/Workspace/Shared/databricks-mlops-runs',
      group: 'code',
    },
    wait: {
      ado: 'wait',
      description:
        'Wait for the run to finish. With `false` it ends once the run is submitted (outputs `run-id`, `run-url`).',
      type: 'boolean',
      default: 'true',
      group: 'waiting',
    },
    timeout: {
      ado: 'timeout',
      description: `Seconds to wait before giving up (0 = no limit). The run is then cancelled (see ${ref('cancel-on-timeout')}) and it fails.`,
      type: 'number',
      integer: true,
      min: 0,
      max: 604800,
      default: '3600',
      group: 'waiting',
    },
    'cancel-on-timeout': {
      ado: 'cancelOnTimeout',
      description: `Cancel the Databricks run when ${ref('timeout')} expires.`,
      type: 'boolean',
      default: 'true',
      group: 'waiting',
    },
    'max-poll-interval': {
      ado: 'maxPollInterval',
      description:
        'Longest pause between status checks, in seconds. Polling starts sub-second and slows down while nothing changes.',
      type: 'number',
      min: 1,
      max: 600,
      default: '5',
      group: 'waiting',
    },
    'predictive-polling': {
      ado: 'predictivePolling',
      description: `Predict the end from earlier successful runs of the same job or run name, else of the same tasks under any name (a PR's first run), median of the last 5, from one \`runs/list\` call that is also the first poll: spend no more reads than a fixed poller would on a run that long, most of them around the expected end. With nothing to predict from, poll every ${ref('max-poll-interval')} from the submit. \`false\`: poll from 250 ms up to ${ref('max-poll-interval')}.`,
      type: 'boolean',
      default: 'true',
      group: 'waiting',
    },
    'heartbeat-interval': {
      ado: 'heartbeatInterval',
      description: 'Seconds between "still running" lines while nothing changes (0 = none).',
      type: 'number',
      integer: true,
      min: 0,
      max: 3600,
      default: '60',
      group: 'waiting',
    },
    'idempotency-token': {
      ado: 'idempotencyToken',
      description:
        'Overrides the idempotency token (≤ 64 characters). Default: derived from the CI run, attempt, job and step, so a retried step attaches to the run it started.',
      notes: {
        cli: 'Outside CI the default is random for each command, so every command submits a new run.',
      },
      type: 'string',
      group: 'waiting',
    },
    'access-control-list': {
      ado: 'accessControlList',
      description:
        'Who may see or manage the run, as the Jobs API `access_control_list`: a JSON (or YAML) list like `[{"user_name": "dev@example.com", "permission_level": "CAN_VIEW"}]` (each entry has one of `user_name`, `group_name`, `service_principal_name`, and `CAN_VIEW` or `CAN_MANAGE_RUN` or `CAN_MANAGE`). Sent with runs/submit; an existing job keeps its own permissions, so it applies to the shorthand and run specs only (a run spec\'s own list is extended).',
      type: 'yaml',
      group: 'what',
    },
    'pr-comment': {
      ado: 'prComment',
      description:
        "Write the run's result (each task's state, failed tasks' errors, notebook output, the run link) into the sticky pull-request report, in its own section, saying what changed since the previous report. `always`: on every run; `changes`: only when the result differs from the last report; `failures`: only when the run failed, or to clear a report that showed a failure; `off`: never. `true` and `false` mean `always` and `off`.",
      notes: {
        github: 'Needs `pull-requests: write` in the job permissions.',
        ado: 'A PR thread; needs "Contribute to pull requests" for the build service.',
        cli: 'Only in CI: outside it there is no pull request, and it is skipped.',
      },
      type: 'choice',
      options: PR_COMMENT_OPTIONS,
      default: 'off',
      group: 'report',
    },
    ...artifactInputs(
      "the run's JSON report and each failed task's error, trace, logs and notebook output",
    ),
    'report-key': {
      ado: 'reportKey',
      description:
        'Identifies the PR report to update. Default: workflow + job + `run-job`. Give each run-job step of a job its own key.',
      type: 'string',
      group: 'report',
    },
    'check-name': {
      ado: 'checkName',
      description:
        "Also publish the run's result as a check run of this name on the commit, with its own conclusion and the run's report, listed in the pull request's checks. Empty: no check run.",
      notes: {
        github: 'Needs `checks: write` in the job permissions; without it a warning says so.',
        ado: 'Check runs exist on GitHub only: ignored on Azure DevOps (the Tests tab and the PR thread report there).',
        cli: 'Ignored by the CLI: check runs are written by the GitHub action.',
      },
      type: 'string',
      group: 'report',
    },
    'github-token': {
      ado: 'githubToken',
      description: 'Token for the PR comment and the check run.',
      type: 'string',
      secret: true,
      githubDefault: '${{ github.token }}',
      githubOnly: true,
      env: ['GITHUB_TOKEN'],
      group: 'report',
    },
    ...eventInputs,
    ...connectionInputs,
  },
  outputs: {
    ...artifactOutputs,
    'run-id': { ado: 'runId', description: 'The Databricks run id.' },
    'run-url': { ado: 'runUrl', description: 'Link to the run in the workspace.' },
    'life-cycle-state': {
      ado: 'lifeCycleState',
      description: 'Last seen life cycle state, e.g. `TERMINATED`, `RUNNING` (no-wait).',
    },
    'result-state': {
      ado: 'resultState',
      description: '`SUCCESS`, `FAILED`, `TIMEDOUT`, `CANCELED`, ... (empty while running).',
    },
    'duration-seconds': { ado: 'durationSeconds', description: 'Run duration in seconds.' },
    'notebook-output': {
      ado: 'notebookOutput',
      description: 'The value passed to `dbutils.notebook.exit` (single-task runs).',
    },
    tasks: {
      ado: 'tasks',
      json: true,
      description:
        'JSON array, one object per task: key, run_id, state, result, duration_seconds, output, error, url.',
    },
    'error-message': {
      ado: 'errorMessage',
      description: 'Why the run or step failed; empty on success.',
    },
  },
});

export type Manifest = typeof manifest;
