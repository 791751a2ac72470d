/**
 * Unity Catalog grants under `/api/2.1/unity-catalog/permissions/{securable_type}/{full_name}`:
 * GET lists `privilege_assignments[{principal, privileges}]`, PATCH applies
 * `changes[{principal, add, remove}]` and answers the new list, as the real API does. A registered
 * model's securable type is `function` (models are functions to the permissions API; [inferred]:
 * the reference does not describe this API). Only direct grants are kept, and only models are
 * looked up: other securables (catalogs, schemas, ...) are implicit, as in unity-catalog.ts.
 */
import { invalid, notFound } from './errors';
import { args, optString } from './request-args';
import { ok } from './routes';
import { persistedState, shared } from './state';
import type { ModuleContext } from './types';
import type { UcLookup } from './unity-catalog';

const PATH = /^\/api\/2\.1\/unity-catalog\/permissions\/(?<type>[a-z_]+)\/(?<name>[^/]+)$/;

const TYPES = ['catalog', 'schema', 'table', 'function', 'volume', 'external_location'];
/** What can be granted on a registered model (a `function`); other types take any privilege. */
const MODEL_PRIVILEGES = ['ALL_PRIVILEGES', 'APPLY_TAG', 'EXECUTE', 'MANAGE'];

type Assignments = Record<string, string[]>;

export function register(ctx: ModuleContext): void {
  const state = persistedState<{ grants: Record<string, Assignments> }>(ctx, 'uc-permissions', {
    grants: {},
  });

  const securable = (type: string, rawName: string): string => {
    if (!TYPES.includes(type))
      throw invalid(`Invalid securable type '${type}'; use one of ${TYPES.join(', ')}.`);
    const name = decodeURIComponent(rawName).toLowerCase();
    if (type === 'function' && !shared<UcLookup>(ctx, 'unity-catalog')?.modelExists(name))
      throw notFound(`Function '${name}' does not exist.`);
    return `${type}/${name}`;
  };
  const render = (key: string, principal?: string) => ({
    privilege_assignments: Object.entries(state.grants[key] ?? {})
      .filter(([p, privileges]) => privileges.length > 0 && (!principal || p === principal))
      .map(([p, privileges]) => ({ principal: p, privileges: [...privileges] })),
  });

  ctx.router.add('GET', PATH, (req) => {
    const key = securable(req.params.type, req.params.name);
    return ok(render(key, optString(args(req), 'principal')));
  });
  ctx.router.add('PATCH', PATH, (req) => {
    const key = securable(req.params.type, req.params.name);
    const changes = (req.body as { changes?: unknown } | undefined)?.changes;
    if (!Array.isArray(changes)) throw invalid('changes is required and must be a list.');
    const next: Assignments = Object.fromEntries(
      Object.entries(state.grants[key] ?? {}).map(([p, l]) => [p, [...l]]),
    );
    for (const c of changes as Record<string, unknown>[]) {
      if (typeof c?.principal !== 'string' || c.principal === '')
        throw invalid('Each change needs a principal.');
      const list = (field: string): string[] => {
        const v = c[field] ?? [];
        if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
          throw invalid(`${field} must be a list of privileges.`);
        for (const p of v as string[])
          if (req.params.type === 'function' && !MODEL_PRIVILEGES.includes(p))
            throw invalid(`Privilege ${p} is not applicable to this entity.`);
        return v as string[];
      };
      const add = list('add');
      const remove = list('remove');
      const have = new Set(next[c.principal] ?? []);
      for (const p of add) have.add(p);
      for (const p of remove) have.delete(p);
      next[c.principal] = [...have];
    }
    state.grants[key] = next;
    return ok(render(key));
  });
}
