import { refNameProblem } from '../../../shared/capabilities/release-branch/ref-names';
import {
  pullRequestsFromMessages,
  releaseNotes,
} from '../../../shared/capabilities/release-branch/notes';
import {
  parseCommit,
  plainVersion,
  recommendedBump,
  versionTags,
} from '../../../shared/capabilities/release-branch/version';

const c = (message: string, sha = 'a'.repeat(40)) => parseCommit({ sha, message });

test.each([
  ['feat: x', 'feat', false],
  ['feat(api)!: x', 'feat', true],
  ['fix!: x', 'fix', true],
  ['chore: x\n\nBREAKING CHANGE: gone', 'chore', true],
  ['chore: x\n\nBREAKING-CHANGE: gone', 'chore', true],
  ['docs: mention BREAKING CHANGE: in prose', 'docs', false],
  ['Update README', undefined, false],
  ['Merged PR 12: feat!: new scoring API', 'feat', true],
])('parses %p', (message, type, breaking) => {
  const parsed = c(message);
  expect(parsed.type).toBe(type);
  expect(parsed.breaking).toBe(breaking);
});

test.each([
  [['fix: a', 'docs: b'], '1.2.3', 'patch'],
  [['fix: a', 'feat: b'], '1.2.3', 'minor'],
  [['feat: a', 'fix!: b'], '1.2.3', 'major'],
  [['Update README'], '1.2.3', 'patch'],
  [['feat!: a'], '0.4.0', 'minor'],
  [['feat: a'], '0.4.0', 'patch'],
  [['fix: a'], '0.4.0', 'patch'],
])('commits %p over %s bump %s', (messages, current, bump) => {
  expect(
    recommendedBump(
      messages.map((m) => c(m)),
      current,
    ),
  ).toBe(bump);
});

test('only plain vX.Y.Z tags count, highest by semver precedence first', () => {
  expect(
    versionTags(['v1.9.0', 'v1.10.0', 'v2.0.0-rc.1', 'release-3', 'v01.0.0', 'v1.2']).map(
      (t) => t.tag,
    ),
  ).toEqual(['v1.10.0', 'v1.9.0']);
  expect(plainVersion('v1.4.0')).toBe('1.4.0');
  expect(plainVersion('1.4')).toBeUndefined();
  expect(plainVersion('1.4.0+build.1')).toBeUndefined();
});

test.each([
  ['release/v1.0.0', undefined],
  ['release', undefined],
  ['release/v1.0.0.lock', "has a part that ends with '.lock'"],
  ['release/.hidden', "has a part that starts with '.'"],
  ['re lease', 'contains a space'],
  ['a..b', "contains '..'"],
  ['a~b', "contains '~'"],
  ['a^b', "contains '^'"],
  ['a:b', "contains ':'"],
  ['a?b', "contains '?'"],
  ['a*b', "contains '*'"],
  ['a[b', "contains '['"],
  ['a\\b', "contains '\\'"],
  ['a@{b', "contains '@{'"],
  ['@', "is '@'"],
  ['/a', "starts or ends with '/'"],
  ['a//b', "contains '//'"],
  ['a.', "ends with '.'"],
  ['-a', "starts with '-'"],
  ['a\tb', 'contains a control character'],
])('ref name %p', (name, problem) => {
  const found = refNameProblem(name);
  if (problem === undefined) expect(found).toBeUndefined();
  else expect(found).toContain(problem);
});

test('pull requests are read from GitHub merge, squash and Azure DevOps messages', () => {
  const prs = pullRequestsFromMessages([
    { sha: '1', message: 'Merge pull request #4 from acme/feature\n\nAdd drift job' },
    { sha: '2', message: 'feat: batch scoring (#7)' },
    { sha: '3', message: 'Merged PR 12: fix the training cluster' },
    { sha: '4', message: 'fix: plain' },
  ]);
  expect(prs).toEqual([
    { number: 4, title: 'Add drift job' },
    { number: 7, title: 'feat: batch scoring' },
    { number: 12, title: 'fix the training cluster' },
  ]);
});

test('notes escape markdown and HTML from commit messages', () => {
  const notes = releaseNotes({
    tag: 'v1.0.0',
    commits: [c('feat: <img src=x onerror=alert(1)> [link](http://evil)')],
    pullRequests: [],
  });
  expect(notes).toContain('First release: 1 commit.');
  expect(notes).not.toContain('<img');
  expect(notes).not.toContain('](http');
});
