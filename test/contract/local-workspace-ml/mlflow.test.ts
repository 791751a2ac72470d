import { expectError, startTestWorkspace, waitFor, type TestWorkspace } from './harness';

const M = '/api/2.0/mlflow';
let ws: TestWorkspace;

beforeAll(async () => {
  ws = await startTestWorkspace({ registrationMs: 60_000 });
});
afterAll(() => ws.close());

describe('experiments', () => {
  test('create, get, get-by-name, search; duplicates and unknown ids are errors', async () => {
    const created = await ws.call('POST', `${M}/experiments/create`, {
      name: '/Shared/exp-a',
      tags: [{ key: 'team', value: 'fraud' }],
    });
    expect(created.status).toBe(200);
    const id = created.body.experiment_id as string;
    expect(id).toMatch(/^\d+$/);
    expectError(
      await ws.call('POST', `${M}/experiments/create`, { name: '/Shared/exp-a' }),
      409,
      'RESOURCE_ALREADY_EXISTS',
    );
    expectError(
      await ws.call('POST', `${M}/experiments/create`, {}),
      400,
      'INVALID_PARAMETER_VALUE',
    );

    const got = await ws.call('GET', `${M}/experiments/get`, undefined, { experiment_id: id });
    expect(got.body.experiment).toMatchObject({
      experiment_id: id,
      name: '/Shared/exp-a',
      lifecycle_stage: 'active',
      tags: [{ key: 'team', value: 'fraud' }],
    });
    // Older clients send GET parameters as a JSON body.
    expect(
      (await ws.call('GET', `${M}/experiments/get-by-name`, { experiment_name: '/Shared/exp-a' }))
        .body.experiment.experiment_id,
    ).toBe(id);
    expectError(
      await ws.call('GET', `${M}/experiments/get`, undefined, { experiment_id: '12345' }),
      404,
      'RESOURCE_DOES_NOT_EXIST',
    );
    expectError(
      await ws.call('GET', `${M}/experiments/get-by-name`, undefined, { experiment_name: '/nope' }),
      404,
      'RESOURCE_DOES_NOT_EXIST',
    );

    await ws.call('POST', `${M}/experiments/create`, { name: '/Shared/exp-b' });
    const search = await ws.call('POST', `${M}/experiments/search`, {
      filter: "name LIKE '/Shared/exp-%' AND tags.team = 'fraud'",
      max_results: 10,
    });
    expect(search.body.experiments.map((e: { name: string }) => e.name)).toEqual(['/Shared/exp-a']);
    const paged = await ws.call('POST', `${M}/experiments/search`, {
      filter: "name LIKE '/Shared/%'",
      max_results: 1,
    });
    expect(paged.body.experiments).toHaveLength(1);
    const next = await ws.call('POST', `${M}/experiments/search`, {
      filter: "name LIKE '/Shared/%'",
      max_results: 1,
      page_token: paged.body.next_page_token,
    });
    expect(next.body.experiments[0].name).not.toBe(paged.body.experiments[0].name);
    expectError(
      await ws.call('POST', `${M}/experiments/search`, { filter: 'name = ' }),
      400,
      'INVALID_PARAMETER_VALUE',
    );
  });
});

