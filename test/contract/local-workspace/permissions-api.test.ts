import { start, Client } from './helpers';
import type { LocalWorkspace } from '../../../local-workspace';

let ws: LocalWorkspace;
let api: Client;
beforeAll(async () => {
  ({ ws, api } = await start());
});
afterAll(() => ws.close());

describe('Permissions API', () => {
  it('PATCH adds or changes grants, PUT replaces them, GET lists the direct ones', async () => {
    const p = '/api/2.0/permissions/jobs/123';
    expect(await api.ok('GET', p)).toEqual({
      object_id: '/jobs/123',
      object_type: 'job',
      access_control_list: [],
    });
    await api.ok('PATCH', p, {
      access_control_list: [{ group_name: 'users', permission_level: 'CAN_VIEW' }],
    });
    const after = await api.ok('PATCH', p, {
      access_control_list: [
        { group_name: 'users', permission_level: 'CAN_MANAGE_RUN' },
        { user_name: 'a@example.com', permission_level: 'CAN_MANAGE' },
      ],
    });
    expect(after.access_control_list).toEqual([
      {
        group_name: 'users',
        all_permissions: [{ permission_level: 'CAN_MANAGE_RUN', inherited: false }],
      },
      {
        user_name: 'a@example.com',
        all_permissions: [{ permission_level: 'CAN_MANAGE', inherited: false }],
      },
    ]);
    await api.ok('PUT', p, {
      access_control_list: [{ service_principal_name: 'sp-1', permission_level: 'CAN_VIEW' }],
    });
    expect((await api.ok('GET', p)).access_control_list).toEqual([
      {
        service_principal_name: 'sp-1',
        all_permissions: [{ permission_level: 'CAN_VIEW', inherited: false }],
      },
    ]);
  });

  it('refuses a level the object type does not have, and an entry without one principal', async () => {
    const bad = await api.call('PATCH', '/api/2.0/permissions/experiments/9', {
      access_control_list: [{ group_name: 'users', permission_level: 'CAN_VIEW' }],
    });
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ error_code: 'INVALID_PARAMETER_VALUE' });
    expect(bad.json.message).toContain('CAN_READ, CAN_EDIT, CAN_MANAGE');
    const two = await api.call('PATCH', '/api/2.0/permissions/jobs/9', {
      access_control_list: [{ group_name: 'users', user_name: 'x', permission_level: 'CAN_VIEW' }],
    });
    expect(two.status).toBe(400);
  });
});
