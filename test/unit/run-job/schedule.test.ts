import {
  MAX_SAMPLES,
  expectationFrom,
  nextPollMs,
  planFor,
  readBudget,
  unpredictedPollMs,
  type PollPlan,
  type ScheduleOptions,
} from '../../../shared/capabilities/run-job/schedule';

const opts: ScheduleOptions = { maxIntervalMs: 5_000, sparseCapMs: 60_000 };

/** The times at which a run is polled until one poll is at or after `endMs` (start included). */
function pollTimes(plan: PollPlan, endMs: number, o = opts, first = 0): number[] {
  const times = [first];
  while (times[times.length - 1] < endMs) {
    const t = times[times.length - 1];
    times.push(t + nextPollMs(t, plan, o));
  }
  return times;
}

describe('expectationFrom', () => {
  test('the median of the newest five, and how far they stray from it', () => {
    // Newest first; the sixth (an old 10 s run) is past the window.
    expect(expectationFrom([62_000, 61_000, 64_000, 60_000, 63_000, 10_000])).toEqual({
      expectedMs: 62_000,
      spreadMs: 2_000,
      samples: 5,
    });
    expect(expectationFrom([20_000, 24_000])).toEqual({
      expectedMs: 22_000,
      spreadMs: 2_000,
      samples: 2,
    });
  });

  test('fewer than two usable durations say nothing', () => {
    expect(expectationFrom([])).toBeUndefined();
    expect(expectationFrom([30_000])).toBeUndefined();
    expect(expectationFrom([30_000, 0, Number.NaN, -5])).toBeUndefined();
    expect(MAX_SAMPLES).toBe(5);
  });
});

describe('planFor', () => {
  test("a minute-long test: two early-failure checks, then three reads across the samples' range", () => {
    // Budget: a 5 s poller reads a 62 s run 14 times; the first read is the list's.
    expect(readBudget(62_000, 5_000)).toBe(14);
    const plan = planFor({ expectedMs: 62_000, spreadMs: 1_500, samples: 4 }, opts);
    // The 60.5 s before the window get the fewest checks that keep every pause under the 60 s
    // sparse cap; the window is the spread each side ([60.5 s, 63.5 s]), its last read at the far
    // edge, reads 500 ms apart (fewer than the budget allows: closer would be calls for nothing).
    expect(plan.timesMs).toEqual([20_167, 40_333, 61_000, 61_500, 62_000, 62_500, 63_000, 63_500]);
  });

  test('a 2 s test: one read besides the list, half a second after the expected end', () => {
    expect(readBudget(2_000, 5_000)).toBe(2);
    const plan = planFor({ expectedMs: 2_000, spreadMs: 200, samples: 5 }, opts);
    expect(plan.timesMs).toEqual([2_500]);
  });

  test('a 20 s test: an early-failure check half-way, then three reads around the end', () => {
    const plan = planFor({ expectedMs: 20_000, spreadMs: 1_000, samples: 5 }, opts);
    expect(plan.timesMs).toEqual([9_500, 19_667, 20_333, 21_000]);
  });

  test('identical samples still get a margin: 2 % of the duration, at least 500 ms', () => {
    expect(planFor({ expectedMs: 20_000, spreadMs: 0, samples: 3 }, opts).timesMs).toEqual([
      9_750, 20_000, 20_500,
    ]);
    expect(planFor({ expectedMs: 1_000, spreadMs: 0, samples: 3 }, opts).timesMs).toEqual([1_500]);
  });

  test('one outlier does not spread the window over the whole run: the spread counts up to 25 %', () => {
    const plan = planFor({ expectedMs: 60_000, spreadMs: 140_000, samples: 3 }, opts);
    // The window is [45 s, 75 s]; the budget (12 reads after the list) limits it to 11 reads.
    expect(plan.timesMs).toEqual([
      22_500, 47_727, 50_455, 53_182, 55_909, 58_636, 61_364, 64_091, 66_818, 69_545, 72_273,
      75_000,
    ]);
  });

  test('a long test keeps its early-failure checks under the sparse cap, within the budget', () => {
    const plan = planFor({ expectedMs: 600_000, spreadMs: 10_000, samples: 5 }, opts);
    const early = plan.timesMs.filter((t) => t < 590_000);
    const gaps = [early[0], ...early.slice(1).map((t, i) => t - early[i])];
    expect(Math.max(...gaps)).toBeLessThanOrEqual(60_000);
    expect(plan.timesMs.length + 1).toBeLessThanOrEqual(readBudget(600_000, 5_000));
  });
});

