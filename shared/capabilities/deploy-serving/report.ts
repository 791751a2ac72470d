import type { Manifest } from './manifest';
import type { CapabilityContext } from '../../capability';
import type { EndpointCoreConfigInput } from '../../databricks';
import { escapeCell, table } from '../../report/markdown';
import type { SmokeResult } from './smoke';

/** What the step did, for the summary. */
export interface Rollout {
  endpoint: string;
  model: string;
  created: boolean;
  before?: EndpointCoreConfigInput;
  desired: EndpointCoreConfigInput;
  after?: EndpointCoreConfigInput;
  changed: boolean;
  failure?: string;
  rollback?: string;
  smoke?: SmokeResult;
}

function rows(c: EndpointCoreConfigInput | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const routes = new Map(
    (c?.traffic_config?.routes ?? []).map((r) => [r.served_entity_name, r.traffic_percentage]),
  );
  for (const e of c?.served_entities ?? []) {
    const pct = routes.get(e.name ?? '') ?? (c?.served_entities.length === 1 ? 100 : 0);
    out.set(
      e.name ?? '',
      `v${String(e.entity_version ?? '?')} · ${pct}% · ${e.workload_size ?? '?'}${e.scale_to_zero_enabled ? ', scales to zero' : ''}`,
    );
  }
  return out;
}

/**
 * Before and after side by side, one row per served entity name; with the requested config too
 * when it did not land (failed update or rollback), so the summary shows what was refused.
 */
export function configTable(
  before?: EndpointCoreConfigInput,
  after?: EndpointCoreConfigInput,
  requested?: EndpointCoreConfigInput,
): string {
  const columns = [rows(before), ...(requested ? [rows(requested)] : []), rows(after)];
  const names = [...new Set(columns.flatMap((c) => [...c.keys()]))];
  if (!names.length) return '_No served entities._\n';
  return table(
    ['Served entity', 'Before', ...(requested ? ['Requested'] : []), 'After'],
    names.map((n) => [escapeCell(n), ...columns.map((c) => escapeCell(c.get(n) ?? '—'))]),
  );
}

export async function writeSummary(ctx: CapabilityContext<Manifest>, r: Rollout): Promise<void> {
  const verdict = r.failure
    ? `❌ ${escapeCell(ctx.nameInputs(r.failure).replace(/\.$/, ''))}`
    : r.changed
      ? `✅ ${r.created ? 'Created and deployed' : 'Deployed'}`
      : '✅ Already serving this config: no update';
  const lines = [
    `### Model serving: \`${escapeCell(r.endpoint)}\``,
    '',
    `${verdict}. Model \`${escapeCell(r.model)}\`.`,
    '',
    configTable(r.before, r.after, r.failure ? r.desired : undefined),
  ];
  if (r.rollback) lines.push('', `Rollback: ${escapeCell(r.rollback)}.`);
  if (r.smoke)
    lines.push(
      '',
      `Smoke test: ${r.smoke.passed ? 'passed' : 'failed'}, ${escapeCell(r.smoke.detail)}.`,
    );
  lines.push('');
  await ctx.summary.append(lines.join('\n'));
}
