/**
 * MLflow tracking (`/api/2.0/mlflow/experiments|runs|metrics/...`) and, through mlflow-registry.ts,
 * the workspace (stage-based) model registry. Shapes follow the reference §4.1 and MLflow's protos.
 */
import { randomUUID } from 'node:crypto';
import type { ModuleContext } from './types';
import { compareValues, matches, parseFilter, parseOrderBy, type Clause } from './mlflow-filter';
import { registerWorkspaceRegistry } from './mlflow-registry';
import { alreadyExists, invalid, notFound } from './errors';
import { LOCAL_USER } from './identity';
import { page } from './paging';
import { type Args, optList, optNumber, optString, reqString } from './request-args';
import { jsonRoutes } from './routes';
import { share } from './state';
import { putTag, type Tag, tagList } from './tags';

const API = '/api/2.0/mlflow';

export interface Experiment {
  experiment_id: string;
  name: string;
  artifact_location: string;
  lifecycle_stage: 'active' | 'deleted';
  creation_time: number;
  last_update_time: number;
  tags: Tag[];
}

export interface Metric {
  key: string;
  value: number;
  timestamp: number;
  step: number;
}

export interface RunInfo {
  run_id: string;
  run_uuid: string;
  run_name: string;
  experiment_id: string;
  user_id: string;
  status: string;
  start_time: number;
  end_time?: number;
  artifact_uri: string;
  lifecycle_stage: 'active' | 'deleted';
}

export interface RunRecord {
  info: RunInfo;
  params: Tag[];
  tags: Tag[];
  /** Every logged value per key, in logging order. */
  history: Record<string, Metric[]>;
}

export interface TrackingState {
  experiments: Experiment[];
  runs: RunRecord[];
}

const RUN_STATUSES = ['RUNNING', 'SCHEDULED', 'FINISHED', 'FAILED', 'KILLED'];

/** MLflow's rule for the value shown in `run.data.metrics`: the greatest (step, timestamp, value). */
function latest(history: Metric[]): Metric {
  return history.reduce((a, b) => {
    if (b.step !== a.step) return b.step > a.step ? b : a;
    if (b.timestamp !== a.timestamp) return b.timestamp > a.timestamp ? b : a;
    return b.value >= a.value ? b : a;
  });
}

export function runView(r: RunRecord): unknown {
  return {
    info: r.info,
    data: {
      metrics: Object.values(r.history).map(latest),
      params: r.params,
      tags: r.tags,
    },
    inputs: { dataset_inputs: [] },
  };
}

