import { inputRef as ref } from '../../errors';
import { artifactInputs, artifactOutputs } from '../../artifacts';
import { defineManifest } from '../../manifest';
import { PR_COMMENT_OPTIONS } from '../../report/report-state';
import { eventInputs } from '../../report/event-target';

export const manifest = defineManifest({
  name: 'unit-tests',
  description:
    'Runs the unit tests (or collects their JUnit results), publishes them to the job summary, annotations, the ADO Tests tab and a sticky PR report, and fails on the policy you choose.',
  task: {
    name: 'RunUnitTests',
    id: '51fc0de4-a671-4c38-b0f5-5995a7be6f6a',
    friendlyName: 'Databricks MLOps: unit tests',
    category: 'Test',
    instanceNameFormat: 'Unit tests: $(title)',
  },
  groups: {
    run: { title: 'Run', collapsed: false },
    results: { title: 'Results and gates', collapsed: false },
    report: { title: 'Reports', collapsed: true },
  },
  inputs: {
    command: {
      ado: 'command',
      description:
        'Shell command that runs the tests and writes JUnit XML, e.g. `pytest --junitxml=test-results/junit.xml`. Runs in bash with `-eo pipefail` (cmd on Windows). Leave empty to only collect results written by an earlier step.',
      type: 'string',
      group: 'run',
    },
    'working-directory': {
      ado: 'workingDirectory',
      description: `Directory the command runs in and the ${ref('results')}/${ref('coverage')} patterns are relative to. Relative to the repository root.`,
      type: 'string',
      path: true,
      default: '.',
      group: 'run',
    },
    env: {
      ado: 'env',
      description:
        'Extra environment variables for the command: `KEY=value` lines, or a JSON/YAML mapping.',
      type: 'yaml',
      group: 'run',
    },
    timeout: {
      ado: 'timeout',
      description:
        'Seconds the command may run; then it and every process it started are stopped and it fails. Empty or 0: no limit.',
      type: 'number',
      integer: true,
      min: 0,
      max: 604800,
      group: 'run',
    },
    results: {
      ado: 'results',
      description: `Test result files to read (JUnit XML, or .NET's TRX, NUnit 3 and xUnit.net v2 XML, told apart by content): glob patterns, one per line (\`!pattern\` excludes), relative to ${ref('working-directory')}. E.g. \`test-results/**/*.xml\`.`,
      type: 'list',
      required: true,
      group: 'results',
    },
    'fail-on': {
      ado: 'failOn',
      description:
        'Which test results count as a failure: `failures` (failed or errored tests), `errors` (errored tests only) or `nothing`.',
      type: 'choice',
      options: ['failures', 'errors', 'nothing'],
      default: 'failures',
      group: 'results',
    },
    'fail-on-exit-code': {
      ado: 'failOnExitCode',
      description: 'Fail when the command exits with a non-zero code, whatever the results say.',
      type: 'boolean',
      default: 'true',
      group: 'results',
    },
    'fail-on-empty': {
      ado: 'failOnEmpty',
      description:
        'Fail when no test result was found (no file matched, or the files hold no test case).',
      type: 'boolean',
      default: 'true',
      group: 'results',
    },
    coverage: {
      ado: 'coverage',
      description:
        'Cobertura XML coverage reports (glob patterns), e.g. `coverage.xml` from `pytest --cov --cov-report=xml`.',
      type: 'list',
      group: 'results',
    },
    'min-coverage': {
      ado: 'minCoverage',
      description: `Minimum line coverage in percent (0–100); it fails below it. Needs ${ref('coverage')}.`,
      type: 'number',
      min: 0,
      max: 100,
      group: 'results',
    },
    'pr-comment': {
      ado: 'prComment',
      description:
        'Write the report as one pull-request comment that is updated in place, saying what changed since the previous report (new failures, fixed tests, counts, duration). `always`: on every run; `changes`: only when the results differ from the last report; `failures`: only when something failed, or to clear a report that showed failures; `off`: never. `true` and `false` mean `always` and `off`.',
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
    'check-name': {
      ado: 'checkName',
      description:
        "Also publish the results as a check run of this name on the commit, with its own conclusion and one annotation per failed test (up to 1000), listed in the pull request's checks. Empty: no check run.",
      notes: {
        github: 'Needs `checks: write` in the job permissions; without it a warning says so.',
        ado: 'Check runs exist on GitHub only: ignored on Azure DevOps (the Tests tab and the PR thread report there).',
        cli: 'Ignored by the CLI: check runs are written by the GitHub action.',
      },
      type: 'string',
      group: 'report',
    },
    ...artifactInputs('the JSON report and the result files it read'),
    'report-key': {
      ado: 'reportKey',
      description:
        'Identifies the PR report to update. Default: workflow + job + `unit-tests`. Give each matrix entry its own key (e.g. `unit-tests-py3.12`, built from the matrix value) so that entries do not overwrite each other.',
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
    'max-annotations': {
      ado: 'maxAnnotations',
      description: 'At most this many failed tests get an error annotation. 0 turns them off.',
      notes: {
        github: 'GitHub shows 10 per step, 50 per job.',
        cli: 'In a terminal an annotation is an error line.',
      },
      type: 'number',
      integer: true,
      min: 0,
      max: 50,
      default: '10',
      group: 'report',
    },
    title: {
      ado: 'title',
      description: 'Title of the summary, the PR report and the ADO test run.',
      type: 'string',
      default: 'Unit tests',
      group: 'report',
    },
  },
  outputs: {
    ...artifactOutputs,
    total: { ado: 'total', description: 'Number of test cases.' },
    passed: {
      ado: 'passed',
      description: 'Passed test cases (flaky ones that passed on a rerun included).',
    },
    failed: { ado: 'failed', description: 'Failed test cases.' },
    errored: { ado: 'errored', description: 'Test cases that ended in an error.' },
    skipped: { ado: 'skipped', description: 'Skipped or disabled test cases.' },
    'duration-seconds': {
      ado: 'durationSeconds',
      description: 'Test time the reports give, in seconds.',
    },
    'report-json': {
      ado: 'reportJson',
      description:
        "Path of a JSON file with the totals, every test case and each failure's message, location and trace.",
    },
    'coverage-line-rate': {
      ado: 'coverageLineRate',
      description: 'Line coverage from 0 to 1, when `coverage` is set.',
    },
    'coverage-branch-rate': {
      ado: 'coverageBranchRate',
      description: 'Branch coverage from 0 to 1, when the report has branches.',
    },
  },
});

export type Manifest = typeof manifest;
