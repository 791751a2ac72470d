/**
 * The gate's results in a Lakehouse table through the SQL Statement API: one row per metric and
 * one per check, keyed by model, version and CI run, so a re-run of the same CI run replaces its
 * rows instead of adding more. A SQL failure is an HTTP 200 with state FAILED (reference §4.6).
 */
import { UserError, inputRef } from '../../errors';
import type { DatabricksClient, StatementParameter, StatementResponse } from '../../databricks';
import type { GateReport } from './report';

const COLUMNS: Array<[string, string]> = [
  ['model_name', 'STRING'],
  ['model_version', 'STRING'],
  ['ci_run_id', 'STRING'],
  ['ci_run_url', 'STRING'],
  ['commit_sha', 'STRING'],
  ['kind', 'STRING'],
  ['name', 'STRING'],
  ['candidate_value', 'DOUBLE'],
  ['baseline_value', 'DOUBLE'],
  ['baseline_version', 'STRING'],
  ['rule', 'STRING'],
  ['passed', 'BOOLEAN'],
  ['detail', 'STRING'],
  ['gate_passed', 'BOOLEAN'],
  ['mode', 'STRING'],
];

export interface RowKey {
  ciRunId: string;
  ciRunUrl?: string;
  commit?: string;
}

type Value = string | number | boolean | undefined;

export async function recordResults(
  client: DatabricksClient,
  target: { warehouseId: string; table: string },
  report: GateReport,
  key: RowKey,
  signal: AbortSignal,
): Promise<number> {
  const run = (statement: string, parameters: StatementParameter[] = []) =>
    execute(client, target.warehouseId, statement, parameters, signal);
  const t = target.table;
  await run(
    `CREATE TABLE IF NOT EXISTS ${t} (${COLUMNS.map(([n, ty]) => `${n} ${ty}`).join(', ')}, recorded_at TIMESTAMP)`,
  );
  const keyParams: StatementParameter[] = [
    { name: 'k_model', value: report.model },
    { name: 'k_version', value: report.candidateVersion },
    { name: 'k_run', value: key.ciRunId },
  ];
  await run(
    `DELETE FROM ${t} WHERE model_name = :k_model AND model_version = :k_version AND ci_run_id = :k_run`,
    keyParams,
  );
  const rows: Value[][] = [
    ...report.metrics.map((m): Value[] => [
      'metric',
      m.metric,
      m.candidate,
      m.baseline,
      m.rule,
      m.passed,
      m.messages.join(' ') || (m.comparisonSkipped ? 'comparison skipped: no baseline' : ''),
    ]),
    ...report.checks.map((c): Value[] => [
      'check',
      c.check,
      undefined,
      undefined,
      '',
      c.passed,
      c.detail,
    ]),
  ];
  if (rows.length === 0) return 0;
  const params: StatementParameter[] = [];
  const tuples = rows.map(([kind, name, cand, base, rule, passed, detail], i) => {
    const values: Value[] = [
      report.model,
      report.candidateVersion,
      key.ciRunId,
      key.ciRunUrl,
      key.commit,
      kind,
      name,
      cand,
      base,
      report.baselineVersion,
      rule,
      passed,
      detail,
      report.passed,
      report.mode,
    ];
    const names = values.map((v, j) => {
      const n = `r${i}_${j}`;
      params.push({
        name: n,
        value: v === undefined ? undefined : String(v),
        type: COLUMNS[j][1],
      });
      return `:${n}`;
    });
    return `(${names.join(', ')}, current_timestamp())`;
  });
  await run(
    `INSERT INTO ${t} (${COLUMNS.map(([n]) => n).join(', ')}, recorded_at) VALUES ${tuples.join(', ')}`,
    params,
  );
  return rows.length;
}

async function execute(
  client: DatabricksClient,
  warehouseId: string,
  statement: string,
  parameters: StatementParameter[],
  signal: AbortSignal,
): Promise<StatementResponse> {
  let res = await client.sql.execute(
    {
      warehouse_id: warehouseId,
      statement,
      parameters,
      wait_timeout: '30s',
      on_wait_timeout: 'CONTINUE',
    },
    signal,
  );
  const deadline = Date.now() + 5 * 60_000;
  while (res.status?.state === 'PENDING' || res.status?.state === 'RUNNING') {
    if (Date.now() > deadline)
      throw new UserError(
        `The SQL warehouse ${inputRef('warehouse-id')} '${warehouseId}' did not finish writing the results within 5 minutes; statement ${res.statement_id} was left to finish.`,
      );
    await new Promise((r) => setTimeout(r, 1000));
    signal.throwIfAborted();
    res = await client.sql.get(res.statement_id, signal);
  }
  if (res.status?.state !== 'SUCCEEDED') {
    const e = res.status?.error;
    throw new UserError(
      `Writing the results to ${inputRef('results-table')} failed: ${e?.error_code ?? res.status?.state}: ${e?.message ?? 'no message'}. Check the table name and that the CI identity may use the warehouse and write the table.`,
    );
  }
  return res;
}
