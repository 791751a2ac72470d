// The committed release-branch bundle, run as the GitHub runner runs it, against a loopback fake
// of GitHub's REST API (GITHUB_API_URL).
import { RUNNER_GITHUB_TOKEN, runAction } from '../../helpers/github-runner';
import {
  FAKE_GITHUB_REPOSITORY,
  startFakeGithub,
  type FakeGithub,
} from '../../helpers/fake-github';

let gh: FakeGithub;
beforeEach(async () => {
  gh = await startFakeGithub(RUNNER_GITHUB_TOKEN);
});
afterEach(() => gh.close());

const env = (sha: string) => ({
  GITHUB_API_URL: gh.url,
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: FAKE_GITHUB_REPOSITORY,
  GITHUB_SHA: sha,
  GITHUB_REF: 'refs/heads/main',
});

test('the action releases the pushed commit: branch, tag and GitHub release; outputs and summary', async () => {
  const c1 = gh.graph.commit('feat: training');
  gh.graph.tag('v2.3.0', c1);
  const head = gh.graph.commit('feat: drift monitoring');
  const run = await runAction('dist/actions/release-branch/main.js', { env: env(head) });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.outputs).toMatchObject({
    version: '2.4.0',
    branch: 'release/v2.4.0',
    tag: 'v2.4.0',
    sha: head,
    'previous-tag': 'v2.3.0',
    'release-url': `https://github.com/${FAKE_GITHUB_REPOSITORY}/releases/tag/v2.4.0`,
    created: 'true',
  });
  expect(run.outputs.notes).toContain('drift monitoring');
  expect(gh.graph.refs.get('refs/heads/release/v2.4.0')).toBe(head);
  expect(gh.releases.map((r) => r.tag_name)).toEqual(['v2.4.0']);
  expect(run.summary).toContain('### Release v2.4.0');
  expect(run.stdout).toContain(`::add-mask::${RUNNER_GITHUB_TOKEN}`);
  expect(run.stdout.replaceAll(`::add-mask::${RUNNER_GITHUB_TOKEN}`, '')).not.toContain(
    RUNNER_GITHUB_TOKEN,
  );
});

test('the long-lived style through the root action; a 403 names contents: write', async () => {
  const head = gh.graph.commit('feat: one');
  const ok = await runAction('dist/actions/root/main.js', {
    inputs: { capability: 'release-branch', style: 'long-lived' },
    env: env(head),
  });
  expect(ok.code).toBe(0);
  expect(ok.outputs.branch).toBe('release');
  expect(gh.graph.refs.get('refs/heads/release')).toBe(head);

  const next = gh.graph.commit('fix: two');
  gh.forbidWrites = true;
  const denied = await runAction('dist/actions/release-branch/main.js', {
    inputs: { style: 'long-lived' },
    env: env(next),
  });
  expect(denied.code).toBe(1);
  const errors = denied.stdout.split('\n').filter((l) => l.startsWith('::error'));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(
    /GitHub refused to update branch release .*HTTP 403.*permissions: contents: write/,
  );
  expect(gh.graph.refs.get('refs/heads/release')).toBe(head);
});

test('dry-run prints the next release and makes no write call', async () => {
  const c1 = gh.graph.commit('feat: one');
  gh.graph.tag('v1.0.0', c1);
  const head = gh.graph.commit('fix: two');
  const run = await runAction('dist/actions/release-branch/main.js', {
    inputs: { 'dry-run': 'true' },
    env: env(head),
  });
  expect(run.code).toBe(0);
  expect(run.outputs).toMatchObject({ version: '1.0.1', tag: 'v1.0.1', created: 'false' });
  expect(run.stdout).toMatch(/Dry run: branch release\/v1\.0\.1 would be created/);
  expect(run.summary).toContain('(dry run: nothing written)');
  expect(gh.writes()).toEqual([]);
  expect(gh.graph.refs.has('refs/tags/v1.0.1')).toBe(false);
});
