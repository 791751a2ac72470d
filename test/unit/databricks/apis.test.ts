import nock from 'nock';
import { HOST, makeClient, setupNock } from './helpers';

setupNock();

describe('workspace', () => {
  test('mkdirs, import (base64, overwrite), get-status, list and delete', async () => {
    const { client } = makeClient();
    const bodies: unknown[] = [];
    const keep = (b: unknown) => (bodies.push(b), true);
    nock(HOST).post('/api/2.0/workspace/mkdirs', keep).reply(200, {});
    nock(HOST).post('/api/2.0/workspace/import', keep).reply(200, {});
    nock(HOST)
      .get('/api/2.0/workspace/get-status')
      .query({ path: '/Shared/app/train.py' })
      .reply(
        200,
        '{"path": "/Shared/app/train.py", "object_type": "FILE", "object_id": 9007199254740993}',
      );
    nock(HOST).get('/api/2.0/workspace/list').query({ path: '/Shared/empty' }).reply(200, {});
    nock(HOST).get('/api/2.0/workspace/get-status').query({ path: '/nope' }).reply(404, {
      error_code: 'RESOURCE_DOES_NOT_EXIST',
      message: "Path (/nope) doesn't exist.",
    });
    nock(HOST).post('/api/2.0/workspace/delete', keep).reply(200, {});

    await client.workspace.mkdirs('/Shared/app');
    await client.workspace.importFile('/Shared/app/train.py', 'print(1)\n');
    const st = await client.workspace.getStatus('/Shared/app/train.py');
    expect(st).toMatchObject({ object_type: 'FILE', object_id: '9007199254740993' });
    await expect(client.workspace.list('/Shared/empty')).resolves.toEqual([]);
    await expect(client.workspace.tryGetStatus('/nope')).resolves.toBeUndefined();
    await client.workspace.delete('/Shared/app', { recursive: true });
    expect(bodies).toEqual([
      { path: '/Shared/app' },
      {
        path: '/Shared/app/train.py',
        content: Buffer.from('print(1)\n').toString('base64'),
        format: 'AUTO',
        overwrite: true,
      },
      { path: '/Shared/app', recursive: true },
    ]);
  });
});

describe('mlflow', () => {
  test('experiments and runs', async () => {
    const { client } = makeClient();
    nock(HOST)
      .get('/api/2.0/mlflow/experiments/get-by-name')
      .query({ experiment_name: '/Shared/exp' })
      .reply(404, { error_code: 'RESOURCE_DOES_NOT_EXIST', message: 'no' });
    nock(HOST)
      .post('/api/2.0/mlflow/experiments/create', { name: '/Shared/exp' })
      .reply(200, { experiment_id: '2145' });
    nock(HOST)
      .get('/api/2.0/mlflow/experiments/get')
      .query({ experiment_id: '2145' })
      .reply(200, { experiment: { experiment_id: '2145', name: '/Shared/exp' } });
    nock(HOST)
      .get('/api/2.0/mlflow/runs/get')
      .query({ run_id: '8f3a' })
      .reply(200, {
        run: {
          info: { run_id: '8f3a', experiment_id: '2145', status: 'FINISHED' },
          data: { metrics: [{ key: 'mse', value: 12.7 }] },
        },
      });
    nock(HOST)
      .post('/api/2.0/mlflow/runs/search', (b) => b.page_token === undefined)
      .reply(200, { runs: [{ info: { run_id: 'a' } }], next_page_token: 'n' });
    nock(HOST)
      .post('/api/2.0/mlflow/runs/search', (b) => b.page_token === 'n')
      .reply(200, { runs: [{ info: { run_id: 'b' } }] });

    expect(await client.mlflow.getExperimentByName('/Shared/exp')).toBeUndefined();
    expect(await client.mlflow.createExperiment({ name: '/Shared/exp' })).toEqual({
      experiment_id: '2145',
    });
    expect((await client.mlflow.getExperiment('2145')).name).toBe('/Shared/exp');
    expect((await client.mlflow.getRun('8f3a')).data.metrics?.[0].value).toBe(12.7);
    const runs = await client.mlflow.searchAllRuns({
      experiment_ids: ['2145'],
      filter: "tags.env = 'prod'",
    });
    expect(runs.map((r) => r.info.run_id)).toEqual(['a', 'b']);
  });
});

