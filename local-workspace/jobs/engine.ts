import { errorMessage } from '../../shared/errors';
import * as fs from 'fs';
import * as path from 'path';
import { ApiError, type LocalWorkspaceOptions, type ModuleContext } from '../types';
import type { WorkspaceStore } from '../workspace-store';
import {
  TERMINAL,
  bad,
  dependsOn,
  isObject,
  taskType,
  type JobRecord,
  type Json,
  type RunRecord,
  type TaskRunRecord,
  type Termination,
} from '../jobs-model';
import { SetupError, checkoutGit, taskSource } from '../task-exec';
import { LAUNCHERS, type ActiveRun, type LaunchHost } from './launchers';
import { dependencyVerdict, runOutcome, type RunOutcome } from './outcomes';
import { resolveReferences } from './references';
import { paramString } from './settings';
import type { RenderContext } from './render';

/**
 * The run engine: jobs and runs in memory, and each run's lifecycle, QUEUED → PENDING (checkout,
 * workspace snapshot) → RUNNING → TERMINATING → TERMINATED, or SKIPPED / INTERNAL_ERROR. Task
 * types are launched through `LAUNCHERS`; the API shapes are in render.ts, the routes in routes.ts.
 */

export interface JobsDeps {
  workspace: WorkspaceStore;
  scratchDir: string;
  token: string;
  shimDir: string;
}

export function notExists(kind: 'Run' | 'Job', id: string): ApiError {
  return new ApiError(400, 'INVALID_PARAMETER_VALUE', `${kind} ${id} does not exist.`);
}

export class RunEngine implements LaunchHost {
  readonly jobs = new Map<string, JobRecord>();
  readonly runs = new Map<string, RunRecord>();
  private readonly taskIndex = new Map<string, { run: RunRecord; task: TaskRunRecord }>();
  private readonly tokens = new Map<string, string>();
  private readonly active = new Map<string, ActiveRun>();
  private readonly waiters = new Map<string, Array<(run: RunRecord) => void>>();
  private version = 0;
  private savedVersion = 0;
  private stopped = false;

  constructor(
    private readonly ctx: ModuleContext,
    private readonly deps: JobsDeps,
  ) {}

  // ---- what launchers and rendering read ----------------------------------------------------

  get options(): LocalWorkspaceOptions {
    return this.ctx.options;
  }

  get shimDir(): string {
    return this.deps.shimDir;
  }

  get token(): string {
    return this.deps.token;
  }

  host(): string {
    return this.ctx.host();
  }

  isStopped(): boolean {
    return this.stopped;
  }

  renderContext(): RenderContext {
    return { host: this.ctx.host(), now: this.ctx.now() };
  }

  resolve(text: string, run: RunRecord, t?: TaskRunRecord): string {
    return resolveReferences(text, run, t);
  }

  job(jobId: string): JobRecord | undefined {
    return this.jobs.get(jobId);
  }

  // ---- persistence -------------------------------------------------------------------------

  save(): unknown {
    this.savedVersion = this.version;
    return { jobs: [...this.jobs.values()], runs: [...this.runs.values()] };
  }

  load(saved: unknown): void {
    if (!isObject(saved)) return;
    for (const j of (saved.jobs as JobRecord[] | undefined) ?? [])
      this.jobs.set(String(j.jobId), { ...j, jobId: String(j.jobId) });
    for (const r of (saved.runs as RunRecord[] | undefined) ?? []) {
      const run: RunRecord = {
        ...r,
        runId: String(r.runId),
        jobId: String(r.jobId),
        tasks: r.tasks.map((t) => ({ ...t, runId: String(t.runId) })),
      };
      this.index(run);
    }
  }

  /** Runs that were in flight when the workspace last stopped (or crashed) end as INTERNAL_ERROR. */
  afterLoad(): void {
    for (const run of this.runs.values()) {
      if (TERMINAL.has(run.life)) continue;
      this.abandon(
        run,
        `The local workspace stopped while this run was ${run.life}; it was ended when the workspace restarted.`,
      );
    }
  }

