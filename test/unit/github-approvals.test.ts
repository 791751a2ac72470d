import { githubApprovers } from '../../shared/host/github-approvals';
import { recordingLogger } from '../../shared/logger';
import { startFakeServer, type FakeServer } from '../helpers/fake-server';

let server: FakeServer;
let answer: { status: number; body: unknown };
beforeAll(async () => {
  server = await startFakeServer((req) =>
    req.url === '/repos/acme/churn/actions/runs/42/approvals' ? answer : undefined,
  );
});
afterAll(() => server.close());

const ci = () => ({
  provider: 'github' as const,
  repository: 'acme/churn',
  runId: '42',
  apiUrl: server.url,
});

test('approved reviews become approvers with their environments; rejected ones do not', async () => {
  answer = {
    status: 200,
    body: [
      { state: 'approved', user: { login: 'alice' }, environments: [{ name: 'production' }] },
      { state: 'rejected', user: { login: 'mallory' }, environments: [{ name: 'production' }] },
    ],
  };
  const logger = recordingLogger();
  expect(await githubApprovers(ci(), 'ghs_token', logger)).toEqual(['github:alice (production)']);
  expect(server.requests.at(-1)?.headers.authorization).toBe('Bearer ghs_token');
  expect(logger.lines).toEqual([]);
});

test('a token that may not read approvals is a warning naming the permission', async () => {
  answer = { status: 403, body: { message: 'Resource not accessible by integration' } };
  const logger = recordingLogger();
  expect(await githubApprovers(ci(), 'ghs_token', logger)).toEqual([]);
  expect(logger.lines).toEqual([expect.stringMatching(/^warning: .*HTTP 403.*actions: read/)]);
});

test('no token or no run: nothing is asked', async () => {
  const before = server.requests.length;
  expect(await githubApprovers(ci(), undefined, recordingLogger())).toEqual([]);
  expect(await githubApprovers({ ...ci(), runId: undefined }, 't', recordingLogger())).toEqual([]);
  expect(server.requests.length).toBe(before);
});
