import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expectError, startTestWorkspace, waitFor, type TestWorkspace } from './harness';

const Q = '/api/2.0/sql/statements';
let ws: TestWorkspace;
beforeAll(async () => {
  ws = await startTestWorkspace();
});
afterAll(() => ws.close());

const run = (statement: string, extra: object = {}) =>
  ws.call('POST', Q, {
    warehouse_id: 'abcdef0123456789',
    statement,
    wait_timeout: '30s',
    ...extra,
  });

test("the reference's example: insert with typed named parameters, then select with string values and a schema", async () => {
  const create = await run(
    'CREATE TABLE IF NOT EXISTS prod.mlops.eval_results (model_name STRING, model_version INT, metric STRING, value DOUBLE, passed BOOLEAN, ci_run_url STRING, ts TIMESTAMP) USING DELTA',
  );
  expect(create.status).toBe(200);
  expect(create.body.status.state).toBe('SUCCEEDED');

  const insert = await run(
    'INSERT INTO eval_results (model_name, model_version, metric, value, passed, ci_run_url, ts) VALUES (:m, :v, :k, :x, :p, :u, current_timestamp())',
    {
      catalog: 'prod',
      schema: 'mlops',
      on_wait_timeout: 'CONTINUE',
      parameters: [
        { name: 'm', value: 'prod.fraud.model' },
        { name: 'v', value: '8', type: 'INT' },
        { name: 'k', value: 'mean_squared_error' },
        { name: 'x', value: '12.7', type: 'DOUBLE' },
        { name: 'p', value: 'true', type: 'BOOLEAN' },
        { name: 'u', value: 'https://github.com/acme/repo/actions/runs/1' },
      ],
    },
  );
  expect(insert.body).toMatchObject({
    status: { state: 'SUCCEEDED' },
    manifest: {
      format: 'JSON_ARRAY',
      schema: {
        column_count: 2,
        columns: [
          { name: 'num_affected_rows', type_name: 'LONG', position: 0 },
          { name: 'num_inserted_rows', type_name: 'LONG', position: 1 },
        ],
      },
      total_chunk_count: 1,
      total_row_count: 1,
      truncated: false,
    },
    result: { chunk_index: 0, row_offset: 0, row_count: 1, data_array: [['1', '1']] },
  });
  expect(insert.body.statement_id).toEqual(expect.any(String));

  const select = await run(
    'SELECT e.model_name, model_version, value, passed, ts IS NOT NULL AS has_ts, NULL AS empty_col FROM prod.mlops.eval_results e WHERE e.metric = :k',
    {
      parameters: [{ name: 'k', value: 'mean_squared_error' }],
    },
  );
  expect(select.body.status).toEqual({ state: 'SUCCEEDED' });
  expect(select.body.result.data_array).toEqual([
    ['prod.fraud.model', '8', '12.7', 'true', '1', null],
  ]);
  expect(
    select.body.manifest.schema.columns.map((c: { name: string; type_name: string }) => [
      c.name,
      c.type_name,
    ]),
  ).toEqual([
    ['model_name', 'STRING'],
    ['model_version', 'INT'],
    ['value', 'DOUBLE'],
    ['passed', 'BOOLEAN'],
    ['has_ts', 'LONG'],
    ['empty_col', 'STRING'],
  ]);
  // Two-part and one-part names resolve against the request's catalog and schema; a table prefix still works.
  const two = await run('SELECT count(*) AS n FROM mlops.eval_results WHERE eval_results.passed', {
    catalog: 'prod',
  });
  expect(two.body.result.data_array).toEqual([['1']]);
  const backticks = await run(
    'SELECT `model_name` FROM `prod`.`mlops`.`eval_results` WHERE model_name = "prod.fraud.model"',
  );
  expect(backticks.body.result.data_array).toEqual([['prod.fraud.model']]);
});