  /** Whether anything changed since the last save: runs change state without an API call. */
  changed(): boolean {
    return this.version !== this.savedVersion;
  }

  touch(): void {
    this.version++;
  }

  private index(run: RunRecord): void {
    this.runs.set(run.runId, run);
    for (const t of run.tasks) this.taskIndex.set(t.runId, { run, task: t });
    if (run.idempotencyToken) this.tokens.set(run.idempotencyToken, run.runId);
  }

  private abandon(run: RunRecord, message: string): void {
    const now = this.ctx.now();
    for (const t of run.tasks) {
      if (TERMINAL.has(t.life)) continue;
      Object.assign(t, {
        life: 'INTERNAL_ERROR',
        result: 'FAILED',
        stateMessage: message,
        endTime: now,
      });
      t.termination = { code: 'INTERNAL_ERROR', type: 'INTERNAL_ERROR', message };
    }
    Object.assign(run, {
      life: 'INTERNAL_ERROR',
      result: 'FAILED',
      stateMessage: message,
      endTime: now,
    });
    run.termination = { code: 'INTERNAL_ERROR', type: 'INTERNAL_ERROR', message };
    this.touch();
  }

  async shutdown(): Promise<void> {
    this.stopped = true;
    const pending: Array<Promise<unknown>> = [];
    for (const [runId, a] of this.active) {
      const run = this.runs.get(runId)!;
      if (a.timer) clearTimeout(a.timer);
      for (const t of a.taskTimers.values()) clearTimeout(t);
      for (const p of a.procs.values()) {
        p.stop(200);
        pending.push(p.done);
      }
      const was = run.life;
      this.abandon(run, `The local workspace was stopped while this run was ${was}.`);
    }
    for (const run of this.runs.values()) {
      if (run.life === 'QUEUED')
        this.abandon(run, 'The local workspace was stopped while this run was QUEUED.');
    }
    await Promise.all(pending);
    for (const a of this.active.values()) fs.rmSync(a.dir, { recursive: true, force: true });
    this.active.clear();
  }

  rawLogs(runId: string): unknown {
    const found = this.taskIndex.get(runId);
    if (!found) throw notExists('Run', runId);
    return {
      logs: found.task.output.logs ?? '',
      logs_truncated: found.task.output.logsTruncated ?? false,
    };
  }

  // ---- creating runs -----------------------------------------------------------------------

  private queueEnabled(settings: Json, override: unknown): boolean {
    if (isObject(override) && typeof override.enabled === 'boolean') return override.enabled;
    return isObject(settings.queue) && settings.queue.enabled === true;
  }

