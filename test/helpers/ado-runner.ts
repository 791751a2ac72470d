// Runs an ADO task's source through azure-pipelines-task-lib's MockTestRunner, as its L0 tests do.
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { MockTestRunner } from 'azure-pipelines-task-lib/mock-test';
import { ROOT } from './github-runner';

export interface AdoRun {
  runner: MockTestRunner;
  stdout: string;
  /** Output variables set with isOutput=true. */
  outputs: Record<string, string>;
  /** `##vso[task.complete result=...]` */
  result?: string;
}

export interface AdoOptions {
  inputs?: Record<string, string>;
  /** A service connection: id -> {url, scheme, parameters}. */
  endpoints?: Record<string, { url: string; scheme: string; parameters: Record<string, string> }>;
  variables?: Record<string, string>;
  phase?: 'main' | 'post';
}

/**
 * Writes a mock-runner script for `capability` in a temporary directory (the task-lib writes a
 * .taskkey into the working directory) and runs it with this Node.
 */
export async function runAdoTask(capability: string, options: AdoOptions = {}): Promise<AdoRun> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ado-task-'));
  const taskFile = path.join(dir, 'task.js');
  fs.writeFileSync(
    taskFile,
    `require(${JSON.stringify(path.join(ROOT, 'scripts/ts-register.js'))});\n` +
      `require(${JSON.stringify(path.join(ROOT, 'tasks/entry.ts'))}).run(${JSON.stringify(capability)}, ${JSON.stringify(options.phase ?? 'main')});\n`,
  );
  const lines = [
    `process.chdir(${JSON.stringify(dir)});`,
    `const mr = require(${JSON.stringify(require.resolve('azure-pipelines-task-lib/mock-run'))});`,
    `const tmr = new mr.TaskMockRunner(${JSON.stringify(taskFile)});`,
  ];
  for (const [k, v] of Object.entries(options.inputs ?? {}))
    lines.push(`tmr.setInput(${JSON.stringify(k)}, ${JSON.stringify(v)});`);
  for (const [id, ep] of Object.entries(options.endpoints ?? {})) {
    lines.push(`process.env[${JSON.stringify(`ENDPOINT_URL_${id}`)}] = ${JSON.stringify(ep.url)};`);
    lines.push(
      `process.env[${JSON.stringify(`ENDPOINT_AUTH_SCHEME_${id}`)}] = ${JSON.stringify(ep.scheme)};`,
    );
    for (const [k, v] of Object.entries(ep.parameters)) {
      lines.push(
        `process.env[${JSON.stringify(`ENDPOINT_AUTH_PARAMETER_${id}_${k.toUpperCase()}`)}] = ${JSON.stringify(v)};`,
      );
    }
  }
  for (const [k, v] of Object.entries(options.variables ?? {})) {
    lines.push(
      `process.env[${JSON.stringify(k.replace(/\./g, '_').toUpperCase())}] = ${JSON.stringify(v)};`,
    );
  }
  lines.push('tmr.run();');
  const runnerFile = path.join(dir, 'runner.js');
  fs.writeFileSync(runnerFile, `${lines.join('\n')}\n`);
  const runner = new MockTestRunner(runnerFile);
  // Without this the runner downloads a Node build from the internet. (LoadAsync is skipped on
  // purpose: with nodePath set it returns before recording the test path.)
  runner.nodePath = process.execPath;
  await runner.runAsync();
  fs.rmSync(dir, { recursive: true, force: true });
  const outputs: Record<string, string> = {};
  for (const m of runner.stdout.matchAll(
    /##vso\[task\.setvariable variable=([^;\]]+);[^\]]*isOutput=true[^\]]*\](.*)/g,
  )) {
    outputs[m[1]] = m[2];
  }
  const result = /##vso\[task\.complete result=([A-Za-z]+)/.exec(runner.stdout)?.[1];
  return { runner, stdout: runner.stdout, outputs, result };
}

/** Starts a helper server script in its own process and resolves with the URL it prints. */
export async function startServerProcess(
  script: string,
  args: string[] = [],
): Promise<{ url: string; child: ChildProcess; stop(): void }> {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let buf = '';
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      const line = buf.split('\n')[0];
      if (buf.includes('\n')) resolve(line.trim());
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { url, child, stop: () => child.stdin!.end() };
}

/** A local workspace in a process of its own (`databricks-mlops local --json`, from dist/cli.js). */
export interface LocalWorkspaceProcess {
  host: string;
  token: string;
  /** SIGTERM, then waits for the process to exit. */
  stop(): Promise<void>;
}

/**
 * The ADO mock runner blocks the test process while a task runs, so the local workspace a task
 * talks to must answer from another process: started here, its host and token read from the
 * first line it prints.
 */
export async function startLocalWorkspaceProcess(): Promise<LocalWorkspaceProcess> {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'dist/cli.js'), 'local', '--port', '0', '--json'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const info = await new Promise<{ host: string; token: string }>((resolve, reject) => {
    let buf = '';
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      const nl = buf.indexOf('\n');
      if (nl >= 0) resolve(JSON.parse(buf.slice(0, nl)) as { host: string; token: string });
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`local workspace exited with ${code}`)));
  });
  return {
    host: info.host,
    token: info.token,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A local workspace process for an ADO mock-runner suite, and a service connection to it. */
export interface AdoWorkspace {
  server: LocalWorkspaceProcess;
  /** A Token service connection `databricks-prod` to the server. */
  endpoints: NonNullable<AdoOptions['endpoints']>;
}

/**
 * Starts a local workspace process before the suite's tests and stops it after them. Call it at
 * the top of the test file, before the file's own beforeAll, which then sees the fields set.
 */
export function adoWorkspace(): AdoWorkspace {
  const suite = {} as AdoWorkspace;
  beforeAll(async () => {
    const server = await startLocalWorkspaceProcess();
    suite.server = server;
    suite.endpoints = {
      'databricks-prod': {
        url: server.host,
        scheme: 'Token',
        parameters: { apitoken: server.token },
      },
    };
  });
  afterAll(() => suite.server?.stop());
  return suite;
}
