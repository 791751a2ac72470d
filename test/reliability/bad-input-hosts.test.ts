/**
 * A sample of the generated bad input through the GitHub and Azure DevOps hosts, in-process:
 * inputs as the runner and the agent hand them over (`INPUT_*` variables), the outcome as each
 * writes it (`::error::`, `##vso[task.issue type=error]`). Each case must end with exactly one
 * error line naming the input the way that host's users write it, with no stack trace.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { capabilities } from '../../shared/capabilities';
import type { Host } from '../../shared/host/host';
import type { CapabilityManifest } from '../../shared/manifest';
import { runCapability } from '../../shared/runner';
import { startLocalWorkspace, type LocalWorkspace } from '../../local-workspace/server';
import { badValues, baseArgs, extraFor, type BadCase } from './bad-input-cases';

const MAX_LINE = 600;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bad-input-hosts-'));
let workspace: LocalWorkspace;
const savedEnv = { ...process.env };
const savedCwd = process.cwd();

beforeAll(async () => {
  workspace = await startLocalWorkspace({ port: 0 });
  // The task library writes a .taskkey file into the working directory.
  process.chdir(dir);
});
afterAll(async () => {
  process.chdir(savedCwd);
  await workspace?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
  Object.assign(process.env, savedEnv);
  process.exitCode = undefined;
});

interface Sampled {
  manifest: CapabilityManifest;
  c: BadCase;
}

/**
 * One case per kind of bad value and capability: every type's failure modes on both hosts
 * without running all of them twice more. A variable cannot hold a NUL byte, so those stay
 * with the CLI test.
 */
function sample(): Sampled[] {
  const out: Sampled[] = [];
  for (const entry of capabilities) {
    const seen = new Set<string>();
    for (const [name, spec] of Object.entries(entry.manifest.inputs)) {
      if (spec.adoOnly || spec.githubOnly) continue;
      for (const c of badValues(name, spec, dir)) {
        const kind = `${spec.type}:${c.label}`;
        if (seen.has(kind) || c.value.includes('\u0000')) continue;
        seen.add(kind);
        out.push({ manifest: entry.manifest, c });
      }
    }
  }
  return out;
}

/** `--name value` pairs (the base, then the case) as input name → value. */
function inputValues(s: Sampled): Map<string, string> {
  const args = [
    ...baseArgs(s.manifest.name, s.c.input, {
      host: workspace.host,
      token: workspace.token,
      dir,
    }),
    ...extraFor(s.manifest.name, s.c.extra),
    `--${s.c.input}`,
    s.c.value,
  ];
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i += 2) values.set(args[i].slice(2), args[i + 1]);
  return values;
}

async function runOn(makeHost: () => Host, s: Sampled): Promise<{ stdout: string; code: number }> {
  const chunks: string[] = [];
  const write = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: string | Uint8Array) => {
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    });
  try {
    const entry = capabilities.find((e) => e.manifest.name === s.manifest.name)!;
    const code = await runCapability(makeHost(), await entry.load(), 'main');
    return { stdout: chunks.join(''), code };
  } finally {
    write.mockRestore();
  }
}

function verdict(stdout: string, errorPrefix: string, label: string): string[] {
  const errors = stdout.split(/\r?\n/).filter((l) => l.startsWith(errorPrefix));
  const problems: string[] = [];
  if (errors.length !== 1) problems.push(`${errors.length} error lines`);
  const line = errors[0] ?? '';
  if (!line.includes(label)) problems.push(`${label} not named`);
  if (/^ {4}at /m.test(stdout)) problems.push('stack trace');
  if (line.length > MAX_LINE) problems.push(`line of ${line.length} characters`);
  return problems.length ? [`${problems.join(', ')}: ${line.slice(0, 200)}`] : [];
}

const cases = sample();

test('GitHub: a sample of the generated bad values, one ::error:: naming the input', async () => {
  const { GithubHost } = await import('../../shared/host/github');
  const bad: string[] = [];
  for (const s of cases) {
    for (const [name, value] of inputValues(s))
      process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    const { stdout, code } = await runOn(() => new GithubHost(process.env), s);
    for (const p of verdict(stdout, '::error', `'${s.c.input}'`))
      bad.push(`${s.manifest.name} ${s.c.input} ${s.c.label}: ${p}`);
    if (code !== 2) bad.push(`${s.manifest.name} ${s.c.input} ${s.c.label}: exit ${code}`);
    for (const name of inputValues(s).keys())
      delete process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
  }
  const failed = new Set(bad.map((b) => b.split(':')[0])).size;
  process.stderr.write(
    `bad-input (GitHub): tried ${cases.length}, clear one-line ${cases.length - failed}, other ${failed}\n`,
  );
  expect(bad).toEqual([]);
  expect(cases.length).toBeGreaterThan(20);
});

test('Azure DevOps: the same sample, one task.issue error naming the input as jobName', async () => {
  const bad: string[] = [];
  for (const s of cases) {
    const values = inputValues(s);
    for (const [name, value] of values) {
      const ado = s.manifest.inputs[name].ado;
      process.env[`INPUT_${ado.toUpperCase()}`] = value;
    }
    // The task library reads INPUT_* once, when it is loaded (and marks itself loaded in a
    // global): a fresh copy per case.
    let host: Host | undefined;
    delete (globalThis as Record<string, unknown>)._vsts_task_lib_loaded;
    jest.isolateModules(() => {
      const { AzureDevOpsHost } =
        require('../../shared/host/azure-devops') as typeof import('../../shared/host/azure-devops');
      host = new AzureDevOpsHost(process.env);
    });
    const { stdout, code } = await runOn(() => host!, s);
    const label = `'${s.manifest.inputs[s.c.input].ado}'`;
    for (const p of verdict(stdout, '##vso[task.issue type=error', label))
      bad.push(`${s.manifest.name} ${s.c.input} ${s.c.label}: ${p}`);
    if (code !== 2) bad.push(`${s.manifest.name} ${s.c.input} ${s.c.label}: exit ${code}`);
    for (const name of values.keys())
      delete process.env[`INPUT_${s.manifest.inputs[name].ado.toUpperCase()}`];
  }
  const failed = new Set(bad.map((b) => b.split(':')[0])).size;
  process.stderr.write(
    `bad-input (Azure DevOps): tried ${cases.length}, clear one-line ${cases.length - failed}, other ${failed}\n`,
  );
  expect(bad).toEqual([]);
});
