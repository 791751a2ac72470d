import { DatabricksError, type ResourceRef } from './errors';
import { idsToStrings, idsToWire, JOB_ID_FIELDS, toId, type Id, type IdLike } from './ids';
import type { ApiRequest, Transport } from './transport';

/** Fields we do not model are kept as they came, so nothing the API adds is lost. */
type Open = Record<string, unknown>;

export interface RunState extends Open {
  life_cycle_state?: string;
  result_state?: string;
  state_message?: string;
  user_cancelled_or_timedout?: boolean;
  queue_reason?: string;
}

export interface RunStatus extends Open {
  state?: string;
  termination_details?: { code?: string; type?: string; message?: string };
  queue_details?: { code?: string; message?: string };
}

export interface RunTask extends Open {
  task_key: string;
  run_id: Id;
  state?: RunState;
  status?: RunStatus;
  run_page_url?: string;
  attempt_number?: number;
  start_time?: number;
  end_time?: number;
  depends_on?: { task_key: string; outcome?: string }[];
}

export interface Run extends Open {
  run_id: Id;
  job_id?: Id;
  job_run_id?: Id;
  number_in_job?: Id;
  original_attempt_run_id?: Id;
  attempt_number?: number;
  run_name?: string;
  run_page_url?: string;
  run_type?: string;
  trigger?: string;
  creator_user_name?: string;
  start_time?: number;
  end_time?: number;
  run_duration?: number;
  setup_duration?: number;
  execution_duration?: number;
  cleanup_duration?: number;
  queue_duration?: number;
  state?: RunState;
  status?: RunStatus;
  tasks?: RunTask[];
  job_parameters?: { name: string; default?: string; value?: string }[];
  has_more?: boolean;
  next_page_token?: string;
}

export interface RunOutput extends Open {
  metadata?: Run;
  notebook_output?: { result?: string; truncated?: boolean };
  error?: string;
  error_trace?: string;
  logs?: string;
  logs_truncated?: boolean;
}

export interface SubmitTask extends Open {
  task_key: string;
  depends_on?: { task_key: string; outcome?: string }[];
}

export interface SubmitRunRequest extends Open {
  run_name?: string;
  /** ≤ 64 characters; a retried submit with the same token returns the same run. */
  idempotency_token?: string;
  tasks: SubmitTask[];
  timeout_seconds?: number;
}

export interface JobSettings extends Open {
  name?: string;
  tasks?: (SubmitTask & { job_cluster_key?: string })[];
  job_clusters?: Open[];
  parameters?: { name: string; default: string }[];
  environments?: Open[];
  tags?: Record<string, string>;
}

export interface Job extends Open {
  job_id: Id;
  creator_user_name?: string;
  created_time?: number;
  settings?: JobSettings;
  has_more?: boolean;
}

export interface JobsPage {
  jobs: Job[];
  has_more: boolean;
  next_page_token?: string;
}

export interface RunsPage {
  /** Newest first (by start time). */
  runs: Run[];
  has_more: boolean;
  next_page_token?: string;
}

export interface ListRunsOptions {
  /** Runs of this job only; without it, every run the credentials can see. */
  jobId?: IdLike;
  activeOnly?: boolean;
  completedOnly?: boolean;
  /** `JOB_RUN`, `SUBMIT_RUN` (one-time runs) or `WORKFLOW_RUN`. */
  runType?: string;
  /** 1–25 (the service refuses more); default 20. */
  limit?: number;
  pageToken?: string;
  expandTasks?: boolean;
  /** Epoch ms bounds on the start time. */
  startTimeFrom?: number;
  startTimeTo?: number;
  signal?: AbortSignal;
}

/** runs/list accepts at most this many runs per page. */
export const MAX_RUNS_PAGE = 25;

export interface RunNowRequest extends Open {
  job_id: IdLike;
  job_parameters?: Record<string, string>;
  idempotency_token?: string;
  only?: string[];
}

export interface GetRunOptions {
  includeHistory?: boolean;
  includeResolvedValues?: boolean;
  signal?: AbortSignal;
  /** Epoch ms: the read, retries included, ends by then (a DatabricksError with isDeadline). */
  deadline?: number;
}

// The arrays Jobs 2.2 caps at 100 per response; later pages carry the rest.
const PAGED_RUN_ARRAYS = [
  'tasks',
  'job_clusters',
  'job_parameters',
  'repair_history',
  'iterations',
] as const;
const PAGED_JOB_ARRAYS = ['tasks', 'job_clusters', 'parameters', 'environments'] as const;
const MAX_PAGES = 1000;

/** Jobs API 2.2, falling back to 2.1 on a workspace that does not serve 2.2 yet. */
export class JobsApi {
  private version: '2.2' | '2.1' = '2.2';

