// runs/submit's access_control_list: checked like the Permissions API checks it, and granted on
// the one-time run's job.
import { start, Client } from './helpers';
import type { LocalWorkspace } from '../../../local-workspace';

let ws: LocalWorkspace;
let api: Client;
beforeAll(async () => {
  ({ ws, api } = await start());
});
afterAll(() => ws.close());

const task = {
  task_key: 't',
  notebook_task: { notebook_path: '/Shared/missing', source: 'WORKSPACE' },
};

it('grants the list on the run’s job', async () => {
  const { run_id } = (await api.ok('POST', '/api/2.2/jobs/runs/submit', {
    tasks: [task],
    access_control_list: [{ user_name: 'a@example.com', permission_level: 'CAN_VIEW' }],
  })) as { run_id: number };
  const run = (await api.ok('GET', `/api/2.2/jobs/runs/get?run_id=${run_id}`)) as {
    job_id: number;
  };
  const perms = (await api.ok('GET', `/api/2.0/permissions/jobs/${run.job_id}`)) as {
    access_control_list: unknown[];
  };
  expect(perms.access_control_list).toEqual([
    {
      user_name: 'a@example.com',
      all_permissions: [{ permission_level: 'CAN_VIEW', inherited: false }],
    },
  ]);
});

it('refuses an entry without a principal or with a level jobs do not take, and submits nothing', async () => {
  for (const entry of [
    { permission_level: 'CAN_VIEW' },
    { user_name: 'a', permission_level: 'CAN_READ' },
  ]) {
    const r = await api.call('POST', '/api/2.2/jobs/runs/submit', {
      tasks: [task],
      run_name: 'acl-refused',
      access_control_list: [entry],
    });
    expect(r.status).toBe(400);
    expect((r.json as { error_code: string }).error_code).toBe('INVALID_PARAMETER_VALUE');
  }
  const list = (await api.ok('GET', '/api/2.2/jobs/runs/list?run_type=SUBMIT_RUN')) as {
    runs?: { run_name: string }[];
  };
  expect((list.runs ?? []).some((r) => r.run_name === 'acl-refused')).toBe(false);
});
