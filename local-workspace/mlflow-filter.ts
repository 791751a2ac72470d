/**
 * MLflow's search filter language, as far as runs, experiments and model-version searches use it:
 * clauses joined by AND (MLflow has no OR), each `<key> <op> <value>`.
 *   metrics.rmse < 0.5 AND params.alpha = '0.1' AND tags.`mlflow.runName` LIKE 'lgbm%'
 *   attributes.status IN ('FINISHED', 'FAILED')      name = 'prod.fraud.model'
 * The key is split at its first dot into an entity (`metrics`, `params`, `tags`, `attributes`, …)
 * and a name, so `tags.mlflow.runName` is the tag `mlflow.runName`, as in MLflow's SearchUtils.
 */
import { invalid } from './errors';

export type Op = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'LIKE' | 'ILIKE' | 'IN' | 'NOT IN';

export interface Clause {
  /** The part before the first dot, lower-cased (`metrics`, `params`, `tags`, `attributes`), or '' for a bare key. */
  entity: string;
  key: string;
  op: Op;
  value: string | number | Array<string | number>;
}

const ENTITY_ALIASES: Record<string, string> = {
  metric: 'metrics',
  metrics: 'metrics',
  param: 'params',
  params: 'params',
  parameter: 'params',
  parameters: 'params',
  tag: 'tags',
  tags: 'tags',
  attribute: 'attributes',
  attributes: 'attributes',
  attr: 'attributes',
  run: 'attributes',
  dataset: 'datasets',
  datasets: 'datasets',
};

export function parseFilter(filter: string | undefined): Clause[] {
  if (!filter || !filter.trim()) return [];
  const s = filter;
  let i = 0;
  const fail = (what: string): never => {
    throw invalid(`Error on parsing filter '${filter}': ${what} at position ${i}.`);
  };
  const ws = () => {
    while (i < s.length && /\s/.test(s[i])) i++;
  };
  const quoted = (q: string): string => {
    let out = '';
    i++;
    for (;;) {
      if (i >= s.length) fail('unterminated quote');
      if (s[i] === q) {
        if (s[i + 1] === q) {
          out += q;
          i += 2;
          continue;
        }
        i++;
        return out;
      }
      out += s[i++];
    }
  };
  const word = (): string => {
    const m = /^[A-Za-z0-9_\-:/+]+/.exec(s.slice(i));
    if (!m) fail('expected an identifier');
    i += m![0].length;
    return m![0];
  };
  const keyParts = (): string[] => {
    const parts: string[] = [];
    let cur = '';
    for (;;) {
      if (s[i] === '`' || s[i] === '"') cur += quoted(s[i]);
      else cur += word();
      if (s[i] === '.') {
        if (parts.length === 0) {
          parts.push(cur);
          cur = '';
        } else cur += '.';
        i++;
        continue;
      }
      parts.push(cur);
      return parts;
    }
  };
  const literal = (): string | number => {
    ws();
    if (s[i] === "'" || s[i] === '"') return quoted(s[i]);
    const m = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(s.slice(i));
    if (!m) fail('expected a quoted string or a number');
    i += m![0].length;
    return Number(m![0]);
  };
  const clauses: Clause[] = [];
  for (;;) {
    ws();
    const parts = keyParts();
    const [entity, key] =
      parts.length === 1
        ? ['', parts[0]]
        : [ENTITY_ALIASES[parts[0].toLowerCase()] ?? parts[0].toLowerCase(), parts[1]];
    ws();
    const rest = s.slice(i);
    const opMatch = /^(<=|>=|!=|<>|=|<|>|ILIKE\b|LIKE\b|NOT\s+IN\b|IN\b)/i.exec(rest);
    if (!opMatch) fail('expected a comparator');
    i += opMatch![0].length;
    const rawOp = opMatch![0].toUpperCase().replace(/\s+/g, ' ');
    const op = (rawOp === '<>' ? '!=' : rawOp) as Op;
    let value: Clause['value'];
    if (op === 'IN' || op === 'NOT IN') {
      ws();
      if (s[i] !== '(') fail("expected '('");
      i++;
      const list: Array<string | number> = [];
      for (;;) {
        list.push(literal());
        ws();
        if (s[i] === ',') {
          i++;
          continue;
        }
        if (s[i] === ')') {
          i++;
          break;
        }
        fail("expected ',' or ')'");
      }
      value = list;
    } else value = literal();
    clauses.push({ entity, key, op, value });
    ws();
    if (i >= s.length) return clauses;
    const and = /^AND\b/i.exec(s.slice(i));
    if (!and) fail("expected 'AND' (MLflow filters do not support OR)");
    i += 3;
  }
}

function likeToRegExp(pattern: string, insensitive: boolean): RegExp {
  const body = pattern
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/%/g, '.*')
    .replace(/_/g, '.');
  return new RegExp(`^${body}$`, insensitive ? 'is' : 's');
}

/** Whether `actual` satisfies the clause; a missing value never matches (as in MLflow's SQL store). */
export function matches(actual: string | number | undefined | null, c: Clause): boolean {
  if (actual === undefined || actual === null) return c.op === 'NOT IN' ? false : false;
  const v = c.value;
  switch (c.op) {
    case 'LIKE':
    case 'ILIKE':
      return likeToRegExp(String(v), c.op === 'ILIKE').test(String(actual));
    case 'IN':
      return (v as Array<string | number>).some((x) => String(x) === String(actual));
    case 'NOT IN':
      return !(v as Array<string | number>).some((x) => String(x) === String(actual));
  }
  const numeric = typeof actual === 'number';
  if (numeric && typeof v !== 'number') {
    throw invalid(`Expected numeric value type for comparison of '${c.key}', got '${String(v)}'.`);
  }
  const a = numeric ? actual : String(actual);
  const b = numeric ? (v as number) : String(v);
  switch (c.op) {
    case '=':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
  }
  return false;
}

export interface OrderKey {
  entity: string;
  key: string;
  desc: boolean;
}

/** `order_by` entries such as `metrics.rmse DESC`, `attributes.start_time`, `name ASC`. */
export function parseOrderBy(list: unknown[] | undefined): OrderKey[] {
  return (list ?? []).map((raw) => {
    const m = /^\s*(.+?)(?:\s+(ASC|DESC))?\s*$/i.exec(String(raw));
    if (!m) throw invalid(`Invalid order_by clause '${String(raw)}'.`);
    const ident = m[1].replace(/`/g, '');
    const dot = ident.indexOf('.');
    const [entity, key] =
      dot < 0
        ? ['', ident]
        : [
            ENTITY_ALIASES[ident.slice(0, dot).toLowerCase()] ?? ident.slice(0, dot),
            ident.slice(dot + 1),
          ];
    return { entity, key, desc: (m[2] ?? 'ASC').toUpperCase() === 'DESC' };
  });
}

/** Compares two values for ordering; missing values sort last whatever the direction (MLflow does so). */
export function compareValues(
  a: string | number | undefined,
  b: string | number | undefined,
  desc: boolean,
): number {
  if (a === undefined && b === undefined) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  const r =
    typeof a === 'number' && typeof b === 'number'
      ? a - b
      : String(a) < String(b)
        ? -1
        : String(a) > String(b)
          ? 1
          : 0;
  return desc ? -r : r;
}
