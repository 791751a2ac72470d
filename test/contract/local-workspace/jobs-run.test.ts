import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { start, Client, notebook, processAlive, tempDir, waitFor, type Json } from './helpers';
import type { LocalWorkspace } from '../../../local-workspace';

let ws: LocalWorkspace;
let api: Client;
beforeAll(async () => {
  ({ ws, api } = await start());
});
afterAll(() => ws.close());

const DIR = '/Users/local-user@example.com/proj';

describe('running tasks', () => {
  it('runs a multi-task notebook + python run with depends_on, logs, widgets and exit', async () => {
    await api.importFile(`${DIR}/helper.py`, 'GREETING = "hello from a sibling module"\n');
    await api.importFile(
      `${DIR}/Train.py`,
      notebook(
        'import helper\ndbutils.widgets.text("env", "dev")\nprint("env is", dbutils.widgets.get("env"))',
        '# MAGIC %md\n# MAGIC This cell is documentation only.',
        'dbutils.jobs.taskValues.set("accuracy", 0.93)\ndbutils.notebook.exit(helper.GREETING + " / " + dbutils.widgets.get("model_name"))',
        'raise RuntimeError("never reached: exit stops the notebook")',
      ),
    );
    await api.importFile(
      `${DIR}/validate.py`,
      [
        'import sys',
        'from dbutils import dbutils',
        'acc = dbutils.jobs.taskValues.get(taskKey="Train", key="accuracy")',
        'print("argv", sys.argv[1:], "acc", acc, "mode", dbutils.widgets.get("run-mode"))',
        'print("to stderr", file=sys.stderr)',
      ].join('\n'),
    );
    const runId = await api.submit({
      run_name: 'ci-integration',
      tasks: [
        {
          task_key: 'Train',
          notebook_task: {
            notebook_path: `/Workspace${DIR}/Train`,
            base_parameters: { env: 'test', model_name: 'main.proj.model' },
          },
          new_cluster: { spark_version: '15.4.x-scala2.12', num_workers: 2 },
        },
        {
          task_key: 'Validate',
          depends_on: [{ task_key: 'Train' }],
          spark_python_task: {
            python_file: `${DIR}/validate.py`,
            parameters: ['--run-mode', 'enabled'],
          },
        },
      ],
    });
    const run = await api.waitRun(runId);
    expect(run.state).toEqual({
      life_cycle_state: 'TERMINATED',
      result_state: 'SUCCESS',
      state_message: '',
      user_cancelled_or_timedout: false,
    });
    expect(run.status).toEqual({
      state: 'TERMINATED',
      termination_details: { code: 'SUCCESS', type: 'SUCCESS', message: '' },
    });
    expect(run.run_type).toBe('SUBMIT_RUN');
    expect(run.run_page_url).toBe(`${ws.host}/?o=1000000000000000#job/${run.job_id}/run/${runId}`);
    expect(run.end_time).toBeGreaterThanOrEqual(run.start_time);

    const train = await api.output(api.task(run, 'Train').run_id);
    expect(train.notebook_output).toEqual({
      result: 'hello from a sibling module / main.proj.model',
      truncated: false,
    });
    expect(train.logs).toBeUndefined(); // the service gives no logs for notebook tasks
    expect(train.metadata.task_key).toBe('Train');
    const validate = await api.output(api.task(run, 'Validate').run_id);
    expect(validate.logs).toContain("argv ['--run-mode', 'enabled'] acc 0.93 mode enabled");
    expect(validate.logs).toContain('to stderr');
    expect(validate.logs_truncated).toBe(false);
    expect(validate.notebook_output).toBeUndefined();
  });

  it('reports an uncaught exception as error + error_trace and marks downstream UPSTREAM_FAILED', async () => {
    await api.importFile(
      `${DIR}/Fail.py`,
      notebook('x = 1', 'def boom():\n    raise ValueError("metric below threshold")\n\nboom()'),
    );
    const runId = await api.submit({
      tasks: [
        { task_key: 'A', notebook_task: { notebook_path: `${DIR}/Fail` } },
        {
          task_key: 'B',
          depends_on: [{ task_key: 'A' }],
          condition_task: { left: '1', op: 'EQUAL_TO', right: '1' },
        },
        {
          task_key: 'Cleanup',
          depends_on: [{ task_key: 'A' }],
          run_if: 'ALL_DONE',
          condition_task: { left: '1', op: 'EQUAL_TO', right: '1' },
        },
        {
          task_key: 'OnFailure',
          depends_on: [{ task_key: 'A' }],
          run_if: 'AT_LEAST_ONE_FAILED',
          condition_task: { left: '1', op: 'EQUAL_TO', right: '1' },
        },
        {
          task_key: 'OnlyIfAllOk',
          depends_on: [{ task_key: 'A' }],
          run_if: 'NONE_FAILED',
          condition_task: { left: '1', op: 'EQUAL_TO', right: '1' },
        },
      ],
    });
    const run = await api.waitRun(runId);
    expect(run.state.result_state).toBe('FAILED');
    expect(run.state.state_message).toBe('Workload failed, see run output for details');
    expect(run.status.termination_details).toMatchObject({
      code: 'RUN_EXECUTION_ERROR',
      type: 'CLIENT_ERROR',
    });
    expect(run.status.termination_details.message).toContain(
      'Task A failed with message: ValueError: metric below threshold',
    );
    expect(api.task(run, 'A').state.result_state).toBe('FAILED');
    expect(api.task(run, 'B').state.result_state).toBe('UPSTREAM_FAILED');
    expect(api.task(run, 'Cleanup').state.result_state).toBe('SUCCESS');
    expect(api.task(run, 'OnFailure').state.result_state).toBe('SUCCESS');
    expect(api.task(run, 'OnlyIfAllOk').state.result_state).toBe('UPSTREAM_FAILED');
    const out = await api.output(api.task(run, 'A').run_id);
    expect(out.error).toBe('ValueError: metric below threshold');
    expect(out.error_trace).toMatch(/Traceback \(most recent call last\)/);
    // Line numbers point into the notebook file, not at the launcher.
    expect(out.error_trace).toContain(
      `File "/Workspace${DIR}/Fail", line 7, in boom\n    raise ValueError("metric below threshold")`,
    );
    expect(out.error_trace).not.toContain('_local_task_runner');
  });

  it('gives SUCCESS_WITH_FAILURES when only a non-leaf task failed and the leaves succeeded', async () => {
    await api.importFile(`${DIR}/exit2.py`, 'import sys\nsys.exit(2)\n');
    const runId = await api.submit({
      tasks: [
        { task_key: 'A', spark_python_task: { python_file: `${DIR}/exit2.py` } },
        {
          task_key: 'Leaf',
          depends_on: [{ task_key: 'A' }],
          run_if: 'ALL_DONE',
          condition_task: { left: 'a', op: 'NOT_EQUAL', right: 'b' },
        },
      ],
    });
    const run = await api.waitRun(runId);
    expect(run.state.result_state).toBe('SUCCESS_WITH_FAILURES');
    expect((await api.output(api.task(run, 'A').run_id)).error).toBe('SystemExit: 2');
  });

  it('branches on a condition task fed by a task value; the branch not taken is EXCLUDED', async () => {
    await api.importFile(
      `${DIR}/score.py`,
      'from dbutils import dbutils\ndbutils.jobs.taskValues.set("score", 7)\n',
    );
    const runId = await api.submit({
      tasks: [
        { task_key: 'Score', spark_python_task: { python_file: `${DIR}/score.py` } },
        {
          task_key: 'Gate',
          depends_on: [{ task_key: 'Score' }],
          condition_task: {
            left: '{{tasks.Score.values.score}}',
            op: 'GREATER_THAN_OR_EQUAL',
            right: '10',
          },
        },
        {
          task_key: 'Promote',
          depends_on: [{ task_key: 'Gate', outcome: 'true' }],
          condition_task: { left: '1', op: 'EQUAL_TO', right: '1' },
        },
        {
          task_key: 'Alert',
          depends_on: [{ task_key: 'Gate', outcome: 'false' }],
          condition_task: { left: '1', op: 'EQUAL_TO', right: '1' },
        },
      ],
    });
    const run = await api.waitRun(runId);
    expect(run.state.result_state).toBe('SUCCESS');
    expect(api.task(run, 'Gate').condition_task).toEqual({
      left: '7',
      op: 'GREATER_THAN_OR_EQUAL',
      right: '10',
      outcome: 'false',
    });
    expect(api.task(run, 'Promote').state.result_state).toBe('EXCLUDED');
    expect(api.task(run, 'Alert').state.result_state).toBe('SUCCESS');
  });

  it('times a task out (TIMEDOUT) and then the run', async () => {
    await api.importFile(
      `${DIR}/slow.py`,
      'import time\nprint("sleeping", flush=True)\ntime.sleep(60)\n',
    );
    const taskLevel = await api.submit({
      tasks: [
        {
          task_key: 'Slow',
          timeout_seconds: 1,
          spark_python_task: { python_file: `${DIR}/slow.py` },
        },
      ],
    });
    const runLevel = await api.submit({
      timeout_seconds: 1,
      tasks: [{ task_key: 'Slow', spark_python_task: { python_file: `${DIR}/slow.py` } }],
    });
    const a = await api.waitRun(taskLevel);
    expect(api.task(a, 'Slow').state).toMatchObject({
      result_state: 'TIMEDOUT',
      user_cancelled_or_timedout: true,
    });
    expect(a.state.result_state).toBe('FAILED');
    const b = await api.waitRun(runLevel);
    expect(b.state).toMatchObject({
      life_cycle_state: 'TERMINATED',
      result_state: 'TIMEDOUT',
      user_cancelled_or_timedout: true,
    });
    expect(api.task(b, 'Slow').state.result_state).toBe('TIMEDOUT');
  });

  it('cancels asynchronously and kills the whole process group', async () => {
    const pidFile = path.join(tempDir(), 'child.pid');
    await api.importFile(
      `${DIR}/spawner.py`,
      [
        'import subprocess, sys, time',
        `child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])`,
        `open(${JSON.stringify(pidFile)}, "w").write(str(child.pid))`,
        'time.sleep(120)',
      ].join('\n'),
    );
    const runId = await api.submit({
      tasks: [
        { task_key: 'S', spark_python_task: { python_file: `${DIR}/spawner.py` } },
        {
          task_key: 'After',
          depends_on: [{ task_key: 'S' }],
          condition_task: { left: '1', op: 'EQUAL_TO', right: '1' },
        },
      ],
    });
    const childPid = await waitFor(
      () =>
        fs.existsSync(pidFile) && fs.readFileSync(pidFile, 'utf8')
          ? Number(fs.readFileSync(pidFile, 'utf8'))
          : undefined,
      20000,
      'the task to start its child',
    );
    expect(processAlive(childPid)).toBe(true);
    expect(await api.ok('POST', '/api/2.2/jobs/runs/cancel', { run_id: runId })).toEqual({});
    const run = await api.waitRun(runId);
    expect(run.state).toMatchObject({ result_state: 'CANCELED', user_cancelled_or_timedout: true });
    expect(run.status.termination_details.code).toBe('USER_CANCELED');
    expect(api.task(run, 'S').state.result_state).toBe('CANCELED');
    await waitFor(
      () => !processAlive(childPid) || undefined,
      10000,
      'the grandchild process to die',
    );
    // Cancelling a finished run is a no-op.
    expect((await api.post('/api/2.2/jobs/runs/cancel', { run_id: runId })).status).toBe(200);
  });

  it('runs %run, %sh and %pip cells; %sql and spark fail with a clear error', async () => {
    await api.importFile(`${DIR}/lib/Common.py`, notebook('SHARED = "from %run"'));
    await api.importFile(
      `${DIR}/Magic.py`,
      notebook(
        '# MAGIC %run ./lib/Common',
        '# MAGIC %pip install lightgbm',
        '# MAGIC %sh\n# MAGIC echo from-shell',
        'dbutils.notebook.exit(SHARED)',
      ),
    );
    await api.importFile(`${DIR}/Sql.py`, notebook('# MAGIC %sql\n# MAGIC SELECT 1'));
    await api.importFile(`${DIR}/Spark.py`, notebook('spark.table("x")'));
    const runId = await api.submit({
      tasks: ['Magic', 'Sql', 'Spark'].map((k) => ({
        task_key: k,
        notebook_task: { notebook_path: `${DIR}/${k}` },
      })),
    });
    const run = await api.waitRun(runId);
    expect((await api.output(api.task(run, 'Magic').run_id)).notebook_output.result).toBe(
      'from %run',
    );
    const logs = await api.ok('GET', `/__local/runs/${api.task(run, 'Magic').run_id}/logs`);
    expect(logs.logs).toContain('from-shell');
    expect(logs.logs).toContain('skipped `%pip install lightgbm`');
    expect((await api.output(api.task(run, 'Sql').run_id)).error).toContain(
      'Cell magic %sql is not supported by the local workspace',
    );
    expect((await api.output(api.task(run, 'Spark').run_id)).error).toContain(
      'Spark is not available in the local workspace',
    );
  });

  it('returns the same run for a repeated idempotency_token', async () => {
    const body = {
      run_name: 'idem',
      idempotency_token: 'gh-123-1-integration',
      tasks: [{ task_key: 'a', condition_task: { left: '1', op: 'EQUAL_TO', right: '1' } }],
    };
    const first = await api.submit(body);
    const second = await api.submit(body);
    expect(String(second)).toBe(String(first));
    expect(
      (await api.post('/api/2.2/jobs/runs/submit', { ...body, idempotency_token: 'x'.repeat(65) }))
        .status,
    ).toBe(400);
  });

  it('fails a task whose notebook does not exist with a clear message', async () => {
    const runId = await api.submit({
      tasks: [{ task_key: 'Missing', notebook_task: { notebook_path: '/Users/nobody/Nothing' } }],
    });
    const run = await api.waitRun(runId);
    expect(run.state.result_state).toBe('FAILED');
    expect(api.task(run, 'Missing').state).toMatchObject({
      life_cycle_state: 'INTERNAL_ERROR',
      result_state: 'FAILED',
    });
    expect(api.task(run, 'Missing').state.state_message).toContain(
      'Unable to access the notebook "/Users/nobody/Nothing"',
    );
  });

  it('keeps the last 5 MB of a big log and flags it truncated', async () => {
    await api.importFile(
      `${DIR}/loud.py`,
      'import sys\nsys.stdout.write("A" * (6 * 1024 * 1024))\nsys.stdout.write("THE-END")\n',
    );
    const runId = await api.submit({
      tasks: [{ task_key: 'Loud', spark_python_task: { python_file: `${DIR}/loud.py` } }],
    });
    const run = await api.waitRun(runId);
    const out = await api.output(api.task(run, 'Loud').run_id);
    expect(out.logs_truncated).toBe(true);
    expect(Buffer.byteLength(out.logs)).toBe(5 * 1024 * 1024);
    expect(out.logs.endsWith('THE-END')).toBe(true);
  });
});

