// check-drift through the CLI front door (in process) against a local workspace: metric tables
// seeded through the SQL Statement API, drift absent, present, undecided, and retraining started
// once (visible in the request log), never twice while a run is in progress.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startLocalWorkspace, type LocalWorkspace } from '../../../local-workspace/server';
import { api, lastSeq, retrainJob, runNows, seedDriftMetrics, type Api } from '../../helpers/drift';
import { connectionArgs, runCliJson } from '../../helpers/cli-run';

let ws: LocalWorkspace;
let client: Api;
let dir: string;

beforeAll(async () => {
  ws = await startLocalWorkspace({ port: 0 });
  client = api(ws.host, ws.token);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-drift-'));
});
afterAll(async () => {
  await ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function check(args: string[]) {
  const summaryFile = path.join(dir, `summary-${Math.random().toString(36).slice(2)}.md`);
  const { code, outputs, stderr } = await runCliJson([
    'check-drift',
    ...connectionArgs(ws),
    '--json',
    '--summary-file',
    summaryFile,
    '--warehouse-id',
    'wh',
    ...args,
  ]);
  // Markdown escapes (`2026\\-01\\-06`) are the renderer's business, not what a reader sees.
  const summary = fs.existsSync(summaryFile)
    ? fs.readFileSync(summaryFile, 'utf8').replace(/\\(?=[-_.()])/g, '')
    : '';
  return { code, outputs, stderr, summary };
}

let n = 0;
async function table(values: number[]): Promise<string> {
  const name = `main.mon.sales${++n}`;
  await seedDriftMetrics(client, name, values);
  return name;
}
const rule = (t: string) => [
  '--table',
  t,
  '--metric',
  'js_distance',
  '--column',
  'price',
  '--threshold',
  '0.2',
];

test('no drift: one old breach is not enough; the summary shows the windows as a table and a chart', async () => {
  const t = await table([0.1, 0.3, 0.1, 0.1, 0.05, 0.1]);
  const r = await check(rule(t));
  expect(r.stderr).not.toMatch(/error|warning/i);
  expect(r.code).toBe(0);
  expect(r.outputs).toMatchObject({
    drifted: 'false',
    'latest-value': '0.1',
    breaches: '1',
    windows: '5',
    'retrain-status': 'none',
  });
  expect(r.summary).toContain('✅ No drift');
  expect(r.summary).toContain('| 2026-01-06T00:00:00.000Z | 2026-01-07T00:00:00.000Z | 0.1 | no |');
  expect(r.summary).toContain(
    '| 2026-01-02T00:00:00.000Z | 2026-01-03T00:00:00.000Z | 0.3 | ⚠️ yes |',
  );
  // Oldest to newest, the threshold as a flat second line; the oldest window is outside the last 5.
  expect(r.summary).toContain(
    'x-axis ["2026-01-02", "2026-01-03", "2026-01-04", "2026-01-05", "2026-01-06"]',
  );
  expect(r.summary).toContain('line [0.3, 0.1, 0.1, 0.05, 0.1]');
  expect(r.summary).toContain('line [0.2, 0.2, 0.2, 0.2, 0.2]');
});

test('drift: two breaches including the latest warn, and on-drift report starts nothing', async () => {
  const t = await table([0.1, 0.1, 0.25, 0.1, 0.1, 0.3]);
  const since = await lastSeq(client);
  const r = await check(rule(t));
  expect(r.code).toBe(0);
  expect(r.outputs).toMatchObject({
    drifted: 'true',
    'latest-value': '0.3',
    breaches: '2',
    windows: '5',
    'retrain-status': 'none',
    'retrain-run-id': '',
  });
  expect(r.stderr).toMatch(
    /warning: Drift in js_distance of main\.mon\.sales\d+_drift_metrics: 2 of the last 5 windows are above 0\.2/,
  );
  expect(r.summary).toContain('⚠️ Drift');
  const log = await client.get<{ requests: { path: string }[] }>('/__local/requests', {
    since: String(since),
  });
  expect(log.body.requests.some((q) => q.path.includes('/jobs/'))).toBe(false);
});

test('below: a falling metric is drift when it drops under the threshold; fail-on-drift fails the step', async () => {
  const t = await table([0.5, 0.5, 0.1, 0.15]);
  const r = await check([
    ...rule(t),
    '--direction',
    'below',
    '--windows',
    '4',
    '--fail-on-drift',
    'true',
  ]);
  expect(r.code).toBe(1);
  expect(r.outputs.drifted).toBe('true');
  expect(r.stderr).toContain('Drift in js_distance');
});

test('too few windows: undecided is reported as unknown, not guessed', async () => {
  const t = await table([0.1, 0.3]);
  const r = await check([...rule(t), '--min-breaches', '2']);
  expect(r.outputs).toMatchObject({ drifted: 'unknown', windows: '2', breaches: '1' });
  expect(r.stderr).toContain('Only 2 of the 5 windows exist');
  expect(r.summary).toContain('Not enough windows to decide');
  // With the latest window under the threshold, the missing ones cannot make it drift.
  const settled = await check(rule(await table([0.3, 0.1])));
  expect(settled.outputs.drifted).toBe('false');
});

test('a struct field metric (ks_test.statistic) is read like a column', async () => {
  const t = await table([0.1, 0.1, 0.1, 0.25, 0.3]);
  const r = await check([
    ...rule(t).slice(0, 2),
    '--metric',
    'ks_test.statistic',
    '--column',
    'price',
    '--threshold',
    '0.2',
  ]);
  expect(r.outputs).toMatchObject({ drifted: 'true', 'latest-value': '0.3', breaches: '2' });
});

test('drift with on-drift run-job starts the retraining once, with its parameters, visible in the request log', async () => {
  const name = `retrain-${++n}`;
  const jobId = await retrainJob(client, name);
  const t = await table([0.1, 0.1, 0.1, 0.25, 0.3]);
  const since = await lastSeq(client);
  const r = await check([
    ...rule(t),
    '--on-drift',
    'run-job',
    '--retrain-job-name',
    name,
    '--retrain-job-parameters',
    'seconds=0',
  ]);
  expect(r.stderr).not.toMatch(/error:/);
  expect(r.code).toBe(0);
  expect(r.outputs['retrain-status']).toBe('started');
  expect(r.outputs['retrain-run-id']).toMatch(/^\d+$/);
  expect(r.outputs['retrain-run-url']).toContain(r.outputs['retrain-run-id']);
  const calls = await runNows(client, jobId, since);
  expect(calls).toHaveLength(1);
  expect(calls[0].body?.job_parameters).toEqual({ seconds: '0' });
  expect(r.summary).toContain(`Retraining started: [run ${r.outputs['retrain-run-id']}]`);
});

test('a retraining run already in progress is reported, and no second one is started', async () => {
  const name = `retrain-${++n}`;
  const jobId = await retrainJob(client, name);
  const running = await client.post<{ run_id: string }>('/api/2.2/jobs/run-now', {
    job_id: jobId,
    job_parameters: { seconds: '60' },
  });
  try {
    const t = await table([0.1, 0.1, 0.1, 0.25, 0.3]);
    const since = await lastSeq(client);
    const r = await check([...rule(t), '--on-drift', 'run-job', '--retrain-job-id', jobId]);
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({
      drifted: 'true',
      'retrain-status': 'already-running',
      'retrain-run-id': String(running.body.run_id),
    });
    expect(r.stderr).toContain(`already has run ${running.body.run_id} in progress`);
    expect(await runNows(client, jobId, since)).toHaveLength(0);
  } finally {
    await client.post('/api/2.2/jobs/runs/cancel', { run_id: running.body.run_id });
  }
});

test('no drift with on-drift run-job starts nothing', async () => {
  const name = `retrain-${++n}`;
  const jobId = await retrainJob(client, name);
  const since = await lastSeq(client);
  const r = await check([
    ...rule(await table([0.1, 0.1, 0.1])),
    '--on-drift',
    'run-job',
    '--retrain-job-id',
    jobId,
  ]);
  expect(r.outputs).toMatchObject({ drifted: 'false', 'retrain-status': 'none' });
  expect(await runNows(client, jobId, since)).toHaveLength(0);
});

test('a query file: any SQL returning value and window_start, ordered by the window', async () => {
  const t = await table([0.1, 0.3, 0.25, 0.3]);
  const file = path.join(dir, 'drift.sql');
  fs.writeFileSync(
    file,
    `SELECT window.start AS window_start, js_distance * 10 AS value FROM ${t}_drift_metrics WHERE column_name = 'price' AND slice_key IS NULL AND drift_type = 'CONSECUTIVE' AND js_distance IS NOT NULL ORDER BY window.start;\n`,
  );
  const r = await check(['--query-file', file, '--threshold', '2', '--windows', '3']);
  expect(r.stderr).not.toMatch(/error:/);
  expect(r.outputs).toMatchObject({
    drifted: 'true',
    'latest-value': '3',
    breaches: '3',
    windows: '3',
  });
});

test('user mistakes: one clear line naming the input, exit 2, before any query', async () => {
  const t = await table([0.1]);
  const both = await check([...rule(t), '--windows', '3', '--min-breaches', '4']);
  expect(both.code).toBe(2);
  expect(both.stderr).toContain('--min-breaches is 4, more than the 3 windows evaluated');
  const noMetric = await check(['--table', t, '--threshold', '1']);
  expect(noMetric.code).toBe(2);
  expect(noMetric.stderr).toContain('--metric is not set');
  const injected = await check([...rule(t), '--metric', 'js_distance; DROP TABLE x']);
  expect(injected.code).toBe(2);
  expect(injected.stderr).toContain('--metric is not a column name');
  const jobless = await check([...rule(t), '--on-drift', 'run-job']);
  expect(jobless.code).toBe(2);
  expect(jobless.stderr).toContain('--retrain-job-id is not set, nor --retrain-job-name');
});

test('a missing metric table or a text column is a clear error, not a verdict', async () => {
  const missing = await check(rule('main.mon.nothing_here'));
  expect(missing.code).not.toBe(0);
  expect(missing.stderr).toContain('TABLE_OR_VIEW_NOT_FOUND');
  expect(missing.outputs.drifted).toBe('unknown');
  const t = await table([0.1, 0.3]);
  const text = await check([...rule(t), '--metric', 'drift_type']);
  expect(text.code).not.toBe(0);
  expect(text.stderr).toContain('is STRING, not a number');
});

test('several rows per window (two models, no model-id) are refused with the input that narrows them', async () => {
  const t = await table([0.1, 0.3]);
  await client.post('/api/2.0/sql/statements', {
    warehouse_id: 'wh',
    wait_timeout: '30s',
    statement: `INSERT INTO ${t}_drift_metrics SELECT window, granularity, 'model-2', slice_key, slice_value, column_name, drift_type, js_distance, ks_test FROM ${t}_drift_metrics WHERE model_id = '*'`,
  });
  const r = await check(rule(t));
  expect(r.stderr).toMatch(/several rows for the window starting .*--model-id/);
  const one = await check([...rule(t), '--model-id', '*']);
  expect(one.outputs.windows).toBe('2');
});
