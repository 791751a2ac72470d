/**
 * SQL Statement Execution (`/api/2.0/sql/statements`, reference §4.6) on SQLite compiled to
 * WebAssembly (sql.js). One database per workspace holds every Unity Catalog table as
 * `catalog__schema__table` (sql-translate.ts). A SQL failure is an HTTP 200 with `state: FAILED`;
 * HTTP errors are for bad requests only, as on Databricks.
 */
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Database, SqlJsStatic } from 'sql.js';
import type { LocalRequest, ModuleContext } from './types';
import { invalid, notFound } from './errors';
import { args, type Args, optList, optNumber, optString, reqString } from './request-args';
import { ok } from './routes';
import {
  displayNames,
  quoteIdent,
  translate,
  type TableRef,
  type Translation,
} from './sql-translate';

const API = '/api/2.0/sql/statements';
/** Rows per result chunk. Real chunks are sized by bytes; a fixed row count keeps paging testable. */
export const CHUNK_ROWS = 5000;
/** How long an asynchronous (`wait_timeout: "0s"`) statement waits before it runs unless polled. */
const ASYNC_START_MS = 50;
const KEEP_STATEMENTS = 1000;

let engine: Promise<SqlJsStatic> | undefined;

/**
 * Loads the SQLite engine once per process. This is the one place that knows where the wasm file
 * lives, so that the bundler step (ncc does not follow `require.resolve` to a .wasm) is adjusted here.
 */
export function loadSqlEngine(): Promise<SqlJsStatic> {
  engine ??= (async () => {
    // Node's own resolver, not the bundler's: in a bundle `require.resolve` answers a module id, not
    // a path, and reading that id as a file descriptor fails (EBADF) on the first SQL statement.
    const nodeRequire = createRequire(__filename);
    const initSqlJs = nodeRequire('sql.js') as (config: {
      wasmBinary: ArrayBuffer;
    }) => Promise<SqlJsStatic>;
    const wasm = fs.readFileSync(nodeRequire.resolve('sql.js/dist/sql-wasm.wasm'));
    return initSqlJs({
      wasmBinary: wasm.buffer.slice(
        wasm.byteOffset,
        wasm.byteOffset + wasm.byteLength,
      ) as ArrayBuffer,
    });
  })();
  return engine;
}

interface Column {
  name: string;
  type_name: string;
  type_text: string;
  position: number;
}

interface StatementRecord {
  statement_id: string;
  state: 'PENDING' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELED' | 'CLOSED';
  submitted_at: number;
  statement: string;
  catalog: string;
  schema: string;
  parameters: Args[];
  row_limit?: number;
  error?: { error_code: string; message: string };
  sql_state?: string;
  columns?: Column[];
  rows?: Array<Array<string | null>>;
  truncated?: boolean;
}

interface SqlState {
  statements: StatementRecord[];
  /** The database file, base64 (sql.js `export()`). */
  database?: string;
}

/** Declared column types (from CREATE TABLE) to the `type_name` Databricks reports. */
function typeName(declared: string): string {
  const d = declared.toUpperCase().replace(/\(.*$/, '').trim();
  if (/^(INT|INTEGER)$/.test(d)) return 'INT';
  if (/^(BIGINT|LONG)$/.test(d)) return 'LONG';
  if (/^(SMALLINT|SHORT)$/.test(d)) return 'SHORT';
  if (/^(TINYINT|BYTE)$/.test(d)) return 'BYTE';
  if (/^(DOUBLE|REAL)$/.test(d)) return 'DOUBLE';
  if (d === 'FLOAT') return 'FLOAT';
  if (/^(DECIMAL|DEC|NUMERIC)$/.test(d)) return 'DECIMAL';
  if (/^(BOOLEAN|BOOL)$/.test(d)) return 'BOOLEAN';
  if (d === 'TIMESTAMP' || d === 'TIMESTAMP_NTZ') return d;
  if (d === 'DATE') return 'DATE';
  if (d === 'BINARY' || d === 'BLOB') return 'BINARY';
  if (d === 'STRUCT') return 'STRUCT';
  return 'STRING';
}
const TYPE_TEXT: Record<string, string> = { LONG: 'BIGINT', SHORT: 'SMALLINT', BYTE: 'TINYINT' };

function render(v: unknown, type: string): string | null {
  if (v === null || v === undefined) return null;
  if (type === 'BOOLEAN')
    return v === 0 || v === 0n || v === '0' || v === 'false' ? 'false' : 'true';
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  if (type === 'TIMESTAMP' || type === 'TIMESTAMP_NTZ') return isoTimestamp(String(v));
  if ((type === 'DOUBLE' || type === 'FLOAT') && typeof v === 'number' && Number.isInteger(v))
    return v.toFixed(1);
  return String(v);
}

/**
 * SQLite keeps timestamps as text (`current_timestamp` writes `2026-01-05 08:00:00`); the
 * Statement API renders them as ISO 8601 in UTC with milliseconds.
 */
function isoTimestamp(s: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    s.trim(),
  );
  if (!m) return s;
  const d = new Date(
    `${m[1]}T${m[2].length === 5 ? `${m[2]}:00` : m[2]}${m[3] ?? ''}${m[4] ?? 'Z'}`,
  );
  return Number.isNaN(d.getTime()) ? s : d.toISOString();
}

