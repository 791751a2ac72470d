// The serving rollout through the committed deploy-serving bundle, as the GitHub runner runs it, on
// a local workspace: the endpoint created with the champion, an A/B split with the challenger, the
// full rollout after promotion, a failed update and a failed smoke test rolled back.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runAction, type ActionRun } from '../../helpers/github-runner';
import { startLocalWorkspace, type LocalWorkspace } from '../../../local-workspace';
import { Registry } from '../../helpers/model-registry';

const DEPLOY = 'dist/actions/deploy-serving/main.js';
const MODEL = 'main.e2e.fraud';
const ENDPOINT = 'fraud';

let ws: LocalWorkspace;
let reg: Registry;
let conn: Record<string, string>;
let dir: string;
let v1: string;
let v2: string;
let v3: string;

beforeAll(async () => {
  ws = await startLocalWorkspace({ port: 0, servingUpdateMs: 300 });
  reg = new Registry(ws);
  conn = { 'databricks-host': ws.host, 'databricks-token': ws.token };
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serving-e2e-'));
  fs.writeFileSync(
    path.join(dir, 'smoke.json'),
    JSON.stringify({ dataframe_records: [{ amount: 40, age: 2 }] }),
  );
  fs.writeFileSync(path.join(dir, 'broken.json'), JSON.stringify({ records: [] }));
  v1 = await reg.ucVersion(MODEL);
  v2 = await reg.ucVersion(MODEL);
  v3 = await reg.ucVersion(MODEL, {
    tags: { 'local.serving.fail': 'ModuleNotFoundError: No module named xgboost' },
  });
  await reg.setAlias(MODEL, 'champion', v1);
  await reg.setAlias(MODEL, 'challenger', v2);
});
afterAll(async () => {
  await ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function deploy(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction(DEPLOY, {
    inputs: {
      ...conn,
      'endpoint-name': ENDPOINT,
      'model-name': MODEL,
      'smoke-test-payload': path.join(dir, 'smoke.json'),
      'smoke-test-expected': '{"predictions": [42]}',
      ...inputs,
    },
  });
}

async function served(): Promise<Record<string, string>> {
  const ep = await reg.call('GET', `/api/2.0/serving-endpoints/${ENDPOINT}`);
  return Object.fromEntries(
    ep.config.served_entities.map((e: { name: string; entity_version: string }) => [
      e.name,
      e.entity_version,
    ]),
  );
}

test('champion first, then champion=90,challenger=10, then the full rollout after promotion', async () => {
  const created = await deploy({});
  expect(created.stderr).toBe('');
  expect(created.code).toBe(0);
  expect(created.outputs).toMatchObject({
    'endpoint-url': `${ws.host}/serving-endpoints/${ENDPOINT}/invocations`,
    traffic: 'champion=100',
    changed: 'true',
    'previous-config': '{}',
  });
  expect(created.summary).toContain('Created and deployed');
  expect(created.summary).toContain('Smoke test: passed');
  expect(await served()).toEqual({ champion: v1 });

  const ab = await deploy({ traffic: 'champion=90,challenger=10' });
  expect(ab.code).toBe(0);
  expect(ab.outputs['traffic']).toBe('champion=90,challenger=10');
  expect(JSON.parse(ab.outputs['served-versions'])).toEqual({ champion: v1, challenger: v2 });
  expect(ab.summary).toMatch(/\| champion \| v1 · 100% · Small, scales to zero \| v1 · 90%/);
  expect(await served()).toEqual({ champion: v1, challenger: v2 });

  const again = await deploy({ traffic: 'champion=90,challenger=10' });
  expect(again.code).toBe(0);
  expect(again.outputs['changed']).toBe('false');

  // promote-model moves champion to v2 and drops challenger: the rollout serves v2 to everyone.
  await reg.setAlias(MODEL, 'champion', v2);
  const full = await deploy({});
  expect(full.code).toBe(0);
  expect(full.outputs['traffic']).toBe('champion=100');
  expect(await served()).toEqual({ champion: v2 });
});

test('a version that fails to deploy is reported and the previous config restored', async () => {
  const before = await served();
  const r = await deploy({ traffic: `champion=90,${v3}=10` });
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(
    /::error::The config update failed: Served entity 'version-3' failed to deploy: ModuleNotFoundError: No module named xgboost\. Rollback: restored champion=100/,
  );
  // The requested entity that never landed: before —, requested v3 at 10%, after —.
  expect(r.summary).toMatch(/\| version\\-3 \| — \| v3 · 10% · Small, scales to zero \| — \|/);
  expect(JSON.parse(r.outputs['previous-config']).served_entities[0].entity_version).toBe(
    before.champion,
  );
  expect(await served()).toEqual(before);
});

test('a smoke test the endpoint refuses fails the step and rolls back', async () => {
  const before = await served();
  const r = await deploy({
    version: v1,
    'smoke-test-payload': path.join(dir, 'broken.json'),
    'smoke-test-expected': '',
  });
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/::error::The smoke test failed: the endpoint answered 400 BAD_REQUEST/);
  expect(r.stdout).toMatch(/Rollback: restored champion=100/);
  expect(await served()).toEqual(before);
});

test('an invalid split fails before any call, naming the input', async () => {
  const log = await reg.call('GET', '/__local/requests');
  const since = log.requests.at(-1)?.seq ?? 0;
  const r = await deploy({ traffic: 'champion=90,challenger=5' });
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/::error::Input 'traffic' adds up to 95 percent, not 100\./);
  expect((await reg.call('GET', `/__local/requests?since=${since}`)).requests).toEqual([]);
});
