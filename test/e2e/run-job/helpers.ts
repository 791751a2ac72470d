// Shared pieces of the run-job end-to-end tests: a local workspace on a loopback port, a small
// API client for assertions, and the CI identity each test runs under.
import * as path from 'path';
import { ROOT } from '../../helpers/github-runner';

export const FIXTURES = path.join(ROOT, 'test/fixtures/run-job');
export const CODE = path.join(FIXTURES, 'code');
export const MAIN = 'dist/actions/run-job/main.js';
export const POST = 'dist/actions/run-job/post.js';
export const ROOT_MAIN = 'dist/actions/root/main.js';
export const ROOT_POST = 'dist/actions/root/post.js';

export const OUTPUTS = [
  'artifact-url',
  'duration-seconds',
  'error-message',
  'life-cycle-state',
  'notebook-output',
  'result-state',
  'run-id',
  'run-url',
  'tasks',
];

export interface Api {
  get<T = Record<string, unknown>>(
    p: string,
    query?: Record<string, string>,
  ): Promise<{ status: number; body: T }>;
  post<T = Record<string, unknown>>(p: string, body: unknown): Promise<{ status: number; body: T }>;
}

export function api(host: string, token: string): Api {
  const call = async (method: string, p: string, body?: unknown) => {
    const res = await fetch(`${host}${p}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    // Ids are beyond 2^53: keep them as strings for comparisons.
    const safe = text.replace(/("(?:run_id|job_id)"\s*:\s*)(\d+)/g, '$1"$2"');
    return { status: res.status, body: safe ? JSON.parse(safe) : {} };
  };
  return {
    get: (p, query) => call('GET', query ? `${p}?${new URLSearchParams(query)}` : p),
    post: (p, body) => call('POST', p, body),
  };
}

let counter = Math.floor(Math.random() * 1e6);

/** A fresh GitHub CI identity: each test is its own workflow run unless it reuses one on purpose. */
export function githubEnv(overrides: Record<string, string> = {}): Record<string, string> {
  counter++;
  return {
    GITHUB_RUN_ID: String(9_000_000_000 + counter),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'integration',
    GITHUB_ACTION: 'run-job',
    GITHUB_REPOSITORY: 'acme/ml-project',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: 'abc1234def5678abc1234def5678abc1234def56',
    GITHUB_EVENT_NAME: 'push',
    ...overrides,
  };
}

/** Polls `check` until it returns a value, or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 20_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function runState(a: Api, runId: string): Promise<string> {
  const { body } = await a.get<{ state?: { life_cycle_state?: string; result_state?: string } }>(
    '/api/2.2/jobs/runs/get',
    { run_id: runId },
  );
  return [body.state?.life_cycle_state, body.state?.result_state].filter(Boolean).join(' ');
}
