// POST /serving-endpoints/{name}/invocations (no /api/2.0): a version's predict.py, the echo model, the traffic split
// honoured exactly over 100 requests, Databricks' input-field rule, and not ready before the first
// config lands.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { expectError, startTestWorkspace, waitFor, type TestWorkspace } from './harness';
import { routeFor } from '../../../local-workspace/serving-invocations';

const S = '/api/2.0/serving-endpoints';
const I = (name: string) => `/serving-endpoints/${name}/invocations`;
const ready = (name: string) =>
  waitFor(`${name} ready`, async () =>
    (await ws.call('GET', `${S}/${name}`)).body.state.ready === 'READY' ? true : undefined,
  );
const entity = (name: string, version: string) => ({
  name,
  entity_name: 'prod.ab.model',
  entity_version: version,
  workload_size: 'Small',
  scale_to_zero_enabled: true,
});

let ws: TestWorkspace;
beforeAll(async () => {
  ws = await startTestWorkspace({ servingUpdateMs: 100 });
  await ws.call('POST', '/api/2.0/mlflow/unity-catalog/registered-models/create', {
    name: 'prod.ab.model',
  });
  for (const source of ['s1', 's2'])
    await ws.call('POST', '/api/2.0/mlflow/unity-catalog/model-versions/create', {
      name: 'prod.ab.model',
      source,
    });
});
afterAll(() => ws.close());

test('before the first config lands the endpoint is unavailable; an unknown endpoint is 404', async () => {
  await ws.call('POST', S, { name: 'early', config: { served_entities: [entity('a', '1')] } });
  expectError(
    await ws.call('POST', I('early'), { inputs: [[1]] }),
    503,
    'TEMPORARILY_UNAVAILABLE',
    /not ready/,
  );
  expectError(await ws.call('POST', I('nope'), { inputs: [[1]] }), 404, 'RESOURCE_DOES_NOT_EXIST');
});

test('the echo model answers one prediction per row, in every input format', async () => {
  await ws.call('POST', S, { name: 'echo', config: { served_entities: [entity('a', '1')] } });
  await ready('echo');
  const cases: [object, number[]][] = [
    [
      {
        dataframe_split: {
          columns: ['x', 'y'],
          data: [
            [1, 2],
            [3, 4.5],
          ],
        },
      },
      [3, 7.5],
    ],
    [{ dataframe_records: [{ x: 1, y: 2, label: 'a' }, { x: 10 }] }, [3, 10]],
    [{ instances: [[1, 1, 1]] }, [3]],
    [{ inputs: { x: 5 } }, [5]],
  ];
  for (const [body, predictions] of cases) {
    const r = await ws.call('POST', I('echo'), body);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ predictions });
  }
  for (const body of [{}, { inputs: [1], instances: [1] }, { rows: [1] }])
    expectError(await ws.call('POST', I('echo'), body), 400, 'BAD_REQUEST', /exactly one of/);
});

