import type { AccessControlRequest, DatabricksClient } from '../../databricks';
import type { Definition, Permission, UcGrant } from './model';
import type { PlanEntry } from './report';

const PRINCIPALS = ['user_name', 'group_name', 'service_principal_name'] as const;

function principalOf(p: Permission | AccessControlRequest): [string, string] | undefined {
  for (const k of PRINCIPALS) {
    const v = (p as unknown as Record<string, unknown>)[k];
    if (typeof v === 'string') return [k, v];
  }
  return undefined;
}

function objectType(kind: string): string | undefined {
  return kind === 'jobs' ? 'jobs' : kind === 'experiments' ? 'experiments' : undefined;
}

/** What the permissions step will write: per entry, the grants it lacks. */
export interface GrantPlan {
  missing: Map<PlanEntry, Permission[]>;
  /** Registered models: the Unity Catalog privileges to add. */
  ucMissing: Map<PlanEntry, UcGrant[]>;
  /** Entries that are updates only because of their grants: no settings to write. */
  grantsOnly: Set<PlanEntry>;
}

/**
 * Compares each job's and experiment's `permissions` with its direct grants. Grants are only ever
 * added or raised (PATCH), as the CLI does; grants made elsewhere are left alone.
 */
export async function planGrants(
  client: DatabricksClient,
  entries: PlanEntry[],
  defs: Definition[],
  signal: AbortSignal,
): Promise<GrantPlan> {
  const plan: GrantPlan = { missing: new Map(), ucMissing: new Map(), grantsOnly: new Set() };
  for (const e of entries) {
    if (e.kind === 'registered_models') {
      await planModelGrants(client, e, defs, plan, signal);
      continue;
    }
    const type = objectType(e.kind);
    const def = defs.find((d) => d.kind === e.kind && d.key === e.key);
    if (!type || !def || def.permissions.length === 0 || e.action === 'delete') continue;
    let current: Map<string, string> = new Map();
    if (e.id && e.action !== 'create') {
      const acl = await client.permissions.get(type, e.id, signal);
      current = new Map(
        acl.access_control_list.flatMap((a) => {
          const who = principalOf(a as AccessControlRequest);
          const direct = (a.all_permissions ?? []).filter((x) => !x.inherited);
          return who && direct.length
            ? direct.map(
                (x) => [`${who[0]}=${who[1]}:${x.permission_level}`, x.permission_level] as const,
              )
            : [];
        }),
      );
    }
    const missing = def.permissions.filter((p) => {
      const who = principalOf(p) as [string, string];
      return !current.has(`${who[0]}=${who[1]}:${p.level}`);
    });
    if (missing.length === 0) continue;
    plan.missing.set(e, missing);
    for (const p of missing) {
      const who = principalOf(p) as [string, string];
      e.changes.push({ path: `permissions[${who[0]}=${who[1]}]`, after: p.level });
    }
    if (e.action === 'unchanged') {
      e.action = 'update';
      plan.grantsOnly.add(e);
    }
  }
  return plan;
}

/** A registered model's `grants`: the privileges its principals lack, as changes of the plan. */
async function planModelGrants(
  client: DatabricksClient,
  e: PlanEntry,
  defs: Definition[],
  plan: GrantPlan,
  signal: AbortSignal,
): Promise<void> {
  const wanted = defs.find((d) => d.kind === e.kind && d.key === e.key)?.grants ?? [];
  if (wanted.length === 0) return;
  const current =
    e.action === 'create' ? new Map() : await client.unityCatalog.getModelGrants(e.name, signal);
  const missing = missingGrants(wanted, current);
  if (missing.length === 0) return;
  plan.ucMissing.set(e, missing);
  for (const g of missing) {
    const before = current.get(g.principal);
    e.changes.push({
      path: `grants[${g.principal}]`,
      before: before?.length ? before.join(', ') : undefined,
      after: [...(before ?? []), ...g.privileges].join(', '),
    });
  }
  if (e.action === 'unchanged') {
    e.action = 'update';
    plan.grantsOnly.add(e);
  }
}

export async function applyGrants(
  client: DatabricksClient,
  e: PlanEntry,
  grants: Permission[],
  signal: AbortSignal,
): Promise<void> {
  const type = objectType(e.kind) as string;
  const acl: AccessControlRequest[] = grants.map((g) => {
    const who = principalOf(g) as [string, string];
    return { [who[0]]: who[1], permission_level: g.level } as AccessControlRequest;
  });
  await client.permissions.update(type, e.id as string, acl, signal);
}

/** The privileges of `wanted` that `current` lacks, per principal; nothing is ever removed. */
function missingGrants(wanted: UcGrant[], current: Map<string, string[]>): UcGrant[] {
  const out = new Map<string, Set<string>>();
  for (const g of wanted) {
    const have = new Set(current.get(g.principal) ?? []);
    for (const p of g.privileges) {
      if (have.has(p) || have.has('ALL_PRIVILEGES')) continue;
      const set = out.get(g.principal) ?? new Set<string>();
      set.add(p);
      out.set(g.principal, set);
    }
  }
  return [...out].map(([principal, set]) => ({ principal, privileges: [...set] }));
}