export function register(ctx: ModuleContext): void {
  const state: TrackingState = { experiments: [], runs: [] };
  const now = () => ctx.now();

  const ensureDefault = () => {
    if (!state.experiments.some((e) => e.experiment_id === '0')) {
      state.experiments.push({
        experiment_id: '0',
        name: 'Default',
        artifact_location: 'dbfs:/databricks/mlflow-tracking/0',
        lifecycle_stage: 'active',
        creation_time: now(),
        last_update_time: now(),
        tags: [],
      });
    }
  };
  ensureDefault();

  ctx.persist(
    'mlflow-tracking',
    () => state,
    (saved) => {
      const s = saved as Partial<TrackingState> | undefined;
      state.experiments = s?.experiments ?? [];
      state.runs = s?.runs ?? [];
      ensureDefault();
    },
  );
  share(ctx, 'mlflow-tracking', state);

  const findExperiment = (id: string): Experiment => {
    const e = state.experiments.find((x) => x.experiment_id === id);
    if (!e) throw notFound(`No Experiment with id=${id} exists`);
    return e;
  };
  const findRun = (id: string): RunRecord => {
    const r = state.runs.find((x) => x.info.run_id === id);
    if (!r) throw notFound(`Run with id=${id} not found`);
    return r;
  };
  const activeRun = (id: string): RunRecord => {
    const r = findRun(id);
    if (r.info.lifecycle_stage !== 'active') {
      throw invalid(
        `The run ${id} must be in the 'active' state. Current state is ${r.info.lifecycle_stage}.`,
      );
    }
    return r;
  };
  const route = jsonRoutes(ctx, API);

  // ---- experiments ------------------------------------------------------------------------------
  route('POST', 'experiments/create', (a) => {
    const name = reqString(a, 'name');
    if (state.experiments.some((e) => e.name === name)) {
      throw alreadyExists(`Experiment '${name}' already exists.`);
    }
    const id = ctx.nextId().toString();
    state.experiments.push({
      experiment_id: id,
      name,
      artifact_location:
        optString(a, 'artifact_location') ?? `dbfs:/databricks/mlflow-tracking/${id}`,
      lifecycle_stage: 'active',
      creation_time: now(),
      last_update_time: now(),
      tags: tagList(a),
    });
    return { experiment_id: id };
  });
  route('GET', 'experiments/get', (a) => ({
    experiment: findExperiment(reqString(a, 'experiment_id')),
  }));
  route('GET', 'experiments/get-by-name', (a) => {
    const name = reqString(a, 'experiment_name');
    const e = state.experiments.find((x) => x.name === name);
    if (!e) throw notFound(`Could not find experiment with name ${name}`);
    return { experiment: e };
  });
  const searchExperiments = (a: Args) => {
    const clauses = parseFilter(optString(a, 'filter'));
    const view = optString(a, 'view_type') ?? 'ACTIVE_ONLY';
    const attr = (e: Experiment, key: string): string | number | undefined =>
      key === 'name'
        ? e.name
        : key === 'creation_time'
          ? e.creation_time
          : key === 'last_update_time'
            ? e.last_update_time
            : key === 'experiment_id'
              ? e.experiment_id
              : undefined;
    const value = (e: Experiment, c: { entity: string; key: string }) => {
      if (c.entity === 'tags') return e.tags.find((t) => t.key === c.key)?.value;
      if (c.entity === '' || c.entity === 'attributes') return attr(e, c.key);
      throw invalid(`Invalid attribute key '${c.entity}.${c.key}' for experiment search.`);
    };
    let list = state.experiments.filter(
      (e) =>
        (view === 'ALL' ||
          (view === 'DELETED_ONLY'
            ? e.lifecycle_stage === 'deleted'
            : e.lifecycle_stage === 'active')) &&
        clauses.every((c) => matches(value(e, c), c)),
    );
    const order = parseOrderBy(optList(a, 'order_by'));
    const keys = order.length ? order : [{ entity: '', key: 'creation_time', desc: true }];
    list = [...list].sort((x, y) => {
      for (const k of keys) {
        const r = compareValues(value(x, k), value(y, k), k.desc);
        if (r) return r;
      }
      return x.experiment_id < y.experiment_id ? -1 : 1;
    });
    const p = page(list, a, { defaultSize: 1000, maxSize: 50000 });
    return { experiments: p.items, next_page_token: p.next_page_token };
  };
  route('POST', 'experiments/search', searchExperiments);
  route('GET', 'experiments/search', searchExperiments);
  route('POST', 'experiments/delete', (a) => {
    const e = findExperiment(reqString(a, 'experiment_id'));
    e.lifecycle_stage = 'deleted';
    e.last_update_time = now();
    return {};
  });
  route('POST', 'experiments/restore', (a) => {
    const e = findExperiment(reqString(a, 'experiment_id'));
    e.lifecycle_stage = 'active';
    e.last_update_time = now();
    return {};
  });
  route('POST', 'experiments/update', (a) => {
    const e = findExperiment(reqString(a, 'experiment_id'));
    const name = optString(a, 'new_name');
    if (name && name !== e.name) {
      if (state.experiments.some((x) => x.name === name))
        throw alreadyExists(`Experiment '${name}' already exists.`);
      e.name = name;
    }
    e.last_update_time = now();
    return {};
  });
  route('POST', 'experiments/set-experiment-tag', (a) => {
    const e = findExperiment(reqString(a, 'experiment_id'));
    putTag(e.tags, { key: reqString(a, 'key'), value: optString(a, 'value') ?? '' });
    return {};
  });

  // ---- runs ---------------------------------------------------------------------------------------
  route('POST', 'runs/create', (a) => {
    const experimentId = optString(a, 'experiment_id') ?? '0';
    const exp = findExperiment(experimentId);
    if (exp.lifecycle_stage !== 'active')
      throw invalid(`The experiment ${experimentId} must be in the 'active' state.`);
    const tags = tagList(a);
    const id = randomUUID().replace(/-/g, '');
    const runName =
      optString(a, 'run_name') ??
      tags.find((t) => t.key === 'mlflow.runName')?.value ??
      `local-run-${id.slice(0, 8)}`;
    putTag(tags, { key: 'mlflow.runName', value: runName });
    const userId = optString(a, 'user_id') ?? LOCAL_USER;
    if (!tags.some((t) => t.key === 'mlflow.user'))
      tags.push({ key: 'mlflow.user', value: userId });
    const run: RunRecord = {
      info: {
        run_id: id,
        run_uuid: id,
        run_name: runName,
        experiment_id: experimentId,
        user_id: userId,
        status: 'RUNNING',
        start_time: optNumber(a, 'start_time') ?? now(),
        artifact_uri: `${exp.artifact_location}/${id}/artifacts`,
        lifecycle_stage: 'active',
      },
      params: [],
      tags,
      history: {},
    };
    state.runs.push(run);
    exp.last_update_time = now();
    return { run: runView(run) };
  });
  route('GET', 'runs/get', (a) => ({ run: runView(findRun(reqString(a, 'run_id') ?? '')) }));
  route('POST', 'runs/update', (a) => {
    const run = findRun(optString(a, 'run_id') ?? reqString(a, 'run_uuid'));
    const status = optString(a, 'status');
    if (status !== undefined) {
      if (!RUN_STATUSES.includes(status))
        throw invalid(
          `Invalid value '${status}' for parameter 'status'. Expected one of ${RUN_STATUSES.join(', ')}.`,
        );
      run.info.status = status;
    }
    const end = optNumber(a, 'end_time');
    if (end !== undefined) run.info.end_time = end;
    const name = optString(a, 'run_name');
    if (name) {
      run.info.run_name = name;
      putTag(run.tags, { key: 'mlflow.runName', value: name });
    }
    return { run_info: run.info };
  });
  route('POST', 'runs/delete', (a) => {
    findRun(reqString(a, 'run_id')).info.lifecycle_stage = 'deleted';
    return {};
  });
  route('POST', 'runs/restore', (a) => {
    findRun(reqString(a, 'run_id')).info.lifecycle_stage = 'active';
    return {};
  });

  const logMetric = (run: RunRecord, m: Args) => {
    const key = reqString(m, 'key');
    const raw = m.value;
    const value =
      typeof raw === 'number'
        ? raw
        : typeof raw === 'bigint'
          ? Number(raw)
          : typeof raw === 'string'
            ? Number(raw)
            : NaN;
    if (raw === undefined || raw === null || (Number.isNaN(value) && raw !== 'NaN')) {
      throw invalid(
        `Got invalid value ${JSON.stringify(String(raw))} for metric '${key}'. Expected a number.`,
      );
    }
    const metric: Metric = {
      key,
      value,
      timestamp: optNumber(m, 'timestamp') ?? now(),
      step: optNumber(m, 'step') ?? 0,
    };
    (run.history[key] ??= []).push(metric);
  };
  const logParam = (run: RunRecord, p: Args) => {
    const key = reqString(p, 'key');
    const value = optString(p, 'value') ?? '';
    const prev = run.params.find((x) => x.key === key);
    if (prev && prev.value !== value) {
      throw invalid(
        `Changing param values is not allowed. Param with key='${key}' was already logged with value='${prev.value}' for run ID='${run.info.run_id}'. Attempted logging new value '${value}'.`,
      );
    }
    if (!prev) run.params.push({ key, value });
  };
  const setTag = (run: RunRecord, t: Args) => {
    const key = reqString(t, 'key');
    const value = optString(t, 'value') ?? '';
    putTag(run.tags, { key, value });
    if (key === 'mlflow.runName') run.info.run_name = value;
  };
  const runOf = (a: Args) => activeRun(optString(a, 'run_id') ?? reqString(a, 'run_uuid'));

  route('POST', 'runs/log-metric', (a) => {
    logMetric(runOf(a), a);
    return {};
  });
  route('POST', 'runs/log-parameter', (a) => {
    logParam(runOf(a), a);
    return {};
  });
  route('POST', 'runs/set-tag', (a) => {
    setTag(runOf(a), a);
    return {};
  });
  route('POST', 'runs/delete-tag', (a) => {
    const run = runOf(a);
    const key = reqString(a, 'key');
    const i = run.tags.findIndex((t) => t.key === key);
    if (i < 0) throw notFound(`No tag with name: ${key} in run with id ${run.info.run_id}`);
    run.tags.splice(i, 1);
    return {};
  });
  route('POST', 'runs/log-batch', (a) => {
    const run = runOf(a);
    const metrics = (optList(a, 'metrics') ?? []) as Args[];
    const params = (optList(a, 'params') ?? []) as Args[];
    const tags = (optList(a, 'tags') ?? []) as Args[];
    // MLflow's documented batch limits.
    if (metrics.length > 1000)
      throw invalid(
        `A batch logging request can contain at most 1000 metrics. Got ${metrics.length} metrics.`,
      );
    if (params.length > 100)
      throw invalid(
        `A batch logging request can contain at most 100 params. Got ${params.length} params.`,
      );
    if (tags.length > 100)
      throw invalid(
        `A batch logging request can contain at most 100 tags. Got ${tags.length} tags.`,
      );
    // Validate everything before changing anything, so that a bad batch leaves the run as it was.
    const probe: RunRecord = JSON.parse(JSON.stringify(run));
    for (const p of params) logParam(probe, p);
    for (const m of metrics) logMetric(probe, m);
    for (const t of tags) setTag(probe, t);
    for (const p of params) logParam(run, p);
    for (const m of metrics) logMetric(run, m);
    for (const t of tags) setTag(run, t);
    return {};
  });
  route('GET', 'metrics/get-history', (a) => {
    const run = findRun(optString(a, 'run_id') ?? reqString(a, 'run_uuid'));
    const key = reqString(a, 'metric_key');
    const p = page(run.history[key] ?? [], a, { defaultSize: 25000, maxSize: 25000 });
    return { metrics: p.items, next_page_token: p.next_page_token };
  });

  const searchRuns = (a: Args) => {
    const ids = (optList(a, 'experiment_ids') ?? []).map(String);
    if (!ids.length) throw invalid("Missing value for required parameter 'experiment_ids'.");
    const clauses = parseFilter(optString(a, 'filter'));
    const view = optString(a, 'run_view_type') ?? 'ACTIVE_ONLY';
    const value = (
      r: RunRecord,
      c: { entity: string; key: string },
    ): string | number | undefined => {
      switch (c.entity) {
        case 'metrics': {
          const h = r.history[c.key];
          return h?.length ? latest(h).value : undefined;
        }
        case 'params':
          return r.params.find((p) => p.key === c.key)?.value;
        case 'tags':
          return r.tags.find((t) => t.key === c.key)?.value;
        case '':
        case 'attributes': {
          const k = c.key === 'run_uuid' ? 'run_id' : c.key;
          if (
            ![
              'run_id',
              'run_name',
              'status',
              'start_time',
              'end_time',
              'user_id',
              'artifact_uri',
              'lifecycle_stage',
              'experiment_id',
            ].includes(k)
          ) {
            throw invalid(
              `Invalid attribute key '${c.key}' specified. Valid keys are run_id, run_name, status, start_time, end_time, user_id, artifact_uri.`,
            );
          }
          return (r.info as unknown as Record<string, string | number | undefined>)[k];
        }
        default:
          throw invalid(
            `Invalid entity type '${c.entity}'. Valid values are metrics, params, tags, attributes.`,
          );
      }
    };
    const filtered = state.runs.filter(
      (r) =>
        ids.includes(r.info.experiment_id) &&
        (view === 'ALL' ||
          (view === 'DELETED_ONLY'
            ? r.info.lifecycle_stage === 'deleted'
            : r.info.lifecycle_stage === 'active')) &&
        clauses.every((c: Clause) => matches(value(r, c), c)),
    );
    const order = parseOrderBy(optList(a, 'order_by'));
    const keys = [...order, { entity: 'attributes', key: 'start_time', desc: true }];
    filtered.sort((x, y) => {
      for (const k of keys) {
        const r = compareValues(value(x, k), value(y, k), k.desc);
        if (r) return r;
      }
      return x.info.run_id < y.info.run_id ? -1 : 1;
    });
    const p = page(filtered, a, { defaultSize: 1000, maxSize: 50000 });
    return { runs: p.items.map(runView), next_page_token: p.next_page_token };
  };
  route('POST', 'runs/search', searchRuns);
  route('GET', 'runs/search', searchRuns);

  registerWorkspaceRegistry(ctx);
}
