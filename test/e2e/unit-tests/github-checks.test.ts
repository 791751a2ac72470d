// The committed unit-tests bundle as the GitHub runner runs it, over three pushes of one PR,
// against a loopback fake of GitHub's REST API: the check run of each push with its conclusion
// and annotations, and the sticky comment's post / update / skip decision in `changes` mode.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runAction } from '../../helpers/github-runner';
import { startFakeServer, type FakeServer } from '../../helpers/fake-server';
import { checksRoute, type FakeCheckRun } from '../../helpers/fake-github-checks';

const TOKEN = 'ghs_checks_e2e_sentinel';
const MAIN = 'dist/actions/unit-tests/main.js';
let github: FakeServer;
let dir: string;
const comments: Array<{ id: number; body: string }> = [];
const checkRuns: FakeCheckRun[] = [];
const options = { forbidden: false };

beforeAll(async () => {
  const checks = checksRoute('acme/ml', TOKEN, checkRuns, options);
  github = await startFakeServer((req) => {
    const issueComments = /^\/repos\/acme\/ml\/issues\/\d+\/comments/;
    if (req.method === 'GET' && issueComments.test(req.url)) return { status: 200, body: comments };
    if (req.method === 'POST' && issueComments.test(req.url)) {
      const c = { id: comments.length + 1, body: (JSON.parse(req.body) as { body: string }).body };
      comments.push(c);
      return { status: 201, body: c };
    }
    const patch = /^\/repos\/acme\/ml\/issues\/comments\/(\d+)/.exec(req.url);
    if (req.method === 'PATCH' && patch) {
      const c = comments.find((x) => x.id === Number(patch[1]))!;
      c.body = (JSON.parse(req.body) as { body: string }).body;
      return { status: 200, body: c };
    }
    return checks(req);
  });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ut-checks-'));
});
afterAll(async () => {
  await github.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function junit(failing: string[]): string {
  const cases = ['test_a', 'test_b', 'test_c', ...failing].map((name) =>
    failing.includes(name)
      ? `<testcase classname="tests.test_model" name="${name}" file="tests/test_model.py" line="12" time="0.2"><failure message="AUC 0.61 below 0.8">AssertionError: AUC 0.61 below 0.8</failure></testcase>`
      : `<testcase classname="tests.test_model" name="${name}" time="0.1"/>`,
  );
  return `<?xml version="1.0"?><testsuite name="unit" tests="${cases.length}">${cases.join('')}</testsuite>`;
}

async function push(sha: string, failing: string[], extra: Record<string, string> = {}) {
  fs.mkdirSync(path.join(dir, 'tests'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'tests', 'test_model.py'), '# test\n');
  fs.writeFileSync(path.join(dir, 'junit.xml'), junit(failing));
  const event = path.join(dir, 'event.json');
  fs.writeFileSync(event, JSON.stringify({ pull_request: { number: 9, head: { sha, ref: 'f' } } }));
  return runAction(MAIN, {
    inputs: {
      results: 'junit.xml',
      'pr-comment': 'changes',
      'check-name': 'Unit tests (py3.12)',
      'github-token': TOKEN,
      ...extra,
    },
    env: {
      GITHUB_WORKSPACE: dir,
      GITHUB_EVENT_PATH: event,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REPOSITORY: 'acme/ml',
      GITHUB_API_URL: github.url,
      GITHUB_WORKFLOW: 'ci',
      GITHUB_JOB: 'test',
    },
  });
}

test('three pushes: a check run per commit; the comment posted, left alone, then updated with what changed', async () => {
  const first = await push('1111111aaaa', []);
  expect(first.code).toBe(0);
  expect(comments).toHaveLength(1);
  const afterFirst = comments[0].body;

  const second = await push('2222222bbbb', []);
  expect(second.code).toBe(0);
  expect(second.stdout).toContain(
    'PR report not written: the results are the same as in the last report',
  );
  expect(comments[0].body).toBe(afterFirst);

  const third = await push('3333333cccc', ['test_auc']);
  expect(third.code).toBe(1);
  expect(comments).toHaveLength(1);
  expect(comments[0].body).toContain('Since the previous report (`1111111aaaa`)');
  expect(comments[0].body).toContain('1 new failures: `tests.test_model › test_auc`');

  expect(checkRuns.map((r) => [r.name, r.head_sha, r.status, r.conclusion])).toEqual([
    ['Unit tests (py3.12)', '1111111aaaa', 'completed', 'success'],
    ['Unit tests (py3.12)', '2222222bbbb', 'completed', 'success'],
    ['Unit tests (py3.12)', '3333333cccc', 'completed', 'failure'],
  ]);
  expect(checkRuns[2].annotations).toEqual([
    expect.objectContaining({
      path: 'tests/test_model.py',
      start_line: 12,
      annotation_level: 'failure',
      message: 'AUC 0.61 below 0.8',
    }),
  ]);
  expect(checkRuns[2].summary).toContain('AUC 0.61 below 0.8');
  for (const run of [first, second, third])
    expect(run.stdout.replaceAll(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
});

test('without checks: write the step still passes, with one warning naming the permission', async () => {
  options.forbidden = true;
  try {
    const run = await push('4444444dddd', [], { 'pr-comment': 'off' });
    expect(run.code).toBe(0);
    const warnings = run.stdout.split('\n').filter((l) => l.startsWith('::warning'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('checks: write');
  } finally {
    options.forbidden = false;
  }
});

test('TRX, NUnit 3 and xUnit.net v2 files through the bundle: counted in the outputs, failures annotated on their .cs lines', async () => {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'ut-dotnet-'));
  try {
    fs.cpSync(path.join(__dirname, '../../fixtures/dotnet'), path.join(project, 'results'), {
      recursive: true,
    });
    const run = await runAction(MAIN, {
      inputs: { results: 'results/*.trx\nresults/*.xml', 'fail-on': 'nothing' },
      env: { GITHUB_WORKSPACE: project },
    });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      total: '13',
      passed: '4',
      failed: '3',
      errored: '3',
      skipped: '3',
    });
    expect(run.stdout).toMatch(
      /::error .*file=\/src\/Acme\.Model\.Tests\/ScoringTests\.cs,line=42/,
    );
    expect(run.summary).toContain('AucAboveGate');
  } finally {
    fs.rmSync(project, { recursive: true, force: true });
  }
});

test('a fork PR published from workflow_run: the report and the check go to the PR and commit of the event file', async () => {
  // What the first workflow (on: pull_request, read-only token) uploaded: its results and event.
  const artifact = path.join(dir, 'artifact');
  fs.mkdirSync(artifact, { recursive: true });
  fs.writeFileSync(path.join(artifact, 'junit.xml'), junit(['test_fork']));
  fs.writeFileSync(
    path.join(artifact, 'event.json'),
    JSON.stringify({
      number: 21,
      pull_request: { number: 21, head: { sha: 'f0f0f0f0f0f0', ref: 'x' } },
    }),
  );
  // The second workflow's own event: a workflow_run, whose pull_requests list is empty for forks.
  const own = path.join(dir, 'workflow-run.json');
  fs.writeFileSync(
    own,
    JSON.stringify({
      workflow_run: { event: 'pull_request', head_sha: 'f0f0f0f0f0f0', pull_requests: [] },
    }),
  );
  const before = { comments: comments.length, checks: checkRuns.length };
  const run = await runAction(MAIN, {
    inputs: {
      results: 'artifact/junit.xml',
      'pr-comment': 'always',
      'check-name': 'Unit tests (fork)',
      'github-token': TOKEN,
      'event-file': 'artifact/event.json',
      'event-name': 'pull_request',
      commit: 'f0f0f0f0f0f0',
    },
    env: {
      GITHUB_WORKSPACE: dir,
      GITHUB_EVENT_PATH: own,
      GITHUB_EVENT_NAME: 'workflow_run',
      GITHUB_SHA: '999999999999',
      GITHUB_REPOSITORY: 'acme/ml',
      GITHUB_API_URL: github.url,
      GITHUB_WORKFLOW: 'publish',
      GITHUB_JOB: 'report',
    },
  });
  expect(run.code).toBe(1);
  const posted = github.requests.filter((r) => r.method === 'POST' && r.url.includes('/issues/'));
  expect(posted.at(-1)?.url).toBe('/repos/acme/ml/issues/21/comments');
  expect(checkRuns.length).toBe(before.checks + 1);
  expect(checkRuns.at(-1)).toMatchObject({
    name: 'Unit tests (fork)',
    head_sha: 'f0f0f0f0f0f0',
    conclusion: 'failure',
  });
  expect(comments.length).toBe(before.comments + 1);
});

test('event-file that is not JSON and a commit that is not a SHA: one error naming each input', async () => {
  fs.writeFileSync(path.join(dir, 'junit.xml'), junit([]));
  fs.writeFileSync(path.join(dir, 'broken.json'), '{ not json');
  const bad = await runAction(MAIN, {
    inputs: { results: 'junit.xml', 'event-file': 'broken.json' },
    env: { GITHUB_WORKSPACE: dir },
  });
  expect(bad.code).toBe(1);
  expect(bad.stdout).toMatch(/::error::Input 'event-file' cannot be read as a JSON event/);
  const sha = await runAction(MAIN, {
    inputs: { results: 'junit.xml', commit: 'main' },
    env: { GITHUB_WORKSPACE: dir },
  });
  expect(sha.stdout).toMatch(/::error::Input 'commit' is 'main', not a commit SHA/);
});
