// Runs a task from the packed .vsix the way the Azure Pipelines agent runs a Node task: the
// handler file of its task.json started with INPUT_*, ENDPOINT_*, SYSTEM_* and AGENT_* variables
// in a job directory, the ##vso command stream parsed (output variables, task variables for the
// post-job step, the result), SIGINT on cancel as the agent sends it.
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { ROOT } from './github-runner';

const packager = require(path.join(ROOT, 'scripts/package-ado.js'));

export interface Extension {
  dir: string;
  vsix: string;
  zip: JSZip;
  manifest: {
    id: string;
    version: string;
    contributions: Array<{ type: string; properties: Record<string, unknown> }>;
  };
  /** Extracts one task folder, as the agent does into _work/_tasks, and returns its path. */
  extractTask(name: string): Promise<string>;
  remove(): void;
}

/** Stages and packs the extension into a temporary folder (`npm run package:ado`'s code). */
export async function packExtension(): Promise<Extension> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ado-vsix-'));
  const manifest = packager.stage(path.join(dir, 'stage'));
  const vsix: string = packager.pack(manifest, {
    stageDir: path.join(dir, 'stage'),
    out: path.join(dir, 'ext.vsix'),
  });
  const zip = await JSZip.loadAsync(fs.readFileSync(vsix));
  return {
    dir,
    vsix,
    zip,
    manifest,
    async extractTask(name) {
      for (const file of Object.values(zip.files)) {
        if (file.dir || !file.name.startsWith(`${name}/`)) continue;
        const to = path.join(dir, 'tasks', file.name);
        fs.mkdirSync(path.dirname(to), { recursive: true });
        fs.writeFileSync(to, await file.async('nodebuffer'));
      }
      return path.join(dir, 'tasks', name);
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

export interface Endpoint {
  id: string;
  url: string;
  scheme: string;
  parameters: Record<string, string>;
  /** `ENDPOINT_DATA_<id>_<KEY>`, e.g. an ARM connection's environment. */
  data?: Record<string, string>;
}

export interface AgentRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** `##vso[task.settaskvariable]`: what the agent hands to the same task's post-job step. */
  taskVariables: Record<string, string>;
  result?: string;
}

export interface StartedTask {
  child: ChildProcess;
  waitForOutput(pattern: RegExp, timeoutMs: number): Promise<void>;
  done: Promise<AgentRun>;
}

export interface AgentOptions {
  phase?: 'execution' | 'postjobexecution';
  inputs?: Record<string, string>;
  endpoint?: Endpoint;
  /** More service connections, e.g. an ARM one and SystemVssConnection (the job's own token). */
  endpoints?: Endpoint[];
  taskVariables?: Record<string, string>;
  /** The job's working directory (a fresh one when not given). */
  jobDir?: string;
  env?: Record<string, string>;
}

const key = (name: string) => name.replace(/[.\s]/g, '_').toUpperCase();

export function startAsAgent(taskDir: string, options: AgentOptions = {}): StartedTask {
  const task = JSON.parse(fs.readFileSync(path.join(taskDir, 'task.json'), 'utf8'));
  const handler = task[options.phase ?? 'execution'].Node24.target as string;
  const jobDir = options.jobDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ado-job-'));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    AGENT_VERSION: '4.255.0',
    AGENT_TEMPDIRECTORY: jobDir,
    SYSTEM_DEFAULTWORKINGDIRECTORY: jobDir,
    BUILD_SOURCESDIRECTORY: jobDir,
    SYSTEM_COLLECTIONURI: 'https://dev.azure.com/acme/',
    SYSTEM_TEAMPROJECT: 'ml',
    BUILD_BUILDID: String(100_000 + Math.floor(Math.random() * 1e6)),
    BUILD_REPOSITORY_NAME: 'ml-project',
    SYSTEM_JOBATTEMPT: '1',
    SYSTEM_JOBID: 'job-1',
    SYSTEM_TASKINSTANCEID: 'task-1',
    ...options.env,
  };
  for (const ep of [
    ...(options.endpoint ? [options.endpoint] : []),
    ...(options.endpoints ?? []),
  ]) {
    env[`ENDPOINT_URL_${ep.id}`] = ep.url;
    env[`ENDPOINT_AUTH_${ep.id}`] = JSON.stringify({
      parameters: ep.parameters,
      scheme: ep.scheme,
    });
    env[`ENDPOINT_AUTH_SCHEME_${ep.id}`] = ep.scheme;
    for (const [k, v] of Object.entries(ep.parameters))
      env[`ENDPOINT_AUTH_PARAMETER_${ep.id}_${k.toUpperCase()}`] = v;
    for (const [k, v] of Object.entries(ep.data ?? {}))
      env[`ENDPOINT_DATA_${ep.id}_${k.toUpperCase()}`] = v;
  }
  for (const [k, v] of Object.entries(options.inputs ?? {})) env[`INPUT_${key(k)}`] = v;
  for (const [k, v] of Object.entries(options.taskVariables ?? {}))
    env[`VSTS_TASKVARIABLE_${key(k)}`] = v;
  const child = spawn(process.execPath, [path.join(taskDir, handler)], { cwd: jobDir, env });
  let stdout = '';
  let stderr = '';
  const waiters: Array<{ pattern: RegExp; resolve: () => void }> = [];
  child.stdout!.on('data', (d: Buffer) => {
    stdout += d.toString();
    for (const w of waiters.filter((x) => x.pattern.test(stdout))) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  });
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<AgentRun>((resolve) =>
    child.on('close', (code) => resolve(parse(code, stdout, stderr))),
  );
  return {
    child,
    done,
    waitForOutput(pattern, timeoutMs) {
      if (pattern.test(stdout)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${stdout}${stderr}`)),
          timeoutMs,
        );
        waiters.push({
          pattern,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    },
  };
}

export function runAsAgent(taskDir: string, options: AgentOptions = {}): Promise<AgentRun> {
  return startAsAgent(taskDir, options).done;
}

function parse(code: number | null, stdout: string, stderr: string): AgentRun {
  const outputs: Record<string, string> = {};
  for (const m of stdout.matchAll(
    /##vso\[task\.setvariable variable=([^;\]]+);[^\]]*isOutput=true[^\]]*\](.*)/g,
  ))
    outputs[m[1]] = m[2];
  const taskVariables: Record<string, string> = {};
  for (const m of stdout.matchAll(/##vso\[task\.settaskvariable variable=([^;\]]+);[^\]]*\](.*)/g))
    taskVariables[m[1]] = m[2];
  const result = /##vso\[task\.complete result=([A-Za-z]+)/.exec(stdout)?.[1];
  return { code, stdout, stderr, outputs, taskVariables, result };
}

/** What the log shows besides the masking registrations. */
export function printed(run: AgentRun): string {
  const lines = run.stdout.split('\n').filter((l) => !l.startsWith('##vso[task.setsecret]'));
  return `${lines.join('\n')}\n${run.stderr}`;
}
