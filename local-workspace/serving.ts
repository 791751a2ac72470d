/**
 * Model Serving endpoints under `/api/2.0/serving-endpoints` (reference §4.5). No model is loaded:
 * an endpoint is a record whose config update stays IN_PROGRESS for `servingUpdateMs` and then
 * lands (NOT_UPDATING, READY), or fails (UPDATE_FAILED) when it names a Unity Catalog model
 * version that this workspace does not have. State moves when it is read, so there are no timers
 * to leak and a persisted endpoint resumes correctly.
 */
import type { LocalRequest, ModuleContext } from './types';
import { ApiError } from './types';
import { alreadyExists, invalid, notFound } from './errors';
import { LOCAL_USER } from './identity';
import { type Args, args, optList, optString } from './request-args';
import { ok } from './routes';
import { persistedState, shared } from './state';
import { putTag, type Tag, tagList } from './tags';
import type { UcLookup } from './unity-catalog';
import { registerInvocations } from './serving-invocations';

const API = '/api/2.0/serving-endpoints';
const FAIL_TAG = 'local.serving.fail';

export interface ServedEntity {
  name: string;
  entity_name?: string;
  entity_version?: string;
  [field: string]: unknown;
}

export interface Route {
  served_entity_name: string;
  traffic_percentage: number;
}

export interface Config {
  config_version: number;
  /** The request used the legacy `served_models` / `served_model_name` shape; answer in kind. */
  legacy: boolean;
  served_entities: ServedEntity[];
  traffic_config: { routes: Route[] };
  auto_capture_config?: unknown;
}

export interface Endpoint {
  name: string;
  id: string;
  creator: string;
  creation_timestamp: number;
  last_updated_timestamp: number;
  tags: Tag[];
  description?: string;
  extra: Record<string, unknown>;
  config?: Config;
  pending?: { config: Config; start_time: number };
  failure?: string;
  next_version: number;
}

interface ServingState {
  endpoints: Endpoint[];
}

const ENTITY_FIELDS_LEGACY: Record<string, string> = {
  model_name: 'entity_name',
  model_version: 'entity_version',
};

/** Validates an EndpointCoreConfigInput and normalises it to served entities + routes. */
function parseConfig(raw: unknown, version: number): Config {
  if (!raw || typeof raw !== 'object')
    throw invalid("Missing value for required parameter 'config'.");
  const c = raw as Args;
  const legacy = c.served_entities === undefined && c.served_models !== undefined;
  const list = (optList(c, legacy ? 'served_models' : 'served_entities') ?? []) as Args[];
  if (!list.length) throw invalid('The endpoint config must contain at least one served entity.');
  const entities: ServedEntity[] = list.map((e) => {
    if (!e || typeof e !== 'object') throw invalid('Each served entity must be an object.');
    const out: ServedEntity = { name: '' };
    for (const [k, v] of Object.entries(e)) out[ENTITY_FIELDS_LEGACY[k] ?? k] = v;
    const entityName = optString(out as Args, 'entity_name');
    const entityVersion = optString(out as Args, 'entity_version');
    if (!entityName && !out.external_model)
      throw invalid(
        `Served entity ${JSON.stringify(e)} needs '${legacy ? 'model_name' : 'entity_name'}'.`,
      );
    if (entityName && !out.external_model && !entityVersion) {
      throw invalid(
        `Served entity '${entityName}' needs '${legacy ? 'model_version' : 'entity_version'}'.`,
      );
    }
    if (entityVersion !== undefined) out.entity_version = entityVersion;
    out.name = optString(e, 'name') || `${entityName}-${entityVersion ?? ''}`;
    return out;
  });
  const names = new Set<string>();
  for (const e of entities) {
    if (names.has(e.name))
      throw invalid(`Served entity names must be unique; '${e.name}' appears more than once.`);
    names.add(e.name);
  }
  const tc = c.traffic_config as Args | undefined;
  let routes: Route[];
  if (tc && optList(tc, 'routes')) {
    routes = (optList(tc, 'routes') as Args[]).map((r) => {
      const target = optString(r, 'served_entity_name') ?? optString(r, 'served_model_name');
      if (!target) throw invalid("Each traffic route needs 'served_entity_name'.");
      if (!names.has(target))
        throw invalid(
          `Traffic route refers to '${target}', which is not a served entity of this config (${[...names].join(', ')}).`,
        );
      const pct = Number(r.traffic_percentage ?? 0);
      if (!Number.isInteger(pct) || pct < 0 || pct > 100)
        throw invalid(
          `Invalid traffic_percentage ${String(r.traffic_percentage)} for '${target}': must be a whole number from 0 to 100.`,
        );
      return { served_entity_name: target, traffic_percentage: pct };
    });
    const total = routes.reduce((s, r) => s + r.traffic_percentage, 0);
    if (total !== 100)
      throw invalid(
        `The traffic config's routes must add up to 100 percent; they add up to ${total}.`,
      );
  } else {
    // Without a traffic config, traffic is split evenly (the remainder to the first entity) [inferred].
    const share = Math.floor(100 / entities.length);
    routes = entities.map((e, i) => ({
      served_entity_name: e.name,
      traffic_percentage: share + (i === 0 ? 100 - share * entities.length : 0),
    }));
  }
  return {
    config_version: version,
    legacy,
    served_entities: entities,
    traffic_config: { routes },
    ...(c.auto_capture_config ? { auto_capture_config: c.auto_capture_config } : {}),
  };
}

