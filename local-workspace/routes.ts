/** How an API module declares its routes: JSON in (query or body), JSON out. */
import type { LocalRequest, LocalResponse, ModuleContext } from './types';
import { args, type Args } from './request-args';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A 200 answer; top-level fields that are `undefined` (an absent page token) are left out. */
export function ok(body: unknown = {}): LocalResponse {
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    body = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
  }
  return { status: 200, body };
}

/**
 * Adds JSON routes under `base` whose handlers get the merged query/body arguments and return the
 * body of a 200 answer (or throw an ApiError).
 */
export function jsonRoutes(ctx: ModuleContext, base: string) {
  return (method: Method, path: string, fn: (a: Args, req: LocalRequest) => unknown) =>
    ctx.router.add(method, `${base}/${path}`, (req) => ok(fn(args(req), req)));
}
