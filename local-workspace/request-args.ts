/**
 * Reading a request's arguments the way the service does: from the query string or the JSON body,
 * whatever the method (GET parameters arrive as a query from most clients and as a body from older
 * ones; DELETE arrives either way).
 */
import type { LocalRequest } from './types';
import { invalid } from './errors';

export type Args = Record<string, unknown>;

/** The JSON body merged over the query string; a repeated query parameter becomes a list. */
export function args(req: LocalRequest): Args {
  const out: Args = {};
  for (const [k, v] of req.query) {
    const prev = out[k];
    if (prev === undefined) out[k] = v;
    else out[k] = Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  if (req.body && typeof req.body === 'object' && !Array.isArray(req.body)) {
    Object.assign(out, req.body as Args);
  }
  return out;
}

/** A string argument; numbers (and bigints from the lossless parser) are accepted and stringified. */
export function optString(a: Args, key: string): string | undefined {
  const v = a[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  throw invalid(`Invalid value for parameter '${key}': expected a string.`);
}

export function reqString(a: Args, key: string): string {
  const v = optString(a, key);
  if (v === undefined || v === '') throw invalid(`Missing value for required parameter '${key}'.`);
  return v;
}

export function optNumber(a: Args, key: string): number | undefined {
  const v = a[key];
  if (v === undefined || v === null || v === '') return undefined;
  const n = typeof v === 'bigint' ? Number(v) : typeof v === 'string' ? Number(v) : v;
  if (typeof n !== 'number' || Number.isNaN(n)) {
    throw invalid(
      `Invalid value ${JSON.stringify(String(v))} for parameter '${key}': expected a number.`,
    );
  }
  return n;
}

export function optBool(a: Args, key: string): boolean | undefined {
  const v = a[key];
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw invalid(
    `Invalid value ${JSON.stringify(String(v))} for parameter '${key}': expected true or false.`,
  );
}

/** A list argument: a JSON array, or one or more repeated query parameters. */
export function optList(a: Args, key: string): unknown[] | undefined {
  const v = a[key];
  if (v === undefined || v === null) return undefined;
  return Array.isArray(v) ? v : [v];
}
