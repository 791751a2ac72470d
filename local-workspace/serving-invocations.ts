/**
 * `POST /serving-endpoints/{name}/invocations` (reference §4.5: no `/api/2.0`). A version whose
 * source directory has a `predict.py` is answered by running it (serving-python.ts); every other
 * served entity is the same documented echo model: one prediction per input
 * row, the sum of the row's numeric values (0 for a row without numbers), so that a smoke test's
 * expected response can be worked out by hand. Requests are spread over the served entities by the
 * traffic routes, deterministically (see `slotFor`), and the answer names the entity it used.
 */
import type { ModuleContext } from './types';
import { ApiError } from './types';
import { invalid } from './errors';
import { ok } from './routes';
import type { Endpoint, Route } from './serving';
import { predictScript, runPredict } from './serving-python';
import { shared } from './state';
import type { UcLookup } from './unity-catalog';

const INPUT_FIELDS = ['dataframe_split', 'dataframe_records', 'instances', 'inputs'] as const;

/**
 * Request n of an endpoint lands on slot (n * 37) mod 100: 37 and 100 are coprime, so any 100
 * consecutive requests visit every slot once and a 90/10 split is exactly 90/10, without randomness.
 */
export function slotFor(n: number): number {
  return (n * 37) % 100;
}

export function routeFor(routes: Route[], n: number): string | undefined {
  let slot = slotFor(n);
  for (const r of routes) {
    if (slot < r.traffic_percentage) return r.served_entity_name;
    slot -= r.traffic_percentage;
  }
  return undefined;
}

function rowsOf(body: Record<string, unknown>): unknown[] {
  const present = INPUT_FIELDS.filter((f) => body[f] !== undefined);
  if (present.length !== 1)
    throw new ApiError(
      400,
      'BAD_REQUEST',
      `Invalid input. The input must be a JSON dictionary with exactly one of the input fields {${INPUT_FIELDS.map((f) => `'${f}'`).join(', ')}}. Received dictionary with input fields: [${Object.keys(
        body,
      )
        .map((k) => `'${k}'`)
        .join(', ')}].`,
    );
  const value = body[present[0]];
  if (present[0] === 'dataframe_split') {
    const data = (value as { data?: unknown } | null)?.data;
    if (!Array.isArray(data))
      throw new ApiError(
        400,
        'BAD_REQUEST',
        "Invalid input: 'dataframe_split' needs 'data' as a list of rows.",
      );
    return data;
  }
  if (present[0] === 'dataframe_records' && !Array.isArray(value))
    throw new ApiError(
      400,
      'BAD_REQUEST',
      "Invalid input: 'dataframe_records' must be a list of records.",
    );
  return Array.isArray(value) ? value : [value];
}

/** The echo model: the sum of the numbers in a row (a list, a record or a single value). */
export function predict(row: unknown): number {
  const values = row !== null && typeof row === 'object' ? Object.values(row as object) : [row];
  let sum = 0;
  for (const v of values) if (typeof v === 'number' && Number.isFinite(v)) sum += v;
  return sum;
}

export function registerInvocations(ctx: ModuleContext, find: (name: string) => Endpoint): void {
  const counters = new Map<string, number>();
  ctx.router.add('POST', /^\/serving-endpoints\/(?<name>[^/]+)\/invocations$/, async (req) => {
    const ep = find(decodeURIComponent(req.params.name ?? ''));
    if (!ep.config)
      // Databricks answers while the first config deploys with an unavailable error [inferred].
      throw new ApiError(
        503,
        'TEMPORARILY_UNAVAILABLE',
        `Endpoint '${ep.name}' is not ready: its first config is still being deployed.`,
      );
    const body = req.body;
    if (!body || typeof body !== 'object' || Array.isArray(body))
      throw invalid('The request body must be a JSON object.');
    const rows = rowsOf(body as Record<string, unknown>);
    const n = counters.get(ep.name) ?? 0;
    counters.set(ep.name, n + 1);
    const target =
      routeFor(ep.config.traffic_config.routes, n) ?? ep.config.served_entities[0].name;
    const entity = ep.config.served_entities.find((e) => e.name === target);
    const script =
      entity?.entity_name !== undefined
        ? predictScript(
            shared<UcLookup>(ctx, 'unity-catalog')?.versionSource(
              entity.entity_name,
              String(entity.entity_version),
            ),
          )
        : undefined;
    const answer = script
      ? await runPredict(ctx.options.python ?? 'python3', script, body)
      : { predictions: rows.map(predict) };
    return {
      ...ok(answer),
      // Databricks names the served entity that answered in this header.
      headers: {
        'served-model-name': target,
        ...(entity?.entity_version !== undefined
          ? { 'x-local-model-version': String(entity.entity_version) }
          : {}),
      },
    };
  });
}
