import type { DatabricksClient } from '../../../shared/databricks';
import { recordingLogger } from '../../../shared/logger';
import { sendRecoverably } from '../../../shared/capabilities/run-job/recover';

const main = { name: 'main' } as unknown as DatabricksClient;
const steady = { name: 'steady' } as unknown as DatabricksClient;

test('a start cut by a cancel is sent again by the steady client, and its run id is reported', async () => {
  const ctrl = new AbortController();
  const calls: string[] = [];
  const found: string[] = [];
  const send = async (c: DatabricksClient, signal: AbortSignal) => {
    calls.push((c as unknown as { name: string }).name);
    if (c === main) {
      ctrl.abort(new Error('cancelled by the CI'));
      throw signal.reason;
    }
    return { run_id: '9007199254740993' };
  };
  const logger = recordingLogger();
  await expect(
    sendRecoverably(
      main,
      () => steady,
      send,
      ctrl.signal,
      logger,
      (id) => found.push(id),
    ),
  ).rejects.toThrow('cancelled by the CI');
  expect(calls).toEqual(['main', 'steady']);
  expect(found).toEqual(['9007199254740993']);
});

test('a failure without a cancel is not sent again', async () => {
  const ctrl = new AbortController();
  const calls: unknown[] = [];
  const send = async (c: DatabricksClient) => {
    calls.push(c);
    throw new Error('HTTP 400 INVALID_PARAMETER_VALUE');
  };
  await expect(
    sendRecoverably(
      main,
      () => steady,
      send,
      ctrl.signal,
      recordingLogger(),
      () => undefined,
    ),
  ).rejects.toThrow('INVALID_PARAMETER_VALUE');
  expect(calls).toEqual([main]);
});

test('when the resend fails too, the cancel is still reported and the log says what to do', async () => {
  const ctrl = new AbortController();
  const logger = recordingLogger();
  const send = async (c: DatabricksClient, signal: AbortSignal) => {
    if (c === main) {
      ctrl.abort(new Error('cancelled'));
      throw signal.reason;
    }
    throw new Error('connection refused');
  };
  await expect(
    sendRecoverably(
      main,
      () => steady,
      send,
      ctrl.signal,
      logger,
      () => undefined,
    ),
  ).rejects.toThrow('cancelled');
  expect(logger.lines.join('\n')).toMatch(/Could not find the run by its idempotency token/);
});
