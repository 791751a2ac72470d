import type { DatabricksClient, ListRunsOptions, Run } from '../../../shared/databricks';
import {
  byDefaultRunName,
  byRunName,
  defaultRunName,
  lookupHistory,
  successfulDurations,
} from '../../../shared/capabilities/run-job/history';
import { recordingLogger } from '../../../shared/logger';

function ended(id: string, seconds: number, over: Partial<Run> = {}): Run {
  const start = 1_760_000_000_000 + Number(id) * 1_000_000;
  return {
    run_id: id,
    run_name: 'nightly',
    start_time: start,
    end_time: start + seconds * 1000,
    state: { life_cycle_state: 'TERMINATED', result_state: 'SUCCESS' },
    ...over,
  };
}

function clientListing(runs: Run[] | Error): DatabricksClient & { asked: ListRunsOptions[] } {
  const asked: ListRunsOptions[] = [];
  const jobs = {
    listRuns: async (o: ListRunsOptions) => {
      asked.push(o);
      if (runs instanceof Error) throw runs;
      return { runs, has_more: false };
    },
  };
  return { jobs, asked } as unknown as DatabricksClient & { asked: ListRunsOptions[] };
}

describe('which earlier runs count', () => {
  test('successful, ended, matching runs only, newest first, at most five, never this run', () => {
    const runs = [
      ended('9', 70), // this run, re-attached after it ended
      ended('8', 61),
      ended('7', 300, { state: { life_cycle_state: 'TERMINATED', result_state: 'FAILED' } }),
      ended('6', 62, { run_name: 'something else' }),
      ended('5', 63, { end_time: 0 }),
      ended('4', 60),
      ended('3', 64, { run_duration: 65_000 }),
      ended('2', 62),
      ended('1', 59),
      ended('0', 58),
    ];
    expect(successfulDurations(runs, byRunName('nightly'), '9')).toEqual([
      61_000, 60_000, 65_000, 62_000, 59_000,
    ]);
  });

  test('the default name matches the same test on any PR or commit, nothing else', () => {
    const ci = { repository: 'acme/ml', pullRequest: 42, sha: 'abc1234def' };
    expect(defaultRunName(ci, 'integration-test.yml')).toBe(
      'acme/ml PR #42 @ abc1234 · integration-test.yml',
    );
    const key = byDefaultRunName(ci, 'integration-test.yml');
    if (key.kind !== 'run-name') throw new Error('expected a run-name key');
    expect(key.matches('acme/ml PR #7 @ 0f0f0f0 · integration-test.yml')).toBe(true);
    expect(key.matches('acme/ml @ 1234567 · integration-test.yml')).toBe(true); // a push to main
    expect(key.matches('acme/ml · integration-test.yml')).toBe(true);
    expect(key.matches('acme/ml PR #7 @ 0f0f0f0 · other-test.yml')).toBe(false);
    expect(key.matches('acme/ml-fork PR #7 @ 0f0f0f0 · integration-test.yml')).toBe(false);
    expect(key.matches('acme/ml PR #7 @ 0f0f0f0 · integration-test.yml (copy)')).toBe(false);
    // Names are text, not patterns: a dot in the repository is only a dot.
    const dotted = byDefaultRunName({ repository: 'a.b' }, 't.py');
    if (dotted.kind !== 'run-name') throw new Error('expected a run-name key');
    expect(dotted.matches('aXb · tXpy')).toBe(false);
    expect(dotted.label).toBe("'a.b · t.py' (any PR or commit)");
  });
});

describe('lookupHistory', () => {
  test("run-now: one page of the job's completed runs; the median and its basis", async () => {
    const client = clientListing([ended('4', 60), ended('3', 64), ended('2', 62), ended('1', 61)]);
    const history = await lookupHistory(
      client,
      { kind: 'job', jobId: '77' },
      '5',
      recordingLogger(),
    );
    expect(client.asked).toEqual([
      { jobId: '77', completedOnly: true, limit: 25, signal: undefined },
    ]);
    expect(history).toEqual({
      expectation: { expectedMs: 61_500, spreadMs: 2_500, samples: 4 },
      basis: 'median of 4 earlier runs of this job',
    });
  });

  test('one-time runs: the completed submit runs, filtered by name here', async () => {
    const client = clientListing([ended('2', 20), ended('1', 22, { run_name: 'other' })]);
    const logger = recordingLogger();
    const history = await lookupHistory(client, byRunName('nightly'), '5', logger);
    expect(client.asked[0]).toMatchObject({
      runType: 'SUBMIT_RUN',
      completedOnly: true,
      limit: 25,
    });
    // One matching run is not enough to predict from.
    expect(history).toBeUndefined();
    expect(logger.lines).toContainEqual(
      expect.stringMatching(/^debug: run-job: 1 earlier successful run of 'nightly'/),
    );
  });

  test('a lookup that fails is a debug line, never the step’s failure', async () => {
    const logger = recordingLogger();
    const history = await lookupHistory(
      clientListing(new Error('PERMISSION_DENIED')),
      { kind: 'job', jobId: '1' },
      '5',
      logger,
    );
    expect(history).toBeUndefined();
    expect(logger.lines).toContainEqual(
      expect.stringMatching(/^debug: run-job: could not read earlier runs \(PERMISSION_DENIED\)/),
    );
  });
});
