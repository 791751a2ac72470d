/**
 * The workspace (legacy, stage-based) model registry under `/api/2.0/mlflow/registered-models` and
 * `/api/2.0/mlflow/model-versions`, plus the Databricks variants under `/api/2.0/mlflow/databricks/`
 * (reference §4.2). Unity Catalog models live in unity-catalog.ts.
 */
import type { ModuleContext } from './types';
import { matches, parseFilter } from './mlflow-filter';
import { alreadyExists, invalid, notFound } from './errors';
import { LOCAL_USER } from './identity';
import { page } from './paging';
import { type Args, optBool, optList, optString, reqString } from './request-args';
import { jsonRoutes } from './routes';
import { persistedState } from './state';
import { putTag, type Tag, tagList } from './tags';

const API = '/api/2.0/mlflow';
const STAGES = ['None', 'Staging', 'Production', 'Archived'];

export interface WsModelVersion {
  name: string;
  version: string;
  creation_timestamp: number;
  last_updated_timestamp: number;
  user_id: string;
  current_stage: string;
  description: string;
  source: string;
  run_id: string;
  run_link: string;
  status: string;
  status_message: string;
  tags: Tag[];
}

export interface WsRegisteredModel {
  id: string;
  name: string;
  creation_timestamp: number;
  last_updated_timestamp: number;
  user_id: string;
  description: string;
  tags: Tag[];
  versions: WsModelVersion[];
}

interface RegistryState {
  models: WsRegisteredModel[];
}

/** The reference's message for a name that the workspace registry refuses (a UC name, mlops-stacks #131). */
export function checkWorkspaceName(name: string): void {
  if (!name || /[/.:]/.test(name)) {
    throw invalid(
      `Invalid name '${name}'. A workspace registered model name must be a non-empty UTF-8 string and cannot contain forward slashes(/), periods(.), or colons(:). ` +
        "To use a Unity Catalog model name, set the registry URI to 'databricks-uc'.",
    );
  }
}

function normaliseStage(raw: string): string {
  const s = STAGES.find((x) => x.toLowerCase() === raw.toLowerCase());
  if (!s)
    throw invalid(
      `Invalid Model Version stage: ${raw}. Value must be one of ${STAGES.join(', ')}.`,
    );
  return s;
}