test('SQL failures are HTTP 200 with state FAILED and the error; names are shown in UC form', async () => {
  const missing = await run('SELECT * FROM prod.mlops.nope');
  expect(missing.status).toBe(200);
  expect(missing.body.status).toMatchObject({
    state: 'FAILED',
    sql_state: '42P01',
    error: { error_code: 'BAD_REQUEST' },
  });
  expect(missing.body.status.error.message).toMatch(
    /TABLE_OR_VIEW_NOT_FOUND.*`prod`\.`mlops`\.`nope`/,
  );
  expect(missing.body.manifest).toBeUndefined();
  const syntax = await run('SELEC 1');
  expect(syntax.body.status).toMatchObject({ state: 'FAILED', sql_state: '42601' });
  const column = await run('SELECT nope FROM prod.mlops.eval_results');
  expect(column.body.status).toMatchObject({ state: 'FAILED', sql_state: '42703' });
  const unbound = await run('SELECT :a AS a');
  expect(unbound.body.status).toMatchObject({ state: 'FAILED', sql_state: '42P02' });
  const twice = await run('SELECT 1; SELECT 2');
  expect(twice.body.status.state).toBe('FAILED');
  await run('CREATE TABLE main.default.once (a INT)');
  const exists = await run('CREATE TABLE main.default.once (a INT)');
  expect(exists.body.status.error.message).toMatch(/already exists/);
});

test('request problems are HTTP 400 INVALID_PARAMETER_VALUE', async () => {
  expectError(
    await ws.call('POST', Q, { statement: 'SELECT 1' }),
    400,
    'INVALID_PARAMETER_VALUE',
    /warehouse_id/,
  );
  expectError(
    await ws.call('POST', Q, { warehouse_id: 'w' }),
    400,
    'INVALID_PARAMETER_VALUE',
    /statement/,
  );
  for (const wait of ['3s', '51s', '10'])
    expectError(
      await run('SELECT 1', { wait_timeout: wait }),
      400,
      'INVALID_PARAMETER_VALUE',
      /wait_timeout/,
    );
  expectError(await run('SELECT ?', {}), 400, 'INVALID_PARAMETER_VALUE', /named/);
  expectError(
    await run('SELECT :n', { parameters: [{ name: 'n', value: 'x', type: 'INT' }] }),
    400,
    'INVALID_PARAMETER_VALUE',
  );
  expectError(
    await run('SELECT 1', { disposition: 'EXTERNAL_LINKS' }),
    400,
    'INVALID_PARAMETER_VALUE',
  );
  expectError(await run('SELECT 1', { format: 'ARROW_STREAM' }), 400, 'INVALID_PARAMETER_VALUE');
  expectError(
    await ws.call('GET', `${Q}/00000000-0000-0000-0000-000000000000`),
    404,
    'RESOURCE_DOES_NOT_EXIST',
  );
});

test('wait_timeout 0s answers PENDING; GET by id gives the result; cancel ends a pending statement', async () => {
  const started = await run('SELECT 41 + 1 AS answer', { wait_timeout: '0s' });
  expect(started.body.status.state).toBe('PENDING');
  expect(started.body.result).toBeUndefined();
  const done = await waitFor('SUCCEEDED', async () => {
    const g = await ws.call('GET', `${Q}/${started.body.statement_id}`);
    return g.body.status.state === 'SUCCEEDED' ? g.body : undefined;
  });
  expect(done.result.data_array).toEqual([['42']]);

  const toCancel = await run('SELECT 1', { wait_timeout: '0s' });
  expect((await ws.call('POST', `${Q}/${toCancel.body.statement_id}/cancel`)).body).toEqual({});
  // A cancel that raced with execution leaves SUCCEEDED; either way the statement is final.
  const after = await ws.call('GET', `${Q}/${toCancel.body.statement_id}`);
  expect(['CANCELED', 'SUCCEEDED']).toContain(after.body.status.state);
  expectError(await ws.call('POST', `${Q}/nope/cancel`), 404, 'RESOURCE_DOES_NOT_EXIST');
});

