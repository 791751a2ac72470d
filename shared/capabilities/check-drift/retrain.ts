import type { DatabricksClient } from '../../databricks';
import type { CiContext } from '../../host/host';
import type { Logger } from '../../logger';
import { findJobIdByName } from '../../jobs/find-job';
import { fingerprint, idempotencyToken } from '../../jobs/idempotency';
import type { Retrain } from './settings';

export interface RetrainResult {
  status: 'started' | 'already-running';
  jobId: string;
  runId: string;
  runUrl: string;
}

function runUrl(host: string, jobId: string, runId: string, given?: string): string {
  return given || `${host.replace(/\/+$/, '')}/#job/${jobId}/run/${runId}`;
}

/**
 * Starts the retraining job with run-now, as run-job does (same job lookup, same idempotency
 * token, so a retried step does not start it twice), without waiting for it. A run of the job
 * already in progress is retraining already under way: it is reported, and none is started.
 */
export async function startRetraining(
  client: DatabricksClient,
  retrain: Extract<Retrain, { kind: 'run-job' }>,
  ci: CiContext,
  logger: Logger,
  signal: AbortSignal,
): Promise<RetrainResult> {
  const jobId =
    'id' in retrain.job
      ? retrain.job.id
      : await findJobIdByName(
          client,
          retrain.job.name,
          { name: 'retrain-job-name', id: 'retrain-job-id' },
          signal,
        );
  const active = await client.jobs.listRuns({ jobId, activeOnly: true, limit: 1, signal });
  const running = active.runs[0];
  if (running) {
    const runId = String(running.run_id);
    logger.info(
      `The retraining job ${jobId} already has run ${runId} in progress (${running.state?.life_cycle_state ?? 'active'}): not starting another.`,
    );
    return {
      status: 'already-running',
      jobId,
      runId,
      runUrl: runUrl(client.host, jobId, runId, running.run_page_url),
    };
  }
  const token = idempotencyToken(ci, fingerprint({ retrain: jobId, p: retrain.parameters }));
  logger.info(`Starting the retraining job ${jobId} (run-now).`);
  const res = await client.jobs.runNow(
    {
      job_id: jobId,
      idempotency_token: token,
      ...(retrain.parameters ? { job_parameters: retrain.parameters } : {}),
    },
    signal,
  );
  const runId = String(res.run_id);
  const run = await client.jobs.getRun(runId, { signal });
  return {
    status: 'started',
    jobId,
    runId,
    runUrl: runUrl(client.host, jobId, runId, run.run_page_url),
  };
}
