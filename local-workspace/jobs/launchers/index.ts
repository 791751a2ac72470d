import type { TaskLauncher } from './launcher';
import { conditionLauncher } from './condition';
import { notebookLauncher } from './notebook';
import { runJobLauncher } from './run-job';
import { sparkPythonLauncher } from './spark-python';

export type { ActiveRun, LaunchHost, Stoppable, TaskLaunch, TaskLauncher } from './launcher';

/**
 * The task types the local workspace runs, by their settings key. Create and submit accept every
 * type the service knows (jobs-model.ts); a type missing here fails when it starts.
 */
export const LAUNCHERS: Readonly<Record<string, TaskLauncher>> = {
  notebook_task: notebookLauncher,
  spark_python_task: sparkPythonLauncher,
  condition_task: conditionLauncher,
  run_job_task: runJobLauncher,
};
