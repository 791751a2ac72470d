import { UserError } from '../../../shared/errors';
import {
  describeRule,
  evaluateThresholds,
  parseMetrics,
  parseThresholds,
  type FailureKind,
  type Metrics,
} from '../../../shared/capabilities/evaluate-model/thresholds';

type Rule = Record<string, unknown>;

interface Case {
  name: string;
  rule: Rule;
  candidate?: number;
  /** undefined: no baseline model; null: a baseline model without this metric. */
  baseline?: number | null;
  onMissingBaseline?: 'pass' | 'fail';
  passed: boolean;
  failures?: FailureKind[];
  skipped?: boolean;
}

const gib = (extra: Rule): Rule => ({ greater_is_better: true, ...extra });
const lib = (extra: Rule): Rule => ({ greater_is_better: false, ...extra });

// Each row is MLflow's `_validate` worked by hand (../shared/reference/databricks-api.md §2.2).
const cases: Case[] = [
  // value thresholds: inclusive bounds, both directions
  { name: 'threshold met (higher)', rule: gib({ threshold: 0.8 }), candidate: 0.9, passed: true },
  {
    name: 'threshold equal passes (higher)',
    rule: gib({ threshold: 0.8 }),
    candidate: 0.8,
    passed: true,
  },
  {
    name: 'threshold missed (higher)',
    rule: gib({ threshold: 0.8 }),
    candidate: 0.79,
    passed: false,
    failures: ['threshold'],
  },
  { name: 'threshold met (lower)', rule: lib({ threshold: 500 }), candidate: 400, passed: true },
  {
    name: 'threshold equal passes (lower)',
    rule: lib({ threshold: 500 }),
    candidate: 500,
    passed: true,
  },
  {
    name: 'threshold missed (lower)',
    rule: lib({ threshold: 500 }),
    candidate: 501,
    passed: false,
    failures: ['threshold'],
  },
  {
    name: 'negative threshold (higher)',
    rule: gib({ threshold: -1 }),
    candidate: -0.5,
    passed: true,
  },
  {
    name: 'threshold only ignores the baseline',
    rule: gib({ threshold: 0.5 }),
    candidate: 0.6,
    baseline: 0.9,
    passed: true,
  },
  // missing candidate metric
  {
    name: 'candidate lacks the metric',
    rule: gib({ threshold: 0.5 }),
    passed: false,
    failures: ['missing_candidate'],
  },
  {
    name: 'candidate lacks the metric, comparison rule',
    rule: gib({ min_absolute_change: 0.1 }),
    baseline: 0.5,
    passed: false,
    failures: ['missing_candidate'],
  },
  // absolute change
  {
    name: 'abs change met (higher)',
    rule: gib({ min_absolute_change: 0.05 }),
    candidate: 0.9,
    baseline: 0.8,
    passed: true,
  },
  {
    name: 'abs change exactly met (higher)',
    rule: gib({ min_absolute_change: 0.25 }),
    candidate: 1.0,
    baseline: 0.75,
    passed: true,
  },
  {
    name: 'abs change missed (higher)',
    rule: gib({ min_absolute_change: 0.2 }),
    candidate: 0.9,
    baseline: 0.8,
    passed: false,
    failures: ['min_absolute_change'],
  },
  {
    name: 'abs change met (lower)',
    rule: lib({ min_absolute_change: 10 }),
    candidate: 80,
    baseline: 100,
    passed: true,
  },
  {
    name: 'abs change exactly met (lower)',
    rule: lib({ min_absolute_change: 20 }),
    candidate: 80,
    baseline: 100,
    passed: true,
  },
  {
    name: 'abs change missed (lower)',
    rule: lib({ min_absolute_change: 30 }),
    candidate: 80,
    baseline: 100,
    passed: false,
    failures: ['min_absolute_change'],
  },
  {
    name: 'worse than baseline (higher)',
    rule: gib({ min_absolute_change: 0.01 }),
    candidate: 0.7,
    baseline: 0.8,
    passed: false,
    failures: ['min_absolute_change'],
  },
  // float arithmetic exactly as Python's: 0.1 + 0.2 is 0.30000000000000004, so 0.3 misses
  {
    name: 'abs change uses float sum (0.1+0.2)',
    rule: gib({ min_absolute_change: 0.2 }),
    candidate: 0.3,
    baseline: 0.1,
    passed: false,
    failures: ['min_absolute_change'],
  },
  // relative change
  {
    name: 'rel change met (higher)',
    rule: gib({ min_relative_change: 0.1 }),
    candidate: 1.2,
    baseline: 1.0,
    passed: true,
  },
  {
    name: 'rel change exactly met passes (higher)',
    rule: gib({ min_relative_change: 0.5 }),
    candidate: 3,
    baseline: 2,
    passed: true,
  },
  {
    name: 'rel change missed (higher)',
    rule: gib({ min_relative_change: 0.3 }),
    candidate: 1.2,
    baseline: 1.0,
    passed: false,
    failures: ['min_relative_change'],
  },
  {
    name: 'rel change met (lower)',
    rule: lib({ min_relative_change: 0.1 }),
    candidate: 80,
    baseline: 100,
    passed: true,
  },
  {
    name: 'rel change missed (lower)',
    rule: lib({ min_relative_change: 0.25 }),
    candidate: 80,
    baseline: 100,
    passed: false,
    failures: ['min_relative_change'],
  },
  {
    name: 'rel change 0 passes when equal',
    rule: gib({ min_relative_change: 0.0 }),
    candidate: 0.5,
    baseline: 0.5,
    passed: true,
  },
  {
    name: 'rel change 0 fails when worse',
    rule: gib({ min_relative_change: 0.0 }),
    candidate: 0.4,
    baseline: 0.5,
    passed: false,
    failures: ['min_relative_change'],
  },
  // signed division: a negative baseline inverts the meaning, as in MLflow
  {
    name: 'negative baseline: better candidate fails (signed division)',
    rule: gib({ min_relative_change: 0.1 }),
    candidate: -0.1,
    baseline: -0.5,
    passed: false,
    failures: ['min_relative_change'],
  },
  {
    name: 'negative baseline: worse candidate passes (signed division)',
    rule: gib({ min_relative_change: 0.1 }),
    candidate: -1.0,
    baseline: -0.5,
    passed: true,
  },
  // baseline 0: strictly better than 0 by 1e-10
  {
    name: 'zero baseline, positive candidate (higher)',
    rule: gib({ min_relative_change: 0.5 }),
    candidate: 0.001,
    baseline: 0,
    passed: true,
  },
  {
    name: 'zero baseline, zero candidate fails (higher)',
    rule: gib({ min_relative_change: 0.5 }),
    candidate: 0,
    baseline: 0,
    passed: false,
    failures: ['min_relative_change'],
  },
  {
    name: 'zero baseline, negative candidate passes (lower)',
    rule: lib({ min_relative_change: 0.5 }),
    candidate: -0.001,
    baseline: 0,
    passed: true,
  },
  {
    name: 'zero baseline, tiny candidate below 1e-10 fails',
    rule: gib({ min_relative_change: 0.1 }),
    candidate: 1e-11,
    baseline: 0,
    passed: false,
    failures: ['min_relative_change'],
  },
  // no baseline model / baseline lacking the metric
  {
    name: 'no baseline model, comparison skipped by default',
    rule: gib({ min_absolute_change: 0.1 }),
    candidate: 0.9,
    passed: true,
    skipped: true,
  },
  {
    name: 'no baseline model, on-missing-baseline fail',
    rule: gib({ min_absolute_change: 0.1 }),
    candidate: 0.9,
    onMissingBaseline: 'fail',
    passed: false,
    failures: ['missing_baseline'],
  },
  {
    name: 'no baseline model, threshold still checked',
    rule: gib({ threshold: 0.95, min_relative_change: 0.1 }),
    candidate: 0.9,
    passed: false,
    failures: ['threshold'],
    skipped: true,
  },
  {
    name: 'baseline model lacks the metric (MLflow KeyError) fails clearly',
    rule: gib({ min_absolute_change: 0.1 }),
    candidate: 0.9,
    baseline: null,
    passed: false,
    failures: ['missing_baseline'],
  },
  {
    name: 'rel change 0.0 with no baseline (MLflow crashes) fails clearly',
    rule: gib({ min_relative_change: 0.0 }),
    candidate: 0.9,
    onMissingBaseline: 'fail',
    passed: false,
    failures: ['missing_baseline'],
  },
  // combined rules collect every failure
  {
    name: 'threshold and abs both fail',
    rule: gib({ threshold: 0.9, min_absolute_change: 0.1 }),
    candidate: 0.85,
    baseline: 0.8,
    passed: false,
    failures: ['threshold', 'min_absolute_change'],
  },
  {
    name: 'all three met',
    rule: lib({ threshold: 1, min_absolute_change: 0.1, min_relative_change: 0.1 }),
    candidate: 0.5,
    baseline: 0.8,
    passed: true,
  },
  {
    name: 'abs met, rel missed',
    rule: gib({ min_absolute_change: 0.05, min_relative_change: 0.5 }),
    candidate: 1.1,
    baseline: 1.0,
    passed: false,
    failures: ['min_relative_change'],
  },
  {
    name: 'higher_is_better alias',
    rule: { higher_is_better: false, threshold: 0.3 },
    candidate: 0.2,
    passed: true,
  },
];

