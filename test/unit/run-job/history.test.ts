import type { DatabricksClient, ListRunsOptions, Run, RunTask } from '../../../shared/databricks';
import {
  byDefaultRunName,
  byRunName,
  defaultRunName,
  lookupHistory,
  successfulDurations,
  type HistoryKey,
} from '../../../shared/capabilities/run-job/history';
import { tasksSignature } from '../../../shared/capabilities/run-job/same-tasks';
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
  test("run-now: one page of the job's runs with their tasks; the median and its basis", async () => {
    const client = clientListing([ended('4', 60), ended('3', 64), ended('2', 62), ended('1', 61)]);
    const history = await lookupHistory(
      client,
      { kind: 'job', jobId: '77' },
      '5',
      recordingLogger(),
    );
    expect(client.asked).toEqual([
      { jobId: '77', expandTasks: true, limit: 25, signal: undefined },
    ]);
    expect(history.history).toEqual({
      expectation: { expectedMs: 61_500, spreadMs: 2_500, samples: 4 },
      basis: 'median of 4 earlier runs of this job',
    });
  });

  test('one-time runs: the submit runs with their tasks, filtered by name here', async () => {
    const client = clientListing([ended('2', 20), ended('1', 22, { run_name: 'other' })]);
    const logger = recordingLogger();
    const history = await lookupHistory(client, byRunName('nightly'), '5', logger);
    expect(client.asked[0]).toMatchObject({
      runType: 'SUBMIT_RUN',
      expandTasks: true,
      limit: 25,
    });
    // One matching run is not enough to predict from.
    expect(history).toEqual({});
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
    expect(history).toEqual({});
    expect(logger.lines).toContainEqual(
      expect.stringMatching(/^debug: run-job: could not read earlier runs \(PERMISSION_DENIED\)/),
    );
  });
});

describe('runs of the same tasks under other names (a PR’s first run)', () => {
  const task = (key: string, path: string, over: Partial<RunTask> = {}): RunTask => ({
    task_key: key,
    run_id: `${key}-run`,
    notebook_task: { notebook_path: path, source: 'GIT', base_parameters: { pr: '7' } },
    state: { life_cycle_state: 'TERMINATED', result_state: 'SUCCESS' },
    ...over,
  });
  const submitted = [
    {
      task_key: 'Validate',
      spark_python_task: { python_file: 'tests/validate.py', parameters: ['--pr', '42'] },
      depends_on: [{ task_key: 'Train' }],
    },
    {
      task_key: 'Train',
      notebook_task: { notebook_path: 'notebooks/Train', base_parameters: { pr: '42' } },
      existing_cluster_id: 'c-1',
    },
  ];
  const sameTasks = (): RunTask[] => [
    task('Train', 'notebooks/Train'),
    {
      task_key: 'Validate',
      run_id: 'v',
      spark_python_task: {
        source: 'GIT',
        python_file: 'tests/validate.py',
        parameters: ['--pr', '7'],
      },
      state: { life_cycle_state: 'TERMINATED', result_state: 'SUCCESS' },
    },
  ];
  const key = (): HistoryKey => ({
    ...byRunName('integration PR #42'),
    tasks: { signature: tasksSignature(submitted)! },
  });

  test('no run by this name, three of the same tasks on other PRs: predicted from those, and said so', async () => {
    const me = ended('9', 0, {
      run_name: 'integration PR #42',
      end_time: 0,
      state: { life_cycle_state: 'PENDING' },
      tasks: sameTasks(),
    });
    const client = clientListing([
      me,
      ended('8', 40, { run_name: 'integration PR #41', tasks: sameTasks() }),
      ended('7', 44, { run_name: 'integration PR #40', tasks: sameTasks() }),
      ended('6', 42, { run_name: 'nightly on main', tasks: sameTasks() }),
    ]);
    const found = await lookupHistory(client, key(), '9', recordingLogger());
    expect(found.history).toEqual({
      expectation: { expectedMs: 42_000, spreadMs: 2_000, samples: 3 },
      basis: 'median of 3 earlier runs of the same tasks (any run name)',
    });
    // The page holds this run too: it is the first poll.
    expect(found.run).toBe(me);
    expect(client.asked).toHaveLength(1);
  });

  test('another notebook path, another task key, or a failed or retried task: not the same test', async () => {
    const logger = recordingLogger();
    const client = clientListing([
      ended('8', 40, {
        run_name: 'a',
        tasks: [task('Train', 'notebooks/TrainV2'), sameTasks()[1]],
      }),
      ended('7', 41, {
        run_name: 'b',
        tasks: [task('Training', 'notebooks/Train'), sameTasks()[1]],
      }),
      ended('6', 42, { run_name: 'c', tasks: [sameTasks()[0]] }),
      ended('5', 43, {
        run_name: 'd',
        tasks: [
          task('Train', 'notebooks/Train', {
            state: { life_cycle_state: 'TERMINATED', result_state: 'FAILED' },
          }),
          sameTasks()[1],
        ],
      }),
      ended('4', 44, {
        run_name: 'e',
        tasks: [task('Train', 'notebooks/Train', { attempt_number: 1 }), sameTasks()[1]],
      }),
      ended('3', 45, { run_name: 'f', tasks: sameTasks() }),
      // Without its tasks (runs/list without expand_tasks) a run proves nothing.
      ended('2', 46, { run_name: 'g' }),
    ]);
    const found = await lookupHistory(client, key(), '9', logger);
    expect(found.history).toBeUndefined();
    expect(logger.lines).toContainEqual(
      "debug: run-job: 0 earlier successful runs of 'integration PR #42' and 1 earlier successful run of the same tasks in the last 25; polling without a prediction",
    );
  });

  test('runs under the run name come first: the same tasks count only without them', async () => {
    const client = clientListing([
      ended('8', 30, { run_name: 'integration PR #42', tasks: sameTasks() }),
      ended('7', 31, { run_name: 'integration PR #42', tasks: sameTasks() }),
      ended('6', 90, { run_name: 'x', tasks: sameTasks() }),
      ended('5', 90, { run_name: 'y', tasks: sameTasks() }),
    ]);
    const found = await lookupHistory(client, key(), '9', recordingLogger());
    expect(found.history?.basis).toBe("median of 2 earlier runs of 'integration PR #42'");
  });

  test('uploaded code compares by its path inside the upload, past the per-run token', () => {
    const mine = [
      { task_key: 't', notebook_task: { notebook_path: '/Workspace/ci/tok-aaa/nb/Train' } },
    ];
    const earlier = [
      {
        task_key: 't',
        notebook_task: { notebook_path: '/Workspace/ci/tok-bbb/nb/Train', source: 'WORKSPACE' },
      },
    ];
    const other = [
      { task_key: 't', notebook_task: { notebook_path: '/Workspace/ci/tok-bbb/nb/Score' } },
    ];
    expect(tasksSignature(earlier, '/Workspace/ci')).toBe(tasksSignature(mine, '/Workspace/ci'));
    expect(tasksSignature(other, '/Workspace/ci')).not.toBe(tasksSignature(mine, '/Workspace/ci'));
    // A task type that names no code of its own: nothing matches on tasks.
    expect(
      tasksSignature([{ task_key: 't', spark_submit_task: { parameters: [] } }]),
    ).toBeUndefined();
  });
});