test('a 90/10 split sends exactly 90 and 10 of 100 requests, naming the served entity', async () => {
  await ws.call('POST', S, {
    name: 'ab',
    config: {
      served_entities: [entity('champion', '1'), entity('challenger', '2')],
      traffic_config: {
        routes: [
          { served_entity_name: 'champion', traffic_percentage: 90 },
          { served_entity_name: 'challenger', traffic_percentage: 10 },
        ],
      },
    },
  });
  await ready('ab');
  const counts: Record<string, number> = {};
  for (let i = 0; i < 100; i++) {
    const res = await fetch(ws.host + I('ab'), {
      method: 'POST',
      headers: { authorization: `Bearer ${ws.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ inputs: [[i]] }),
    });
    expect(res.status).toBe(200);
    const served = res.headers.get('served-model-name') ?? '';
    counts[served] = (counts[served] ?? 0) + 1;
  }
  expect(counts).toEqual({ champion: 90, challenger: 10 });
});

test('routeFor covers every slot of a split once per 100 requests', () => {
  const routes = [
    { served_entity_name: 'a', traffic_percentage: 33 },
    { served_entity_name: 'b', traffic_percentage: 67 },
  ];
  const seen = Array.from({ length: 100 }, (_, n) => routeFor(routes, n));
  expect(seen.filter((s) => s === 'a')).toHaveLength(33);
  expect(seen.filter((s) => s === 'b')).toHaveLength(67);
});

test('invocations need a token like every other path', async () => {
  const res = await fetch(ws.host + I('echo'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ inputs: [[1]] }),
  });
  expect(res.status).toBe(401);
});

test('a version tagged local.serving.fail fails to deploy with its text; the old config keeps serving', async () => {
  await ws.call('POST', S, { name: 'hook', config: { served_entities: [entity('a', '1')] } });
  await ready('hook');
  await ws.call('POST', '/api/2.0/mlflow/unity-catalog/model-versions/tags', {
    name: 'prod.ab.model',
    version: '2',
    key: 'local.serving.fail',
    value: 'ImportError: no module named sklearn',
  });
  expect(
    (await ws.call('PUT', `${S}/hook/config`, { served_entities: [entity('a', '2')] })).status,
  ).toBe(200);
  const ended = await waitFor('update to end', async () => {
    const ep = (await ws.call('GET', `${S}/hook`)).body;
    return ep.state.config_update === 'IN_PROGRESS' ? undefined : ep;
  });
  expect(ended.state).toEqual({ ready: 'READY', config_update: 'UPDATE_FAILED' });
  expect(ended.failure_message).toMatch(
    /'a' failed to deploy: ImportError: no module named sklearn/,
  );
  expect(ended.config.served_entities[0].entity_version).toBe('1');
  expect((await ws.call('POST', I('hook'), { inputs: [[2, 2]] })).body).toEqual({
    predictions: [4],
  });
});

describe('a version whose source has a predict.py is answered by running it', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'predict-'));
    fs.mkdirSync(path.join(dir, 'good'));
    fs.writeFileSync(
      path.join(dir, 'good', 'predict.py'),
      [
        'import json, sys',
        'req = json.load(sys.stdin)',
        'rows = req["dataframe_records"]',
        'print(json.dumps({"predictions": [1 if r["amount"] > 100 else 0 for r in rows]}))',
      ].join('\n'),
    );
    fs.mkdirSync(path.join(dir, 'bad'));
    fs.writeFileSync(path.join(dir, 'bad', 'predict.py'), 'import sys\nraise KeyError("amount")\n');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('its stdout is the answer; an exception is 400 with its last line', async () => {
    const model = 'prod.py.model';
    await ws.call('POST', '/api/2.0/mlflow/unity-catalog/registered-models/create', {
      name: model,
    });
    for (const source of [path.join(dir, 'good'), pathToFileURL(path.join(dir, 'bad')).href])
      await ws.call('POST', '/api/2.0/mlflow/unity-catalog/model-versions/create', {
        name: model,
        source,
      });
    const served = (name: string, version: string) => ({
      name,
      entity_name: model,
      entity_version: version,
    });
    await ws.call('POST', S, { name: 'py-good', config: { served_entities: [served('a', '1')] } });
    await ws.call('POST', S, { name: 'py-bad', config: { served_entities: [served('a', '2')] } });
    await ready('py-good');
    await ready('py-bad');
    const good = await ws.call('POST', I('py-good'), {
      dataframe_records: [{ amount: 500 }, { amount: 5 }],
    });
    expect(good.status).toBe(200);
    expect(good.body).toEqual({ predictions: [1, 0] });
    expectError(
      await ws.call('POST', I('py-bad'), { dataframe_records: [{ x: 1 }] }),
      400,
      'BAD_REQUEST',
      /unexpected error while evaluating the model: KeyError: 'amount'/,
    );
  });
});
