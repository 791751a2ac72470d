// run-job's section of the sticky PR report on Azure DevOps: the capability against a local
// workspace, its PR thread written to a loopback fake of the Azure DevOps Git REST API.
import { setMaxListeners } from 'events';
import * as path from 'path';
import { runJob } from '../../../shared/capabilities/run-job';
import { startLocalWorkspace, type LocalWorkspace } from '../../../local-workspace/server';
import { fakeContext } from '../unit-tests/context';
import { fakeAzureDevOps } from '../report/fakes';

const CODE = path.join(__dirname, '../../fixtures/run-job/code');
let ws: LocalWorkspace;
let ado: Awaited<ReturnType<typeof fakeAzureDevOps>>;
beforeAll(async () => {
  ws = await startLocalWorkspace({ port: 0 });
  ado = await fakeAzureDevOps();
});
afterAll(async () => {
  await ws.close();
  await ado.close();
});

function quiet(): AbortSignal {
  const { signal } = new AbortController();
  setMaxListeners(100, signal);
  return signal;
}

const run = (notebook: string, mode: string) => {
  const ctx = fakeContext(
    runJob.manifest,
    {
      'databricks-host': ws.host,
      'databricks-token': ws.token,
      'notebook-path': notebook,
      parameters: 'name=ado',
      'git-source': 'none',
      upload: CODE,
      'pr-comment': mode,
      'check-name': 'Integration run',
    },
    {
      hostKind: 'azure-devops',
      // On ADO the job's own token writes the thread.
      ciToken: 'ado-job-token',
      signal: quiet(),
      ci: {
        serverUrl: `${ado.url}/org`,
        project: 'proj',
        repository: 'ml-repo',
        pullRequest: 3,
        workflow: 'pipeline',
        job: 'integration',
        sha: 'abc1234',
      },
    },
  );
  return ctx;
};

test('a failed run opens an active thread with the task and its error; the fix resolves it', async () => {
  const failing = run('fail.py', 'failures');
  expect((await runJob.main(failing))?.outcome).toBe('failed');
  const threads = ado.threads.get(3) ?? [];
  expect(threads).toHaveLength(1);
  expect(threads[0].comments[0].content).toContain(
    'databricks-mlops-report:pipeline/integration/run-job',
  );
  expect(threads[0].comments[0].content).toContain('| fail |');
  expect(threads[0].comments[0].content).toContain('ZeroDivisionError');
  expect(threads[0].status).toBe(1); // active
  expect(failing.checkRuns).toEqual([
    expect.objectContaining({ name: 'Integration run', conclusion: 'failure' }),
  ]);

  const passing = run('hello.py', 'failures');
  expect((await runJob.main(passing))?.outcome).toBe('succeeded');
  expect(ado.threads.get(3)).toHaveLength(1);
  expect(threads[0].comments[0].content).toContain('HELLO ADO!');
  expect(threads[0].status).toBe(2); // fixed

  // Nothing failed and the report already says so: `failures` leaves it alone.
  const again = run('hello.py', 'failures');
  const before = ado.requests.filter((r) => r.method !== 'GET' && r.method !== 'OPTIONS').length;
  await runJob.main(again);
  expect(ado.requests.filter((r) => r.method !== 'GET' && r.method !== 'OPTIONS').length).toBe(
    before,
  );
  expect(again.lines.map((l) => l.message).join('\n')).toContain(
    'PR report not written: nothing failed',
  );
});