describe('runs', () => {
  let exp: string;
  beforeAll(async () => {
    exp = (await ws.call('POST', `${M}/experiments/create`, { name: '/Shared/runs' })).body
      .experiment_id;
  });

  const newRun = async (name: string) =>
    (
      await ws.call('POST', `${M}/runs/create`, {
        experiment_id: exp,
        run_name: name,
        start_time: 1760000000000,
        tags: [{ key: 'src', value: 'ci' }],
      })
    ).body.run;

  test('create, log, get with latest metric values, history, update', async () => {
    const run = await newRun('lgbm');
    expect(run.info).toMatchObject({
      run_name: 'lgbm',
      experiment_id: exp,
      status: 'RUNNING',
      lifecycle_stage: 'active',
      start_time: 1760000000000,
    });
    expect(run.info.run_id).toMatch(/^[0-9a-f]{32}$/);
    expect(run.info.run_uuid).toBe(run.info.run_id);
    expect(run.info.artifact_uri).toBe(
      `dbfs:/databricks/mlflow-tracking/${exp}/${run.info.run_id}/artifacts`,
    );
    const id = run.info.run_id;

    for (const [step, value] of [
      [0, 0.9],
      [2, 0.5],
      [1, 0.7],
    ]) {
      expect(
        (
          await ws.call('POST', `${M}/runs/log-metric`, {
            run_id: id,
            key: 'rmse',
            value,
            timestamp: 1000 + step,
            step,
          })
        ).status,
      ).toBe(200);
    }
    await ws.call('POST', `${M}/runs/log-parameter`, { run_id: id, key: 'alpha', value: '0.1' });
    // Re-logging the same value is fine; a different value is not.
    expect(
      (await ws.call('POST', `${M}/runs/log-parameter`, { run_id: id, key: 'alpha', value: '0.1' }))
        .status,
    ).toBe(200);
    expectError(
      await ws.call('POST', `${M}/runs/log-parameter`, { run_id: id, key: 'alpha', value: '0.2' }),
      400,
      'INVALID_PARAMETER_VALUE',
      /Changing param values/,
    );
    await ws.call('POST', `${M}/runs/set-tag`, { run_id: id, key: 'stage', value: 'validation' });
    await ws.call('POST', `${M}/runs/log-batch`, {
      run_id: id,
      metrics: [{ key: 'auc', value: 0.91, timestamp: 5, step: 0 }],
      params: [{ key: 'depth', value: '6' }],
      tags: [{ key: 'mlflow.runName', value: 'lgbm-renamed' }],
    });

    const got = (await ws.call('GET', `${M}/runs/get`, undefined, { run_id: id })).body.run;
    expect(got.data.metrics).toEqual(
      expect.arrayContaining([
        { key: 'rmse', value: 0.5, timestamp: 1002, step: 2 },
        { key: 'auc', value: 0.91, timestamp: 5, step: 0 },
      ]),
    );
    expect(got.data.params).toEqual([
      { key: 'alpha', value: '0.1' },
      { key: 'depth', value: '6' },
    ]);
    expect(got.data.tags).toEqual(
      expect.arrayContaining([
        { key: 'stage', value: 'validation' },
        { key: 'src', value: 'ci' },
        { key: 'mlflow.runName', value: 'lgbm-renamed' },
      ]),
    );
    expect(got.info.run_name).toBe('lgbm-renamed');
    expect(got.inputs).toEqual({ dataset_inputs: [] });

    const history = (
      await ws.call('GET', `${M}/metrics/get-history`, undefined, {
        run_id: id,
        metric_key: 'rmse',
      })
    ).body.metrics;
    expect(history.map((m: { value: number }) => m.value)).toEqual([0.9, 0.5, 0.7]);
    expect(
      (
        await ws.call('GET', `${M}/metrics/get-history`, undefined, {
          run_id: id,
          metric_key: 'none',
        })
      ).body.metrics,
    ).toEqual([]);

    const updated = await ws.call('POST', `${M}/runs/update`, {
      run_id: id,
      status: 'FINISHED',
      end_time: 1760000300000,
    });
    expect(updated.body.run_info).toMatchObject({ status: 'FINISHED', end_time: 1760000300000 });
    expectError(
      await ws.call('POST', `${M}/runs/update`, { run_id: id, status: 'DONE' }),
      400,
      'INVALID_PARAMETER_VALUE',
    );
  });

  test('a bad batch changes nothing; batch limits are enforced', async () => {
    const id = (await newRun('batch')).info.run_id;
    await ws.call('POST', `${M}/runs/log-parameter`, { run_id: id, key: 'p', value: '1' });
    const bad = await ws.call('POST', `${M}/runs/log-batch`, {
      run_id: id,
      metrics: [{ key: 'm', value: 1, timestamp: 1, step: 0 }],
      params: [{ key: 'p', value: '2' }],
    });
    expectError(bad, 400, 'INVALID_PARAMETER_VALUE');
    expect(
      (await ws.call('GET', `${M}/runs/get`, undefined, { run_id: id })).body.run.data.metrics,
    ).toEqual([]);
    const many = Array.from({ length: 101 }, (_, i) => ({ key: `p${i}`, value: 'x' }));
    expectError(
      await ws.call('POST', `${M}/runs/log-batch`, { run_id: id, params: many }),
      400,
      'INVALID_PARAMETER_VALUE',
      /at most 100 params/,
    );
    expectError(
      await ws.call('POST', `${M}/runs/log-metric`, {
        run_id: id,
        key: 'm',
        value: 'abc',
        timestamp: 1,
      }),
      400,
      'INVALID_PARAMETER_VALUE',
    );
  });

  test('unknown runs are RESOURCE_DOES_NOT_EXIST; deleted runs refuse logging', async () => {
    expectError(
      await ws.call('GET', `${M}/runs/get`, undefined, { run_id: 'f'.repeat(32) }),
      404,
      'RESOURCE_DOES_NOT_EXIST',
    );
    expectError(
      await ws.call('POST', `${M}/runs/log-metric`, {
        run_id: 'nope',
        key: 'k',
        value: 1,
        timestamp: 1,
      }),
      404,
      'RESOURCE_DOES_NOT_EXIST',
    );
    expectError(
      await ws.call('POST', `${M}/runs/create`, { experiment_id: '424242' }),
      404,
      'RESOURCE_DOES_NOT_EXIST',
    );
    const id = (await newRun('doomed')).info.run_id;
    await ws.call('POST', `${M}/runs/delete`, { run_id: id });
    expectError(
      await ws.call('POST', `${M}/runs/set-tag`, { run_id: id, key: 'k', value: 'v' }),
      400,
      'INVALID_PARAMETER_VALUE',
    );
  });

  test('search filters on metrics, params, tags and attributes, orders and pages', async () => {
    const e2 = (await ws.call('POST', `${M}/experiments/create`, { name: '/Shared/search' })).body
      .experiment_id;
    const ids: string[] = [];
    for (const [i, rmse] of [0.3, 0.1, 0.2].entries()) {
      const r = (
        await ws.call('POST', `${M}/runs/create`, {
          experiment_id: e2,
          run_name: `r${i}`,
          start_time: 1000 + i,
        })
      ).body.run.info.run_id;
      ids.push(r);
      await ws.call('POST', `${M}/runs/log-batch`, {
        run_id: r,
        metrics: [{ key: 'rmse', value: rmse, timestamp: 1, step: 0 }],
        params: [{ key: 'model', value: i === 2 ? 'xgb' : 'lgbm' }],
        tags: [{ key: 'mlflow.source.type', value: 'JOB' }],
      });
    }
    await ws.call('POST', `${M}/runs/update`, { run_id: ids[1], status: 'FINISHED' });
    const search = (body: object) =>
      ws.call('POST', `${M}/runs/search`, { experiment_ids: [e2], ...body });

    const byMetric = await search({
      filter: 'metrics.rmse < 0.25',
      order_by: ['metrics.rmse ASC'],
    });
    expect(byMetric.body.runs.map((r: { info: { run_name: string } }) => r.info.run_name)).toEqual([
      'r1',
      'r2',
    ]);
    const byParam = await search({
      filter: "params.model = 'lgbm' and tags.`mlflow.source.type` = 'JOB'",
    });
    expect(byParam.body.runs.map((r: { info: { run_name: string } }) => r.info.run_name)).toEqual([
      'r1',
      'r0',
    ]); // start_time DESC
    const byAttr = await search({ filter: "attributes.status = 'FINISHED'" });
    expect(byAttr.body.runs.map((r: { info: { run_id: string } }) => r.info.run_id)).toEqual([
      ids[1],
    ]);
    const byIn = await search({
      filter: "attributes.run_name IN ('r0', 'r2')",
      order_by: ['attributes.run_name DESC'],
    });
    expect(byIn.body.runs.map((r: { info: { run_name: string } }) => r.info.run_name)).toEqual([
      'r2',
      'r0',
    ]);
    const byLike = await search({ filter: "params.model LIKE 'lg%'" });
    expect(byLike.body.runs).toHaveLength(2);

    const first = await search({ max_results: 2 });
    expect(first.body.runs).toHaveLength(2);
    const second = await search({ max_results: 2, page_token: first.body.next_page_token });
    expect(second.body.runs).toHaveLength(1);
    expect(second.body.next_page_token).toBeUndefined();
    const empty = await search({ filter: 'metrics.rmse > 5' });
    expect(empty.status).toBe(200);
    expect(empty.body.runs ?? []).toEqual([]);

    expectError(
      await ws.call('POST', `${M}/runs/search`, { filter: 'metrics.rmse < 1' }),
      400,
      'INVALID_PARAMETER_VALUE',
    );
    expectError(await search({ filter: "metrics.rmse < 'x'" }), 400, 'INVALID_PARAMETER_VALUE');
    expectError(
      await search({ filter: 'metrics.rmse < 1 OR metrics.rmse > 2' }),
      400,
      'INVALID_PARAMETER_VALUE',
    );
    expectError(await search({ filter: "colour = 'red'" }), 400, 'INVALID_PARAMETER_VALUE');
  });
});

