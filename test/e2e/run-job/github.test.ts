// The committed run-job bundle (main and post), run as the GitHub runner runs it, against a
// local workspace on a loopback port.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runAction, startAction, type ActionRun } from '../../helpers/github-runner';
import { startLocalWorkspace, type LocalWorkspace } from '../../../local-workspace';
import {
  CODE,
  FIXTURES,
  MAIN,
  OUTPUTS,
  POST,
  ROOT_MAIN,
  ROOT_POST,
  api,
  eventually,
  githubEnv,
  runState,
  type Api,
} from './helpers';

let ws: LocalWorkspace;
let client: Api;
let conn: Record<string, string>;

beforeAll(async () => {
  ws = await startLocalWorkspace({ port: 0 });
  client = api(ws.host, ws.token);
  conn = { 'databricks-host': ws.host, 'databricks-token': ws.token };
});
afterAll(() => ws.close());
afterEach(async () => {
  await fetch(`${ws.host}/__local/faults`, {
    method: 'DELETE',
    headers: { Authorization: `Bearer ${ws.token}` },
  });
});

function expectAllOutputs(run: ActionRun): void {
  expect(Object.keys(run.outputs).sort()).toEqual(OUTPUTS);
}

function tasksOf(run: ActionRun): Array<Record<string, unknown>> {
  return JSON.parse(run.outputs.tasks) as Array<Record<string, unknown>>;
}

const upload = { 'git-source': 'none', upload: CODE };

// The core case, run through the per-capability action and through the root action alike.
async function notebookWithImports(main: string, post: string, selector: Record<string, string>) {
  const env = githubEnv();
  const run = await runAction(main, {
    inputs: { ...selector, ...conn, ...upload, 'notebook-path': 'hello.py', parameters: 'name=ci' },
    env,
  });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expectAllOutputs(run);
  expect(run.outputs['result-state']).toBe('SUCCESS');
  expect(run.outputs['life-cycle-state']).toBe('TERMINATED');
  expect(run.outputs['notebook-output']).toBe('HELLO CI!');
  expect(run.outputs['error-message']).toBe('');
  expect(run.outputs['run-url']).toContain(ws.host);
  // A number of seconds, not merely anything Number() accepts ('' is 0).
  expect(run.outputs['duration-seconds']).toMatch(/^\d+(\.\d+)?$/);
  expect(tasksOf(run)).toEqual([
    expect.objectContaining({ key: 'hello', result: 'SUCCESS', output: 'HELLO CI!' }),
  ]);
  // The link comes before the first state line, and each line carries a timestamp.
  const lines = run.stdout.split('\n');
  const link = lines.findIndex((l) => l.startsWith('Run URL: '));
  const firstState = lines.findIndex((l) => /^\[\d\d:\d\d:\d\d\] Run \d+ /.test(l));
  expect(link).toBeGreaterThanOrEqual(0);
  expect(firstState).toBeGreaterThan(link);
  expect(run.stdout).toMatch(/\[\d\d:\d\d:\d\d\] {3}hello: TERMINATED SUCCESS/);
  expect(run.summary).toContain('| hello | ✅ SUCCESS |');
  expect(run.summary).toContain(`](${run.outputs['run-url']})`);

  const root = run.state['upload-root'];
  expect(root).toMatch(/^\/Workspace\/Shared\/databricks-mlops-runs\/gh-/);
  expect(
    (await client.get('/api/2.0/workspace/get-status', { path: `${root}/lib/shout.py` })).status,
  ).toBe(200);
  const cleanup = await runAction(post, {
    inputs: { ...selector, ...conn },
    env,
    state: run.state,
  });
  expect(cleanup.code).toBe(0);
  expect(cleanup.stdout).toContain(`Deleted the uploaded folder ${root}`);
  expect((await client.get('/api/2.0/workspace/get-status', { path: root })).status).toBe(404);
}

test('a notebook with sibling imports succeeds; outputs, summary, and the upload is deleted by post', () =>
  notebookWithImports(MAIN, POST, {}));

