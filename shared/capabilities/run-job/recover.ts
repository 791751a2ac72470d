import type { DatabricksClient, Id } from '../../databricks';
import { errorMessage } from '../../errors';
import type { Logger } from '../../logger';

/** How long the resend after a cancellation may take: the runner sends SIGTERM ~7.5 s after SIGINT. */
const RESEND_BOUND_MS = 2_000;

/**
 * Sends a runs/submit or run-now whose body carries an idempotency token. If the step is cancelled
 * while it is in flight, the request may have started a run whose id we never got; the same
 * request is then sent again by a client that outlives the cancellation. With the same token the
 * service answers with the run the first one started (or starts it now), so the run can always be
 * found and cancelled: `found` receives its id before the cancellation is rethrown.
 */
export async function sendRecoverably(
  client: DatabricksClient,
  steady: () => DatabricksClient,
  send: (client: DatabricksClient, signal: AbortSignal) => Promise<{ run_id: Id }>,
  signal: AbortSignal,
  logger: Logger,
  found: (runId: string) => void,
): Promise<string> {
  try {
    const res = await send(client, signal);
    return String(res.run_id);
  } catch (err) {
    if (!signal.aborted) throw err;
    logger.info(
      'The CI job was cancelled while the run was being started; asking Databricks for it by its idempotency token.',
    );
    try {
      const res = await send(steady(), AbortSignal.timeout(RESEND_BOUND_MS));
      found(String(res.run_id));
    } catch (again) {
      logger.warning(
        `Could not find the run by its idempotency token (${errorMessage(again)}); if it started, cancel it in Databricks.`,
      );
    }
    throw err;
  }
}
