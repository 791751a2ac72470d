import { startTestWorkspace, type TestWorkspace } from './harness';

// The Lakehouse Monitoring metric tables use struct columns (`window`, `ks_test`) and timestamps;
// the local workspace must answer the queries a drift check sends as Databricks SQL does.
const Q = '/api/2.0/sql/statements';
let ws: TestWorkspace;
beforeAll(async () => {
  ws = await startTestWorkspace();
  for (const statement of [
    'CREATE TABLE prod.mon.sales_drift_metrics (window STRUCT<start: TIMESTAMP, end: TIMESTAMP>, granularity STRING, column_name STRING, slice_key STRING, slice_value STRING, drift_type STRING, js_distance DOUBLE, ks_test STRUCT<statistic:DOUBLE, pvalue:DOUBLE>)',
    "INSERT INTO prod.mon.sales_drift_metrics VALUES (named_struct('start', TIMESTAMP '2026-01-01 00:00:00', 'end', TIMESTAMP '2026-01-02 00:00:00'), '1 day', 'price', NULL, NULL, 'CONSECUTIVE', 0.1, named_struct('statistic', 0.2, 'pvalue', 0.5))",
    "INSERT INTO prod.mon.sales_drift_metrics (window, granularity, column_name, drift_type, js_distance, ks_test) VALUES (struct(TIMESTAMP '2026-01-02 00:00:00', TIMESTAMP '2026-01-03 00:00:00'), '1 day', 'price', 'CONSECUTIVE', 0.3, struct(0.4, 0.01))",
  ]) {
    const res = await run(statement);
    expect(res.body.status).toEqual({ state: 'SUCCEEDED' });
  }
});
afterAll(() => ws.close());

function run(statement: string) {
  return ws.call('POST', Q, { warehouse_id: 'abc', statement, wait_timeout: '30s' });
}

test('struct fields are read with window.start, named by the field and typed as declared; ordering by a field works', async () => {
  const res = await run(
    'SELECT window.start, m.window.end, ks_test.pvalue, js_distance FROM prod.mon.sales_drift_metrics m WHERE column_name = "price" AND slice_key IS NULL ORDER BY window.start DESC',
  );
  expect(res.body.status.state).toBe('SUCCEEDED');
  expect(
    res.body.manifest.schema.columns.map((c: { name: string; type_name: string }) => [
      c.name,
      c.type_name,
    ]),
  ).toEqual([
    ['start', 'TIMESTAMP'],
    ['end', 'TIMESTAMP'],
    ['pvalue', 'DOUBLE'],
    ['js_distance', 'DOUBLE'],
  ]);
  expect(res.body.result.data_array).toEqual([
    ['2026-01-02T00:00:00.000Z', '2026-01-03T00:00:00.000Z', '0.01', '0.3'],
    ['2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z', '0.5', '0.1'],
  ]);
});

test('a whole struct column answers as a STRUCT rendered as JSON, and timestamps compare with a literal', async () => {
  const res = await run(
    "SELECT window FROM prod.mon.sales_drift_metrics WHERE window.start >= TIMESTAMP '2026-01-02 00:00:00'",
  );
  expect(res.body.manifest.schema.columns).toMatchObject([{ name: 'window', type_name: 'STRUCT' }]);
  expect(JSON.parse(res.body.result.data_array[0][0])).toEqual({
    start: '2026-01-02 00:00:00',
    end: '2026-01-03 00:00:00',
  });
});

test('a field the struct does not have is an unresolved column', async () => {
  const res = await run('SELECT window.middle FROM prod.mon.sales_drift_metrics');
  expect(res.body.status.state).toBe('FAILED');
  expect(res.body.status.sql_state).toBe('42703');
});
