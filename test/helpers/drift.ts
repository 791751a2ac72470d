// Seeds a local workspace with Lakehouse Monitoring metric tables (created and filled through the
// SQL Statement API, as the monitor's refresh would leave them) and a retraining job, for the
// check-drift tests.
import * as fs from 'fs';
import * as path from 'path';
import { api, type Api } from '../e2e/run-job/helpers';
import { ROOT } from './github-runner';

export { api, type Api };

const DAY = 86_400_000;
const FIRST = Date.UTC(2026, 0, 1);

function ts(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace('.000Z', '');
}

async function sql(client: Api, statement: string): Promise<void> {
  const res = await client.post<{ status: { state: string; error?: { message: string } } }>(
    '/api/2.0/sql/statements',
    { warehouse_id: 'wh', statement, wait_timeout: '30s' },
  );
  if (res.body.status?.state !== 'SUCCEEDED')
    throw new Error(`${statement.slice(0, 80)}: ${JSON.stringify(res.body)}`);
}

/**
 * `<table>_drift_metrics` with one daily window per value (oldest first) of `js_distance` for
 * column `price`, and rows the check must leave out: another column, a slice, the BASELINE drift
 * type and a window with no value, each with values far above any threshold.
 */
export async function seedDriftMetrics(
  client: Api,
  table: string,
  values: number[],
): Promise<void> {
  await sql(
    client,
    `CREATE OR REPLACE TABLE ${table}_drift_metrics (window STRUCT<start: TIMESTAMP, end: TIMESTAMP>, granularity STRING, model_id STRING, slice_key STRING, slice_value STRING, column_name STRING, drift_type STRING, js_distance DOUBLE, ks_test STRUCT<statistic: DOUBLE, pvalue: DOUBLE>)`,
  );
  const rows: string[] = [];
  const win = (i: number) =>
    `named_struct('start', TIMESTAMP '${ts(FIRST + i * DAY)}', 'end', TIMESTAMP '${ts(FIRST + (i + 1) * DAY)}')`;
  values.forEach((v, i) => {
    rows.push(
      `(${win(i)}, '1 day', '*', NULL, NULL, 'price', 'CONSECUTIVE', ${v}, named_struct('statistic', ${v}, 'pvalue', 0.5))`,
    );
    rows.push(
      `(${win(i)}, '1 day', '*', NULL, NULL, 'tenure', 'CONSECUTIVE', 9.5, named_struct('statistic', 9.5, 'pvalue', 0.01))`,
    );
    rows.push(
      `(${win(i)}, '1 day', '*', 'region', 'eu', 'price', 'CONSECUTIVE', 9.5, named_struct('statistic', 9.5, 'pvalue', 0.01))`,
    );
    rows.push(
      `(${win(i)}, '1 day', '*', NULL, NULL, 'price', 'BASELINE', 9.5, named_struct('statistic', 9.5, 'pvalue', 0.01))`,
    );
  });
  rows.push(
    `(${win(values.length)}, '1 day', '*', NULL, NULL, 'price', 'CONSECUTIVE', NULL, named_struct('statistic', NULL, 'pvalue', NULL))`,
  );
  // Inserted newest first: the check must order by window, not trust the table's order.
  await sql(client, `INSERT INTO ${table}_drift_metrics VALUES ${rows.reverse().join(', ')}`);
}

/** A job that sleeps `seconds` (its parameter), to stand for retraining; returns its id. */
export async function retrainJob(client: Api, name: string): Promise<string> {
  await client.post('/api/2.0/workspace/mkdirs', { path: '/Workspace/Shared/drift' });
  await client.post('/api/2.0/workspace/import', {
    path: '/Workspace/Shared/drift/sleep.py',
    content: fs
      .readFileSync(path.join(ROOT, 'test/fixtures/run-job/code/sleep.py'))
      .toString('base64'),
    format: 'AUTO',
    overwrite: true,
  });
  const created = await client.post<{ job_id: string }>('/api/2.2/jobs/create', {
    name,
    tasks: [
      {
        task_key: 'train',
        spark_python_task: {
          python_file: '/Workspace/Shared/drift/sleep.py',
          parameters: ['{{job.parameters.seconds}}'],
        },
      },
    ],
    parameters: [{ name: 'seconds', default: '0' }],
  });
  return String(created.body.job_id);
}

export interface LoggedRequest {
  seq: number;
  method: string;
  path: string;
  body?: Record<string, unknown>;
}

/** The run-now requests for `jobId` after `since`. */
export async function runNows(client: Api, jobId: string, since = 0): Promise<LoggedRequest[]> {
  const log = await client.get<{ requests: LoggedRequest[] }>('/__local/requests', {
    since: String(since),
  });
  return log.body.requests.filter(
    (r) =>
      r.method === 'POST' && /\/jobs\/run-now$/.test(r.path) && String(r.body?.job_id) === jobId,
  );
}

export async function lastSeq(client: Api): Promise<number> {
  const log = await client.get<{ requests: { seq: number }[] }>('/__local/requests');
  return log.body.requests.at(-1)?.seq ?? 0;
}
