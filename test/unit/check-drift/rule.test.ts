import { evaluate, type Rule } from '../../../shared/capabilities/check-drift/rule';
import { driftChart, windowLabel } from '../../../shared/capabilities/check-drift/report';

const rule = (over: Partial<Rule> = {}): Rule => ({
  threshold: 100,
  direction: 'above',
  windows: 5,
  minBreaches: 2,
  ...over,
});
/** Values newest first, as the windows come from the query. */
const w = (...values: number[]) => values.map((value) => ({ value }));

// The reference's rule: at least min-breaches of the last `windows` cross the threshold, and the
// latest is one of them. Fewer windows than asked decide only when the missing ones cannot matter.
test.each([
  ['two breaches, latest included', rule(), w(120, 90, 101, 50, 60), 'drift', 2],
  ['two breaches, latest not among them', rule(), w(90, 120, 130, 50, 60), 'no-drift', 2],
  ['one breach, the latest', rule(), w(120, 90, 80, 50, 60), 'no-drift', 1],
  ['every window breaches', rule(), w(101, 102, 103, 104, 105), 'drift', 5],
  ['none breaches', rule(), w(1, 2, 3, 4, 5), 'no-drift', 0],
  ['equal to the threshold is not a breach', rule(), w(100, 100, 100, 100, 100), 'no-drift', 0],
  ['only the last `windows` count', rule(), w(120, 1, 1, 1, 1, 150, 150), 'no-drift', 1],
  [
    'below: values under the threshold breach',
    rule({ direction: 'below', threshold: 0.8 }),
    w(0.7, 0.9, 0.75, 0.95, 0.9),
    'drift',
    2,
  ],
  [
    'below: above is fine',
    rule({ direction: 'below', threshold: 0.8 }),
    w(0.9, 0.7, 0.7, 0.7, 0.7),
    'no-drift',
    4,
  ],
  ['min-breaches 1 is the latest alone', rule({ minBreaches: 1 }), w(101, 1, 1, 1, 1), 'drift', 1],
  [
    'min-breaches = windows needs every one',
    rule({ minBreaches: 5 }),
    w(101, 101, 101, 101, 99),
    'no-drift',
    4,
  ],
  [
    'negative thresholds work',
    rule({ threshold: -1, direction: 'below' }),
    w(-2, -3, 0, 0, 0),
    'drift',
    2,
  ],
  ['too few, but enough breaches already', rule(), w(120, 130), 'drift', 2],
  ['too few, latest fine', rule(), w(90, 130), 'no-drift', 1],
  ['too few to decide', rule(), w(120, 90), 'insufficient', 1],
  ['no windows at all', rule(), [], 'insufficient', 0],
  ['windows 1', rule({ windows: 1, minBreaches: 1 }), w(101, 500), 'drift', 1],
  ['NaN never breaches', rule(), w(NaN, 120, 120), 'no-drift', 2],
])('%s', (_name, r, windows, status, breaches) => {
  const v = evaluate(r, windows);
  expect(v.status).toBe(status);
  expect(v.breaches).toBe(breaches);
  expect(v.evaluated).toHaveLength(Math.min(r.windows, windows.length));
});

test('the reason says what decided', () => {
  expect(evaluate(rule(), w(120, 90)).reason).toBe(
    'Only 2 of the 5 windows exist; 1 are above 100, the latest included, but drift needs 2, so the missing windows decide.',
  );
  expect(evaluate(rule(), w(120, 101, 1, 1, 1)).reason).toBe(
    '2 of the last 5 windows are above 100, the latest included (drift at 2).',
  );
});

test('window labels: a day for midnight windows, the time otherwise, a number without a window', () => {
  expect(windowLabel('2026-01-05T00:00:00.000Z', 0)).toBe('2026-01-05');
  expect(windowLabel('2026-01-05T06:00:00.000Z', 0)).toBe('2026-01-05 06:00');
  expect(windowLabel(undefined, 2)).toBe('#3');
});

test('the chart is oldest first, draws the threshold as a second line, and keeps quotes out of Mermaid text', () => {
  const v = evaluate(rule({ windows: 3 }), [
    { start: '2026-01-03T00:00:00.000Z', value: 150 },
    { start: '2026-01-02T00:00:00.000Z', value: 50 },
    { start: '2026-01-01T00:00:00.000Z', value: 120 },
  ]);
  const chart = driftChart('say "hi"', rule({ windows: 3 }), v);
  expect(chart.split('\n')).toEqual([
    '```mermaid',
    'xychart-beta',
    '  title "say \'hi\' per window (threshold 100)"',
    '  x-axis ["2026-01-01", "2026-01-02", "2026-01-03"]',
    '  y-axis "say \'hi\'" 40 --> 160',
    '  line [120, 50, 150]',
    '  line [100, 100, 100]',
    '```',
  ]);
});
