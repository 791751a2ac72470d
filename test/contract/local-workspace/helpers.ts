import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startLocalWorkspace, type LocalWorkspace } from '../../../local-workspace';
import type { LocalWorkspaceOptions } from '../../../local-workspace/types';
import { parseJson, toJson } from '../../../local-workspace/json';

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface ApiResult {
  status: number;
  headers: Headers;
  text: string;
  json: Json;
}

export class Client {
  constructor(
    readonly ws: LocalWorkspace,
    /** `null` sends no Authorization header. */
    readonly token: string | null = ws.token,
  ) {}

  async call(
    method: string,
    p: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResult> {
    const h: Record<string, string> = { ...headers };
    if (this.token) h.authorization = `Bearer ${this.token}`;
    if (body !== undefined) h['content-type'] ??= 'application/json';
    const res = await fetch(`${this.ws.host}${p}`, {
      method,
      headers: h,
      body: body === undefined ? undefined : typeof body === 'string' ? body : toJson(body),
    });
    const text = await res.text();
    let json: Json = {};
    try {
      json = parseJson(text) as Json;
    } catch {
      // non-JSON bodies are checked through `text`
    }
    return { status: res.status, headers: res.headers, text, json };
  }

  get(p: string): Promise<ApiResult> {
    return this.call('GET', p);
  }

  post(p: string, body: unknown = {}): Promise<ApiResult> {
    return this.call('POST', p, body);
  }

  async ok(method: string, p: string, body?: unknown): Promise<Json> {
    const r = await this.call(method, p, body);
    if (r.status !== 200) throw new Error(`${method} ${p} -> ${r.status} ${r.text}`);
    return r.json;
  }

  async importFile(
    wsPath: string,
    content: string,
    format = 'AUTO',
    extra: Json = {},
  ): Promise<void> {
    await this.ok('POST', '/api/2.0/workspace/mkdirs', { path: path.posix.dirname(wsPath) });
    await this.ok('POST', '/api/2.0/workspace/import', {
      path: wsPath,
      format,
      content: Buffer.from(content).toString('base64'),
      overwrite: true,
      ...extra,
    });
  }

  async run(runId: unknown, version = '2.2'): Promise<Json> {
    return this.ok('GET', `/api/${version}/jobs/runs/get?run_id=${String(runId)}`);
  }

  /** Polls runs/get until the run is terminal (or `until` holds), with a deadline. */
  async waitRun(
    runId: unknown,
    until: (run: Json) => boolean = (r) =>
      ['TERMINATED', 'SKIPPED', 'INTERNAL_ERROR'].includes(r.state.life_cycle_state),
    timeoutMs = 30000,
  ): Promise<Json> {
    return waitFor(
      async () => {
        const r = await this.run(runId);
        return until(r) ? r : undefined;
      },
      timeoutMs,
      `run ${String(runId)}`,
    );
  }

  async output(taskRunId: unknown): Promise<Json> {
    return this.ok('GET', `/api/2.2/jobs/runs/get-output?run_id=${String(taskRunId)}`);
  }

  task(run: Json, key: string): Json {
    const t = (run.tasks as Json[]).find((x) => x.task_key === key);
    if (!t)
      throw new Error(
        `no task ${key} in ${JSON.stringify(run.tasks?.map((x: Json) => x.task_key))}`,
      );
    return t;
  }

  async submit(body: Json): Promise<bigint | number> {
    return (await this.ok('POST', '/api/2.2/jobs/runs/submit', body)).run_id;
  }
}

export async function waitFor<T>(
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 20000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let delay = 10;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 100);
  }
}

export async function start(
  options: LocalWorkspaceOptions = {},
): Promise<{ ws: LocalWorkspace; api: Client }> {
  const ws = await startLocalWorkspace({ killGraceMs: 500, ...options });
  return { ws, api: new Client(ws) };
}

export function tempDir(prefix = 'lw-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function notebook(...cells: string[]): string {
  return `# Databricks notebook source\n${cells.join('\n\n# COMMAND ----------\n\n')}\n`;
}

/** `/proc/<pid>/stat` state, so that a zombie (exited, not yet reaped) counts as gone. */
export function processAlive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}
