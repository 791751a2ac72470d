import {
  MAX_SAMPLES,
  expectationFrom,
  nextPollMs,
  planFor,
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
  test('a minute-long test: sub-second polls from a little before the median to well after', () => {
    const plan = planFor({ expectedMs: 62_000, spreadMs: 1_500, samples: 4 }, opts);
    expect(plan.fastMs).toBe(775); // 1/80 of the expected duration
    expect(plan.fastFromMs).toBe(60_500); // 1.5 s (the spread) early
    expect(plan.fastUntilMs).toBe(65_100); // 5 % of 62 s late (more than twice the spread)
  });

  test('the fast pause is 1/80 of the expected duration, between 500 ms and 1 s', () => {
    const fast = (expectedMs: number) =>
      planFor({ expectedMs, spreadMs: 0, samples: 2 }, opts).fastMs;
    expect([fast(3_000), fast(22_000), fast(62_000), fast(80_000), fast(1_800_000)]).toEqual([
      500, 500, 775, 1_000, 1_000,
    ]);
  });

  test('short runs poll faster around the end; never faster than 500 ms', () => {
    const plan = planFor({ expectedMs: 3_000, spreadMs: 400, samples: 3 }, opts);
    expect(plan.fastMs).toBe(500);
    expect(plan.fastFromMs).toBe(2_500);
    expect(plan.fastUntilMs).toBe(5_000);
  });

  test('one outlier does not make a whole run fast-polled: the spread counts up to 25 %', () => {
    const plan = planFor({ expectedMs: 60_000, spreadMs: 140_000, samples: 3 }, opts);
    expect(plan.fastFromMs).toBe(45_000);
    expect(plan.fastUntilMs).toBe(90_000);
  });

  test('a max-poll-interval below a second also bounds the fast polls', () => {
    const plan = planFor(
      { expectedMs: 600_000, spreadMs: 0, samples: 5 },
      { ...opts, maxIntervalMs: 700 },
    );
    expect(plan.fastMs).toBe(700);
  });
});

describe('nextPollMs', () => {
  const plan = planFor({ expectedMs: 62_000, spreadMs: 1_500, samples: 4 }, opts);

  test('before the window: half the time left, capped; in it: fast; after it: doubling to the cap', () => {
    expect(nextPollMs(0, plan, opts)).toBe(31_000);
    expect(nextPollMs(0, plan, { ...opts, sparseCapMs: 20_000 })).toBe(20_000);
    expect(nextPollMs(54_000, plan, opts)).toBe(4_000);
    expect(nextPollMs(60_000, plan, opts)).toBe(1_000); // still before the window: half of 2 s
    expect(nextPollMs(61_000, plan, opts)).toBe(775);
    expect(nextPollMs(65_000, plan, opts)).toBe(775);
    // After the window the pause is the time since it closed: 1, 2, 4, then max-poll-interval.
    expect(nextPollMs(66_100, plan, opts)).toBe(1_000);
    expect(nextPollMs(67_100, plan, opts)).toBe(2_000);
    expect(nextPollMs(69_100, plan, opts)).toBe(4_000);
    expect(nextPollMs(73_100, plan, opts)).toBe(5_000);
    expect(nextPollMs(600_000, plan, opts)).toBe(5_000);
  });

  test('a 62 s run is seen within a second, in fewer polls than a 5 s poller makes', () => {
    for (const end of [60_600, 61_700, 62_400, 63_300, 64_900]) {
      const times = pollTimes(plan, end);
      const seenAt = times[times.length - 1];
      expect(seenAt - end).toBeLessThanOrEqual(1_000);
      // A fixed 5 s poller needs a poll at 0 and then one every 5 s until one is past the end;
      // ours pay one runs/list call on top.
      const fixed = Math.ceil(end / 5_000) + 1;
      expect(times.length + 1).toBeLessThanOrEqual(fixed);
    }
  });

  test('the polls close in on the expected end and never jump past the window', () => {
    const times = pollTimes(plan, 62_000);
    expect(times.slice(0, 5)).toEqual([0, 31_000, 46_500, 54_250, 58_125]);
    const sparse = times.filter((t) => t < plan.fastFromMs);
    // Each sparse pause halves what is left: log2(62 s / 1 s) polls, not one per 5 s.
    expect(sparse.length).toBeLessThanOrEqual(6);
  });

  test('a run far later than expected falls back to the max-poll-interval cadence', () => {
    const times = pollTimes(plan, 200_000);
    const late = times.filter((t) => t > 80_000);
    const gaps = late.slice(1).map((t, i) => t - late[i]);
    expect(new Set(gaps)).toEqual(new Set([5_000]));
  });

  test('a run that started before the first poll (a re-attached run) picks up where it is', () => {
    // First poll 70 s in: already past the window, so the backoff's tail, not a sparse pause.
    expect(nextPollMs(70_000, plan, opts)).toBe(4_900);
    // First poll 40 s in: half of the 22 s left.
    expect(nextPollMs(40_000, plan, opts)).toBe(11_000);
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
