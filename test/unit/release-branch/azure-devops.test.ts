// release-branch's Azure DevOps backend (azure-devops-node-api's GitApi) and release logic against
// a loopback fake of the Git REST API: refs, annotated tags, commits; permissions by name.
import { azureDevOpsBackend } from '../../../shared/host/git-hosting/azure-devops';
import { applyRelease, planRelease } from '../../../shared/capabilities/release-branch/release';
import { UserError } from '../../../shared/errors';
import type { ReleaseSettings } from '../../../shared/capabilities/release-branch/settings';
import {
  startFakeAzureDevOpsGit,
  type FakeAzureDevOpsGit,
} from '../../helpers/fake-azure-devops-git';
import { settings } from './settings';

const TOKEN = 'ado-sentinel-system-access-token-0001';
let ado: FakeAzureDevOpsGit;

beforeEach(async () => {
  ado = await startFakeAzureDevOpsGit(TOKEN);
});
afterEach(() => ado.close());

const backend = () =>
  azureDevOpsBackend(
    {
      provider: 'azure-devops',
      serverUrl: ado.collection,
      project: 'proj',
      repository: 'ml-repo',
      gitProvider: 'TfsGit',
    },
    TOKEN,
  );

async function release(s: ReleaseSettings, ref: string) {
  const b = await backend();
  const plan = await planRelease(b, s, ref);
  return { plan, ...(await applyRelease(b, plan)) };
}

test('a new release: the branch through updateRefs, an annotated tag, notes with the merged PRs', async () => {
  const c1 = ado.graph.commit('feat: training');
  ado.graph.tag('v0.3.0', c1);
  ado.graph.commit('Merged PR 12: feat: drift monitoring job');
  const c3 = ado.graph.commit('fix: batch scoring reads @champion');
  const { plan, releaseUrl } = await release(settings(), c3);
  // Below 1.0.0 a feat bumps the patch.
  expect(plan).toMatchObject({
    version: '0.3.1',
    branch: 'release/v0.3.1',
    sha: c3,
    previousTag: 'v0.3.0',
  });
  expect(ado.graph.refs.get('refs/heads/release/v0.3.1')).toBe(c3);
  const tag = ado.graph.tagObjects.get(ado.graph.refs.get('refs/tags/v0.3.1') as string);
  expect(tag).toMatchObject({ tag: 'v0.3.1', object: c3 });
  expect(releaseUrl).toBe(`${ado.collection}/proj/_git/ml-repo?version=GTv0.3.1`);
  expect(plan.notes).toContain('### Fixes');
  expect(plan.notes).toContain('batch scoring reads @champion');
  expect(plan.notes).toMatch(/### Merged pull requests\n\n- #12 feat: drift monitoring job/);
  expect(plan.notes).not.toContain('training');
});

test('a re-run at the same commit makes no write; a tag at another commit is a conflict', async () => {
  ado.graph.commit('feat: one');
  await release(settings({ version: '1.0.0' }), 'main');
  const writes = ado.writes().length;
  const again = await release(settings({ version: '1.0.0' }), 'main');
  expect(again.plan).toMatchObject({ branchAction: 'unchanged', tagAction: 'unchanged' });
  expect(ado.writes()).toHaveLength(writes);
  ado.graph.commit('fix: two');
  await expect(
    planRelease(await backend(), settings({ version: '1.0.0' }), 'main'),
  ).rejects.toThrow(
    /Tag v1\.0\.0 already exists in Azure DevOps proj\/ml-repo at [0-9a-f]{12}, not at the commit to release/,
  );
});

test('the long-lived release branch moves forward with the old SHA as the expected value', async () => {
  const c1 = ado.graph.commit('feat: one');
  await release(settings({ style: 'long-lived', branch: 'release' }), 'main');
  const c2 = ado.graph.commit('feat!: breaking');
  const r = await release(settings({ style: 'long-lived', branch: 'release' }), 'main');
  expect(r.plan).toMatchObject({ branchAction: 'fast-forward', version: '0.2.0' });
  expect(ado.graph.refs.get('refs/heads/release')).toBe(c2);
  const update = ado
    .writes()
    .filter((w) => w.url.includes('/refs'))
    .pop();
  expect(JSON.parse(update?.body ?? '[]')).toEqual([
    { name: 'refs/heads/release', oldObjectId: c1, newObjectId: c2 },
  ]);
});

test('missing "Create branch" and "Create tag" permissions are errors naming them', async () => {
  ado.graph.commit('feat: one');
  ado.deny = 'create-branch';
  const e1 = await release(settings(), 'main').catch((e: unknown) => e);
  expect(e1).toBeInstanceOf(UserError);
  expect((e1 as Error).message).toMatch(
    /refused to create branch release\/v0\.1\.0 .*CreateBranchPermissionRequired.*Allow "Create branch" for the build service/,
  );
  ado.deny = 'create-tag';
  const e2 = await release(settings(), 'main').catch((e: unknown) => e);
  expect((e2 as Error).message).toMatch(
    /refused to create tag v0\.1\.0 .*TF401027.*Allow "Create tag"/,
  );
  expect((e2 as Error).message).not.toContain(TOKEN);
  // The branch made by the second attempt stays; a re-run with the permission completes the release.
  ado.deny = undefined;
  const done = await release(settings(), 'main');
  expect(done.plan).toMatchObject({ branchAction: 'unchanged', tagAction: 'create' });
});

test('a pipeline whose repository is on GitHub is pointed to the GitHub action', async () => {
  await expect(
    azureDevOpsBackend(
      {
        provider: 'azure-devops',
        serverUrl: ado.collection,
        project: 'proj',
        repository: 'acme/x',
        gitProvider: 'GitHub',
      },
      TOKEN,
    ),
  ).rejects.toThrow(/repository is on GitHub, not Azure Repos/);
});
