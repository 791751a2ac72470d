/**
 * Workspace objects that jobs name by id and people know by name: cluster policies, SQL
 * warehouses, clusters, instance pools and service principals. Each can be created and listed
 * with the real paths and shapes (the list endpoints are what bundle `lookup` variables resolve
 * names through); nothing runs behind them: a cluster or warehouse never starts. [inferred]: the
 * reference does not describe these APIs; shapes follow the Databricks SDK.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { alreadyExists, invalid } from './errors';
import { LOCAL_USER } from './identity';
import { args, optString, reqString } from './request-args';
import { jsonRoutes } from './routes';
import { persistedState } from './state';
import type { ModuleContext } from './types';

type Json = Record<string, unknown>;

interface DirectoryState {
  policies: Json[];
  warehouses: Json[];
  clusters: Json[];
  pools: Json[];
  servicePrincipals: Json[];
}

const hex = (bytes: number) => randomBytes(bytes).toString('hex');

/** `0123-456789-abcdefgh`, the shape of cluster and instance pool ids. */
function clusterStyleId(ctx: ModuleContext, middle = ''): string {
  const d = new Date(ctx.now());
  const mmdd = `${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;
  const hms = d.toISOString().slice(11, 19).replace(/:/g, '');
  return `${mmdd}-${hms}-${middle}${hex(4)}`;
}

export function register(ctx: ModuleContext): void {
  const state = persistedState<DirectoryState>(ctx, 'directory', {
    policies: [],
    warehouses: [],
    clusters: [],
    pools: [],
    servicePrincipals: [],
  });
  const api2 = jsonRoutes(ctx, '/api/2.0');

  api2('POST', 'policies/clusters/create', (a) => {
    const name = reqString(a, 'name');
    if (state.policies.some((p) => p.name === name))
      throw alreadyExists(`Policy with name ${name} already exists.`);
    const policy = {
      policy_id: hex(8).toUpperCase(),
      name,
      definition: optString(a, 'definition') ?? '{}',
      created_at_timestamp: ctx.now(),
      creator_user_name: LOCAL_USER,
      is_default: false,
    };
    state.policies.push(policy);
    return { policy_id: policy.policy_id };
  });
  api2('GET', 'policies/clusters/list', () => ({
    policies: state.policies,
    total_count: state.policies.length,
  }));

  api2('POST', 'sql/warehouses', (a) => {
    const name = reqString(a, 'name');
    if (state.warehouses.some((w) => w.name === name))
      throw alreadyExists(`SQL warehouse with name ${name} already exists.`);
    const warehouse = {
      id: hex(8),
      name,
      cluster_size: optString(a, 'cluster_size') ?? '2X-Small',
      state: 'STOPPED',
      creator_name: LOCAL_USER,
      warehouse_type: optString(a, 'warehouse_type') ?? 'PRO',
    };
    state.warehouses.push(warehouse);
    return { id: warehouse.id };
  });
  api2('GET', 'sql/warehouses', () => ({ warehouses: state.warehouses }));

  api2('POST', 'instance-pools/create', (a) => {
    const pool = {
      instance_pool_id: clusterStyleId(ctx, 'pool-'),
      instance_pool_name: reqString(a, 'instance_pool_name'),
      node_type_id: reqString(a, 'node_type_id'),
      state: 'ACTIVE',
    };
    state.pools.push(pool);
    return { instance_pool_id: pool.instance_pool_id };
  });
  api2('GET', 'instance-pools/list', () => ({ instance_pools: state.pools }));

  for (const version of ['2.0', '2.1']) {
    const api = jsonRoutes(ctx, `/api/${version}`);
    api('POST', 'clusters/create', (a) => {
      const cluster = {
        cluster_id: clusterStyleId(ctx),
        cluster_name: reqString(a, 'cluster_name'),
        spark_version: reqString(a, 'spark_version'),
        state: 'TERMINATED',
        creator_user_name: LOCAL_USER,
        cluster_source: 'API',
      };
      state.clusters.push(cluster);
      return { cluster_id: cluster.cluster_id };
    });
    // One page: a local workspace holds few clusters.
    api('GET', 'clusters/list', () => ({ clusters: state.clusters }));
  }

  const SCIM = '/api/2.0/preview/scim/v2/ServicePrincipals';
  ctx.router.add('POST', SCIM, (req) => {
    const a = args(req);
    const sp = {
      id: String(ctx.nextId()),
      applicationId: optString(a, 'applicationId') ?? randomUUID(),
      displayName: reqString(a, 'displayName'),
      active: true,
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServicePrincipal'],
    };
    state.servicePrincipals.push(sp);
    return { status: 201, body: sp };
  });
  ctx.router.add('GET', SCIM, (req) => {
    const filter = optString(args(req), 'filter');
    let list = state.servicePrincipals;
    if (filter !== undefined) {
      // The SCIM filters clients send for a name: `displayName eq "x"` (and applicationId).
      const m = /^\s*(displayName|applicationId)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i.exec(filter);
      if (!m) throw invalid(`Unsupported filter: ${filter}`);
      const field = m[1].toLowerCase() === 'displayname' ? 'displayName' : 'applicationId';
      const value = m[2].replace(/\\(.)/g, '$1');
      list = list.filter((sp) => sp[field] === value);
    }
    return {
      status: 200,
      body: {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
        totalResults: list.length,
        startIndex: 1,
        itemsPerPage: list.length,
        Resources: list,
      },
    };
  });
}
