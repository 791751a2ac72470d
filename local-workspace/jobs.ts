import * as fs from 'fs';
import * as path from 'path';
import { ApiError, type LocalRequest, type LocalResponse, type ModuleContext } from './types';
import type { WorkspaceStore } from './workspace-api';
import { TailBuffer, type TaskProcess } from './runner';
import { LOCAL_USER, WORKSPACE_ID } from './identity';
import {
  TERMINAL,
  RUNNABLE_TYPES,
  bad,
  decodePageToken,
  dependsOn,
  encodePageToken,
  flag,
  isObject,
  parseId,
  taskType,
  validateTasks,
  type JobRecord,
  type Json,
  type RunRecord,
  type TaskRunRecord,
  type Termination,
} from './jobs-model';
import {
  SetupError,
  checkoutGit,
  launch,
  readLauncherOutput,
  readTaskValues,
  resolveTaskFile,
  taskSource,
  truncateResult,
  validateGitSource,
} from './task-exec';

/**
 * The Jobs API (2.1 and 2.2) and the engine that runs its tasks as local Python processes.
 * Lifecycle: QUEUED → PENDING (checkout, workspace snapshot) → RUNNING → TERMINATING → TERMINATED,
 * or SKIPPED / INTERNAL_ERROR.
 */

export interface JobsDeps {
  workspace: WorkspaceStore;
  scratchDir: string;
  token: string;
  shimDir: string;
}

interface ActiveRun {
  dir: string;
  timer?: NodeJS.Timeout;
  ready: boolean;
  started: Set<string>;
  procs: Map<string, TaskProcess>;
  taskTimers: Map<string, NodeJS.Timeout>;
  timedOutTasks: Set<string>;
  finishing: boolean;
}

const PAGE = 100;
const FAILED_MESSAGE = 'Workload failed, see run output for details';
const OK_TERMINATION: Termination = { code: 'SUCCESS', type: 'SUCCESS', message: '' };

function notExists(kind: 'Run' | 'Job', id: string): ApiError {
  return new ApiError(400, 'INVALID_PARAMETER_VALUE', `${kind} ${id} does not exist.`);
}

function args(req: LocalRequest): Json {
  const fromQuery: Json = Object.fromEntries(req.query.entries());
  return isObject(req.body) ? { ...fromQuery, ...req.body } : fromQuery;
}

function paramString(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

function stringMap(v: unknown, field: string): Record<string, string> {
  if (v === undefined || v === null) return {};
  if (!isObject(v)) throw bad(`Invalid value for ${field}: expected an object of strings.`);
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, paramString(x)]));
}

function compare(left: string, op: string, right: string): boolean {
  const numeric =
    left.trim() !== '' && right.trim() !== '' && !isNaN(Number(left)) && !isNaN(Number(right));
  const [l, r]: [number | string, number | string] = numeric
    ? [Number(left), Number(right)]
    : [left, right];
  switch (op) {
    case 'EQUAL_TO':
      return l === r;
    case 'NOT_EQUAL':
      return l !== r;
    case 'GREATER_THAN':
      return l > r;
    case 'GREATER_THAN_OR_EQUAL':
      return l >= r;
    case 'LESS_THAN':
      return l < r;
    case 'LESS_THAN_OR_EQUAL':
      return l <= r;
  }
  return false;
}

/** `--name value` and `--name=value` pairs, so that `dbutils.widgets.get` works in Python file tasks too. */
function widgetsFromArgv(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--?([\w.-]+)(?:=(.*))?$/s.exec(argv[i]);
    if (!m) continue;
    if (m[2] !== undefined) out[m[1]] = m[2];
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('-')) out[m[1]] = argv[++i];
  }
  return out;
}

export class JobsService {
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

  changed(): boolean {
    return this.version !== this.savedVersion;
  }

