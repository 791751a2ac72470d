// Sentinel secrets in every output channel: the Databricks token, echoed back by the tasks (one
// prints it and returns it as its output, one fails with it in its error), must not reach stdout
// or stderr (except the masking commands themselves), outputs, state, the summary or ADO
// variables, with debug output on.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runAction } from '../helpers/github-runner';
import { runAdoTask, startLocalWorkspaceProcess } from '../helpers/ado-runner';
import { runCliBundle } from '../helpers/cli-bundle';
import { startLocalWorkspace, type LocalWorkspace } from '../../local-workspace';
import { CODE, MAIN, githubEnv } from '../e2e/run-job/helpers';

let ws: LocalWorkspace;
let code: string;
let dir: string;

/** A run spec whose tasks get the token as a parameter and hand it back in every way they can. */
function leakSpec(token: string): string {
  const file = path.join(dir, `leak-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(
    file,
    JSON.stringify({
      tasks: [
        { task_key: 'echo', notebook_task: { notebook_path: 'echo', base_parameters: { token } } },
        { task_key: 'leak', notebook_task: { notebook_path: 'leak', base_parameters: { token } } },
      ],
    }),
  );
  return file;
}

beforeAll(async () => {
  ws = await startLocalWorkspace({ port: 0 });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secrets-'));
  code = path.join(dir, 'code');
  fs.cpSync(CODE, code, { recursive: true });
  const widget = 'dbutils.widgets.text("token", "")\nt = dbutils.widgets.get("token")\n';
  fs.writeFileSync(
    path.join(code, 'echo.py'),
    `# Databricks notebook source\n${widget}print("token is " + t)\ndbutils.notebook.exit(t)\n`,
  );
  fs.writeFileSync(
    path.join(code, 'leak.py'),
    `# Databricks notebook source\n${widget}raise RuntimeError("rejected token " + t)\n`,
  );
});
afterAll(async () => {
  await ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Lines containing `secret` other than the ones that register it with the host's masking. */
function leaks(text: string, secret: string, maskCommand: RegExp): string[] {
  return text.split(/\r?\n/).filter((l) => l.includes(secret) && !maskCommand.test(l));
}

test('GitHub, with RUNNER_DEBUG: stdout, stderr, GITHUB_OUTPUT, GITHUB_STATE, the summary', async () => {
  const run = await runAction(MAIN, {
    inputs: {
      'databricks-host': ws.host,
      'databricks-token': ws.token,
      'git-source': 'none',
      upload: code,
      'run-spec': leakSpec(ws.token),
    },
    env: { ...githubEnv(), RUNNER_DEBUG: '1' },
  });
  expect(run.code).toBe(1);
  // The tasks did hand the token back: in its redacted form.
  const tasks = JSON.parse(run.outputs.tasks) as Array<{ key: string; output: string }>;
  expect(tasks.find((t) => t.key === 'echo')?.output).toBe('***');
  expect(run.summary).toContain('rejected token ***');
  expect(run.stdout).toContain(`::add-mask::${ws.token}`);
  expect(leaks(run.stdout, ws.token, /^::add-mask::/)).toEqual([]);
  expect(run.stderr).not.toContain(ws.token);
  expect(JSON.stringify(run.outputs)).not.toContain(ws.token);
  expect(JSON.stringify(run.state)).not.toContain(ws.token);
  expect(run.summary).not.toContain(ws.token);
});

describe('Azure DevOps with System.Debug', () => {
  let remote: Awaited<ReturnType<typeof startLocalWorkspaceProcess>>;
  let temp: string;
  beforeAll(async () => {
    remote = await startLocalWorkspaceProcess();
  });
  afterAll(() => remote.stop());
  beforeEach(() => {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'ado-temp-'));
  });
  afterEach(() => fs.rmSync(temp, { recursive: true, force: true }));

  const setsecret = /^##vso\[task\.setsecret\]/;
  const summaries = () =>
    fs
      .readdirSync(temp)
      .map((f) => fs.readFileSync(path.join(temp, f), 'utf8'))
      .join('\n');

  test('a token input: stdout, stderr, output variables, task variables, the summary', async () => {
    const run = await runAdoTask('run-job', {
      inputs: {
        databricksHost: remote.host,
        databricksToken: remote.token,
        gitSource: 'none',
        upload: code,
        runSpec: leakSpec(remote.token),
      },
      variables: { 'System.Debug': 'true', 'Agent.TempDirectory': temp },
    });
    expect(/^##vso\[task\.complete result=(\w+)/m.exec(run.stdout)?.[1]).toBe('Failed');
    expect(run.stdout).toMatch(/^##vso\[task\.debug\]/m);
    expect(run.stdout).toContain(`##vso[task.setsecret]${remote.token}`);
    // Registered before the first line that could show it.
    const lines = run.stdout.split('\n');
    const first = lines.findIndex((l) => l.includes(remote.token));
    expect(lines[first]).toMatch(setsecret);
    expect(leaks(run.stdout, remote.token, setsecret)).toEqual([]);
    expect(run.runner.stderr).not.toContain(remote.token);
    expect(run.outputs.tasks).toContain('"output":"***"');
    expect(JSON.stringify(run.outputs)).not.toContain(remote.token);
    expect(summaries()).toContain('rejected token ***');
    expect(summaries()).not.toContain(remote.token);
  });

  test('a service connection and the job token: registered before any debug line shows them', async () => {
    const jobToken = 'ado-job-token-sentinel-4242';
    const run = await runAdoTask('whoami', {
      inputs: { databricksConnection: 'conn1' },
      endpoints: {
        conn1: { url: remote.host, scheme: 'Token', parameters: { apitoken: remote.token } },
        SystemVssConnection: {
          url: 'https://dev.azure.com/acme/',
          scheme: 'OAuth',
          parameters: { AccessToken: jobToken },
        },
      },
      variables: { 'System.Debug': 'true', 'Agent.TempDirectory': temp },
    });
    expect(/^##vso\[task\.complete result=(\w+)/m.exec(run.stdout)?.[1]).toBe('Succeeded');
    for (const secret of [remote.token, jobToken]) {
      expect(run.stdout).toContain(`##vso[task.setsecret]${secret}`);
      expect(leaks(run.stdout, secret, setsecret)).toEqual([]);
    }
  });
});

describe('CLI', () => {
  test('as a GitHub step, with --json and a summary file', async () => {
    const summaryFile = path.join(dir, 'summary.md');
    const r = await runCliBundle(
      [
        'run-job',
        '--databricks-host',
        ws.host,
        '--git-source',
        'none',
        '--upload',
        code,
        '--run-spec',
        leakSpec(ws.token),
        '--json',
        '--summary-file',
        summaryFile,
        '--verbose',
      ],
      {
        PATH: process.env.PATH ?? '',
        HOME: dir,
        GITHUB_ACTIONS: 'true',
        DATABRICKS_TOKEN: ws.token,
      },
    );
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).tasks).toContainEqual(expect.objectContaining({ output: '***' }));
    expect(r.stdout).not.toContain(ws.token);
    expect(r.stderr).toContain('rejected token ***');
    expect(r.stderr).not.toContain(ws.token);
    expect(fs.readFileSync(summaryFile, 'utf8')).not.toContain(ws.token);
  });
});