describe('nextPollMs', () => {
  const plan = planFor({ expectedMs: 62_000, spreadMs: 1_500, samples: 4 }, opts);

  test('to the next planned read; past the plan, to the next multiple of max-poll-interval', () => {
    expect(nextPollMs(0, plan, opts)).toBe(20_167);
    expect(nextPollMs(20_167, plan, opts)).toBe(20_166);
    expect(nextPollMs(61_500, plan, opts)).toBe(500);
    expect(nextPollMs(63_500, plan, opts)).toBe(1_500); // to 65 s
    expect(nextPollMs(65_000, plan, opts)).toBe(5_000);
    expect(nextPollMs(600_000, plan, opts)).toBe(5_000);
  });

  test("runs that end anywhere in the samples' range are seen within it, in no more reads than a 5 s poller makes", () => {
    for (const [expectedMs, spreadMs] of [
      [2_000, 300],
      [3_000, 0],
      [20_000, 1_500],
      [22_000, 2_000],
      [62_000, 1_500],
      [300_000, 20_000],
    ]) {
      const p = planFor({ expectedMs, spreadMs, samples: 5 }, opts);
      const margin = Math.max(500, 0.02 * expectedMs, spreadMs);
      for (let k = 0; k <= 8; k++) {
        const end = expectedMs - margin + (2 * margin * k) / 8;
        const times = pollTimes(p, end);
        const seenAt = times[times.length - 1];
        expect(seenAt - end).toBeLessThanOrEqual(2 * margin);
        // A fixed 5 s poller reads at 0 and every 5 s until a read is past the end.
        expect(times.length).toBeLessThanOrEqual(readBudget(Math.max(end, expectedMs), 5_000));
      }
    }
  });

  test('a run far later than expected is read at the max-poll-interval cadence', () => {
    const times = pollTimes(plan, 200_000);
    const late = times.filter((t) => t > 64_000);
    expect(late.every((t) => t % 5_000 === 0)).toBe(true);
    const gaps = late.slice(1).map((t, i) => t - late[i]);
    expect(new Set(gaps)).toEqual(new Set([5_000]));
  });

  test('a run that started before the first poll (a re-attached run) picks up where it is', () => {
    // First poll 70 s in: already past the plan, so the fixed cadence.
    expect(nextPollMs(70_000, plan, opts)).toBe(5_000);
    // First poll 40 s in: the next planned read.
    expect(nextPollMs(40_000, plan, opts)).toBe(333);
    expect(nextPollMs(60_000, plan, opts)).toBe(1_000);
  });
});

describe('unpredictedPollMs (no history)', () => {
  test('lands on the multiples of the step since the submit; never a pause above it', () => {
    expect(unpredictedPollMs(0, 5_000)).toBe(5_000);
    expect(unpredictedPollMs(130, 5_000)).toBe(4_870);
    expect(unpredictedPollMs(5_000, 5_000)).toBe(5_000);
    expect(unpredictedPollMs(14_990, 5_000)).toBe(10);
    for (let t = 0; t < 120_000; t += 37) {
      const pause = unpredictedPollMs(t, 5_000);
      expect(pause).toBeGreaterThan(0);
      expect(pause).toBeLessThanOrEqual(5_000);
      expect((t + pause) % 5_000).toBe(0);
    }
    // max-poll-interval sets the step.
    expect(unpredictedPollMs(1_000, 2_000)).toBe(1_000);
  });
});