describe('workspace model registry', () => {
  test('stage transition, latest versions, tags', async () => {
    const { client } = makeClient();
    nock(HOST)
      .post('/api/2.0/mlflow/databricks/model-versions/transition-stage', {
        archive_existing_versions: true,
        name: 'm',
        version: '3',
        stage: 'Production',
        comment: 'CI',
      })
      .reply(200, {
        model_version_databricks: { name: 'm', version: '3', current_stage: 'Production' },
      });
    nock(HOST)
      .post('/api/2.0/mlflow/registered-models/get-latest-versions', {
        name: 'm',
        stages: ['Production'],
      })
      .reply(200, { model_versions: [{ name: 'm', version: '3' }] });
    nock(HOST)
      .post('/api/2.0/mlflow/model-versions/set-tag', {
        name: 'm',
        version: '3',
        key: 'k',
        value: 'v',
      })
      .reply(200, {});
    nock(HOST)
      .post('/api/2.0/mlflow/databricks/model-versions/transition-stage')
      .reply(403, { error_code: 'PERMISSION_DENIED', message: 'no' });

    const mv = await client.registry.transitionStage({
      name: 'm',
      version: '3',
      stage: 'Production',
      archive_existing_versions: true,
      comment: 'CI',
    });
    expect(mv.current_stage).toBe('Production');
    expect((await client.registry.getLatestVersions('m', ['Production']))[0].version).toBe('3');
    await client.registry.setModelVersionTag('m', '3', 'k', 'v');
    await expect(
      client.registry.transitionStage({ name: 'm', version: '3', stage: 'Staging' }),
    ).rejects.toThrow(
      /permission denied on registered model m: .* needs CAN_MANAGE_STAGING_VERSIONS/,
    );
  });
});

