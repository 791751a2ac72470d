import { azureDevOpsApprovers } from '../../shared/host/ado-approvals';
import { recordingLogger } from '../../shared/logger';
import { startFakeServer, type FakeServer } from '../helpers/fake-server';

let server: FakeServer;
let approvalsStatus = 200;
beforeAll(async () => {
  server = await startFakeServer((req) => {
    if (req.url.startsWith('/acme/churn/_apis/build/builds/777/timeline'))
      return {
        status: 200,
        body: {
          records: [
            { id: 'stage-1', type: 'Stage' },
            { id: 'a1b2c3d4-0000-4000-8000-000000000001', type: 'Checkpoint.Approval' },
          ],
        },
      };
    if (req.url.startsWith('/acme/churn/_apis/pipelines/approvals?approvalIds=a1b2c3d4'))
      return {
        status: approvalsStatus,
        body: {
          value: [
            {
              id: 'a1b2c3d4-0000-4000-8000-000000000001',
              status: 'approved',
              steps: [
                { status: 'approved', actualApprover: { uniqueName: 'alice@acme.com' } },
                { status: 'pending', assignedApprover: { uniqueName: 'bob@acme.com' } },
              ],
            },
          ],
        },
      };
    return undefined;
  });
});
afterAll(() => server.close());

const ci = () => ({
  provider: 'azure-devops' as const,
  serverUrl: `${server.url}/acme/`,
  project: 'churn',
  runId: '777',
});

test("the run's approval checkpoints give the approvers who acted", async () => {
  approvalsStatus = 200;
  const logger = recordingLogger();
  expect(await azureDevOpsApprovers(ci(), 'job-token', logger)).toEqual([
    'azure-devops:alice@acme.com',
  ]);
  expect(server.requests.at(-1)?.url).toContain('$expand=steps');
  expect(server.requests.every((r) => r.headers.authorization === 'Bearer job-token')).toBe(true);
  expect(logger.lines).toEqual([]);
});

test('a token that may not read approvals is a warning, and nothing is recorded', async () => {
  approvalsStatus = 403;
  const logger = recordingLogger();
  expect(await azureDevOpsApprovers(ci(), 'job-token', logger)).toEqual([]);
  expect(logger.lines).toEqual([expect.stringMatching(/^warning: .*HTTP 403.*not recorded/)]);
});

test('no job token: nothing is asked', async () => {
  const before = server.requests.length;
  expect(await azureDevOpsApprovers(ci(), undefined, recordingLogger())).toEqual([]);
  expect(server.requests.length).toBe(before);
});