  createRun(init: {
    jobId: string;
    runName: string;
    runType: RunRecord['runType'];
    trigger: string;
    settings: Json;
    creator: string;
    jobParameters?: RunRecord['jobParameters'];
    overriding?: Json;
    only?: string[];
    idempotencyToken?: string;
    parentTaskRunId?: string;
    queueOverride?: unknown;
  }): RunRecord {
    let tasks = (Array.isArray(init.settings.tasks) ? init.settings.tasks : []) as Json[];
    if (init.only && init.only.length) tasks = this.selectOnly(tasks, init.only);
    const keys = new Set(tasks.map((t) => String(t.task_key)));
    const now = this.ctx.now();
    const runId = this.ctx.nextId().toString();
    const run: RunRecord = {
      runId,
      jobId: init.jobId,
      runName: init.runName,
      runType: init.runType,
      trigger: init.trigger,
      creator: init.creator,
      settings: init.settings,
      jobParameters: init.jobParameters,
      overriding: init.overriding,
      tasks: tasks.map((spec) => {
        // Dependencies on tasks left out by `only` are dropped, as the service does.
        const deps = dependsOn(spec).filter((d) => keys.has(d.task_key));
        const s = { ...spec, ...(deps.length ? { depends_on: deps } : {}) };
        if (!deps.length) delete s.depends_on;
        return {
          runId: this.ctx.nextId().toString(),
          taskKey: String(spec.task_key),
          spec: s,
          life: 'PENDING',
          stateMessage: '',
          startTime: 0,
          endTime: 0,
          output: {},
        };
      }),
      life: 'PENDING',
      stateMessage: '',
      startTime: now,
      endTime: 0,
      idempotencyToken: init.idempotencyToken,
      taskValues: {},
      parentTaskRunId: init.parentTaskRunId,
    };
    this.index(run);
    this.touch();

    if (init.runType === 'JOB_RUN') {
      const max =
        typeof init.settings.max_concurrent_runs === 'number'
          ? init.settings.max_concurrent_runs
          : 1;
      const activeCount = [...this.runs.values()].filter(
        (r) => r.jobId === run.jobId && r !== run && !TERMINAL.has(r.life) && r.life !== 'QUEUED',
      ).length;
      const queuedBefore = [...this.runs.values()].some(
        (r) => r.jobId === run.jobId && r.life === 'QUEUED',
      );
      if (activeCount >= max || queuedBefore) {
        if (this.queueEnabled(init.settings, init.queueOverride) && max > 0) {
          run.life = 'QUEUED';
          run.queueReason = `Queued due to reaching maximum concurrent runs of ${max}.`;
          run.stateMessage = run.queueReason;
          for (const t of run.tasks) t.life = 'QUEUED';
          return run;
        }
        this.skipRun(
          run,
          `Skipping this run because the limit of ${max} maximum concurrent runs has been reached.`,
        );
        return run;
      }
    }
    this.startRun(run);
    return run;
  }

  private selectOnly(tasks: Json[], only: string[]): Json[] {
    const byKey = new Map(tasks.map((t) => [String(t.task_key), t]));
    const chosen = new Set<string>();
    const up = (k: string): void => {
      if (chosen.has(k)) return;
      chosen.add(k);
      for (const d of dependsOn(byKey.get(k)!)) up(d.task_key);
    };
    const down = (k: string): void => {
      chosen.add(k);
      for (const t of tasks)
        if (dependsOn(t).some((d) => d.task_key === k) && !chosen.has(String(t.task_key)))
          down(String(t.task_key));
    };
    for (const raw of only) {
      const key = raw.replace(/^\+/, '').replace(/\+$/, '');
      if (!byKey.has(key)) throw bad(`Task key ${key} in 'only' is not a task of this job.`);
      if (raw.startsWith('+')) up(key);
      if (raw.endsWith('+')) down(key);
      chosen.add(key);
    }
    return tasks.filter((t) => chosen.has(String(t.task_key)));
  }

  private skipRun(run: RunRecord, message: string): void {
    const now = this.ctx.now();
    Object.assign(run, {
      life: 'SKIPPED',
      result: 'MAXIMUM_CONCURRENT_RUNS_REACHED',
      stateMessage: message,
      endTime: now,
    });
    run.termination = { code: 'MAX_CONCURRENT_RUNS_EXCEEDED', type: 'CLIENT_ERROR', message };
    for (const t of run.tasks)
      Object.assign(t, { life: 'SKIPPED', stateMessage: message, endTime: now });
    this.touch();
    this.notify(run);
  }

