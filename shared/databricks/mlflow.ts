import { DatabricksError } from './errors';
import type { Transport } from './transport';

type Open = Record<string, unknown>;

export interface Experiment extends Open {
  experiment_id: string;
  name: string;
  artifact_location?: string;
  lifecycle_stage?: string;
  tags?: { key: string; value: string }[];
}

export interface Metric extends Open {
  key: string;
  value: number;
  timestamp?: number;
  step?: number;
}

export interface MlflowRun {
  info: Open & {
    run_id: string;
    run_name?: string;
    experiment_id: string;
    status?: 'RUNNING' | 'SCHEDULED' | 'FINISHED' | 'FAILED' | 'KILLED' | string;
    start_time?: number;
    end_time?: number;
    artifact_uri?: string;
    lifecycle_stage?: string;
  };
  data: {
    metrics?: Metric[];
    params?: { key: string; value: string }[];
    tags?: { key: string; value: string }[];
  };
  inputs?: Open;
}

export interface SearchRunsRequest {
  experiment_ids: string[];
  filter?: string;
  run_view_type?: 'ACTIVE_ONLY' | 'DELETED_ONLY' | 'ALL';
  max_results?: number;
  order_by?: string[];
  page_token?: string;
}

/** MLflow tracking (`/api/2.0/mlflow/*`): experiments and runs. */
export class MlflowApi {
  constructor(private readonly transport: Transport) {}

  async getExperiment(experimentId: string, signal?: AbortSignal): Promise<Experiment> {
    const res = await this.transport.request<{ experiment: Experiment }>({
      method: 'GET',
      path: '/api/2.0/mlflow/experiments/get',
      query: { experiment_id: experimentId },
      resource: { kind: 'experiment', id: experimentId, needs: 'CAN_READ' },
      signal,
    });
    return res.experiment;
  }

  async getExperimentByName(name: string, signal?: AbortSignal): Promise<Experiment | undefined> {
    try {
      const res = await this.transport.request<{ experiment: Experiment }>({
        method: 'GET',
        path: '/api/2.0/mlflow/experiments/get-by-name',
        query: { experiment_name: name },
        signal,
      });
      return res.experiment;
    } catch (err) {
      if (err instanceof DatabricksError && err.isNotFound) return undefined;
      throw err;
    }
  }

  async createExperiment(
    req: { name: string; artifact_location?: string; tags?: { key: string; value: string }[] },
    signal?: AbortSignal,
  ): Promise<{ experiment_id: string }> {
    try {
      return await this.transport.request<{ experiment_id: string }>({
        method: 'POST',
        path: '/api/2.0/mlflow/experiments/create',
        body: req,
        safeToRepeat: true,
        signal,
      });
    } catch (err) {
      // Our own earlier attempt may have created it before its answer was lost.
      if (
        err instanceof DatabricksError &&
        err.attempts > 1 &&
        err.errorCode === 'RESOURCE_ALREADY_EXISTS'
      ) {
        const existing = await this.getExperimentByName(req.name, signal);
        if (existing) return { experiment_id: existing.experiment_id };
      }
      throw err;
    }
  }

  async getRun(runId: string, signal?: AbortSignal): Promise<MlflowRun> {
    const res = await this.transport.request<{ run: MlflowRun }>({
      method: 'GET',
      path: '/api/2.0/mlflow/runs/get',
      query: { run_id: runId },
      resource: { kind: 'MLflow run', id: runId },
      signal,
    });
    return res.run;
  }

  /** One page of runs/search. */
  async searchRuns(
    req: SearchRunsRequest,
    signal?: AbortSignal,
  ): Promise<{ runs: MlflowRun[]; next_page_token?: string }> {
    const res = await this.transport.request<{ runs?: MlflowRun[]; next_page_token?: string }>({
      method: 'POST',
      path: '/api/2.0/mlflow/runs/search',
      body: req,
      safeToRepeat: true,
      signal,
    });
    return { runs: res.runs ?? [], next_page_token: res.next_page_token || undefined };
  }

  /** Every matching run across pages, up to `limit`. */
  async searchAllRuns(
    req: SearchRunsRequest,
    limit = 10_000,
    signal?: AbortSignal,
  ): Promise<MlflowRun[]> {
    const out: MlflowRun[] = [];
    let page_token: string | undefined;
    do {
      const page = await this.searchRuns({ ...req, page_token }, signal);
      out.push(...page.runs);
      page_token = page.next_page_token;
    } while (page_token && out.length < limit);
    return out.slice(0, limit);
  }

  async getMetricHistory(
    runId: string,
    metricKey: string,
    signal?: AbortSignal,
  ): Promise<Metric[]> {
    const res = await this.transport.request<{ metrics?: Metric[] }>({
      method: 'GET',
      path: '/api/2.0/mlflow/metrics/get-history',
      query: { run_id: runId, metric_key: metricKey },
      signal,
    });
    return res.metrics ?? [];
  }
}
