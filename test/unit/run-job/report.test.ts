import {
  collectTasks,
  failureLog,
  renderSummary,
  tail,
  tasksOutput,
  type TaskReport,
} from '../../../shared/capabilities/run-job/report';
import type { DatabricksClient, Run, RunOutput, RunTask } from '../../../shared/databricks';

const run: Run = {
  run_id: '9007199254741034',
  run_name: 'acme/ml PR #7 @ abc1234 · integration-test.yml',
  run_page_url: 'https://adb-1.azuredatabricks.net/?o=1#job/1/run/9007199254741034',
  start_time: 1_760_000_000_000,
  end_time: 1_760_000_075_000,
  state: {
    life_cycle_state: 'TERMINATED',
    result_state: 'FAILED',
    state_message: 'Workload failed',
  },
};
const tasks: TaskReport[] = [
  {
    key: 'prepare',
    run_id: '11',
    state: 'TERMINATED',
    result: 'SUCCESS',
    duration_seconds: 12,
    url: 'https://x/run/11',
    output: '{"rows": 200}',
  },
  {
    key: 'train',
    run_id: '12',
    state: 'TERMINATED',
    result: 'FAILED',
    duration_seconds: 63,
    url: 'https://x/run/12',
    error: 'ZeroDivisionError: division by zero',
    trace: `Traceback (most recent call last):\n${Array.from({ length: 60 }, (_, i) => `  frame ${i}`).join('\n')}\nZeroDivisionError: division by zero`,
    logs: 'line | with pipe\n```\nfenced?\n```',
  },
  { key: 'report', run_id: '13', state: 'TERMINATED', result: 'UPSTREAM_FAILED' },
];

test('summary: heading, run link, per-task table, and the failed task with trace and logs', () => {
  const md = renderSummary({
    run,
    runId: run.run_id,
    runUrl: run.run_page_url,
    tasks,
    waited: true,
    problem: 'Run ended FAILED',
    source: 'https://github.com/acme/ml at commit abc1234 (gitHub)',
  });
  // The run name comes from the spec: escaped, so it renders literally.
  expect(md).toContain(
    '### ❌ acme/ml PR \\#7 @ abc1234 · integration\\-test.yml: TERMINATED FAILED',
  );
  expect(md).toContain(
    `[Run 9007199254741034 in Databricks](${run.run_page_url}) · took 1 min 15 s · code: https://github.com/acme/ml at commit abc1234 \\(gitHub\\)`,
  );
  expect(md).toContain(
    '| prepare | ✅ SUCCESS | 12 s | `{"rows": 200}` | [run 11](https://x/run/11) |',
  );
  expect(md).toContain('| train | ❌ FAILED | 1 min 3 s |  | [run 12](https://x/run/12) |');
  expect(md).toContain('| report | ⏭️ UPSTREAM_FAILED |  |  | 13 |');
  expect(md).toContain('#### ❌ train');
  expect(md).not.toContain('#### ❌ report');
  // The trace is cut to its last lines; the first frames are gone.
  expect(md).toContain('  frame 59');
  expect(md).not.toContain('  frame 5\n');
  // Remote text with backtick fences cannot close ours.
  expect(md).toContain('````text\nline | with pipe\n```\nfenced?\n```\n````');
});

test('a run that is still going (no wait) and one that never started', () => {
  const running = renderSummary({
    run: { ...run, end_time: 0, state: { life_cycle_state: 'RUNNING' } },
    runId: '1',
    tasks: [],
    waited: false,
  });
  expect(running).toMatch(/^### ⏳ .*: RUNNING/);
  expect(running).toContain('running for');
  expect(renderSummary({ tasks: [], waited: true })).toContain('not started');
});

test('the tasks output keeps the short fields only', () => {
  expect(tasksOutput(tasks)[1]).toEqual({
    key: 'train',
    run_id: '12',
    state: 'TERMINATED',
    result: 'FAILED',
    duration_seconds: 63,
    output: null,
    error: 'ZeroDivisionError: division by zero',
    url: 'https://x/run/12',
  });
});

test('the failure log: error, trace tail and logs tail of each failed task', () => {
  const [block, ...rest] = failureLog(tasks);
  expect(rest).toEqual([]);
  expect(block.split('\n')[0]).toBe('Task train FAILED: ZeroDivisionError: division by zero');
  expect(block).toContain('--- logs (last lines) ---');
});

test('tail keeps the end', () => {
  expect(tail('a\nb\nc\n\n', 2)).toBe('b\nc');
  expect(tail(undefined)).toBeUndefined();
  expect(tail('x'.repeat(20_000))!.length).toBeLessThanOrEqual(8 * 1024 + 1);
});

test('a run with many failed tasks stays well under the 1 MiB summary limit', () => {
  const many: TaskReport[] = Array.from({ length: 300 }, (_, i) => ({
    key: `t${i}`,
    run_id: String(i),
    state: 'TERMINATED',
    result: 'FAILED',
    error: 'x'.repeat(20_000),
    trace: 'y\n'.repeat(50_000),
    logs: 'z\n'.repeat(50_000),
  }));
  const md = renderSummary({ run, runId: '1', tasks: many, waited: true });
  expect(Buffer.byteLength(md)).toBeLessThan(512 * 1024);
  expect(md).toContain('280 more failed tasks are not shown here');
});

test('task outputs are read all at once, and not at all for tasks that never ran', async () => {
  const ended = (result: string, extra: Partial<RunTask> = {}) => ({
    state: { life_cycle_state: 'TERMINATED', result_state: result },
    start_time: 1_760_000_000_000,
    end_time: 1_760_000_010_000,
    ...extra,
  });
  const withTasks: Run = {
    ...run,
    tasks: [
      { task_key: 'train', run_id: '1', ...ended('SUCCESS') },
      { task_key: 'validate', run_id: '2', ...ended('FAILED') },
      { task_key: 'deploy', run_id: '3', ...ended('UPSTREAM_FAILED', { start_time: 0 }) },
      { task_key: 'excluded', run_id: '4', ...ended('EXCLUDED', { start_time: 0 }) },
      { task_key: 'queued', run_id: '5', ...ended('CANCELED', { start_time: 0 }) },
      { task_key: 'stopped', run_id: '6', ...ended('CANCELED') },
      { task_key: 'skipped', run_id: '7', state: { life_cycle_state: 'SKIPPED' } },
    ],
  };
  const asked: string[] = [];
  let release: () => void = () => undefined;
  const gate = new Promise<void>((r) => (release = r));
  const client = {
    jobs: {
      getRunOutput: async (id: string): Promise<RunOutput> => {
        asked.push(id);
        await gate;
        return id === '2' ? { error: 'AssertionError: rmse too high' } : { logs: 'ok' };
      },
    },
  } as unknown as DatabricksClient;
  const collecting = collectTasks(client, withTasks);
  // Every call is out before any has answered: the tail is one round trip, not one per task.
  await new Promise((r) => setImmediate(r));
  expect(asked.sort()).toEqual(['1', '2', '6']);
  release();
  const reports = await collecting;
  expect(reports.map((t) => [t.key, t.result, t.error ?? ''])).toEqual([
    ['train', 'SUCCESS', ''],
    ['validate', 'FAILED', 'AssertionError: rmse too high'],
    ['deploy', 'UPSTREAM_FAILED', ''],
    ['excluded', 'EXCLUDED', ''],
    ['queued', 'CANCELED', ''],
    ['stopped', 'CANCELED', ''],
    ['skipped', '', ''],
  ]);
});
