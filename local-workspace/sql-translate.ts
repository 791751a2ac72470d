/**
 * Maps a Databricks SQL statement onto SQLite: Unity Catalog table names (`catalog.schema.table`,
 * `schema.table`, or `table` resolved against the request's catalog and schema) become one SQLite
 * table named `catalog__schema__table`; double-quoted text becomes a string (Spark's default);
 * `current_timestamp()` loses its parentheses; `USING DELTA` and `CREATE OR REPLACE` are handled.
 * It is a tokenizer with a small state machine, not a SQL parser: see README-ml.md for its limits.
 */
import { rewriteStructs, type StructColumns } from './sql-structs';

export interface TableRef {
  catalog: string;
  schema: string;
  table: string;
  /** The SQLite table name. */
  engine: string;
}

export interface Translation {
  /** The statements to run in order (CREATE OR REPLACE becomes DROP IF EXISTS + CREATE). */
  statements: string[];
  /** Statements that are accepted and do nothing (CREATE SCHEMA, USE …). */
  noop: boolean;
  /** The first keyword, upper-cased (SELECT, INSERT, …). */
  verb: string;
  tables: TableRef[];
  /** Named parameter markers used, without the colon. */
  params: string[];
  /** A `?` marker was used: only named markers are allowed. */
  positional: boolean;
  /** More than one statement was sent. */
  multiple: boolean;
}

type Kind = 'ws' | 'comment' | 'string' | 'ident' | 'word' | 'number' | 'param' | 'qmark' | 'punct';
export interface Token {
  kind: Kind;
  text: string;
  /** For identifiers and words: the name without quotes. */
  value?: string;
}

