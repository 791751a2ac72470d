import type { RunRecord, TaskRunRecord } from '../jobs-model';

/**
 * Resolves dynamic value references (`{{job.parameters.x}}`, `{{tasks.K.values.V}}`,
 * `{{job.run_id}}`, the legacy `{{run_id}}` and friends) in a task's parameters. An unknown
 * reference is left as written, as the service does.
 */
export function resolveReferences(text: string, run: RunRecord, t?: TaskRunRecord): string {
  return text.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, ref: string) => {
    const parts = ref.split('.');
    const param = (name: string): string | undefined =>
      run.jobParameters?.find((p) => p.name === name)?.value;
    if (parts[0] === 'job') {
      if (ref === 'job.id') return run.jobId;
      if (ref === 'job.run_id') return run.runId;
      if (ref === 'job.name') return String(run.settings.name ?? run.runName);
      if (ref === 'job.repair_count') return '0';
      if (ref === 'job.trigger.type')
        return run.trigger === 'ONE_TIME' ? 'one_time' : run.trigger.toLowerCase();
      if (ref === 'job.start_time.timestamp_ms') return String(run.startTime);
      if (ref === 'job.start_time.iso_datetime')
        return new Date(run.startTime).toISOString().replace(/\.\d+Z$/, '');
      if (ref === 'job.start_time.iso_date')
        return new Date(run.startTime).toISOString().slice(0, 10);
      if (parts[1] === 'parameters' && parts.length >= 3)
        return param(parts.slice(2).join('.')) ?? whole;
    }
    if (parts[0] === 'task' && t) {
      if (ref === 'task.name') return t.taskKey;
      if (ref === 'task.run_id') return t.runId;
    }
    if (parts[0] === 'tasks' && parts.length >= 3) {
      const up = run.tasks.find((x) => x.taskKey === parts[1]);
      if (!up) return whole;
      if (parts[2] === 'run_id') return up.runId;
      if (parts[2] === 'result_state') return (up.result ?? '').toLowerCase();
      if (parts[2] === 'values' && parts.length >= 4) {
        const v = run.taskValues[up.taskKey]?.[parts.slice(3).join('.')];
        return v === undefined ? whole : typeof v === 'string' ? v : JSON.stringify(v);
      }
    }
    if (ref === 'run_id') return t?.runId ?? run.runId;
    if (ref === 'parent_run_id') return run.runId;
    if (ref === 'job_id') return run.jobId;
    if (ref === 'task_key' && t) return t.taskKey;
    if (ref === 'start_date') return new Date(run.startTime).toISOString().slice(0, 10);
    if (ref === 'start_time') return String(run.startTime);
    return whole;
  });
}
