// What the in-process benches share: a local workspace seeded with the sleep script, its request
// log, and a capability run through the CLI host with its output kept in memory.
import * as fs from 'fs';
import * as path from 'path';
import { Writable } from 'stream';
import { startLocalWorkspace, type LocalWorkspace } from '../local-workspace';
import type { Capability } from '../shared/capability';
import { CliHost } from '../shared/host/cli';
import { runCapability } from '../shared/runner';

const ROOT = path.resolve(__dirname, '..');
export const SLEEP_PATH = '/Workspace/Shared/bench/sleep.py';

export interface Logged {
  seq: number;
  time: number;
  method: string;
  path: string;
  query: string;
  status: number;
  fault?: string;
}

export async function call<T = unknown>(
  ws: LocalWorkspace,
  method: string,
  p: string,
  body?: unknown,
): Promise<T> {
  const res = await fetch(`${ws.host}${p}`, {
    method,
    headers: { Authorization: `Bearer ${ws.token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${p} answered ${res.status}: ${text.slice(0, 300)}`);
  // Ids above 2^53 would lose digits as numbers: read them as strings, as the client does.
  return (text ? JSON.parse(text.replace(/("\w*_id"\s*:\s*)(\d{16,})/g, '$1"$2"')) : {}) as T;
}

export async function workspaceWithScript(faults?: string): Promise<LocalWorkspace> {
  const ws = await startLocalWorkspace({ port: 0 });
  await call(ws, 'POST', '/api/2.0/workspace/mkdirs', { path: path.posix.dirname(SLEEP_PATH) });
  await call(ws, 'POST', '/api/2.0/workspace/import', {
    path: SLEEP_PATH,
    content: fs
      .readFileSync(path.join(ROOT, 'test/fixtures/run-job/code/sleep.py'))
      .toString('base64'),
    format: 'AUTO',
    overwrite: true,
  });
  // Faults only after the seeding: they are for the code under test.
  if (faults) await call(ws, 'POST', '/__local/faults', { spec: faults });
  await clearRequests(ws);
  return ws;
}

export async function clearRequests(ws: LocalWorkspace): Promise<void> {
  await call(ws, 'DELETE', '/__local/requests');
}

/** The API calls since the last clear (the workspace's own /__local endpoints left out). */
export async function apiRequests(ws: LocalWorkspace): Promise<Logged[]> {
  const body = await call<{ requests: Logged[] }>(ws, 'GET', '/__local/requests');
  return body.requests.filter((r) => r.path.startsWith('/api/'));
}

/** `runs/get ×4, runs/submit ×1`: calls per endpoint, most first. */
export function byEndpoint(logged: readonly Logged[]): string {
  const counts = new Map<string, number>();
  for (const r of logged) {
    const key = `${r.method === 'GET' ? '' : `${r.method} `}${r.path.replace(/^\/api\/[\d.]+\//, '')}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ×${n}`)
    .join(', ');
}

export interface InProcessRun {
  code: number;
  outputs: Record<string, string>;
  output: string;
}

/** Runs one capability phase as `databricks-mlops <capability> --flags…` would, in this process. */
export async function runInProcess(
  capability: Capability,
  flags: Record<string, string>,
  env: Record<string, string> = {},
  cwd?: string,
): Promise<InProcessRun> {
  let output = '';
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      output += chunk.toString();
      done();
    },
  });
  const host = new CliHost({
    flags: new Map(Object.entries(flags)),
    env,
    stdout: sink,
    stderr: sink,
    json: true,
    cwd,
  });
  const code = await runCapability(host, capability, 'main');
  return { code, outputs: { ...host.outputs }, output };
}
