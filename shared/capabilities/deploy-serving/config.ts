/**
 * The endpoint config this step asks for, the one the endpoint has, and whether they are the same:
 * an update is made only when served entities or routes differ (re-running a deployment must not
 * restart the endpoint's containers).
 */
import type {
  EndpointCoreConfigInput,
  ServedEntityInput,
  ServingEndpointDetailed,
  TrafficConfig,
} from '../../databricks/serving';

/** A traffic share whose alias is resolved. */
export interface ResolvedShare {
  name: string;
  version: string;
  percent: number;
  /** What the user wrote: an alias or the number. */
  from: string;
}

export interface EntitySettings {
  modelName: string;
  workloadSize: string;
  scaleToZero: boolean;
  environmentVars: Record<string, string>;
}

/**
 * Shares that resolve to the same version are served once, under the first share's name: after a
 * promotion champion and challenger can be the same version, and two copies would only cost more.
 */
export function mergeShares(shares: ResolvedShare[]): { merged: ResolvedShare[]; notes: string[] } {
  const merged: ResolvedShare[] = [];
  const notes: string[] = [];
  for (const s of shares) {
    const same = merged.find((m) => m.version === s.version);
    if (same) {
      same.percent += s.percent;
      notes.push(
        `${s.from} is version ${s.version}, like ${same.from}: served once as '${same.name}' with ${same.percent}%.`,
      );
    } else merged.push({ ...s });
  }
  return { merged, notes };
}

export function desiredConfig(shares: ResolvedShare[], e: EntitySettings): EndpointCoreConfigInput {
  return {
    served_entities: shares.map((s) => ({
      name: s.name,
      entity_name: e.modelName,
      entity_version: s.version,
      workload_size: e.workloadSize,
      scale_to_zero_enabled: e.scaleToZero,
      ...(Object.keys(e.environmentVars).length ? { environment_vars: e.environmentVars } : {}),
    })),
    traffic_config: {
      routes: shares.map((s) => ({ served_entity_name: s.name, traffic_percentage: s.percent })),
    },
  };
}

/** Fields of a served entity that a config input carries (the output adds state, creator, …). */
const INPUT_FIELDS = [
  'name',
  'entity_name',
  'entity_version',
  'workload_size',
  'workload_type',
  'scale_to_zero_enabled',
  'environment_vars',
  'min_provisioned_concurrency',
  'max_provisioned_concurrency',
  'instance_profile_arn',
  'burst_scaling_enabled',
  'provisioned_model_units',
  'external_model',
] as const;

type Rec = Record<string, unknown>;

/**
 * The endpoint's current config as an input that would recreate it (for rollback and the
 * `previous-config` output); undefined when the endpoint has none yet. Reads the legacy
 * `served_models` shape too.
 */
export function currentConfig(
  ep: ServingEndpointDetailed | undefined,
): EndpointCoreConfigInput | undefined {
  const c = ep?.config as Rec | undefined;
  if (!c) return undefined;
  const raw = (c.served_entities ?? c.served_models) as Rec[] | undefined;
  if (!raw?.length) return undefined;
  const served_entities = raw.map((e) => {
    const src: Rec = {
      ...e,
      entity_name: e.entity_name ?? e.model_name,
      entity_version: e.entity_version ?? e.model_version,
    };
    const out: Rec = {};
    for (const k of INPUT_FIELDS) if (src[k] !== undefined) out[k] = src[k];
    if (out.entity_version !== undefined) out.entity_version = String(out.entity_version);
    return out as ServedEntityInput;
  });
  const routes = ((c.traffic_config as Rec | undefined)?.routes as Rec[] | undefined)?.map((r) => ({
    served_entity_name: String(r.served_entity_name ?? r.served_model_name ?? ''),
    traffic_percentage: Number(r.traffic_percentage ?? 0),
  }));
  return {
    served_entities,
    ...(routes?.length ? { traffic_config: { routes } } : {}),
  };
}

function canonical(c: EndpointCoreConfigInput): string {
  const entities = c.served_entities
    .map((e) => ({
      name: e.name ?? '',
      entity_name: String(e.entity_name ?? '').toLowerCase(),
      entity_version: String(e.entity_version ?? ''),
      workload_size: e.workload_size ?? '',
      scale_to_zero_enabled: e.scale_to_zero_enabled === true,
      environment_vars: Object.entries(e.environment_vars ?? {}).sort(([a], [b]) =>
        a < b ? -1 : 1,
      ),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const routes = (c.traffic_config?.routes ?? [])
    .map((r) => [r.served_entity_name, r.traffic_percentage] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify({ entities, routes });
}

/** Whether the endpoint already serves exactly this: same entities (by name) and routes. */
export function sameConfig(
  a: EndpointCoreConfigInput,
  b: EndpointCoreConfigInput | undefined,
): boolean {
  return b !== undefined && canonical(a) === canonical(b);
}

/** `champion=90,challenger=10` for outputs and logs. */
export function trafficText(c: EndpointCoreConfigInput | undefined): string {
  const routes: TrafficConfig['routes'] =
    c?.traffic_config?.routes ??
    (c?.served_entities.length === 1
      ? [{ served_entity_name: c.served_entities[0].name ?? '', traffic_percentage: 100 }]
      : []);
  return routes.map((r) => `${r.served_entity_name}=${r.traffic_percentage}`).join(',');
}

/** Served entity name → model version. */
export function servedVersions(c: EndpointCoreConfigInput | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of c?.served_entities ?? []) out[e.name ?? ''] = String(e.entity_version ?? '');
  return out;
}
