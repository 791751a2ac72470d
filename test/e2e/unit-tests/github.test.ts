// The committed unit-tests bundle, run as the GitHub runner runs it, on a copy of the example
// project, with a loopback fake of the GitHub REST API for the sticky PR comment.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT, runAction } from '../../helpers/github-runner';
import { startFakeServer, type FakeServer } from '../../helpers/fake-server';

let project: string;
let github: FakeServer;
const comments: Array<{ id: number; body: string }> = [];

beforeAll(async () => {
  github = await startFakeServer((req) => {
    const issueComments = /^\/repos\/acme\/ml\/issues\/7\/comments/;
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
    return undefined;
  });
});
afterAll(() => github.close());

beforeEach(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'ut-project-'));
  fs.cpSync(path.join(ROOT, 'examples/ml-project'), project, {
    recursive: true,
    filter: (src) => !src.includes('__pycache__') && !src.includes('test-results'),
  });
});
afterEach(() => fs.rmSync(project, { recursive: true, force: true }));

const inputs = () => ({
  command: 'python3 run_tests.py --junit-xml test-results/junit.xml',
  'working-directory': project,
  results: 'test-results/*.xml',
});

// The core case, run through the per-capability action and through the root action alike.
async function passingSuite(main: string, selector: Record<string, string>) {
  const run = await runAction(main, {
    inputs: { ...selector, ...inputs() },
    env: { GITHUB_WORKSPACE: project, RUNNER_TEMP: project },
  });
  expect(run.code).toBe(0);
  expect(Number(run.outputs.total)).toBeGreaterThanOrEqual(10);
  expect(run.outputs.passed).toBe(run.outputs.total);
  expect(run.outputs.failed).toBe('0');
  const report = JSON.parse(fs.readFileSync(run.outputs['report-json'], 'utf8'));
  expect(JSON.stringify(report)).toContain('test_');
  expect(run.summary).toMatch(new RegExp(`${run.outputs.total} passed`));
}

test('a passing suite: totals in outputs and summary, step succeeds', () =>
  passingSuite('dist/actions/unit-tests/main.js', {}));

// In the root action 'command' stays unit-tests' shell command; 'capability' selects unit-tests.
test('the same through the root action with capability: unit-tests', () =>
  passingSuite('dist/actions/root/main.js', { capability: 'unit-tests' }));

test('a failing test: annotation on its line, summary with the message, step fails, outputs set', async () => {
  fs.writeFileSync(
    path.join(project, 'tests', 'test_broken.py'),
    'import unittest\n\n\nclass Broken(unittest.TestCase):\n    def test_threshold(self):\n        auc = 0.61\n        self.assertGreater(auc, 0.8, "AUC below the gate")\n',
  );
  const run = await runAction('dist/actions/unit-tests/main.js', {
    inputs: inputs(),
    env: { GITHUB_WORKSPACE: project },
  });
  expect(run.code).toBe(1);
  expect(run.outputs.failed).toBe('1');
  expect(run.stdout).toMatch(/::error (title=[^,]*,)?file=tests\/test_broken\.py,line=7/);
  expect(run.summary).toContain('AUC below the gate');
  expect(run.summary).toContain('test_threshold');
});

test('pr-comment: one sticky comment, updated in place on the next run', async () => {
  const event = path.join(project, 'event.json');
  fs.writeFileSync(
    event,
    JSON.stringify({ pull_request: { number: 7, head: { sha: 'abc123', ref: 'feature' } } }),
  );
  const env = {
    GITHUB_WORKSPACE: project,
    GITHUB_EVENT_PATH: event,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REPOSITORY: 'acme/ml',
    GITHUB_API_URL: github.url,
    GITHUB_WORKFLOW: 'ci',
    GITHUB_JOB: 'test',
  };
  const withComment = { ...inputs(), 'pr-comment': 'true', 'github-token': 'ghs_sentinel_token_1' };
  const first = await runAction('dist/actions/unit-tests/main.js', { inputs: withComment, env });
  expect(first.code).toBe(0);
  expect(comments).toHaveLength(1);
  const second = await runAction('dist/actions/unit-tests/main.js', { inputs: withComment, env });
  expect(second.code).toBe(0);
  expect(comments).toHaveLength(1);
  expect(comments[0].body).toContain('<!-- databricks-mlops-report:');
  expect(comments[0].body).toMatch(/passed/);
  expect(github.requests.some((r) => r.method === 'PATCH')).toBe(true);
  expect(
    github.requests.every(
      (r) =>
        r.headers.authorization === 'Bearer ghs_sentinel_token_1' ||
        r.headers.authorization === 'token ghs_sentinel_token_1',
    ),
  ).toBe(true);
  expect(first.stdout.replaceAll('::add-mask::ghs_sentinel_token_1', '')).not.toContain(
    'ghs_sentinel_token_1',
  );
});

test("through the root action, pr-comment gets the runner's github.token as the default token", async () => {
  const event = path.join(project, 'event.json');
  fs.writeFileSync(event, JSON.stringify({ pull_request: { number: 7 } }));
  const before = github.requests.length;
  const run = await runAction('dist/actions/root/main.js', {
    inputs: { capability: 'unit-tests', ...inputs(), 'pr-comment': 'true' },
    githubToken: 'ghs_sentinel_runner_token_2',
    env: {
      GITHUB_WORKSPACE: project,
      GITHUB_EVENT_PATH: event,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REPOSITORY: 'acme/ml',
      GITHUB_API_URL: github.url,
      GITHUB_WORKFLOW: 'ci',
      GITHUB_JOB: 'root',
    },
  });
  expect(run.code).toBe(0);
  const sent = github.requests.slice(before);
  expect(sent.length).toBeGreaterThan(0);
  for (const r of sent)
    expect(['Bearer ghs_sentinel_runner_token_2', 'token ghs_sentinel_runner_token_2']).toContain(
      r.headers.authorization,
    );
});

test('no results found fails with fail-on-empty, naming the pattern', async () => {
  const run = await runAction('dist/actions/unit-tests/main.js', {
    inputs: { 'working-directory': project, results: 'nothing/*.xml' },
    env: { GITHUB_WORKSPACE: project },
  });
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/::error::.*nothing\/\*\.xml/);
  expect(run.outputs.total).toBe('0');
});
