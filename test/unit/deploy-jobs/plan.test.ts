// The plan's pure logic: what counts as a change, identity tags, prune and duplicates, write order.
import {
  TAGS,
  diffSettings,
  planJobs,
  resolveIds,
  withIdentity,
  writeOrder,
  type ExistingJob,
} from '../../../shared/capabilities/deploy-jobs/plan';

const id = { bundle: 'b', target: 'prod', key: 'train' };
const job = (over: Record<string, unknown> = {}) => ({
  name: 'train',
  tasks: [
    { task_key: 'a', notebook_task: { notebook_path: '/x/a' } },
    { task_key: 'b', depends_on: [{ task_key: 'a' }], notebook_task: { notebook_path: '/x/b' } },
  ],
  ...over,
});

test('defaults the service adds are not changes; tasks are matched by task_key in any order', () => {
  const desired = withIdentity(job(), id);
  const existing = {
    ...desired,
    max_concurrent_runs: 1,
    email_notifications: {},
    tasks: [...(desired.tasks as object[])].reverse().map((t) => ({ ...t, run_if: 'ALL_SUCCESS' })),
  };
  expect(diffSettings(desired, existing)).toEqual([]);
});

test('a changed value is reported by its path, an added and a removed task by their keys', () => {
  const before = job();
  const after = job({
    tasks: [
      { task_key: 'a', notebook_task: { notebook_path: '/x/a2' } },
      { task_key: 'c', notebook_task: { notebook_path: '/x/c' } },
    ],
  });
  expect(diffSettings(after, before).map((c) => c.path)).toEqual([
    'tasks[a].notebook_task.notebook_path',
    'tasks[c]',
    'tasks[b]',
  ]);
});

test('ids sent as numbers and read back as strings are equal; so are booleans and their text', () => {
  expect(
    diffSettings({ run_job_task: { job_id: 12 } }, { run_job_task: { job_id: '12' } }),
  ).toEqual([]);
  expect(diffSettings({ p: { flag: false } }, { p: { flag: 'false' } })).toEqual([]);
});

test('a field removed from the definition changes the hash, so the job is updated', () => {
  const deployed = withIdentity(job({ timeout_seconds: 600 }), id);
  const now = withIdentity(job(), id);
  const existing = new Map<string, ExistingJob[]>([
    ['train', [{ jobId: '1', settings: deployed }]],
  ]);
  const { items } = planJobs([{ key: 'train', settings: now, where: 'f:1' }], existing, false);
  expect(items[0].action).toBe('update');
  expect(items[0].changes[0].path).toBe('(settings removed from the definition)');
  const same = planJobs([{ key: 'train', settings: deployed, where: 'f:1' }], existing, false);
  expect(same.items[0].action).toBe('unchanged');
});

test('identity tags are added and a user tag of the same name cannot spoof them', () => {
  const s = withIdentity(job({ tags: { team: 'ml', [TAGS.key]: 'other' } }), id);
  expect(s.tags).toMatchObject({
    team: 'ml',
    [TAGS.bundle]: 'b',
    [TAGS.target]: 'prod',
    [TAGS.key]: 'train',
  });
  expect((s.tags as Record<string, string>)[TAGS.hash]).toMatch(/^[0-9a-f]{16}$/);
});

test('a gone definition and a duplicate are stale without prune, deleted with it', () => {
  const existing = new Map<string, ExistingJob[]>([
    [
      'train',
      [
        { jobId: '1', settings: withIdentity(job(), id) },
        { jobId: '2', settings: { name: 'dup' } },
      ],
    ],
    ['old', [{ jobId: '3', settings: { name: 'old' } }]],
  ]);
  const defs = [{ key: 'train', settings: withIdentity(job(), id), where: 'f:1' }];
  const kept = planJobs(defs, existing, false);
  expect(kept.items.map((i) => `${i.key}:${i.action}`)).toEqual(['train:unchanged']);
  expect(kept.stale.map((s) => s.jobId).sort()).toEqual(['2', '3']);
  const pruned = planJobs(defs, existing, true);
  expect(
    pruned.items
      .filter((i) => i.action === 'delete')
      .map((i) => i.id)
      .sort(),
  ).toEqual(['2', '3']);
  expect(pruned.stale).toEqual([]);
});

test('jobs referred to by id are written first; known ids are filled in', () => {
  const defs = [
    {
      key: 'batch',
      settings: { tasks: [{ run_job_task: { job_id: '${resources.jobs.train.id}' } }] },
    },
    { key: 'train', settings: {} },
  ];
  expect(writeOrder(defs)).toEqual(['train', 'batch']);
  expect(resolveIds(defs[0].settings, new Map([['train', '42']]))).toEqual({
    tasks: [{ run_job_task: { job_id: '42' } }],
  });
});

test('empty lists and objects the service leaves out are not changes; YAML nulls are not sent', () => {
  expect(
    diffSettings(
      { email_notifications: { on_failure: [] }, tags: {} },
      { email_notifications: {} },
    ),
  ).toEqual([]);
  const s = withIdentity(
    job({
      description: null,
      schedule: { pause_status: null, quartz_cron_expression: '0 0 1 * * ?' },
    }),
    id,
  );
  expect(s).not.toHaveProperty('description');
  expect(s.schedule).toEqual({ quartz_cron_expression: '0 0 1 * * ?' });
});
