// deploy-serving's waiting against a local workspace whose updates take 1.5 s: an update already
// in progress is waited for before this step's own, and a deadline that passes fails the step
// without a rollback (which the endpoint would refuse while it updates).
import { startLocalWorkspace, type LocalWorkspace } from '../../../local-workspace/server';
import { Registry } from '../../helpers/model-registry';
import { connectionArgs, runCliJson } from '../../helpers/cli-run';

let ws: LocalWorkspace;
let reg: Registry;

beforeAll(async () => {
  ws = await startLocalWorkspace({ port: 0, servingUpdateMs: 1500 });
  reg = new Registry(ws);
});
afterAll(() => ws.close());

function deploy(args: string[]) {
  return runCliJson(['deploy-serving', ...connectionArgs(ws), '--json', ...args]);
}

test('an update already in progress is waited for, then this one is made', async () => {
  const name = 'main.wait.a';
  const v1 = await reg.ucVersion(name);
  const v2 = await reg.ucVersion(name);
  await reg.setAlias(name, 'champion', v2);
  // Someone else creates the endpoint with v1 just before the step runs.
  await reg.call('POST', '/api/2.0/serving-endpoints', {
    name: 'wait-a',
    config: { served_entities: [{ name: 'other', entity_name: name, entity_version: v1 }] },
  });
  const r = await deploy(['--endpoint-name', 'wait-a', '--model-name', name]);
  expect(r.stderr).not.toMatch(/error:/);
  expect(r.code).toBe(0);
  expect(r.stderr).toMatch(/another config update in progress: waiting for it first/);
  expect(JSON.parse(r.outputs['previous-config']).served_entities).toEqual([
    { name: 'other', entity_name: name, entity_version: v1 },
  ]);
  expect(JSON.parse(r.outputs['served-versions'])).toEqual({ champion: v2 });
});

test('a deadline that passes fails the step, naming the input, without a rollback', async () => {
  const name = 'main.wait.b';
  await reg.setAlias(name, 'champion', await reg.ucVersion(name));
  const r = await deploy([
    '--endpoint-name',
    'wait-b',
    '--model-name',
    name,
    '--wait-timeout',
    '1',
  ]);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(
    /error: Timed out after .* waiting for serving endpoint wait-b's config update .*Raise --wait-timeout if the endpoint needs longer\. Rollback: not attempted: the update is still in progress\./,
  );
  expect(r.outputs['changed']).toBe('true');
});
