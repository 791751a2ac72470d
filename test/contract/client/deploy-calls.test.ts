// The client calls deploy-jobs added, against a live local workspace: Unity Catalog model create
// and comment update, workspace export of a file that is there and of one that is not, permissions.
import { createClient, resolveConfig, type DatabricksClient } from '../../../shared/databricks';
import { silentLogger } from '../../../shared/logger';
import { startLocalWorkspace, type LocalWorkspace } from '../../../local-workspace/server';

let ws: LocalWorkspace;
let client: DatabricksClient;

beforeAll(async () => {
  ws = await startLocalWorkspace({ port: 0 });
  client = createClient(resolveConfig({ host: ws.host, token: ws.token }, {}), {
    logger: silentLogger,
    maskSecret: () => undefined,
    userAgent: { version: 'test', host: 'cli' },
  });
});
afterAll(() => ws.close());

test('a registered model is created with its comment, and the comment changed', async () => {
  const created = await client.unityCatalog.createModel({
    catalog_name: 'main',
    schema_name: 'deploy',
    name: 'm1',
    comment: 'first',
  });
  expect(created).toMatchObject({ name: 'm1', catalog_name: 'main', schema_name: 'deploy' });
  await client.unityCatalog.updateModelComment('main.deploy.m1', 'second');
  expect((await client.unityCatalog.getModel('main.deploy.m1')).comment).toBe('second');
});

test('tryExport gives the bytes of a file, and undefined for a path with nothing there', async () => {
  await client.workspace.mkdirs('/Users/me/state');
  await client.workspace.importFile('/Users/me/state/s.json', '{"a":1}', { overwrite: true });
  expect((await client.workspace.tryExport('/Users/me/state/s.json'))?.toString('utf8')).toBe(
    '{"a":1}',
  );
  expect(await client.workspace.tryExport('/Users/me/state/none.json')).toBeUndefined();
});

test('permissions: update adds a grant that get then lists', async () => {
  await client.permissions.update('jobs', '77', [
    { group_name: 'users', permission_level: 'CAN_VIEW' },
  ]);
  const acl = await client.permissions.get('jobs', '77');
  expect(acl.access_control_list).toEqual([
    { group_name: 'users', all_permissions: [{ permission_level: 'CAN_VIEW', inherited: false }] },
  ]);
});
