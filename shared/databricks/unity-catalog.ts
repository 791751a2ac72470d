import { DatabricksError } from './errors';
import type { Transport } from './transport';

type Open = Record<string, unknown>;

/** A model version as the MLflow-UC endpoints return it (`version` is a string). */
export interface UcModelVersion extends Open {
  name: string;
  version: string;
  status?: 'UNSPECIFIED' | 'PENDING_REGISTRATION' | 'FAILED_REGISTRATION' | 'READY' | string;
  source?: string;
  run_id?: string;
  aliases?: { alias: string; version: string }[];
  tags?: { key: string; value: string }[];
  description?: string;
}

/** A model version as `/api/2.1/unity-catalog/models` returns it (`version` is an integer). */
export interface ModelVersionInfo extends Open {
  model_name: string;
  catalog_name: string;
  schema_name: string;
  version: number;
  status?:
    | 'PENDING_REGISTRATION'
    | 'READY'
    | 'FAILED_REGISTRATION'
    | 'MODEL_VERSION_STATUS_UNKNOWN'
    | string;
  source?: string;
  run_id?: string;
  comment?: string;
  storage_location?: string;
  aliases?: RegisteredModelAlias[];
  created_at?: number;
  created_by?: string;
}

export interface RegisteredModelAlias extends Open {
  alias_name: string;
  version_num: number;
}

export interface RegisteredModelInfo extends Open {
  full_name?: string;
  name: string;
  catalog_name: string;
  schema_name: string;
  comment?: string;
  owner?: string;
  aliases?: RegisteredModelAlias[];
}

const modelPath = (fullName: string) =>
  `/api/2.1/unity-catalog/models/${encodeURIComponent(fullName)}`;
/**
 * Unity Catalog grants of a registered model. The permissions API knows a registered model as
 * securable type `function`, as the Databricks CLI and Terraform address it ([inferred]:
 * shared/reference/databricks-api.md does not describe the permissions API).
 */
const grantsPath = (fullName: string) =>
  `/api/2.1/unity-catalog/permissions/function/${encodeURIComponent(fullName)}`;

const ucModel = (fullName: string, needs?: string) => ({
  kind: 'Unity Catalog model',
  id: fullName,
  needs,
});

/**
 * The endpoints the MLflow client itself calls for `databricks-uc` (`/api/2.0/mlflow/unity-catalog/*`):
 * string versions, aliases and tags.
 */
export class MlflowUcApi {
  constructor(private readonly transport: Transport) {}

  async getRegisteredModel(
    name: string,
    signal?: AbortSignal,
  ): Promise<Open & { name: string; aliases?: { alias: string; version: string }[] }> {
    const res = await this.transport.request<{ registered_model: Open & { name: string } }>({
      method: 'GET',
      path: '/api/2.0/mlflow/unity-catalog/registered-models/get',
      query: { name },
      resource: ucModel(name, 'EXECUTE'),
      signal,
    });
    return res.registered_model;
  }

  async getModelVersion(
    name: string,
    version: string,
    signal?: AbortSignal,
  ): Promise<UcModelVersion> {
    const res = await this.transport.request<{ model_version: UcModelVersion }>({
      method: 'GET',
      path: '/api/2.0/mlflow/unity-catalog/model-versions/get',
      query: { name, version },
      resource: ucModel(`${name} version ${version}`, 'EXECUTE'),
      signal,
    });
    return res.model_version;
  }

  /** One page; aliases are not populated by search. */
  async searchModelVersions(opts: {
    filter: string;
    maxResults?: number;
    pageToken?: string;
    signal?: AbortSignal;
  }): Promise<{ model_versions: UcModelVersion[]; next_page_token?: string }> {
    const res = await this.transport.request<{
      model_versions?: UcModelVersion[];
      next_page_token?: string;
    }>({
      method: 'GET',
      path: '/api/2.0/mlflow/unity-catalog/model-versions/search',
      query: { filter: opts.filter, max_results: opts.maxResults, page_token: opts.pageToken },
      signal: opts.signal,
    });
    return {
      model_versions: res.model_versions ?? [],
      next_page_token: res.next_page_token || undefined,
    };
  }

  async getModelVersionByAlias(
    name: string,
    alias: string,
    signal?: AbortSignal,
  ): Promise<UcModelVersion> {
    const res = await this.transport.request<{ model_version: UcModelVersion }>({
      method: 'GET',
      path: '/api/2.0/mlflow/unity-catalog/registered-models/alias',
      query: { name, alias },
      resource: ucModel(`${name}@${alias}`, 'EXECUTE'),
      signal,
    });
    return res.model_version;
  }

