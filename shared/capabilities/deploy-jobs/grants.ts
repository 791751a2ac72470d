import type { AccessControlRequest, DatabricksClient } from '../../databricks';
import type { Definition, Permission } from './model';
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
  const plan: GrantPlan = { missing: new Map(), grantsOnly: new Set() };
  for (const e of entries) {
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
