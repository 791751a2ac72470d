import { expectError, startTestWorkspace, waitFor, type TestWorkspace } from './harness';

const MUC = '/api/2.0/mlflow/unity-catalog';
const UC = '/api/2.1/unity-catalog/models';
let ws: TestWorkspace;

beforeAll(async () => {
  ws = await startTestWorkspace({ registrationMs: 60_000 });
});
afterAll(() => ws.close());

async function modelWithVersions(name: string, n: number): Promise<void> {
  expect((await ws.call('POST', `${MUC}/registered-models/create`, { name })).status).toBe(200);
  for (let i = 0; i < n; i++) {
    const v = await ws.call('POST', `${MUC}/model-versions/create`, {
      name,
      source: `dbfs:/m/${i}`,
      run_id: `r${i}`,
    });
    expect(v.status).toBe(200);
  }
}

describe('MLflow-UC flavour', () => {
  test('three-part names, string versions, PENDING_REGISTRATION until finalize', async () => {
    const made = await ws.call('POST', `${MUC}/registered-models/create`, {
      name: 'Prod.Fraud.Model',
      description: 'd',
      tags: [{ key: 'k', value: 'v' }],
    });
    expect(made.body.registered_model).toMatchObject({
      name: 'prod.fraud.model',
      description: 'd',
      aliases: [],
      tags: [{ key: 'k', value: 'v' }],
    });
    expectError(
      await ws.call('POST', `${MUC}/registered-models/create`, { name: 'prod.fraud.model' }),
      409,
      'RESOURCE_ALREADY_EXISTS',
    );
    expectError(
      await ws.call('POST', `${MUC}/registered-models/create`, { name: 'fraud_model' }),
      400,
      'INVALID_PARAMETER_VALUE',
      /three parts/,
    );
    expectError(
      await ws.call('GET', `${MUC}/registered-models/get`, undefined, { name: 'prod.fraud.nope' }),
      404,
      'RESOURCE_DOES_NOT_EXIST',
    );
    expectError(
      await ws.call('POST', `${MUC}/model-versions/create`, {
        name: 'prod.fraud.nope',
        source: 's',
      }),
      404,
      'RESOURCE_DOES_NOT_EXIST',
    );

    const v = await ws.call('POST', `${MUC}/model-versions/create`, {
      name: 'prod.fraud.model',
      source: 'dbfs:/x/artifacts/model',
      run_id: 'abc',
      tags: [{ key: 't', value: '1' }],
    });
    expect(v.body.model_version).toMatchObject({
      name: 'prod.fraud.model',
      version: '1',
      status: 'PENDING_REGISTRATION',
      source: 'dbfs:/x/artifacts/model',
      run_id: 'abc',
    });
    expect(v.body.model_version.storage_location).toMatch(/versions\/1$/);
    const got = await ws.call('GET', `${MUC}/model-versions/get`, undefined, {
      name: 'prod.fraud.model',
      version: '1',
    });
    expect(got.body.model_version.status).toBe('PENDING_REGISTRATION');
    const fin = await ws.call('POST', `${MUC}/model-versions/finalize`, {
      name: 'prod.fraud.model',
      version: '1',
    });
    expect(fin.body.model_version.status).toBe('READY');
    expectError(
      await ws.call('GET', `${MUC}/model-versions/get`, undefined, {
        name: 'prod.fraud.model',
        version: '7',
      }),
      404,
      'RESOURCE_DOES_NOT_EXIST',
    );
    const upd = await ws.call('PATCH', `${MUC}/model-versions/update`, {
      name: 'prod.fraud.model',
      version: '1',
      description: 'first',
    });
    expect(upd.body.model_version.description).toBe('first');
  });

  test('aliases: one version per alias, latest reserved, search omits aliases, get and get-by-alias include them', async () => {
    const name = 'main.default.aliased';
    await modelWithVersions(name, 3);
    const set = (alias: string, version: string) =>
      ws.call('POST', `${MUC}/registered-models/alias`, { name, alias, version });
    expect((await set('champion', '1')).body).toEqual({});
    await set('challenger', '2');
    await set('champion', '3'); // moves
    for (const reserved of ['latest', 'LaTeSt'])
      expectError(
        await set(reserved, '1'),
        400,
        'INVALID_PARAMETER_VALUE',
        /'latest' alias name \(case insensitive\) is reserved/,
      );
    expectError(await set('x', '99'), 404, 'RESOURCE_DOES_NOT_EXIST');

    const byAlias = await ws.call('GET', `${MUC}/registered-models/alias`, undefined, {
      name,
      alias: 'champion',
    });
    expect(byAlias.body.model_version).toMatchObject({
      version: '3',
      aliases: [{ alias: 'champion', version: '3' }],
    });
    const model = await ws.call('GET', `${MUC}/registered-models/get`, undefined, { name });
    expect(model.body.registered_model.aliases).toEqual(
      expect.arrayContaining([
        { alias: 'challenger', version: '2' },
        { alias: 'champion', version: '3' },
      ]),
    );
    expect(model.body.registered_model.aliases).toHaveLength(2);
    const v3 = await ws.call('GET', `${MUC}/model-versions/get`, undefined, { name, version: '3' });
    expect(v3.body.model_version.aliases).toEqual([{ alias: 'champion', version: '3' }]);
    const search = await ws.call('GET', `${MUC}/model-versions/search`, undefined, {
      filter: `name='${name}'`,
    });
    expect(search.body.model_versions.map((v: { version: string }) => v.version)).toEqual([
      '3',
      '2',
      '1',
    ]);
    for (const v of search.body.model_versions) expect(v.aliases).toBeUndefined();
    expectError(
      await ws.call('GET', `${MUC}/model-versions/search`, undefined, {}),
      400,
      'INVALID_PARAMETER_VALUE',
    );

    // DELETE takes its arguments as a body or as a query.
    expect(
      (await ws.call('DELETE', `${MUC}/registered-models/alias`, { name, alias: 'challenger' }))
        .status,
    ).toBe(200);
    expectError(
      await ws.call('DELETE', `${MUC}/registered-models/alias`, undefined, {
        name,
        alias: 'challenger',
      }),
      404,
      'RESOURCE_DOES_NOT_EXIST',
    );
    expectError(
      await ws.call('GET', `${MUC}/registered-models/alias`, undefined, {
        name,
        alias: 'challenger',
      }),
      404,
      'RESOURCE_DOES_NOT_EXIST',
    );
  });

  test('tags on versions and models', async () => {
    const name = 'main.default.tagged';
    await modelWithVersions(name, 1);
    await ws.call('POST', `${MUC}/model-versions/tags`, {
      name,
      version: '1',
      key: 'gate',
      value: 'passed',
    });
    await ws.call('POST', `${MUC}/model-versions/tags`, {
      name,
      version: '1',
      key: 'gate',
      value: 'failed',
    });
    await ws.call('POST', `${MUC}/registered-models/tags`, { name, key: 'team', value: 'risk' });
    expect(
      (await ws.call('GET', `${MUC}/model-versions/get`, undefined, { name, version: '1' })).body
        .model_version.tags,
    ).toEqual([{ key: 'gate', value: 'failed' }]);
    expect(
      (await ws.call('GET', `${MUC}/registered-models/get`, undefined, { name })).body
        .registered_model.tags,
    ).toEqual([{ key: 'team', value: 'risk' }]);
    await ws.call('DELETE', `${MUC}/model-versions/tags`, undefined, {
      name,
      version: '1',
      key: 'gate',
    });
    await ws.call('DELETE', `${MUC}/registered-models/tags`, { name, key: 'team' });
    expect(
      (await ws.call('GET', `${MUC}/model-versions/get`, undefined, { name, version: '1' })).body
        .model_version.tags,
    ).toEqual([]);
    expect(
      (await ws.call('GET', `${MUC}/registered-models/get`, undefined, { name })).body
        .registered_model.tags,
    ).toEqual([]);
    expectError(
      await ws.call('POST', `${MUC}/model-versions/generate-temporary-credentials`, {
        name,
        version: '1',
      }),
      501,
      'FEATURE_DISABLED',
    );
  });

  test('the workspace registry refuses a three-part name', async () => {
    expectError(
      await ws.call('GET', '/api/2.0/mlflow/registered-models/get', undefined, {
        name: 'main.default.tagged',
      }),
      400,
      'INVALID_PARAMETER_VALUE',
      /workspace registered model name/,
    );
  });
});