  /** Moves the alias to `version` (an alias names exactly one version). */
  async setAlias(
    name: string,
    alias: string,
    version: string,
    signal?: AbortSignal,
  ): Promise<void> {
    await this.transport.request({
      method: 'POST',
      path: '/api/2.0/mlflow/unity-catalog/registered-models/alias',
      body: { name, alias, version },
      safeToRepeat: true,
      resource: ucModel(name, 'MANAGE (or ownership)'),
      signal,
    });
  }

  async deleteAlias(name: string, alias: string, signal?: AbortSignal): Promise<void> {
    await this.transport.request({
      method: 'DELETE',
      path: '/api/2.0/mlflow/unity-catalog/registered-models/alias',
      body: { name, alias },
      resource: ucModel(name, 'MANAGE (or ownership)'),
      signal,
    });
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
      path: '/api/2.0/mlflow/unity-catalog/model-versions/tags',
      body: { name, version, key, value },
      safeToRepeat: true,
      resource: ucModel(name, 'APPLY TAG'),
      signal,
    });
  }

  async deleteModelVersionTag(
    name: string,
    version: string,
    key: string,
    signal?: AbortSignal,
  ): Promise<void> {
    await this.transport.request({
      method: 'DELETE',
      path: '/api/2.0/mlflow/unity-catalog/model-versions/tags',
      body: { name, version, key },
      resource: ucModel(name, 'APPLY TAG'),
      signal,
    });
  }

  async setRegisteredModelTag(
    name: string,
    key: string,
    value: string,
    signal?: AbortSignal,
  ): Promise<void> {
    await this.transport.request({
      method: 'POST',
      path: '/api/2.0/mlflow/unity-catalog/registered-models/tags',
      body: { name, key, value },
      safeToRepeat: true,
      resource: ucModel(name, 'APPLY TAG'),
      signal,
    });
  }

  async updateModelVersion(
    name: string,
    version: string,
    description: string,
    signal?: AbortSignal,
  ): Promise<UcModelVersion> {
    const res = await this.transport.request<{ model_version: UcModelVersion }>({
      method: 'PATCH',
      path: '/api/2.0/mlflow/unity-catalog/model-versions/update',
      body: { name, version, description },
      safeToRepeat: true,
      resource: ucModel(name, 'MODIFY'),
      signal,
    });
    return res.model_version;
  }
}

/**
 * Unity Catalog models: the public REST API (`/api/2.1/unity-catalog/models`, integer versions) and,
 * under `.mlflow`, the MLflow-UC endpoints. Both flavours name the same models.
 */
export class UnityCatalogApi {
  readonly mlflow: MlflowUcApi;

  constructor(private readonly transport: Transport) {
    this.mlflow = new MlflowUcApi(transport);
  }

  /** With aliases: the service leaves them out unless `include_aliases=true`. */
  async getModel(fullName: string, signal?: AbortSignal): Promise<RegisteredModelInfo> {
    return this.transport.request<RegisteredModelInfo>({
      method: 'GET',
      path: modelPath(fullName),
      query: { include_aliases: true },
      resource: ucModel(fullName, 'EXECUTE'),
      signal,
    });
  }

  /** Creates a registered model; not retried after a possible success (a repeat would fail as existing). */
  async createModel(
    req: { catalog_name: string; schema_name: string; name: string; comment?: string },
    signal?: AbortSignal,
  ): Promise<RegisteredModelInfo> {
    return this.transport.request<RegisteredModelInfo>({
      method: 'POST',
      path: '/api/2.1/unity-catalog/models',
      body: req,
      resource: ucModel(
        `${req.catalog_name}.${req.schema_name}.${req.name}`,
        'CREATE_MODEL on the schema',
      ),
      signal,
    });
  }

  /** Changes the comment; repeating it is harmless. */
  async updateModelComment(fullName: string, comment: string, signal?: AbortSignal): Promise<void> {
    await this.transport.request({
      method: 'PATCH',
      path: modelPath(fullName),
      body: { comment },
      safeToRepeat: true,
      resource: ucModel(fullName, 'ownership of the model'),
      signal,
    });
  }

  /** The privileges each principal holds directly on the model. */
  async getModelGrants(fullName: string, signal?: AbortSignal): Promise<Map<string, string[]>> {
    const res = await this.transport.request<{
      privilege_assignments?: { principal: string; privileges?: string[] }[];
    }>({
      method: 'GET',
      path: grantsPath(fullName),
      resource: ucModel(fullName, 'MANAGE on the model'),
      signal,
    });
    return new Map((res.privilege_assignments ?? []).map((a) => [a.principal, a.privileges ?? []]));
  }