test('the same through the root action with capability: run-job', () =>
  notebookWithImports(ROOT_MAIN, ROOT_POST, { capability: 'run-job' }));

test('a failing task fails the step with its error and trace in the summary', async () => {
  const run = await runAction(MAIN, {
    inputs: { ...conn, ...upload, 'notebook-path': 'fail' },
    env: githubEnv(),
  });
  expect(run.code).toBe(1);
  expectAllOutputs(run);
  expect(run.outputs['result-state']).toBe('FAILED');
  expect(run.outputs['error-message']).toMatch(/ZeroDivisionError/);
  expect(run.summary).toContain('#### ❌ fail');
  expect(run.summary).toContain('Trace (last lines)');
  expect(run.summary).toMatch(/divide\(1, 0\)|return a \/ b/);
  expect(run.stdout).toMatch(/::error::Run \d+ ended TERMINATED FAILED/);
  expect(tasksOf(run)[0]).toEqual(
    expect.objectContaining({
      result: 'FAILED',
      error: expect.stringMatching(/ZeroDivisionError/),
    }),
  );
});

test('remote text cannot act as a workflow command', async () => {
  const run = await runAction(MAIN, {
    inputs: { ...conn, ...upload, 'notebook-path': 'inject' },
    env: githubEnv(),
  });
  expect(run.code).toBe(1);
  expect(run.outputs['run-id']).toMatch(/^\d+$/);
  // Every echo of the trace sits between ::stop-commands::<token> and ::<token>::.
  const echoed = /::stop-commands::([\w-]+)\n([\s\S]*?)::\1::/.exec(run.stdout);
  expect(echoed?.[2]).toContain('::error::injected');
  const outside = run.stdout.replace(/::stop-commands::([\w-]+)\n[\s\S]*?::\1::/g, '');
  expect(outside).not.toMatch(/^::error::injected/m);
  expect(outside).not.toMatch(/^::add-mask::hello/m);
});

test('a multi-task run reports the failed task and its UPSTREAM_FAILED dependant', async () => {
  const run = await runAction(MAIN, {
    inputs: { ...conn, ...upload, 'run-spec': path.join(FIXTURES, 'multi-task.yml') },
    env: githubEnv(),
  });
  expect(run.code).toBe(1);
  expectAllOutputs(run);
  const byKey = Object.fromEntries(tasksOf(run).map((t) => [t.key, t]));
  expect(byKey.prepare.result).toBe('SUCCESS');
  expect(byKey.train.result).toBe('FAILED');
  expect(byKey.report.result).toBe('UPSTREAM_FAILED');
  // Several tasks: no single notebook output.
  expect(run.outputs['notebook-output']).toBe('');
  expect(run.summary).toContain('| report | ⏭️ UPSTREAM_FAILED |');
  expect(run.summary).toContain('#### ❌ train');
  expect(run.summary).not.toContain('#### ❌ report');
});

test('an invalid run spec is reported with file:line annotations before anything runs', async () => {
  const before = (await client.get<{ requests: unknown[] }>('/__local/requests')).body.requests
    .length;
  const spec = path.join(FIXTURES, 'invalid.yml');
  const run = await runAction(MAIN, {
    inputs: { ...conn, ...upload, 'run-spec': spec },
    env: githubEnv(),
  });
  expect(run.code).toBe(1);
  expectAllOutputs(run);
  expect(run.stdout).toMatch(
    new RegExp(
      `::error title=run spec,file=${spec.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')},line=6,.*tasks\\[1\\]\\.task_key: must be 1-100 letters`,
    ),
  );
  expect(run.stdout).toMatch(
    /line=7,.*tasks\[1\]\.notebook_task: missing required field 'notebook_path'/,
  );
  expect(run.stdout).toMatch(/line=15,.*tasks\[2\]\.timeout_seconds: must be a whole number/);
  expect(run.stdout).toMatch(/line=12,.*depends on 'missing'/);
  expect(run.stdout).toMatch(/::error::Input 'run-spec' .*invalid\.yml has 4 problems/);
  const after = (await client.get<{ requests: Array<{ path: string }> }>('/__local/requests')).body
    .requests;
  expect(after.slice(before).filter((r) => r.path.includes('/jobs/'))).toEqual([]);
});

