// Hostile text in every printed field: a run name, a run spec's run_name and task_key, a
// notebook's output and error, an input value. Run as the GitHub runner runs the bundle, as the
// ADO agent runs the task, and as a CI step runs the CLI; no line may act as a workflow command
// except ours.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runAction } from '../helpers/github-runner';
import { runAdoTask, startLocalWorkspaceProcess } from '../helpers/ado-runner';
import { runCliBundle } from '../helpers/cli-bundle';
import { startLocalWorkspace, type LocalWorkspace } from '../../local-workspace';
import { CODE, MAIN, githubEnv } from '../e2e/run-job/helpers';
import {
  INPUT_PAYLOAD,
  NAME_PAYLOAD,
  PAYLOAD,
  adoCommands,
  githubCommands,
  injectedCommands,
  viewMarkers,
} from './hostile-text.payload';

let ws: LocalWorkspace;
let root: string;
let code: string;
let spec: string;

beforeAll(async () => {
  ws = await startLocalWorkspace({ port: 0 });
  // The project's code plus a notebook that prints the payload and fails with it, in a folder
  // whose name carries the payload too (it is printed as the upload's source).
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-code-'));
  code = path.join(root, NAME_PAYLOAD);
  fs.cpSync(CODE, code, { recursive: true });
  fs.writeFileSync(
    path.join(code, 'hostile.py'),
    `# Databricks notebook source\nP = ${JSON.stringify(PAYLOAD)}\nprint(P)\nraise RuntimeError(P)\n`,
  );
  // Terminal control sequences from the server side (inputs refuse them before anything runs).
  const ansi = '\u001b]0;PWNED-title\u0007\u001b[2J\u001b[31mred\u001b[0m\rPWNED-overwrite';
  fs.writeFileSync(
    path.join(code, 'ansi.py'),
    `# Databricks notebook source\nA = ${JSON.stringify(ansi)}\nprint(A)\nraise RuntimeError(A)\n`,
  );
  spec = path.join(root, 'hostile-spec.json');
  fs.writeFileSync(
    spec,
    JSON.stringify({
      run_name: PAYLOAD,
      // task_key is checked against its pattern before submitting; a parameter is free text.
      tasks: [
        {
          task_key: 'hostile',
          notebook_task: { notebook_path: 'hello', base_parameters: { name: PAYLOAD } },
        },
      ],
    }),
  );
});
afterAll(async () => {
  await ws.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const conn = () => ({ 'databricks-host': ws.host, 'databricks-token': ws.token });

function expectInertOnGithub(stdout: string, stderr: string): void {
  const all = `${stdout}\n${stderr}`;
  expect(injectedCommands(githubCommands(all))).toEqual([]);
  expect(viewMarkers(all)).toEqual([]);
}

describe('GitHub: the bundle as the runner runs it', () => {
  test('a run name and a notebook error carrying commands', async () => {
    const run = await runAction(MAIN, {
      inputs: {
        ...conn(),
        'git-source': 'none',
        upload: code,
        'notebook-path': 'hostile.py',
        'run-name': INPUT_PAYLOAD,
      },
      env: { ...githubEnv(), RUNNER_DEBUG: '1' },
    });
    expect(run.code).toBe(1);
    // The payload did reach the log (so the check below is about it), made inert.
    expect(run.stdout).toContain('PWNED-path');
    expect(run.summary).toContain('PWNED-mask');
    expectInertOnGithub(run.stdout, run.stderr);
    // The summary is markdown, not commands: the run name in its heading is HTML- and
    // markdown-escaped (remote text elsewhere sits in code blocks it cannot close).
    const heading = run.summary.split('\n')[0];
    expect(heading).toContain('&lt;img src=PWNED');
    expect(heading).not.toContain('<img');
    expect(heading).not.toContain('[PWNED-link](');
  });

  test('a run spec whose run_name and a notebook parameter (echoed as output) carry commands', async () => {
    const run = await runAction(MAIN, {
      inputs: { ...conn(), 'git-source': 'none', upload: code, 'run-spec': spec },
      env: githubEnv(),
    });
    expect(run.code).toBe(0);
    expect(run.outputs['notebook-output']).toContain('PWNED-PATH');
    expect(run.stdout).toContain('PWNED-path');
    expectInertOnGithub(run.stdout, run.stderr);
  });

  test('an input value carrying commands, echoed in its error', async () => {
    const run = await runAction(MAIN, {
      inputs: { ...conn(), 'notebook-path': 'hello', timeout: INPUT_PAYLOAD },
      env: githubEnv(),
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("'timeout'");
    expectInertOnGithub(run.stdout, run.stderr);
  });
});

/** A project folder with a JUnit report whose every name, file and message is the payload. */
function hostileJunitProject(): string {
  const xml = (t: string) => t.replace(/[&<>"\r\n]/g, (c) => `&#${c.charCodeAt(0)};`);
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-junit-'));
  fs.mkdirSync(path.join(project, 'results'));
  fs.writeFileSync(
    path.join(project, 'results', 'junit.xml'),
    `<?xml version="1.0"?>\n<testsuites><testsuite name="${xml(PAYLOAD)}" tests="2" failures="1">` +
      `<testcase classname="${xml(PAYLOAD)}" name="${xml(PAYLOAD)}" file="${xml(PAYLOAD)}" line="3">` +
      `<failure message="${xml(PAYLOAD)}">${xml(PAYLOAD)}</failure></testcase>` +
      `<testcase classname="ok" name="${xml(PAYLOAD)}-passes"/></testsuite></testsuites>\n`,
  );
  return project;
}

describe('GitHub: unit-tests with a JUnit report whose names and messages carry commands', () => {
  test('suite, class and test names, file attribute, failure message and body', async () => {
    const project = hostileJunitProject();
    try {
      const run = await runAction('dist/actions/unit-tests/main.js', {
        inputs: {
          command: 'node -e 0',
          'working-directory': project,
          results: 'results/*.xml',
          'fail-on-exit-code': 'false',
        },
        env: { GITHUB_WORKSPACE: project, RUNNER_TEMP: project, RUNNER_DEBUG: '1' },
      });
      expect(run.outputs.failed).toBe('1');
      expect(run.stdout).toContain('PWNED-path');
      expectInertOnGithub(run.stdout, run.stderr);
    } finally {
      fs.rmSync(project, { recursive: true, force: true });
    }
  });
});

describe('Azure DevOps: the task through the mock runner', () => {
  let remote: Awaited<ReturnType<typeof startLocalWorkspaceProcess>>;
  beforeAll(async () => {
    remote = await startLocalWorkspaceProcess();
  });
  afterAll(() => remote.stop());

  test('a run name and a notebook error carrying commands, with System.Debug on', async () => {
    const run = await runAdoTask('run-job', {
      inputs: {
        databricksHost: remote.host,
        databricksToken: remote.token,
        gitSource: 'none',
        upload: code,
        notebookPath: 'hostile.py',
        runName: INPUT_PAYLOAD,
      },
      variables: { 'System.Debug': 'true' },
    });
    // As the agent reads it: the first `##vso[` of a line (the `tasks` output's JSON carries the
    // payload as data after our own setvariable command).
    expect(/^##vso\[task\.complete result=(\w+)/m.exec(run.stdout)?.[1]).toBe('Failed');
    expect(run.stdout).toContain('PWNED-path');
    const all = `${run.stdout}\n${run.runner.stderr}`;
    expect(injectedCommands(adoCommands(all))).toEqual([]);
    // Our own view markers only: the group titles.
    const markers = adoCommands(all).filter((c) => c.name.startsWith('##['));
    expect(markers.map((c) => c.name).filter((n) => !/^##\[(end)?group\]$/.test(n))).toEqual([]);
  });

  test('unit-tests: a JUnit report whose names, file and messages carry commands', async () => {
    const project = hostileJunitProject();
    try {
      const run = await runAdoTask('unit-tests', {
        inputs: {
          command: 'node -e 0',
          workingDirectory: project,
          results: 'results/*.xml',
          failOnExitCode: 'false',
        },
        variables: { 'System.Debug': 'true', 'Agent.TempDirectory': project },
      });
      expect(run.outputs.failed).toBe('1');
      expect(run.stdout).toContain('PWNED-path');
      const all = `${run.stdout}\n${run.runner.stderr}`;
      expect(injectedCommands(adoCommands(all))).toEqual([]);
      const markers = adoCommands(all).filter((c) => c.name.startsWith('##['));
      expect(markers.map((c) => c.name).filter((n) => !/^##\[(end)?group\]$/.test(n))).toEqual([]);
    } finally {
      fs.rmSync(project, { recursive: true, force: true });
    }
  });
});

const cli = (args: string[], env: Record<string, string>) =>
  runCliBundle(args, { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env });

describe('CLI as a CI step and in a terminal', () => {
  const args = () => [
    'run-job',
    '--databricks-host',
    ws.host,
    '--databricks-token',
    ws.token,
    '--git-source',
    'none',
    '--upload',
    code,
    '--notebook-path',
    'hostile.py',
    '--run-name',
    INPUT_PAYLOAD,
  ];

  test('inside GitHub Actions both streams are inert to the runner', async () => {
    const r = await cli(args(), { GITHUB_ACTIONS: 'true' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('PWNED-path');
    expectInertOnGithub(r.stdout, r.stderr);
  });

  test('inside Azure Pipelines both streams are inert to the agent', async () => {
    const r = await cli(args(), { TF_BUILD: 'True' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('PWNED-path');
    expect(injectedCommands(adoCommands(`${r.stdout}\n${r.stderr}`))).toEqual([]);
    expect(viewMarkers(`${r.stdout}\n${r.stderr}`)).toEqual([]);
  });

  test('in a terminal remote escape sequences are removed', async () => {
    const r = await cli([...args().slice(0, -3), 'ansi.py', '--run-name', 'plain'], {});
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('red');
    expect(r.stderr).not.toMatch(/[\u001b\u0007\r]/);
  });
});
