import type { CiContext } from '../../../shared/host/host';
import { recordingLogger } from '../../../shared/logger';
import {
  commentBody,
  defaultReportKey,
  azureDevOpsPrReport,
  githubPrReport,
  markerFor,
  upsertPrComment,
} from '../../../shared/report/pr-comment';
import { fakeAzureDevOps, fakeGitHub } from './fakes';

describe('sticky PR report on GitHub', () => {
  let gh: Awaited<ReturnType<typeof fakeGitHub>>;
  afterEach(() => gh.close());

  const ci = (extra: Partial<CiContext> = {}): CiContext => ({
    provider: 'github',
    repository: 'o/r',
    apiUrl: gh.url,
    pullRequest: 7,
    workflow: 'CI',
    job: 'test',
    ...extra,
  });

  it('creates the comment once, then updates it in place; a second key makes a second comment', async () => {
    gh = await fakeGitHub();
    // Someone else's comments first, enough for the marker to be on the second page.
    gh.comments.set(
      7,
      Array.from({ length: 150 }, (_, i) => ({ id: i + 1, body: `chatter ${i}`, html_url: '' })),
    );
    const logger = recordingLogger();
    const first = await upsertPrComment({
      backend: githubPrReport,
      markdown: '### run 1',
      key: 'CI/test/unit-tests',
      ci: ci(),
      token: 'ghs_x',
      logger,
    });
    expect(first.action).toBe('created');
    const second = await upsertPrComment({
      backend: githubPrReport,
      markdown: '### run 2',
      key: 'CI/test/unit-tests',
      ci: ci(),
      token: 'ghs_x',
      logger,
    });
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    const ours = (gh.comments.get(7) ?? []).filter((c) =>
      c.body.includes('databricks-mlops-report:'),
    );
    expect(ours).toHaveLength(1);
    expect(ours[0].body).toBe('<!-- databricks-mlops-report:CI/test/unit-tests -->\n### run 2');

    const other = await upsertPrComment({
      backend: githubPrReport,
      markdown: '### py3.12',
      key: 'CI/test/unit-tests/python=3.12',
      ci: ci(),
      token: 'ghs_x',
      logger,
    });
    expect(other.action).toBe('created');
    expect(
      (gh.comments.get(7) ?? []).filter((c) => c.body.includes('databricks-mlops-report:')),
    ).toHaveLength(2);
    expect(gh.requests.every((r) => r.auth === 'Bearer ghs_x')).toBe(true);
    expect(gh.requests.some((r) => r.url.includes('page=2'))).toBe(true);
  });

  it('finds the PR of a pushed commit', async () => {
    gh = await fakeGitHub({
      prsForCommit: [
        { number: 5, state: 'closed' },
        { number: 9, state: 'open' },
      ],
    });
    const r = await upsertPrComment({
      backend: githubPrReport,
      markdown: 'x',
      key: 'k',
      ci: ci({ pullRequest: undefined, sha: 'abc123' }),
      token: 't',
      logger: recordingLogger(),
    });
    expect(r.action).toBe('created');
    expect(gh.comments.get(9)).toHaveLength(1);
  });

  it('a push with no open PR writes nothing and does not warn', async () => {
    gh = await fakeGitHub({ prsForCommit: [] });
    const logger = recordingLogger();
    const r = await upsertPrComment({
      backend: githubPrReport,
      markdown: 'x',
      key: 'k',
      ci: ci({ pullRequest: undefined, sha: 'abc123' }),
      token: 't',
      logger,
    });
    expect(r.action).toBe('skipped');
    expect(logger.lines.filter((l) => l.startsWith('warning'))).toEqual([]);
  });

  it('403 (fork PR, read-only token) is a warning that names the permission, not an error', async () => {
    gh = await fakeGitHub({ forbidden: true });
    const logger = recordingLogger();
    const r = await upsertPrComment({
      backend: githubPrReport,
      markdown: 'x',
      key: 'k',
      ci: ci(),
      token: 't',
      logger,
    });
    expect(r.action).toBe('skipped');
    expect(logger.lines).toEqual([
      expect.stringMatching(
        /^warning: PR report not written: GitHub answered 403 .*Resource not accessible by integration.*pull-requests: write/,
      ),
    ]);
  });

  it('trims the body to 65,536 characters, marker included', async () => {
    gh = await fakeGitHub();
    const huge = `### big\n\n\`\`\`\n${'line of trace\n'.repeat(10_000)}\`\`\`\n`;
    await upsertPrComment({
      backend: githubPrReport,
      markdown: huge,
      key: 'k',
      ci: ci(),
      token: 't',
      logger: recordingLogger(),
    });
    const body = (gh.comments.get(7) ?? [])[0].body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.startsWith(markerFor('k'))).toBe(true);
    expect(body).toContain('_The report was cut to fit the size limit._');
    expect((body.match(/^```/gm) ?? []).length % 2).toBe(0);
  });
});

describe('sticky PR report on Azure DevOps', () => {
  let ado: Awaited<ReturnType<typeof fakeAzureDevOps>>;
  afterEach(() => ado.close());
  const ci = (): CiContext => ({
    provider: 'azure-devops',
    serverUrl: `${ado.url}/org/`,
    project: 'proj',
    repository: 'ml-repo',
    pullRequest: 42,
  });

  it('creates a thread once, then updates its comment and status; a second key makes a second thread', async () => {
    ado = await fakeAzureDevOps();
    const logger = recordingLogger();
    const first = await upsertPrComment({
      backend: azureDevOpsPrReport,
      markdown: 'failing',
      key: 'k1',
      ci: ci(),
      token: 'job-token',
      logger,
    });
    expect(first.action).toBe('created');
    const again = await upsertPrComment({
      backend: azureDevOpsPrReport,
      markdown: 'passing now',
      key: 'k1',
      ci: ci(),
      token: 'job-token',
      logger,
      resolved: true,
    });
    expect(again).toMatchObject({ action: 'updated', id: first.id });
    const list = ado.threads.get(42) ?? [];
    expect(list).toHaveLength(1);
    expect(list[0].comments[0].content).toBe(`${markerFor('k1')}\npassing now`);
    expect(list[0].status).toBe(2); // Fixed
    await upsertPrComment({
      backend: azureDevOpsPrReport,
      markdown: 'other',
      key: 'k2',
      ci: ci(),
      token: 'job-token',
      logger,
    });
    expect(ado.threads.get(42)).toHaveLength(2);
    expect(
      ado.requests
        .filter((r) => r.method !== 'OPTIONS')
        .every((r) => r.auth === 'Bearer job-token'),
    ).toBe(true);
    expect(logger.lines.filter((l) => l.startsWith('warning'))).toEqual([]);
  });

  it('TF401027 is a warning telling which permission to grant the build service', async () => {
    ado = await fakeAzureDevOps({ forbidden: true });
    const logger = recordingLogger();
    const r = await upsertPrComment({
      backend: azureDevOpsPrReport,
      markdown: 'x',
      key: 'k',
      ci: ci(),
      token: 't',
      logger,
    });
    expect(r.action).toBe('skipped');
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toMatch(
      /^warning: PR report not written: .*TF401027.*"Contribute to pull requests" to Allow for "<project> Build Service/,
    );
  });

  it('no token: a warning with how to map System.AccessToken', async () => {
    ado = await fakeAzureDevOps();
    const logger = recordingLogger();
    await upsertPrComment({
      backend: azureDevOpsPrReport,
      markdown: 'x',
      key: 'k',
      ci: ci(),
      token: undefined,
      logger,
    });
    expect(logger.lines[0]).toContain('SYSTEM_ACCESSTOKEN: $(System.AccessToken)');
    expect(ado.requests).toEqual([]);
  });
});

describe('report keys and markers', () => {
  it('default key: workflow + job + capability + matrix values', () => {
    expect(
      defaultReportKey({ provider: 'github', workflow: 'CI', job: 'test' }, 'unit-tests'),
    ).toBe('CI/test/unit-tests');
    expect(
      defaultReportKey({ provider: 'github', workflow: 'My CI', job: 'test' }, 'unit-tests', {
        python: '3.12',
        os: 'ubuntu',
      }),
    ).toBe('My-CI/test/unit-tests/python=3.12-os=ubuntu');
  });
  it('a key cannot close the HTML comment', () => {
    expect(markerFor('a --> <script>')).toBe('<!-- databricks-mlops-report:a-script -->');
    expect(commentBody('x', '-->')).toBe('<!-- databricks-mlops-report:report -->\nx');
  });
});