export function register(ctx: ModuleContext): void {
  const state = persistedState<ServingState>(ctx, 'serving-endpoints', { endpoints: [] });
  const now = () => ctx.now();
  const updateMs = () => ctx.options.servingUpdateMs ?? 2000;

  /** Lands or fails a pending config whose time is up. */
  const settle = (ep: Endpoint): Endpoint => {
    if (ep.pending && now() - ep.pending.start_time >= updateMs()) {
      const uc = shared<UcLookup>(ctx, 'unity-catalog');
      const missing = ep.pending.config.served_entities.find(
        (e) =>
          e.entity_name &&
          e.entity_name.split('.').length === 3 &&
          !e.external_model &&
          uc &&
          !uc.versionExists(e.entity_name, String(e.entity_version)),
      );
      // A test hook: a version tagged `local.serving.fail` fails to deploy with the tag's text.
      const broken = ep.pending.config.served_entities
        .map((e) => ({
          e,
          why:
            e.entity_name && uc
              ? uc.versionTag(e.entity_name, String(e.entity_version), FAIL_TAG)
              : undefined,
        }))
        .find((x) => x.why !== undefined);
      if (missing) {
        ep.failure = `Served entity '${missing.name}' failed to deploy: model version ${missing.entity_name}/${missing.entity_version} does not exist.`;
      } else if (broken) {
        ep.failure = `Served entity '${broken.e.name}' failed to deploy: ${broken.why || 'the container did not start'}.`;
      } else {
        ep.config = ep.pending.config;
        ep.failure = undefined;
      }
      ep.pending = undefined;
      ep.last_updated_timestamp = now();
    }
    return ep;
  };
  const find = (name: string): Endpoint => {
    const ep = state.endpoints.find((e) => e.name === name);
    if (!ep) throw notFound(`Endpoint with name '${name}' does not exist.`);
    return settle(ep);
  };

  const configView = (c: Config, deployment: string, message: string, startTime?: number) => {
    const entities = c.served_entities.map((e) => {
      const base = c.legacy
        ? Object.fromEntries(
            Object.entries(e).map(([k, v]) => [
              k === 'entity_name' ? 'model_name' : k === 'entity_version' ? 'model_version' : k,
              v,
            ]),
          )
        : { ...e };
      return {
        ...base,
        creator: LOCAL_USER,
        state: { deployment, deployment_state_message: message },
      };
    });
    const routes = c.traffic_config.routes.map((r) =>
      c.legacy
        ? { served_model_name: r.served_entity_name, traffic_percentage: r.traffic_percentage }
        : r,
    );
    return {
      config_version: c.config_version,
      ...(startTime !== undefined ? { start_time: startTime } : {}),
      [c.legacy ? 'served_models' : 'served_entities']: entities,
      traffic_config: { routes },
      ...(c.auto_capture_config ? { auto_capture_config: c.auto_capture_config } : {}),
    };
  };
  const view = (ep: Endpoint) => ({
    name: ep.name,
    id: ep.id,
    creator: ep.creator,
    creation_timestamp: ep.creation_timestamp,
    last_updated_timestamp: ep.last_updated_timestamp,
    state: {
      ready: ep.config ? 'READY' : 'NOT_READY',
      config_update: ep.pending ? 'IN_PROGRESS' : ep.failure ? 'UPDATE_FAILED' : 'NOT_UPDATING',
    },
    ...(ep.config
      ? { config: configView(ep.config, 'DEPLOYMENT_READY', 'Served entity is ready.') }
      : {}),
    ...(ep.pending
      ? {
          pending_config: configView(
            ep.pending.config,
            'DEPLOYMENT_CREATING',
            'Creating the served entity.',
            ep.pending.start_time,
          ),
        }
      : {}),
    ...(ep.failure ? { failure_message: ep.failure } : {}),
    tags: ep.tags,
    ...(ep.description !== undefined ? { description: ep.description } : {}),
    ...ep.extra,
    permission_level: 'CAN_MANAGE',
    endpoint_url: `${ctx.host()}/serving-endpoints/${encodeURIComponent(ep.name)}/invocations`,
  });
  const byName = (rest: string) =>
    new RegExp(`^${API.replace(/\//g, '\\/')}\\/(?<name>[^/]+)${rest}$`);
  const nameOf = (req: LocalRequest) => decodeURIComponent(req.params.name ?? '');

  ctx.router.add('POST', API, (req) => {
    const a = args(req);
    const name = optString(a, 'name') ?? '';
    // Databricks' naming rule for endpoints [inferred from the UI's validation].
    if (!/^[A-Za-z0-9_-]{1,63}$/.test(name)) {
      throw invalid(
        `Invalid endpoint name '${name}': use 1 to 63 letters, digits, dashes and underscores.`,
      );
    }
    if (state.endpoints.some((e) => e.name === name))
      throw alreadyExists(`Endpoint with name '${name}' already exists.`);
    const config = parseConfig(a.config, 1);
    const extra: Record<string, unknown> = {};
    for (const k of [
      'ai_gateway',
      'rate_limits',
      'route_optimized',
      'budget_policy_id',
      'email_notifications',
    ]) {
      if (a[k] !== undefined) extra[k] = a[k];
    }
    const ep: Endpoint = {
      name,
      id: ctx.nextId().toString(16),
      creator: LOCAL_USER,
      creation_timestamp: now(),
      last_updated_timestamp: now(),
      tags: tagList(a),
      description: optString(a, 'description'),
      extra,
      pending: { config, start_time: now() },
      next_version: 2,
    };
    state.endpoints.push(ep);
    return ok(view(ep));
  });
  ctx.router.add('GET', API, () => ok({ endpoints: state.endpoints.map((e) => view(settle(e))) }));
  ctx.router.add('GET', byName(''), (req) => ok(view(find(nameOf(req)))));
  ctx.router.add('DELETE', byName(''), (req) => {
    const ep = find(nameOf(req));
    state.endpoints.splice(state.endpoints.indexOf(ep), 1);
    return ok({});
  });
  ctx.router.add('PUT', byName('\\/config'), (req) => {
    const ep = find(nameOf(req));
    if (ep.pending) {
      throw new ApiError(
        409,
        'RESOURCE_CONFLICT',
        `Endpoint '${ep.name}' has a config update in progress (version ${ep.pending.config.config_version}); wait until config_update is NOT_UPDATING and retry.`,
      );
    }
    const config = parseConfig(req.body, ep.next_version);
    ep.next_version++;
    ep.pending = { config, start_time: now() };
    ep.failure = undefined;
    ep.last_updated_timestamp = now();
    return ok(view(ep));
  });
  registerInvocations(ctx, find);
  ctx.router.add('PATCH', byName('\\/tags'), (req) => {
    const ep = find(nameOf(req));
    const a = args(req);
    for (const t of tagList(a, 'add_tags')) putTag(ep.tags, t);
    const del = (optList(a, 'delete_keys') ?? []).map(String);
    ep.tags = ep.tags.filter((t) => !del.includes(t.key));
    ep.last_updated_timestamp = now();
    return ok({ tags: ep.tags });
  });
}
