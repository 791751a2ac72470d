/**
 * Helpers shared by the MLflow, Unity Catalog, serving and SQL modules: argument reading (query or
 * body, checklist item 6), Databricks-shaped errors and page tokens.
 */
import { ApiError, type LocalRequest, type LocalResponse, type ModuleContext } from './types';

export type Args = Record<string, unknown>;

/**
 * The request's arguments: the JSON body merged over the query string. GET parameters arrive as a
 * query from the MLflow client and as a body from older clients; DELETE arrives either way.
 */
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

/** A 200 answer; top-level fields that are `undefined` (an absent page token) are left out. */
export function ok(body: unknown = {}): LocalResponse {
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    body = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
  }
  return { status: 200, body };
}

export function invalid(message: string): ApiError {
  return new ApiError(400, 'INVALID_PARAMETER_VALUE', message);
}

export function notFound(message: string): ApiError {
  return new ApiError(404, 'RESOURCE_DOES_NOT_EXIST', message);
}

export function alreadyExists(message: string): ApiError {
  return new ApiError(409, 'RESOURCE_ALREADY_EXISTS', message);
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

export interface Tag {
  key: string;
  value: string;
}

/** `[{key, value}]` from a request, validated. */
export function tagList(a: Args, key = 'tags'): Tag[] {
  const list = optList(a, key) ?? [];
  return list.map((t) => {
    if (!t || typeof t !== 'object')
      throw invalid(`Invalid value for parameter '${key}': expected [{key, value}].`);
    const o = t as Args;
    return { key: reqString(o, 'key'), value: optString(o, 'value') ?? '' };
  });
}

/** Sets or replaces a tag in place (tags are unique by key). */
export function putTag(tags: Tag[], tag: Tag): void {
  const i = tags.findIndex((t) => t.key === tag.key);
  if (i >= 0) tags[i] = tag;
  else tags.push(tag);
}

/**
 * One page of `items`. The token is opaque to clients (base64 of the offset), as real page tokens
 * are; a token that does not decode is an INVALID_PARAMETER_VALUE.
 */
export function page<T>(
  items: T[],
  a: Args,
  opts: { defaultSize: number; maxSize: number; sizeKey?: string },
): { items: T[]; next_page_token?: string } {
  const size = optNumber(a, opts.sizeKey ?? 'max_results') ?? opts.defaultSize;
  if (!Number.isInteger(size) || size < 1 || size > opts.maxSize) {
    throw invalid(
      `Invalid value ${size} for parameter '${opts.sizeKey ?? 'max_results'}': must be between 1 and ${opts.maxSize}.`,
    );
  }
  const token = optString(a, 'page_token');
  let offset = 0;
  if (token) {
    const decoded = Buffer.from(token, 'base64url').toString('utf8');
    const m = /^offset:(\d+)$/.exec(decoded);
    if (!m) throw invalid(`Invalid page token '${token}'.`);
    offset = Number(m[1]);
  }
  const slice = items.slice(offset, offset + size);
  const next =
    offset + size < items.length
      ? Buffer.from(`offset:${offset + size}`).toString('base64url')
      : undefined;
  return next ? { items: slice, next_page_token: next } : { items: slice };
}

/** The user every request acts as: the local workspace has one identity. */
export const LOCAL_USER = 'local-user@localhost';

/**
 * Lets modules of one workspace find each other's state (serving checks that a UC model version
 * exists). Keyed by the router, which is one object per workspace; several workspaces may live in
 * one process (tests).
 */
const registries = new WeakMap<object, Map<string, unknown>>();

export function share(ctx: ModuleContext, name: string, value: unknown): void {
  let m = registries.get(ctx.router);
  if (!m) registries.set(ctx.router, (m = new Map()));
  m.set(name, value);
}

export function shared<T>(ctx: ModuleContext, name: string): T | undefined {
  return registries.get(ctx.router)?.get(name) as T | undefined;
}

/**
 * A module's state, saved and restored under `name` through `ctx.persist`: every key missing
 * from what was saved keeps its initial value.
 */
export function persistedState<S extends object>(ctx: ModuleContext, name: string, initial: S): S {
  const state = { ...initial };
  ctx.persist(
    name,
    () => state,
    (saved) => Object.assign(state, initial, (saved ?? {}) as Partial<S>),
  );
  return state;
}

/** Adds JSON routes under `base` whose handlers get the merged query/body arguments. */
export function jsonRoutes(ctx: ModuleContext, base: string) {
  return (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    fn: (a: Args, req: LocalRequest) => unknown,
  ) => ctx.router.add(method, `${base}/${path}`, (req) => ok(fn(args(req), req)));
}
