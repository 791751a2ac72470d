// Shared by the deploy-jobs tests: a copy of the MLOps Stacks fixture whose staging and prod hosts
// point at a local workspace, the CLI run in process, and the local workspace's request log.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startLocalWorkspace, type LocalWorkspace } from '../../../local-workspace/server';
import { connectionArgs, runCli, type CliJsonResult } from '../../helpers/cli-run';

export const FIXTURE = path.join(__dirname, '../../fixtures/deploy-jobs/mlops-stacks');

/** A fresh copy of the fixture project; `hosts` replaces the placeholder workspace URLs. */
export function copyProject(hosts: { staging?: string; prod?: string } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-jobs-'));
  fs.cpSync(FIXTURE, dir, { recursive: true });
  const yml = path.join(dir, 'fraud_model', 'databricks.yml');
  let text = fs.readFileSync(yml, 'utf8');
  if (hosts.staging)
    text = text.replace('https://staging.example.cloud.databricks.com', hosts.staging);
  if (hosts.prod) text = text.replace('https://prod.example.cloud.databricks.com', hosts.prod);
  fs.writeFileSync(yml, text);
  return dir;
}

/**
 * A fresh local workspace per test, handed to `use` before each (deployments are identified by
 * bundle and target, which tests share), and the returned list of folders removed after the suite.
 */
export function workspacePerTest(use: (ws: LocalWorkspace) => void): string[] {
  const dirs: string[] = [];
  let ws: LocalWorkspace | undefined;
  beforeEach(async () => {
    ws = await startLocalWorkspace({ port: 0 });
    use(ws);
  });
  afterEach(async () => {
    await ws?.close();
  });
  afterAll(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });
  return dirs;
}

export async function deployCli(
  ws: LocalWorkspace,
  args: string[],
  cwd?: string,
  env: Record<string, string> = {},
): Promise<CliJsonResult> {
  const r = await runCli(
    ['deploy-jobs', ...connectionArgs(ws), '--json', ...args],
    { PATH: process.env.PATH, ...env },
    { cwd },
  );
  let outputs: Record<string, string> = {};
  try {
    outputs = JSON.parse(r.stdout || '{}') as Record<string, string>;
  } catch {
    // Not JSON: the test looks at stdout itself.
  }
  return { ...r, outputs };
}

interface Logged {
  seq: number;
  method: string;
  path: string;
  body?: unknown;
}

async function local<T>(ws: LocalWorkspace, method: string, p: string): Promise<T> {
  const res = await fetch(`${ws.host}${p}`, {
    method,
    headers: { authorization: `Bearer ${ws.token}` },
  });
  return (await res.json().catch(() => ({}))) as T;
}

/** Clears the request log, so that `requests` returns what came after. */
export async function clearLog(ws: LocalWorkspace): Promise<void> {
  await local(ws, 'DELETE', '/__local/requests');
}

export async function requests(ws: LocalWorkspace): Promise<Logged[]> {
  const res = await local<{ requests?: Logged[] } | Logged[]>(ws, 'GET', '/__local/requests');
  return Array.isArray(res) ? res : (res.requests ?? []);
}

/** Requests that change something: everything but GET. */
export async function writes(ws: LocalWorkspace): Promise<string[]> {
  return (await requests(ws)).filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
}

export async function api<T>(ws: LocalWorkspace, p: string): Promise<T> {
  return local<T>(ws, 'GET', p);
}