  constructor(private readonly transport: Transport) {}

  /** The version in use; `2.1` after a 2.2 path answered 404 ENDPOINT_NOT_FOUND. */
  get apiVersion(): string {
    return this.version;
  }

  async submit(req: SubmitRunRequest, signal?: AbortSignal): Promise<{ run_id: Id }> {
    const res = await this.call<{ run_id: Id }>({
      method: 'POST',
      path: 'runs/submit',
      body: req,
      signal,
    });
    return { run_id: res.run_id };
  }

  /** The run with every page of `tasks` (and the other capped arrays) merged into one object. */
  async getRun(runId: IdLike, opts: GetRunOptions = {}): Promise<Run> {
    const id = toId(runId, 'run_id');
    const resource: ResourceRef = { kind: 'run', id, needs: 'CAN_VIEW' };
    const query = {
      run_id: id,
      include_history: opts.includeHistory,
      include_resolved_values: opts.includeResolvedValues,
    };
    let run = await this.call<Run>({
      method: 'GET',
      path: 'runs/get',
      query,
      resource,
      signal: opts.signal,
      deadline: opts.deadline,
    });
    let token = run.next_page_token;
    for (let page = 1; token && page < MAX_PAGES; page++) {
      const next = await this.call<Run>({
        method: 'GET',
        path: 'runs/get',
        query: { ...query, page_token: token },
        resource,
        signal: opts.signal,
        deadline: opts.deadline,
      });
      run = mergePages(run, next, PAGED_RUN_ARRAYS);
      token = next.next_page_token;
    }
    delete run.next_page_token;
    run.has_more = false;
    return run;
  }

  /** Output of one task run: pass `tasks[i].run_id`, the parent of a multi-task run is refused. */
  async getRunOutput(taskRunId: IdLike, signal?: AbortSignal): Promise<RunOutput> {
    const id = toId(taskRunId, 'run_id');
    return this.call<RunOutput>({
      method: 'GET',
      path: 'runs/get-output',
      query: { run_id: id },
      resource: { kind: 'run', id, needs: 'CAN_VIEW' },
      signal,
    });
  }

  /** One page of runs/list, newest first. */
  async listRuns(opts: ListRunsOptions = {}): Promise<RunsPage> {
    if (opts.limit !== undefined && (opts.limit < 1 || opts.limit > MAX_RUNS_PAGE))
      throw new Error(
        `Bug: runs/list takes 1 to ${MAX_RUNS_PAGE} runs per page, not ${opts.limit}`,
      );
    const jobId = opts.jobId === undefined ? undefined : toId(opts.jobId, 'job_id');
    const res = await this.call<{ runs?: Run[]; has_more?: boolean; next_page_token?: string }>({
      method: 'GET',
      path: 'runs/list',
      query: {
        job_id: jobId,
        active_only: opts.activeOnly,
        completed_only: opts.completedOnly,
        run_type: opts.runType,
        limit: opts.limit,
        page_token: opts.pageToken,
        expand_tasks: opts.expandTasks,
        start_time_from: opts.startTimeFrom,
        start_time_to: opts.startTimeTo,
      },
      resource: jobId === undefined ? undefined : { kind: 'job', id: jobId, needs: 'CAN_VIEW' },
      signal: opts.signal,
    });
    // Like jobs/list, an empty page has no `runs` key at all.
    return {
      runs: res.runs ?? [],
      has_more: res.has_more === true,
      next_page_token: res.next_page_token,
    };
  }

  /** Asks for cancellation; it completes asynchronously (poll until TERMINATED/CANCELED). */
  async cancelRun(runId: IdLike, signal?: AbortSignal): Promise<void> {
    const id = toId(runId, 'run_id');
    await this.call({
      method: 'POST',
      path: 'runs/cancel',
      body: { run_id: id },
      safeToRepeat: true,
      resource: { kind: 'run', id, needs: 'CAN_MANAGE_RUN' },
      signal,
    });
  }

  async get(jobId: IdLike, signal?: AbortSignal): Promise<Job> {
    const id = toId(jobId, 'job_id');
    const resource: ResourceRef = { kind: 'job', id, needs: 'CAN_VIEW' };
    let job = await this.call<Job & { next_page_token?: string }>({
      method: 'GET',
      path: 'get',
      query: { job_id: id },
      resource,
      signal,
    });
    let token = job.next_page_token;
    for (let page = 1; token && page < MAX_PAGES; page++) {
      const next = await this.call<Job & { next_page_token?: string }>({
        method: 'GET',
        path: 'get',
        query: { job_id: id, page_token: token },
        resource,
        signal,
      });
      job = {
        ...job,
        settings: mergePages(job.settings ?? {}, next.settings ?? {}, PAGED_JOB_ARRAYS),
      };
      token = next.next_page_token;
    }
    delete job.next_page_token;
    return job;
  }

