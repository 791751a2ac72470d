import type { DatabricksClient, Run, RunTask } from '../../databricks';
import { formatDuration } from '../../duration';
import { codeBlock, details, escapeCell, inlineCode, link, table } from '../../report/markdown';
import { durationMs, isTerminal, stateText } from './run-state';

/** One task as reported in the summary and the `tasks` output. */
export interface TaskReport {
  key: string;
  run_id: string;
  state: string;
  result: string;
  duration_seconds?: number;
  url?: string;
  output?: string;
  output_truncated?: boolean;
  error?: string;
  /** Not in the `tasks` output (too long for a variable); summary and log only. */
  trace?: string;
  logs?: string;
}

const TAIL_LINES = 40;
const TAIL_BYTES = 8 * 1024;
const MAX_FAILED_DETAILS = 20;

const FAILED = new Set(['FAILED', 'TIMEDOUT', 'INTERNAL_ERROR', 'MAXIMUM_CONCURRENT_RUNS_REACHED']);

export function isFailedTask(t: TaskReport): boolean {
  return (
    FAILED.has(t.result) || t.state === 'INTERNAL_ERROR' || (!!t.error && t.result !== 'SUCCESS')
  );
}

/** The last lines of a text, at most TAIL_LINES and TAIL_BYTES. */
export function tail(text: string | undefined, lines = TAIL_LINES): string | undefined {
  if (!text) return undefined;
  let out = text.replace(/\s+$/, '').split('\n').slice(-lines).join('\n');
  if (out.length > TAIL_BYTES) out = `…${out.slice(-TAIL_BYTES)}`;
  return out;
}

const NEVER_RAN = new Set(['UPSTREAM_FAILED', 'UPSTREAM_CANCELED', 'EXCLUDED', 'DISABLED']);

/** A task with no output to read: it never started, so asking would only cost a call. */
export function hasNoOutput(task: RunTask): boolean {
  if (!isTerminal(task) || task.state?.life_cycle_state === 'SKIPPED') return true;
  const result = task.state?.result_state ?? '';
  if (NEVER_RAN.has(result)) return true;
  // Cancelled before it started (queued, or waiting for its upstream).
  return result === 'CANCELED' && !(task.start_time && task.start_time > 0);
}

/**
 * Reads each ended task's output (result, error, trace, logs), all at once: this is the tail
 * between seeing the run end and the step's exit. Tasks that never ran are not asked.
 */
export async function collectTasks(
  client: DatabricksClient,
  run: Run,
  now = Date.now(),
): Promise<TaskReport[]> {
  const tasks = run.tasks ?? [];
  return Promise.all(
    tasks.map(async (task) => {
      const report = baseReport(task, now);
      if (hasNoOutput(task)) return report;
      try {
        const out = await client.jobs.getRunOutput(task.run_id);
        if (out.notebook_output?.result !== undefined) {
          report.output = out.notebook_output.result;
          report.output_truncated = out.notebook_output.truncated === true;
        }
        if (out.error) report.error = out.error;
        if (out.error_trace) report.trace = out.error_trace;
        if (out.logs) report.logs = out.logs;
      } catch {
        // A task cancelled before it started has no output; the state says enough.
      }
      if (!report.error && isFailedTask(report) && task.state?.state_message)
        report.error = task.state.state_message;
      return report;
    }),
  );
}

export function baseReport(task: RunTask, now = Date.now()): TaskReport {
  const ms = durationMs(task, now);
  return {
    key: task.task_key,
    run_id: String(task.run_id),
    state: task.state?.life_cycle_state ?? 'UNKNOWN',
    result: task.state?.result_state ?? '',
    duration_seconds: ms === undefined ? undefined : Math.round(ms / 1000),
    url: task.run_page_url,
  };
}

/** The `tasks` output: everything but the long texts. */
export function tasksOutput(tasks: TaskReport[]): object[] {
  return tasks.map((t) => ({
    key: t.key,
    run_id: t.run_id,
    state: t.state,
    result: t.result,
    duration_seconds: t.duration_seconds ?? null,
    output: t.output ?? null,
    error: t.error ?? null,
    url: t.url ?? null,
  }));
}

