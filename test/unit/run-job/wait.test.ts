import type { DatabricksClient, Run } from '../../../shared/databricks';
import type { History } from '../../../shared/capabilities/run-job/history';
import { onTrack, runOrigin, waitForRun } from '../../../shared/capabilities/run-job/wait';
import type { Logger } from '../../../shared/logger';
import { fakeTiming } from '../databricks/helpers';

function recording(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: () => undefined,
    info: (m) => void lines.push(m),
    warning: (m) => void lines.push(m),
    error: (m) => void lines.push(m),
    group: async (_n, fn) => fn(),
  };
}

/** A run that started at `t0` and ends at `t0 + endMs`; `failAtMs` fails its first task early. */
function scriptedRun(
  timing: { now: () => number },
  t0: number,
  endMs: number,
  failAtMs?: number,
): DatabricksClient & { reads: number[] } {
  const reads: number[] = [];
  const getRun = async (): Promise<Run> => {
    const at = timing.now() - t0;
    reads.push(at);
    const failed = failAtMs !== undefined && at >= failAtMs;
    const done = at >= endMs;
    return {
      run_id: '7',
      start_time: t0,
      end_time: done ? t0 + endMs : 0,
      state: done
        ? { life_cycle_state: 'TERMINATED', result_state: failed ? 'FAILED' : 'SUCCESS' }
        : { life_cycle_state: 'RUNNING' },
      tasks: [
        {
          task_key: 'a',
          run_id: '8',
          state: failed
            ? { life_cycle_state: 'TERMINATED', result_state: 'FAILED' }
            : { life_cycle_state: 'RUNNING' },
        },
        { task_key: 'b', run_id: '9', state: { life_cycle_state: 'RUNNING' } },
      ],
    };
  };
  return { jobs: { getRun }, reads } as unknown as DatabricksClient & { reads: number[] };
}

const history = (expectedMs: number, spreadMs = 1_000): Promise<History> =>
  Promise.resolve({
    expectation: { expectedMs, spreadMs, samples: 4 },
    basis: 'median of 4 earlier runs of this job',
  });

const base = { maxIntervalMs: 5_000, heartbeatMs: 60_000, sparseCapMs: 60_000 };

test("with a history: one line saying why, two early-failure checks, then reads across the samples' range", async () => {
  const timing = fakeTiming();
  const t0 = timing.t;
  const client = scriptedRun(timing, t0, 62_700);
  const logger = recording();
  const run = await waitForRun(client, '7', {
    ...base,
    logger,
    timing,
    history: history(62_000),
    submittedAt: t0,
  });
  expect(run.state?.result_state).toBe('SUCCESS');
  expect(logger.lines[0]).toBe(
    'Expecting about 1 min 2 s (median of 4 earlier runs of this job); polling sparsely until then.',
  );
  // The window is [60.76 s, 63.24 s] (the spread, or 2 % of 62 s); the early checks keep every
  // pause under the 60 s sparse cap.
  expect(client.reads).toEqual([0, 20_253, 40_507, 61_380, 62_000, 62_620, 63_240]);
  expect(client.reads[client.reads.length - 1] - 62_700).toBeLessThanOrEqual(1_000);
  // A fixed 5 s poller reads it 14 times until it sees the end.
  // The state lines still come, with the end's duration.
  expect(logger.lines.join('\n')).toMatch(/Run 7 TERMINATED SUCCESS after 1 min 3 s/);
});

test('no history found: a fixed 5 s poller’s times from the submit, not a backoff from 250 ms', async () => {
  const timing = fakeTiming();
  const t0 = timing.t;
  const client = scriptedRun(timing, t0, 18_300);
  const logger = recording();
  // The first read answers 120 ms after the submit: the grid stays on the submit's clock.
  timing.t += 120;
  await waitForRun(client, '7', {
    ...base,
    logger,
    timing,
    history: Promise.resolve(undefined),
    submittedAt: t0,
  });
  expect(client.reads).toEqual([120, 5_000, 10_000, 15_000, 20_000]);
  expect(logger.lines.join('\n')).not.toMatch(/Expecting/);
});

test('no history found: after the first read, never more than max-poll-interval between polls', async () => {
  for (const endMs of [1_000, 4_999, 5_001, 61_234]) {
    const timing = fakeTiming();
    const client = scriptedRun(timing, timing.t, endMs);
    await waitForRun(client, '7', {
      ...base,
      logger: recording(),
      timing,
      history: Promise.resolve(undefined),
      submittedAt: timing.t,
    });
    const gaps = client.reads.slice(1).map((t, i) => t - client.reads[i]);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(5_000);
    // Seen at the first poll a fixed poller would make after the end, and no earlier poll wasted.
    expect(client.reads[client.reads.length - 1]).toBe(Math.ceil(endMs / 5_000) * 5_000);
    expect(client.reads).toHaveLength(Math.ceil(endMs / 5_000) + 1);
  }
});

