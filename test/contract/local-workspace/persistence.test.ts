import * as fs from 'fs';
import * as path from 'path';
import { start, waitFor, tempDir, notebook } from './helpers';

describe('persistence with a data dir', () => {
  it('keeps jobs, workspace files and runs across a restart; a run in flight ends as INTERNAL_ERROR', async () => {
    const dataDir = tempDir('lw-data-');
    const first = await start({ dataDir, token: 'dapi-fixed' });
    const { api } = first;
    await api.importFile('/Shared/p/Quick.py', notebook('dbutils.notebook.exit("done")'));
    await api.importFile('/Shared/p/sleep.py', 'import time\ntime.sleep(120)\n');
    const { job_id } = await api.ok('POST', '/api/2.2/jobs/create', {
      name: 'kept',
      tasks: [{ task_key: 'Q', notebook_task: { notebook_path: '/Shared/p/Quick' } }],
    });
    const finished = (await api.ok('POST', '/api/2.2/jobs/run-now', { job_id })).run_id;
    const quickTask = (await api.waitRun(finished)).tasks[0].run_id;
    const inFlight = await api.submit({
      tasks: [{ task_key: 'S', spark_python_task: { python_file: '/Shared/p/sleep.py' } }],
    });
    await api.waitRun(inFlight, (r) => r.state.life_cycle_state === 'RUNNING');
    await first.ws.close();

    const second = await start({ dataDir, token: 'dapi-fixed' });
    try {
      const api2 = second.api;
      expect((await api2.ok('GET', `/api/2.2/jobs/get?job_id=${job_id}`)).settings.name).toBe(
        'kept',
      );
      expect(
        (await api2.ok('GET', '/api/2.0/workspace/get-status?path=/Shared/p/Quick')).object_type,
      ).toBe('NOTEBOOK');
      expect((await api2.run(finished)).state.result_state).toBe('SUCCESS');
      expect((await api2.output(quickTask)).notebook_output.result).toBe('done');
      const lost = await api2.run(inFlight);
      expect(lost.state).toMatchObject({
        life_cycle_state: 'INTERNAL_ERROR',
        result_state: 'FAILED',
      });
      expect(lost.state.state_message).toBe(
        'The local workspace was stopped while this run was RUNNING.',
      );
      expect(lost.status.termination_details.code).toBe('INTERNAL_ERROR');
      // New ids do not collide with saved ones.
      const next = (await api2.ok('POST', '/api/2.2/jobs/create', { name: 'new' })).job_id;
      expect(BigInt(next) > BigInt(inFlight)).toBe(true);
      // Runs still work after a restart.
      const again = (await api2.ok('POST', '/api/2.2/jobs/run-now', { job_id })).run_id;
      expect((await api2.waitRun(again)).state.result_state).toBe('SUCCESS');
    } finally {
      await second.ws.close();
    }
  });

  it('after a crash (state saved while RUNNING, no clean stop) the run ends as INTERNAL_ERROR on start', async () => {
    const dataDir = tempDir('lw-crash-');
    const first = await start({ dataDir });
    await first.api.importFile('/Shared/c/sleep.py', 'import time\ntime.sleep(120)\n');
    const runId = await first.api.submit({
      tasks: [{ task_key: 'S', spark_python_task: { python_file: '/Shared/c/sleep.py' } }],
    });
    await first.api.waitRun(runId, (r) => r.state.life_cycle_state === 'RUNNING');
    const stateFile = path.join(dataDir, 'state', 'jobs.json');
    await waitFor(
      () =>
        (fs.existsSync(stateFile) &&
          fs.readFileSync(stateFile, 'utf8').includes('"life":"RUNNING"')) ||
        undefined,
      10000,
      'a periodic save',
    );
    // A second workspace on a copy of the data dir plays the restart after a crash.
    const copy = tempDir('lw-crash-copy-');
    fs.cpSync(path.join(dataDir, 'state'), path.join(copy, 'state'), { recursive: true });
    const second = await start({ dataDir: copy });
    try {
      const run = await second.api.run(runId);
      expect(run.state.life_cycle_state).toBe('INTERNAL_ERROR');
      expect(run.state.state_message).toBe(
        'The local workspace stopped while this run was RUNNING; it was ended when the workspace restarted.',
      );
    } finally {
      await second.ws.close();
      await first.ws.close();
    }
  });
});
