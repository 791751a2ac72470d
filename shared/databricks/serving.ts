import { DatabricksError } from './errors';
import type { Transport } from './transport';

type Open = Record<string, unknown>;

export interface ServedEntityInput extends Open {
  /** Set it explicitly so that traffic routes stay stable. */
  name?: string;
  entity_name: string;
  entity_version: string;
  workload_size?: 'Small' | 'Medium' | 'Large' | string;
  scale_to_zero_enabled?: boolean;
  workload_type?: string;
  environment_vars?: Record<string, string>;
}

export interface TrafficConfig {
  routes: { served_entity_name: string; traffic_percentage: number }[];
}

export interface EndpointCoreConfigInput extends Open {
  served_entities: ServedEntityInput[];
  traffic_config?: TrafficConfig;
  auto_capture_config?: Open;
}

export interface ServingEndpointDetailed extends Open {
  name: string;
  id?: string;
  state?: {
    ready?: 'READY' | 'NOT_READY' | string;
    config_update?: 'NOT_UPDATING' | 'IN_PROGRESS' | 'UPDATE_FAILED' | 'UPDATE_CANCELED' | string;
  };
  config?: Open & {
    config_version?: number;
    served_entities?: (Open & {
      name?: string;
      state?: { deployment?: string; deployment_state_message?: string };
    })[];
    traffic_config?: TrafficConfig;
  };
  pending_config?: Open & { config_version?: number; start_time?: number };
  tags?: { key: string; value?: string }[];
}

export interface CreateEndpointRequest extends Open {
  name: string;
  config: EndpointCoreConfigInput;
  tags?: { key: string; value?: string }[];
}

const endpointPath = (name: string) => `/api/2.0/serving-endpoints/${encodeURIComponent(name)}`;
const endpoint = (name: string, needs = 'CAN_MANAGE') => ({
  kind: 'serving endpoint',
  id: name,
  needs,
});

/** Model Serving endpoints (`/api/2.0/serving-endpoints`). */
export class ServingApi {
  constructor(private readonly transport: Transport) {}

  async get(name: string, signal?: AbortSignal): Promise<ServingEndpointDetailed> {
    return this.transport.request<ServingEndpointDetailed>({
      method: 'GET',
      path: endpointPath(name),
      resource: endpoint(name, 'CAN_VIEW'),
      signal,
    });
  }

  async tryGet(name: string, signal?: AbortSignal): Promise<ServingEndpointDetailed | undefined> {
    try {
      return await this.get(name, signal);
    } catch (err) {
      if (err instanceof DatabricksError && err.isNotFound) return undefined;
      throw err;
    }
  }

  async list(signal?: AbortSignal): Promise<ServingEndpointDetailed[]> {
    const res = await this.transport.request<{ endpoints?: ServingEndpointDetailed[] }>({
      method: 'GET',
      path: '/api/2.0/serving-endpoints',
      signal,
    });
    return res.endpoints ?? [];
  }

  async create(req: CreateEndpointRequest, signal?: AbortSignal): Promise<ServingEndpointDetailed> {
    try {
      return await this.transport.request<ServingEndpointDetailed>({
        method: 'POST',
        path: '/api/2.0/serving-endpoints',
        body: req,
        // A repeat either creates it or finds ours: names are unique, unlike job names.
        safeToRepeat: true,
        signal,
      });
    } catch (err) {
      if (
        err instanceof DatabricksError &&
        err.attempts > 1 &&
        /ALREADY_EXISTS/.test(err.errorCode)
      ) {
        return this.get(req.name, signal);
      }
      throw err;
    }
  }

  /** Starts a config update (A/B split, promotion); wait until `config_update` is NOT_UPDATING. */
  async updateConfig(
    name: string,
    config: EndpointCoreConfigInput,
    signal?: AbortSignal,
  ): Promise<ServingEndpointDetailed> {
    return this.transport.request<ServingEndpointDetailed>({
      method: 'PUT',
      path: `${endpointPath(name)}/config`,
      body: config,
      resource: endpoint(name),
      signal,
    });
  }

  async patchTags(
    name: string,
    change: { add_tags?: { key: string; value?: string }[]; delete_tags?: string[] },
    signal?: AbortSignal,
  ): Promise<{ key: string; value?: string }[]> {
    const res = await this.transport.request<{ tags?: { key: string; value?: string }[] }>({
      method: 'PATCH',
      path: `${endpointPath(name)}/tags`,
      body: change,
      safeToRepeat: true,
      resource: endpoint(name),
      signal,
    });
    return res.tags ?? [];
  }

  async delete(name: string, signal?: AbortSignal): Promise<void> {
    await this.transport.request({
      method: 'DELETE',
      path: endpointPath(name),
      resource: endpoint(name),
      signal,
    });
  }

  /**
   * Scores a payload (`/serving-endpoints/{name}/invocations`, outside `/api/2.0`). Never repeated:
   * a scoring call is not known to be free of side effects.
   */
  async invoke<T = unknown>(name: string, payload: unknown, signal?: AbortSignal): Promise<T> {
    return this.transport.request<T>({
      method: 'POST',
      path: `/serving-endpoints/${encodeURIComponent(name)}/invocations`,
      body: payload,
      safeToRepeat: false,
      resource: endpoint(name, 'CAN_QUERY'),
      signal,
    });
  }

  async buildLogs(name: string, servedModel: string, signal?: AbortSignal): Promise<string> {
    const res = await this.transport.request<{ logs?: string }>({
      method: 'GET',
      path: `${endpointPath(name)}/served-models/${encodeURIComponent(servedModel)}/build-logs`,
      resource: endpoint(name, 'CAN_VIEW'),
      signal,
    });
    return res.logs ?? '';
  }
}
