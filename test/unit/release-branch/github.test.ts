// release-branch's GitHub backend (Octokit) and release logic against a loopback fake of GitHub's
// REST API: a new release, a re-run, conflicts, bumps, notes with merged PRs, and a 403.
import { githubBackend } from '../../../shared/host/git-hosting/github';
import { applyRelease, planRelease } from '../../../shared/capabilities/release-branch/release';
import { UserError } from '../../../shared/errors';
import type { ReleaseSettings } from '../../../shared/capabilities/release-branch/settings';
import {
  FAKE_GITHUB_REPOSITORY,
  startFakeGithub,
  type FakeGithub,
} from '../../helpers/fake-github';
import { settings } from './settings';

const TOKEN = 'ghs_sentinel_release_token_0001';
let gh: FakeGithub;

beforeEach(async () => {
  gh = await startFakeGithub(TOKEN);
});
afterEach(() => gh.close());

const backend = (token = TOKEN) =>
  githubBackend(
    {
      provider: 'github',
      repository: FAKE_GITHUB_REPOSITORY,
      apiUrl: gh.url,
      serverUrl: 'https://github.com',
    },
    token,
  );

async function release(s: ReleaseSettings, ref: string) {
  const b = await backend();
  const plan = await planRelease(b, s, ref);
  const { releaseUrl } = await applyRelease(b, plan);
  return { plan, releaseUrl };
}

