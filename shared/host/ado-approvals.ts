/**
 * Who approved this pipeline run's environment checks on Azure DevOps: the run's timeline names
 * its approval checkpoints (`Checkpoint.Approval` records, whose id is the approval's id), and the
 * Approvals API gives each one's steps with the approver who acted. A token that may not read them
 * is a warning, never a failure. [inferred] The reference is silent on ADO approvals; the paths and
 * fields are those of the public REST documentation (Build Timeline 7.1, Approvals - Query 7.1).
 */
import type { Logger } from '../logger';
import type { CiContext } from './host';

interface TimelineRecord {
  id?: string;
  type?: string;
}

interface ApprovalStep {
  status?: string;
  actualApprover?: { displayName?: string; uniqueName?: string };
  assignedApprover?: { displayName?: string; uniqueName?: string };
}

interface Approval {
  id?: string;
  status?: string;
  steps?: ApprovalStep[];
}

export async function azureDevOpsApprovers(
  ci: CiContext,
  token: string | undefined,
  logger: Logger,
  doFetch: typeof fetch = fetch,
): Promise<string[]> {
  if (!token || !ci.serverUrl || !ci.project || !ci.runId) return [];
  const base = `${ci.serverUrl.replace(/\/+$/, '')}/${encodeURIComponent(ci.project)}/_apis`;
  const get = async <T>(url: string): Promise<T | undefined> => {
    try {
      const res = await doFetch(url, {
        headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      });
      if (!res.ok) {
        logger.warning(
          `Could not read this run's approvals (HTTP ${res.status}): the job token needs read access to builds and approvals. Approvers are not recorded.`,
        );
        return undefined;
      }
      return (await res.json()) as T;
    } catch (err) {
      logger.warning(
        `Could not read this run's approvals: ${err instanceof Error ? err.message : String(err)}. Approvers are not recorded.`,
      );
      return undefined;
    }
  };
  const timeline = await get<{ records?: TimelineRecord[] }>(
    `${base}/build/builds/${encodeURIComponent(ci.runId)}/timeline?api-version=7.1`,
  );
  const ids = (timeline?.records ?? [])
    .filter((r) => r.type === 'Checkpoint.Approval' && r.id)
    .map((r) => r.id as string);
  if (ids.length === 0) return [];
  const approvals = await get<{ value?: Approval[] }>(
    `${base}/pipelines/approvals?approvalIds=${ids.map(encodeURIComponent).join(',')}&$expand=steps&api-version=7.1`,
  );
  const out: string[] = [];
  for (const a of approvals?.value ?? []) {
    for (const s of a.steps ?? []) {
      if (s.status?.toLowerCase() !== 'approved') continue;
      const who = s.actualApprover ?? s.assignedApprover;
      const name = who?.uniqueName || who?.displayName;
      if (name) out.push(`azure-devops:${name}`);
    }
  }
  return [...new Set(out)];
}