  private touch(): void {
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
      const message = (e as Error).message;
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
  private pump(run: RunRecord): void {
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
            run,
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
        const verdict = this.dependencyVerdict(run, t);
        if (verdict === 'wait') continue;
        progressed = true;
        if (verdict !== 'run') {
          const message =
            verdict === 'EXCLUDED'
              ? 'The task was excluded because its run_if condition or its condition task outcome was not met.'
              : verdict === 'UPSTREAM_FAILED'
                ? 'Upstream task(s) failed.'
                : 'Upstream task(s) were canceled.';
          this.settleTask(run, t, verdict, message, {
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

  private dependencyVerdict(
    run: RunRecord,
    t: TaskRunRecord,
  ): 'wait' | 'run' | 'EXCLUDED' | 'UPSTREAM_FAILED' | 'UPSTREAM_CANCELED' {
    const deps = dependsOn(t.spec);
    if (!deps.length) return 'run';
    const byKey = new Map(run.tasks.map((x) => [x.taskKey, x]));
    let success = 0;
    let failed = 0;
    let canceled = 0;
    for (const d of deps) {
      const up = byKey.get(d.task_key);
      if (!up || !TERMINAL.has(up.life)) return 'wait';
      if (d.outcome !== undefined && up.conditionOutcome !== undefined) {
        // A condition branch that was not taken neither succeeds nor fails: it excludes.
        if (up.conditionOutcome === String(d.outcome)) success++;
        continue;
      }
      const r = up.result ?? '';
      if (r === 'SUCCESS' || r === 'SUCCESS_WITH_FAILURES') success++;
      else if (r === 'EXCLUDED') continue;
      else if (r === 'CANCELED' || r === 'UPSTREAM_CANCELED') canceled++;
      else failed++;
    }
    const runIf = String(t.spec.run_if ?? 'ALL_SUCCESS');
    const notMet = failed ? 'UPSTREAM_FAILED' : canceled ? 'UPSTREAM_CANCELED' : 'EXCLUDED';
    switch (runIf) {
      case 'ALL_SUCCESS':
        return success === deps.length ? 'run' : notMet;
      case 'AT_LEAST_ONE_SUCCESS':
        return success > 0 ? 'run' : notMet;
      case 'NONE_FAILED':
        return failed === 0 && canceled === 0 && success > 0 ? 'run' : notMet;
      case 'ALL_DONE':
        return 'run';
      case 'AT_LEAST_ONE_FAILED':
        return failed > 0 ? 'run' : 'EXCLUDED';
      case 'ALL_FAILED':
        return failed === deps.length ? 'run' : 'EXCLUDED';
    }
    return 'run';
  }

  private settleTask(
    _run: RunRecord,
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

  /** Resolves `{{job.parameters.x}}`, `{{tasks.K.values.V}}`, `{{job.run_id}}` and friends. */
  resolve(text: string, run: RunRecord, t?: TaskRunRecord): string {
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

  private startTask(run: RunRecord, a: ActiveRun, t: TaskRunRecord): void {
    const type = taskType(t.spec) ?? '';
    t.life = 'RUNNING';
    t.stateMessage = 'In run';
    t.execStart = this.ctx.now();
    this.touch();
    const fail = (code: string, message: string): void => {
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
    };
    if (!RUNNABLE_TYPES.has(type)) {
      return fail(
        'FEATURE_DISABLED',
        `Task type ${type} is not supported by the local workspace (it runs notebook, spark_python, condition and run_job tasks).`,
      );
    }
    if (type === 'condition_task') {
      const c = t.spec.condition_task as Json;
      const left = this.resolve(paramString(c.left), run, t);
      const right = this.resolve(paramString(c.right), run, t);
      t.resolvedCondition = { left, right };
      t.conditionOutcome = compare(left, String(c.op), right) ? 'true' : 'false';
      this.settleTask(run, t, 'SUCCESS', '', OK_TERMINATION);
      setImmediate(() => this.pump(run));
      return;
    }
    if (type === 'run_job_task') {
      const rj = t.spec.run_job_task as Json;
      const jobId = parseId(rj.job_id, 'run_job_task.job_id');
      const job = this.jobs.get(jobId);
      if (!job) return fail('RESOURCE_NOT_FOUND', `Job ${jobId} does not exist.`);
      const params = Object.fromEntries(
        Object.entries(stringMap(rj.job_parameters, 'job_parameters')).map(([k, v]) => [
          k,
          this.resolve(v, run, t),
        ]),
      );
      const child = this.runJob(job, {
        jobParameters: params,
        trigger: 'RUN_JOB_TASK',
        creator: run.creator,
        parentTaskRunId: t.runId,
      });
      t.childRunId = child.runId;
      t.output.runJobRunId = child.runId;
      a.started.add(t.runId);
      const placeholder = {
        stop: () => this.stop(child, 'user'),
        done: new Promise(() => undefined),
      } as unknown as TaskProcess;
      a.procs.set(t.runId, placeholder);
      this.onFinished(child, (done) => {
        a.procs.delete(t.runId);
        if (TERMINAL.has(t.life)) return;
        const result =
          done.result === 'SUCCESS' || done.result === 'SUCCESS_WITH_FAILURES'
            ? 'SUCCESS'
            : (done.result ?? 'FAILED');
        if (result === 'SUCCESS') this.settleTask(run, t, 'SUCCESS', '', OK_TERMINATION);
        else {
          const message = `Run ${done.runId} of job ${done.jobId} ended with ${done.result ?? done.life}: ${done.stateMessage}`;
          t.output.error = message;
          this.settleTask(
            run,
            t,
            result === 'CANCELED' && run.stopping
              ? 'CANCELED'
              : result === 'TIMEDOUT'
                ? 'TIMEDOUT'
                : 'FAILED',
            FAILED_MESSAGE,
            {
              code: 'RUN_EXECUTION_ERROR',
              type: 'CLIENT_ERROR',
              message,
            },
          );
        }
        this.pump(run);
      });
      return;
    }

    let file;
    try {
      file = resolveTaskFile(t.spec, run.settings, {
        ws: path.join(a.dir, 'ws'),
        git: path.join(a.dir, 'git'),
      });
    } catch (e) {
      return fail(e instanceof SetupError ? e.code : 'INTERNAL_ERROR', (e as Error).message);
    }
    const jobParams = Object.fromEntries((run.jobParameters ?? []).map((p) => [p.name, p.value]));
    let widgets: Record<string, string>;
    let argv: string[] = [];
    if (type === 'notebook_task') {
      const nb = t.spec.notebook_task as Json;
      const base = stringMap(nb.base_parameters, 'base_parameters');
      const overrides = stringMap(run.overriding?.notebook_params, 'notebook_params');
      widgets = Object.fromEntries(
        Object.entries({ ...base, ...overrides }).map(([k, v]) => [k, this.resolve(v, run, t)]),
      );
      Object.assign(widgets, jobParams);
    } else {
      const py = t.spec.spark_python_task as Json;
      const override = run.overriding?.python_params;
      const list = Array.isArray(override)
        ? override
        : Array.isArray(py.parameters)
          ? py.parameters
          : [];
      argv = list.map((x) => this.resolve(paramString(x), run, t));
      widgets = { ...widgetsFromArgv(argv), ...jobParams };
    }
    const taskDir = path.join(a.dir, 'tasks', t.runId);
    const outputFile = path.join(taskDir, 'output.json');
    const valuesDir = path.join(a.dir, 'task_values');
    const log = new TailBuffer();
    let proc: TaskProcess;
    try {
      proc = launch(
        {
          kind: file.kind,
          file: file.file,
          argv,
          widgets,
          sys_path: file.sourceRoots,
          task_key: t.taskKey,
          task_run_id: t.runId,
          run_id: run.runId,
          job_id: run.jobId,
          task_values_dir: valuesDir,
          output_file: outputFile,
          workspace_root: file.workspaceRoot,
          source: file.source,
        },
        taskDir,
        {
          python: this.ctx.options.python ?? 'python3',
          shimDir: this.deps.shimDir,
          host: this.ctx.host(),
          token: this.deps.token,
        },
        log,
      );
    } catch (e) {
      return fail('INTERNAL_ERROR', (e as Error).message);
    }
    a.procs.set(t.runId, proc);
    const taskTimeout = Number(t.spec.timeout_seconds ?? 0);
    if (taskTimeout > 0) {
      const timer = setTimeout(() => {
        a.timedOutTasks.add(t.runId);
        proc.stop(this.ctx.options.killGraceMs ?? 2000);
      }, taskTimeout * 1000);
      timer.unref();
      a.taskTimers.set(t.runId, timer);
    }
    void proc.done.then((exit) => {
      a.procs.delete(t.runId);
      const timer = a.taskTimers.get(t.runId);
      if (timer) clearTimeout(timer);
      if (this.stopped || TERMINAL.has(t.life)) return;
      t.life = 'TERMINATING';
      const out = readLauncherOutput(outputFile);
      t.output.logs = log.text();
      t.output.logsTruncated = log.truncated;
      if (out.notebook_result !== undefined)
        Object.assign(t.output, truncateResult(out.notebook_result));
      const values = readTaskValues(valuesDir, t.taskKey);
      if (values) run.taskValues[t.taskKey] = values;
      if (a.timedOutTasks.has(t.runId) || run.stopping === 'timeout') {
        const message = a.timedOutTasks.has(t.runId)
          ? `Task ${t.taskKey} timed out after ${taskTimeout} seconds.`
          : 'Run timed out';
        this.settleTask(run, t, 'TIMEDOUT', message, {
          code: 'CANCELED',
          type: 'CLIENT_ERROR',
          message,
        });
      } else if (run.stopping === 'user' || t.result === 'CANCELED') {
        this.settleTask(run, t, 'CANCELED', 'Run cancelled by user', {
          code: 'USER_CANCELED',
          type: 'SUCCESS',
          message: 'Run cancelled by user',
        });
      } else if (!exit.spawnError && exit.code === 0 && !out.error) {
        this.settleTask(run, t, 'SUCCESS', '', OK_TERMINATION);
      } else {
        const error =
          exit.spawnError ??
          out.error ??
          (exit.signal
            ? `The Python process was killed by ${exit.signal}.`
            : `The Python process exited with code ${exit.code}.`);
        t.output.error = error;
        if (out.error_trace) t.output.errorTrace = out.error_trace;
        this.settleTask(run, t, 'FAILED', FAILED_MESSAGE, {
          code: 'RUN_EXECUTION_ERROR',
          type: 'CLIENT_ERROR',
          message: error,
        });
      }
      this.pump(run);
    });
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

  private finishRun(
    run: RunRecord,
    a: ActiveRun | undefined,
    forced?: { life: string; result: string; message: string; termination: Termination },
  ): void {
    if (a) {
      if (a.finishing) return;
      a.finishing = true;
      if (a.timer) clearTimeout(a.timer);
    }
    run.life = 'TERMINATING';
    this.touch();
    const done = (): void => {
      const now = this.ctx.now();
      const outcome = forced ?? this.outcome(run);
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

  private outcome(run: RunRecord): {
    life: string;
    result: string;
    message: string;
    termination: Termination;
  } {
    if (run.stopping === 'user') {
      return {
        life: 'TERMINATED',
        result: 'CANCELED',
        message: 'Run cancelled by user',
        termination: { code: 'USER_CANCELED', type: 'SUCCESS', message: 'Run cancelled by user' },
      };
    }
    if (run.stopping === 'timeout') {
      const message = `Run timed out after ${Number(run.settings.timeout_seconds ?? 0)} seconds.`;
      return {
        life: 'TERMINATED',
        result: 'TIMEDOUT',
        message,
        termination: { code: 'CANCELED', type: 'CLIENT_ERROR', message },
      };
    }
    const good = (t: TaskRunRecord): boolean => t.result === 'SUCCESS' || t.result === 'EXCLUDED';
    if (run.tasks.every(good))
      return { life: 'TERMINATED', result: 'SUCCESS', message: '', termination: OK_TERMINATION };
    const upstream = new Set(run.tasks.flatMap((t) => dependsOn(t.spec).map((d) => d.task_key)));
    const leaves = run.tasks.filter((t) => !upstream.has(t.taskKey));
    const failedTask =
      run.tasks.find((t) => !good(t) && !t.result?.startsWith('UPSTREAM_')) ??
      run.tasks.find((t) => !good(t))!;
    const why = failedTask.output.error ?? failedTask.stateMessage;
    const message = `Task ${failedTask.taskKey} failed with message: ${why}`;
    if (leaves.every(good)) {
      return {
        life: 'TERMINATED',
        result: 'SUCCESS_WITH_FAILURES',
        message: '',
        termination: { code: 'SUCCESS_WITH_FAILURES', type: 'SUCCESS', message },
      };
    }
    const termination =
      failedTask.termination && failedTask.termination.code !== 'RUN_EXECUTION_ERROR'
        ? { ...failedTask.termination, message }
        : { code: 'RUN_EXECUTION_ERROR', type: 'CLIENT_ERROR', message };
    return { life: 'TERMINATED', result: 'FAILED', message: FAILED_MESSAGE, termination };
  }

  private onFinished(run: RunRecord, cb: (run: RunRecord) => void): void {
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

  normaliseSettings(raw: unknown, apiVersion: string): Json {
    if (!isObject(raw)) throw bad('Invalid value for settings: expected an object.');
    const settings: Json = { ...raw };
    delete settings.access_control_list;
    validateTasks(settings.tasks, false);
    validateGitSource(settings.git_source, (settings.tasks as Json[] | undefined) ?? []);
    if (settings.parameters !== undefined) {
      if (!Array.isArray(settings.parameters))
        throw bad('Invalid value for parameters: expected an array.');
      for (const p of settings.parameters) {
        if (!isObject(p) || typeof p.name !== 'string' || p.default === undefined)
          throw bad('Every job parameter needs a name and a default.');
      }
    }
    const mcr = settings.max_concurrent_runs;
    if (
      mcr !== undefined &&
      !(typeof mcr === 'number' && Number.isInteger(mcr) && mcr >= 0 && mcr <= 1000)
    ) {
      throw bad('max_concurrent_runs must be an integer between 0 and 1000.');
    }
    settings.name ??= 'Untitled';
    settings.max_concurrent_runs ??= 1;
    settings.timeout_seconds ??= 0;
    settings.email_notifications ??= {};
    settings.webhook_notifications ??= {};
    settings.format ??= 'MULTI_TASK';
    // Jobs created or reset through 2.2 queue by default; 2.1 ones do not.
    if (settings.queue === undefined && apiVersion === '2.2') settings.queue = { enabled: true };
    return settings;
  }

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

  // ---- rendering ---------------------------------------------------------------------------

  runPageUrl(jobId: string, runId: string): string {
    return `${this.ctx.host()}/?o=${WORKSPACE_ID}#job/${jobId}/run/${runId}`;
  }

  private stateOf(
    life: string,
    result: string | undefined,
    message: string,
    userStopped: boolean | undefined,
    queueReason?: string,
  ): Json {
    const state: Json = {
      life_cycle_state: life,
      state_message: message,
      user_cancelled_or_timedout: userStopped ?? false,
    };
    if (result && TERMINAL.has(life)) state.result_state = result;
    if (queueReason) state.queue_reason = queueReason;
    return state;
  }

  private statusOf(life: string, termination: Termination | undefined, queueReason?: string): Json {
    const map: Record<string, string> = {
      SKIPPED: 'TERMINATED',
      INTERNAL_ERROR: 'TERMINATED',
      WAITING_FOR_RETRY: 'WAITING',
    };
    const status: Json = { state: map[life] ?? life };
    if (TERMINAL.has(life) && termination) status.termination_details = termination;
    if (life === 'QUEUED' && queueReason)
      status.queue_details = { code: 'ACTIVE_RUNS_LIMIT_REACHED', message: queueReason };
    return status;
  }

  renderTask(run: RunRecord, t: TaskRunRecord): Json {
    const now = this.ctx.now();
    const end = t.endTime || 0;
    const exec = t.execStart ? (end || now) - t.execStart : 0;
    const out: Json = {
      ...t.spec,
      run_id: BigInt(t.runId),
      task_key: t.taskKey,
      state: this.stateOf(t.life, t.result, t.stateMessage, t.userCancelledOrTimedout),
      status: this.statusOf(t.life, t.termination),
      run_page_url: this.runPageUrl(run.jobId, t.runId),
      start_time: t.startTime,
      end_time: end,
      setup_duration: t.execStart && t.startTime ? t.execStart - t.startTime : 0,
      execution_duration: TERMINAL.has(t.life) ? exec : 0,
      cleanup_duration: 0,
      run_duration: t.startTime ? (end || now) - t.startTime : 0,
      attempt_number: 0,
    };
    if (isObject(t.spec.condition_task)) {
      out.condition_task = {
        ...t.spec.condition_task,
        ...(t.resolvedCondition ?? {}),
        ...(t.conditionOutcome ? { outcome: t.conditionOutcome } : {}),
      };
    }
    if (isObject(t.spec.run_job_task) && t.childRunId)
      out.run_job_task = { ...t.spec.run_job_task };
    return out;
  }

  renderRun(run: RunRecord, apiVersion: string, pageToken?: string | null, withTasks = true): Json {
    const now = this.ctx.now();
    const queueEnd = run.queuedUntil ?? (run.life === 'QUEUED' ? now : run.startTime);
    const out: Json = {
      job_id: BigInt(run.jobId),
      run_id: BigInt(run.runId),
      number_in_job: BigInt(run.runId),
      original_attempt_run_id: BigInt(run.runId),
      attempt_number: 0,
      creator_user_name: run.creator,
      run_name: run.runName,
      run_type: run.runType,
      trigger: run.trigger,
      format: 'MULTI_TASK',
      run_page_url: this.runPageUrl(run.jobId, run.runId),
      state: this.stateOf(
        run.life,
        run.result,
        run.stateMessage,
        run.userCancelledOrTimedout,
        run.queueReason,
      ),
      status: this.statusOf(run.life, run.termination, run.queueReason),
      start_time: run.startTime,
      end_time: run.endTime,
      setup_duration: 0,
      execution_duration: 0,
      cleanup_duration: 0,
      run_duration: (run.endTime || now) - run.startTime,
      queue_duration: Math.max(0, queueEnd - run.startTime),
    };
    if (isObject(run.settings.git_source)) out.git_source = run.settings.git_source;
    if (Array.isArray(run.settings.job_clusters)) out.job_clusters = run.settings.job_clusters;
    if (run.settings.description !== undefined) out.description = run.settings.description;
    if (run.overriding && Object.keys(run.overriding).length)
      out.overriding_parameters = run.overriding;
    if (run.jobParameters?.length) out.job_parameters = run.jobParameters;
    if (!withTasks) return out;
    let tasks = run.tasks;
    if (apiVersion === '2.2') {
      const offset = decodePageToken(pageToken);
      tasks = run.tasks.slice(offset, offset + PAGE);
      if (offset > 0) {
        for (const k of ['job_clusters', 'job_parameters']) if (k in out) out[k] = [];
      }
      if (offset + PAGE < run.tasks.length) {
        out.has_more = true;
        out.next_page_token = encodePageToken(offset + PAGE);
      }
      if (offset > 0) out.prev_page_token = encodePageToken(Math.max(0, offset - PAGE));
    }
    out.tasks = tasks.map((t) => this.renderTask(run, t));
    return out;
  }

  /** `runs/get` with a task's run id answers with that task run. */
  renderTaskAsRun(run: RunRecord, t: TaskRunRecord): Json {
    const task = this.renderTask(run, t);
    return {
      ...task,
      job_id: BigInt(run.jobId),
      parent_run_id: BigInt(run.runId),
      number_in_job: BigInt(t.runId),
      original_attempt_run_id: BigInt(t.runId),
      creator_user_name: run.creator,
      run_name: t.taskKey,
      run_type: run.runType === 'JOB_RUN' ? 'JOB_RUN' : 'SUBMIT_RUN',
      trigger: run.trigger,
      format: 'SINGLE_TASK',
      tasks: [task],
    };
  }

  renderJob(job: JobRecord, apiVersion: string, pageToken?: string | null, full = true): Json {
    const settings: Json = { ...job.settings };
    const out: Json = {
      job_id: BigInt(job.jobId),
      creator_user_name: job.creator,
      run_as_user_name: job.creator,
      created_time: job.createdTime,
      settings,
    };
    if (!full) {
      delete settings.tasks;
      delete settings.job_clusters;
      return out;
    }
    if (apiVersion === '2.2') {
      const offset = decodePageToken(pageToken);
      let more = false;
      for (const k of ['tasks', 'job_clusters', 'parameters', 'environments']) {
        const arr = settings[k];
        if (!Array.isArray(arr)) continue;
        settings[k] = arr.slice(offset, offset + PAGE);
        if (offset + PAGE < arr.length) more = true;
      }
      if (more) {
        out.has_more = true;
        out.next_page_token = encodePageToken(offset + PAGE);
      }
    }
    return out;
  }

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

function checkToken(token: unknown): string | undefined {
  if (token === undefined || token === null || token === '') return undefined;
  if (typeof token !== 'string' || token.length > 64)
    throw bad('idempotency_token must be a string of at most 64 characters.');
  return token;
}

export function registerJobs(ctx: ModuleContext, deps: JobsDeps): JobsService {
  const svc = new JobsService(ctx, deps);
  ctx.persist(
    'jobs',
    () => svc.save(),
    (saved) => svc.load(saved),
  );
  const ok = (body: unknown = {}): LocalResponse => ({ status: 200, body });
  const me = (req: LocalRequest): string => req.user ?? LOCAL_USER;

  const existingByToken = (token: string | undefined): LocalResponse | undefined => {
    if (!token) return undefined;
    const found = svc.tokenRun(token);
    if (found === 'deleted')
      throw bad(
        `The run with idempotency token ${token} was deleted; use a new token.`,
        'INVALID_STATE',
      );
    return found
      ? ok({ run_id: BigInt(found.runId), number_in_job: BigInt(found.runId) })
      : undefined;
  };

  for (const v of ['2.1', '2.2']) {
    const base = `/api/${v}/jobs`;

    ctx.router.add('POST', `${base}/runs/submit`, (req) => {
      const body = args(req);
      const token = checkToken(body.idempotency_token);
      const again = existingByToken(token);
      if (again) return ok({ run_id: (again.body as Json).run_id });
      const tasks = validateTasks(body.tasks, true);
      validateGitSource(body.git_source, tasks);
      const settings: Json = { ...body };
      delete settings.access_control_list;
      delete settings.idempotency_token;
      const run = svc.createRun({
        jobId: ctx.nextId().toString(),
        runName: typeof body.run_name === 'string' && body.run_name ? body.run_name : 'Untitled',
        runType: 'SUBMIT_RUN',
        trigger: 'ONE_TIME',
        settings,
        creator: me(req),
        idempotencyToken: token,
      });
      return ok({ run_id: BigInt(run.runId) });
    });

    ctx.router.add('POST', `${base}/run-now`, (req) => {
      const body = args(req);
      const job = svc.findJob(parseId(body.job_id, 'job_id'));
      const token = checkToken(body.idempotency_token);
      const again = existingByToken(token);
      if (again) return again;
      const overriding: Json = {};
      for (const k of [
        'notebook_params',
        'python_params',
        'jar_params',
        'python_named_params',
        'sql_params',
        'spark_submit_params',
        'dbt_commands',
        'pipeline_params',
      ]) {
        if (body[k] !== undefined) overriding[k] = body[k];
      }
      if (overriding.python_params !== undefined && !Array.isArray(overriding.python_params))
        throw bad('python_params must be an array of strings.');
      const only = body.only;
      if (only !== undefined && !(Array.isArray(only) && only.every((x) => typeof x === 'string')))
        throw bad('only must be an array of task keys.');
      const jobParameters = stringMap(body.job_parameters, 'job_parameters');
      if (Object.keys(jobParameters).length) overriding.job_parameters = jobParameters;
      const run = svc.runJob(job, {
        jobParameters,
        trigger: 'ONE_TIME',
        creator: me(req),
        overriding,
        only: only as string[] | undefined,
        idempotencyToken: token,
        queueOverride: body.queue,
      });
      return ok({ run_id: BigInt(run.runId), number_in_job: BigInt(run.runId) });
    });

    ctx.router.add('GET', `${base}/runs/get`, (req) => {
      const a = args(req);
      const id = parseId(a.run_id, 'run_id');
      const task = svc.taskRun(id);
      if (task) return ok(svc.renderTaskAsRun(task.run, task.task));
      return ok(
        svc.renderRun(
          svc.findRun(id),
          v,
          typeof a.page_token === 'string' ? a.page_token : undefined,
        ),
      );
    });

    ctx.router.add('GET', `${base}/runs/get-output`, (req) => {
      const id = parseId(args(req).run_id, 'run_id');
      const found = svc.taskRun(id);
      if (!found) {
        svc.findRun(id);
        throw bad(
          'Retrieving the output of runs with multiple tasks is not supported. Please retrieve the output of each individual task run instead.',
        );
      }
      const { run, task } = found;
      const out: Json = { metadata: svc.renderTaskAsRun(run, task) };
      if (task.output.notebookResult !== undefined)
        out.notebook_output = {
          result: task.output.notebookResult,
          truncated: task.output.notebookTruncated ?? false,
        };
      // The service returns logs for Python file tasks only, never for notebooks.
      if (isObject(task.spec.spark_python_task) && task.output.logs !== undefined) {
        out.logs = task.output.logs;
        out.logs_truncated = task.output.logsTruncated ?? false;
      }
      if (task.output.error !== undefined) out.error = task.output.error;
      if (task.output.errorTrace !== undefined) out.error_trace = task.output.errorTrace;
      if (task.output.runJobRunId) out.run_job_output = { run_id: BigInt(task.output.runJobRunId) };
      return ok(out);
    });

    ctx.router.add('POST', `${base}/runs/cancel`, (req) => {
      const id = parseId(args(req).run_id, 'run_id');
      const found = svc.taskRun(id);
      svc.stop(found ? found.run : svc.findRun(id), 'user');
      return ok();
    });

    ctx.router.add('POST', `${base}/runs/cancel-all`, (req) => {
      const body = args(req);
      const jobId = parseId(body.job_id, 'job_id');
      svc.findJob(jobId);
      for (const r of [...svc.runs.values()]) if (r.jobId === jobId) svc.stop(r, 'user');
      return ok();
    });

    ctx.router.add('POST', `${base}/runs/delete`, (req) => {
      svc.deleteRun(svc.findRun(parseId(args(req).run_id, 'run_id')));
      return ok();
    });

    ctx.router.add('GET', `${base}/runs/list`, (req) => {
      const a = args(req);
      const limit = a.limit === undefined ? 20 : Number(a.limit);
      if (!Number.isInteger(limit) || limit < 0 || limit > 25)
        throw bad(`Invalid limit ${String(a.limit)}: use 1 to 25.`);
      if (flag(a.active_only) && flag(a.completed_only))
        throw bad('active_only and completed_only cannot both be true.');
      const jobId = a.job_id !== undefined ? parseId(a.job_id, 'job_id') : undefined;
      const from = a.start_time_from !== undefined ? Number(a.start_time_from) : undefined;
      const to = a.start_time_to !== undefined ? Number(a.start_time_to) : undefined;
      const runs = [...svc.runs.values()]
        .filter((r) => (jobId ? r.jobId === jobId : true))
        .filter((r) => (flag(a.active_only) ? !TERMINAL.has(r.life) : true))
        .filter((r) => (flag(a.completed_only) ? TERMINAL.has(r.life) : true))
        .filter((r) => (a.run_type ? r.runType === a.run_type : true))
        .filter((r) => (from !== undefined ? r.startTime >= from : true))
        .filter((r) => (to !== undefined ? r.startTime <= to : true))
        .sort((x, y) => y.startTime - x.startTime || (BigInt(y.runId) > BigInt(x.runId) ? 1 : -1));
      const offset = a.page_token ? decodePageToken(String(a.page_token)) : Number(a.offset ?? 0);
      const size = limit || 20;
      const page = runs.slice(offset, offset + size);
      const out: Json = { has_more: offset + size < runs.length };
      if (page.length) {
        out.runs = page.map((r) => {
          const x = svc.renderRun(r, '2.1', undefined, flag(a.expand_tasks));
          if (v === '2.2' && flag(a.expand_tasks)) {
            x.has_more = r.tasks.length > PAGE;
            x.tasks = (x.tasks as Json[]).slice(0, PAGE);
          }
          return x;
        });
      }
      if (out.has_more) out.next_page_token = encodePageToken(offset + size);
      if (offset > 0) out.prev_page_token = encodePageToken(Math.max(0, offset - size));
      return ok(out);
    });

    ctx.router.add('POST', `${base}/create`, (req) => {
      const settings = svc.normaliseSettings(args(req), v);
      const job: JobRecord = {
        jobId: ctx.nextId().toString(),
        createdTime: ctx.now(),
        creator: me(req),
        settings,
      };
      svc.jobs.set(job.jobId, job);
      svc.touchJobs();
      return ok({ job_id: BigInt(job.jobId) });
    });

    ctx.router.add('GET', `${base}/get`, (req) => {
      const a = args(req);
      const job = svc.findJob(parseId(a.job_id, 'job_id'));
      return ok(svc.renderJob(job, v, typeof a.page_token === 'string' ? a.page_token : undefined));
    });

    ctx.router.add('GET', `${base}/list`, (req) => {
      const a = args(req);
      const limit = a.limit === undefined ? 20 : Number(a.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 100)
        throw bad(`Invalid limit ${String(a.limit)}: use 1 to 100.`);
      const name = typeof a.name === 'string' && a.name !== '' ? a.name.toLowerCase() : undefined;
      const jobs = [...svc.jobs.values()]
        .filter((j) => (name ? String(j.settings.name ?? '').toLowerCase() === name : true))
        .sort(
          (x, y) => x.createdTime - y.createdTime || (BigInt(x.jobId) > BigInt(y.jobId) ? 1 : -1),
        );
      const offset = a.page_token ? decodePageToken(String(a.page_token)) : Number(a.offset ?? 0);
      const page = jobs.slice(offset, offset + limit);
      const expand = flag(a.expand_tasks);
      const out: Json = { has_more: offset + limit < jobs.length };
      if (page.length) {
        out.jobs = page.map((j) => {
          const x = svc.renderJob(j, '2.1', undefined, expand);
          if (expand && v === '2.2') {
            const s = x.settings as Json;
            const tasks = Array.isArray(s.tasks) ? s.tasks : [];
            x.has_more = tasks.length > PAGE;
            s.tasks = tasks.slice(0, PAGE);
          }
          return x;
        });
      }
      if (out.has_more) out.next_page_token = encodePageToken(offset + limit);
      if (offset > 0) out.prev_page_token = encodePageToken(Math.max(0, offset - limit));
      return ok(out);
    });

    ctx.router.add('POST', `${base}/reset`, (req) => {
      const body = args(req);
      const job = svc.findJob(parseId(body.job_id, 'job_id'));
      if (!isObject(body.new_settings)) throw bad('Missing required field: new_settings');
      job.settings = svc.normaliseSettings(body.new_settings, v);
      svc.touchJobs();
      return ok();
    });

    ctx.router.add('POST', `${base}/update`, (req) => {
      const body = args(req);
      const job = svc.findJob(parseId(body.job_id, 'job_id'));
      const merged: Json = structuredClone(job.settings);
      const keyed: Record<string, string> = {
        tasks: 'task_key',
        job_clusters: 'job_cluster_key',
        environments: 'environment_key',
        parameters: 'name',
      };
      if (body.new_settings !== undefined && !isObject(body.new_settings))
        throw bad('new_settings must be an object.');
      for (const [k, val] of Object.entries((body.new_settings as Json | undefined) ?? {})) {
        const key = keyed[k];
        if (key && Array.isArray(val) && Array.isArray(merged[k])) {
          const list = [...(merged[k] as Json[])];
          for (const item of val as Json[]) {
            const i = list.findIndex((x) => x[key] === item[key]);
            if (i >= 0) list[i] = item;
            else list.push(item);
          }
          merged[k] = list;
        } else merged[k] = val;
      }
      for (const field of (Array.isArray(body.fields_to_remove)
        ? body.fields_to_remove
        : []) as string[]) {
        const [top, item] = field.split('/', 2);
        if (item !== undefined && keyed[top] && Array.isArray(merged[top]))
          merged[top] = (merged[top] as Json[]).filter((x) => x[keyed[top]] !== item);
        else delete merged[top];
      }
      job.settings = svc.normaliseSettings(merged, '2.1');
      svc.touchJobs();
      return ok();
    });

    ctx.router.add('POST', `${base}/delete`, (req) => {
      const id = parseId(args(req).job_id, 'job_id');
      svc.findJob(id);
      for (const r of [...svc.runs.values()]) if (r.jobId === id) svc.stop(r, 'user');
      svc.jobs.delete(id);
      svc.touchJobs();
      return ok();
    });
  }
  return svc;
}