test('a timeout cancels the run and fails the step', async () => {
  const run = await runAction(MAIN, {
    inputs: {
      ...conn,
      ...upload,
      'python-file': 'sleep.py',
      parameters: '60',
      timeout: '3',
      'heartbeat-interval': '1',
    },
    env: githubEnv(),
  });
  expect(run.code).toBe(1);
  expectAllOutputs(run);
  expect(run.outputs['result-state']).toBe('CANCELED');
  expect(run.outputs['error-message']).toMatch(/Timed out after 3\.0 s .* it was cancelled/);
  // A heartbeat while nothing changes.
  expect(run.stdout).toMatch(
    /\[\d\d:\d\d:\d\d\] Run \d+ still RUNNING after \d\.\d s \(running: sleep\)/,
  );
  expect(await runState(client, run.outputs['run-id'])).toBe('TERMINATED CANCELED');
});

test('SIGINT cancels the Databricks run within seconds', async () => {
  const started = startAction(MAIN, {
    inputs: { ...conn, ...upload, 'python-file': 'sleep.py', parameters: '120' },
    env: githubEnv(),
  });
  await started.waitForOutput(/sleep: RUNNING/, 20_000);
  const t0 = Date.now();
  started.child.kill('SIGINT');
  const run = await started.done;
  const elapsed = Date.now() - t0;
  expect(elapsed).toBeLessThan(7_000);
  expect(run.code).toBe(1);
  expectAllOutputs(run);
  expect(run.outputs['result-state']).toBe('CANCELED');
  expect(run.outputs['error-message']).toMatch(/CI job was cancelled/);
  expect(await runState(client, run.outputs['run-id'])).toBe('TERMINATED CANCELED');
  // Main saw it end: the post step leaves it alone and only cleans up.
  expect(run.state['run-settled']).toBe('true');
});

test('SIGINT while uploading: no run is started, outputs are set, post removes the partial upload', async () => {
  await client.post('/__local/faults', { spec: 'POST /api/2.0/workspace/import delay=5000' });
  const env = githubEnv();
  const log = await client.get<{ requests: Array<{ seq: number }> }>('/__local/requests');
  const since = String(Math.max(0, ...log.body.requests.map((r) => r.seq)));
  const started = startAction(MAIN, {
    inputs: { ...conn, ...upload, 'notebook-path': 'hello' },
    env,
  });
  await eventually(
    async () => {
      const { body } = await client.get<{ requests: Array<{ path: string }> }>(
        '/__local/requests',
        { since },
      );
      // The folder exists: the (slow) imports are under way.
      return body.requests.some((r) => r.path === '/api/2.0/workspace/mkdirs') ? true : undefined;
    },
    20_000,
    'the upload to start',
  );
  started.child.kill('SIGINT');
  const run = await started.done;
  expect(run.code).toBe(1);
  expectAllOutputs(run);
  expect(run.outputs['run-id']).toBe('');
  expect(run.stdout).toContain('::error::The CI job was cancelled before the run was submitted.');
  expect(run.stdout).not.toContain('Internal error');
  const root = run.state['upload-root'];
  expect(root).toBeTruthy();
  await client.post('/__local/faults', { spec: '' });
  const post = await runAction(POST, { inputs: conn, env, state: run.state });
  expect(post.code).toBe(0);
  expect((await client.get('/api/2.0/workspace/get-status', { path: root })).status).toBe(404);
});

test('the post step cancels a run the main step did not see finish', async () => {
  const env = githubEnv();
  const started = startAction(MAIN, {
    inputs: { ...conn, ...upload, 'python-file': 'sleep.py', parameters: '120' },
    env,
  });
  await started.waitForOutput(/sleep: RUNNING/, 20_000);
  started.child.kill('SIGKILL'); // the runner lost the process: no chance to clean up
  const main = await started.done;
  const runId = main.state['run-id'];
  expect(runId).toMatch(/^\d+$/);
  expect(await runState(client, runId)).toBe('RUNNING');
  const post = await runAction(POST, { inputs: conn, env, state: main.state });
  expect(post.code).toBe(0);
  expect(post.stdout).toContain(`did not see run ${runId} finish`);
  expect(await runState(client, runId)).toBe('TERMINATED CANCELED');
  expect(post.stdout).toContain('Deleted the uploaded folder');
});

