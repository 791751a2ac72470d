import { expectError, startTestWorkspace, waitFor, type TestWorkspace } from './harness';

const S = '/api/2.0/serving-endpoints';
const entity = (name: string, version: string, entityName = 'prod.fraud.model') => ({
  name,
  entity_name: entityName,
  entity_version: version,
  workload_size: 'Small',
  scale_to_zero_enabled: true,
});

async function withModel(ws: TestWorkspace, name: string, versions: number): Promise<void> {
  await ws.call('POST', '/api/2.0/mlflow/unity-catalog/registered-models/create', { name });
  for (let i = 0; i < versions; i++)
    await ws.call('POST', '/api/2.0/mlflow/unity-catalog/model-versions/create', {
      name,
      source: `s${i}`,
    });
}

describe('while a config update is in progress (servingUpdateMs long)', () => {
  let ws: TestWorkspace;
  beforeAll(async () => {
    ws = await startTestWorkspace({ servingUpdateMs: 60_000 });
    await withModel(ws, 'prod.fraud.model', 2);
  });
  afterAll(() => ws.close());

  test('create answers NOT_READY/IN_PROGRESS with a pending config; a second update is 409', async () => {
    const made = await ws.call('POST', S, {
      name: 'fraud-model',
      config: { served_entities: [entity('champion', '1')] },
      tags: [{ key: 'team', value: 'risk' }],
    });
    expect(made.status).toBe(200);
    expect(made.body).toMatchObject({
      name: 'fraud-model',
      state: { ready: 'NOT_READY', config_update: 'IN_PROGRESS' },
      pending_config: {
        config_version: 1,
        traffic_config: { routes: [{ served_entity_name: 'champion', traffic_percentage: 100 }] },
      },
      tags: [{ key: 'team', value: 'risk' }],
    });
    expect(made.body.config).toBeUndefined();
    expect(made.body.pending_config.served_entities[0]).toMatchObject({
      name: 'champion',
      entity_version: '1',
      state: { deployment: 'DEPLOYMENT_CREATING' },
    });
    expect(made.body.endpoint_url).toBe(`${ws.host}/serving-endpoints/fraud-model/invocations`);

    const second = await ws.call('PUT', `${S}/fraud-model/config`, {
      served_entities: [entity('champion', '2')],
    });
    expectError(second, 409, 'RESOURCE_CONFLICT', /in progress/);
    expectError(
      await ws.call('POST', S, {
        name: 'fraud-model',
        config: { served_entities: [entity('a', '1')] },
      }),
      409,
      'RESOURCE_ALREADY_EXISTS',
    );
    const listed = await ws.call('GET', S);
    expect(listed.body.endpoints.map((e: { name: string }) => e.name)).toEqual(['fraud-model']);
  });

  test('config validation: routes sum to 100, name existing entities; names unique; endpoint names', async () => {
    const bad = async (config: object, message: RegExp) =>
      expectError(
        await ws.call('POST', S, { name: 'v', config }),
        400,
        'INVALID_PARAMETER_VALUE',
        message,
      );
    const two = [entity('a', '1'), entity('b', '2')];
    await bad(
      {
        served_entities: two,
        traffic_config: {
          routes: [
            { served_entity_name: 'a', traffic_percentage: 90 },
            { served_entity_name: 'b', traffic_percentage: 20 },
          ],
        },
      },
      /add up to 100.*110/,
    );
    await bad(
      {
        served_entities: two,
        traffic_config: {
          routes: [
            { served_entity_name: 'a', traffic_percentage: 100 },
            { served_entity_name: 'c', traffic_percentage: 0 },
          ],
        },
      },
      /'c'/,
    );
    await bad({ served_entities: [entity('a', '1'), entity('a', '2')] }, /unique/);
    await bad({ served_entities: [] }, /at least one/);
    await bad(
      { served_entities: [{ name: 'x', entity_name: 'prod.fraud.model' }] },
      /entity_version/,
    );
    expectError(
      await ws.call('POST', S, {
        name: 'bad name!',
        config: { served_entities: [entity('a', '1')] },
      }),
      400,
      'INVALID_PARAMETER_VALUE',
    );
    expectError(await ws.call('POST', S, { name: 'noconfig' }), 400, 'INVALID_PARAMETER_VALUE');
    expectError(await ws.call('GET', `${S}/missing`), 404, 'RESOURCE_DOES_NOT_EXIST');
    expectError(
      await ws.call('PUT', `${S}/missing/config`, { served_entities: [entity('a', '1')] }),
      404,
      'RESOURCE_DOES_NOT_EXIST',
    );
  });

  test('tags patch and delete', async () => {
    await ws.call('POST', S, { name: 'tmp', config: { served_entities: [entity('a', '1')] } });
    const patched = await ws.call('PATCH', `${S}/tmp/tags`, {
      add_tags: [{ key: 'k', value: 'v' }],
      delete_keys: ['none'],
    });
    expect(patched.body.tags).toEqual([{ key: 'k', value: 'v' }]);
    expect((await ws.call('DELETE', `${S}/tmp`)).status).toBe(200);
    expectError(await ws.call('GET', `${S}/tmp`), 404, 'RESOURCE_DOES_NOT_EXIST');
  });
});