test('predictive polling off (no lookup): the backoff, 250 ms doubling to max-poll-interval', async () => {
  const timing = fakeTiming();
  const client = scriptedRun(timing, timing.t, 20_000);
  await waitForRun(client, '7', { ...base, logger: recording(), timing });
  expect(client.reads.slice(0, 7)).toEqual([0, 250, 750, 1_750, 3_750, 7_750, 12_750]);
});

test('the run as the lookup’s page showed it is the first poll: no runs/get of its own', async () => {
  const timing = fakeTiming();
  const t0 = timing.t;
  const client = scriptedRun(timing, t0, 9_000);
  const first: string[] = [];
  await waitForRun(client, '7', {
    ...base,
    logger: recording(),
    timing,
    history: Promise.resolve(undefined),
    listed: Promise.resolve({
      run_id: '7',
      run_page_url: 'https://x/listed',
      state: { life_cycle_state: 'PENDING' },
    }),
    onFirst: (r) => first.push(String(r.run_page_url)),
    submittedAt: t0,
  });
  expect(first).toEqual(['https://x/listed']);
  expect(client.reads).toEqual([5_000, 10_000]);
  // A listed run that already ended is read again (its outputs need the whole run).
  const again = scriptedRun(timing, timing.t, 0);
  await waitForRun(again, '7', {
    ...base,
    logger: recording(),
    timing,
    listed: Promise.resolve({
      run_id: '7',
      state: { life_cycle_state: 'TERMINATED', result_state: 'SUCCESS' },
    }),
  });
  expect(again.reads).toEqual([0]);
});

test('a task that fails mid-run ends the prediction: the next polls are sub-second again', async () => {
  const timing = fakeTiming();
  const t0 = timing.t;
  // Task a fails at 20 s; the run itself ends 1.2 s later (b is torn down).
  const client = scriptedRun(timing, t0, 32_200, 20_000);
  await waitForRun(client, '7', {
    ...base,
    logger: recording(),
    timing,
    history: history(62_000),
    submittedAt: t0,
  });
  // 20.25 s: the failure is seen at the first early-failure check; then 250 ms, 500 ms, ...
  // (the backoff), not the next planned read at 40.5 s.
  expect(client.reads).toEqual([0, 20_253, 20_503, 21_003, 22_003, 24_003, 28_003, 33_003]);
});

test('the history is read alongside the first poll, and the run link comes first anyway', async () => {
  const timing = fakeTiming();
  const client = scriptedRun(timing, timing.t, 10_000);
  const order: string[] = [];
  let release: (h: History) => void = () => undefined;
  const pending = new Promise<History>((r) => (release = r));
  const waiting = waitForRun(client, '7', {
    ...base,
    logger: { ...recording(), info: (m) => void order.push(m) },
    timing,
    history: pending,
    onFirst: () => order.push('link'),
  });
  // The first read went out while the history was still being looked up.
  await new Promise((r) => setImmediate(r));
  expect(client.reads).toEqual([0]);
  release({ expectation: { expectedMs: 10_000, spreadMs: 0, samples: 3 }, basis: 'b' });
  await waiting;
  expect(order[0]).toBe('link');
  expect(order[1]).toMatch(/^Expecting about 10 s \(b\)/);
});

test('a run that is off track is not predicted; a run start is never taken later than the submit', () => {
  const running = { run_id: '1', state: { life_cycle_state: 'RUNNING' } };
  expect(onTrack(running)).toBe(true);
  expect(onTrack({ ...running, state: { life_cycle_state: 'TERMINATING' } })).toBe(false);
  expect(
    onTrack({
      ...running,
      tasks: [
        {
          task_key: 'a',
          run_id: '2',
          state: { life_cycle_state: 'TERMINATED', result_state: 'SUCCESS' },
        },
        {
          task_key: 'b',
          run_id: '3',
          state: { life_cycle_state: 'TERMINATED', result_state: 'TIMEDOUT' },
        },
      ],
    }),
  ).toBe(false);
  // The service's clock ahead of ours: its start looks later than our submit; the submit wins.
  expect(runOrigin({ run_id: '1', start_time: 10_500 }, 10_000, 11_000)).toBe(10_000);
  // Re-attached to a run started long before this step: its own start.
  expect(runOrigin({ run_id: '1', start_time: 2_000 }, 10_000, 11_000)).toBe(2_000);
  expect(runOrigin({ run_id: '1' }, undefined, 11_000)).toBe(11_000);
});
