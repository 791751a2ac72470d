import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { UserError } from '../../../shared/errors';
import { githubContext } from '../../../shared/host/github-context';
import type { CiContext } from '../../../shared/host/host';
import { buildGitSource, cleanGitUrl } from '../../../shared/capabilities/run-job/git-source';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const HEAD = 'fedcba9876543210fedcba9876543210fedcba98';

describe('GitHub', () => {
  test('a push on github.com: the pushed commit', () => {
    const ci = githubContext({
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/ml',
      GITHUB_SHA: SHA,
    });
    expect(buildGitSource(ci, {})).toEqual({
      git_url: 'https://github.com/acme/ml',
      git_provider: 'gitHub',
      git_commit: SHA,
    });
  });

  test("a pull request: the PR's head commit, not the merge commit", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gh-event-'));
    const event = path.join(dir, 'event.json');
    fs.writeFileSync(
      event,
      JSON.stringify({ pull_request: { number: 42, head: { sha: HEAD, ref: 'feature' } } }),
    );
    try {
      const ci = githubContext({
        GITHUB_REPOSITORY: 'acme/ml',
        GITHUB_SHA: SHA,
        GITHUB_EVENT_PATH: event,
      });
      expect(buildGitSource(ci, {})?.git_commit).toBe(HEAD);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('GitHub Enterprise Server', () => {
    const ci = githubContext({
      GITHUB_SERVER_URL: 'https://github.acme.corp/',
      GITHUB_REPOSITORY: 'ds/ml',
      GITHUB_SHA: SHA,
    });
    expect(buildGitSource(ci, {})).toEqual({
      git_url: 'https://github.acme.corp/ds/ml',
      git_provider: 'gitHubEnterprise',
      git_commit: SHA,
    });
  });

  test('overrides: URL, ref and provider', () => {
    const ci = githubContext({ GITHUB_REPOSITORY: 'acme/ml', GITHUB_SHA: SHA });
    expect(
      buildGitSource(ci, {
        gitUrl: 'https://gitlab.acme.corp/ml.git',
        gitRef: { kind: 'tag', value: 'v1.0.0' },
        gitProvider: 'gitLabEnterpriseEdition',
      }),
    ).toEqual({
      git_url: 'https://gitlab.acme.corp/ml',
      git_provider: 'gitLabEnterpriseEdition',
      git_tag: 'v1.0.0',
    });
  });
});

describe('Azure DevOps', () => {
  const ado = (over: Partial<CiContext>): CiContext => ({
    provider: 'azure-devops',
    runId: '2031',
    repositoryUrl: 'https://acme@dev.azure.com/acme/ml/_git/ml-project',
    gitProvider: 'TfsGit',
    sha: SHA,
    ...over,
  });

  test('Azure Repos: azureDevOpsServices, without the user in the URL', () => {
    expect(buildGitSource(ado({}), {})).toEqual({
      git_url: 'https://dev.azure.com/acme/ml/_git/ml-project',
      git_provider: 'azureDevOpsServices',
      git_commit: SHA,
    });
  });

  test.each([
    ['GitHub', 'https://github.com/acme/ml.git', 'gitHub', 'https://github.com/acme/ml'],
    [
      'GitHubEnterprise',
      'https://github.acme.corp/acme/ml',
      'gitHubEnterprise',
      'https://github.acme.corp/acme/ml',
    ],
    [
      'Bitbucket',
      'https://bitbucket.org/acme/ml.git',
      'bitbucketCloud',
      'https://bitbucket.org/acme/ml',
    ],
    ['Git', 'https://gitlab.com/acme/ml.git', 'gitLab', 'https://gitlab.com/acme/ml'],
  ])('%s repositories', (provider, url, expected, clean) => {
    expect(buildGitSource(ado({ gitProvider: provider, repositoryUrl: url }), {})).toEqual({
      git_url: clean,
      git_provider: expected,
      git_commit: SHA,
    });
  });

  test('an unknown host asks for git-provider', () => {
    expect(() =>
      buildGitSource(
        ado({ gitProvider: 'Git', repositoryUrl: 'https://git.acme.corp/ml.git' }),
        {},
      ),
    ).toThrow(/Set 'git-provider'/);
  });
});

test('missing pieces in CI are user errors that name the override', () => {
  expect(() => buildGitSource({ provider: 'github', sha: SHA }, {})).toThrow(UserError);
  expect(() =>
    buildGitSource(
      { provider: 'github', repositoryUrl: 'https://github.com/a/b', gitProvider: 'gitHub' },
      {},
    ),
  ).toThrow(/Set 'git-ref'/);
});

test('outside CI with nothing to go on, no git source', () => {
  expect(buildGitSource({ provider: 'cli' }, {})).toBeUndefined();
});

test('URLs lose credentials, trailing slashes and .git; file URLs stay', () => {
  expect(cleanGitUrl('https://user:pw@github.com/a/b.git/')).toBe('https://github.com/a/b');
  expect(cleanGitUrl('file:///tmp/repos/a/b')).toBe('file:///tmp/repos/a/b');
});
