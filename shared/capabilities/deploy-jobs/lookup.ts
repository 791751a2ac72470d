import type { DatabricksClient } from '../../databricks';
import { quoteValue } from '../../errors';
import type { OpenBundle } from './bundle';
import type { ResolveContext } from './model';
import { DefinitionError, at, isMap, type Json } from './yaml-source';

/**
 * How each `lookup` kind finds ids by name: the list API the workspace has, the list in its
 * answer, and the fields that hold the name and the id. A service principal resolves to its
 * application id, as in the bundle CLI. [inferred]: the reference does not describe these APIs.
 */
const KINDS: Record<
  string,
  { path: string; query?: (name: string) => Json; list: string; name: string; id: string }
> = {
  job: {
    path: '/api/2.2/jobs/list',
    query: (name) => ({ name, limit: 100 }),
    list: 'jobs',
    name: 'settings.name',
    id: 'job_id',
  },
  cluster_policy: {
    path: '/api/2.0/policies/clusters/list',
    list: 'policies',
    name: 'name',
    id: 'policy_id',
  },
  warehouse: { path: '/api/2.0/sql/warehouses', list: 'warehouses', name: 'name', id: 'id' },
  cluster: {
    path: '/api/2.1/clusters/list',
    list: 'clusters',
    name: 'cluster_name',
    id: 'cluster_id',
  },
  instance_pool: {
    path: '/api/2.0/instance-pools/list',
    list: 'instance_pools',
    name: 'instance_pool_name',
    id: 'instance_pool_id',
  },
  service_principal: {
    path: '/api/2.0/preview/scim/v2/ServicePrincipals',
    query: (name) => ({ filter: `displayName eq "${name.replace(/["\\]/g, '\\$&')}"` }),
    list: 'Resources',
    name: 'displayName',
    id: 'applicationId',
  },
};

const MAX_PAGES = 1000;

function field(o: unknown, dotted: string): unknown {
  let v = o;
  for (const k of dotted.split('.')) v = isMap(v) ? v[k] : undefined;
  return v;
}

/** Where a variable's value comes from a lookup: the target's value wins over the declaration. */
function lookupOf(b: OpenBundle, name: string, ctx: ResolveContext) {
  if (name in ctx.variables) return undefined;
  const targetVars = isMap(b.targetConfig.variables) ? b.targetConfig.variables : {};
  if (name in targetVars) {
    const v = targetVars[name];
    if (isMap(v) && isMap(v.lookup))
      return {
        lookup: v.lookup,
        file: b.root,
        keys: ['targets', b.target, 'variables', name, 'lookup'],
      };
    return undefined;
  }
  if (ctx.env[`BUNDLE_VAR_${name}`] !== undefined) return undefined;
  const decl = b.variables.get(name);
  return decl?.lookup
    ? { lookup: decl.lookup, file: decl.file, keys: [...decl.keys, 'lookup'] }
    : undefined;
}

/**
 * Resolves the bundle's `lookup` variables that the deploy needs (not given a value some other
 * way) to ids, by name, through the workspace's list APIs. Exactly one object must carry the name.
 */
export async function resolveLookups(
  b: OpenBundle,
  ctx: ResolveContext,
  client: DatabricksClient,
  signal: AbortSignal,
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of b.variables.keys()) {
    const found = lookupOf(b, name, ctx);
    if (!found) continue;
    const where = at(found.file, found.keys);
    const [kind, target] = Object.entries(found.lookup)[0] as [string, string];
    const how = KINDS[kind];
    if (!how)
      throw new DefinitionError(
        where,
        `variable ${name}: lookup of a ${kind} is not supported (supported: ${Object.keys(KINDS).join(', ')}); give the ${kind}'s id as the variable's value.`,
      );
    const ids: string[] = [];
    let pageToken: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const res = await client.request<Json>({
        method: 'GET',
        path: how.path,
        query: { ...how.query?.(target), ...(pageToken ? { page_token: pageToken } : {}) } as never,
        resource: { kind: kind.replace('_', ' '), id: target },
        signal,
      });
      const list = Array.isArray(res[how.list]) ? (res[how.list] as unknown[]) : [];
      for (const item of list)
        if (field(item, how.name) === target) ids.push(String(field(item, how.id)));
      pageToken =
        typeof res.next_page_token === 'string' && res.next_page_token
          ? res.next_page_token
          : undefined;
      if (!pageToken) break;
    }
    if (ids.length !== 1)
      throw new DefinitionError(
        where,
        ids.length === 0
          ? `variable ${name}: no ${kind} named ${quoteValue(target)} in ${client.host}.`
          : `variable ${name}: ${ids.length} ${kind}s are named ${quoteValue(target)} in ${client.host} (ids ${ids.join(', ')}); give the id as the variable's value.`,
      );
    out[name] = ids[0];
  }
  return out;
}
