// release-branch through the CLI front door (in process) on a real local git repository: both
// release styles, bumps from tags and commit messages, re-runs and conflicts.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli, runCliJson } from '../../helpers/cli-run';

let dir: string;

const env = {
  PATH: process.env.PATH,
  HOME: os.tmpdir(),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Release Bot',
  GIT_AUTHOR_EMAIL: 'bot@example.com',
  GIT_COMMITTER_NAME: 'Release Bot',
  GIT_COMMITTER_EMAIL: 'bot@example.com',
};

function git(...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    env: { ...env, GIT_CONFIG_GLOBAL: '/dev/null' },
  }).trim();
}

function commit(message: string): string {
  fs.appendFileSync(path.join(dir, 'log.txt'), `${message}\n`);
  git('add', '.');
  git('commit', '-q', '-m', message);
  return git('rev-parse', 'HEAD');
}

function release(args: string[]) {
  // The tagger identity comes from the environment the CLI is given, as on a developer machine.
  return runCliJson(['release-branch', '--repository-path', dir, '--json', ...args], {
    ...env,
    GIT_CONFIG_GLOBAL: '/dev/null',
  });
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'release-git-'));
  git('init', '-q', '-b', 'main');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test('a first release creates release/v0.1.0 and an annotated tag at HEAD', async () => {
  commit('feat: first model pipeline');
  const head = commit('fix: training reads the right table');
  const r = await release([]);
  expect(r.stderr).not.toMatch(/error/i);
  expect(r.code).toBe(0);
  expect(r.outputs).toMatchObject({
    version: '0.1.0',
    branch: 'release/v0.1.0',
    tag: 'v0.1.0',
    sha: head,
    'previous-tag': '',
    'release-url': '',
    created: 'true',
  });
  expect(git('rev-parse', 'release/v0.1.0')).toBe(head);
  expect(git('cat-file', '-t', 'v0.1.0')).toBe('tag');
  expect(git('rev-parse', 'v0.1.0^{commit}')).toBe(head);
  expect(r.outputs.notes).toContain('### Features');
  expect(r.outputs.notes).toContain('first model pipeline');
  expect(r.outputs.notes).toContain('### Fixes');
  expect(git('tag', '-l', '--format=%(contents)', 'v0.1.0')).toContain(
    'training reads the right table',
  );
});

test('auto bump reads the Conventional Commits since the latest tag; notes list only those', async () => {
  commit('feat: pipeline');
  git('tag', '-a', 'v1.2.3', '-m', 'v1.2.3');
  commit('fix: a bug');
  let r = await release([]);
  expect(r.code).toBe(0);
  expect(r.outputs.version).toBe('1.2.4');
  expect(r.outputs['previous-tag']).toBe('v1.2.3');
  expect(r.outputs.notes).not.toContain('pipeline');

  commit('feat(scoring): batch scoring job');
  r = await release([]);
  expect(r.outputs.version).toBe('1.3.0');
  expect(r.outputs.notes).toContain('**scoring:** batch scoring job');

  commit('refactor!: new feature table layout');
  r = await release([]);
  expect(r.outputs.version).toBe('2.0.0');
  expect(r.outputs.notes).toContain('### Breaking changes');

  commit('chore: tidy\n\nBREAKING CHANGE: the input table moved');
  r = await release(['--bump', 'auto']);
  expect(r.outputs.version).toBe('3.0.0');
  expect(git('tag', '-l', 'v*').split('\n')).toEqual([
    'v1.2.3',
    'v1.2.4',
    'v1.3.0',
    'v2.0.0',
    'v3.0.0',
  ]);
});

test('below 1.0.0 a breaking change bumps minor and feat bumps patch; an explicit bump is taken as given', async () => {
  commit('feat: start');
  git('tag', '-a', 'v0.4.2', '-m', 'v0.4.2');
  commit('feat!: new API');
  let r = await release([]);
  expect(r.outputs.version).toBe('0.5.0');
  commit('feat: more');
  r = await release([]);
  expect(r.outputs.version).toBe('0.5.1');
  commit('fix: stable now');
  r = await release(['--bump', 'major']);
  expect(r.outputs.version).toBe('1.0.0');
});

test('a re-run at the same commit succeeds with the existing values and writes nothing', async () => {
  const head = commit('feat: one');
  const first = await release(['--version', '2.0.0']);
  expect(first.code).toBe(0);
  const again = await release(['--version', 'v2.0.0']);
  expect(again.code).toBe(0);
  expect(again.outputs).toMatchObject({
    version: '2.0.0',
    tag: 'v2.0.0',
    sha: head,
    created: 'false',
  });
  // Bumping again on the same commit is the same release, not a new one.
  const bumped = await release([]);
  expect(bumped.code).toBe(0);
  expect(bumped.outputs).toMatchObject({ version: '2.0.0', created: 'false' });
  expect(git('tag', '-l')).toBe('v2.0.0');
});