describe('when updates land (servingUpdateMs short)', () => {
  let ws: TestWorkspace;
  beforeAll(async () => {
    ws = await startTestWorkspace({ servingUpdateMs: 100 });
    await withModel(ws, 'prod.fraud.model', 2);
  });
  afterAll(() => ws.close());

  const settled = (name: string) =>
    waitFor(`${name} NOT_UPDATING`, async () => {
      const g = await ws.call('GET', `${S}/${name}`);
      return g.body.state.config_update !== 'IN_PROGRESS' ? g.body : undefined;
    });

  test('create → READY, then an A/B update → config_version 2 with 90/10 routes', async () => {
    await ws.call('POST', S, {
      name: 'ab',
      config: { served_entities: [entity('champion', '1')] },
    });
    const ready = await settled('ab');
    expect(ready.state).toEqual({ ready: 'READY', config_update: 'NOT_UPDATING' });
    expect(ready.config.config_version).toBe(1);
    expect(ready.config.served_entities[0].state.deployment).toBe('DEPLOYMENT_READY');
    expect(ready.pending_config).toBeUndefined();

    const routes = [
      { served_entity_name: 'champion', traffic_percentage: 90 },
      { served_entity_name: 'challenger', traffic_percentage: 10 },
    ];
    const put = await ws.call('PUT', `${S}/ab/config`, {
      served_entities: [entity('champion', '1'), entity('challenger', '2')],
      traffic_config: { routes },
    });
    expect(put.body).toMatchObject({
      state: { ready: 'READY', config_update: 'IN_PROGRESS' },
      config: { config_version: 1 },
      pending_config: { config_version: 2 },
    });
    expect(put.body.pending_config.start_time).toEqual(expect.any(Number));
    const done = await settled('ab');
    expect(done.state.config_update).toBe('NOT_UPDATING');
    expect(done.config).toMatchObject({ config_version: 2, traffic_config: { routes } });
  });

  test('a version that does not exist makes the update fail (UPDATE_FAILED), the old config stays', async () => {
    await ws.call('POST', S, { name: 'fails', config: { served_entities: [entity('a', '1')] } });
    await settled('fails');
    await ws.call('PUT', `${S}/fails/config`, { served_entities: [entity('a', '9')] });
    const after = await settled('fails');
    expect(after.state).toEqual({ ready: 'READY', config_update: 'UPDATE_FAILED' });
    expect(after.config.served_entities[0].entity_version).toBe('1');
  });

  test('legacy served_models shape is answered in kind', async () => {
    const made = await ws.call('POST', S, {
      name: 'legacy',
      config: {
        served_models: [
          {
            name: 'm',
            model_name: 'prod.fraud.model',
            model_version: '2',
            workload_size: 'Small',
            scale_to_zero_enabled: true,
          },
        ],
      },
    });
    expect(made.body.pending_config.served_models[0]).toMatchObject({
      name: 'm',
      model_name: 'prod.fraud.model',
      model_version: '2',
    });
    expect(made.body.pending_config.traffic_config.routes).toEqual([
      { served_model_name: 'm', traffic_percentage: 100 },
    ]);
    expect((await settled('legacy')).state.ready).toBe('READY');
  });
});
