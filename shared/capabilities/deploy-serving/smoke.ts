import { DatabricksError, type DatabricksClient } from '../../databricks';
import type { SmokeTest } from './settings';

export interface SmokeResult {
  passed: boolean;
  latencyMs: number;
  /** HTTP status, when the endpoint answered. */
  status?: number;
  /** One line: why it failed, or what passed. */
  detail: string;
}

/**
 * Where `actual` differs from `expected`, as a JSON path, or undefined when it contains it: every
 * key of an expected object must be there with a matching value; lists match element by element
 * and in length; anything else must be equal.
 */
export function mismatch(expected: unknown, actual: unknown, at = '$'): string | undefined {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${at} is not a list`;
    if (actual.length !== expected.length)
      return `${at} has ${actual.length} items, expected ${expected.length}`;
    for (let i = 0; i < expected.length; i++) {
      const m = mismatch(expected[i], actual[i], `${at}[${i}]`);
      if (m) return m;
    }
    return undefined;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual))
      return `${at} is not an object`;
    for (const [k, v] of Object.entries(expected)) {
      if (!(k in (actual as object))) return `${at}.${k} is missing`;
      const m = mismatch(v, (actual as Record<string, unknown>)[k], `${at}.${k}`);
      if (m) return m;
    }
    return undefined;
  }
  return Object.is(expected, actual) || expected === actual
    ? undefined
    : `${at} is ${short(actual)}, expected ${short(expected)}`;
}

function short(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

export async function runSmokeTest(
  client: DatabricksClient,
  endpoint: string,
  smoke: SmokeTest,
  now: () => number,
  signal?: AbortSignal,
): Promise<SmokeResult> {
  const start = now();
  let answer: unknown;
  try {
    answer = await client.serving.invoke(endpoint, smoke.payload, signal);
  } catch (err) {
    if (!(err instanceof DatabricksError)) throw err;
    return {
      passed: false,
      latencyMs: now() - start,
      status: err.status,
      detail: `the endpoint answered ${err.status ?? 'nothing'}${err.status ? ` ${err.errorCode}` : ''}: ${err.serverMessage}`,
    };
  }
  const latencyMs = now() - start;
  if (smoke.maxLatencyMs !== undefined && latencyMs > smoke.maxLatencyMs)
    return {
      passed: false,
      latencyMs,
      status: 200,
      detail: `the answer took ${latencyMs} ms, over the budget of ${smoke.maxLatencyMs} ms`,
    };
  if (smoke.expected !== undefined) {
    const m = mismatch(smoke.expected, answer);
    if (m) return { passed: false, latencyMs, status: 200, detail: `unexpected answer: ${m}` };
  }
  return {
    passed: true,
    latencyMs,
    status: 200,
    detail: `answered in ${latencyMs} ms${smoke.expected !== undefined ? ' as expected' : ''}`,
  };
}