test('a tag or branch already at another commit is a clear error, nothing is moved', async () => {
  const old = commit('feat: one');
  await release(['--version', '1.0.0']);
  commit('fix: two');
  const r = await release(['--version', '1.0.0']);
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(
    /Tag v1\.0\.0 already exists .* at [0-9a-f]{12}, not at the commit to release/,
  );
  expect(r.stderr).toContain('--version');
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(git('rev-parse', 'v1.0.0^{commit}')).toBe(old);

  git('branch', 'release/v1.1.0', old);
  const b = await release(['--version', '1.1.0']);
  expect(b.code).not.toBe(0);
  expect(b.stderr).toMatch(
    /Branch release\/v1\.1\.0 already exists .* not at the commit to release/,
  );
  expect(git('tag', '-l', 'v1.1.0')).toBe('');
});

test('long-lived: the release branch is created, fast-forwarded, refused when not a fast-forward, and moved with force', async () => {
  const c1 = commit('feat: one');
  let r = await release(['--style', 'long-lived']);
  expect(r.code).toBe(0);
  expect(r.outputs.branch).toBe('release');
  expect(git('rev-parse', 'release')).toBe(c1);

  const c2 = commit('fix: two');
  r = await release(['--style', 'long-lived']);
  expect(r.code).toBe(0);
  expect(r.outputs).toMatchObject({ version: '0.1.1', sha: c2, 'previous-tag': 'v0.1.0' });
  expect(git('rev-parse', 'release')).toBe(c2);

  // A hotfix committed on the release branch only: main does not contain it.
  git('checkout', '-q', 'release');
  const hotfix = commit('fix: hotfix on release');
  git('checkout', '-q', 'main');
  const c3 = commit('feat: three');
  r = await release(['--style', 'long-lived']);
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(/not a fast-forward/);
  expect(r.stderr).toContain('--force');
  expect(git('rev-parse', 'release')).toBe(hotfix);

  r = await release(['--style', 'long-lived', '--force']);
  expect(r.code).toBe(0);
  expect(git('rev-parse', 'release')).toBe(c3);
  expect(git('rev-parse', `${r.outputs.tag}^{commit}`)).toBe(c3);
});

test('a custom branch pattern, a ref by name, and dry-run writing nothing', async () => {
  const c1 = commit('feat: one');
  commit('feat: two (not released)');
  const dry = await release([
    '--ref',
    c1.slice(0, 10),
    '--branch',
    'releases/{version}',
    '--dry-run',
  ]);
  expect(dry.code).toBe(0);
  expect(dry.outputs).toMatchObject({ branch: 'releases/0.1.0', sha: c1, created: 'false' });
  expect(dry.stderr).toMatch(/Dry run/);
  expect(git('branch', '--list', 'releases/*')).toBe('');
  expect(git('tag', '-l')).toBe('');
  const real = await release(['--ref', c1.slice(0, 10), '--branch', 'releases/{version}']);
  expect(real.code).toBe(0);
  expect(git('rev-parse', 'releases/0.1.0')).toBe(c1);
});

test.each([
  [['--version', '1.2'], /--version is not a plain X\.Y\.Z version: '1\.2'/],
  [['--version', '1.0.0-rc.1'], /--version is not a plain X\.Y\.Z version/],
  [
    ['--branch', 'release/{version}.lock'],
    /--branch is not a valid git branch name: 'release\/1\.0\.0\.lock' has a part that ends with '\.lock'/,
  ],
  [['--branch', 'rel..{version}'], /--branch is not a valid git branch name: .* contains '\.\.'/],
  [['--branch', 'release'], /--branch must contain \{version\} for style versioned/],
  [['--force'], /--force only applies to style long-lived/],
  [['--ref', 'no-such-branch'], /--ref names no commit in the git repository .*: 'no-such-branch'/],
  [['--bump', 'huge'], /--bump must be one of auto, major, minor, patch/],
])('bad input %p is one clear line naming the option, exit 2', async (args, message) => {
  commit('feat: one');
  const r = await release(args);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(
    r.stderr
      .trim()
      .split('\n')
      .filter((l) => /error/i.test(l)),
  ).toHaveLength(1);
  expect(git('tag', '-l')).toBe('');
});

test('a folder that is not a git repository names the option', async () => {
  const plain = fs.mkdtempSync(path.join(os.tmpdir(), 'not-git-'));
  try {
    const { code, stderr } = await runCli(['release-branch', '--repository-path', plain], env);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--repository-path is not a git repository/);
  } finally {
    fs.rmSync(plain, { recursive: true, force: true });
  }
});