test('large results come in chunks; row_limit truncates; 64-bit integers stay exact', async () => {
  const big = await run(
    'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 12000) SELECT x FROM c',
  );
  expect(big.body.status.state).toBe('SUCCEEDED');
  expect(big.body.manifest).toMatchObject({ total_row_count: 12000, total_chunk_count: 3 });
  expect(big.body.result).toMatchObject({ chunk_index: 0, row_count: 5000, next_chunk_index: 1 });
  const id = big.body.statement_id;
  const last = await ws.call('GET', `${Q}/${id}/result/chunks/2`);
  expect(last.body).toMatchObject({ chunk_index: 2, row_offset: 10000, row_count: 2000 });
  expect(last.body.data_array[1999]).toEqual(['12000']);
  expect(last.body.next_chunk_index).toBeUndefined();
  expectError(await ws.call('GET', `${Q}/${id}/result/chunks/3`), 400, 'INVALID_PARAMETER_VALUE');

  const limited = await run(
    'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 10) SELECT x FROM c',
    { row_limit: 3 },
  );
  expect(limited.body.manifest).toMatchObject({ total_row_count: 3, truncated: true });

  const exact = await run('SELECT :id AS id', {
    parameters: [{ name: 'id', value: '9007199254740993', type: 'BIGINT' }],
  });
  expect(exact.body.result.data_array).toEqual([['9007199254740993']]);
});

test('DDL and DML on three-part names: schema statements are accepted, CREATE OR REPLACE, update, delete', async () => {
  expect((await run('CREATE SCHEMA IF NOT EXISTS dev.features')).body.status.state).toBe(
    'SUCCEEDED',
  );
  expect(
    (await run('CREATE OR REPLACE TABLE dev.features.t (id BIGINT, score DOUBLE)')).body.status
      .state,
  ).toBe('SUCCEEDED');
  await run('INSERT INTO dev.features.t VALUES (1, 0.5), (2, 1.5)');
  expect(
    (await run('CREATE OR REPLACE TABLE dev.features.t (id BIGINT, score DOUBLE)')).body.status
      .state,
  ).toBe('SUCCEEDED');
  await run('INSERT INTO dev.features.t VALUES (1, 0.5), (2, 1.5), (3, 2)');
  const upd = await run('UPDATE dev.features.t SET score = score * 2 WHERE t.id >= 2');
  expect(upd.body.result.data_array).toEqual([['2']]);
  const del = await run('DELETE FROM dev.features.t WHERE id = 1');
  expect(del.body.result.data_array).toEqual([['1']]);
  const rows = await run(
    'SELECT a.id, b.score FROM dev.features.t a JOIN dev.features.t b ON a.id = b.id ORDER BY a.id',
  );
  expect(rows.body.result.data_array).toEqual([
    ['2', '3.0'],
    ['3', '4.0'],
  ]);
});

test('tables survive a restart with a data dir', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lw-sql-'));
  try {
    const first = await startTestWorkspace({ dataDir: dir });
    await first.call('POST', Q, {
      warehouse_id: 'w',
      statement: 'CREATE TABLE main.default.kept (a STRING)',
    });
    await first.call('POST', Q, {
      warehouse_id: 'w',
      statement: "INSERT INTO main.default.kept VALUES ('x')",
    });
    await first.call('POST', '/api/2.0/mlflow/unity-catalog/registered-models/create', {
      name: 'main.default.kept',
    });
    await first.close();
    const second = await startTestWorkspace({ dataDir: dir });
    try {
      const r = await second.call('POST', Q, {
        warehouse_id: 'w',
        statement: 'SELECT a FROM main.default.kept',
      });
      expect(r.body.result.data_array).toEqual([['x']]);
      expect(
        (await second.call('GET', '/api/2.1/unity-catalog/models/main.default.kept')).status,
      ).toBe(200);
    } finally {
      await second.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
