import type { DatabricksClient } from '../databricks';
import { UserError, inputRef, quoteValue } from '../errors';

/**
 * The one job named `name` (exact, case-insensitive, as jobs/list's `name` filter matches). Job
 * names are not unique, so several matches are a user error listing them. `inputs` are the
 * capability's own input names for the job's name and id, to point the user at the fix.
 */
export async function findJobIdByName(
  client: DatabricksClient,
  name: string,
  inputs: { name: string; id: string },
  signal: AbortSignal,
): Promise<string> {
  const jobs = await client.jobs.listByName(name, signal);
  if (jobs.length === 1) return String(jobs[0].job_id);
  if (jobs.length === 0) {
    throw new UserError(
      `No job is named ${quoteValue(name)} in this workspace (or the credentials cannot see it). Check ${inputRef(inputs.name)} (exact match, case-insensitive) and the CAN_VIEW permission, or use ${inputRef(inputs.id)}.`,
    );
  }
  const list = jobs
    .slice(0, 10)
    .map(
      (j) =>
        `${String(j.job_id)}${j.creator_user_name ? ` (created by ${j.creator_user_name})` : ''}`,
    )
    .join(', ');
  throw new UserError(
    `${jobs.length} jobs are named ${quoteValue(name)}: ${list}${jobs.length > 10 ? ', ...' : ''}. Job names are not unique; use ${inputRef(inputs.id)} with one of these ids, or rename the others.`,
  );
}