  /** One page of jobs/list. */
  async list(
    opts: {
      name?: string;
      limit?: number;
      pageToken?: string;
      expandTasks?: boolean;
      signal?: AbortSignal;
    } = {},
  ): Promise<JobsPage> {
    const res = await this.call<{ jobs?: Job[]; has_more?: boolean; next_page_token?: string }>({
      method: 'GET',
      path: 'list',
      query: {
        name: opts.name,
        limit: opts.limit,
        page_token: opts.pageToken,
        expand_tasks: opts.expandTasks,
      },
      signal: opts.signal,
    });
    // With no matches the service omits `jobs` entirely.
    return {
      jobs: res.jobs ?? [],
      has_more: res.has_more === true,
      next_page_token: res.next_page_token,
    };
  }

  /**
   * Every job with this exact name (case-insensitive on the service side), across all pages. Names
   * are not unique, so callers must handle zero, one or several.
   */
  async listByName(name: string, signal?: AbortSignal): Promise<Job[]> {
    const all: Job[] = [];
    let pageToken: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const res = await this.list({ name, limit: 100, pageToken, signal });
      all.push(...res.jobs);
      if (!res.has_more || !res.next_page_token) break;
      pageToken = res.next_page_token;
    }
    return all;
  }

  /** Not retried after a possible success: names are not unique, a repeat would make a second job. */
  async create(
    settings: JobSettings & { access_control_list?: Open[] },
    signal?: AbortSignal,
  ): Promise<{ job_id: Id }> {
    const res = await this.call<{ job_id: Id }>({
      method: 'POST',
      path: 'create',
      body: settings,
      signal,
    });
    return { job_id: res.job_id };
  }

  /** Replaces all settings; repeating it is harmless. */
  async reset(jobId: IdLike, newSettings: JobSettings, signal?: AbortSignal): Promise<void> {
    const id = toId(jobId, 'job_id');
    await this.call({
      method: 'POST',
      path: 'reset',
      body: { job_id: id, new_settings: newSettings },
      safeToRepeat: true,
      resource: { kind: 'job', id, needs: 'CAN_MANAGE' },
      signal,
    });
  }

  async delete(jobId: IdLike, signal?: AbortSignal): Promise<void> {
    const id = toId(jobId, 'job_id');
    try {
      await this.call({
        method: 'POST',
        path: 'delete',
        body: { job_id: id },
        safeToRepeat: true,
        resource: { kind: 'job', id, needs: 'CAN_MANAGE' },
        signal,
      });
    } catch (err) {
      // A retry after a lost answer finds the job already gone: that is the outcome we wanted.
      if (err instanceof DatabricksError && err.isNotFound && err.attempts > 1) return;
      throw err;
    }
  }

  async runNow(
    req: RunNowRequest,
    signal?: AbortSignal,
  ): Promise<{ run_id: Id; number_in_job?: Id }> {
    const id = toId(req.job_id, 'job_id');
    const res = await this.call<{ run_id: Id; number_in_job?: Id }>({
      method: 'POST',
      path: 'run-now',
      body: { ...req, job_id: id },
      resource: { kind: 'job', id, needs: 'CAN_MANAGE_RUN' },
      signal,
    });
    return { run_id: res.run_id, number_in_job: res.number_in_job };
  }

  /** `req.path` is relative to the Jobs API root (`runs/get`); the version is chosen here. */
  private async call<T>(req: Omit<ApiRequest, 'timeoutMs'>): Promise<T> {
    const send = (version: string) =>
      this.transport.request<unknown>({
        ...req,
        path: `/api/${version}/jobs/${req.path}`,
        body: req.body === undefined ? undefined : idsToWire(req.body, JOB_ID_FIELDS),
      });
    let raw: unknown;
    try {
      raw = await send(this.version);
    } catch (err) {
      if (this.version === '2.2' && err instanceof DatabricksError && err.isEndpointNotFound) {
        this.version = '2.1';
        this.transport.deps.logger.debug('Databricks: Jobs API 2.2 is not served here; using 2.1');
        raw = await send(this.version);
      } else {
        throw err;
      }
    }
    return idsToStrings<T>(raw, JOB_ID_FIELDS);
  }
}

function mergePages<T extends Open>(acc: T, next: Open, keys: readonly string[]): T {
  const out: Open = { ...acc };
  for (const k of keys) {
    const more = next[k];
    if (Array.isArray(more) && more.length) {
      const have = Array.isArray(out[k]) ? (out[k] as unknown[]) : [];
      out[k] = [...have, ...more];
    }
  }
  out.next_page_token = next.next_page_token;
  return out as T;
}
