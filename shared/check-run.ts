/**
 * A named check run on the commit (GitHub's Checks API): its own conclusion, summary and
 * annotations in the PR's checks list, beside the step's own result. Hosts without check runs
 * (Azure DevOps, the CLI) skip it.
 */

export type CheckConclusion = 'success' | 'failure' | 'neutral';

export interface CheckAnnotation {
  /** Repository-relative path: GitHub places the annotation on this file of the diff. */
  path: string;
  line: number;
  level: 'failure' | 'warning' | 'notice';
  title?: string;
  message: string;
  details?: string;
}

export interface CheckRunRequest {
  /** The check's name in the checks list, which shows the newest check run of each name. */
  name: string;
  conclusion: CheckConclusion;
  /** One line, shown beside the name. */
  title: string;
  /** Markdown; kept within GitHub's 65,535-character limit by the backend. */
  summary: string;
  annotations: CheckAnnotation[];
  /** The `github-token` input as given; the host turns it into its API token. */
  token?: string;
  /** The commit to put the check on, when not this run's own (`workflow_run` publishing). */
  sha?: string;
}

export interface CheckRunResult {
  action: 'created' | 'skipped';
  id?: number;
  url?: string;
  /** Annotations sent, and those left out over the bound. */
  annotations?: number;
  leftOut?: number;
  reason?: string;
}

export interface CheckRunSink {
  /** Creates or updates the check run. Never throws for permission or API problems: it warns. */
  publish(request: CheckRunRequest): Promise<CheckRunResult>;
}