describe('jobs: run-now, parameters, concurrency, run_job_task', () => {
  it('passes job parameters (overriding defaults) to widgets and resolves {{job.parameters.*}}', async () => {
    await api.importFile(
      `${DIR}/Params.py`,
      notebook(
        'dbutils.notebook.exit(dbutils.widgets.get("env") + "|" + dbutils.widgets.get("label"))',
      ),
    );
    const { job_id } = await api.ok('POST', '/api/2.2/jobs/create', {
      name: 'params',
      parameters: [{ name: 'env', default: 'staging' }],
      tasks: [
        {
          task_key: 'P',
          notebook_task: {
            notebook_path: `${DIR}/Params`,
            base_parameters: { env: 'ignored', label: 'run-{{job.parameters.env}}' },
          },
        },
      ],
    });
    const { run_id, number_in_job } = await api.ok('POST', '/api/2.2/jobs/run-now', {
      job_id,
      job_parameters: { env: 'prod' },
    });
    expect(String(number_in_job)).toBe(String(run_id));
    const run = await api.waitRun(run_id);
    expect(run).toMatchObject({
      run_type: 'JOB_RUN',
      trigger: 'ONE_TIME',
      job_parameters: [{ name: 'env', default: 'staging', value: 'prod' }],
    });
    expect((await api.output(api.task(run, 'P').run_id)).notebook_output.result).toBe(
      'prod|run-prod',
    );
    const unknown = await api.post('/api/2.2/jobs/run-now', {
      job_id,
      job_parameters: { nope: '1' },
    });
    expect(unknown.status).toBe(400);
  });

  it('queues runs beyond max_concurrent_runs (QUEUED then run) and skips them when queueing is off', async () => {
    await api.importFile(
      `${DIR}/wait.py`,
      'import os, time\nwhile not os.path.exists(os.environ.get("GO", "/nonexistent")):\n    time.sleep(0.05)\n',
    );
    const go = path.join(tempDir(), 'go');
    await api.importFile(
      `${DIR}/waitgo.py`,
      `import os, time\nwhile not os.path.exists(${JSON.stringify(go)}):\n    time.sleep(0.05)\n`,
    );
    const { job_id } = await api.ok('POST', '/api/2.2/jobs/create', {
      name: 'one-at-a-time',
      max_concurrent_runs: 1,
      tasks: [{ task_key: 'W', spark_python_task: { python_file: `${DIR}/waitgo.py` } }],
    });
    const first = (await api.ok('POST', '/api/2.2/jobs/run-now', { job_id })).run_id;
    await api.waitRun(first, (r) => r.state.life_cycle_state === 'RUNNING');
    const second = (await api.ok('POST', '/api/2.2/jobs/run-now', { job_id })).run_id;
    const queued = await api.run(second);
    expect(queued.state.life_cycle_state).toBe('QUEUED');
    expect(queued.status).toMatchObject({
      state: 'QUEUED',
      queue_details: { code: 'ACTIVE_RUNS_LIMIT_REACHED' },
    });
    const skipped = (
      await api.ok('POST', '/api/2.2/jobs/run-now', { job_id, queue: { enabled: false } })
    ).run_id;
    const s = await api.run(skipped);
    expect(s.state).toMatchObject({
      life_cycle_state: 'SKIPPED',
      result_state: 'MAXIMUM_CONCURRENT_RUNS_REACHED',
    });
    expect(s.status).toMatchObject({
      state: 'TERMINATED',
      termination_details: { code: 'MAX_CONCURRENT_RUNS_EXCEEDED' },
    });
    fs.writeFileSync(go, '');
    expect((await api.waitRun(first)).state.result_state).toBe('SUCCESS');
    const later = await api.waitRun(second);
    expect(later.state.result_state).toBe('SUCCESS');
    expect(later.queue_duration).toBeGreaterThanOrEqual(0);
  });

  it('starts another job with run_job_task and reports its run id', async () => {
    const child = await api.ok('POST', '/api/2.2/jobs/create', {
      name: 'child',
      parameters: [{ name: 'x', default: '0' }],
      tasks: [
        {
          task_key: 'c',
          condition_task: { left: '{{job.parameters.x}}', op: 'EQUAL_TO', right: '5' },
        },
      ],
    });
    const runId = await api.submit({
      tasks: [
        { task_key: 'Call', run_job_task: { job_id: child.job_id, job_parameters: { x: '5' } } },
      ],
    });
    const run = await api.waitRun(runId);
    expect(run.state.result_state).toBe('SUCCESS');
    const out = await api.output(api.task(run, 'Call').run_id);
    const childRun = await api.run(out.run_job_output.run_id);
    expect(childRun).toMatchObject({ trigger: 'RUN_JOB_TASK', job_id: child.job_id });
    expect(api.task(childRun, 'c').condition_task.outcome).toBe('true');
  });

  it('runs only the selected tasks with `only` (+key pulls in upstream)', async () => {
    const c = (k: string, deps: string[] = []): Json => ({
      task_key: k,
      condition_task: { left: '1', op: 'EQUAL_TO', right: '1' },
      ...(deps.length ? { depends_on: deps.map((d) => ({ task_key: d })) } : {}),
    });
    const { job_id } = await api.ok('POST', '/api/2.2/jobs/create', {
      name: 'only',
      tasks: [c('a'), c('b', ['a']), c('z')],
    });
    const { run_id } = await api.ok('POST', '/api/2.2/jobs/run-now', { job_id, only: ['+b'] });
    const run = await api.waitRun(run_id);
    expect(run.tasks.map((t: Json) => t.task_key).sort()).toEqual(['a', 'b']);
  });
});