const ICON: Record<string, string> = {
  SUCCESS: '✅',
  FAILED: '❌',
  TIMEDOUT: '⏱️',
  CANCELED: '🚫',
  UPSTREAM_FAILED: '⏭️',
  UPSTREAM_CANCELED: '⏭️',
  SUCCESS_WITH_FAILURES: '⚠️',
  EXCLUDED: '➖',
};

/** States are enums (`UPSTREAM_FAILED`): shown as they are; anything else the server sends is escaped. */
function enumText(value: string): string {
  return /^[A-Z][A-Z_ ]*$/.test(value) ? value : escapeCell(value);
}

export interface SummaryInput {
  run?: Run;
  runId?: string;
  runUrl?: string;
  tasks: TaskReport[];
  /** Why the step failed, when it did: shown under the heading. */
  problem?: string;
  /** Where the code came from, e.g. "github.com/acme/repo at commit abc1234". */
  source?: string;
  waited: boolean;
}

export function renderSummary(input: SummaryInput): string {
  const { run } = input;
  const name = run?.run_name ?? 'Databricks run';
  const result = run?.state?.result_state;
  const icon = result ? (ICON[result] ?? '❔') : '⏳';
  // Names, keys, states, errors and URLs all come from the run spec or the server: escaped, or
  // inside code blocks that they cannot close.
  const lines: string[] = [
    `### ${icon} ${escapeCell(name)}: ${run ? enumText(stateText(run)) : 'not started'}`,
    '',
  ];
  const facts: string[] = [];
  if (input.runUrl) facts.push(link(`Run ${input.runId ?? ''} in Databricks`, input.runUrl));
  else if (input.runId) facts.push(escapeCell(`Run ${input.runId}`));
  if (run) {
    const ms = durationMs(run);
    if (ms !== undefined)
      facts.push(
        `${input.waited || isTerminal(run) ? 'took' : 'running for'} ${formatDuration(ms)}`,
      );
  }
  if (input.source) facts.push(`code: ${escapeCell(input.source)}`);
  if (facts.length) lines.push(facts.join(' · '), '');
  if (input.problem) lines.push(`> ${escapeCell(input.problem)}`, '');
  if (input.tasks.length > 0) {
    const rows = input.tasks.map((t) => {
      const state = t.result
        ? `${ICON[t.result] ?? ''} ${enumText(t.result)}`.trim()
        : enumText(t.state);
      const duration =
        t.duration_seconds === undefined ? '' : formatDuration(t.duration_seconds * 1000);
      const output = t.output === undefined ? '' : inlineCode(t.output.slice(0, 80));
      return [
        escapeCell(t.key),
        state,
        duration,
        output,
        t.url ? link(`run ${t.run_id}`, t.url) : escapeCell(t.run_id),
      ];
    });
    lines.push(table(['Task', 'State', 'Duration', 'Output', 'Link'], rows));
  }
  const failed = input.tasks.filter(isFailedTask);
  // Each block is at most ~17 KB: 20 of them keep the summary far below GitHub's 1 MiB per step.
  for (const t of failed.slice(0, MAX_FAILED_DETAILS)) {
    lines.push(`#### ❌ ${escapeCell(t.key)}`, '');
    if (t.error) lines.push(codeBlock(tail(t.error, 10) ?? '', 'text'));
    const trace = tail(t.trace);
    if (trace) lines.push(details('Trace (last lines)', codeBlock(trace, 'text'), true));
    const logs = tail(t.logs);
    if (logs) lines.push(details('Logs (last lines)', codeBlock(logs, 'text')));
  }
  if (failed.length > MAX_FAILED_DETAILS) {
    lines.push(
      `${failed.length - MAX_FAILED_DETAILS} more failed tasks are not shown here: see their links above.`,
      '',
    );
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

/** What the log shows for failed tasks: echoed as untrusted text, so it cannot act as a command. */
export function failureLog(tasks: TaskReport[]): string[] {
  const out: string[] = [];
  for (const t of tasks.filter(isFailedTask)) {
    const parts = [`Task ${t.key} ${t.result || t.state}${t.error ? `: ${t.error}` : ''}`];
    const trace = tail(t.trace, 20);
    if (trace) parts.push(trace);
    const logs = tail(t.logs, 20);
    if (logs) parts.push('--- logs (last lines) ---', logs);
    out.push(parts.join('\n'));
  }
  return out;
}