export function engineName(catalog: string, schema: string, table: string): string {
  return `${catalog}__${schema}__${table}`.toLowerCase();
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function quoteString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

export function tokenize(sql: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const push = (kind: Kind, start: number, value?: string) =>
    out.push({ kind, text: sql.slice(start, i), value });
  while (i < sql.length) {
    const start = i;
    const c = sql[i];
    if (/\s/.test(c)) {
      while (i < sql.length && /\s/.test(sql[i])) i++;
      push('ws', start);
    } else if (c === '-' && sql[i + 1] === '-') {
      while (i < sql.length && sql[i] !== '\n') i++;
      push('comment', start);
    } else if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? sql.length : end + 2;
      push('comment', start);
    } else if (c === "'" || c === '"' || c === '`') {
      let value = '';
      i++;
      while (i < sql.length) {
        if (sql[i] === '\\' && c !== '`' && i + 1 < sql.length) {
          // Spark strings accept backslash escapes.
          const n = sql[i + 1];
          value += n === 'n' ? '\n' : n === 't' ? '\t' : n;
          i += 2;
          continue;
        }
        if (sql[i] === c) {
          if (sql[i + 1] === c) {
            value += c;
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += sql[i++];
      }
      if (c === '`') push('ident', start, value);
      else {
        out.push({ kind: 'string', text: quoteString(value), value });
      }
    } else if (c === ':' && /[A-Za-z_]/.test(sql[i + 1] ?? '') && !/[:\w]/.test(sql[i - 1] ?? '')) {
      // `name:x` right after a name is a struct field's type or a JSON path, not a marker.
      i++;
      while (i < sql.length && /\w/.test(sql[i])) i++;
      push('param', start, sql.slice(start + 1, i));
    } else if (c === '?') {
      i++;
      push('qmark', start);
    } else if (/[A-Za-z_]/.test(c)) {
      while (i < sql.length && /\w/.test(sql[i])) i++;
      push('word', start, sql.slice(start, i));
    } else if (/\d/.test(c) || (c === '.' && /\d/.test(sql[i + 1] ?? ''))) {
      while (i < sql.length && /[\d.eE]/.test(sql[i])) {
        if ((sql[i] === 'e' || sql[i] === 'E') && /[-+]/.test(sql[i + 1] ?? '')) i++;
        i++;
      }
      // Spark numeric suffixes (1L, 2.0D, 3BD) have no SQLite meaning.
      const m = /^(BD|[LSYDF])\b/i.exec(sql.slice(i));
      const text = sql.slice(start, i);
      if (m) i += m[0].length;
      out.push({ kind: 'number', text });
    } else {
      i++;
      if (
        (c === ':' && sql[i] === ':') ||
        (c === '<' && /[=>]/.test(sql[i] ?? '')) ||
        (c === '>' && sql[i] === '=') ||
        (c === '!' && sql[i] === '=') ||
        (c === '|' && sql[i] === '|')
      )
        i++;
      push('punct', start);
    }
  }
  return out;
}

const AFTER_TABLE_KEYWORDS = new Set(
  'WHERE JOIN INNER LEFT RIGHT FULL CROSS OUTER NATURAL ON USING GROUP ORDER LIMIT OFFSET UNION EXCEPT INTERSECT HAVING WINDOW SET VALUES SELECT RETURNING INDEXED NOT LATERAL PIVOT TABLESAMPLE'.split(
    ' ',
  ),
);
const END_OF_FROM = new Set(
  'WHERE GROUP ORDER LIMIT HAVING WINDOW UNION EXCEPT INTERSECT ON USING SET VALUES SELECT RETURNING'.split(
    ' ',
  ),
);

const isName = (t: Token | undefined) => !!t && (t.kind === 'word' || t.kind === 'ident');
const upper = (t: Token | undefined) => (t && t.kind === 'word' ? t.text.toUpperCase() : '');

export interface TranslateOptions {
  catalog: string;
  schema: string;
  /** The struct columns of the tables a statement names (sql-structs.ts). */
  structs?: (tables: readonly TableRef[]) => StructColumns;
}

export function translate(sql: string, defaults: TranslateOptions): Translation {
  const all = tokenize(sql);
  // Split on top-level semicolons; anything after the first statement makes it "multiple".
  const semi = all.findIndex((t) => t.kind === 'punct' && t.text === ';');
  const tokens = semi < 0 ? all : all.slice(0, semi);
  const multiple =
    semi >= 0 &&
    all.slice(semi + 1).some((t) => t.kind !== 'ws' && t.kind !== 'comment' && t.text !== ';');
  const sig = tokens
    .map((t, i) => [t, i] as const)
    .filter(([t]) => t.kind !== 'ws' && t.kind !== 'comment');
  const words = sig.map(([t]) => upper(t));
  const verb = words[0] ?? '';
  const result: Translation = {
    statements: [],
    noop: false,
    verb,
    tables: [],
    params: [],
    positional: tokens.some((t) => t.kind === 'qmark'),
    multiple,
  };
  for (const t of tokens)
    if (t.kind === 'param' && !result.params.includes(t.value!)) result.params.push(t.value!);

  if (
    verb === 'USE' ||
    ((verb === 'CREATE' || verb === 'DROP' || verb === 'ALTER') &&
      /^(SCHEMA|DATABASE|CATALOG)$/.test(words[1] ?? ''))
  ) {
    result.noop = true;
    return result;
  }

  // CTE names (`name [(cols)] AS (`) are not tables.
  const ctes = new Set<string>();
  for (let k = 0; k < sig.length; k++) {
    const [t] = sig[k];
    if (!isName(t) || ['TABLE', 'VIEW', 'EXISTS'].includes(words[k - 1] ?? '')) continue;
    let j = k + 1;
    if (sig[j]?.[0].text === '(') {
      let depth = 0;
      for (; j < sig.length; j++) {
        if (sig[j][0].text === '(') depth++;
        else if (sig[j][0].text === ')' && --depth === 0) break;
      }
      j++;
    }
    if (words[j] === 'AS' && sig[j + 1]?.[0].text === '(')
      ctes.add((t.value ?? t.text).toLowerCase());
  }

  // Walk the significant tokens, rewriting table references in place.
  const rewritten = tokens.map((t) => t.text);
  const fromStack: boolean[] = [false];
  let expect: '' | 'from' | 'into' | 'table' | 'update' = '';
  const dropToken = new Set<number>();
  for (let k = 0; k < sig.length; k++) {
    const [t, idx] = sig[k];
    const w = words[k];
    if (t.text === '(') {
      // A subquery or function call in a FROM clause is not a table name.
      fromStack.push(false);
      if (expect === 'from' || expect === 'update') expect = '';
      continue;
    }
    if (t.text === ')') {
      if (fromStack.length > 1) fromStack.pop();
      continue;
    }
    if (t.text === ',' && fromStack[fromStack.length - 1]) {
      expect = 'from';
      continue;
    }
    // `current_timestamp()` is Spark; SQLite has the keyword only.
    if (
      /^(CURRENT_TIMESTAMP|CURRENT_DATE)$/.test(w) &&
      sig[k + 1]?.[0].text === '(' &&
      sig[k + 2]?.[0].text === ')'
    ) {
      dropToken.add(sig[k + 1][1]);
      dropToken.add(sig[k + 2][1]);
      k += 2;
      continue;
    }
    if (
      w === 'USING' &&
      verb === 'CREATE' &&
      sig[k + 1] &&
      sig[k + 1][0].kind === 'word' &&
      sig[k + 2]?.[0].text !== '('
    ) {
      dropToken.add(idx);
      dropToken.add(sig[k + 1][1]);
      k++;
      continue;
    }
    if (w === 'FROM' || w === 'JOIN') {
      fromStack[fromStack.length - 1] = true;
      expect = 'from';
      continue;
    }
    if (END_OF_FROM.has(w)) {
      fromStack[fromStack.length - 1] = false;
      expect = '';
      continue;
    }
    if (w === 'INTO') {
      expect = 'into';
      continue;
    }
    if (w === 'UPDATE') {
      expect = 'update';
      continue;
    }
    if (w === 'TABLE' || w === 'VIEW') {
      expect = 'table';
      continue;
    }
    if (expect && (w === 'IF' || w === 'NOT' || w === 'EXISTS' || w === 'ONLY')) continue;
    if (!expect || !isName(t)) {
      expect = '';
      continue;
    }
    // A name in table position: gather the dotted chain.
    const chain: Array<readonly [Token, number]> = [sig[k]];
    while (sig[k + 1]?.[0].text === '.' && isName(sig[k + 2]?.[0])) {
      chain.push(sig[k + 2]);
      k += 2;
    }
    const kindOfPosition = expect;
    expect = '';
    const names = chain.map(([c]) => (c.value ?? c.text).toLowerCase());
    if (names.length === 1 && ctes.has(names[0])) continue;
    if (kindOfPosition === 'from' && names.length === 1 && sig[k + 1]?.[0].text === '(') continue; // table function
    if (names.length > 3) continue;
    const [catalog, schema, table] =
      names.length === 3
        ? names
        : names.length === 2
          ? [defaults.catalog.toLowerCase(), names[0], names[1]]
          : [defaults.catalog.toLowerCase(), defaults.schema.toLowerCase(), names[0]];
    const engine = engineName(catalog, schema, table);
    if (!result.tables.some((x) => x.engine === engine))
      result.tables.push({ catalog, schema, table, engine });
    let replacement = quoteIdent(engine);
    if (kindOfPosition === 'from' || kindOfPosition === 'update') {
      const next = sig[k + 1]?.[0];
      const hasAlias =
        next &&
        ((next.kind === 'word' && !AFTER_TABLE_KEYWORDS.has(upper(next))) ||
          next.kind === 'ident' ||
          upper(next) === 'AS');
      // Keep `table.column` references working after the rename.
      if (!hasAlias && names.length > 0) replacement += ` AS ${quoteIdent(table)}`;
    }
    rewritten[chain[0][1]] = replacement;
    for (let c = chain[0][1] + 1; c <= chain[chain.length - 1][1]; c++) rewritten[c] = '';
  }
  rewriteStructs(sig, words, rewritten, verb, defaults.structs?.(result.tables) ?? new Map());
  const text = rewritten.map((s, i) => (dropToken.has(i) ? '' : s)).join('');
  if (
    verb === 'CREATE' &&
    words[1] === 'OR' &&
    words[2] === 'REPLACE' &&
    (words[3] === 'TABLE' || words[3] === 'VIEW') &&
    result.tables[0]
  ) {
    const kind = words[3];
    result.statements.push(`DROP ${kind} IF EXISTS ${quoteIdent(result.tables[0].engine)}`);
    result.statements.push(
      text.replace(
        /^(\s*(?:--[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*)CREATE\s+OR\s+REPLACE\s+/i,
        '$1CREATE ',
      ),
    );
  } else {
    result.statements.push(text);
  }
  return result;
}

/** Rewrites engine table names in an SQLite message back to `catalog`.`schema`.`table`. */
export function displayNames(message: string): string {
  return message.replace(
    /"?\b(?:main\.)?([a-z0-9_]+?)__([a-z0-9_]+?)__([a-z0-9_]+)\b"?/gi,
    '`$1`.`$2`.`$3`',
  );
}
