import type { DatabricksClient, ResultChunk, StatementResponse } from '../../../shared/databricks';
import { UserError } from '../../../shared/errors';
import {
  monitorQuery,
  runQuery,
  toWindows,
  type Rows,
} from '../../../shared/capabilities/check-drift/source';
import type { Source } from '../../../shared/capabilities/check-drift/settings';

const monitor: Extract<Source, { kind: 'monitor' }> = {
  kind: 'monitor',
  metricTable: '`prod`.`mon`.`t_drift_metrics`',
  display: 'prod.mon.t_drift_metrics',
  which: 'drift',
  metric: 'js_distance',
  column: ':table',
  driftType: 'CONSECUTIVE',
};
const query: Source = { kind: 'query', file: 'q.sql', sql: 'SELECT 1' };

/** A client whose SQL answers come from a script: the execute answer, then the chunks. */
function fakeClient(first: StatementResponse, chunks: ResultChunk[] = []) {
  const asked: number[] = [];
  const client = {
    sql: {
      execute: async () => first,
      get: async () => first,
      cancel: async () => undefined,
      getChunk: async (_id: string, index: number) => {
        asked.push(index);
        return chunks[index - 1];
      },
    },
  } as unknown as DatabricksClient;
  return { client, asked };
}

test('every chunk of the result is read, in order', async () => {
  const { client, asked } = fakeClient(
    {
      statement_id: 's',
      status: { state: 'SUCCEEDED' },
      manifest: { schema: { columns: [{ name: 'value', type_name: 'DOUBLE' }] } },
      result: { chunk_index: 0, data_array: [['1.0']], next_chunk_index: 1 },
    },
    [
      { chunk_index: 1, data_array: [['2.0']], next_chunk_index: 2 },
      { chunk_index: 2, data_array: [['3.0']] },
    ],
  );
  const rows = await runQuery(
    client,
    'wh',
    { statement: 'x', parameters: [] },
    'q',
    AbortSignal.timeout(5000),
  );
  expect(asked).toEqual([1, 2]);
  expect(rows.rows).toEqual([['1.0'], ['2.0'], ['3.0']]);
});

test("a failed statement is one error with the server's message", async () => {
  const { client } = fakeClient({
    statement_id: 's',
    status: {
      state: 'FAILED',
      error: { error_code: 'BAD_REQUEST', message: '[TABLE_OR_VIEW_NOT_FOUND] nope' },
    },
  });
  await expect(
    runQuery(client, 'wh', { statement: 'x', parameters: [] }, 'q', AbortSignal.timeout(5000)),
  ).rejects.toThrow(/The query on q failed: \[TABLE_OR_VIEW_NOT_FOUND\] nope/);
});

test('the monitor query filters one series with named parameters and orders by the window', () => {
  const q = monitorQuery(
    { ...monitor, slice: { key: 'region', value: "e'u" }, granularity: '1 day', modelId: '*' },
    5,
  );
  expect(q.statement).toBe(
    'SELECT window.start, window.end, granularity, js_distance FROM `prod`.`mon`.`t_drift_metrics` WHERE column_name = :column AND js_distance IS NOT NULL AND slice_key = :slice_key AND slice_value = :slice_value AND granularity = :granularity AND model_id = :model_id AND drift_type = :drift_type ORDER BY window.start DESC LIMIT 5',
  );
  expect(q.parameters).toContainEqual({ name: 'slice_value', value: "e'u" });
  const profile = monitorQuery(
    { ...monitor, which: 'profile', metric: 'root_mean_squared_error' },
    3,
  );
  expect(profile.statement).toContain("slice_key IS NULL AND log_type = 'INPUT' ORDER BY");
});

const rows = (columns: Rows['columns'], data: Rows['rows']): Rows => ({ columns, rows: data });

test('values are typed by type_name: numbers are parsed, a STRING column is refused', () => {
  const ok = toWindows(
    rows([{ name: 'value', type_name: 'DECIMAL' }], [['10'], ['9'], [null]]),
    query,
    'q.sql',
  );
  expect(ok.windows.map((w) => w.value)).toEqual([10, 9]);
  expect(ok.skipped).toBe(1);
  expect(() =>
    toWindows(rows([{ name: 'value', type_name: 'STRING' }], [['10']]), query, 'q.sql'),
  ).toThrow(/value of q\.sql is STRING, not a number/);
  expect(() =>
    toWindows(rows([{ name: 'x', type_name: 'DOUBLE' }], [['1']]), query, 'q.sql'),
  ).toThrow(UserError);
});

test("a query's windows are ordered newest first by window_start or a window struct; several rows per window are refused", () => {
  const byStart = toWindows(
    rows(
      [
        { name: 'window_start', type_name: 'TIMESTAMP' },
        { name: 'value', type_name: 'DOUBLE' },
      ],
      [
        ['2026-01-01T00:00:00.000Z', '1'],
        ['2026-01-03T00:00:00.000Z', '3'],
        ['2026-01-02T00:00:00.000Z', '2'],
      ],
    ),
    query,
    'q.sql',
  );
  expect(byStart.windows.map((w) => w.value)).toEqual([3, 2, 1]);
  const byStruct = toWindows(
    rows(
      [
        { name: 'window', type_name: 'STRUCT' },
        { name: 'value', type_name: 'LONG' },
      ],
      [
        ['{"start":"2026-01-01T00:00:00.000Z","end":"2026-01-02T00:00:00.000Z"}', '1'],
        ['{"start":"2026-01-02T00:00:00.000Z","end":"2026-01-03T00:00:00.000Z"}', '2'],
      ],
    ),
    query,
    'q.sql',
  );
  expect(byStruct.windows[0]).toEqual({
    start: '2026-01-02T00:00:00.000Z',
    end: '2026-01-03T00:00:00.000Z',
    value: 2,
  });
  const noOrder = toWindows(
    rows([{ name: 'value', type_name: 'INT' }], [['5'], ['7']]),
    query,
    'q.sql',
  );
  expect(noOrder.windows.map((w) => w.value)).toEqual([5, 7]);
  expect(() =>
    toWindows(
      rows(
        [
          { name: 'start', type_name: 'TIMESTAMP' },
          { name: 'end', type_name: 'TIMESTAMP' },
          { name: 'granularity', type_name: 'STRING' },
          { name: 'js_distance', type_name: 'DOUBLE' },
        ],
        [
          ['2026-01-01T00:00:00.000Z', null, '1 day', '0.1'],
          ['2026-01-01T00:00:00.000Z', null, '1 week', '0.2'],
        ],
      ),
      monitor,
      'prod.mon.t_drift_metrics',
    ),
  ).toThrow(/several granularities \(1 day, 1 week\)/);
});
