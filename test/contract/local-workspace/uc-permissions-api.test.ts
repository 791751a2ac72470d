// Unity Catalog grants and the name-to-id list endpoints, in the real API's shapes.
import { start, Client } from './helpers';
import type { LocalWorkspace } from '../../../local-workspace';

let ws: LocalWorkspace;
let api: Client;
beforeAll(async () => {
  ({ ws, api } = await start());
});
afterAll(() => ws.close());

describe('Unity Catalog permissions', () => {
  const p = '/api/2.1/unity-catalog/permissions/function/main.fraud.model';

  it('adds and removes privileges per principal on a registered model (securable type function)', async () => {
    await api.ok('POST', '/api/2.1/unity-catalog/models', {
      catalog_name: 'main',
      schema_name: 'fraud',
      name: 'model',
    });
    expect(await api.ok('GET', p)).toEqual({ privilege_assignments: [] });
    await api.ok('PATCH', p, {
      changes: [
        { principal: 'account users', add: ['EXECUTE'] },
        { principal: 'ml', add: ['EXECUTE', 'APPLY_TAG'] },
      ],
    });
    const after = await api.ok('PATCH', p, {
      changes: [{ principal: 'ml', add: ['MANAGE'], remove: ['APPLY_TAG'] }],
    });
    expect(after.privilege_assignments).toEqual([
      { principal: 'account users', privileges: ['EXECUTE'] },
      { principal: 'ml', privileges: ['EXECUTE', 'MANAGE'] },
    ]);
    expect(
      await api.ok('GET', `${p.replace('main.fraud.model', 'MAIN.Fraud.Model')}?principal=ml`),
    ).toEqual({
      privilege_assignments: [{ principal: 'ml', privileges: ['EXECUTE', 'MANAGE'] }],
    });
  });

  it('refuses an unknown model, securable type and privilege as the real API does', async () => {
    const missing = await api.call(
      'GET',
      '/api/2.1/unity-catalog/permissions/function/main.fraud.nope',
    );
    expect(missing.status).toBe(404);
    expect(missing.json.error_code).toBe('RESOURCE_DOES_NOT_EXIST');
    const type = await api.call('GET', '/api/2.1/unity-catalog/permissions/model/main.fraud.model');
    expect(type.status).toBe(400);
    const privilege = await api.call('PATCH', p, {
      changes: [{ principal: 'ml', add: ['SELECT'] }],
    });
    expect(privilege.status).toBe(400);
    expect(privilege.json.error_code).toBe('INVALID_PARAMETER_VALUE');
  });
});

describe('Lists that names resolve through', () => {
  it('lists what was created, with the ids the create calls returned', async () => {
    const policy = await api.ok('POST', '/api/2.0/policies/clusters/create', { name: 'jobs' });
    const dup = await api.call('POST', '/api/2.0/policies/clusters/create', { name: 'jobs' });
    expect(dup.status).toBe(409);
    expect((await api.ok('GET', '/api/2.0/policies/clusters/list')).policies).toEqual([
      expect.objectContaining({ policy_id: policy.policy_id, name: 'jobs' }),
    ]);
    const cluster = await api.ok('POST', '/api/2.1/clusters/create', {
      cluster_name: 'c',
      spark_version: '15.4.x-scala2.12',
    });
    expect((await api.ok('GET', '/api/2.0/clusters/list')).clusters).toEqual([
      expect.objectContaining({ cluster_id: cluster.cluster_id, cluster_name: 'c' }),
    ]);
    const sp = await api.call('POST', '/api/2.0/preview/scim/v2/ServicePrincipals', {
      displayName: 'deployer',
    });
    expect(sp.status).toBe(201);
    const found = await api.ok(
      'GET',
      `/api/2.0/preview/scim/v2/ServicePrincipals?filter=${encodeURIComponent('displayName eq "deployer"')}`,
    );
    expect(found).toMatchObject({
      totalResults: 1,
      Resources: [{ applicationId: sp.json.applicationId }],
    });
  });
});