test('a new release: branch, annotated tag and a GitHub release with notes from commits and merged PRs', async () => {
  const c1 = gh.graph.commit('feat: training pipeline');
  gh.graph.tag('v1.0.0', c1);
  const c2 = gh.graph.commit('feat(scoring): batch inference job (#7)');
  const c3 = gh.graph.commit('fix: feature table name\n\nCloses #8');
  gh.pulls.set(c2, [
    {
      number: 7,
      title: 'Batch inference job',
      merged_at: '2026-11-30T10:00:00Z',
      user: { login: 'ana' },
    },
  ]);
  gh.pulls.set(c3, [{ number: 9, title: 'Still open', merged_at: null, user: { login: 'bo' } }]);

  const { plan, releaseUrl } = await release(settings(), 'main');
  expect(plan).toMatchObject({
    version: '1.1.0',
    tag: 'v1.1.0',
    branch: 'release/v1.1.0',
    sha: c3,
    previousTag: 'v1.0.0',
  });
  expect(gh.graph.refs.get('refs/heads/release/v1.1.0')).toBe(c3);
  const tagObject = gh.graph.tagObjects.get(gh.graph.refs.get('refs/tags/v1.1.0') as string);
  expect(tagObject).toMatchObject({ tag: 'v1.1.0', object: c3 });
  expect(tagObject?.message).toContain('feature table name');
  expect(releaseUrl).toBe(`https://github.com/${FAKE_GITHUB_REPOSITORY}/releases/tag/v1.1.0`);
  expect(gh.releases).toHaveLength(1);
  const notes = gh.releases[0].body;
  expect(notes).toContain('Changes since v1.0.0: 2 commits.');
  expect(notes).toMatch(/### Features\n\n- \*\*scoring:\*\* batch inference job/);
  expect(notes).toMatch(/### Fixes\n\n- feature table name/);
  expect(notes).toContain(
    `[#7](https://github.com/${FAKE_GITHUB_REPOSITORY}/pull/7) Batch inference job (@ana)`,
  );
  expect(notes).not.toContain('Still open');
  expect(notes).not.toContain('training pipeline');
});

test('a re-run at the same commit writes nothing and returns the same values', async () => {
  gh.graph.commit('feat: one');
  const first = await release(settings({ version: '2.0.0' }), 'main');
  const writes = gh.writes().length;
  const again = await release(settings({ version: '2.0.0' }), 'main');
  expect(again.plan).toMatchObject({
    version: '2.0.0',
    sha: first.plan.sha,
    branchAction: 'unchanged',
    tagAction: 'unchanged',
  });
  expect(again.releaseUrl).toBe(first.releaseUrl);
  expect(gh.writes()).toHaveLength(writes);
  // Bumping on the same commit recognises the release it made.
  const bumped = await planRelease(await backend(), settings(), 'main');
  expect(bumped).toMatchObject({
    version: '2.0.0',
    branchAction: 'unchanged',
    tagAction: 'unchanged',
  });
});

test('a tag at another commit is a conflict: an error naming both commits, nothing written', async () => {
  const c1 = gh.graph.commit('feat: one');
  gh.graph.tag('v1.0.0', c1);
  const c2 = gh.graph.commit('fix: two');
  const err = await planRelease(await backend(), settings({ version: '1.0.0' }), 'main').catch(
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  expect((err as Error).message).toContain(
    `Tag v1.0.0 already exists in GitHub ${FAKE_GITHUB_REPOSITORY} at ${c1.slice(0, 12)}, not at the commit to release (${c2.slice(0, 12)})`,
  );
  expect(gh.writes()).toHaveLength(0);
});

test('a versioned branch at another commit is a conflict', async () => {
  const c1 = gh.graph.commit('feat: one');
  gh.graph.refs.set('refs/heads/release/v0.1.0', c1);
  gh.graph.commit('fix: two');
  await expect(planRelease(await backend(), settings(), 'main')).rejects.toThrow(
    /Branch release\/v0\.1\.0 already exists .* not at the commit to release/,
  );
});

test('bumps: fix → patch, feat → minor, breaking footer → major; the highest vX.Y.Z tag counts, others are ignored', async () => {
  const c1 = gh.graph.commit('feat: one');
  gh.graph.tag('v1.9.0', c1);
  gh.graph.tag('v1.10.0', c1);
  gh.graph.tag('v2.0.0-rc.1', c1);
  gh.graph.tag('version-9', c1);
  gh.graph.commit('fix: a');
  expect((await planRelease(await backend(), settings(), 'main')).version).toBe('1.10.1');
  gh.graph.commit('feat: b');
  expect((await planRelease(await backend(), settings(), 'main')).version).toBe('1.11.0');
  gh.graph.commit('docs: c\n\nBREAKING CHANGE: the scoring table is renamed');
  expect((await planRelease(await backend(), settings(), 'main')).version).toBe('2.0.0');
  expect((await planRelease(await backend(), settings({ bump: 'patch' }), 'main')).version).toBe(
    '1.10.1',
  );
});

test('long-lived release branch: fast-forward through the API, a non-fast-forward refused unless force', async () => {
  const c1 = gh.graph.commit('feat: one');
  await release(settings({ style: 'long-lived', branch: 'release' }), 'main');
  expect(gh.graph.refs.get('refs/heads/release')).toBe(c1);
  const c2 = gh.graph.commit('fix: two');
  const ff = await release(settings({ style: 'long-lived', branch: 'release' }), 'main');
  expect(ff.plan).toMatchObject({ branchAction: 'fast-forward', version: '0.1.1' });
  expect(gh.graph.refs.get('refs/heads/release')).toBe(c2);
  const hotfix = gh.graph.commit('fix: hotfix', 'release');
  gh.graph.commit('feat: three');
  await expect(
    planRelease(await backend(), settings({ style: 'long-lived', branch: 'release' }), 'main'),
  ).rejects.toThrow(/not a fast-forward/);
  expect(gh.graph.refs.get('refs/heads/release')).toBe(hotfix);
  const forced = await release(
    settings({ style: 'long-lived', branch: 'release', force: true }),
    'main',
  );
  expect(forced.plan.branchAction).toBe('force');
  expect(gh.graph.refs.get('refs/heads/release')).toBe(forced.plan.sha);
  const patch = gh.requests.filter((r) => r.method === 'PATCH').pop();
  expect(JSON.parse(patch?.body ?? '{}')).toMatchObject({ force: true });
});

test('a token without contents: write gets an error naming the permission, and the token never appears', async () => {
  gh.graph.commit('feat: one');
  gh.forbidWrites = true;
  const err = await release(settings(), 'main').catch((e: unknown) => e);
  expect(err).toBeInstanceOf(UserError);
  const message = (err as Error).message;
  expect(message).toContain('GitHub refused to create branch release/v0.1.0');
  expect(message).toContain('HTTP 403');
  expect(message).toContain('permissions: contents: write');
  expect(message).not.toContain(TOKEN);
});

test('a bad token is an error naming the input', async () => {
  gh.graph.commit('feat: one');
  const b = await githubBackend(
    { provider: 'github', repository: FAKE_GITHUB_REPOSITORY, apiUrl: gh.url },
    'ghs_wrong',
  );
  await expect(planRelease(b, settings(), 'main')).rejects.toThrow(/HTTP 401.*'github-token'/);
});

test('dry-run style: planning alone makes no write call', async () => {
  gh.graph.commit('feat: one');
  const plan = await planRelease(await backend(), settings(), 'main');
  expect(plan).toMatchObject({ version: '0.1.0', branchAction: 'create', tagAction: 'create' });
  expect(gh.writes()).toHaveLength(0);
});

test('a breaking change deep in a long range still bumps major: the compare API is read page by page', async () => {
  const c1 = gh.graph.commit('feat: one');
  gh.graph.tag('v3.1.0', c1);
  // GitHub's compare serves at most 250 commits without pages; the breaking change is the 301st.
  for (let i = 0; i < 300; i++) gh.graph.commit(`fix: change ${i}`);
  gh.graph.commit('feat!: drop the old scoring table');
  const plan = await planRelease(await backend(), settings({ dryRun: true }), 'main');
  expect(plan.version).toBe('4.0.0');
  expect(plan.notes).toContain('Changes since v3.1.0: 301 commits.');
  expect(plan.notes).toContain('drop the old scoring table');
});
