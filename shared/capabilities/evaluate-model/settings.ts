import type { Manifest } from './manifest';
import * as fs from 'fs';
import * as path from 'path';
import YAML from 'yaml';
import { InputError, UserError, inputRef, cutText, quoteValue, errorMessage } from '../../errors';
import type { Inputs } from '../../inputs';
import { registryKindFor, type RegistryKind } from '../../models/registry';
import { parseCompliance, type ComplianceRules } from './compliance';
import { parseMetrics, parseThresholds, type Metrics, type Thresholds } from './thresholds';

export type CandidateRef =
  | { kind: 'version'; version: string }
  | { kind: 'pointer'; name: string }
  | { kind: 'latest' }
  | { kind: 'latest-unevaluated' };

export type BaselineRef =
  { kind: 'version'; version: string } | { kind: 'pointer'; name: string } | { kind: 'none' };

export type GateMode = 'enforce' | 'warn' | 'dry-run';

export interface EvaluateSettings {
  /** Undefined: a metrics-files-only gate with no workspace. */
  model?: { name: string; registry: RegistryKind };
  candidate: CandidateRef;
  baseline: BaselineRef;
  thresholds: Thresholds;
  onMissingBaseline: 'pass' | 'fail';
  compliance?: ComplianceRules;
  mode: GateMode;
  metricsRunId?: string;
  candidateMetrics?: Metrics;
  baselineMetrics?: Metrics;
  commit?: string;
  aliasOnPass?: string;
  /** The sticky PR report: its key, and the `github-token` input. */
  prReport?: { key?: string; token?: string };
  results?: { warehouseId: string; table: string };
}

const VERSION = /^[1-9][0-9]{0,18}$/;
/** One to three identifiers, plain or back-quoted: interpolated into SQL, so nothing else passes. */
const TABLE = /^(`[^`]+`|[A-Za-z_][A-Za-z0-9_]*)(\.(`[^`]+`|[A-Za-z_][A-Za-z0-9_]*)){0,2}$/;
const POINTER = /^[A-Za-z0-9_-]{1,255}$/;

/**
 * A YAML/JSON document given inline or as a file path (relative to the working directory). A
 * one-line value that is not a mapping is taken as a path.
 */
export function readDocument(
  inputs: Inputs<Manifest>,
  name: 'thresholds' | 'compliance-rules',
): unknown {
  const raw = inputs.raw(name);
  if (raw === undefined) return undefined;
  const text = raw.trim();
  const inline = text.includes('\n') || text.startsWith('{') || /^[^\s/\\]+:\s/.test(text);
  if (inline) return parseYaml(name, text, undefined);
  const full = path.resolve(text);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(full);
  } catch {
    throw new InputError(
      name,
      `names a file that does not exist: ${cutText(text)} (resolved to ${cutText(full)})`,
      'Give a path relative to the working directory, or the YAML/JSON itself.',
    );
  }
  if (!stat.isFile())
    throw new InputError(
      name,
      `names a directory, not a file: ${cutText(text)}`,
      'Give a YAML or JSON file.',
    );
  return parseYaml(name, fs.readFileSync(full, 'utf8'), text);
}

function parseYaml(name: string, text: string, file: string | undefined): unknown {
  const doc = YAML.parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const where = e.linePos ? `${file ? `${cutText(file)}:` : 'line '}${e.linePos[0].line}` : '';
    throw new InputError(
      name,
      `is not valid YAML or JSON${where ? ` (${where})` : ''}: ${cutText(e.message.split('\n')[0])}`,
    );
  }
  return doc.toJS();
}

