// Seeds a local workspace with MLflow runs and registered model versions over its REST API, as a
// training job would, so the model capabilities are tested against real registry answers.
import type { LocalWorkspace } from '../../local-workspace/server';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * fetch, tried once more when a kept-alive socket turns out closed: the ADO mock runner blocks this
 * process while a task runs, so an idle socket can outlive the server's keep-alive without the
 * client noticing ("other side closed"). Only the setup and read-back calls of tests use it.
 */
async function fetchOnce(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause;
    if (cause?.code !== 'UND_ERR_SOCKET') throw err;
    return fetch(url, init);
  }
}

export class Registry {
  private experimentId?: string;
  constructor(readonly ws: LocalWorkspace) {}

  async call(method: string, p: string, body?: unknown): Promise<Json> {
    const res = await fetchOnce(`${this.ws.host}${p}`, {
      method,
      headers: { authorization: `Bearer ${this.ws.token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`${method} ${p} -> ${res.status} ${text}`);
    return text ? (JSON.parse(text) as Json) : {};
  }

  /** An MLflow run with metrics, params and tags; returns its id. */
  async run(opts: {
    metrics?: Record<string, number>;
    params?: Record<string, string>;
    tags?: Record<string, string>;
  }): Promise<string> {
    if (!this.experimentId) {
      const exp = await this.call('POST', '/api/2.0/mlflow/experiments/create', {
        name: `/Shared/gate-${Date.now()}-${Math.random()}`,
      });
      this.experimentId = String(exp.experiment_id);
    }
    const created = await this.call('POST', '/api/2.0/mlflow/runs/create', {
      experiment_id: this.experimentId,
      start_time: Date.now(),
    });
    const runId = String(created.run.info.run_id);
    const ts = Date.now();
    await this.call('POST', '/api/2.0/mlflow/runs/log-batch', {
      run_id: runId,
      metrics: Object.entries(opts.metrics ?? {}).map(([key, value]) => ({
        key,
        value,
        timestamp: ts,
        step: 0,
      })),
      params: Object.entries(opts.params ?? {}).map(([key, value]) => ({ key, value })),
      tags: Object.entries(opts.tags ?? {}).map(([key, value]) => ({ key, value })),
    });
    await this.call('POST', '/api/2.0/mlflow/runs/update', {
      run_id: runId,
      status: 'FINISHED',
      end_time: Date.now(),
    });
    return runId;
  }

  /** Registers a READY Unity Catalog version (through the MLflow-UC endpoints); returns it. */
  async ucVersion(
    name: string,
    opts: { runId?: string; description?: string; tags?: Record<string, string> } = {},
  ): Promise<string> {
    try {
      await this.call('POST', '/api/2.0/mlflow/unity-catalog/registered-models/create', { name });
    } catch (err) {
      if (!String(err).includes('409')) throw err;
    }
    const created = await this.call('POST', '/api/2.0/mlflow/unity-catalog/model-versions/create', {
      name,
      source: 'dbfs:/models/m',
      run_id: opts.runId,
      description: opts.description,
      tags: Object.entries(opts.tags ?? {}).map(([key, value]) => ({ key, value })),
    });
    const version = String(created.model_version.version);
    await this.call('POST', '/api/2.0/mlflow/unity-catalog/model-versions/finalize', {
      name,
      version,
    });
    return version;
  }

  async setAlias(name: string, alias: string, version: string): Promise<void> {
    await this.call('POST', '/api/2.0/mlflow/unity-catalog/registered-models/alias', {
      name,
      alias,
      version,
    });
  }

  async aliasVersion(name: string, alias: string): Promise<string | undefined> {
    const res = await fetchOnce(
      `${this.ws.host}/api/2.0/mlflow/unity-catalog/registered-models/alias?name=${encodeURIComponent(name)}&alias=${encodeURIComponent(alias)}`,
      { headers: { authorization: `Bearer ${this.ws.token}` } },
    );
    if (res.status === 404) return undefined;
    const json = (await res.json()) as Json;
    return String(json.model_version.version);
  }

  async ucTags(name: string, version: string): Promise<Record<string, string>> {
    const res = await this.call(
      'GET',
      `/api/2.0/mlflow/unity-catalog/model-versions/get?name=${encodeURIComponent(name)}&version=${version}`,
    );
    const out: Record<string, string> = {};
    for (const t of res.model_version.tags ?? []) out[t.key] = t.value;
    return out;
  }

  /** A workspace-registry version (stage None), READY. */
  async workspaceVersion(name: string, runId?: string): Promise<string> {
    try {
      await this.call('POST', '/api/2.0/mlflow/registered-models/create', { name });
    } catch (err) {
      if (!String(err).includes('409')) throw err;
    }
    const created = await this.call('POST', '/api/2.0/mlflow/model-versions/create', {
      name,
      source: 'dbfs:/models/m',
      run_id: runId,
    });
    const version = String(created.model_version.version);
    // Workspace versions become READY by themselves shortly after creation: wait for it.
    const deadline = Date.now() + 10_000;
    for (;;) {
      const got = await this.call(
        'GET',
        `/api/2.0/mlflow/model-versions/get?name=${encodeURIComponent(name)}&version=${version}`,
      );
      if (got.model_version.status === 'READY') return version;
      if (Date.now() > deadline)
        throw new Error(`version ${version} of ${name} never became READY`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async sql(statement: string): Promise<string[][]> {
    const res = await this.call('POST', '/api/2.0/sql/statements', {
      warehouse_id: 'wh',
      statement,
      wait_timeout: '30s',
    });
    if (res.status.state !== 'SUCCEEDED') throw new Error(JSON.stringify(res.status));
    return res.result?.data_array ?? [];
  }
}
