/**
 * Object permissions under `/api/2.0/permissions/{type}/{id}`: GET, PATCH (add or change grants)
 * and PUT (replace the direct grants). Only direct grants are kept; the owner and the admins
 * group that a real workspace also lists are not, and the object itself is not looked up.
 */
import { invalid } from './errors';
import type { LocalRequest, ModuleContext } from './types';
import { ok } from './routes';
import { persistedState } from './state';

const PRINCIPALS = ['user_name', 'group_name', 'service_principal_name'] as const;
type Principal = (typeof PRINCIPALS)[number];

interface Grant {
  principal: Principal;
  name: string;
  level: string;
}

/** The levels each object type takes; types not listed take any level. */
const LEVELS: Record<string, string[]> = {
  jobs: ['CAN_VIEW', 'CAN_MANAGE_RUN', 'IS_OWNER', 'CAN_MANAGE'],
  experiments: ['CAN_READ', 'CAN_EDIT', 'CAN_MANAGE'],
  'registered-models': [
    'CAN_READ',
    'CAN_EDIT',
    'CAN_MANAGE_STAGING_VERSIONS',
    'CAN_MANAGE_PRODUCTION_VERSIONS',
    'CAN_MANAGE',
  ],
  'serving-endpoints': ['CAN_VIEW', 'CAN_QUERY', 'CAN_MANAGE'],
};
const SINGULAR: Record<string, string> = {
  jobs: 'job',
  experiments: 'mlflowExperiment',
  'registered-models': 'registered-model',
  'serving-endpoints': 'serving-endpoint',
};

const PATH =
  /^\/api\/2\.0\/permissions\/(?<type>jobs|experiments|registered-models|serving-endpoints|directories|notebooks|clusters)\/(?<id>[^/]+)$/;

/** Each workspace's grants, for other modules that grant on create (runs/submit). */
const states = new WeakMap<ModuleContext, { acl: Record<string, Grant[]> }>();

function parseGrants(list: unknown, type: string): Grant[] {
  if (!Array.isArray(list)) throw invalid('access_control_list is required and must be a list.');
  return list.map((entry: unknown) => {
    const e = (entry ?? {}) as Record<string, unknown>;
    const given = PRINCIPALS.filter((p) => typeof e[p] === 'string');
    if (given.length !== 1)
      throw invalid(
        'Each access control entry needs exactly one of user_name, group_name, service_principal_name.',
      );
    const level = e.permission_level;
    if (typeof level !== 'string') throw invalid('permission_level is required.');
    const allowed = LEVELS[type];
    if (allowed && !allowed.includes(level))
      throw invalid(
        `Permission level ${level} is not supported for ${type}; use one of ${allowed.join(', ')}.`,
      );
    return { principal: given[0], name: e[given[0]] as string, level };
  });
}

/**
 * Checks an `access_control_list` given on create (runs/submit), before anything is created;
 * returns what grants it, to apply once the object has its id.
 */
export function grantsOnCreate(
  ctx: ModuleContext,
  type: string,
  list: unknown,
): ((id: string) => void) | undefined {
  if (list === undefined || list === null) return undefined;
  const grants = parseGrants(list, type);
  return (id) => {
    const state = states.get(ctx);
    if (state) state.acl[`${type}/${id}`] = grants;
  };
}

export function register(ctx: ModuleContext): void {
  const state = persistedState<{ acl: Record<string, Grant[]> }>(ctx, 'permissions', { acl: {} });

  const render = (type: string, id: string) => ({
    object_id: `/${type}/${id}`,
    object_type: SINGULAR[type] ?? type.replace(/s$/, ''),
    access_control_list: (state.acl[`${type}/${id}`] ?? []).map((g) => ({
      [g.principal]: g.name,
      all_permissions: [{ permission_level: g.level, inherited: false }],
    })),
  });

  const read = (req: LocalRequest): Grant[] => {
    const body = (req.body ?? {}) as { access_control_list?: unknown };
    return parseGrants(body.access_control_list, req.params.type);
  };
  states.set(ctx, state);

  ctx.router.add('GET', PATH, (req) =>
    ok(render(req.params.type, decodeURIComponent(req.params.id))),
  );
  ctx.router.add('PATCH', PATH, (req) => {
    const key = `${req.params.type}/${decodeURIComponent(req.params.id)}`;
    const acl = [...(state.acl[key] ?? [])];
    for (const g of read(req)) {
      const i = acl.findIndex((a) => a.principal === g.principal && a.name === g.name);
      if (i >= 0) acl[i] = g;
      else acl.push(g);
    }
    state.acl[key] = acl;
    return ok(render(req.params.type, decodeURIComponent(req.params.id)));
  });
  ctx.router.add('PUT', PATH, (req) => {
    state.acl[`${req.params.type}/${decodeURIComponent(req.params.id)}`] = read(req);
    return ok(render(req.params.type, decodeURIComponent(req.params.id)));
  });
}
