import type { JobRecord, RunRecord, TaskRunRecord, Termination } from '../../jobs-model';
import type { LocalWorkspaceOptions } from '../../types';

/**
 * The seam between the run engine and the task types. The engine owns the lifecycle (queueing,
 * dependencies, cancel, timeouts, finishing); a launcher only starts one task and reports how it
 * ended through `settleTask` / `failTask`. A new task type is one file here and one line in
 * `index.ts`.
 */

/** What the engine keeps for a run that has started and not yet finished. */
export interface ActiveRun {
  /** The run's scratch folder: the workspace snapshot in `ws/`, the git checkout in `git/`. */
  dir: string;
  timer?: NodeJS.Timeout;
  /** Sources are checked out; tasks may start. */
  ready: boolean;
  started: Set<string>;
  /** What runs for each task run id; cancel, timeouts and shutdown stop these. */
  procs: Map<string, Stoppable>;
  taskTimers: Map<string, NodeJS.Timeout>;
  timedOutTasks: Set<string>;
  finishing: boolean;
}

export interface Stoppable {
  stop(graceMs: number): void;
  /** Settles when whatever was stopped has gone. */
  done: Promise<unknown>;
}

/** The engine as launchers see it. */
export interface LaunchHost {
  readonly options: LocalWorkspaceOptions;
  readonly shimDir: string;
  /** The token the task's process uses to call back into this workspace. */
  readonly token: string;
  host(): string;
  /** True once the workspace is shutting down: a task that ends then is left as shutdown set it. */
  isStopped(): boolean;
  resolve(text: string, run: RunRecord, t?: TaskRunRecord): string;
  settleTask(t: TaskRunRecord, result: string, message: string, termination: Termination): void;
  /** Ends a task that could not start (INTERNAL_ERROR), then lets the run go on. */
  failTask(run: RunRecord, t: TaskRunRecord, code: string, message: string): void;
  /** Starts what can start next and finishes the run when everything has settled. */
  pump(run: RunRecord): void;
  job(jobId: string): JobRecord | undefined;
  runJob(
    job: JobRecord,
    opts: {
      jobParameters: Record<string, string>;
      trigger: string;
      creator: string;
      parentTaskRunId: string;
    },
  ): RunRecord;
  stop(run: RunRecord, why: 'user' | 'timeout'): void;
  onFinished(run: RunRecord, cb: (run: RunRecord) => void): void;
}

export interface TaskLaunch {
  run: RunRecord;
  task: TaskRunRecord;
  active: ActiveRun;
  engine: LaunchHost;
}

/** Starts one task run, already marked RUNNING. */
export type TaskLauncher = (launch: TaskLaunch) => void;
