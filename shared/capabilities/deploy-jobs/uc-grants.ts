import type { DatabricksClient } from '../../databricks';
import type { UcGrant } from './model';

/**
 * Unity Catalog grants of a registered model, through `/api/2.1/unity-catalog/permissions`. The
 * permissions API knows a registered model as securable type `function`, as the Databricks CLI
 * and Terraform address it ([inferred]: shared/reference/databricks-api.md does not describe the
 * permissions API).
 */
const SECURABLE = 'function';

const path = (fullName: string) =>
  `/api/2.1/unity-catalog/permissions/${SECURABLE}/${encodeURIComponent(fullName)}`;

interface Assignments {
  privilege_assignments?: { principal: string; privileges?: string[] }[];
}

/** The privileges each principal holds directly on the model. */
export async function modelGrants(
  client: DatabricksClient,
  fullName: string,
  signal: AbortSignal,
): Promise<Map<string, string[]>> {
  const res = await client.request<Assignments>({
    method: 'GET',
    path: path(fullName),
    resource: { kind: 'Unity Catalog model', id: fullName, needs: 'MANAGE on the model' },
    signal,
  });
  return new Map((res.privilege_assignments ?? []).map((a) => [a.principal, a.privileges ?? []]));
}

/** The privileges of `wanted` that `current` lacks, per principal; nothing is ever removed. */
export function missingGrants(wanted: UcGrant[], current: Map<string, string[]>): UcGrant[] {
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

/** Adds the privileges (PATCH with `add` only): grants made elsewhere stay. */
export async function addModelGrants(
  client: DatabricksClient,
  fullName: string,
  grants: UcGrant[],
  signal: AbortSignal,
): Promise<void> {
  await client.request({
    method: 'PATCH',
    path: path(fullName),
    body: { changes: grants.map((g) => ({ principal: g.principal, add: g.privileges })) },
    // Adding privileges already held changes nothing.
    safeToRepeat: true,
    resource: { kind: 'Unity Catalog model', id: fullName, needs: 'MANAGE on the model' },
    signal,
  });
}