export function registerWorkspaceRegistry(ctx: ModuleContext): void {
  const state = persistedState<RegistryState>(ctx, 'mlflow-registry', { models: [] });
  const now = () => ctx.now();
  const registrationMs = () => ctx.options.registrationMs ?? 200;

  /** Registration finishes `registrationMs` after creation; evaluated when the version is read. */
  const settle = (v: WsModelVersion): WsModelVersion => {
    if (v.status === 'PENDING_REGISTRATION' && now() - v.creation_timestamp >= registrationMs()) {
      v.status = 'READY';
      v.status_message = '';
    }
    return v;
  };
  const versionView = (v: WsModelVersion) => settle(v);
  const latestVersions = (m: WsRegisteredModel, stages?: string[]) => {
    const wanted = stages && stages.length ? stages.map(normaliseStage) : STAGES;
    const out: WsModelVersion[] = [];
    for (const stage of wanted) {
      const inStage = m.versions.filter((v) => v.current_stage === stage);
      if (inStage.length)
        out.push(inStage.reduce((a, b) => (Number(b.version) > Number(a.version) ? b : a)));
    }
    return out.map(versionView);
  };
  const modelView = (m: WsRegisteredModel) => ({
    name: m.name,
    creation_timestamp: m.creation_timestamp,
    last_updated_timestamp: m.last_updated_timestamp,
    user_id: m.user_id,
    description: m.description,
    latest_versions: latestVersions(m, ['None', 'Staging', 'Production']),
    tags: m.tags,
  });
  const findModel = (name: string): WsRegisteredModel => {
    checkWorkspaceName(name);
    const m = state.models.find((x) => x.name === name);
    if (!m) throw notFound(`Registered Model with name=${name} not found`);
    return m;
  };
  const findVersion = (a: Args): [WsRegisteredModel, WsModelVersion] => {
    const m = findModel(reqString(a, 'name'));
    const version = reqString(a, 'version');
    const v = m.versions.find((x) => x.version === version);
    if (!v) throw notFound(`Model Version (name=${m.name}, version=${version}) not found`);
    return [m, v];
  };
  const route = jsonRoutes(ctx, API);

  // ---- registered models ------------------------------------------------------------------------
  route('POST', 'registered-models/create', (a) => {
    const name = reqString(a, 'name');
    checkWorkspaceName(name);
    if (state.models.some((m) => m.name === name))
      throw alreadyExists(`Registered Model (name=${name}) already exists.`);
    const m: WsRegisteredModel = {
      id: ctx.nextId().toString(16),
      name,
      creation_timestamp: now(),
      last_updated_timestamp: now(),
      user_id: LOCAL_USER,
      description: optString(a, 'description') ?? '',
      tags: tagList(a),
      versions: [],
    };
    state.models.push(m);
    return { registered_model: modelView(m) };
  });
  route('GET', 'registered-models/get', (a) => ({
    registered_model: modelView(findModel(reqString(a, 'name'))),
  }));
  route('GET', 'databricks/registered-models/get', (a) => {
    const m = findModel(reqString(a, 'name'));
    return {
      registered_model_databricks: { ...modelView(m), id: m.id, permission_level: 'CAN_MANAGE' },
    };
  });
  const searchModels = (a: Args) => {
    const clauses = parseFilter(optString(a, 'filter'));
    const list = state.models
      .filter((m) =>
        clauses.every((c) =>
          matches(
            c.entity === 'tags'
              ? m.tags.find((t) => t.key === c.key)?.value
              : c.key === 'name'
                ? m.name
                : undefined,
            c,
          ),
        ),
      )
      .sort((x, y) => (x.name < y.name ? -1 : 1));
    const p = page(list, a, { defaultSize: 100, maxSize: 1000 });
    return { registered_models: p.items.map(modelView), next_page_token: p.next_page_token };
  };
  route('GET', 'registered-models/search', searchModels);
  route('POST', 'registered-models/search', searchModels);
  route('PATCH', 'registered-models/update', (a) => {
    const m = findModel(reqString(a, 'name'));
    const d = optString(a, 'description');
    if (d !== undefined) m.description = d;
    m.last_updated_timestamp = now();
    return { registered_model: modelView(m) };
  });
  route('POST', 'registered-models/rename', (a) => {
    const m = findModel(reqString(a, 'name'));
    const to = reqString(a, 'new_name');
    checkWorkspaceName(to);
    if (state.models.some((x) => x.name === to))
      throw alreadyExists(`Registered Model (name=${to}) already exists.`);
    m.name = to;
    for (const v of m.versions) v.name = to;
    m.last_updated_timestamp = now();
    return { registered_model: modelView(m) };
  });
  route('DELETE', 'registered-models/delete', (a) => {
    const m = findModel(reqString(a, 'name'));
    state.models.splice(state.models.indexOf(m), 1);
    return {};
  });
  const getLatest = (a: Args) => {
    const m = findModel(reqString(a, 'name'));
    return { model_versions: latestVersions(m, (optList(a, 'stages') ?? []).map(String)) };
  };
  route('POST', 'registered-models/get-latest-versions', getLatest);
  route('GET', 'registered-models/get-latest-versions', getLatest);
  route('POST', 'registered-models/set-tag', (a) => {
    const m = findModel(reqString(a, 'name'));
    putTag(m.tags, { key: reqString(a, 'key'), value: optString(a, 'value') ?? '' });
    return {};
  });
  route('DELETE', 'registered-models/delete-tag', (a) => {
    const m = findModel(reqString(a, 'name'));
    m.tags = m.tags.filter((t) => t.key !== reqString(a, 'key'));
    return {};
  });

  // ---- model versions ---------------------------------------------------------------------------
  route('POST', 'model-versions/create', (a) => {
    const m = findModel(reqString(a, 'name'));
    const next = m.versions.reduce((n, v) => Math.max(n, Number(v.version)), 0) + 1;
    const runId = optString(a, 'run_id') ?? '';
    const v: WsModelVersion = {
      name: m.name,
      version: String(next),
      creation_timestamp: now(),
      last_updated_timestamp: now(),
      user_id: LOCAL_USER,
      current_stage: 'None',
      description: optString(a, 'description') ?? '',
      source: reqString(a, 'source'),
      run_id: runId,
      run_link: optString(a, 'run_link') ?? '',
      status: 'PENDING_REGISTRATION',
      status_message: 'Pending registration',
      tags: tagList(a),
    };
    m.versions.push(v);
    m.last_updated_timestamp = now();
    return { model_version: versionView(v) };
  });
  route('GET', 'model-versions/get', (a) => ({ model_version: versionView(findVersion(a)[1]) }));
  route('GET', 'databricks/model-versions/get', (a) => ({
    model_version_databricks: { ...versionView(findVersion(a)[1]), permission_level: 'CAN_MANAGE' },
  }));
  route('GET', 'model-versions/get-download-uri', (a) => ({
    artifact_uri: findVersion(a)[1].source,
  }));
  const searchVersions = (a: Args) => {
    const clauses = parseFilter(optString(a, 'filter'));
    for (const c of clauses) {
      if (c.entity === '' && c.key === 'name' && typeof c.value === 'string' && c.op === '=')
        checkWorkspaceName(c.value);
    }
    const value = (v: WsModelVersion, c: { entity: string; key: string }) => {
      if (c.entity === 'tags') return v.tags.find((t) => t.key === c.key)?.value;
      switch (c.key) {
        case 'name':
          return v.name;
        case 'run_id':
          return v.run_id;
        case 'source_path':
          return v.source;
        case 'version_number':
          return Number(v.version);
        case 'current_stage':
          return v.current_stage;
      }
      throw invalid(
        `Invalid filter key '${c.key}' for model version search. Supported keys are name, run_id, source_path and tags.`,
      );
    };
    const list = state.models
      .flatMap((m) => m.versions)
      .filter((v) => clauses.every((c) => matches(value(v, c), c)))
      .sort((x, y) =>
        x.name === y.name ? Number(y.version) - Number(x.version) : x.name < y.name ? -1 : 1,
      );
    const p = page(list, a, { defaultSize: 10000, maxSize: 200000 });
    return { model_versions: p.items.map(versionView), next_page_token: p.next_page_token };
  };
  route('GET', 'model-versions/search', searchVersions);
  route('POST', 'model-versions/search', searchVersions);
  route('PATCH', 'model-versions/update', (a) => {
    const [, v] = findVersion(a);
    const d = optString(a, 'description');
    if (d !== undefined) v.description = d;
    v.last_updated_timestamp = now();
    return { model_version: versionView(v) };
  });
  route('DELETE', 'model-versions/delete', (a) => {
    const [m, v] = findVersion(a);
    m.versions.splice(m.versions.indexOf(v), 1);
    return {};
  });
  route('POST', 'model-versions/set-tag', (a) => {
    const [, v] = findVersion(a);
    putTag(v.tags, { key: reqString(a, 'key'), value: optString(a, 'value') ?? '' });
    return {};
  });
  route('DELETE', 'model-versions/delete-tag', (a) => {
    const [, v] = findVersion(a);
    const key = reqString(a, 'key');
    v.tags = v.tags.filter((t) => t.key !== key);
    return {};
  });
  const transition = (a: Args): WsModelVersion => {
    const [m, v] = findVersion(a);
    const stage = normaliseStage(reqString(a, 'stage'));
    const archive = optBool(a, 'archive_existing_versions') ?? false;
    if (archive && (stage === 'Staging' || stage === 'Production')) {
      for (const other of m.versions) {
        if (other !== v && other.current_stage === stage) {
          other.current_stage = 'Archived';
          other.last_updated_timestamp = now();
        }
      }
    }
    v.current_stage = stage;
    v.last_updated_timestamp = now();
    m.last_updated_timestamp = now();
    return versionView(v);
  };
  route('POST', 'model-versions/transition-stage', (a) => ({ model_version: transition(a) }));
  route('POST', 'databricks/model-versions/transition-stage', (a) => ({
    model_version_databricks: {
      ...transition(a),
      open_requests: [],
      permission_level: 'CAN_MANAGE',
    },
  }));
}
