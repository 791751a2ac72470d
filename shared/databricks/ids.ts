import { isInteger, isSafeNumber, parse, stringify } from 'lossless-json';

/**
 * Job, run and other int64 ids as the typed APIs expose them: decimal strings. Databricks ids are
 * close to 2^53 and some exceed it, so a JS number would silently round them.
 */
export type Id = string;

/** What callers may pass where an id is expected. Numbers are accepted only when exact. */
export type IdLike = string | number | bigint;

/**
 * Parses a response body. Integers that do not fit a double become `bigint` so that nothing is
 * rounded; every other number stays a `number` so ordinary fields remain easy to use.
 */
export function parseJson(text: string): unknown {
  return parse(text, null, (value: string) => {
    if (isInteger(value) && !isSafeNumber(value)) return BigInt(value);
    return Number(value);
  });
}

/** Serialises a request body; `bigint` values become plain JSON integers, not strings. */
export function stringifyJson(value: unknown): string {
  return stringify(value) ?? 'null';
}

/** Normalises an id given by a caller; throws on anything that is not a whole decimal number. */
export function toId(value: IdLike, what = 'id'): Id {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new TypeError(`${what} ${value} is not exact as a number; pass it as a decimal string`);
    }
    return String(value);
  }
  const trimmed = value.trim();
  if (!/^\d+$/.test(trimmed)) throw new TypeError(`${what} '${value}' is not a decimal number`);
  return trimmed.replace(/^0+(?=\d)/, '');
}

/** An id as it goes on the wire: a JSON integer even above 2^53. */
export function wireId(value: IdLike, what = 'id'): bigint {
  return BigInt(toId(value, what));
}

/**
 * Replaces, at any depth, the values of the named integer fields with decimal strings. Applied to
 * the Jobs API responses, where `job_id`, `run_id` and friends are int64.
 */
export function idsToStrings<T>(value: unknown, keys: ReadonlySet<string>): T {
  return convert(value, keys) as T;
}

function convert(value: unknown, keys: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => convert(v, keys));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (keys.has(k) && (typeof v === 'number' || typeof v === 'bigint')) out[k] = String(v);
    else out[k] = convert(v, keys);
  }
  return out;
}

/** The reverse of `idsToStrings` for request bodies: decimal-string ids become JSON integers. */
export function idsToWire<T>(value: T, keys: ReadonlySet<string>): T {
  return toWire(value, keys) as T;
}

function toWire(value: unknown, keys: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => toWire(v, keys));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (keys.has(k) && (typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint')) {
      out[k] = wireId(v, k);
    } else {
      out[k] = toWire(v, keys);
    }
  }
  return out;
}

/** The int64 fields of the Jobs API. */
export const JOB_ID_FIELDS: ReadonlySet<string> = new Set([
  'job_id',
  'run_id',
  'job_run_id',
  'number_in_job',
  'original_attempt_run_id',
  'parent_run_id',
]);
