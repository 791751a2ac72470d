import { createHash, randomBytes } from 'crypto';
import type { CiContext } from '../host/host';

const MAX = 64;

function clean(part: string, max: number): string {
  return part.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, max);
}

/**
 * The idempotency token for runs/submit and run-now: the same CI step (run, attempt, job, step)
 * asking for the same work gets the same token, so a step retried after a crash or a lost answer
 * attaches to the run it already started. A new attempt (a re-run in the CI UI) is meant to run
 * again, so the attempt is part of it. `work` distinguishes matrix legs, which share job and
 * step names: it is a fingerprint of what is being run (target, parameters, spec text).
 *
 * Outside CI there is nothing stable to derive it from; a random token still makes our own
 * retries of the submit call safe.
 */
export function idempotencyToken(ci: CiContext, work: string, random = randomBytes): string {
  if (!ci.runId) return `local-${random(16).toString('hex')}`;
  const prefix = ci.provider === 'azure-devops' ? 'ado' : ci.provider === 'github' ? 'gh' : 'ci';
  const digest = createHash('sha256')
    .update([ci.provider, ci.repository ?? '', ci.job ?? '', ci.step ?? '', work].join('\u0000'))
    .digest('hex');
  const head = `${prefix}-${clean(ci.runId, 24)}-${clean(ci.attempt ?? '1', 6)}-`;
  return `${head}${digest.slice(0, Math.min(24, MAX - head.length))}`;
}

/** A stable, order-independent fingerprint of the work the step was asked to do. */
export function fingerprint(value: unknown): string {
  return createHash('sha256').update(stableJson(value)).digest('hex');
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
