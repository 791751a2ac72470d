import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { UserError } from '../../../shared/errors';
import { CliHost } from '../../../shared/host/cli';
import { githubContext } from '../../../shared/host/github-context';
import type { CiContext } from '../../../shared/host/host';
import { buildGitSource, cleanGitUrl } from '../../../shared/code-source/git-source';

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

describe('the CLI in a local checkout', () => {
  let dir: string;
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd,
      encoding: 'utf8',
    }).trim();
  const ciIn = (cwd: string) => new CliHost({ flags: new Map(), env: {}, cwd }).ci();

  beforeEach(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'local-git-')));
    git(dir, 'init', '-q', '-b', 'main');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each([
    ['git@github.com:acme/ml.git', 'https://github.com/acme/ml', 'gitHub'],
    ['https://github.com/acme/ml.git', 'https://github.com/acme/ml', 'gitHub'],
    [
      'git@ssh.dev.azure.com:v3/org/proj/ml',
      'https://dev.azure.com/org/proj/_git/ml',
      'azureDevOpsServices',
    ],
    [
      'https://org.visualstudio.com/proj/_git/ml',
      'https://org.visualstudio.com/proj/_git/ml',
      'azureDevOpsServices',
    ],
    ['ssh://git@gitlab.com/acme/ml.git', 'https://gitlab.com/acme/ml', 'gitLab'],
    [
      'https://gitlab.acme.corp/ds/ml.git',
      'https://gitlab.acme.corp/ds/ml',
      'gitLabEnterpriseEdition',
    ],
    ['git@bitbucket.org:acme/ml.git', 'https://bitbucket.org/acme/ml', 'bitbucketCloud'],
  ])('origin %s: %s (%s) at HEAD', (origin, url, provider) => {
    git(dir, 'remote', 'add', 'origin', origin);
    git(dir, 'commit', '-q', '--allow-empty', '-m', 'first');
    const ci = ciIn(dir);
    expect(buildGitSource(ci, {})).toEqual({
      git_url: url,
      git_provider: provider,
      git_commit: git(dir, 'rev-parse', 'HEAD'),
    });
  });

  test('GitHub Enterprise cannot be told from its URL: --git-provider says it', () => {
    git(dir, 'remote', 'add', 'origin', 'git@github.acme.corp:ds/ml.git');
    git(dir, 'commit', '-q', '--allow-empty', '-m', 'first');
    const ci = ciIn(dir);
    expect(() => buildGitSource(ci, {})).toThrow(
      /Cannot tell the git provider of 'https:\/\/github\.acme\.corp\/ds\/ml' \(the origin of the local checkout\)\. Set 'git-provider'/,
    );
    expect(buildGitSource(ci, { gitProvider: 'gitHubEnterprise' })?.git_provider).toBe(
      'gitHubEnterprise',
    );
  });

  test("in a GitHub Actions step, the GitHub context's commit (the PR head), not the merge commit", () => {
    git(dir, 'remote', 'add', 'origin', 'https://github.com/acme/ml');
    git(dir, 'commit', '-q', '--allow-empty', '-m', 'merge');
    const ci = new CliHost({
      flags: new Map(),
      env: { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/ml', GITHUB_SHA: SHA },
      cwd: dir,
    }).ci();
    expect(buildGitSource(ci, {})).toEqual({
      git_url: 'https://github.com/acme/ml',
      git_provider: 'gitHub',
      git_commit: SHA,
    });
    expect(ci.checkoutWarnings).toBeUndefined();
  });

  test('a checkout without a remote, or no checkout, gives nothing to go on', () => {
    git(dir, 'commit', '-q', '--allow-empty', '-m', 'first');
    expect(buildGitSource(ciIn(dir), {})).toBeUndefined();
    const plain = fs.mkdtempSync(path.join(os.tmpdir(), 'no-git-'));
    try {
      expect(buildGitSource(ciIn(plain), {})).toBeUndefined();
    } finally {
      fs.rmSync(plain, { recursive: true, force: true });
    }
  });

  test('uncommitted and unpushed work is warned about; pushed, clean work is not', () => {
    const origin = path.join(dir, 'origin.git');
    execFileSync('git', ['init', '-q', '--bare', '-b', 'main', origin]);
    const work = path.join(dir, 'work');
    execFileSync('git', ['clone', '-q', origin, work], { stdio: 'ignore' });
    fs.writeFileSync(path.join(work, 'a.py'), 'x = 1\n');
    git(work, 'add', '.');
    git(work, 'commit', '-qm', 'first');
    expect(ciIn(work).checkoutWarnings).toEqual([
      expect.stringMatching(/^Commit [0-9a-f]{12} is on no branch of origin/),
    ]);
    git(work, 'push', '-q', 'origin', 'HEAD:main');
    git(work, 'fetch', '-q');
    expect(ciIn(work).checkoutWarnings).toEqual([]);
    expect(ciIn(work).repositoryUrl).toBe(origin);
    fs.writeFileSync(path.join(work, 'a.py'), 'x = 2\n');
    fs.writeFileSync(path.join(work, 'new.py'), 'y = 1\n');
    expect(ciIn(work).checkoutWarnings).toEqual([
      expect.stringMatching(/^The work tree has 2 uncommitted changes: Databricks checks out/),
    ]);
  });
});