function readMetricsFile(
  inputs: Inputs<Manifest>,
  name: 'candidate-metrics-file' | 'baseline-metrics-file',
): Metrics | undefined {
  const file = inputs.string(name);
  if (file === undefined) return undefined;
  const full = path.resolve(file);
  let text: string;
  try {
    if (!fs.statSync(full).isFile())
      throw new InputError(name, `names a directory, not a file: ${cutText(file)}`);
    text = fs.readFileSync(full, 'utf8');
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(
      name,
      `names a file that cannot be read: ${cutText(file)} (resolved to ${cutText(full)})`,
      'Write the metrics as JSON {"metric": value} to that path in an earlier step.',
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new InputError(
      name,
      `is not valid JSON (${cutText(file)}: ${cutText(errorMessage(err))})`,
    );
  }
  return parseMetrics(value, `Input ${inputRef(name)} (${cutText(file)})`);
}

function readCandidate(value: string): CandidateRef {
  if (value === 'latest') return { kind: 'latest' };
  if (value === 'latest-unevaluated') return { kind: 'latest-unevaluated' };
  if (VERSION.test(value)) return { kind: 'version', version: value };
  if (POINTER.test(value)) return { kind: 'pointer', name: value };
  throw new InputError(
    'candidate',
    `must be a version number, an alias or stage, latest or latest-unevaluated, got ${quoteValue(value)}`,
  );
}

function readBaseline(value: string | undefined, registry: RegistryKind | undefined): BaselineRef {
  if (value === undefined)
    return registry === undefined
      ? { kind: 'none' }
      : { kind: 'pointer', name: registry === 'unity-catalog' ? 'champion' : 'Production' };
  if (value.toLowerCase() === 'none') return { kind: 'none' };
  if (VERSION.test(value)) return { kind: 'version', version: value };
  if (POINTER.test(value)) return { kind: 'pointer', name: value };
  throw new InputError(
    'baseline',
    `must be an alias, a stage, a version number or none, got ${quoteValue(value)}`,
  );
}

export function readSettings(
  inputs: Inputs<Manifest>,
  defaults: { commit?: string },
): EvaluateSettings {
  const modelName = inputs.string('model-name');
  const registryInput = inputs.choice('registry');
  const registry = modelName
    ? registryKindFor(modelName, registryInput === 'auto' ? undefined : registryInput)
    : undefined;
  const candidateMetrics = readMetricsFile(inputs, 'candidate-metrics-file');
  const baselineMetrics = readMetricsFile(inputs, 'baseline-metrics-file');
  const metricsRunId = inputs.string('metrics-run-id');
  if (!modelName && !candidateMetrics)
    throw new InputError(
      'model-name',
      'is not set, and there is no candidate-metrics-file either',
      `Name the registered model, or give ${inputRef('candidate-metrics-file')} to gate metrics produced elsewhere.`,
    );
  if (baselineMetrics && !candidateMetrics)
    throw new InputError(
      'baseline-metrics-file',
      `needs ${inputRef('candidate-metrics-file')} too`,
      'Give both files, or neither.',
    );
  if (metricsRunId && candidateMetrics)
    throw new InputError(
      'metrics-run-id',
      `cannot be combined with ${inputRef('candidate-metrics-file')}`,
      'Take the metrics from one place.',
    );
  const thresholdsDoc = readDocument(inputs, 'thresholds');
  const thresholds = parseThresholds(thresholdsDoc, `Input ${inputRef('thresholds')}`);
  const complianceDoc = readDocument(inputs, 'compliance-rules');
  const compliance =
    complianceDoc === undefined
      ? undefined
      : parseCompliance(complianceDoc, `Input ${inputRef('compliance-rules')}`);
  if (compliance && !modelName)
    throw new InputError(
      'compliance-rules',
      `needs ${inputRef('model-name')}: compliance checks read the registered version`,
    );
  const candidate = readCandidate(inputs.string('candidate'));
  const baselineInput = inputs.string('baseline');
  const baseline = readBaseline(baselineInput, registry);
  const aliasOnPass = inputs.string('alias-on-pass');
  if (aliasOnPass !== undefined) {
    if (registry !== 'unity-catalog')
      throw new InputError(
        'alias-on-pass',
        'needs a Unity Catalog model',
        'Workspace registry models have stages, not aliases: leave it empty.',
      );
    if (!POINTER.test(aliasOnPass) || aliasOnPass.toLowerCase() === 'latest')
      throw new InputError(
        'alias-on-pass',
        `is not a usable alias: ${quoteValue(aliasOnPass)}`,
        "Use letters, digits, '_' or '-'; 'latest' is reserved.",
      );
  }
  const warehouseId = inputs.string('warehouse-id');
  const table = inputs.string('results-table');
  if (table !== undefined && !TABLE.test(table))
    throw new InputError(
      'results-table',
      `is not a table name: ${quoteValue(table)}`,
      'Write it as catalog.schema.table (back-quote parts with other characters).',
    );
  if ((table === undefined) !== (warehouseId === undefined))
    throw new InputError(
      table === undefined ? 'results-table' : 'warehouse-id',
      'is not set, but the other of warehouse-id and results-table is',
      'Set both to record results in a table, or neither.',
    );
  if (table && !modelName)
    throw new UserError(
      `Input ${inputRef('results-table')} needs ${inputRef('model-name')}: rows are keyed by model and version.`,
    );
  return {
    model: modelName && registry ? { name: modelName, registry } : undefined,
    candidate,
    baseline,
    thresholds,
    onMissingBaseline: inputs.choice('on-missing-baseline'),
    compliance,
    mode: inputs.choice('mode'),
    metricsRunId,
    candidateMetrics,
    baselineMetrics,
    commit: inputs.string('commit') ?? defaults.commit,
    aliasOnPass,
    results: table && warehouseId ? { warehouseId, table } : undefined,
    prReport: inputs.boolean('pr-comment')
      ? { key: inputs.string('report-key'), token: inputs.string('github-token') }
      : undefined,
  };
}