describe('git_source', () => {
  let repo: string;
  let firstCommit: string;
  const gitEnv = {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.com',
  };
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: repo, env: gitEnv }).toString().trim();

  beforeAll(() => {
    repo = tempDir('lw-repo-');
    git('init', '-q', '-b', 'main');
    fs.mkdirSync(path.join(repo, 'my_project', 'notebooks'), { recursive: true });
    fs.writeFileSync(path.join(repo, 'my_project', 'notebooks', 'lib.py'), 'VERSION = "v1"\n');
    fs.writeFileSync(
      path.join(repo, 'my_project', 'notebooks', 'Train.py'),
      notebook('from lib import VERSION\ndbutils.notebook.exit(VERSION)'),
    );
    fs.writeFileSync(
      path.join(repo, 'my_project', 'check.py'),
      'import sys\nfrom my_project.notebooks.lib import VERSION\nprint("check", VERSION, sys.argv[1:])\n',
    );
    fs.writeFileSync(path.join(repo, 'my_project', '__init__.py'), '');
    fs.writeFileSync(path.join(repo, 'my_project', 'notebooks', '__init__.py'), '');
    git('add', '-A');
    git('commit', '-q', '-m', 'v1');
    firstCommit = git('rev-parse', 'HEAD');
    git('tag', 'v1.0.0');
    fs.writeFileSync(path.join(repo, 'my_project', 'notebooks', 'lib.py'), 'VERSION = "v2"\n');
    git('commit', '-q', '-am', 'v2');
    git('checkout', '-q', '-b', 'feature');
    fs.writeFileSync(path.join(repo, 'my_project', 'notebooks', 'lib.py'), 'VERSION = "feature"\n');
    git('commit', '-q', '-am', 'feature');
    git('checkout', '-q', 'main');
  });

  async function versionAt(ref: Json, url: string = repo): Promise<Json> {
    const runId = await api.submit({
      git_source: { git_url: url, git_provider: 'gitHub', ...ref },
      tasks: [
        {
          task_key: 'Train',
          notebook_task: { notebook_path: 'my_project/notebooks/Train', source: 'GIT' },
        },
        {
          task_key: 'Check',
          depends_on: [{ task_key: 'Train' }],
          spark_python_task: { python_file: 'my_project/check.py', parameters: ['--x'] },
        },
      ],
    });
    return api.waitRun(runId);
  }

  it('checks out a commit, a tag and a branch of a local repository', async () => {
    for (const [ref, want] of [
      [{ git_commit: firstCommit }, 'v1'],
      [{ git_tag: 'v1.0.0' }, 'v1'],
      [{ git_branch: 'main' }, 'v2'],
      [{ git_branch: 'feature' }, 'feature'],
    ] as const) {
      const run = await versionAt(ref, `file://${repo}`);
      expect(run.state.result_state).toBe('SUCCESS');
      expect(run.git_source).toMatchObject(ref);
      expect((await api.output(api.task(run, 'Train').run_id)).notebook_output.result).toBe(want);
      expect((await api.output(api.task(run, 'Check').run_id)).logs).toContain(
        `check ${want} ['--x']`,
      );
    }
  });

  it('fails the run with a clear message for a remote URL (no network) or a missing ref', async () => {
    const remote = await versionAt({ git_branch: 'main' }, 'https://github.com/acme/ml-repo');
    expect(remote.state).toMatchObject({
      life_cycle_state: 'INTERNAL_ERROR',
      result_state: 'FAILED',
    });
    expect(remote.state.state_message).toContain('no network access');
    expect(remote.status.termination_details.code).toBe('REPOSITORY_CHECKOUT_FAILED');
    const missing = await versionAt({ git_branch: 'no-such-branch' });
    expect(missing.state.life_cycle_state).toBe('INTERNAL_ERROR');
    expect(missing.state.state_message).toContain('no-such-branch');
  });

  it('rejects a git_source without exactly one ref', async () => {
    const r = await api.post('/api/2.2/jobs/runs/submit', {
      git_source: { git_url: repo, git_branch: 'main', git_tag: 'v1.0.0' },
      tasks: [{ task_key: 'a', condition_task: { left: '1', op: 'EQUAL_TO', right: '1' } }],
    });
    expect(r.status).toBe(400);
  });
});