describe('evaluateThresholds in MLflow semantics', () => {
  it('has at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('$name', (c) => {
    const thresholds = parseThresholds({ m: c.rule }, 'thresholds');
    const candidate: Metrics = c.candidate === undefined ? { other: 1 } : { m: c.candidate };
    const baseline: Metrics | undefined =
      c.baseline === undefined ? undefined : c.baseline === null ? { other: 1 } : { m: c.baseline };
    const result = evaluateThresholds(thresholds, candidate, baseline, {
      onMissingBaseline: c.onMissingBaseline ?? 'pass',
    });
    expect(result.passed).toBe(c.passed);
    expect(result.failedMetrics).toEqual(c.passed ? [] : ['m']);
    expect(result.verdicts[0].failures).toEqual(c.failures ?? []);
    expect(result.verdicts[0].comparisonSkipped).toBe(c.skipped ?? false);
    expect(result.verdicts[0].messages).toHaveLength((c.failures ?? []).length);
  });

  it('uses MLflow failure messages', () => {
    const t = parseThresholds({ rmse: lib({ threshold: 1, min_absolute_change: 0.5 }) }, 'x');
    const r = evaluateThresholds(t, { rmse: 2 }, { rmse: 2.2 }, { onMissingBaseline: 'pass' });
    expect(r.verdicts[0].messages).toEqual([
      'Metric rmse value threshold check failed: candidate model rmse = 2, rmse threshold = 1.',
      'Metric rmse minimum absolute change check failed: candidate model rmse = 2, baseline model rmse = 2.2, rmse minimum absolute change threshold = 0.5.',
    ]);
    expect(r.verdicts[0].absoluteChange).toBeCloseTo(-0.2);
    expect(r.verdicts[0].relativeChange).toBeCloseTo(0.2 / 2.2);
  });

  it('evaluates several metrics and lists the failed ones in order', () => {
    const t = parseThresholds(
      { a: gib({ threshold: 1 }), b: gib({ threshold: 1 }), c: gib({ threshold: 1 }) },
      'x',
    );
    const r = evaluateThresholds(t, { a: 0, b: 2, c: 0 }, undefined, { onMissingBaseline: 'pass' });
    expect(r.failedMetrics).toEqual(['a', 'c']);
  });
});