  /** Adds privileges (PATCH with `add` only): grants made elsewhere stay. */
  async addModelGrants(
    fullName: string,
    grants: { principal: string; privileges: string[] }[],
    signal?: AbortSignal,
  ): Promise<void> {
    await this.transport.request({
      method: 'PATCH',
      path: grantsPath(fullName),
      body: { changes: grants.map((g) => ({ principal: g.principal, add: g.privileges })) },
      // Adding privileges already held changes nothing.
      safeToRepeat: true,
      resource: ucModel(fullName, 'MANAGE on the model'),
      signal,
    });
  }

  async tryGetModel(
    fullName: string,
    signal?: AbortSignal,
  ): Promise<RegisteredModelInfo | undefined> {
    try {
      return await this.getModel(fullName, signal);
    } catch (err) {
      if (err instanceof DatabricksError && err.isNotFound) return undefined;
      throw err;
    }
  }

  async getVersion(
    fullName: string,
    version: number | string,
    signal?: AbortSignal,
  ): Promise<ModelVersionInfo> {
    return this.transport.request<ModelVersionInfo>({
      method: 'GET',
      path: `${modelPath(fullName)}/versions/${encodeURIComponent(String(version))}`,
      query: { include_aliases: true },
      resource: ucModel(`${fullName} version ${version}`, 'EXECUTE'),
      signal,
    });
  }

  /** Every version, across pages. */
  async listVersions(fullName: string, signal?: AbortSignal): Promise<ModelVersionInfo[]> {
    const out: ModelVersionInfo[] = [];
    let page_token: string | undefined;
    do {
      const res = await this.transport.request<{
        model_versions?: ModelVersionInfo[];
        next_page_token?: string;
      }>({
        method: 'GET',
        path: `${modelPath(fullName)}/versions`,
        query: { max_results: 100, page_token },
        resource: ucModel(fullName, 'EXECUTE'),
        signal,
      });
      out.push(...(res.model_versions ?? []));
      page_token = res.next_page_token || undefined;
    } while (page_token);
    return out;
  }

  async getVersionByAlias(
    fullName: string,
    alias: string,
    signal?: AbortSignal,
  ): Promise<ModelVersionInfo> {
    return this.transport.request<ModelVersionInfo>({
      method: 'GET',
      path: `${modelPath(fullName)}/aliases/${encodeURIComponent(alias)}`,
      query: { include_aliases: true },
      resource: ucModel(`${fullName}@${alias}`, 'EXECUTE'),
      signal,
    });
  }

  /** `undefined` when the alias is not set. */
  async tryGetVersionByAlias(
    fullName: string,
    alias: string,
    signal?: AbortSignal,
  ): Promise<ModelVersionInfo | undefined> {
    try {
      return await this.getVersionByAlias(fullName, alias, signal);
    } catch (err) {
      if (err instanceof DatabricksError && err.isNotFound) return undefined;
      throw err;
    }
  }

  async setAlias(
    fullName: string,
    alias: string,
    version: number | string,
    signal?: AbortSignal,
  ): Promise<RegisteredModelAlias> {
    return this.transport.request<RegisteredModelAlias>({
      method: 'PUT',
      path: `${modelPath(fullName)}/aliases/${encodeURIComponent(alias)}`,
      body: { version_num: Number(version) },
      resource: ucModel(fullName, 'MANAGE (or ownership)'),
      signal,
    });
  }

  async deleteAlias(fullName: string, alias: string, signal?: AbortSignal): Promise<void> {
    await this.transport.request({
      method: 'DELETE',
      path: `${modelPath(fullName)}/aliases/${encodeURIComponent(alias)}`,
      resource: ucModel(fullName, 'MANAGE (or ownership)'),
      signal,
    });
  }

  async updateVersion(
    fullName: string,
    version: number | string,
    comment: string,
    signal?: AbortSignal,
  ): Promise<ModelVersionInfo> {
    return this.transport.request<ModelVersionInfo>({
      method: 'PATCH',
      path: `${modelPath(fullName)}/versions/${encodeURIComponent(String(version))}`,
      body: { comment },
      safeToRepeat: true,
      resource: ucModel(fullName, 'MODIFY'),
      signal,
    });
  }

  async deleteVersion(
    fullName: string,
    version: number | string,
    signal?: AbortSignal,
  ): Promise<void> {
    await this.transport.request({
      method: 'DELETE',
      path: `${modelPath(fullName)}/versions/${encodeURIComponent(String(version))}`,
      resource: ucModel(fullName, 'MANAGE (or ownership)'),
      signal,
    });
  }
}