  private startRun(run: RunRecord): void {
    if (this.stopped) return;
    const now = this.ctx.now();
    if (run.life === 'QUEUED') run.queuedUntil = now;
    run.life = 'PENDING';
    run.stateMessage = '';
    run.queueReason = undefined;
    for (const t of run.tasks) {
      t.life = dependsOn(t.spec).length ? 'BLOCKED' : 'PENDING';
      t.stateMessage = dependsOn(t.spec).length ? 'Waiting for upstream tasks' : '';
    }
    const a: ActiveRun = {
      dir: path.join(this.deps.scratchDir, 'runs', run.runId),
      ready: false,
      started: new Set(),
      procs: new Map(),
      taskTimers: new Map(),
      timedOutTasks: new Set(),
      finishing: false,
    };
    this.active.set(run.runId, a);
    const timeout = Number(run.settings.timeout_seconds ?? 0);
    if (timeout > 0) {
      a.timer = setTimeout(() => this.stop(run, 'timeout'), timeout * 1000);
      a.timer.unref();
    }
    this.touch();
    void this.setup(run, a);
  }

  private async setup(run: RunRecord, a: ActiveRun): Promise<void> {
    try {
      const setupMs = this.ctx.options.runSetupMs ?? 0;
      await new Promise((r) => setTimeout(r, setupMs));
      if (run.stopping || this.stopped) return this.pump(run);
      fs.mkdirSync(a.dir, { recursive: true });
      const sources = new Set(
        run.tasks.map((t) => taskSource(t.spec, run.settings)).filter(Boolean),
      );
      if (sources.has('GIT'))
        await checkoutGit(run.settings.git_source as Json, path.join(a.dir, 'git'));
      if (sources.has('WORKSPACE')) this.deps.workspace.materialise(path.join(a.dir, 'ws'));
    } catch (e) {
      if (this.stopped || a.finishing) return;
      const code = e instanceof SetupError ? e.code : 'INTERNAL_ERROR';
      const message = errorMessage(e);
      const now = this.ctx.now();
      for (const t of run.tasks) {
        Object.assign(t, {
          life: 'INTERNAL_ERROR',
          result: 'FAILED',
          stateMessage: message,
          endTime: now,
        });
        t.termination = { code, type: 'CLIENT_ERROR', message };
      }
      this.finishRun(run, a, {
        life: 'INTERNAL_ERROR',
        result: 'FAILED',
        message,
        termination: { code, type: 'CLIENT_ERROR', message },
      });
      return;
    }
    // A cancel or timeout during setup has already wound the run down.
    if (this.stopped || a.finishing) return;
    if (run.stopping) return this.pump(run);
    a.ready = true;
    run.life = 'RUNNING';
    run.stateMessage = 'In run';
    this.touch();
    this.pump(run);
  }

  // ---- scheduling --------------------------------------------------------------------------

  /** Starts every task whose upstream is done, settles skipped ones, and ends the run when all are done. */
  pump(run: RunRecord): void {
    const a = this.active.get(run.runId);
    if (!a || a.finishing || this.stopped) return;
    const now = this.ctx.now();
    let progressed = true;
    while (progressed) {
      progressed = false;
      for (const t of run.tasks) {
        if (TERMINAL.has(t.life) || a.started.has(t.runId)) continue;
        if (run.stopping) {
          const message = run.stopping === 'user' ? 'Run cancelled by user' : 'Run timed out';
          this.settleTask(
            t,
            'CANCELED',
            message,
            {
              code: run.stopping === 'user' ? 'USER_CANCELED' : 'CANCELED',
              type: 'SUCCESS',
              message,
            },
            true,
          );
          progressed = true;
          continue;
        }
        if (!a.ready) continue;
        const verdict = dependencyVerdict(run, t);
        if (verdict === 'wait') continue;
        progressed = true;
        if (verdict !== 'run') {
          const message =
            verdict === 'EXCLUDED'
              ? 'The task was excluded because its run_if condition or its condition task outcome was not met.'
              : verdict === 'UPSTREAM_FAILED'
                ? 'Upstream task(s) failed.'
                : 'Upstream task(s) were canceled.';
          this.settleTask(t, verdict, message, {
            code: 'SKIPPED',
            type: verdict === 'EXCLUDED' ? 'SUCCESS' : 'CLIENT_ERROR',
            message,
          });
          continue;
        }
        a.started.add(t.runId);
        t.startTime = now;
        this.startTask(run, a, t);
      }
    }
    if (
      run.tasks.every((t) => TERMINAL.has(t.life)) &&
      a.procs.size === 0 &&
      (a.ready || run.stopping)
    )
      this.finishRun(run, a);
  }

