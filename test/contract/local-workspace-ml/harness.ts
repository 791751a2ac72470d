/**
 * Starts a local workspace on a free loopback port and calls it over HTTP with the raw shapes of
 * the REST API (no client library), so that these tests check the wire contract.
 */
import http from 'node:http';
import { parseJson } from '../../../local-workspace/json';
import { startLocalWorkspace } from '../../../local-workspace/server';
import type { LocalWorkspaceOptions } from '../../../local-workspace/types';

export interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  text: string;
}

export interface TestWorkspace {
  host: string;
  token: string;
  call(
    method: string,
    path: string,
    body?: unknown,
    query?: Record<string, string | string[]>,
  ): Promise<Answer>;
  close(): Promise<void>;
}

export async function startTestWorkspace(
  options: LocalWorkspaceOptions = {},
): Promise<TestWorkspace> {
  const ws = await startLocalWorkspace({ port: 0, ...options });
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    query?: Record<string, string | string[]>,
  ): Promise<Answer> => {
    const url = new URL(ws.host + path);
    for (const [k, v] of Object.entries(query ?? {}))
      for (const item of Array.isArray(v) ? v : [v]) url.searchParams.append(k, item);
    // node:http rather than fetch: older clients send GET parameters as a body, which fetch refuses.
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const res = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(
        url,
        {
          method,
          headers: {
            authorization: `Bearer ${ws.token}`,
            'content-type': 'application/json',
            // Explicit: node sends no body for GET/DELETE without a length.
            ...(payload !== undefined
              ? { 'content-length': String(Buffer.byteLength(payload)) }
              : {}),
          },
        },
        (r) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () =>
            resolve({ status: r.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
          );
          r.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
    const text = res.text;
    let parsed: unknown;
    try {
      // Lossless: run and job ids go beyond 2^53, where JSON.parse would round them.
      parsed = text ? parseJson(text) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: res.status, body: parsed, text };
  };
  return { host: ws.host, token: ws.token, call, close: () => ws.close() };
}

/** Polls `probe` until it returns a value that is not `undefined`, or fails after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 10000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let delay = 10;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 200);
  }
}

/** Expects a Databricks-shaped error answer. */
export function expectError(a: Answer, status: number, code: string, message?: RegExp): void {
  expect({ status: a.status, code: a.body?.error_code }).toEqual({ status, code });
  expect(typeof a.body?.message).toBe('string');
  if (message) expect(a.body.message).toMatch(message);
}
