// Faults in transit, attacked through the committed run-job and whoami bundles as the GitHub
// runner starts them, against a local workspace with fault injection (issue 10, points 6–10).
// Each test counts what a user would check: the step's outcome, and runs left running.
import * as net from 'net';
import { runAction, startAction } from '../helpers/github-runner';
import { startLocalWorkspace, type LocalWorkspace } from '../../local-workspace';
import { CODE, MAIN, api, eventually, githubEnv, type Api } from '../e2e/run-job/helpers';
import { startFaultsProxy, type FaultsProxy } from './faults-proxy';

const WHOAMI = 'dist/actions/whoami/main.js';

let ws: LocalWorkspace;
let client: Api;
let proxy: FaultsProxy;

beforeAll(async () => {
  ws = await startLocalWorkspace({ port: 0 });
  client = api(ws.host, ws.token);
  proxy = await startFaultsProxy(ws.host);
});
afterAll(async () => {
  await proxy.close();
  await ws.close();
});
afterEach(async () => {
  proxy.tamper = {};
  await faults('');
});

async function faults(spec: string): Promise<void> {
  const res = await fetch(`${ws.host}/__local/faults`, {
    method: spec ? 'POST' : 'DELETE',
    headers: { Authorization: `Bearer ${ws.token}`, 'Content-Type': 'application/json' },
    body: spec ? JSON.stringify({ spec }) : undefined,
  });
  expect(res.status).toBe(200);
}

interface ListedRun {
  run_id: string;
  run_name?: string;
  state?: { life_cycle_state?: string };
}

/** Every one-time run with this name, as the workspace lists them. */
async function runsNamed(name: string): Promise<ListedRun[]> {
  const { body } = await client.get<{ runs?: ListedRun[] }>('/api/2.2/jobs/runs/list', {
    run_type: 'SUBMIT_RUN',
    limit: '25',
  });
  return (body.runs ?? []).filter((r) => r.run_name === name);
}

const stillGoing = (runs: ListedRun[]) =>
  runs.filter((r) => ['PENDING', 'QUEUED', 'RUNNING'].includes(r.state?.life_cycle_state ?? ''));

let n = 0;
function hello(host: string) {
  const name = `faults-${process.pid}-${++n}`;
  return {
    name,
    inputs: {
      'databricks-host': host,
      'databricks-token': ws.token,
      'git-source': 'none',
      upload: CODE,
      'notebook-path': 'hello.py',
      parameters: 'name=ci',
      'run-name': name,
    },
  };
}

test('one transient HTTP 500 on runs/get does not end a healthy run', async () => {
  await faults('GET /api/*/jobs/runs/get 500 first=1');
  const { inputs, name } = hello(ws.host);
  const run = await runAction(MAIN, { inputs, env: githubEnv() });
  expect(run.stdout).toMatch(/runs\/get answered HTTP 500 INTERNAL_ERROR; retrying/);
  expect(run.code).toBe(0);
  expect(run.outputs['result-state']).toBe('SUCCESS');
  expect(run.outputs['notebook-output']).toBe('HELLO CI!');
  expect(await runsNamed(name)).toHaveLength(1);
});

test('a truncated JSON 200 on runs/get does not end a healthy run', async () => {
  proxy.tamper = { truncate: { method: 'GET', path: /\/jobs\/runs\/get$/, times: 1 } };
  const { inputs } = hello(proxy.host);
  const run = await runAction(MAIN, { inputs, env: githubEnv() });
  expect(proxy.truncated).toBe(1);
  expect(run.code).toBe(0);
  expect(run.outputs['result-state']).toBe('SUCCESS');
});

test('a truncated JSON 200 on runs/submit finds the run by its token: one run, no duplicate', async () => {
  proxy.truncated = 0;
  proxy.tamper = { truncate: { method: 'POST', path: /\/jobs\/runs\/submit$/, times: 1 } };
  const { inputs, name } = hello(proxy.host);
  const run = await runAction(MAIN, { inputs, env: githubEnv() });
  expect(proxy.truncated).toBe(1);
  expect(run.code).toBe(0);
  expect(run.outputs['result-state']).toBe('SUCCESS');
  const runs = await runsNamed(name);
  expect(runs.map((r) => r.run_id)).toEqual([run.outputs['run-id']]);
});