test('no-wait returns once submitted, and a retried step attaches to the same run', async () => {
  const env = githubEnv();
  const inputs = { ...conn, ...upload, 'python-file': 'sleep.py', parameters: '3' };
  const first = await runAction(MAIN, { inputs: { ...inputs, wait: 'false' }, env });
  expect(first.code).toBe(0);
  expectAllOutputs(first);
  expect(first.outputs['result-state']).toBe('');
  expect(['QUEUED', 'PENDING', 'RUNNING']).toContain(first.outputs['life-cycle-state']);
  expect(first.state['run-settled']).toBe('true');
  // The same CI step again (a crash and retry): same token, same run, now waited for.
  const again = await runAction(MAIN, { inputs: { ...inputs, wait: 'false' }, env });
  expect(again.outputs['run-id']).toBe(first.outputs['run-id']);
  const waited = await runAction(MAIN, { inputs, env: { ...env } });
  // `wait` is not part of the work's identity.
  expect(waited.outputs['run-id']).toBe(first.outputs['run-id']);
  expect(waited.outputs['result-state']).toBe('SUCCESS');
  // Another attempt (a re-run from the UI) is a new run.
  const rerun = await runAction(MAIN, {
    inputs: { ...inputs, parameters: '0' },
    env: { ...env, GITHUB_RUN_ATTEMPT: '2' },
  });
  expect(rerun.outputs['run-id']).not.toBe(first.outputs['run-id']);
});

test('git source: the code at the commit under test, from a local repository', async () => {
  const server = fs.mkdtempSync(path.join(os.tmpdir(), 'git-server-'));
  const repo = path.join(server, 'acme', 'ml-project');
  fs.mkdirSync(path.join(repo, 'notebooks'), { recursive: true });
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd: repo,
      encoding: 'utf8',
    }).trim();
  git('init', '-q', '-b', 'main');
  fs.copyFileSync(path.join(CODE, 'greet.py'), path.join(repo, 'notebooks', 'greet.py'));
  fs.copyFileSync(path.join(CODE, 'hello.py'), path.join(repo, 'notebooks', 'hello.py'));
  fs.mkdirSync(path.join(repo, 'notebooks', 'lib'));
  fs.copyFileSync(path.join(CODE, 'lib/shout.py'), path.join(repo, 'notebooks', 'lib', 'shout.py'));
  git('add', '.');
  git('commit', '-qm', 'first');
  const sha = git('rev-parse', 'HEAD');
  // A later commit on the branch must not be what runs.
  fs.writeFileSync(
    path.join(repo, 'notebooks', 'greet.py'),
    'def greeting(name):\n    return "later %s" % name\n',
  );
  git('commit', '-qam', 'second');
  try {
    const event = path.join(server, 'event.json');
    fs.writeFileSync(
      event,
      JSON.stringify({ pull_request: { number: 7, head: { sha, ref: 'feature' } } }),
    );
    const run = await runAction(MAIN, {
      inputs: { ...conn, 'notebook-path': 'notebooks/hello', parameters: '{"name": "pr"}' },
      env: githubEnv({
        GITHUB_SERVER_URL: `file://${server}`,
        GITHUB_REPOSITORY: 'acme/ml-project',
        GITHUB_SHA: 'ffffffffffffffffffffffffffffffffffffffff',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
      }),
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs['notebook-output']).toBe('HELLO PR!');
    expect(run.stdout).toContain(
      `Code: file://${server}/acme/ml-project at commit ${sha.slice(0, 12)} (gitHubEnterprise)`,
    );
    const { body } = await client.get<{ git_source?: Record<string, string>; run_name?: string }>(
      '/api/2.2/jobs/runs/get',
      { run_id: run.outputs['run-id'] },
    );
    expect(body.git_source).toEqual({
      git_url: `file://${server}/acme/ml-project`,
      git_provider: 'gitHubEnterprise',
      git_commit: sha,
    });
    expect(body.run_name).toBe(`acme/ml-project PR #7 @ ${sha.slice(0, 7)} · hello`);
  } finally {
    fs.rmSync(server, { recursive: true, force: true });
  }
});