  settleTask(
    t: TaskRunRecord,
    result: string,
    message: string,
    termination: Termination,
    userStopped = false,
  ): void {
    const now = this.ctx.now();
    t.life = 'TERMINATED';
    t.result = result;
    t.stateMessage = message;
    t.termination = termination;
    if (userStopped || result === 'TIMEDOUT' || result === 'CANCELED')
      t.userCancelledOrTimedout = true;
    if (!t.startTime) t.startTime = now;
    t.endTime = now;
    this.touch();
  }

  // ---- starting a task ---------------------------------------------------------------------

  failTask(run: RunRecord, t: TaskRunRecord, code: string, message: string): void {
    const now = this.ctx.now();
    Object.assign(t, {
      life: 'INTERNAL_ERROR',
      result: 'FAILED',
      stateMessage: message,
      endTime: now,
    });
    t.termination = { code, type: 'CLIENT_ERROR', message };
    t.output.error = message;
    this.touch();
    setImmediate(() => this.pump(run));
  }

  private startTask(run: RunRecord, a: ActiveRun, t: TaskRunRecord): void {
    const type = taskType(t.spec) ?? '';
    t.life = 'RUNNING';
    t.stateMessage = 'In run';
    t.execStart = this.ctx.now();
    this.touch();
    const launcher = Object.hasOwn(LAUNCHERS, type) ? LAUNCHERS[type] : undefined;
    if (!launcher) {
      return this.failTask(
        run,
        t,
        'FEATURE_DISABLED',
        `Task type ${type} is not supported by the local workspace (it runs notebook, spark_python, condition and run_job tasks).`,
      );
    }
    launcher({ run, task: t, active: a, engine: this });
  }

  // ---- stopping and finishing --------------------------------------------------------------

  stop(run: RunRecord, why: 'user' | 'timeout'): void {
    if (TERMINAL.has(run.life)) return;
    if (run.life === 'QUEUED') {
      const message = why === 'user' ? 'Run cancelled by user' : 'Run timed out';
      run.stopping = why;
      for (const t of run.tasks)
        Object.assign(t, {
          life: 'TERMINATED',
          result: 'CANCELED',
          stateMessage: message,
          endTime: this.ctx.now(),
        });
      this.finishRun(run, undefined);
      return;
    }
    if (run.stopping) return;
    run.stopping = why;
    run.stateMessage = why === 'user' ? 'Cancelling' : 'Timed out, cancelling';
    this.touch();
    const a = this.active.get(run.runId);
    if (!a) return;
    for (const p of a.procs.values()) p.stop(this.ctx.options.killGraceMs ?? 2000);
    this.pump(run);
  }

  private finishRun(run: RunRecord, a: ActiveRun | undefined, forced?: RunOutcome): void {
    if (a) {
      if (a.finishing) return;
      a.finishing = true;
      if (a.timer) clearTimeout(a.timer);
    }
    run.life = 'TERMINATING';
    this.touch();
    const done = (): void => {
      const now = this.ctx.now();
      const outcome = forced ?? runOutcome(run);
      run.life = outcome.life;
      run.result = outcome.result;
      run.stateMessage = outcome.message;
      run.termination = outcome.termination;
      run.userCancelledOrTimedout = run.stopping !== undefined;
      run.endTime = now;
      this.active.delete(run.runId);
      this.touch();
      this.notify(run);
      this.dequeue(run.jobId);
    };
    if (!a) return done();
    void fs.promises
      .rm(a.dir, { recursive: true, force: true })
      .catch(() => undefined)
      .then(() => {
        if (!this.stopped) done();
      });
  }

