// pr-comment modes across three pushes of a PR, against loopback fakes of GitHub and Azure DevOps:
// what each mode posts, updates or skips, and what the report says changed.
import type { CiContext } from '../../../shared/host/host';
import { recordingLogger } from '../../../shared/logger';
import {
  azureDevOpsPrReport,
  githubPrReport,
  upsertPrComment,
  type PrReportBackend,
} from '../../../shared/report/pr-comment';
import {
  prCommentMode,
  readState,
  renderChanges,
  stateComment,
  type PrCommentMode,
  type ReportState,
} from '../../../shared/report/report-state';
import { fakeAzureDevOps, fakeGitHub } from './fakes';

const push1: ReportState = {
  failed: false,
  counts: { passed: 10, failed: 0 },
  failures: [],
  durationSeconds: 12,
  sha: 'aaaaaaa1',
};
// The same results on a new commit (only the duration differs).
const push2: ReportState = { ...push1, durationSeconds: 13, sha: 'bbbbbbb2' };
const push3: ReportState = {
  failed: true,
  counts: { passed: 9, failed: 1 },
  failures: ['tests.test_model › test_auc'],
  durationSeconds: 14,
  sha: 'ccccccc3',
};

type Fake = Awaited<ReturnType<typeof fakeGitHub>> | Awaited<ReturnType<typeof fakeAzureDevOps>>;

const hosts: Array<{
  name: string;
  start: () => Promise<Fake>;
  backend: PrReportBackend;
  ci: (url: string) => CiContext;
  bodies: (f: Fake) => string[];
}> = [
  {
    name: 'GitHub',
    start: () => fakeGitHub(),
    backend: githubPrReport,
    ci: (url) => ({ provider: 'github', repository: 'o/r', apiUrl: url, pullRequest: 7 }),
    bodies: (f) =>
      ((f as Awaited<ReturnType<typeof fakeGitHub>>).comments.get(7) ?? []).map((c) => c.body),
  },
  {
    name: 'Azure DevOps',
    start: () => fakeAzureDevOps(),
    backend: azureDevOpsPrReport,
    ci: (url) => ({
      provider: 'azure-devops',
      serverUrl: `${url}/org`,
      project: 'proj',
      repository: 'ml-repo',
      pullRequest: 3,
    }),
    bodies: (f) =>
      ((f as Awaited<ReturnType<typeof fakeAzureDevOps>>).threads.get(3) ?? []).map(
        (t) => t.comments[0].content,
      ),
  },
];

describe.each(hosts)('pr-comment modes on $name', (host) => {
  let fake: Fake;
  beforeEach(async () => {
    fake = await host.start();
  });
  afterEach(() => fake.close());

  const push = (mode: PrCommentMode, state: ReportState, n: number) =>
    upsertPrComment({
      backend: host.backend,
      markdown: `### Unit tests\n\nrun ${n}`,
      key: 'ci/test/unit-tests',
      ci: host.ci(fake.url),
      token: 'tok',
      logger: recordingLogger(),
      mode,
      state,
    });
  const three = async (mode: PrCommentMode) => {
    const actions = [];
    for (const [i, s] of [push1, push2, push3].entries())
      actions.push((await push(mode, s, i + 1)).action);
    return actions;
  };

  it('always: posts, then updates on every push', async () => {
    expect(await three('always')).toEqual(['created', 'updated', 'updated']);
    const bodies = host.bodies(fake);
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toContain('run 3');
  });

  it('changes: posts, skips the push with the same results, updates when a test fails', async () => {
    expect(await three('changes')).toEqual(['created', 'skipped', 'updated']);
    const [body] = host.bodies(fake);
    // Compared with the report on the PR, which is push 1's: push 2 was not written.
    expect(body).toContain('Since the previous report (`aaaaaaa1`)');
    expect(body).toContain('1 new failures: `tests.test_model › test_auc`');
    expect(body).toContain('passed 10 → 9 (-1)');
    expect(body).toContain('failed 0 → 1 (+1)');
    expect(body).toMatch(/duration 12(\.0)? ?s → 14(\.0)? ?s/);
    expect(readState(body)).toEqual(push3);
  });

  it('failures: nothing until a test fails, then posts; a fix updates it once, then silence', async () => {
    expect(await three('failures')).toEqual(['skipped', 'skipped', 'created']);
    const fixed = { ...push1, sha: 'ddddddd4' };
    expect((await push('failures', fixed, 4)).action).toBe('updated');
    expect(host.bodies(fake)[0]).toContain('1 fixed: `tests.test_model › test_auc`');
    expect((await push('failures', fixed, 5)).action).toBe('skipped');
    expect(host.bodies(fake)).toHaveLength(1);
  });
});

describe('report state', () => {
  it('survives a test name that would end an HTML comment', () => {
    const s: ReportState = { ...push3, failures: ['evil --> <!-- x'] };
    const comment = stateComment(s);
    expect(comment.slice(4, -3)).not.toContain('-->');
    expect(readState(`marker\n${comment}\nbody`)).toEqual(s);
  });

  it('a report without state (written before modes existed) reads as none', () => {
    expect(readState('<!-- databricks-mlops-report:k -->\n### old')).toBeUndefined();
    expect(renderChanges(undefined, push1)).toBe('');
  });

  it('true and false keep meaning always and off', () => {
    expect(prCommentMode('true')).toBe('always');
    expect(prCommentMode('false')).toBe('off');
    expect(prCommentMode('changes')).toBe('changes');
  });
});