describe('Unity Catalog models', () => {
  test('UC REST: aliases need include_aliases=true, versions are integers, version lists paginate', async () => {
    const { client } = makeClient();
    nock(HOST)
      .put('/api/2.1/unity-catalog/models/prod.fraud.model/aliases/champion', { version_num: 8 })
      .reply(200, { alias_name: 'champion', version_num: 8 });
    nock(HOST)
      .get('/api/2.1/unity-catalog/models/prod.fraud.model/aliases/champion')
      .query({ include_aliases: 'true' })
      .reply(200, {
        model_name: 'model',
        catalog_name: 'prod',
        schema_name: 'fraud',
        version: 8,
        aliases: [{ alias_name: 'champion', version_num: 8 }],
      });
    nock(HOST)
      .get('/api/2.1/unity-catalog/models/prod.fraud.model/aliases/challenger')
      .query(true)
      .reply(404, { error_code: 'NOT_FOUND', message: 'alias not found' });
    nock(HOST)
      .delete('/api/2.1/unity-catalog/models/prod.fraud.model/aliases/challenger')
      .reply(200, {});
    nock(HOST)
      .get('/api/2.1/unity-catalog/models/prod.fraud.model/versions')
      .query({ max_results: '100' })
      .reply(200, { model_versions: [{ version: 1 }], next_page_token: 'p' });
    nock(HOST)
      .get('/api/2.1/unity-catalog/models/prod.fraud.model/versions')
      .query({ max_results: '100', page_token: 'p' })
      .reply(200, { model_versions: [{ version: 2 }] });
    nock(HOST)
      .get('/api/2.1/unity-catalog/models/prod.fraud.model')
      .query({ include_aliases: 'true' })
      .reply(200, { name: 'model', catalog_name: 'prod', schema_name: 'fraud', aliases: [] });

    expect(await client.unityCatalog.setAlias('prod.fraud.model', 'champion', '8')).toEqual({
      alias_name: 'champion',
      version_num: 8,
    });
    expect(
      (await client.unityCatalog.getVersionByAlias('prod.fraud.model', 'champion')).version,
    ).toBe(8);
    expect(
      await client.unityCatalog.tryGetVersionByAlias('prod.fraud.model', 'challenger'),
    ).toBeUndefined();
    await client.unityCatalog.deleteAlias('prod.fraud.model', 'challenger');
    expect(
      (await client.unityCatalog.listVersions('prod.fraud.model')).map((v) => v.version),
    ).toEqual([1, 2]);
    expect((await client.unityCatalog.getModel('prod.fraud.model')).catalog_name).toBe('prod');
  });

  test('MLflow-UC endpoints: string versions, alias set/get/delete with a JSON body, tags', async () => {
    const { client } = makeClient();
    nock(HOST)
      .post('/api/2.0/mlflow/unity-catalog/registered-models/alias', {
        name: 'c.s.m',
        alias: 'challenger',
        version: '8',
      })
      .reply(200, {});
    nock(HOST)
      .get('/api/2.0/mlflow/unity-catalog/registered-models/alias')
      .query({ name: 'c.s.m', alias: 'challenger' })
      .reply(200, {
        model_version: {
          name: 'c.s.m',
          version: '8',
          aliases: [{ alias: 'challenger', version: '8' }],
        },
      });
    nock(HOST)
      .delete('/api/2.0/mlflow/unity-catalog/registered-models/alias', {
        name: 'c.s.m',
        alias: 'challenger',
      })
      .reply(200, {});
    nock(HOST)
      .post('/api/2.0/mlflow/unity-catalog/model-versions/tags', {
        name: 'c.s.m',
        version: '8',
        key: 'validated',
        value: 'true',
      })
      .reply(200, {});
    nock(HOST)
      .get('/api/2.0/mlflow/unity-catalog/model-versions/search')
      .query({ filter: "name='c.s.m'" })
      .reply(200, { model_versions: [{ name: 'c.s.m', version: '8' }] });

    await client.unityCatalog.mlflow.setAlias('c.s.m', 'challenger', '8');
    expect(
      (await client.unityCatalog.mlflow.getModelVersionByAlias('c.s.m', 'challenger')).version,
    ).toBe('8');
    await client.unityCatalog.mlflow.deleteAlias('c.s.m', 'challenger');
    await client.unityCatalog.mlflow.setModelVersionTag('c.s.m', '8', 'validated', 'true');
    expect(
      (await client.unityCatalog.mlflow.searchModelVersions({ filter: "name='c.s.m'" }))
        .model_versions,
    ).toHaveLength(1);
  });
});

describe('permissions', () => {
  test('get, update (PATCH) and set (PUT) on a job with a big id in the path', async () => {
    const { client } = makeClient();
    const path = '/api/2.0/permissions/jobs/1152921504606846976';
    nock(HOST)
      .get(path)
      .reply(200, {
        object_id: '/jobs/1152921504606846976',
        object_type: 'job',
        access_control_list: [
          { group_name: 'users', all_permissions: [{ permission_level: 'CAN_VIEW' }] },
        ],
      });
    nock(HOST)
      .patch(path, {
        access_control_list: [{ group_name: 'ml', permission_level: 'CAN_MANAGE_RUN' }],
      })
      .reply(200, {});
    nock(HOST)
      .put(path, { access_control_list: [] })
      .reply(403, { error_code: 'PERMISSION_DENIED', message: 'no' });
    const p = await client.permissions.get('jobs', '1152921504606846976');
    expect(p.access_control_list[0].group_name).toBe('users');
    await expect(
      client.permissions.update('jobs', '1152921504606846976', [
        { group_name: 'ml', permission_level: 'CAN_MANAGE_RUN' },
      ]),
    ).resolves.toEqual({ access_control_list: [] });
    await expect(client.permissions.set('jobs', '1152921504606846976', [])).rejects.toThrow(
      /^permission denied on job 1152921504606846976: .* needs CAN_MANAGE/,
    );
  });
});