test('run-now by job name: one match runs, none and several are clear errors', async () => {
  const name = `nightly-${Date.now()}`;
  const settings = (n: string) => ({
    name: n,
    tasks: [
      {
        task_key: 'sleep',
        spark_python_task: { python_file: '/Workspace/Shared/rj/sleep.py', parameters: ['0'] },
      },
    ],
    parameters: [{ name: 'who', default: 'nobody' }],
  });
  await client.post('/api/2.0/workspace/mkdirs', { path: '/Workspace/Shared/rj' });
  await client.post('/api/2.0/workspace/import', {
    path: '/Workspace/Shared/rj/sleep.py',
    content: fs.readFileSync(path.join(CODE, 'sleep.py')).toString('base64'),
    format: 'AUTO',
    overwrite: true,
  });
  const created = await client.post<{ job_id: string }>('/api/2.2/jobs/create', settings(name));

  const none = await runAction(MAIN, {
    inputs: { ...conn, 'job-name': `${name}-missing` },
    env: githubEnv(),
  });
  expect(none.code).toBe(1);
  expectAllOutputs(none);
  expect(none.stdout).toContain(`::error::No job is named '${name}-missing'`);

  const one = await runAction(MAIN, {
    inputs: { ...conn, 'job-name': name.toUpperCase(), 'job-parameters': 'who=ci' },
    env: githubEnv(),
  });
  expect(one.code).toBe(0);
  expect(one.outputs['result-state']).toBe('SUCCESS');
  expect(one.stdout).toContain(`Running job ${created.body.job_id} (run-now)`);
  const { body } = await client.get<{
    job_id: string;
    job_parameters?: Array<{ name: string; value?: string }>;
  }>('/api/2.2/jobs/runs/get', { run_id: one.outputs['run-id'] });
  expect(body.job_id).toBe(created.body.job_id);
  expect(body.job_parameters).toEqual(
    expect.arrayContaining([expect.objectContaining({ name: 'who', value: 'ci' })]),
  );

  const second = await client.post<{ job_id: string }>('/api/2.2/jobs/create', settings(name));
  const many = await runAction(MAIN, { inputs: { ...conn, 'job-name': name }, env: githubEnv() });
  expect(many.code).toBe(1);
  expect(many.stdout).toContain(`2 jobs are named '${name}': ${created.body.job_id}`);
  expect(many.stdout).toContain(second.body.job_id);
});

test('a 429/503 storm is survived', async () => {
  const spec = [
    'POST /api/*/jobs/runs/submit 429 first=2 retry-after=1',
    'POST /api/2.0/workspace/import 503 every=3',
    // The history's page may be the only read before the end: both reads get a failure.
    'GET /api/*/jobs/runs/list 503 first=1',
    'GET /api/*/jobs/runs/get 503 first=1',
    'GET /api/*/jobs/runs/get-output 429 first=1 retry-after=1',
  ].join(';');
  const faults = await client.post('/__local/faults', { spec });
  expect(faults.status).toBe(200);
  const run = await runAction(MAIN, {
    inputs: { ...conn, ...upload, 'notebook-path': 'hello', parameters: 'name=storm' },
    env: githubEnv(),
  });
  expect(run.code).toBe(0);
  expect(run.outputs['notebook-output']).toBe('HELLO STORM!');
  const fired = (await client.get<{ rules: Array<{ fired: number }> }>('/__local/faults')).body
    .rules;
  expect(fired.every((r) => r.fired > 0)).toBe(true);
  // One run, despite retried submits.
  const submits = (
    await client.get<{ requests: Array<{ path: string; status: number }> }>('/__local/requests')
  ).body.requests.filter((r) => r.path.endsWith('/runs/submit') && r.status === 200);
  expect(submits.length).toBeGreaterThanOrEqual(1);
});

