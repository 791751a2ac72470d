/**
 * Metric thresholds in MLflow's own words (`MetricThreshold`), so a team can move them out of
 * `validation.py` unchanged, and MLflow's `_validate` ported rule for rule
 * (../shared/reference/databricks-api.md §2). Where MLflow raises a KeyError or crashes on `None`
 * arithmetic, the verdict here is a clear failure with a message instead.
 */
import { UserError, quoteValue } from '../../errors';

export interface MetricRule {
  /** Inclusive bound on the candidate's value. */
  threshold?: number;
  /** The candidate must beat the baseline by at least this much (> 0). */
  minAbsoluteChange?: number;
  /** The candidate must beat the baseline by at least this fraction of it (0..1). */
  minRelativeChange?: number;
  greaterIsBetter: boolean;
}

export type Thresholds = Record<string, MetricRule>;

export type Metrics = Record<string, number>;

/** Why a metric failed, as MLflow classifies it. */
export type FailureKind =
  | 'missing_candidate'
  | 'threshold'
  | 'missing_baseline'
  | 'min_absolute_change'
  | 'min_relative_change';

export interface MetricVerdict {
  metric: string;
  rule: MetricRule;
  candidate?: number;
  baseline?: number;
  /** candidate − baseline, when both exist. */
  absoluteChange?: number;
  /** MLflow's relative change (signed division by the baseline), when both exist and baseline ≠ 0. */
  relativeChange?: number;
  passed: boolean;
  /** The comparison with the baseline was skipped (no baseline model, `on-missing-baseline: pass`). */
  comparisonSkipped: boolean;
  failures: FailureKind[];
  /** MLflow's per-metric failure messages. */
  messages: string[];
}

export interface GateResult {
  passed: boolean;
  verdicts: MetricVerdict[];
  failedMetrics: string[];
}

export interface EvaluateOptions {
  /**
   * What a comparison rule does when there is no baseline model at all (a first model):
   * `pass` skips the comparison (the report says so), `fail` is MLflow's `missing_baseline`.
   */
  onMissingBaseline: 'pass' | 'fail';
}

const KEYS = new Set([
  'threshold',
  'min_absolute_change',
  'min_relative_change',
  'greater_is_better',
  'higher_is_better',
]);

/**
 * Reads thresholds (already parsed from YAML/JSON) into rules, with MetricThreshold's constructor
 * checks. `where` names the input or file in errors. Differences from Python, forced by JSON/YAML
 * having one number type: `min_relative_change: 1` is read as 1.0 (Python rejects the int 1).
 */
export function parseThresholds(value: unknown, where: string): Thresholds {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UserError(
      `${where} must be a mapping of metric names to rules, e.g. {"accuracy_score": {"threshold": 0.8, "greater_is_better": true}}.`,
    );
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0)
    throw new UserError(`${where} declares no metric. Add at least one metric rule.`);
  const out: Thresholds = {};
  for (const [metric, raw] of entries) out[metric] = parseRule(metric, raw, where);
  return out;
}

function parseRule(metric: string, raw: unknown, where: string): MetricRule {
  const bad = (problem: string) =>
    new UserError(`${where}: metric ${quoteValue(metric)} ${problem}`);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    throw bad(
      'must be a mapping with threshold, min_absolute_change, min_relative_change and greater_is_better.',
    );
  const rule = raw as Record<string, unknown>;
  const unknown = Object.keys(rule).filter((k) => !KEYS.has(k));
  if (unknown.length > 0)
    throw bad(
      `has unknown key(s) ${unknown.map((k) => `${quoteValue(k)}`).join(', ')}. Use threshold, min_absolute_change, min_relative_change, greater_is_better.`,
    );
  const number = (key: string): number | undefined => {
    const v = rule[key];
    if (v === undefined || v === null) return undefined;
    // MLflow checks `type(x) in {int, float}`: booleans and strings are refused, not coerced.
    if (typeof v !== 'number' || !Number.isFinite(v))
      throw bad(`has ${key} ${describe(v)}: it must be a number.`);
    return v;
  };
  if ('greater_is_better' in rule && 'higher_is_better' in rule)
    throw bad(
      'sets both greater_is_better and higher_is_better: they mean the same, keep greater_is_better.',
    );
  const gib = rule.greater_is_better ?? rule.higher_is_better;
  if (gib === undefined || gib === null)
    throw bad('has no greater_is_better: say whether a higher value is better (true or false).');
  if (typeof gib !== 'boolean')
    throw bad(`has greater_is_better ${describe(gib)}: use true or false.`);
  const threshold = number('threshold');
  const minAbsoluteChange = number('min_absolute_change');
  const minRelativeChange = number('min_relative_change');
  if (minAbsoluteChange !== undefined && !(minAbsoluteChange > 0))
    throw bad(`has min_absolute_change ${minAbsoluteChange}: it must be greater than 0.`);
  if (minRelativeChange !== undefined && !(minRelativeChange >= 0 && minRelativeChange <= 1))
    throw bad(
      `has min_relative_change ${minRelativeChange}: it must be a fraction between 0 and 1 (0.05 for 5 %).`,
    );
  if (threshold === undefined && minAbsoluteChange === undefined && minRelativeChange === undefined)
    throw bad('sets no threshold: give threshold, min_absolute_change or min_relative_change.');
  return { threshold, minAbsoluteChange, minRelativeChange, greaterIsBetter: gib };
}

/**
 * MLflow's `_validate`, per metric. `baseline` undefined means there is no baseline model (a first
 * model); an object means there is one, possibly lacking some metrics.
 */