  onFinished(run: RunRecord, cb: (run: RunRecord) => void): void {
    if (TERMINAL.has(run.life)) return cb(run);
    const list = this.waiters.get(run.runId) ?? [];
    list.push(cb);
    this.waiters.set(run.runId, list);
  }

  private notify(run: RunRecord): void {
    const list = this.waiters.get(run.runId);
    this.waiters.delete(run.runId);
    for (const cb of list ?? []) cb(run);
  }

  private dequeue(jobId: string): void {
    const job = this.jobs.get(jobId);
    if (!job) return;
    const max =
      typeof job.settings.max_concurrent_runs === 'number' ? job.settings.max_concurrent_runs : 1;
    const runs = [...this.runs.values()].filter((r) => r.jobId === jobId);
    let activeCount = runs.filter((r) => !TERMINAL.has(r.life) && r.life !== 'QUEUED').length;
    for (const r of runs
      .filter((x) => x.life === 'QUEUED')
      .sort((x, y) => x.startTime - y.startTime)) {
      if (activeCount >= max) break;
      this.startRun(r);
      activeCount++;
    }
  }

  // ---- jobs --------------------------------------------------------------------------------

  runJob(
    job: JobRecord,
    opts: {
      jobParameters?: Record<string, string>;
      trigger: string;
      creator: string;
      parentTaskRunId?: string;
      overriding?: Json;
      only?: string[];
      idempotencyToken?: string;
      queueOverride?: unknown;
    },
  ): RunRecord {
    const declared = (
      Array.isArray(job.settings.parameters) ? job.settings.parameters : []
    ) as Array<{ name: string; default: unknown }>;
    const given = opts.jobParameters ?? {};
    for (const k of Object.keys(given)) {
      if (!declared.some((p) => p.name === k))
        throw bad(`Job ${job.jobId} has no parameter named '${k}'.`);
    }
    const jobParameters = declared.map((p) => ({
      name: p.name,
      default: paramString(p.default),
      value: given[p.name] ?? paramString(p.default),
    }));
    const run = this.createRun({
      jobId: job.jobId,
      runName: String(job.settings.name ?? 'Untitled'),
      runType: 'JOB_RUN',
      trigger: opts.trigger,
      settings: structuredClone(job.settings),
      creator: opts.creator,
      jobParameters,
      overriding: opts.overriding,
      only: opts.only,
      idempotencyToken: opts.idempotencyToken,
      parentTaskRunId: opts.parentTaskRunId,
      queueOverride: opts.queueOverride,
    });
    // Parameter defaults may reference the run itself ({{job.run_id}}).
    for (const p of run.jobParameters ?? []) p.value = this.resolve(p.value, run);
    return run;
  }

  // ---- look-ups ----------------------------------------------------------------------------

  findRun(id: string): RunRecord {
    const run = this.runs.get(id);
    if (!run || run.deleted) throw notExists('Run', id);
    return run;
  }

  findJob(id: string): JobRecord {
    const job = this.jobs.get(id);
    if (!job) throw notExists('Job', id);
    return job;
  }

  taskRun(id: string): { run: RunRecord; task: TaskRunRecord } | undefined {
    const found = this.taskIndex.get(id);
    return found && !found.run.deleted ? found : undefined;
  }

  deleteRun(run: RunRecord): void {
    if (!TERMINAL.has(run.life))
      throw bad(`Run ${run.runId} is still active; cancel it before deleting it.`, 'INVALID_STATE');
    run.deleted = true;
    this.runs.delete(run.runId);
    for (const t of run.tasks) this.taskIndex.delete(t.runId);
    this.touch();
  }

  tokenRun(token: string): RunRecord | 'deleted' | undefined {
    const id = this.tokens.get(token);
    if (!id) return undefined;
    return this.runs.get(id) ?? 'deleted';
  }

  touchJobs(): void {
    this.touch();
  }
}
