// The committed run-job bundle in a second workflow started by `workflow_run`, for the pull request
// that the first workflow's event file names: the run pinned to the PR's head commit, its report
// and check run on that PR and commit, and a fork's code refused unless allow-fork-code is set.
// Against a local workspace and a loopback fake of GitHub's REST API.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runAction, type ActionRun } from '../../helpers/github-runner';
import { startFakeServer, type FakeServer } from '../../helpers/fake-server';
import { checksRoute, type FakeCheckRun } from '../../helpers/fake-github-checks';
import { commentsRoute, type FakeComment } from '../../helpers/fake-github-comments';
import { startLocalWorkspace, type LocalWorkspace } from '../../../local-workspace';
import { CODE, MAIN, api, githubEnv, type Api } from './helpers';

const TOKEN = 'ghs_workflow_run_sentinel';
const REPO = 'acme/ml-project';
let ws: LocalWorkspace;
let client: Api;
let github: FakeServer;
let server: string;
let head: string;
let base: string;
/** The base branch's newest commit: what the workflow_run itself runs on. */
let tip: string;
const comments: FakeComment[] = [];
const checkRuns: FakeCheckRun[] = [];

beforeAll(async () => {
  ws = await startLocalWorkspace({ port: 0 });
  client = api(ws.host, ws.token);
  const checks = checksRoute(REPO, TOKEN, checkRuns, { forbidden: false });
  const notes = commentsRoute(REPO, comments);
  github = await startFakeServer((req) => notes(req) ?? checks(req));

  // The base repository as the local workspace clones it: the PR's head commit (GitHub keeps it
  // under refs/pull/N/head, forks' too), then a later commit on main, which workflow_run runs on.
  server = fs.mkdtempSync(path.join(os.tmpdir(), 'rj-wfr-'));
  const repo = path.join(server, REPO);
  fs.mkdirSync(path.join(repo, 'notebooks', 'lib'), { recursive: true });
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd: repo,
      encoding: 'utf8',
    }).trim();
  git('init', '-q', '-b', 'main');
  for (const f of ['greet.py', 'hello.py', 'lib/shout.py'])
    fs.copyFileSync(path.join(CODE, f), path.join(repo, 'notebooks', f));
  git('add', '.');
  git('commit', '-qm', 'the pull request');
  head = git('rev-parse', 'HEAD');
  fs.writeFileSync(
    path.join(repo, 'notebooks', 'greet.py'),
    'def greeting(name):\n    return "base branch %s" % name\n',
  );
  git('commit', '-qam', 'main moved on');
  base = git('rev-parse', 'HEAD');
  fs.writeFileSync(
    path.join(repo, 'notebooks', 'greet.py'),
    'def greeting(name):\n    return "tip %s" % name\n',
  );
  git('commit', '-qam', 'and on');
  tip = git('rev-parse', 'HEAD');
});
afterAll(async () => {
  await ws.close();
  await github.close();
  fs.rmSync(server, { recursive: true, force: true });
});

/** The first workflow's event (on: pull_request), as downloaded from its artifact. */
function prEvent(
  number: number,
  headRepo: string | null,
  title = 'Tune the model',
  sha = head,
): string {
  const file = path.join(server, `event-${number}.json`);
  fs.writeFileSync(
    file,
    JSON.stringify({
      action: 'synchronize',
      number,
      pull_request: {
        number,
        title,
        head: { sha, ref: 'tune', repo: headRepo === null ? null : { full_name: headRepo } },
        base: { sha: base, ref: 'main', repo: { full_name: REPO } },
      },
    }),
  );
  return file;
}

/**
 * The second workflow: on workflow_run, on the base branch's commit, with write permissions. Its
 * own event is GitHub's word on the first run: the commit, and the repository it is in.
 */
async function publish(
  inputs: Record<string, string>,
  headRepository: string = REPO,
): Promise<ActionRun> {
  const own = path.join(server, 'workflow-run.json');
  fs.writeFileSync(
    own,
    JSON.stringify({
      workflow_run: {
        event: 'pull_request',
        head_sha: head,
        head_branch: 'tune',
        head_repository: { full_name: headRepository },
        pull_requests: [],
      },
    }),
  );
  return runAction(MAIN, {
    inputs: {
      'databricks-host': ws.host,
      'databricks-token': ws.token,
      'notebook-path': 'notebooks/hello',
      parameters: 'name=pr',
      'pr-comment': 'always',
      'check-name': 'Integration run',
      'github-token': TOKEN,
      'event-name': 'pull_request',
      ...inputs,
    },
    env: githubEnv({
      GITHUB_SERVER_URL: `file://${server}`,
      GITHUB_REPOSITORY: REPO,
      GITHUB_SHA: tip,
      GITHUB_EVENT_NAME: 'workflow_run',
      GITHUB_EVENT_PATH: own,
      GITHUB_API_URL: github.url,
      GITHUB_WORKFLOW: 'integration',
      GITHUB_WORKSPACE: server,
    }),
  });
}

