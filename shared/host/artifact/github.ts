import type { CiContext } from '../host';

type ArtifactModule = typeof import('@actions/artifact');

/**
 * Uploads through @actions/artifact, which talks to the runner's results service
 * (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN) and zips `files` under `folder`. The link is the
 * artifact's page of the run.
 */
export async function uploadGithubArtifact(
  ci: CiContext,
  env: Readonly<Record<string, string | undefined>>,
  name: string,
  folder: string,
  files: string[],
): Promise<{ url?: string; id?: number }> {
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL)
    throw new Error(
      'ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is not set: artifacts upload only inside a GitHub Actions job (the runner gives both to every action step).',
    );
  const load = require('./load-actions-artifact.js') as () => Promise<ArtifactModule>;
  const { DefaultArtifactClient } = await load();
  const { id } = await new DefaultArtifactClient().uploadArtifact(name, files, folder);
  if (id === undefined) return {};
  const url =
    ci.serverUrl && ci.repository && ci.runId
      ? `${ci.serverUrl.replace(/\/+$/, '')}/${ci.repository}/actions/runs/${ci.runId}/artifacts/${id}`
      : undefined;
  return { id, url };
}
