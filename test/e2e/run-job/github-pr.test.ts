// The committed run-job bundle on a pull request: its result in its own section of the sticky PR
// report and as a check run, against a local workspace and a loopback fake of GitHub's REST API.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runAction } from '../../helpers/github-runner';
import { startFakeServer, type FakeServer } from '../../helpers/fake-server';
import { checksRoute, type FakeCheckRun } from '../../helpers/fake-github-checks';
import { commentsRoute, type FakeComment } from '../../helpers/fake-github-comments';
import { startLocalWorkspace, type LocalWorkspace } from '../../../local-workspace';
import { CODE, MAIN, githubEnv } from './helpers';

const TOKEN = 'ghs_run_job_pr_sentinel';
let ws: LocalWorkspace;
let github: FakeServer;
let dir: string;
const comments: FakeComment[] = [];
const checkRuns: FakeCheckRun[] = [];

beforeAll(async () => {
  ws = await startLocalWorkspace({ port: 0 });
  const checks = checksRoute('acme/ml-project', TOKEN, checkRuns, { forbidden: false });
  const notes = commentsRoute('acme/ml-project', comments);
  github = await startFakeServer((req) => notes(req) ?? checks(req));
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rj-pr-'));
});
afterAll(async () => {
  await ws.close();
  await github.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function env(sha: string) {
  const event = path.join(dir, `event-${sha}.json`);
  fs.writeFileSync(event, JSON.stringify({ pull_request: { number: 4, head: { sha, ref: 'f' } } }));
  return githubEnv({
    GITHUB_EVENT_PATH: event,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_API_URL: github.url,
    GITHUB_WORKFLOW: 'ci',
  });
}

const inputs = (notebook: string) => ({
  'databricks-host': ws.host,
  'databricks-token': ws.token,
  'git-source': 'none',
  upload: CODE,
  'notebook-path': notebook,
  parameters: 'name=pr',
  'pr-comment': 'always',
  'check-name': 'Integration run',
  'github-token': TOKEN,
});

test('a failed run: its section in the PR report with the task table and the error; a failed check run', async () => {
  // Someone else's report on the same PR (unit-tests) stays as it is: sections are keyed.
  comments.push({
    id: 100,
    issue: 4,
    body: '<!-- databricks-mlops-report:ci/test/unit-tests -->\n### Unit tests',
  });
  const failed = await runAction(MAIN, { inputs: inputs('fail.py'), env: env('fa11ed0sha') });
  expect(failed.code).toBe(1);
  const ours = comments.filter((c) =>
    c.body.includes('databricks-mlops-report:ci/integration/run-job'),
  );
  expect(ours).toHaveLength(1);
  expect(ours[0].body).toContain('| fail |');
  expect(ours[0].body).toContain('ZeroDivisionError');
  expect(ours[0].body).toContain(`Run ${failed.outputs['run-id']} in Databricks`);
  expect(comments.find((c) => c.id === 100)?.body).toBe(
    '<!-- databricks-mlops-report:ci/test/unit-tests -->\n### Unit tests',
  );
  expect(checkRuns.at(-1)).toMatchObject({
    name: 'Integration run',
    head_sha: 'fa11ed0sha',
    conclusion: 'failure',
  });
  expect(checkRuns.at(-1)?.summary).toContain('ZeroDivisionError');

  // The fix, pushed: the same comment is updated, says what was fixed, and shows the output.
  const fixed = await runAction(MAIN, { inputs: inputs('hello.py'), env: env('f1xed00sha') });
  expect(fixed.code).toBe(0);
  const after = comments.filter((c) =>
    c.body.includes('databricks-mlops-report:ci/integration/run-job'),
  );
  expect(after).toHaveLength(1);
  expect(after[0].body).toContain('HELLO PR!');
  expect(after[0].body).toContain('1 fixed: `fail`');
  expect(checkRuns.at(-1)).toMatchObject({ head_sha: 'f1xed00sha', conclusion: 'success' });
  expect(fixed.stdout.replaceAll(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
});
