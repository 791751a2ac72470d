import { start, Client, type Json } from './helpers';
import type { LocalWorkspace } from '../../../local-workspace';

let ws: LocalWorkspace;
let api: Client;
beforeAll(async () => {
  // A visible PENDING phase, so that a poller sees each state.
  ({ ws, api } = await start({ runSetupMs: 400 }));
});
afterAll(() => ws.close());

describe('run lifecycle', () => {
  it('goes PENDING -> RUNNING -> TERMINATED with state and status in step', async () => {
    await api.importFile('/Shared/l/sleep.py', 'import time\ntime.sleep(0.5)\n');
    const runId = await api.submit({
      tasks: [
        { task_key: 'S', spark_python_task: { python_file: '/Shared/l/sleep.py' } },
        {
          task_key: 'T',
          depends_on: [{ task_key: 'S' }],
          condition_task: { left: '1', op: 'EQUAL_TO', right: '1' },
        },
      ],
    });
    const seen: string[] = [];
    const run = await api.waitRun(runId, (r: Json) => {
      if (seen[seen.length - 1] !== r.state.life_cycle_state) seen.push(r.state.life_cycle_state);
      expect(r.status.state).toBe(r.state.life_cycle_state);
      if (r.state.life_cycle_state === 'RUNNING') {
        expect(r.end_time).toBe(0);
        expect(r.state.result_state).toBeUndefined();
        expect(api.task(r, 'T').state.life_cycle_state).toMatch(/BLOCKED|RUNNING|TERMINATED/);
      }
      return r.state.life_cycle_state === 'TERMINATED';
    });
    expect(seen[0]).toBe('PENDING');
    expect(seen).toContain('RUNNING');
    expect(seen[seen.length - 1]).toBe('TERMINATED');
    expect(run.state.result_state).toBe('SUCCESS');
  });

  it('cancels a run while it is still PENDING', async () => {
    const runId = await api.submit({
      tasks: [{ task_key: 'S', spark_python_task: { python_file: '/Shared/l/sleep.py' } }],
    });
    expect((await api.run(runId)).state.life_cycle_state).toBe('PENDING');
    await api.ok('POST', '/api/2.2/jobs/runs/cancel', { run_id: runId });
    const run = await api.waitRun(runId);
    expect(run.state).toMatchObject({ life_cycle_state: 'TERMINATED', result_state: 'CANCELED' });
    expect(api.task(run, 'S').state.result_state).toBe('CANCELED');
    // It stays cancelled once the setup it interrupted has ended: a run submitted after it has
    // gone through its own (equally long) setup by the time it finishes.
    const after = await api.submit({
      tasks: [{ task_key: 'S', spark_python_task: { python_file: '/Shared/l/sleep.py' } }],
    });
    await api.waitRun(after);
    expect((await api.run(runId)).state).toMatchObject({
      life_cycle_state: 'TERMINATED',
      result_state: 'CANCELED',
    });
  });
});

describe('stopping the workspace', () => {
  it('closes while a run_job_task waits for its child run', async () => {
    const { ws: own, api: c } = await start();
    let closed = false;
    try {
      await c.importFile('/Shared/l/long.py', 'import time\ntime.sleep(30)\n');
      const child = await c.ok('POST', '/api/2.2/jobs/create', {
        name: 'child',
        tasks: [{ task_key: 'L', spark_python_task: { python_file: '/Shared/l/long.py' } }],
      });
      const parent = await c.submit({
        tasks: [{ task_key: 'Call', run_job_task: { job_id: child.job_id } }],
      });
      const running = await c.waitRun(
        parent,
        (r) => c.task(r, 'Call').state.life_cycle_state === 'RUNNING',
      );
      expect(running.state.life_cycle_state).toBe('RUNNING');
      const { waitFor } = await import('./helpers');
      await waitFor(async () => {
        const runs = await c.ok('GET', `/api/2.2/jobs/runs/list?job_id=${String(child.job_id)}`);
        return runs.runs?.[0]?.state.life_cycle_state === 'RUNNING' || undefined;
      });
      // close() awaits every task's process; the run_job task has none of its own.
      await Promise.race([
        own.close().then(() => (closed = true)),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('close() did not settle within 10 s')), 10000).unref(),
        ),
      ]);
      expect(closed).toBe(true);
    } finally {
      if (!closed) void own.close();
    }
  });
});