/** The runs/submit calls the local workspace answered while `run` ran. */
async function submitsDuring(run: () => Promise<ActionRun>) {
  type Logged = { seq: number; path: string; status: number };
  const before = await client.get<{ requests: Logged[] }>('/__local/requests');
  const since = String(Math.max(0, ...before.body.requests.map((r) => r.seq)));
  const result = await run();
  const after = await client.get<{ requests: Logged[] }>('/__local/requests', { since });
  const submits = after.body.requests.filter((r) => r.path.endsWith('/jobs/runs/submit'));
  return { result, submits };
}

async function gitSourceOf(runId: string) {
  const { body } = await client.get<{ git_source?: Record<string, string>; run_name?: string }>(
    '/api/2.2/jobs/runs/get',
    { run_id: runId },
  );
  return body;
}

const errors = (run: ActionRun) => run.stdout.split('\n').filter((l) => l.startsWith('::error'));

test("a same-repository PR: the PR head commit runs, not the workflow_run's, and the report and check go to that PR and commit", async () => {
  const { result: run, submits } = await submitsDuring(() =>
    publish({ 'event-file': path.basename(prEvent(4, REPO)) }),
  );
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(submits).toHaveLength(1);
  expect(run.outputs['notebook-output']).toBe('HELLO PR!');
  const submitted = await gitSourceOf(run.outputs['run-id']);
  expect(submitted.git_source).toEqual({
    git_url: `file://${server}/${REPO}`,
    git_provider: 'gitHubEnterprise',
    git_commit: head,
  });
  expect(submitted.run_name).toBe(`${REPO} PR #4 @ ${head.slice(0, 7)} · hello`);
  expect(run.stdout).toContain(`For pull request #4 ('Tune the model') at commit ${head}`);

  const ours = comments.filter((c) => c.body.includes('databricks-mlops-report:integration/'));
  expect(ours.map((c) => c.issue)).toEqual([4]);
  expect(ours[0].body).toContain('HELLO PR!');
  expect(checkRuns.at(-1)).toMatchObject({
    name: 'Integration run',
    head_sha: head,
    conclusion: 'success',
  });
  expect(run.stdout.replaceAll(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
});

test('the commit input wins over the event file: the run is pinned to it', async () => {
  const run = await publish({ 'event-file': prEvent(4, REPO), commit: base });
  expect(run.code).toBe(0);
  expect((await gitSourceOf(run.outputs['run-id'])).git_source?.git_commit).toBe(base);
  expect(run.outputs['notebook-output']).toBe('BASE BRANCH PR!');
  expect(checkRuns.at(-1)?.head_sha).toBe(base);
});

const HOSTILE_REPO =
  'mallory/ml-project\n::error title=pwned::owned\n##vso[task.complete result=Succeeded]';
const HOSTILE_TITLE = 'Faster\n::add-mask::HELLO\n::set-output name=run-id::1';

/** No line of the log acts as a workflow or ADO command that came from the fork. */
function expectNeutralised(run: ActionRun): void {
  for (const line of run.stdout.split('\n')) {
    expect(line).not.toMatch(/^\s*::(error title=pwned|add-mask::HELLO|set-output)/);
    expect(line).not.toMatch(/^\s*##vso\[/);
  }
}

test('a fork PR: refused before anything is submitted, with one error naming event-file, the fork, the risk and the fix', async () => {
  const before = checkRuns.length;
  const { result: run, submits } = await submitsDuring(() =>
    publish({ 'event-file': prEvent(5, HOSTILE_REPO, HOSTILE_TITLE) }, HOSTILE_REPO),
  );
  expect(run.code).toBe(1);
  expect(submits).toHaveLength(0);
  const [error, ...more] = errors(run);
  expect(more).toEqual([]);
  expect(error).toContain("Input 'event-file' names pull request #5");
  expect(error).toContain("from the fork 'mallory/ml-project\\n::error title=pwned::owned");
  expect(error).toContain('pwn request');
  expect(error).toContain("set 'allow-fork-code' to true");
  expect(error).toContain('environment with required reviewers');
  expectNeutralised(run);
  expect(checkRuns.length).toBe(before);
  expect(comments.some((c) => c.issue === 5)).toBe(false);
});

test("an event file rewritten by the fork to look like the base repository's: GitHub's own word on the triggering run refuses it", async () => {
  const { result: run, submits } = await submitsDuring(() =>
    publish({ 'event-file': prEvent(8, REPO) }, 'mallory/ml-project'),
  );
  expect(run.code).toBe(1);
  expect(submits).toHaveLength(0);
  expect(errors(run)).toEqual([
    expect.stringContaining(
      "Input 'event-file' names pull request #8 ('Tune the model') from the fork 'mallory/ml-project'.",
    ),
  ]);
});

test("an event file whose head commit is not the triggering run's: refused, naming event-file and commit", async () => {
  const { result: run, submits } = await submitsDuring(() =>
    publish({ 'event-file': prEvent(4, REPO, 'x', base) }),
  );
  expect(run.code).toBe(1);
  expect(submits).toHaveLength(0);
  expect(errors(run)).toEqual([
    expect.stringMatching(
      new RegExp(
        `^::error::Input 'event-file' .* names head commit '${base}', but the run that started this workflow ran on ${head}: it is not that run's event\\. .*'commit'`,
      ),
    ),
  ]);
});

test('a deleted fork (no head repository in the event) is refused too', async () => {
  const { result: run, submits } = await submitsDuring(() =>
    publish({ 'event-file': prEvent(6, null) }),
  );
  expect(run.code).toBe(1);
  expect(submits).toHaveLength(0);
  expect(errors(run)).toEqual([expect.stringContaining('from the fork that was deleted')]);
});

test("pull_request_target from a fork (the base repository's secrets, the fork's head): refused naming allow-fork-code", async () => {
  const event = prEvent(7, 'mallory/ml-project');
  const run = () =>
    runAction(MAIN, {
      inputs: {
        'databricks-host': ws.host,
        'databricks-token': ws.token,
        'notebook-path': 'notebooks/hello',
      },
      env: githubEnv({
        GITHUB_SERVER_URL: `file://${server}`,
        GITHUB_REPOSITORY: REPO,
        GITHUB_EVENT_NAME: 'pull_request_target',
        GITHUB_EVENT_PATH: event,
      }),
    });
  const { result, submits } = await submitsDuring(run);
  expect(result.code).toBe(1);
  expect(submits).toHaveLength(0);
  expect(errors(result)).toEqual([
    expect.stringMatching(
      /^::error::Input 'allow-fork-code' is false, and this `pull_request_target` run is for pull request #7 from the fork 'mallory\/ml-project'\..*pwn request/,
    ),
  ]);
});

test('a fork PR with allow-fork-code: submitted at its head commit, the hostile text neutralised', async () => {
  const { result: run, submits } = await submitsDuring(() =>
    publish(
      {
        'event-file': prEvent(5, HOSTILE_REPO, HOSTILE_TITLE),
        'allow-fork-code': 'true',
      },
      HOSTILE_REPO,
    ),
  );
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(submits).toHaveLength(1);
  expect((await gitSourceOf(run.outputs['run-id'])).git_source?.git_commit).toBe(head);
  expect(run.stdout).toContain("from the fork 'mallory/ml-project\\n::error title=pwned::owned");
  expectNeutralised(run);
  expect(comments.filter((c) => c.issue === 5)).toHaveLength(1);
  expect(checkRuns.at(-1)).toMatchObject({ head_sha: head, conclusion: 'success' });
});

test.each([
  [
    'does not exist',
    () => 'missing/event.json',
    /names a file that does not exist: 'missing\/event.json'/,
  ],
  [
    'is not JSON',
    () => {
      fs.writeFileSync(path.join(server, 'broken.json'), '{ "pull_request": ');
      return 'broken.json';
    },
    /cannot be read as a JSON event/,
  ],
  [
    'has no pull_request',
    () => {
      fs.writeFileSync(path.join(server, 'push.json'), JSON.stringify({ ref: 'refs/heads/main' }));
      return 'push.json';
    },
    /\('push.json'\) holds no pull request/,
  ],
])(
  'an event file that %s: one error naming event-file, nothing submitted',
  async (_what, file, message) => {
    const { result: run, submits } = await submitsDuring(() => publish({ 'event-file': file() }));
    expect(run.code).toBe(1);
    expect(submits).toHaveLength(0);
    const found = errors(run);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^::error::Input 'event-file' /);
    expect(found[0]).toMatch(message);
  },
);