test('SIGINT while runs/submit is in flight: the run is found by its token and cancelled', async () => {
  // The workspace holds the first submit for 3 s before it starts the run: the step is cancelled
  // with the request sent and no answer yet.
  await faults('POST /api/*/jobs/runs/submit delay=3000 first=1');
  const { inputs, name } = hello(ws.host);
  const started = startAction(MAIN, {
    inputs: { ...inputs, 'notebook-path': '', 'python-file': 'sleep.py', parameters: '120' },
    env: githubEnv(),
  });
  await started.waitForOutput('runs/submit with idempotency token', 30_000);
  started.child.kill('SIGINT');
  const run = await started.done;
  expect(run.code).toBe(1);
  // Once the held submit is answered, nothing more can start: count what is left running then.
  await eventually(
    async () => {
      const log = await client.get<{
        requests: Array<{ path: string; fault?: string; body?: { run_name?: string } }>;
      }>('/__local/requests');
      return log.body.requests.some((r) => r.fault && r.body?.run_name === name) ? true : undefined;
    },
    15_000,
    'the held submit to be answered',
  );
  const left = await eventually(
    async () => ((x) => (x.length === 0 ? x : undefined))(stillGoing(await runsNamed(name))),
    10_000,
    'no run of this step left running',
  );
  expect(left).toEqual([]);
  // One run, found again, its id saved for the post step and set as the output.
  const runs = await runsNamed(name);
  expect(run.state['run-id']).toMatch(/^\d+$/);
  expect(runs.map((r) => r.run_id)).toEqual([run.state['run-id']]);
  expect(run.outputs['run-id']).toBe(run.state['run-id']);
});

test('timeout 5 with every runs/get taking 20 s ends within three times the timeout', async () => {
  await faults('GET /api/*/jobs/runs/get delay=20000');
  const { inputs } = hello(ws.host);
  const began = Date.now();
  const run = await runAction(MAIN, {
    inputs: {
      ...inputs,
      'notebook-path': '',
      'python-file': 'sleep.py',
      parameters: '60',
      timeout: '5',
    },
    env: githubEnv(),
  });
  const elapsed = Date.now() - began;
  expect(run.code).toBe(1);
  expect(run.outputs['error-message']).toMatch(/^Timed out after 5\.0 s waiting for run \d+/);
  expect(elapsed).toBeLessThan(15_000);
});

test('a closed port fails within about 30 s, naming the host', async () => {
  const port = await new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
  const host = `http://127.0.0.1:${port}`;
  const began = Date.now();
  const run = await runAction(WHOAMI, {
    inputs: { 'databricks-host': host, 'databricks-token': ws.token },
    env: githubEnv(),
  });
  const elapsed = Date.now() - began;
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(new RegExp(`::error::.*Cannot reach ${host.replace(/\./g, '\\.')} `));
  expect(run.stdout).toContain("check the workspace host ('databricks-host', DATABRICKS_HOST");
  expect(run.stdout).toContain('ECONNREFUSED');
  expect(elapsed).toBeLessThan(40_000);
}, 60_000);

test('a redirect to another origin is refused, naming both, and the other origin is never asked', async () => {
  proxy.tamper = { redirectTo: ws.host };
  const before = (await client.get<{ requests: unknown[] }>('/__local/requests')).body.requests
    .length;
  const run = await runAction(WHOAMI, {
    inputs: { 'databricks-host': proxy.host, 'databricks-token': ws.token },
    env: githubEnv(),
  });
  expect(run.code).toBe(1);
  expect(run.stdout).toContain(`redirected from ${proxy.host} to ${ws.host}`);
  const after = (await client.get<{ requests: unknown[] }>('/__local/requests')).body.requests;
  expect(after.slice(before)).toEqual([]);
});