test('a missing target names the inputs', async () => {
  const run = await runAction(MAIN, { inputs: conn, env: githubEnv() });
  expect(run.code).toBe(1);
  expectAllOutputs(run);
  expect(run.stdout).toContain(
    "::error::Input 'job-name' is not set, and nothing else says what to run. Set exactly one of 'job-id', 'job-name', 'run-spec', 'notebook-path', 'python-file'.",
  );
});

test('predictive polling: after two runs of the same test (other commits), the next says what it expects and waits for it', async () => {
  const repository = `acme/predict-${Date.now()}`;
  const inputs = { ...conn, ...upload, 'python-file': 'sleep.py', parameters: '2' };
  const commit = (n: number) => ({
    GITHUB_REPOSITORY: repository,
    GITHUB_SHA: `${n}`.repeat(40).slice(0, 40),
  });
  type Logged = { seq: number; time: number; path: string; query: string };
  const requestsOf = async (run: () => Promise<ActionRun>) => {
    const before = await client.get<{ requests: Logged[] }>('/__local/requests');
    const since = String(Math.max(0, ...before.body.requests.map((r) => r.seq)));
    const result = await run();
    const after = await client.get<{ requests: Logged[] }>('/__local/requests', { since });
    return { result, requests: after.body.requests };
  };
  for (const n of [1, 2]) {
    const earlier = await runAction(MAIN, { inputs, env: githubEnv(commit(n)) });
    // Other tests in this file ran the same uploaded sleep.py: these may be predicted from those.
    expect(earlier.code).toBe(0);
  }

  const { result, requests } = await requestsOf(() =>
    runAction(MAIN, { inputs, env: githubEnv(commit(3)) }),
  );
  expect(result.code).toBe(0);
  expect(result.outputs['result-state']).toBe('SUCCESS');
  expect(result.stdout).toMatch(
    new RegExp(
      `^Expecting about \\d\\.\\d s \\(median of 2 earlier runs of '${repository} · sleep\\.py' \\(any PR or commit\\)\\); polling sparsely until then\\.$`,
      'm',
    ),
  );
  // The line comes right after the link, before the state lines.
  const lines = result.stdout.split('\n').filter((l) => !l.startsWith('::'));
  const link = lines.findIndex((l) => l.startsWith('Run URL: '));
  expect(lines[link + 1]).toMatch(/^Expecting about/);
  const list = requests.filter((r) => r.path.endsWith('/jobs/runs/list'));
  expect(list).toHaveLength(1);
  expect(new URLSearchParams(list[0].query).get('run_type')).toBe('SUBMIT_RUN');
  // The list's page holds the run itself: it is the first poll. About 2 s expected: the first
  // pause is about half of it, not the backoff's 250 ms.
  const gets = requests.filter((r) => r.path.endsWith('/jobs/runs/get'));
  expect(gets[0].time - list[0].time).toBeGreaterThanOrEqual(800);

  // A new name (a PR's own run name), the same uploaded code: predicted from those runs' tasks.
  const renamed = await runAction(MAIN, {
    inputs: { ...inputs, 'run-name': `PR #99 first run ${repository}` },
    env: githubEnv(commit(5)),
  });
  expect(renamed.code).toBe(0);
  expect(renamed.stdout).toMatch(
    /^Expecting about \d\.\d s \(median of \d earlier runs of the same tasks \(any run name\)\); polling sparsely until then\.$/m,
  );

  // Turned off: no lookup, no line, the backoff from 250 ms.
  const off = await requestsOf(() =>
    runAction(MAIN, {
      inputs: { ...inputs, 'predictive-polling': 'false' },
      env: githubEnv(commit(4)),
    }),
  );
  expect(off.result.code).toBe(0);
  expect(off.result.stdout).not.toMatch(/Expecting about/);
  expect(off.requests.filter((r) => r.path.endsWith('/jobs/runs/list'))).toHaveLength(0);
});
