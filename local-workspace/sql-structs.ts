/**
 * Struct columns on SQLite, for the Lakehouse Monitoring metric tables (`window STRUCT<start:
 * TIMESTAMP, end: TIMESTAMP>`, `ks_test STRUCT<statistic: DOUBLE, pvalue: DOUBLE>`). SQLite has no
 * structs, so a struct column is stored as one column per field, named `"col.field"`, and the
 * statement is rewritten token by token:
 *
 * - `CREATE TABLE … (col STRUCT<a: T, b: U>)` declares `"col.a" T, "col.b" U`;
 * - `col.a` and `t.col.a` read `"col.a"` (named `a` in a select list, as Databricks names it);
 * - a bare `col` reads `json_object('a', "col.a", …)` (a STRUCT rendered as JSON), or, in an
 *   INSERT's column list, stands for the field columns;
 * - `named_struct('a', x, 'b', y)` and `struct(x, y)` in an INSERT give their values in field order;
 * - `TIMESTAMP '…'` and `DATE '…'` literals become the plain string.
 */
import type { Token } from './sql-translate';

type Sig = ReadonlyArray<readonly [Token, number]>;

/** Struct column name → its fields in declaration order. */
export type StructColumns = ReadonlyMap<string, readonly string[]>;

const isName = (t: Token | undefined) => !!t && (t.kind === 'word' || t.kind === 'ident');
const nameOf = (t: Token) => (t.value ?? t.text).toLowerCase();

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The index in `sig` of the bracket closing the one at `open`. */
function closing(sig: Sig, open: number, o: string, c: string): number {
  let depth = 0;
  for (let j = open; j < sig.length; j++) {
    if (sig[j][0].text === o) depth++;
    else if (sig[j][0].text === c && --depth === 0) return j;
  }
  return -1;
}

/** Top-level comma-separated items between `open` and `close` (exclusive), as sig index ranges. */
function items(sig: Sig, open: number, close: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let depth = 0;
  let start = open + 1;
  for (let j = open + 1; j < close; j++) {
    const t = sig[j][0].text;
    if (t === '(') depth++;
    else if (t === ')') depth--;
    else if (t === ',' && depth === 0) {
      out.push([start, j - 1]);
      start = j + 1;
    }
  }
  if (start < close) out.push([start, close - 1]);
  return out;
}

/** `col STRUCT<a: T, b: U>` → the field columns; undefined for shapes not handled (nesting). */
function flattenStruct(sig: Sig, at: number): { text: string; end: number } | undefined {
  const close = closing(sig, at + 1, '<', '>');
  if (close < 0) return undefined;
  const fields: string[] = [];
  let j = at + 2;
  while (j < close) {
    const [name] = sig[j];
    if (!isName(name)) return undefined;
    j++;
    const type: string[] = [];
    if (sig[j]?.[0].text === ':') j++;
    while (j < close && sig[j][0].text !== ',') {
      if (sig[j][0].text === '<') return undefined;
      type.push(sig[j++][0].text);
    }
    j++;
    fields.push(`${quote(`${nameOf(sig[at - 1][0])}.${nameOf(name)}`)} ${type.join(' ')}`);
  }
  return fields.length ? { text: fields.join(', '), end: close } : undefined;
}

/** Rewrites `rewritten` (one entry per token) in place. */
export function rewriteStructs(
  sig: Sig,
  words: readonly string[],
  rewritten: string[],
  verb: string,
  structs: StructColumns,
): void {
  const blank = (from: number, to: number) => {
    for (let c = sig[from][1]; c <= sig[to][1]; c++) rewritten[c] = '';
  };
  const joined = (from: number, to: number) =>
    rewritten.slice(sig[from][1], sig[to][1] + 1).join('');
  // First, as struct values below are copied from `rewritten`.
  for (let k = 0; k + 1 < sig.length; k++)
    if (/^(TIMESTAMP|DATE)$/.test(words[k]) && sig[k + 1][0].kind === 'string')
      rewritten[sig[k][1]] = '';
  let depth = 0;
  let inSelectList = false;
  for (let k = 0; k < sig.length; k++) {
    const [t, idx] = sig[k];
    const w = words[k];
    if (t.text === '(') depth++;
    if (t.text === ')') depth--;
    if (w === 'SELECT') inSelectList = true;
    if (w === 'FROM') inSelectList = false;
    const ends = (j: number) => {
      const n = sig[j]?.[0];
      return !n || n.text === ',' || words[j] === 'FROM' || n.text === ')';
    };

    if (
      verb === 'CREATE' &&
      w === 'STRUCT' &&
      sig[k + 1]?.[0].text === '<' &&
      isName(sig[k - 1]?.[0])
    ) {
      const flat = flattenStruct(sig, k);
      if (!flat) continue;
      rewritten[sig[k - 1][1]] = flat.text;
      blank(k, flat.end);
      k = flat.end;
      continue;
    }
    if (
      verb === 'INSERT' &&
      (w === 'NAMED_STRUCT' || w === 'STRUCT') &&
      sig[k + 1]?.[0].text === '('
    ) {
      const close = closing(sig, k + 1, '(', ')');
      if (close < 0) continue;
      const parts = items(sig, k + 1, close);
      const values = w === 'NAMED_STRUCT' ? parts.filter((_, i) => i % 2 === 1) : parts;
      const text = values.map(([a, b]) => joined(a, b).trim()).join(', ');
      blank(k, close);
      rewritten[idx] = text;
      k = close;
      continue;
    }
    if (!isName(t) || verb === 'CREATE') continue;
    const fields = structs.get(nameOf(t));
    if (!fields) continue;
    // `alias.col…`: the alias stays, only the struct part is rewritten.
    if (sig[k + 1]?.[0].text === '.' && isName(sig[k + 2]?.[0])) {
      const field = nameOf(sig[k + 2][0]);
      if (!fields.includes(field)) continue;
      const column = quote(`${nameOf(t)}.${field}`);
      blank(k, k + 2);
      rewritten[idx] =
        inSelectList && depth === 0 && ends(k + 3) ? `${column} AS ${quote(field)}` : column;
      k += 2;
      continue;
    }
    if (sig[k - 1]?.[0].text === '.') continue;
    if (verb === 'INSERT') {
      rewritten[idx] = fields.map((f) => quote(`${nameOf(t)}.${f}`)).join(', ');
      continue;
    }
    const json = `json_object(${fields.map((f) => `'${f}', ${quote(`${nameOf(t)}.${f}`)}`).join(', ')})`;
    rewritten[idx] =
      inSelectList && depth === 0 && ends(k + 1) ? `${json} AS ${quote(nameOf(t))}` : json;
  }
}
