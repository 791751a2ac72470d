import { chosenArtifactName, type ArtifactFile } from '../../artifacts';
import type { CapabilityContext } from '../../capability';
import type { Outcome } from '../../host/host';
import type { Manifest } from './manifest';
import { isFailedTask, type SummaryInput, type TaskReport } from './report';
import { durationMs } from './run-state';

/** The artifact to keep the run's report in; undefined when `upload-artifact` is off. */
export function artifactName(ctx: CapabilityContext<Manifest>): string | undefined {
  return chosenArtifactName(ctx.ci, 'run-job', {
    upload: ctx.inputs.boolean('upload-artifact'),
    name: ctx.inputs.string('artifact-name'),
    reportKey: ctx.inputs.string('report-key'),
  });
}

/** One failed task's whole story, untrimmed: the summary and the log show only the tails. */
function taskLog(t: TaskReport): string {
  const section = (title: string, text: string | undefined) =>
    text ? `===== ${title} =====\n${text.endsWith('\n') ? text : `${text}\n`}\n` : '';
  return [
    `Task ${t.key} (run ${t.run_id}): ${t.state} ${t.result}${t.url ? `\n${t.url}` : ''}\n\n`,
    section('Error', t.error),
    section('Error trace', t.trace),
    section('Logs', t.logs),
    section(`Notebook output${t.output_truncated ? ' (truncated by Databricks)' : ''}`, t.output),
  ].join('');
}

/** The report as JSON (every task with its output, error, trace and logs) and each failed task's log. */
export function runArtifactFiles(input: SummaryInput, outcome: Outcome): ArtifactFile[] {
  const { run } = input;
  const ms = run ? durationMs(run) : undefined;
  const report = {
    runId: input.runId,
    runUrl: input.runUrl,
    runName: run?.run_name,
    outcome,
    lifeCycleState: run?.state?.life_cycle_state,
    resultState: run?.state?.result_state,
    stateMessage: run?.state?.state_message || undefined,
    durationSeconds: ms === undefined ? undefined : Math.round(ms / 1000),
    problem: input.problem,
    source: input.source,
    tasks: input.tasks,
  };
  const files: ArtifactFile[] = [
    { name: 'run-job-report.json', content: JSON.stringify(report, null, 2) },
  ];
  for (const t of input.tasks.filter(isFailedTask))
    files.push({ name: `failed-tasks/${t.key}.log`, content: taskLog(t) });
  return files;
}
