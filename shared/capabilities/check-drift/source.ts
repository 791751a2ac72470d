import type { DatabricksClient, StatementParameter, StatementResponse } from '../../databricks';
import { UserError, inputRef, quoteValue } from '../../errors';
import type { MetricWindow } from './rule';
import type { Source } from './settings';

/** type_names the Statement API gives numbers; their values are strings like every other. */
const NUMERIC = new Set(['BYTE', 'SHORT', 'INT', 'LONG', 'FLOAT', 'DOUBLE', 'DECIMAL']);
const POLL_MS = 1000;
const DEADLINE_MS = 5 * 60_000;

export interface Query {
  statement: string;
  parameters: StatementParameter[];
}

/**
 * The latest windows of one metric in a monitor's metric table, newest first. `limit` rows are
 * enough: several rows for one window (another slice, model or granularity) show up among them.
 */
export function monitorQuery(s: Extract<Source, { kind: 'monitor' }>, limit: number): Query {
  const where = ['column_name = :column', `${s.metric} IS NOT NULL`];
  const parameters: StatementParameter[] = [{ name: 'column', value: s.column }];
  if (s.slice) {
    where.push('slice_key = :slice_key', 'slice_value = :slice_value');
    parameters.push(
      { name: 'slice_key', value: s.slice.key },
      { name: 'slice_value', value: s.slice.value },
    );
  } else where.push('slice_key IS NULL');
  if (s.granularity) {
    where.push('granularity = :granularity');
    parameters.push({ name: 'granularity', value: s.granularity });
  }
  if (s.modelId !== undefined) {
    where.push('model_id = :model_id');
    parameters.push({ name: 'model_id', value: s.modelId });
  }
  if (s.which === 'drift') {
    where.push('drift_type = :drift_type');
    parameters.push({ name: 'drift_type', value: s.driftType });
  } else where.push("log_type = 'INPUT'");
  return {
    statement: `SELECT window.start, window.end, granularity, ${s.metric} FROM ${s.metricTable} WHERE ${where.join(' AND ')} ORDER BY window.start DESC LIMIT ${limit}`,
    parameters,
  };
}

export interface Rows {
  columns: { name: string; type_name?: string }[];
  rows: (string | null)[][];
}

/** Runs a statement to the end and reads every chunk of its result. */
export async function runQuery(
  client: DatabricksClient,
  warehouseId: string,
  q: Query,
  what: string,
  signal: AbortSignal,
): Promise<Rows> {
  let res: StatementResponse = await client.sql.execute(
    {
      warehouse_id: warehouseId,
      statement: q.statement,
      parameters: q.parameters,
      wait_timeout: '30s',
      on_wait_timeout: 'CONTINUE',
      disposition: 'INLINE',
      format: 'JSON_ARRAY',
    },
    signal,
  );
  const deadline = Date.now() + DEADLINE_MS;
  while (res.status?.state === 'PENDING' || res.status?.state === 'RUNNING') {
    if (Date.now() > deadline) {
      await client.sql.cancel(res.statement_id, signal).catch(() => undefined);
      throw new UserError(
        `The SQL warehouse ${quoteValue(warehouseId)} (${inputRef('warehouse-id')}) did not answer the query on ${what} within 5 minutes; it was cancelled.`,
      );
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
    signal.throwIfAborted();
    res = await client.sql.get(res.statement_id, signal);
  }
  if (res.status?.state !== 'SUCCEEDED') {
    const e = res.status?.error;
    throw new UserError(
      `The query on ${what} failed: ${e?.message ?? res.status?.state ?? 'no answer'}. Check the names, and that the CI identity may use warehouse ${quoteValue(warehouseId)} and read the table.`,
    );
  }
  const rows = [...(res.result?.data_array ?? [])];
  let next = res.result?.next_chunk_index;
  while (next !== undefined) {
    const chunk = await client.sql.getChunk(res.statement_id, next, signal);
    rows.push(...(chunk.data_array ?? []));
    next = chunk.next_chunk_index;
  }
  return { columns: res.manifest?.schema?.columns ?? [], rows };
}

function column(r: Rows, names: string[]): number {
  return r.columns.findIndex((c) => names.includes(c.name.toLowerCase()));
}

/** The struct `window` as JSON (`{"start": …, "end": …}`), for a query that selects it whole. */
function windowStruct(text: string | null): { start?: string; end?: string } {
  if (!text) return {};
  try {
    const w = JSON.parse(text) as { start?: unknown; end?: unknown };
    return {
      start: w.start == null ? undefined : String(w.start),
      end: w.end == null ? undefined : String(w.end),
    };
  } catch {
    return {};
  }
}

/**
 * Rows to windows, newest first. The value column is typed by the manifest's type_name, not
 * guessed from its text: a STRING column is refused, since `'10' > '9'` is false as text.
 */
export function toWindows(
  r: Rows,
  source: Source,
  what: string,
): { windows: MetricWindow[]; skipped: number } {
  const monitor = source.kind === 'monitor';
  const valueAt = monitor ? 3 : column(r, ['value']);
  const fix = monitor
    ? `Check ${inputRef('metric')}.`
    : `Make ${inputRef('query-file')} return a numeric column named value.`;
  if (valueAt < 0 || valueAt >= r.columns.length)
    throw new UserError(
      `The query on ${what} returned no value column (columns: ${r.columns.map((c) => c.name).join(', ') || 'none'}). ${fix}`,
    );
  const type = (r.columns[valueAt].type_name ?? 'STRING').toUpperCase();
  if (!NUMERIC.has(type))
    throw new UserError(
      `The column ${r.columns[valueAt].name} of ${what} is ${type}, not a number. ${fix}`,
    );
  const startAt = monitor ? 0 : column(r, ['window_start', 'start']);
  const endAt = monitor ? 1 : column(r, ['window_end', 'end']);
  const structAt = monitor ? -1 : column(r, ['window']);
  let skipped = 0;
  const windows: MetricWindow[] = [];
  for (const row of r.rows) {
    const text = row[valueAt];
    if (text === null || text === undefined) {
      skipped++;
      continue;
    }
    const w = structAt >= 0 ? windowStruct(row[structAt]) : {};
    const start = startAt >= 0 ? (row[startAt] ?? undefined) : w.start;
    const end = endAt >= 0 ? (row[endAt] ?? undefined) : w.end;
    windows.push({
      ...(start ? { start } : {}),
      ...(end ? { end } : {}),
      value: Number(text),
    });
  }
  if (monitor) {
    const grains = new Set(r.rows.map((row) => row[2]));
    if (grains.size > 1)
      throw new UserError(
        `${what} has windows of several granularities (${[...grains].join(', ')}). Choose one with ${inputRef('granularity')}.`,
      );
  }
  const seen = new Set<string>();
  for (const w of windows) {
    if (w.start === undefined) continue;
    if (seen.has(w.start))
      throw new UserError(
        `${what} has several rows for the window starting ${w.start}: ${monitor ? `narrow it to one with ${inputRef('slice-key')}/${inputRef('slice-value')}, ${inputRef('model-id')} or ${inputRef('granularity')}` : `make ${inputRef('query-file')} return one row per window`}.`,
      );
    seen.add(w.start);
  }
  // A query's own order is kept unless it gives window starts to order by.
  if (windows.every((w) => w.start !== undefined))
    windows.sort(
      (a, b) => Date.parse(b.start!) - Date.parse(a.start!) || (a.start! < b.start! ? 1 : -1),
    );
  return { windows, skipped };
}