describe('public UC flavour', () => {
  test('create, get, list, update, delete models', async () => {
    const made = await ws.call('POST', UC, {
      catalog_name: 'dev',
      schema_name: 'ml',
      name: 'churn',
      comment: 'c',
    });
    expect(made.body).toMatchObject({
      name: 'churn',
      catalog_name: 'dev',
      schema_name: 'ml',
      full_name: 'dev.ml.churn',
      comment: 'c',
    });
    expect(made.body.aliases).toBeUndefined();
    expectError(
      await ws.call('POST', UC, { catalog_name: 'dev', schema_name: 'ml', name: 'churn' }),
      409,
      'RESOURCE_ALREADY_EXISTS',
    );
    expectError(
      await ws.call('POST', UC, { catalog_name: 'dev', name: 'x' }),
      400,
      'INVALID_PARAMETER_VALUE',
    );
    await ws.call('POST', UC, { catalog_name: 'dev', schema_name: 'ml', name: 'upsell' });
    await ws.call('POST', UC, { catalog_name: 'dev', schema_name: 'other', name: 'x' });

    const list = await ws.call('GET', UC, undefined, {
      catalog_name: 'dev',
      schema_name: 'ml',
      max_results: '1',
    });
    expect(list.body.registered_models.map((m: { full_name: string }) => m.full_name)).toEqual([
      'dev.ml.churn',
    ]);
    const rest = await ws.call('GET', UC, undefined, {
      catalog_name: 'dev',
      schema_name: 'ml',
      max_results: '1',
      page_token: list.body.next_page_token,
    });
    expect(rest.body.registered_models.map((m: { full_name: string }) => m.full_name)).toEqual([
      'dev.ml.upsell',
    ]);
    expect(rest.body.next_page_token).toBeUndefined();

    expect((await ws.call('GET', `${UC}/dev.ml.churn`)).body.full_name).toBe('dev.ml.churn');
    expectError(await ws.call('GET', `${UC}/dev.ml.nope`), 404, 'RESOURCE_DOES_NOT_EXIST');
    const patched = await ws.call('PATCH', `${UC}/dev.ml.upsell`, {
      comment: 'new',
      new_name: 'upsell2',
    });
    expect(patched.body).toMatchObject({ full_name: 'dev.ml.upsell2', comment: 'new' });
    expect((await ws.call('DELETE', `${UC}/dev.ml.upsell2`)).status).toBe(200);
    expectError(await ws.call('GET', `${UC}/dev.ml.upsell2`), 404, 'RESOURCE_DOES_NOT_EXIST');
  });

  test('int versions, aliases only with include_aliases, PUT alias with version_num, latest reserved', async () => {
    const full = 'prod.risk.scorer';
    await modelWithVersions(full, 2);
    const v = await ws.call('GET', `${UC}/${full}/versions/2`);
    expect(v.body).toMatchObject({
      model_name: 'scorer',
      catalog_name: 'prod',
      schema_name: 'risk',
      version: 2,
      source: 'dbfs:/m/1',
      run_id: 'r1',
    });
    expectError(await ws.call('GET', `${UC}/${full}/versions/5`), 404, 'RESOURCE_DOES_NOT_EXIST');

    const put = await ws.call('PUT', `${UC}/${full}/aliases/champion`, { version_num: 2 });
    expect(put.body).toMatchObject({
      alias_name: 'champion',
      version_num: 2,
      catalog_name: 'prod',
      schema_name: 'risk',
      model_name: 'scorer',
    });
    expectError(
      await ws.call('PUT', `${UC}/${full}/aliases/latest`, { version_num: 1 }),
      400,
      'INVALID_PARAMETER_VALUE',
      /reserved/,
    );
    expectError(
      await ws.call('PUT', `${UC}/${full}/aliases/x`, {}),
      400,
      'INVALID_PARAMETER_VALUE',
    );

    expect((await ws.call('GET', `${UC}/${full}`)).body.aliases).toBeUndefined();
    expect(
      (await ws.call('GET', `${UC}/${full}`, undefined, { include_aliases: 'true' })).body.aliases,
    ).toEqual([{ alias_name: 'champion', version_num: 2 }]);
    const byAlias = await ws.call('GET', `${UC}/${full}/aliases/champion`, undefined, {
      include_aliases: 'true',
    });
    expect(byAlias.body).toMatchObject({
      version: 2,
      aliases: [{ alias_name: 'champion', version_num: 2 }],
    });
    expect((await ws.call('GET', `${UC}/${full}/versions/2`)).body.aliases).toBeUndefined();
    // The same alias is visible through the MLflow-UC flavour, with a string version.
    expect(
      (
        await ws.call('GET', `${MUC}/registered-models/alias`, undefined, {
          name: full,
          alias: 'champion',
        })
      ).body.model_version.version,
    ).toBe('2');

    const versions = await ws.call('GET', `${UC}/${full}/versions`, undefined, {
      max_results: '1',
    });
    expect(versions.body.model_versions.map((x: { version: number }) => x.version)).toEqual([2]);
    expect(versions.body.next_page_token).toEqual(expect.any(String));
    expect(
      (await ws.call('PATCH', `${UC}/${full}/versions/1`, { comment: 'old' })).body.comment,
    ).toBe('old');

    expect((await ws.call('DELETE', `${UC}/${full}/aliases/champion`)).status).toBe(200);
    expectError(
      await ws.call('GET', `${UC}/${full}/aliases/champion`),
      404,
      'RESOURCE_DOES_NOT_EXIST',
    );
    expect((await ws.call('DELETE', `${UC}/${full}/versions/1`)).status).toBe(200);
    expectError(await ws.call('GET', `${UC}/${full}/versions/1`), 404, 'RESOURCE_DOES_NOT_EXIST');
  });

  test('a version turns READY by itself after registrationMs', async () => {
    const fast = await startTestWorkspace({ registrationMs: 50 });
    try {
      await fast.call('POST', `${MUC}/registered-models/create`, { name: 'main.default.auto' });
      const v = await fast.call('POST', `${MUC}/model-versions/create`, {
        name: 'main.default.auto',
        source: 's',
      });
      expect(v.body.model_version.status).toBe('PENDING_REGISTRATION');
      await waitFor('READY', async () =>
        (await fast.call('GET', `${UC}/main.default.auto/versions/1`)).body.status === 'READY'
          ? true
          : undefined,
      );
    } finally {
      await fast.close();
    }
  });
});