describe('serving', () => {
  test('get, update config and a 409 while an update is in progress', async () => {
    const { client } = makeClient();
    const config = {
      served_entities: [
        {
          name: 'champion',
          entity_name: 'prod.fraud.model',
          entity_version: '7',
          workload_size: 'Small',
          scale_to_zero_enabled: true,
        },
      ],
      traffic_config: { routes: [{ served_entity_name: 'champion', traffic_percentage: 100 }] },
    };
    nock(HOST)
      .get('/api/2.0/serving-endpoints/fraud-model')
      .reply(200, {
        name: 'fraud-model',
        state: { ready: 'READY', config_update: 'NOT_UPDATING' },
      });
    nock(HOST)
      .put('/api/2.0/serving-endpoints/fraud-model/config', config)
      .reply(200, { name: 'fraud-model', state: { config_update: 'IN_PROGRESS' } });
    nock(HOST)
      .put('/api/2.0/serving-endpoints/fraud-model/config')
      .reply(409, { error_code: 'RESOURCE_CONFLICT', message: 'update in progress' });
    nock(HOST)
      .get('/api/2.0/serving-endpoints/absent')
      .reply(404, { error_code: 'RESOURCE_DOES_NOT_EXIST', message: 'no' });
    expect((await client.serving.get('fraud-model')).state?.ready).toBe('READY');
    expect((await client.serving.updateConfig('fraud-model', config)).state?.config_update).toBe(
      'IN_PROGRESS',
    );
    const err = await client.serving.updateConfig('fraud-model', config).catch((e) => e);
    expect(err.isConflict).toBe(true);
    expect(await client.serving.tryGet('absent')).toBeUndefined();
  });
});

describe('sql', () => {
  test('a failed statement is a 200 with state FAILED, not an exception; polling and cancel', async () => {
    const { client } = makeClient();
    nock(HOST)
      .post(
        '/api/2.0/sql/statements',
        (b) => b.warehouse_id === 'abc' && b.parameters[0].name === 'm',
      )
      .reply(200, {
        statement_id: '01f0',
        status: {
          state: 'FAILED',
          sql_state: '42P01',
          error: { error_code: 'BAD_REQUEST', message: '[TABLE_OR_VIEW_NOT_FOUND]' },
        },
      });
    nock(HOST)
      .get('/api/2.0/sql/statements/01f1')
      .reply(200, {
        statement_id: '01f1',
        status: { state: 'SUCCEEDED' },
        result: { data_array: [['1', null]] },
      });
    nock(HOST).post('/api/2.0/sql/statements/01f1/cancel').reply(200, {});
    const res = await client.sql.execute({
      warehouse_id: 'abc',
      statement: 'INSERT INTO t VALUES (:m)',
      parameters: [{ name: 'm', value: 'x' }],
      wait_timeout: '30s',
    });
    expect(res.status.state).toBe('FAILED');
    expect(res.status.error?.message).toContain('TABLE_OR_VIEW_NOT_FOUND');
    expect((await client.sql.get('01f1')).result?.data_array).toEqual([['1', null]]);
    await client.sql.cancel('01f1');
  });
});

test('the generic request keeps integers beyond 2^53 exact as bigint', async () => {
  const { client } = makeClient();
  nock(HOST)
    .get('/api/2.0/clusters/get')
    .query({ cluster_id: 'c' })
    .reply(200, '{"x": 1152921504606846976, "y": 1.5, "z": 3}');
  const res = await client.request<{ x: bigint; y: number; z: number }>({
    method: 'GET',
    path: '/api/2.0/clusters/get',
    query: { cluster_id: 'c' },
  });
  expect(res).toEqual({ x: 1152921504606846976n, y: 1.5, z: 3 });
});
