import type { Transport } from './transport';

type Open = Record<string, unknown>;
export type Stage = 'None' | 'Staging' | 'Production' | 'Archived';

export interface ModelVersion extends Open {
  name: string;
  /** A string in the workspace registry. */
  version: string;
  current_stage?: Stage | string;
  status?: 'PENDING_REGISTRATION' | 'READY' | 'FAILED_REGISTRATION' | string;
  status_message?: string;
  source?: string;
  run_id?: string;
  run_link?: string;
  description?: string;
  user_id?: string;
  creation_timestamp?: number;
  last_updated_timestamp?: number;
  tags?: { key: string; value: string }[];
}

export interface Activity extends Open {
  id?: string;
  activity_type?: string;
  from_stage?: string;
  to_stage?: string;
  user_id?: string;
  comment?: string;
  creation_timestamp?: number;
}

export interface TransitionRequest {
  name: string;
  version: string;
  stage: Stage;
  archive_existing_versions?: boolean;
  comment?: string;
}

const MODEL_PERMISSION_FOR_STAGE: Record<string, string> = {
  Staging: 'CAN_MANAGE_STAGING_VERSIONS',
  Production: 'CAN_MANAGE_PRODUCTION_VERSIONS',
};

/** The workspace (stage-based) Model Registry. For Unity Catalog models use `unityCatalog`. */
export class RegistryApi {
  constructor(private readonly transport: Transport) {}

  async getModelVersion(
    name: string,
    version: string,
    signal?: AbortSignal,
  ): Promise<ModelVersion> {
    const res = await this.transport.request<{ model_version: ModelVersion }>({
      method: 'GET',
      path: '/api/2.0/mlflow/model-versions/get',
      query: { name, version },
      resource: { kind: 'registered model', id: `${name} version ${version}`, needs: 'CAN_READ' },
      signal,
    });
    return res.model_version;
  }

  /** One page of model-versions/search, e.g. `filter: "name='m'"`. */
  async searchModelVersions(opts: {
    filter?: string;
    maxResults?: number;
    orderBy?: string[];
    pageToken?: string;
    signal?: AbortSignal;
  }): Promise<{ model_versions: ModelVersion[]; next_page_token?: string }> {
    const res = await this.transport.request<{
      model_versions?: ModelVersion[];
      next_page_token?: string;
    }>({
      method: 'GET',
      path: '/api/2.0/mlflow/model-versions/search',
      query: {
        filter: opts.filter,
        max_results: opts.maxResults,
        order_by: opts.orderBy,
        page_token: opts.pageToken,
      },
      signal: opts.signal,
    });
    return {
      model_versions: res.model_versions ?? [],
      next_page_token: res.next_page_token || undefined,
    };
  }

  async searchAllModelVersions(filter: string, signal?: AbortSignal): Promise<ModelVersion[]> {
    const out: ModelVersion[] = [];
    let pageToken: string | undefined;
    do {
      const page = await this.searchModelVersions({ filter, pageToken, signal });
      out.push(...page.model_versions);
      pageToken = page.next_page_token;
    } while (pageToken);
    return out;
  }

  async getLatestVersions(
    name: string,
    stages: Stage[],
    signal?: AbortSignal,
  ): Promise<ModelVersion[]> {
    const res = await this.transport.request<{ model_versions?: ModelVersion[] }>({
      method: 'POST',
      path: '/api/2.0/mlflow/registered-models/get-latest-versions',
      body: { name, stages },
      safeToRepeat: true,
      resource: { kind: 'registered model', id: name, needs: 'CAN_READ' },
      signal,
    });
    return res.model_versions ?? [];
  }

  async getRegisteredModel(name: string, signal?: AbortSignal): Promise<Open> {
    const res = await this.transport.request<{ registered_model_databricks: Open }>({
      method: 'GET',
      path: '/api/2.0/mlflow/databricks/registered-models/get',
      query: { name },
      resource: { kind: 'registered model', id: name, needs: 'CAN_READ' },
      signal,
    });
    return res.registered_model_databricks;
  }

  /** Moves a version to a stage directly (needs the stage's manage permission). */
  async transitionStage(req: TransitionRequest, signal?: AbortSignal): Promise<ModelVersion> {
    const res = await this.transport.request<{ model_version_databricks: ModelVersion }>({
      method: 'POST',
      path: '/api/2.0/mlflow/databricks/model-versions/transition-stage',
      body: { archive_existing_versions: false, ...req },
      // Transitioning to the stage it is already in changes nothing.
      safeToRepeat: true,
      resource: {
        kind: 'registered model',
        id: req.name,
        needs: MODEL_PERMISSION_FOR_STAGE[req.stage] ?? 'CAN_MANAGE',
      },
      signal,
    });
    return res.model_version_databricks;
  }

  async updateModelVersion(
    name: string,
    version: string,
    description: string,
    signal?: AbortSignal,
  ): Promise<ModelVersion> {
    const res = await this.transport.request<{ model_version: ModelVersion }>({
      method: 'PATCH',
      path: '/api/2.0/mlflow/model-versions/update',
      body: { name, version, description },
      safeToRepeat: true,
      resource: { kind: 'registered model', id: name, needs: 'CAN_EDIT' },
      signal,
    });
    return res.model_version;
  }

  async setModelVersionTag(
    name: string,
    version: string,
    key: string,
    value: string,
    signal?: AbortSignal,
  ): Promise<void> {
    await this.transport.request({
      method: 'POST',
      path: '/api/2.0/mlflow/model-versions/set-tag',
      body: { name, version, key, value },
      safeToRepeat: true,
      resource: { kind: 'registered model', id: name, needs: 'CAN_EDIT' },
      signal,
    });
  }

  async createTransitionRequest(
    req: Omit<TransitionRequest, 'archive_existing_versions'>,
    signal?: AbortSignal,
  ): Promise<Open> {
    const res = await this.transport.request<{ request: Open }>({
      method: 'POST',
      path: '/api/2.0/mlflow/transition-requests/create',
      body: req,
      resource: { kind: 'registered model', id: req.name, needs: 'CAN_READ' },
      signal,
    });
    return res.request;
  }

  async approveTransitionRequest(
    req: TransitionRequest & { archive_existing_versions: boolean },
    signal?: AbortSignal,
  ): Promise<Activity> {
    const res = await this.transport.request<{ activity: Activity }>({
      method: 'POST',
      path: '/api/2.0/mlflow/transition-requests/approve',
      body: req,
      resource: {
        kind: 'registered model',
        id: req.name,
        needs: MODEL_PERMISSION_FOR_STAGE[req.stage] ?? 'CAN_MANAGE',
      },
      signal,
    });
    return res.activity;
  }

  async rejectTransitionRequest(
    req: Omit<TransitionRequest, 'archive_existing_versions'>,
    signal?: AbortSignal,
  ): Promise<Activity> {
    const res = await this.transport.request<{ activity: Activity }>({
      method: 'POST',
      path: '/api/2.0/mlflow/transition-requests/reject',
      body: req,
      resource: {
        kind: 'registered model',
        id: req.name,
        needs: MODEL_PERMISSION_FOR_STAGE[req.stage] ?? 'CAN_MANAGE',
      },
      signal,
    });
    return res.activity;
  }

  async listTransitionRequests(
    name: string,
    version: string,
    signal?: AbortSignal,
  ): Promise<Activity[]> {
    const res = await this.transport.request<{ requests?: Activity[] }>({
      method: 'GET',
      path: '/api/2.0/mlflow/transition-requests/list',
      query: { name, version },
      signal,
    });
    return res.requests ?? [];
  }
}