describe('workspace model registry', () => {
  test('registered models and versions; UC names refused; stages with archive_existing_versions', async () => {
    const made = await ws.call('POST', `${M}/registered-models/create`, {
      name: 'fraud',
      tags: [{ key: 'owner', value: 'ml' }],
    });
    expect(made.body.registered_model).toMatchObject({
      name: 'fraud',
      tags: [{ key: 'owner', value: 'ml' }],
    });
    expectError(
      await ws.call('POST', `${M}/registered-models/create`, { name: 'fraud' }),
      409,
      'RESOURCE_ALREADY_EXISTS',
    );
    expectError(
      await ws.call('POST', `${M}/registered-models/create`, { name: 'main.default.fraud' }),
      400,
      'INVALID_PARAMETER_VALUE',
      /workspace registered model name/,
    );
    expectError(
      await ws.call('GET', `${M}/registered-models/get`, undefined, { name: 'other' }),
      404,
      'RESOURCE_DOES_NOT_EXIST',
    );
    expectError(
      await ws.call('POST', `${M}/model-versions/create`, { name: 'other', source: 'dbfs:/x' }),
      404,
      'RESOURCE_DOES_NOT_EXIST',
    );

    const versions: string[] = [];
    for (let i = 0; i < 3; i++) {
      const v = await ws.call('POST', `${M}/model-versions/create`, {
        name: 'fraud',
        source: `dbfs:/m/${i}`,
        run_id: `run${i}`,
        tags: [{ key: 'i', value: String(i) }],
      });
      expect(v.body.model_version).toMatchObject({
        name: 'fraud',
        version: String(i + 1),
        current_stage: 'None',
        status: 'PENDING_REGISTRATION',
        source: `dbfs:/m/${i}`,
      });
      versions.push(v.body.model_version.version);
    }
    const got = await ws.call('GET', `${M}/model-versions/get`, undefined, {
      name: 'fraud',
      version: '2',
    });
    expect(got.body.model_version).toMatchObject({
      version: '2',
      run_id: 'run1',
      tags: [{ key: 'i', value: '1' }],
    });
    expectError(
      await ws.call('GET', `${M}/model-versions/get`, undefined, { name: 'fraud', version: '9' }),
      404,
      'RESOURCE_DOES_NOT_EXIST',
    );

    const stage = (version: string, s: string, archive: boolean) =>
      ws.call('POST', `${M}/model-versions/transition-stage`, {
        name: 'fraud',
        version,
        stage: s,
        archive_existing_versions: archive,
      });
    expect((await stage('1', 'Production', false)).body.model_version.current_stage).toBe(
      'Production',
    );
    await stage('2', 'production', false);
    const latest = await ws.call('POST', `${M}/registered-models/get-latest-versions`, {
      name: 'fraud',
      stages: ['Production'],
    });
    expect(latest.body.model_versions.map((v: { version: string }) => v.version)).toEqual(['2']);
    const dbx = await ws.call('POST', `${M}/databricks/model-versions/transition-stage`, {
      name: 'fraud',
      version: '3',
      stage: 'Production',
      archive_existing_versions: true,
      comment: 'CI',
    });
    expect(dbx.body.model_version_databricks).toMatchObject({
      version: '3',
      current_stage: 'Production',
      open_requests: [],
    });
    const all = await ws.call('GET', `${M}/model-versions/search`, undefined, {
      filter: "name='fraud'",
    });
    expect(
      Object.fromEntries(
        all.body.model_versions.map((v: { version: string; current_stage: string }) => [
          v.version,
          v.current_stage,
        ]),
      ),
    ).toEqual({
      '1': 'Archived',
      '2': 'Archived',
      '3': 'Production',
    });
    expectError(await stage('3', 'Prod', false), 400, 'INVALID_PARAMETER_VALUE');

    const byRun = await ws.call('GET', `${M}/model-versions/search`, undefined, {
      filter: "run_id = 'run0'",
    });
    expect(byRun.body.model_versions.map((v: { version: string }) => v.version)).toEqual(['1']);
    await ws.call('POST', `${M}/model-versions/set-tag`, {
      name: 'fraud',
      version: '3',
      key: 'gate',
      value: 'passed',
    });
    await ws.call('DELETE', `${M}/model-versions/delete-tag`, {
      name: 'fraud',
      version: '3',
      key: 'i',
    });
    expect(
      (await ws.call('GET', `${M}/model-versions/get`, undefined, { name: 'fraud', version: '3' }))
        .body.model_version.tags,
    ).toEqual([{ key: 'gate', value: 'passed' }]);
    const updated = await ws.call('PATCH', `${M}/model-versions/update`, {
      name: 'fraud',
      version: '3',
      description: 'winner',
    });
    expect(updated.body.model_version.description).toBe('winner');

    const model = await ws.call('GET', `${M}/databricks/registered-models/get`, undefined, {
      name: 'fraud',
    });
    expect(model.body.registered_model_databricks).toMatchObject({
      name: 'fraud',
      permission_level: 'CAN_MANAGE',
    });
    expect(
      model.body.registered_model_databricks.latest_versions.map(
        (v: { current_stage: string }) => v.current_stage,
      ),
    ).toEqual(['Production']);
    await ws.call('POST', `${M}/registered-models/set-tag`, {
      name: 'fraud',
      key: 'tier',
      value: '1',
    });
    expect(
      (await ws.call('GET', `${M}/registered-models/get`, undefined, { name: 'fraud' })).body
        .registered_model.tags,
    ).toContainEqual({ key: 'tier', value: '1' });
  });

  test('a version becomes READY registrationMs after creation', async () => {
    const fast = await startTestWorkspace({ registrationMs: 50 });
    try {
      await fast.call('POST', `${M}/registered-models/create`, { name: 'quick' });
      const v = await fast.call('POST', `${M}/model-versions/create`, {
        name: 'quick',
        source: 'dbfs:/q',
      });
      expect(v.body.model_version.status).toBe('PENDING_REGISTRATION');
      const ready = await waitFor('READY', async () => {
        const g = await fast.call('GET', `${M}/model-versions/get`, undefined, {
          name: 'quick',
          version: '1',
        });
        return g.body.model_version.status === 'READY' ? g.body.model_version : undefined;
      });
      expect(ready.status).toBe('READY');
    } finally {
      await fast.close();
    }
  });
});
