import { publishGithubCheckRun } from '../../../shared/host/check-run/github';
import type { CheckAnnotation } from '../../../shared/check-run';
import type { Logger } from '../../../shared/logger';
import { startFakeGithubChecks, type FakeGithubChecks } from '../../helpers/fake-github-checks';

const TOKEN = 'ghs_check_token_sentinel';
let github: FakeGithubChecks;
beforeAll(async () => {
  github = await startFakeGithubChecks('acme/ml', TOKEN);
});
afterAll(() => github.close());
beforeEach(() => {
  github.checkRuns.length = 0;
  github.options.forbidden = false;
});

function recorder() {
  const lines: string[] = [];
  const logger: Logger = {
    debug: (m) => lines.push(`debug ${m}`),
    info: (m) => lines.push(`info ${m}`),
    warning: (m) => lines.push(`warning ${m}`),
    error: (m) => lines.push(`error ${m}`),
    group: (_n, fn) => fn(),
  };
  return { lines, logger };
}

const ci = () => ({
  provider: 'github' as const,
  repository: 'acme/ml',
  sha: 'a1b2c3',
  apiUrl: github.url,
});

const failures = (n: number): CheckAnnotation[] =>
  Array.from({ length: n }, (_, i) => ({
    path: `tests/test_${i}.py`,
    line: i + 1,
    level: 'failure' as const,
    title: `Failed: test_${i}`,
    message: `assert ${i} == 0`,
  }));

test('120 failures: one check run on the commit, annotations in requests of at most 50', async () => {
  const { lines, logger } = recorder();
  const result = await publishGithubCheckRun(
    ci(),
    {
      name: 'Unit tests',
      conclusion: 'failure',
      title: '120 failed',
      summary: '## Unit tests',
      annotations: failures(120),
    },
    TOKEN,
    logger,
  );
  expect(result).toMatchObject({ action: 'created', annotations: 120, leftOut: 0 });
  expect(github.checkRuns).toHaveLength(1);
  const run = github.checkRuns[0];
  expect(run).toMatchObject({
    name: 'Unit tests',
    head_sha: 'a1b2c3',
    status: 'completed',
    conclusion: 'failure',
    title: '120 failed',
  });
  expect(run.batches).toEqual([50, 50, 20]);
  expect(run.annotations[119]).toMatchObject({
    path: 'tests/test_119.py',
    start_line: 120,
    annotation_level: 'failure',
  });
  expect(lines.join('\n')).toContain("Created check run 'Unit tests' (failure, 120 annotations)");
});

test('a passing run: conclusion success and no annotation', async () => {
  const { logger } = recorder();
  await publishGithubCheckRun(
    ci(),
    { name: 'tests', conclusion: 'success', title: '3 passed', summary: 'ok', annotations: [] },
    TOKEN,
    logger,
  );
  expect(github.checkRuns[0]).toMatchObject({
    conclusion: 'success',
    annotations: [],
    batches: [0],
  });
});

test('without checks: write it warns naming the permission, and does not throw', async () => {
  github.options.forbidden = true;
  const { lines, logger } = recorder();
  const result = await publishGithubCheckRun(
    ci(),
    {
      name: 'Unit tests',
      conclusion: 'failure',
      title: 't',
      summary: 's',
      annotations: failures(2),
    },
    TOKEN,
    logger,
  );
  expect(result.action).toBe('skipped');
  const warnings = lines.filter((l) => l.startsWith('warning'));
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain("Check run 'Unit tests' not written");
  expect(warnings[0]).toContain('checks: write');
  expect(warnings[0]).not.toContain(TOKEN);
});

test('no token or no commit: a warning, no request', async () => {
  const before = github.requests.length;
  const { lines, logger } = recorder();
  const req = {
    name: 'n',
    conclusion: 'success' as const,
    title: 't',
    summary: 's',
    annotations: [],
  };
  expect((await publishGithubCheckRun(ci(), req, undefined, logger)).action).toBe('skipped');
  expect(
    (await publishGithubCheckRun({ ...ci(), sha: undefined }, req, TOKEN, logger)).action,
  ).toBe('skipped');
  expect(github.requests.length).toBe(before);
  expect(lines.filter((l) => l.startsWith('warning'))).toHaveLength(2);
});