describe('parseThresholds: MetricThreshold constructor checks as clear errors', () => {
  const bad: Array<[string, unknown, RegExp]> = [
    ['not a mapping', [1, 2], /must be a mapping of metric names/],
    ['empty', {}, /declares no metric/],
    ['rule not a mapping', { acc: 0.8 }, /metric 'acc' must be a mapping/],
    ['no greater_is_better', { acc: { threshold: 0.8 } }, /metric 'acc' has no greater_is_better/],
    [
      'greater_is_better a string',
      { acc: { threshold: 0.8, greater_is_better: 'yes' } },
      /use true or false/,
    ],
    [
      'both aliases',
      { acc: { threshold: 1, greater_is_better: true, higher_is_better: true } },
      /sets both/,
    ],
    ['no threshold', { acc: { greater_is_better: true } }, /sets no threshold/],
    [
      'threshold a bool',
      { acc: { threshold: true, greater_is_better: true } },
      /threshold true: it must be a number/,
    ],
    [
      'threshold a string',
      { acc: { threshold: '0.8', greater_is_better: true } },
      /threshold '0.8'/,
    ],
    [
      'abs change 0',
      { acc: { min_absolute_change: 0, greater_is_better: true } },
      /greater than 0/,
    ],
    [
      'abs change negative',
      { acc: { min_absolute_change: -1, greater_is_better: true } },
      /greater than 0/,
    ],
    [
      'rel change above 1',
      { acc: { min_relative_change: 1.5, greater_is_better: true } },
      /between 0 and 1/,
    ],
    [
      'rel change negative',
      { acc: { min_relative_change: -0.1, greater_is_better: true } },
      /between 0 and 1/,
    ],
    [
      'unknown key',
      { acc: { treshold: 1, greater_is_better: true } },
      /unknown key\(s\) 'treshold'/,
    ],
  ];
  it.each(bad)('%s', (_name, value, message) => {
    let thrown: unknown;
    try {
      parseThresholds(value, 'Input thresholds');
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(UserError);
    expect((thrown as Error).message).toMatch(message);
    expect((thrown as Error).message).toMatch(/^Input thresholds/);
  });

  it('reads min_relative_change 1 as 1.0 (JSON and YAML have one number type)', () => {
    expect(parseThresholds({ m: gib({ min_relative_change: 1 }) }, 'x').m.minRelativeChange).toBe(
      1,
    );
  });

  it('describes a rule in words', () => {
    expect(
      describeRule(
        parseThresholds({ m: gib({ threshold: 0.8, min_relative_change: 0.05 }) }, 'x').m,
      ),
    ).toBe('≥ 0.8, +5 % vs baseline (higher is better)');
  });
});

describe('parseMetrics', () => {
  it('reads numbers', () => {
    expect(parseMetrics({ rmse: 0.5, r2: -1 }, 'file')).toEqual({ rmse: 0.5, r2: -1 });
  });
  it.each([
    [[1], /must be a JSON object/],
    [{ rmse: 'x' }, /metric 'rmse' is 'x'/],
    [{ rmse: null }, /metric 'rmse' is null/],
  ])('refuses %j', (value, message) => {
    expect(() => parseMetrics(value, 'file')).toThrow(message);
  });
});
