/**
 * Who approved this workflow run's deployment: the reviewers of GitHub environments with required
 * reviewers (`GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals`). A token that may not read
 * them is a warning, never a failure: the promotion's own gate does not depend on it.
 */
import type { Logger } from '../logger';
import type { CiContext } from './host';

interface Approval {
  state?: string;
  user?: { login?: string };
  environments?: { name?: string }[];
}

export async function githubApprovers(
  ci: CiContext,
  token: string | undefined,
  logger: Logger,
  doFetch: typeof fetch = fetch,
): Promise<string[]> {
  if (!token || !ci.repository?.includes('/') || !ci.runId) return [];
  const api = (ci.apiUrl || 'https://api.github.com').replace(/\/+$/, '');
  const repo = ci.repository.split('/').map(encodeURIComponent).join('/');
  let res: Response;
  try {
    res = await doFetch(
      `${api}/repos/${repo}/actions/runs/${encodeURIComponent(ci.runId)}/approvals`,
      {
        headers: {
          Accept: 'application/vnd.github+json',
          Authorization: `Bearer ${token}`,
          'X-GitHub-Api-Version': '2022-11-28',
        },
      },
    );
  } catch (err) {
    logger.warning(
      `Could not read this run's environment approvals: ${err instanceof Error ? err.message : String(err)}. Approvers are not recorded.`,
    );
    return [];
  }
  if (!res.ok) {
    logger.warning(
      `Could not read this run's environment approvals (HTTP ${res.status}): grant the job \`permissions: actions: read\`. Approvers are not recorded.`,
    );
    return [];
  }
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const a of Array.isArray(body) ? (body as Approval[]) : []) {
    if (a.state !== 'approved' || !a.user?.login) continue;
    const envs = (a.environments ?? []).map((e) => e.name).filter(Boolean);
    out.push(`github:${a.user.login}${envs.length ? ` (${envs.join(', ')})` : ''}`);
  }
  return out;
}
