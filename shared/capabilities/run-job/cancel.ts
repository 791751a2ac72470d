import { waitFor, WaitTimeoutError, type DatabricksClient, type Run } from '../../databricks';
import { formatDuration } from '../../duration';
import { errorMessage } from '../../errors';
import type { Logger } from '../../logger';
import { isTerminal, stateText } from './run-state';

/** State the main step leaves for the post step. */
export const STATE = {
  runId: 'run-id',
  /** `true` once main saw the run end (or chose not to wait): post leaves the run alone. */
  settled: 'run-settled',
  uploadRoot: 'upload-root',
  /** `true` when the uploaded folder must stay (a run that was not waited for still reads it). */
  keepUpload: 'upload-keep',
} as const;

/**
 * Cancels the run and waits, at most `boundMs`, for it to stop. Cancellation is asynchronous on the
 * service; the bound keeps us inside the runner's grace period (GitHub sends SIGTERM about 7.5 s
 * after SIGINT). Returns the last state seen; never throws.
 */
export async function cancelRun(
  client: DatabricksClient,
  runId: string,
  logger: Logger,
  boundMs: number,
): Promise<Run | undefined> {
  try {
    await client.jobs.cancelRun(runId);
    logger.info(
      `Asked Databricks to cancel run ${runId}; waiting up to ${formatDuration(boundMs)} for it to stop.`,
    );
  } catch (err) {
    logger.warning(`Could not cancel run ${runId}: ${errorMessage(err)}`);
    return undefined;
  }
  try {
    const run = await waitFor<Run>({
      poll: (_signal, deadline) => client.jobs.getRun(runId, { deadline }),
      isDone: isTerminal,
      stateOf: stateText,
      deadline: Date.now() + boundMs,
      initialIntervalMs: 200,
      maxIntervalMs: 1000,
      description: `run ${runId} to stop`,
    });
    logger.info(`Run ${runId} stopped: ${stateText(run)}.`);
    return run;
  } catch (err) {
    const last = err instanceof WaitTimeoutError ? (err.last as Run | undefined) : undefined;
    logger.warning(
      `Run ${runId} had not stopped after ${formatDuration(boundMs)} (${last ? stateText(last) : errorMessage(err)}); the cancellation continues on Databricks.`,
    );
    return last;
  }
}
