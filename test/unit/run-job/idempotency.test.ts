import { fingerprint, idempotencyToken } from '../../../shared/jobs/idempotency';
import type { CiContext } from '../../../shared/host/host';

const gh: CiContext = {
  provider: 'github',
  runId: '12345678901',
  attempt: '1',
  job: 'integration',
  step: 'run-job',
  repository: 'acme/ml',
};

test('stable for the same CI step and work, at most 64 characters', () => {
  const a = idempotencyToken(gh, fingerprint({ x: 1, y: [1, 2] }));
  const b = idempotencyToken({ ...gh }, fingerprint({ y: [1, 2], x: 1 }));
  expect(a).toBe(b);
  expect(a).toMatch(/^gh-12345678901-1-[0-9a-f]{24}$/);
  expect(a.length).toBeLessThanOrEqual(64);
});

test('differs per attempt, job, step and work (matrix legs share job and step)', () => {
  const t = idempotencyToken(gh, 'w');
  expect(idempotencyToken({ ...gh, attempt: '2' }, 'w')).not.toBe(t);
  expect(idempotencyToken({ ...gh, job: 'other' }, 'w')).not.toBe(t);
  expect(idempotencyToken({ ...gh, step: '__run_2' }, 'w')).not.toBe(t);
  expect(idempotencyToken(gh, 'w2')).not.toBe(t);
});

test('Azure DevOps, with long ids, stays within 64 characters', () => {
  const t = idempotencyToken(
    {
      provider: 'azure-devops',
      runId: '9'.repeat(40),
      attempt: '12',
      job: 'j',
      step: 'f3a1c0de-0000-4000-8000-000000000001',
    },
    'w',
  );
  expect(t.startsWith('ado-')).toBe(true);
  expect(t.length).toBeLessThanOrEqual(64);
  expect(t).toMatch(/^[A-Za-z0-9._-]+$/);
});

test('outside CI: random, so our own retries are safe but nothing is shared', () => {
  const a = idempotencyToken({ provider: 'cli' }, 'w');
  expect(a).toMatch(/^local-[0-9a-f]{32}$/);
  expect(idempotencyToken({ provider: 'cli' }, 'w')).not.toBe(a);
});