/** Binds a Databricks parameter to a SQLite value; the type decides the conversion (default STRING). */
function bindValue(p: Args): string | number | bigint | null {
  const name = String(p.name);
  const value = p.value;
  if (value === undefined || value === null) return null;
  const type = String(p.type ?? 'STRING')
    .toUpperCase()
    .replace(/\(.*$/, '');
  const s = String(value);
  if (/^(INT|INTEGER|BIGINT|LONG|SMALLINT|SHORT|TINYINT|BYTE)$/.test(type)) {
    if (!/^[-+]?\d+$/.test(s.trim()))
      throw invalid(
        `Parameter '${name}' has type ${type} but its value '${s}' is not a whole number.`,
      );
    const b = BigInt(s.trim());
    return b >= BigInt(Number.MIN_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(b)
      : b;
  }
  if (/^(DOUBLE|FLOAT|REAL|DECIMAL|DEC|NUMERIC)$/.test(type)) {
    const n = Number(s);
    if (s.trim() === '' || Number.isNaN(n))
      throw invalid(`Parameter '${name}' has type ${type} but its value '${s}' is not a number.`);
    return n;
  }
  if (type === 'BOOLEAN') {
    if (!/^(true|false)$/i.test(s))
      throw invalid(
        `Parameter '${name}' has type BOOLEAN but its value '${s}' is not true or false.`,
      );
    return /^true$/i.test(s) ? 1 : 0;
  }
  return s;
}

class SqlFailure extends Error {
  constructor(
    readonly errorCode: string,
    message: string,
    readonly sqlState?: string,
  ) {
    super(message);
  }
}

/** SQLite's messages in Databricks' words (error class, SQLSTATE), with UC names restored. */
function failureFrom(e: unknown): SqlFailure {
  const msg = e instanceof Error ? e.message : String(e);
  let m: RegExpExecArray | null;
  if ((m = /no such table: (\S+)/.exec(msg))) {
    return new SqlFailure(
      'BAD_REQUEST',
      `[TABLE_OR_VIEW_NOT_FOUND] The table or view ${displayNames(m[1])} cannot be found. SQLSTATE: 42P01`,
      '42P01',
    );
  }
  if ((m = /(?:table|view) (\S+) already exists/.exec(msg))) {
    return new SqlFailure(
      'ALREADY_EXISTS',
      `[TABLE_OR_VIEW_ALREADY_EXISTS] Cannot create table or view ${displayNames(m[1])} because it already exists. SQLSTATE: 42P07`,
      '42P07',
    );
  }
  if ((m = /no such column: (\S+)/.exec(msg))) {
    return new SqlFailure(
      'BAD_REQUEST',
      `[UNRESOLVED_COLUMN.WITHOUT_SUGGESTION] A column, variable, or function parameter with name \`${m[1]}\` cannot be resolved. SQLSTATE: 42703`,
      '42703',
    );
  }
  if (/syntax error|incomplete input|unrecognized token/.test(msg)) {
    return new SqlFailure(
      'BAD_REQUEST',
      `[PARSE_SYNTAX_ERROR] Syntax error: ${displayNames(msg)}. SQLSTATE: 42601`,
      '42601',
    );
  }
  if (/constraint failed/.test(msg))
    return new SqlFailure('BAD_REQUEST', `[CONSTRAINT_VIOLATION] ${displayNames(msg)}`, '23000');
  return new SqlFailure('BAD_REQUEST', displayNames(msg));
}

export function register(ctx: ModuleContext): void {
  const state: SqlState = { statements: [] };
  let db: Database | undefined;
  let dbReady: Promise<Database> | undefined;
  const timers = new Map<string, NodeJS.Timeout>();

  ctx.persist(
    'sql',
    () => ({
      statements: state.statements,
      database: db ? Buffer.from(db.export()).toString('base64') : state.database,
    }),
    (saved) => {
      const s = saved as Partial<SqlState> | undefined;
      state.statements = s?.statements ?? [];
      state.database = s?.database;
    },
  );
  const database = (): Promise<Database> =>
    (dbReady ??= loadSqlEngine().then((SQL) => {
      db = new SQL.Database(state.database ? Buffer.from(state.database, 'base64') : undefined);
      return db;
    }));

  const declaredTypes = (d: Database, t: Translation): Map<string, string[]> => {
    const types = new Map<string, string[]>();
    for (const ref of t.tables) {
      let info;
      try {
        info = d.exec(`PRAGMA table_info(${quoteIdent(ref.engine)})`)[0];
      } catch {
        continue;
      }
      for (const row of info?.values ?? []) {
        const col = String(row[1]).toLowerCase();
        const add = (name: string, type: string) =>
          types.set(name, [...(types.get(name) ?? []), type]);
        add(col, String(row[2] ?? ''));
        // A struct's field column `"window.start"` answers as `start`, the struct as `window`.
        const dot = col.indexOf('.');
        if (dot > 0) {
          add(col.slice(dot + 1), String(row[2] ?? ''));
          if (!types.get(col.slice(0, dot))?.includes('STRUCT')) add(col.slice(0, dot), 'STRUCT');
        }
      }
    }
    return types;
  };

  /** The struct columns of existing tables: field columns are stored as `"col.field"`. */
  const structColumns = (d: Database, tables: readonly TableRef[]): Map<string, string[]> => {
    const out = new Map<string, string[]>();
    for (const ref of tables) {
      let info;
      try {
        info = d.exec(`PRAGMA table_info(${quoteIdent(ref.engine)})`)[0];
      } catch {
        continue;
      }
      for (const row of info?.values ?? []) {
        const [col, field] = String(row[1]).toLowerCase().split('.', 2);
        if (field) out.set(col, [...(out.get(col) ?? []), field]);
      }
    }
    return out;
  };

  /** Runs a statement to completion (sql.js is synchronous) and records the outcome. */
  const execute = (d: Database, rec: StatementRecord): void => {
    clearTimeout(timers.get(rec.statement_id));
    timers.delete(rec.statement_id);
    if (rec.state !== 'PENDING' && rec.state !== 'RUNNING') return;
    rec.state = 'RUNNING';
    try {
      const t = translate(rec.statement, {
        catalog: rec.catalog,
        schema: rec.schema,
        structs: (tables) => structColumns(d, tables),
      });
      if (t.multiple)
        throw new SqlFailure(
          'BAD_REQUEST',
          '[PARSE_SYNTAX_ERROR] Only one statement can be executed per request. SQLSTATE: 42601',
          '42601',
        );
      const given = new Map(rec.parameters.map((p) => [String(p.name), p]));
      const unbound = t.params.find((p) => !given.has(p));
      if (unbound)
        throw new SqlFailure(
          'BAD_REQUEST',
          `[UNBOUND_SQL_PARAMETER] Found the unbound parameter: ${unbound}. SQLSTATE: 42P02`,
          '42P02',
        );
      if (t.noop) {
        Object.assign(rec, { state: 'SUCCEEDED', columns: [], rows: [] });
        return;
      }
      const binding: Record<string, string | number | bigint | null> = {};
      for (const name of t.params) binding[`:${name}`] = bindValue(given.get(name)!);
      let columns: string[] = [];
      let rows: unknown[][] = [];
      for (const sql of t.statements) {
        let stmt;
        try {
          stmt = d.prepare(sql);
        } catch (e) {
          throw failureFrom(e);
        }
        try {
          if (t.params.length) stmt.bind(binding as never);
          columns = stmt.getColumnNames();
          rows = [];
          // useBigInt keeps 64-bit integers exact; @types/sql.js does not declare the option.
          const get = stmt.get.bind(stmt) as unknown as (
            p: null,
            o: { useBigInt: boolean },
          ) => unknown[];
          while (stmt.step()) rows.push(get(null, { useBigInt: true }));
        } catch (e) {
          throw failureFrom(e);
        } finally {
          stmt.free();
        }
      }
      const modified = d.getRowsModified();
      if (['INSERT', 'UPDATE', 'DELETE', 'MERGE'].includes(t.verb) && columns.length === 0) {
        const names =
          t.verb === 'INSERT' ? ['num_affected_rows', 'num_inserted_rows'] : ['num_affected_rows'];
        rec.columns = names.map((name, position) => ({
          name,
          type_name: 'LONG',
          type_text: 'BIGINT',
          position,
        }));
        rec.rows = [names.map(() => String(modified))];
      } else {
        const declared = declaredTypes(d, t);
        rec.columns = columns.map((name, position) => {
          const candidates = declared.get(name.toLowerCase()) ?? [];
          let type: string;
          if (candidates.length === 1) type = typeName(candidates[0]);
          else {
            const sample = rows.find((r) => r[position] !== null && r[position] !== undefined)?.[
              position
            ];
            type =
              typeof sample === 'bigint' || (typeof sample === 'number' && Number.isInteger(sample))
                ? 'LONG'
                : typeof sample === 'number'
                  ? 'DOUBLE'
                  : sample instanceof Uint8Array
                    ? 'BINARY'
                    : 'STRING';
          }
          return { name, type_name: type, type_text: TYPE_TEXT[type] ?? type, position };
        });
        const limit = rec.row_limit;
        rec.truncated = limit !== undefined && rows.length > limit;
        if (rec.truncated) rows = rows.slice(0, limit);
        rec.rows = rows.map((r) => r.map((v, i) => render(v, rec.columns![i].type_name)));
      }
      rec.state = 'SUCCEEDED';
    } catch (e) {
      const f = e instanceof SqlFailure ? e : failureFrom(e);
      rec.state = 'FAILED';
      rec.error = { error_code: f.errorCode, message: f.message };
      if (f.sqlState) rec.sql_state = f.sqlState;
    }
  };

  const chunk = (rec: StatementRecord, index: number) => {
    const rows = rec.rows ?? [];
    const offset = index * CHUNK_ROWS;
    const data = rows.slice(offset, offset + CHUNK_ROWS);
    const total = Math.max(1, Math.ceil(rows.length / CHUNK_ROWS));
    return {
      chunk_index: index,
      row_offset: offset,
      row_count: data.length,
      ...(data.length ? { data_array: data } : {}),
      ...(index + 1 < total
        ? {
            next_chunk_index: index + 1,
            next_chunk_internal_link: `${API}/${rec.statement_id}/result/chunks/${index + 1}`,
          }
        : {}),
    };
  };
  const view = (rec: StatementRecord) => {
    const status = {
      state: rec.state,
      ...(rec.error ? { error: rec.error } : {}),
      ...(rec.sql_state ? { sql_state: rec.sql_state } : {}),
    };
    if (rec.state !== 'SUCCEEDED') return { statement_id: rec.statement_id, status };
    const rows = rec.rows ?? [];
    const chunks = Math.max(1, Math.ceil(rows.length / CHUNK_ROWS));
    return {
      statement_id: rec.statement_id,
      status,
      manifest: {
        format: 'JSON_ARRAY',
        schema: { column_count: rec.columns!.length, columns: rec.columns },
        total_chunk_count: chunks,
        chunks: Array.from({ length: chunks }, (_, i) => ({
          chunk_index: i,
          row_offset: i * CHUNK_ROWS,
          row_count: Math.min(CHUNK_ROWS, rows.length - i * CHUNK_ROWS),
        })),
        total_row_count: rows.length,
        truncated: rec.truncated ?? false,
      },
      result: chunk(rec, 0),
    };
  };
  const find = (id: string): StatementRecord => {
    const rec = state.statements.find((s) => s.statement_id === id);
    if (!rec) throw notFound(`Statement '${id}' does not exist.`);
    return rec;
  };
  const byId = (rest: string) => new RegExp(`^${API.replace(/\//g, '\\/')}\\/(?<id>[^/]+)${rest}$`);

  ctx.router.add('POST', API, async (req: LocalRequest) => {
    const a = args(req);
    reqString(a, 'warehouse_id');
    const statement = reqString(a, 'statement');
    if (Buffer.byteLength(statement) > 16 * 1024 * 1024)
      throw invalid('The statement is larger than 16 MiB.');
    const wait = optString(a, 'wait_timeout') ?? '10s';
    const wm = /^(\d+)s$/.exec(wait);
    const waitSeconds = wm ? Number(wm[1]) : NaN;
    if (!(waitSeconds === 0 || (waitSeconds >= 5 && waitSeconds <= 50))) {
      throw invalid(`Invalid wait_timeout '${wait}': use "0s" or a value from "5s" to "50s".`);
    }
    const onTimeout = optString(a, 'on_wait_timeout') ?? 'CONTINUE';
    if (onTimeout !== 'CONTINUE' && onTimeout !== 'CANCEL')
      throw invalid(`Invalid on_wait_timeout '${onTimeout}': use CONTINUE or CANCEL.`);
    const disposition = optString(a, 'disposition') ?? 'INLINE';
    const format = optString(a, 'format') ?? 'JSON_ARRAY';
    if (disposition !== 'INLINE')
      throw invalid(`The local workspace supports only disposition INLINE, not ${disposition}.`);
    if (format !== 'JSON_ARRAY')
      throw invalid(`Format ${format} is not supported with disposition INLINE; use JSON_ARRAY.`);
    const parameters = (optList(a, 'parameters') ?? []) as Args[];
    for (const p of parameters) {
      if (!p || typeof p !== 'object' || !p.name) throw invalid("Each parameter needs a 'name'.");
      bindValue(p); // validate now: a malformed parameter is a bad request, not a SQL failure
    }
    if (translate(statement, { catalog: 'x', schema: 'x' }).positional) {
      throw invalid(
        'Positional parameter markers (?) are not supported; use named markers such as :name.',
      );
    }
    const rowLimit = optNumber(a, 'row_limit');
    const rec: StatementRecord = {
      statement_id: randomUUID(),
      state: 'PENDING',
      submitted_at: ctx.now(),
      statement,
      catalog: optString(a, 'catalog') ?? 'main',
      schema: optString(a, 'schema') ?? 'default',
      parameters,
      ...(rowLimit !== undefined ? { row_limit: rowLimit } : {}),
    };
    state.statements.push(rec);
    if (state.statements.length > KEEP_STATEMENTS)
      state.statements.splice(0, state.statements.length - KEEP_STATEMENTS);
    const d = await database();
    if (waitSeconds === 0) {
      // Asynchronous: answer PENDING now; it runs shortly, or as soon as it is polled.
      const timer = setTimeout(() => execute(d, rec), ASYNC_START_MS);
      timer.unref();
      timers.set(rec.statement_id, timer);
    } else {
      execute(d, rec);
    }
    return ok(view(rec));
  });
  ctx.router.add('GET', byId(''), async (req) => {
    const rec = find(req.params.id);
    if (rec.state === 'PENDING' || rec.state === 'RUNNING') execute(await database(), rec);
    return ok(view(rec));
  });
  ctx.router.add('POST', byId('\\/cancel'), (req) => {
    const rec = find(req.params.id);
    if (rec.state === 'PENDING' || rec.state === 'RUNNING') {
      clearTimeout(timers.get(rec.statement_id));
      timers.delete(rec.statement_id);
      rec.state = 'CANCELED';
    }
    return ok({});
  });
  ctx.router.add('GET', byId('\\/result\\/chunks\\/(?<chunk>\\d+)'), async (req) => {
    const rec = find(req.params.id);
    if (rec.state === 'PENDING' || rec.state === 'RUNNING') execute(await database(), rec);
    if (rec.state !== 'SUCCEEDED')
      throw invalid(`Statement '${rec.statement_id}' has no result: its state is ${rec.state}.`);
    const index = Number(req.params.chunk);
    const total = Math.max(1, Math.ceil((rec.rows ?? []).length / CHUNK_ROWS));
    if (index >= total)
      throw invalid(`Chunk index ${index} is out of range: the result has ${total} chunk(s).`);
    return ok(chunk(rec, index));
  });
}
