import { waitFor, WaitTimeoutError } from '../../../shared/databricks';
import { fakeTiming } from './helpers';

function states(...seq: string[]) {
  let i = 0;
  return jest.fn(async () => seq[Math.min(i++, seq.length - 1)]);
}

test('starts sub-second, backs off to the cap while nothing changes, and resets on a change', async () => {
  const timing = fakeTiming();
  const poll = states(
    'PENDING',
    'PENDING',
    'PENDING',
    'PENDING',
    'PENDING',
    'PENDING',
    'RUNNING',
    'RUNNING',
    'TERMINATED',
  );
  const changes: [string, string | undefined][] = [];
  const result = await waitFor({
    poll,
    isDone: (s) => s === 'TERMINATED',
    onChange: (s, prev) => void changes.push([s, prev]),
    stateOf: (s) => s,
    initialIntervalMs: 250,
    maxIntervalMs: 1000,
    factor: 2,
    timing,
  });
  expect(result).toBe('TERMINATED');
  expect(changes).toEqual([
    ['PENDING', undefined],
    ['RUNNING', 'PENDING'],
    ['TERMINATED', 'RUNNING'],
  ]);
  expect(timing.sleeps).toEqual([250, 500, 1000, 1000, 1000, 1000, 250, 500]);
  expect(poll).toHaveBeenCalledTimes(9);
});

test('fails at the deadline with the last state, polling once more right at it', async () => {
  const timing = fakeTiming();
  const deadline = timing.t + 3000;
  const err = await waitFor({
    poll: async () => ({ state: 'RUNNING' }),
    isDone: () => false,
    deadline,
    maxIntervalMs: 2000,
    description: 'run 42 to finish',
    timing,
  }).catch((e) => e);
  expect(err).toBeInstanceOf(WaitTimeoutError);
  expect(err.message).toMatch(/^Timed out after 3\.0 s waiting for run 42 to finish/);
  expect(err.message).toContain('RUNNING');
  expect(err.last).toEqual({ state: 'RUNNING' });
  expect(timing.t).toBe(deadline);
  expect(timing.sleeps.reduce((a: number, b: number) => a + b, 0)).toBe(3000);
});

test('an abort ends the wait with the signal reason', async () => {
  const timing = fakeTiming();
  const ctrl = new AbortController();
  let polls = 0;
  const err = await waitFor({
    poll: async () => {
      if (++polls === 3) ctrl.abort(new Error('job cancelled'));
      return 'RUNNING';
    },
    isDone: () => false,
    signal: ctrl.signal,
    timing,
  }).catch((e) => e);
  expect(err.message).toBe('job cancelled');
  expect(polls).toBe(3);
});

test('works with real timers and a tiny interval (no fixed sleeps in the test)', async () => {
  let n = 0;
  const v = await waitFor({
    poll: async () => ++n,
    isDone: (x) => x >= 3,
    initialIntervalMs: 1,
    maxIntervalMs: 2,
  });
  expect(v).toBe(3);
});

test('nextIntervalMs picks each pause from what the poll saw; the deadline still bounds it', async () => {
  const timing = fakeTiming();
  const start = timing.t;
  const poll = states('PENDING', 'RUNNING', 'RUNNING', 'RUNNING', 'RUNNING');
  const seen: {
    value: string;
    polls: number;
    changed: boolean;
    elapsedMs: number;
    backoffMs: number;
  }[] = [];
  const err = await waitFor({
    poll,
    isDone: (s) => s === 'TERMINATED',
    stateOf: (s) => s,
    initialIntervalMs: 250,
    maxIntervalMs: 1000,
    factor: 2,
    deadline: start + 10_000,
    nextIntervalMs: (c) => {
      seen.push(c);
      // A schedule that knows better than the backoff: long first, then whatever the backoff says.
      return c.polls === 1 ? 6000 : c.polls === 2 ? Number.NaN : c.polls === 3 ? -5 : 7000;
    },
    timing,
  }).catch((e) => e);
  expect(err).toBeInstanceOf(WaitTimeoutError);
  expect(seen.map((c) => [c.value, c.polls, c.changed, c.elapsedMs, c.backoffMs])).toEqual([
    ['PENDING', 1, true, 0, 250],
    ['RUNNING', 2, true, 6000, 250],
    ['RUNNING', 3, false, 6250, 500],
    ['RUNNING', 4, false, 6250, 1000],
  ]);
  // 6000 as asked; NaN falls back to the backoff (250); a negative pause is none; 7000 is cut at
  // the deadline so that the last poll happens right at it.
  expect(timing.sleeps).toEqual([6000, 250, 0, 3750]);
  expect(timing.t).toBe(start + 10_000);
  expect(poll).toHaveBeenCalledTimes(5);
});

test('without nextIntervalMs the callers keep the backoff (and a done poll asks for no pause)', async () => {
  const timing = fakeTiming();
  const next = jest.fn(() => 1);
  await waitFor({
    poll: states('RUNNING', 'TERMINATED'),
    isDone: (s) => s === 'TERMINATED',
    stateOf: (s) => s,
    nextIntervalMs: next,
    timing,
  });
  expect(next).toHaveBeenCalledTimes(1);
  expect(timing.sleeps).toEqual([1]);
});
