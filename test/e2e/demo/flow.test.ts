// `npm run demo`'s flow, as CI runs it: every step of the MLOps flow on one local workspace, and
// what a person checks afterwards in the workspace (the champion, the endpoint, the scores).
import * as fs from 'fs';
import {
  FLOW,
  resultTable,
  runFlow,
  untilIdle,
  type StepResult,
} from '../../../examples/demo-flow';
import type { FlowContext } from '../../../examples/demo-flow';
import { findCapability } from '../../../shared/capabilities';

// The workspace's JSON answers, read the way a person reads them in a browser.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

let results: StepResult[];
let ctx: FlowContext;
let base: string;
const printed: string[] = [];

async function api(method: string, path: string, body?: unknown): Promise<Json> {
  const res = await fetch(`${ctx.ws.host}${path}`, {
    method,
    headers: { Authorization: `Bearer ${ctx.ws.token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await res.json()) as Json;
}

beforeAll(async () => {
  ({ results, ctx, base } = await runFlow({ print: (line) => printed.push(line) }));
}, 170_000);
afterAll(async () => {
  if (ctx) await untilIdle(ctx.ws);
  await ctx?.ws.close();
  fs.rmSync(base, { recursive: true, force: true });
});

test('every step passes; only a step whose capability is missing is skipped', () => {
  const table = resultTable(results);
  for (const [i, step] of FLOW.entries()) {
    const expected = findCapability(step.capability) ? 'passed' : 'skipped';
    if (results[i].outcome !== expected) process.stderr.write(`${printed.join('\n')}\n`);
    expect(`${step.title}: ${results[i].outcome}`).toBe(`${step.title}: ${expected}`);
  }
  expect(table.split('\n')).toHaveLength(FLOW.length);
});

test('the terminal gets readable lines, not markdown or raw JSON', () => {
  const text = printed.join('\n');
  expect(text).not.toMatch(/^#+ |\|\s*---|<details>/m);
  for (const line of printed) expect(line.length).toBeLessThan(400);
  expect(text).toContain('candidate version 1 against no champion (first model)');
  expect(text).toContain('candidate version 2 against champion version 1');
  expect(text).toContain('traffic champion=90,challenger=10');
  // The injected drift is found, and retraining started once.
  expect(text).toMatch(/drifted: true; latest [\d.]+, 3 of \d+ windows over the threshold/);
  expect(text).toMatch(/retraining run \d+ started/);
});

test('afterwards version 2 is champion, version 1 previous-champion, and it serves all traffic', async () => {
  const model = 'prod.churn.churn_model';
  const champion = await api('GET', `/api/2.1/unity-catalog/models/${model}/aliases/champion`);
  expect(String(champion.version)).toBe('2');
  const previous = await api(
    'GET',
    `/api/2.1/unity-catalog/models/${model}/aliases/previous-champion`,
  );
  expect(String(previous.version)).toBe('1');
  const endpoint = await api('GET', '/api/2.0/serving-endpoints/churn-scoring');
  const routes = endpoint.config.traffic_config.routes as Array<{ traffic_percentage: number }>;
  expect(routes.map((r) => r.traffic_percentage)).toEqual([100]);
  expect(endpoint.config.served_entities[0].entity_version).toBe('2');
});

test('batch scoring wrote one prediction per customer with the champion, and a monitoring row per feature', async () => {
  const sql = async (statement: string) =>
    (await api('POST', '/api/2.0/sql/statements', { statement, warehouse_id: 'local' })).result
      .data_array as string[][];
  expect(
    await sql('SELECT model_version, COUNT(*) FROM prod.churn.predictions GROUP BY model_version'),
  ).toEqual([['2', '600']]);
  const monitoring = await sql('SELECT feature FROM prod.churn.monitoring ORDER BY feature');
  expect(monitoring.map((r) => r[0])).toEqual([
    'has_contract',
    'log_monthly_charges',
    'support_calls',
    'tenure_years',
  ]);
});
