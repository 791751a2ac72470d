// access-control-list through the CLI front door (in process) against a local workspace: the
// grants reach runs/submit and the run's job has them; bad entries are one line naming the input.
import * as path from 'path';
import { startLocalWorkspace, type LocalWorkspace } from '../../../local-workspace/server';
import { connectionArgs, runCliJson } from '../../helpers/cli-run';

const CODE = path.join(__dirname, '../../fixtures/run-job/code');
let ws: LocalWorkspace;
beforeAll(async () => {
  ws = await startLocalWorkspace({ port: 0 });
});
afterAll(() => ws.close());

function runJob(args: string[]) {
  return runCliJson(['run-job', ...connectionArgs(ws), '--json', ...args]);
}

async function api<T>(p: string): Promise<T> {
  const res = await fetch(`${ws.host}${p}`, { headers: { Authorization: `Bearer ${ws.token}` } });
  return (await res.json()) as T;
}

test('the PR author gets CAN_VIEW on the integration run', async () => {
  const acl = JSON.stringify([
    { user_name: 'pr-author@example.com', permission_level: 'CAN_VIEW' },
    { group_name: 'ml-reviewers', permission_level: 'CAN_MANAGE_RUN' },
  ]);
  const r = await runJob([
    '--notebook-path',
    'hello',
    '--parameters',
    'name=acl',
    '--git-source',
    'none',
    '--upload',
    CODE,
    '--access-control-list',
    acl,
  ]);
  expect(r.stderr).not.toMatch(/error:/);
  expect(r.code).toBe(0);
  const run = await api<{ job_id: number }>(`/api/2.2/jobs/runs/get?run_id=${r.outputs['run-id']}`);
  const perms = await api<{ access_control_list: Record<string, unknown>[] }>(
    `/api/2.0/permissions/jobs/${run.job_id}`,
  );
  expect(perms.access_control_list).toEqual([
    {
      user_name: 'pr-author@example.com',
      all_permissions: [{ permission_level: 'CAN_VIEW', inherited: false }],
    },
    {
      group_name: 'ml-reviewers',
      all_permissions: [{ permission_level: 'CAN_MANAGE_RUN', inherited: false }],
    },
  ]);
});

test.each([
  ['{"user_name": "a"}', 'is not a list'],
  ['[{"permission_level": "CAN_VIEW"}]', 'has entry 1 with no principal'],
  ['[{"user_name": "a", "permission_level": "CAN_READ"}]', "permission_level 'CAN_READ'"],
  ['[{"user_name": "a", "group_name": "g", "permission_level": "CAN_VIEW"}]', 'several principals'],
])('a bad list %s: exit 2, one line naming --access-control-list', async (acl, problem) => {
  const r = await runJob([
    '--notebook-path',
    '/Shared/x',
    '--git-source',
    'none',
    '--access-control-list',
    acl,
  ]);
  expect(r.code).toBe(2);
  const errors = r.stderr.split('\n').filter((l) => l.startsWith('error:'));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toContain('--access-control-list');
  expect(errors[0]).toContain(problem);
});

test('with an existing job it is refused: the job has its own permissions', async () => {
  const r = await runJob(['--job-id', '1', '--access-control-list', '[]']);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('--access-control-list does not apply to an existing job');
});
