import * as fs from 'fs';
import * as path from 'path';
import type { Manifest } from './manifest';
import { InputError, inputRef, quoteValue } from '../../errors';
import type { Inputs } from '../../inputs';
import type { Rule } from './rule';

/** Where the windows come from: a monitor's metric table, or the user's own query. */
export type Source =
  | {
      kind: 'monitor';
      /** Backtick-quoted three-part name of the metric table. */
      metricTable: string;
      /** The metric table as shown to the user. */
      display: string;
      which: 'drift' | 'profile';
      metric: string;
      column: string;
      slice?: { key: string; value: string };
      granularity?: string;
      modelId?: string;
      driftType: 'CONSECUTIVE' | 'BASELINE';
    }
  | { kind: 'query'; file: string; sql: string };

export type Retrain =
  | { kind: 'report' }
  | {
      kind: 'run-job';
      job: { id: string } | { name: string };
      parameters?: Record<string, string>;
    };

export interface DriftSettings {
  warehouseId: string;
  source: Source;
  rule: Rule;
  retrain: Retrain;
  failOnDrift: boolean;
}

/** A name part usable between backticks. */
const PART = /^[^`.\s][^`.]*$/;
/** A column or a struct field of one (`ks_test.statistic`): plain identifiers only, as SQL is built from it. */
const METRIC = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;
const JOB_ID = /^[1-9][0-9]{0,18}$/;

function parts(name: string, count: number, input: string, example: string): string[] {
  const p = name.split('.').map((s) => s.trim());
  if (p.length !== count || !p.every((s) => PART.test(s)))
    throw new InputError(
      input,
      `must be a ${count === 3 ? 'three' : 'two'}-part name, got ${quoteValue(name)}`,
      `Write it as ${example}, without backticks.`,
    );
  return p;
}

function readQuery(file: string): string {
  const full = path.resolve(file);
  let sql: string;
  try {
    sql = fs.readFileSync(full, 'utf8');
  } catch {
    throw new InputError(
      'query-file',
      `names a file that cannot be read: ${quoteValue(file)} (resolved to ${quoteValue(full)})`,
      'Give the path of a SQL file, relative to the working directory.',
    );
  }
  // One statement: a trailing semicolon is common in .sql files, and refused by the API.
  sql = sql.trim().replace(/;\s*$/, '');
  if (!sql) throw new InputError('query-file', `is empty: ${quoteValue(file)}`);
  return sql;
}

function readSource(inputs: Inputs<Manifest>): Source {
  const file = inputs.string('query-file');
  const table = inputs.string('table');
  if (file && table)
    throw new InputError(
      'query-file',
      `and ${inputRef('table')} are both set`,
      `Set ${inputRef('table')} (with ${inputRef('metric')}) to read the monitor, or ${inputRef('query-file')} to run your own query, not both.`,
    );
  if (file) return { kind: 'query', file, sql: readQuery(file) };
  if (!table)
    throw new InputError(
      'table',
      'is not set',
      `Set it to the monitored table (catalog.schema.table), or set ${inputRef('query-file')} to a SQL file.`,
    );
  const [catalog, schema, name] = parts(table, 3, 'table', 'catalog.schema.table');
  const outputSchema = inputs.string('output-schema');
  const [outCatalog, outSchema] = outputSchema
    ? parts(outputSchema, 2, 'output-schema', 'catalog.schema')
    : [catalog, schema];
  const which = inputs.choice('metrics-table');
  const metricTable = [outCatalog, outSchema, `${name}_${which}_metrics`];
  const metric = inputs.string('metric');
  if (!metric)
    throw new InputError(
      'metric',
      'is not set',
      `Name the metric column of ${metricTable.join('.')}, e.g. ${which === 'drift' ? 'js_distance' : 'root_mean_squared_error'}.`,
    );
  if (!METRIC.test(metric))
    throw new InputError(
      'metric',
      `is not a column name: ${quoteValue(metric)}`,
      'Use a column such as js_distance, or a struct field such as ks_test.statistic.',
    );
  const sliceKey = inputs.string('slice-key');
  const sliceValue = inputs.string('slice-value');
  if (sliceValue !== undefined && sliceKey === undefined)
    throw new InputError(
      'slice-value',
      `is set without ${inputRef('slice-key')}`,
      'Set both, or neither.',
    );
  if (sliceKey !== undefined && sliceValue === undefined)
    throw new InputError(
      'slice-key',
      `is set without ${inputRef('slice-value')}`,
      'Set both, or neither.',
    );
  const granularity = inputs.string('granularity');
  const modelId = inputs.string('model-id');
  return {
    kind: 'monitor',
    metricTable: metricTable.map((p) => `\`${p}\``).join('.'),
    display: metricTable.join('.'),
    which,
    metric,
    column: inputs.string('column'),
    ...(sliceKey !== undefined && sliceValue !== undefined
      ? { slice: { key: sliceKey, value: sliceValue } }
      : {}),
    ...(granularity !== undefined ? { granularity } : {}),
    ...(modelId !== undefined ? { modelId } : {}),
    driftType: inputs.choice('drift-type'),
  };
}

function readRetrain(inputs: Inputs<Manifest>): Retrain {
  const id = inputs.string('retrain-job-id');
  const name = inputs.string('retrain-job-name');
  if (inputs.choice('on-drift') === 'report') {
    for (const n of ['retrain-job-id', 'retrain-job-name', 'retrain-job-parameters'] as const)
      if (inputs.has(n))
        throw new InputError(
          n,
          `is set but ${inputRef('on-drift')} is report`,
          `Set ${inputRef('on-drift')} to run-job to start the retraining job, or remove it.`,
        );
    return { kind: 'report' };
  }
  if (id && name)
    throw new InputError(
      'retrain-job-id',
      `and ${inputRef('retrain-job-name')} are both set`,
      'Set one of them.',
    );
  if (!id && !name)
    throw new InputError(
      'retrain-job-id',
      `is not set, nor ${inputRef('retrain-job-name')}, but ${inputRef('on-drift')} is run-job`,
      'Name the retraining job by id or by name.',
    );
  if (id && !JOB_ID.test(id))
    throw new InputError(
      'retrain-job-id',
      `is not a job id: ${quoteValue(id)}`,
      'A job id is a positive whole number.',
    );
  const parameters = inputs.stringMap('retrain-job-parameters');
  return {
    kind: 'run-job',
    job: id ? { id } : { name: name! },
    ...(parameters ? { parameters } : {}),
  };
}

export function readSettings(inputs: Inputs<Manifest>): DriftSettings {
  const warehouseId = inputs.requiredString('warehouse-id');
  const windows = inputs.number('windows');
  const minBreaches = inputs.number('min-breaches');
  if (minBreaches > windows)
    throw new InputError(
      'min-breaches',
      `is ${minBreaches}, more than the ${windows} windows evaluated`,
      `Lower it, or raise ${inputRef('windows')}.`,
    );
  return {
    warehouseId,
    source: readSource(inputs),
    rule: {
      threshold: inputs.number('threshold'),
      direction: inputs.choice('direction'),
      windows,
      minBreaches,
    },
    retrain: readRetrain(inputs),
    failOnDrift: inputs.boolean('fail-on-drift'),
  };
}
