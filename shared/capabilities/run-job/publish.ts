import type { CapabilityContext } from '../../capability';
import type { CheckConclusion } from '../../check-run';
import type { Outcome } from '../../host/host';
import type { Inputs } from '../../inputs';
import { codeBlock, details, escapeCell } from '../../report/markdown';
import { defaultReportKey } from '../../report/pr-comment';
import { prCommentMode, type PrCommentMode, type ReportState } from '../../report/report-state';
import type { ReportTarget } from '../../report/event-target';
import type { Manifest } from './manifest';
import { isFailedTask, renderSummary, tail, type SummaryInput } from './report';
import { durationMs, stateText } from './run-state';

/** Where run-job's result goes besides the summary: the sticky PR report and a check run. */
export interface PublishSettings {
  prComment: PrCommentMode;
  reportKey?: string;
  checkName?: string;
  /** The `github-token` input; the host turns it into the token for its own API. */
  token?: string;
  /** Another workflow's pull request and commit (`workflow_run`), from the event file. */
  target?: ReportTarget;
}

export function readPublishSettings(inputs: Inputs<Manifest>): PublishSettings {
  return {
    prComment: prCommentMode(inputs.choice('pr-comment')),
    reportKey: inputs.string('report-key'),
    checkName: inputs.string('check-name')?.trim() || undefined,
    token: inputs.string('github-token'),
  };
}

const CONCLUSION: Record<Outcome, CheckConclusion> = {
  succeeded: 'success',
  succeededWithIssues: 'neutral',
  failed: 'failure',
};

/** The summary, plus each task's notebook output in full (the table shows its start only). */
export function renderReport(input: SummaryInput): string {
  const parts = [renderSummary(input)];
  for (const t of input.tasks) {
    if (t.output === undefined || t.output.length <= 80) continue;
    parts.push(
      details(
        `Notebook output of ${escapeCell(t.key)}${t.output_truncated ? ' (truncated by Databricks)' : ''}`,
        codeBlock(tail(t.output) ?? '', 'text'),
      ),
    );
  }
  return parts.join('\n');
}

/** What the PR report records for the next run: tasks per result, the failed tasks by key. */
export function runState(input: SummaryInput, outcome: Outcome, sha?: string): ReportState {
  const counts: Record<string, number> = {};
  for (const t of input.tasks) {
    const k = t.result || t.state;
    counts[k] = (counts[k] ?? 0) + 1;
  }
  const ms = input.run ? durationMs(input.run) : undefined;
  return {
    failed: outcome !== 'succeeded',
    counts,
    failures: input.tasks.filter(isFailedTask).map((t) => t.key),
    durationSeconds: ms === undefined ? undefined : Math.round(ms / 1000),
    sha,
  };
}

/** Writes the PR report and the check run as the settings ask; each warns rather than fails. */
export async function publishResult(
  ctx: CapabilityContext<Manifest>,
  settings: PublishSettings,
  input: SummaryInput,
  outcome: Outcome,
): Promise<void> {
  if (settings.prComment === 'off' && !settings.checkName) return;
  const markdown = renderReport(input);
  if (settings.prComment !== 'off') {
    await ctx.prReport.upsert(markdown, {
      key: settings.reportKey || defaultReportKey(ctx.ci, 'run-job'),
      token: settings.token,
      resolved: outcome === 'succeeded',
      mode: settings.prComment,
      state: runState(input, outcome, settings.target?.sha ?? ctx.ci.sha),
      target: settings.target,
    });
  }
  if (settings.checkName) {
    await ctx.checkRun.publish({
      name: settings.checkName,
      conclusion: CONCLUSION[outcome],
      title:
        input.problem ??
        `Run ${input.runId ?? ''} ${input.run ? stateText(input.run) : 'not started'}`,
      summary: markdown,
      annotations: [],
      token: settings.token,
      sha: settings.target?.sha,
    });
  }
}
