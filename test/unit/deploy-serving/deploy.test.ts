// deploy-serving through the CLI front door (in process) against a local workspace: the endpoint
// created, an A/B split, a full rollout, the re-run that changes nothing, a failed update and a
// failed smoke test rolled back.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startLocalWorkspace, type LocalWorkspace } from '../../../local-workspace/server';
import { Registry } from '../../helpers/model-registry';
import { connectionArgs, runCliJson } from '../../helpers/cli-run';

let ws: LocalWorkspace;
let reg: Registry;
let dir: string;

beforeAll(async () => {
  ws = await startLocalWorkspace({ port: 0, servingUpdateMs: 300 });
  reg = new Registry(ws);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-serving-'));
});
afterAll(async () => {
  await ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function deploy(args: string[]) {
  const summaryFile = path.join(dir, `summary-${Math.random().toString(36).slice(2)}.md`);
  const { code, outputs, stderr } = await runCliJson([
    'deploy-serving',
    ...connectionArgs(ws),
    '--json',
    '--summary-file',
    summaryFile,
    ...args,
  ]);
  const summary = fs.existsSync(summaryFile) ? fs.readFileSync(summaryFile, 'utf8') : '';
  return { code, outputs, stderr, summary };
}

async function configPuts(endpoint: string, since: number): Promise<number> {
  const log = (await reg.call('GET', `/__local/requests?since=${since}`)) as {
    requests: { seq: number; method: string; path: string }[];
  };
  return log.requests.filter(
    (r) =>
      (r.method === 'PUT' && r.path === `/api/2.0/serving-endpoints/${endpoint}/config`) ||
      (r.method === 'POST' && r.path === '/api/2.0/serving-endpoints'),
  ).length;
}

async function lastSeq(): Promise<number> {
  const log = (await reg.call('GET', '/__local/requests')) as { requests: { seq: number }[] };
  return log.requests.at(-1)?.seq ?? 0;
}

let n = 0;
/** A model with champion v1 and challenger v2. */
async function model() {
  const name = `main.serve.m${++n}`;
  const v1 = await reg.ucVersion(name);
  const v2 = await reg.ucVersion(name);
  await reg.setAlias(name, 'champion', v1);
  await reg.setAlias(name, 'challenger', v2);
  return { name, v1, v2, endpoint: `ep-${n}` };
}

function payload(body: unknown): string {
  const file = path.join(dir, `payload-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, JSON.stringify(body));
  return file;
}

test('creates the endpoint with the champion, then an A/B split, then the same split again changes nothing', async () => {
  const m = await model();
  const first = await deploy(['--endpoint-name', m.endpoint, '--model-name', m.name]);
  expect(first.stderr).not.toMatch(/error:/);
  expect(first.code).toBe(0);
  expect(first.outputs['changed']).toBe('true');
  expect(JSON.parse(first.outputs['served-versions'])).toEqual({ champion: m.v1 });
  expect(first.outputs['traffic']).toBe('champion=100');
  expect(first.outputs['previous-config']).toBe('{}');
  expect(first.outputs['endpoint-url']).toBe(
    `${ws.host}/serving-endpoints/${m.endpoint}/invocations`,
  );
  expect(first.stderr).toMatch(
    /\[\d\d:\d\d:\d\d\] Endpoint ep-\d+: NOT_READY, config update IN_PROGRESS/,
  );
  expect(first.summary).toMatch(/Created and deployed/);

  const ab = await deploy([
    '--endpoint-name',
    m.endpoint,
    '--model-name',
    m.name,
    '--traffic',
    'champion=90,challenger=10',
    '--smoke-test-payload',
    payload({ dataframe_records: [{ a: 1, b: 2 }] }),
    '--smoke-test-expected',
    '{"predictions": [3]}',
  ]);
  expect(ab.stderr).not.toMatch(/error:/);
  expect(ab.code).toBe(0);
  expect(ab.outputs['traffic']).toBe('champion=90,challenger=10');
  expect(JSON.parse(ab.outputs['served-versions'])).toEqual({ champion: m.v1, challenger: m.v2 });
  expect(JSON.parse(ab.outputs['previous-config']).served_entities[0]).toMatchObject({
    name: 'champion',
    entity_version: m.v1,
  });
  expect(ab.summary).toMatch(/\| challenger \| — \| v2 · 10% · Small, scales to zero \|/);
  expect(ab.summary).toMatch(/Smoke test: passed/);

  const since = await lastSeq();
  const again = await deploy([
    '--endpoint-name',
    m.endpoint,
    '--model-name',
    m.name,
    '--traffic',
    'challenger=10, champion=90',
  ]);
  expect(again.code).toBe(0);
  expect(again.outputs['changed']).toBe('false');
  expect(again.outputs['traffic']).toBe('champion=90,challenger=10');
  expect(await configPuts(m.endpoint, since)).toBe(0);
  expect(again.summary).toMatch(/Already serving this config/);
});

test('full rollout after promotion: champion and challenger on one version are served once', async () => {
  const m = await model();
  await deploy([
    '--endpoint-name',
    m.endpoint,
    '--model-name',
    m.name,
    '--traffic',
    'champion=50,challenger=50',
  ]);
  await reg.setAlias(m.name, 'champion', m.v2);
  const r = await deploy([
    '--endpoint-name',
    m.endpoint,
    '--model-name',
    m.name,
    '--traffic',
    'champion=50,challenger=50',
  ]);
  expect(r.code).toBe(0);
  expect(r.stderr).toMatch(
    /@challenger is version 2, like @champion: served once as 'champion' with 100%/,
  );
  expect(JSON.parse(r.outputs['served-versions'])).toEqual({ champion: m.v2 });
  expect(r.outputs['traffic']).toBe('champion=100');
});

test('a failed update is reported with the server message and the previous config restored', async () => {
  const m = await model();
  await deploy(['--endpoint-name', m.endpoint, '--model-name', m.name]);
  await reg.call('POST', '/api/2.0/mlflow/unity-catalog/model-versions/tags', {
    name: m.name,
    version: m.v2,
    key: 'local.serving.fail',
    value: 'ImportError: no module named sklearn',
  });
  const since = await lastSeq();
  const r = await deploy([
    '--endpoint-name',
    m.endpoint,
    '--model-name',
    m.name,
    '--version',
    m.v2,
  ]);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(
    /The config update failed: Served entity 'version-2' failed to deploy: ImportError: no module named sklearn\. Rollback: restored champion=100\./,
  );
  // The update, then the rollback.
  expect(await configPuts(m.endpoint, since)).toBe(2);
  expect(JSON.parse(r.outputs['served-versions'])).toEqual({ champion: m.v1 });
  const ep = (await reg.call('GET', `/api/2.0/serving-endpoints/${m.endpoint}`)) as {
    state: Record<string, string>;
  };
  expect(ep.state).toEqual({ ready: 'READY', config_update: 'NOT_UPDATING' });
});

test('a failing smoke test fails the step and rolls back; without rollback the new config stays', async () => {
  const m = await model();
  await deploy(['--endpoint-name', m.endpoint, '--model-name', m.name]);
  const bad = payload({ rows: [[1]] });
  const r = await deploy([
    '--endpoint-name',
    m.endpoint,
    '--model-name',
    m.name,
    '--version',
    'challenger',
    '--smoke-test-payload',
    bad,
  ]);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(
    /The smoke test failed: the endpoint answered 400 BAD_REQUEST: Invalid input/,
  );
  expect(r.stderr).toMatch(/Rollback: restored champion=100/);
  expect(JSON.parse(r.outputs['served-versions'])).toEqual({ champion: m.v1 });

  const kept = await deploy([
    '--endpoint-name',
    m.endpoint,
    '--model-name',
    m.name,
    '--version',
    'challenger',
    '--smoke-test-payload',
    payload({ inputs: [[1, 1]] }),
    '--smoke-test-expected',
    '{"predictions": [3]}',
    '--rollback-on-failure',
    'false',
  ]);
  expect(kept.code).toBe(1);
  expect(kept.stderr).toMatch(/unexpected answer: \$\.predictions\[0\] is 2, expected 3/);
  expect(kept.stderr).toMatch(/Rollback: not attempted/);
  expect(JSON.parse(kept.outputs['served-versions'])).toEqual({ challenger: m.v2 });
});

test('a broken latency budget fails the smoke test', async () => {
  const m = await model();
  await reg.call('POST', '/__local/faults', {
    spec: `POST /serving-endpoints/${m.endpoint}/invocations delay=300`,
  });
  try {
    const r = await deploy([
      '--endpoint-name',
      m.endpoint,
      '--model-name',
      m.name,
      '--smoke-test-payload',
      payload({ inputs: [[1]] }),
      '--smoke-test-max-latency-ms',
      '100',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /The smoke test failed: the answer took \d+ ms, over the budget of 100 ms/,
    );
    // A new endpoint has nothing to go back to, and says so.
    expect(r.stderr).toMatch(/Rollback: nothing to restore/);
  } finally {
    await reg.call('DELETE', '/__local/faults');
  }
});

describe('bad input is one line naming the input, before any call', () => {
  const cases: [string[], RegExp][] = [
    [['--traffic', 'champion=90,challenger=20'], /--traffic adds up to 110 percent, not 100/],
    [['--traffic', 'champion=ninety'], /--traffic gives 'champion' ninety percent/],
    [['--traffic', 'champion=50,champion=50'], /--traffic names 'champion' twice/],
    [['--endpoint-name', 'bad name!'], /--endpoint-name is not a valid endpoint name/],
    [['--model-name', 'churn'], /--model-name is not a Unity Catalog name/],
    [
      ['--environment-vars', 'API_TOKEN=dapi0123456789abcdef0123456789abcdef'],
      /--environment-vars sets API_TOKEN to a literal value that looks like a secret/,
    ],
    [
      ['--smoke-test-max-latency-ms', '100'],
      /--smoke-test-max-latency-ms needs --smoke-test-payload/,
    ],
  ];
  test.each(cases)('%p', async (args, message) => {
    const since = await lastSeq();
    const base = { '--endpoint-name': 'ep-x', '--model-name': 'main.serve.x' } as Record<
      string,
      string
    >;
    for (let i = 0; i < args.length; i += 2) base[args[i]] = args[i + 1];
    const r = await deploy(Object.entries(base).flat());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/dapi0123/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(await lastSeq()).toBe(since);
  });
});

test('a secret reference is passed through as the environment variable', async () => {
  const m = await model();
  const r = await deploy([
    '--endpoint-name',
    m.endpoint,
    '--model-name',
    m.name,
    '--environment-vars',
    'API_TOKEN={{secrets/ml/api-token}}\nLOG_LEVEL=info',
  ]);
  expect(r.code).toBe(0);
  const ep = (await reg.call('GET', `/api/2.0/serving-endpoints/${m.endpoint}`)) as {
    config: { served_entities: { environment_vars: Record<string, string> }[] };
  };
  expect(ep.config.served_entities[0].environment_vars).toEqual({
    API_TOKEN: '{{secrets/ml/api-token}}',
    LOG_LEVEL: 'info',
  });
});

test('an alias that is not set is a user error naming the input', async () => {
  const m = await model();
  const r = await deploy([
    '--endpoint-name',
    m.endpoint,
    '--model-name',
    m.name,
    '--traffic',
    'champion=80,canary=20',
  ]);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/has no @canary alias.*Check --traffic/);
});
