// The schema errors a user sees: one line per problem, with the file and line where it was written.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { openBundle, resolveBundle } from '../../../shared/capabilities/deploy-jobs/bundle';
import type { ResolveContext } from '../../../shared/capabilities/deploy-jobs/model';
import { readJobsFolder } from '../../../shared/capabilities/deploy-jobs/jobs-folder';
import { errorMessage } from '../../../shared/errors';

const ctx: ResolveContext = {
  userName: 'jane.doe@example.com',
  git: {},
  variables: {},
  env: {},
  source: 'git',
};
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** The error a bundle whose only job is `job` (YAML lines under `j:`) gets, or '' when none. */
function bundleError(job: string, extraRoot = ''): string {
  const indented = job
    .split('\n')
    .map((l) => (l ? `      ${l}` : l))
    .join('\n');
  const dir = folder({
    'databricks.yml': `bundle:\n  name: d\ninclude:\n  - res/j.yml\n${extraRoot}`,
    'res/j.yml': `resources:\n  jobs:\n    j:\n${indented}`,
  });
  try {
    resolveBundle(openBundle(dir, undefined), ctx);
    return '';
  } catch (err) {
    return errorMessage(err);
  }
}

const TASK = 'tasks:\n  - task_key: t\n    notebook_task:\n      notebook_path: /Workspace/nb\n';

test('a valid job passes', () => {
  expect(
    bundleError(`${TASK}timeout_seconds: 60\nschedule:\n  quartz_cron_expression: 0 0 * * * ?\n`),
  ).toBe('');
});

test('an unknown job setting names file and line, with a did-you-mean', () => {
  expect(bundleError(`${TASK}max_concurent_runs: 2\n`)).toBe(
    "res/j.yml:8: 'max_concurent_runs' is not a job setting (did you mean 'max_concurrent_runs'?).",
  );
});

test('a wrong type says what was expected and what was given', () => {
  expect(bundleError(`${TASK}timeout_seconds: soon\n`)).toBe(
    "res/j.yml:8: 'timeout_seconds' must be a whole number, got a string.",
  );
  expect(bundleError(`${TASK}tags:\n  version: 2\n`)).toBe(
    "res/j.yml:9: 'tags.version' must be a string, got a whole number.",
  );
});

test('a job without tasks says so', () => {
  expect(bundleError('name: n\n')).toBe('res/j.yml:3: the job needs tasks.');
  expect(bundleError('tasks: []\n')).toBe("res/j.yml:4: 'tasks' is empty: give at least 1.");
});

test('a task without task_key is named by its place in the list', () => {
  expect(bundleError('tasks:\n  - notebook_task:\n      notebook_path: /nb\n')).toBe(
    'res/j.yml:5: tasks[0] needs task_key.',
  );
});

test('a misspelt task type is one error with a did-you-mean; a task without a type or with two says so', () => {
  expect(
    bundleError('tasks:\n  - task_key: t\n    notebok_task:\n      notebook_path: /nb\n'),
  ).toBe("res/j.yml:6: 'notebok_task' is not a task setting (did you mean 'notebook_task'?).");
  expect(bundleError('tasks:\n  - task_key: t\n    max_retries: 1\n')).toMatch(
    /^res\/j.yml:5: tasks\[0\] has no task type: give it one of notebook_task, /,
  );
  expect(
    bundleError(
      'tasks:\n  - task_key: t\n    notebook_task:\n      notebook_path: /nb\n    spark_python_task:\n      python_file: /x.py\n',
    ),
  ).toBe(
    'res/j.yml:5: tasks[0] has 2 task types (notebook_task, spark_python_task); a task has exactly one.',
  );
  expect(bundleError('tasks:\n  - task_key: t\n    notebook_task: {}\n')).toBe(
    'res/j.yml:6: tasks[0].notebook_task needs notebook_path.',
  );
});

test('several problems are listed one per line, in file order', () => {
  const message = bundleError(`${TASK}timeout_seconds: soon\nschedul: {}\n`);
  expect(message.split('\n')).toEqual([
    "res/j.yml:8: 'timeout_seconds' must be a whole number, got a string.",
    "res/j.yml:9: 'schedul' is not a job setting (did you mean 'schedule'?).",
  ]);
});

test('a run_job_task takes a job id or a reference to a job of the bundle', () => {
  const runJob = (id: string) =>
    `tasks:\n  - task_key: t\n    run_job_task:\n      job_id: ${id}\n`;
  expect(bundleError(runJob('${resources.jobs.j.id}'))).toBe('');
  expect(bundleError(runJob('12'))).toBe('');
  expect(bundleError(runJob('latest'))).toBe(
    "res/j.yml:7: 'tasks[0].run_job_task.job_id' must be a job id or ${resources.jobs.<key>.id}, got 'latest'.",
  );
});

test('the bundle files are checked as written: a misspelt target setting, a bad lookup kind', () => {
  expect(bundleError(TASK, 'targets:\n  dev:\n    worksapce:\n      host: https://x\n')).toBe(
    "databricks.yml:7: 'worksapce' is not a target setting (did you mean 'workspace'?).",
  );
  expect(bundleError(TASK, 'variables:\n  wh:\n    lookup:\n      warehous: Shared\n')).toBe(
    "databricks.yml:8: 'warehous' is not a lookup kind (did you mean 'warehouse'?).",
  );
  const dir = folder({ 'databricks.yml': 'bundle:\n  name: d\ninclude: res/j.yml\n' });
  expect(() => openBundle(dir, undefined)).toThrow(
    "databricks.yml:3: 'include' must be a list, got a string.",
  );
});

test('a jobs folder file gets the same errors', () => {
  const dir = folder({
    'jobs/nightly.yml': `name: n\n${TASK}shedule:\n  quartz_cron_expression: x\n`,
  });
  expect(() =>
    readJobsFolder(path.join(dir, 'jobs'), { name: 'n', target: 't', syncRoot: dir }, ctx),
  ).toThrow(/nightly\.yml:6: 'shedule' is not a job setting \(did you mean 'schedule'\?\)\.$/);
});