export function evaluateThresholds(
  thresholds: Thresholds,
  candidate: Metrics,
  baseline: Metrics | undefined,
  options: EvaluateOptions,
): GateResult {
  const verdicts = Object.entries(thresholds).map(([metric, rule]) =>
    evaluateMetric(metric, rule, candidate, baseline, options),
  );
  const failedMetrics = verdicts.filter((v) => !v.passed).map((v) => v.metric);
  return { passed: failedMetrics.length === 0, verdicts, failedMetrics };
}

function has(metrics: Metrics | undefined, name: string): metrics is Metrics {
  return metrics !== undefined && Object.prototype.hasOwnProperty.call(metrics, name);
}

function evaluateMetric(
  metric: string,
  rule: MetricRule,
  candidateMetrics: Metrics,
  baselineMetrics: Metrics | undefined,
  options: EvaluateOptions,
): MetricVerdict {
  const verdict: MetricVerdict = {
    metric,
    rule,
    passed: true,
    comparisonSkipped: false,
    failures: [],
    messages: [],
  };
  const fail = (kind: FailureKind, message: string) => {
    verdict.passed = false;
    verdict.failures.push(kind);
    verdict.messages.push(message);
  };
  const gib = rule.greaterIsBetter;
  const cmp = (a: number, b: number) => (gib ? a >= b : a <= b);
  const op = (a: number, b: number) => (gib ? a + b : a - b);

  if (!has(candidateMetrics, metric)) {
    fail(
      'missing_candidate',
      `Metric validation failed: metric ${metric} was missing from the evaluation result of the candidate model.`,
    );
    return verdict;
  }
  const c = candidateMetrics[metric];
  verdict.candidate = c;
  const b = has(baselineMetrics, metric) ? baselineMetrics[metric] : undefined;
  if (b !== undefined) {
    verdict.baseline = b;
    verdict.absoluteChange = c - b;
    if (b !== 0) verdict.relativeChange = gib ? (c - b) / b : (b - c) / b;
  }

  if (rule.threshold !== undefined && !cmp(c, rule.threshold)) {
    fail(
      'threshold',
      `Metric ${metric} value threshold check failed: candidate model ${metric} = ${c}, ${metric} threshold = ${rule.threshold}.`,
    );
  }
  const compares = rule.minAbsoluteChange !== undefined || rule.minRelativeChange !== undefined;
  if (!compares) return verdict;
  if (b === undefined) {
    // MLflow: missing_baseline (or a KeyError when the baseline model exists but lacks the
    // metric, or a crash for min_relative_change 0.0). A first model is normal: the option decides.
    if (baselineMetrics === undefined && options.onMissingBaseline === 'pass') {
      verdict.comparisonSkipped = true;
      return verdict;
    }
    fail(
      'missing_baseline',
      baselineMetrics === undefined
        ? `Model comparison failed: there is no baseline model to compare ${metric} with.`
        : `Model comparison failed: metric ${metric} was missing from the evaluation result of the baseline model.`,
    );
    return verdict;
  }
  if (rule.minAbsoluteChange !== undefined && !cmp(c, op(b, rule.minAbsoluteChange))) {
    fail(
      'min_absolute_change',
      `Metric ${metric} minimum absolute change check failed: candidate model ${metric} = ${c}, baseline model ${metric} = ${b}, ${metric} minimum absolute change threshold = ${rule.minAbsoluteChange}.`,
    );
  }
  if (rule.minRelativeChange !== undefined) {
    // MLflow: with a zero baseline the candidate must be strictly better than 0 (by 1e-10).
    const ok =
      b === 0 ? cmp(c, op(0, 1e-10)) : (gib ? (c - b) / b : (b - c) / b) >= rule.minRelativeChange;
    if (!ok) {
      fail(
        'min_relative_change',
        `Metric ${metric} minimum relative change check failed: candidate model ${metric} = ${c}, baseline model ${metric} = ${b}, ${metric} minimum relative change threshold = ${rule.minRelativeChange}.`,
      );
    }
  }
  return verdict;
}

/** The rule in words, for the summary table: `≥ 0.8, +0.01, +5 % (higher is better)`. */
export function describeRule(rule: MetricRule): string {
  const parts: string[] = [];
  const dir = rule.greaterIsBetter ? '≥' : '≤';
  if (rule.threshold !== undefined) parts.push(`${dir} ${rule.threshold}`);
  if (rule.minAbsoluteChange !== undefined)
    parts.push(`${rule.greaterIsBetter ? '+' : '−'}${rule.minAbsoluteChange} vs baseline`);
  if (rule.minRelativeChange !== undefined)
    parts.push(
      `${rule.greaterIsBetter ? '+' : '−'}${round(rule.minRelativeChange * 100)} % vs baseline`,
    );
  return `${parts.join(', ')} (${rule.greaterIsBetter ? 'higher' : 'lower'} is better)`;
}

/**
 * Reads a metrics object (`{"metric": value}`) from parsed JSON, with a clear error for anything
 * that is not a finite number.
 */
export function parseMetrics(value: unknown, where: string): Metrics {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new UserError(
      `${where} must be a JSON object of metric names to numbers, e.g. {"rmse": 0.42}.`,
    );
  const out: Metrics = {};
  for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v !== 'number' || !Number.isFinite(v))
      throw new UserError(
        `${where}: metric ${quoteValue(name)} is ${describe(v)}: it must be a number.`,
      );
    out[name] = v;
  }
  return out;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function describe(v: unknown): string {
  if (typeof v === 'string') return `${quoteValue(v)}`;
  if (typeof v === 'number') return String(v);
  if (v === null) return 'null';
  return typeof v === 'object' ? (Array.isArray(v) ? 'a list' : 'a mapping') : String(v);
}
