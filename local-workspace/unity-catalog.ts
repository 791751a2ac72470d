/**
 * Unity Catalog models, one store served through both REST flavours (reference §4.3, §4.4):
 *  - the MLflow-UC endpoints under `/api/2.0/mlflow/unity-catalog/` that the MLflow client calls with
 *    `registry_uri="databricks-uc"`: string versions, `description`, `aliases[{alias, version}]`, tags;
 *  - the public `/api/2.1/unity-catalog/models` API: int `version`/`version_num`, `comment`,
 *    `aliases[{alias_name, version_num}]` only with `include_aliases=true`, no tags.
 * Catalogs and schemas are implicit: any three-part name is accepted. Names are case-insensitive and
 * stored lower-cased, as Unity Catalog does.
 */
import { randomUUID } from 'node:crypto';
import type { LocalRequest, ModuleContext } from './types';
import { matches, parseFilter } from './mlflow-filter';
import { alreadyExists, invalid, notFound } from './errors';
import { LOCAL_USER } from './identity';
import { page } from './paging';
import { args, type Args, optBool, optNumber, optString, reqString } from './request-args';
import { jsonRoutes, ok } from './routes';
import { persistedState, share } from './state';
import { putTag, type Tag, tagList } from './tags';
import { ApiError } from './types';

const MLFLOW_UC = '/api/2.0/mlflow/unity-catalog';
const UC = '/api/2.1/unity-catalog/models';
const METASTORE_ID = '00000000-0000-0000-0000-00000000c0de';

export interface UcVersion {
  version: number;
  id: string;
  created_at: number;
  updated_at: number;
  description: string;
  source: string;
  run_id: string;
  run_experiment_id: string;
  run_tracking_server_id: string;
  status: string;
  status_message: string;
  finalized: boolean;
  tags: Tag[];
}

export interface UcModel {
  id: string;
  catalog_name: string;
  schema_name: string;
  name: string;
  description: string;
  owner: string;
  created_at: number;
  updated_at: number;
  tags: Tag[];
  aliases: Array<{ alias: string; version: number }>;
  last_version: number;
  versions: UcVersion[];
}

interface UcState {
  models: UcModel[];
}

/** What serving.ts asks of this module. */
export interface UcLookup {
  versionExists(fullName: string, version: string): boolean;
  /** A version's tag value; undefined when the version or the tag is missing. */
  versionTag(fullName: string, version: string, key: string): string | undefined;
  /** A version's registered `source`; undefined when the version is missing. */
  versionSource(fullName: string, version: string): string | undefined;
  modelExists(fullName: string): boolean;
}

const fullName = (m: UcModel) => `${m.catalog_name}.${m.schema_name}.${m.name}`;

export function splitName(name: string): [string, string, string] {
  const parts = name.split('.');
  if (parts.length !== 3 || parts.some((p) => !p.trim())) {
    throw invalid(
      `Invalid name '${name}'. A Unity Catalog model name must have three parts: <catalog>.<schema>.<model>.`,
    );
  }
  return parts.map((p) => p.toLowerCase()) as [string, string, string];
}

function checkAlias(alias: string): void {
  if (!alias) throw invalid("Missing value for required parameter 'alias'.");
  if (alias.toLowerCase() === 'latest')
    throw invalid("'latest' alias name (case insensitive) is reserved.");
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function register(ctx: ModuleContext): void {
  const state = persistedState<UcState>(ctx, 'unity-catalog-models', { models: [] });
  const now = () => ctx.now();
  const registrationMs = () => ctx.options.registrationMs ?? 200;

  const lookup = (name: string): UcModel | undefined => {
    const [c, s, n] = splitName(name);
    return state.models.find((m) => m.catalog_name === c && m.schema_name === s && m.name === n);
  };
  const findModel = (name: string): UcModel => {
    const m = lookup(name);
    if (!m) throw notFound(`Registered model '${name.toLowerCase()}' does not exist.`);
    return m;
  };
  const findVersion = (m: UcModel, raw: string | number): UcVersion => {
    const n = Number(raw);
    const v = Number.isInteger(n) ? m.versions.find((x) => x.version === n) : undefined;
    if (!v) throw notFound(`Model version ${fullName(m)}/${String(raw)} does not exist.`);
    return settle(v);
  };
  /** Registration completes on finalize, or by itself `registrationMs` after creation. */
  const settle = (v: UcVersion): UcVersion => {
    if (
      v.status === 'PENDING_REGISTRATION' &&
      (v.finalized || now() - v.created_at >= registrationMs())
    ) {
      v.status = 'READY';
      v.status_message = '';
    }
    return v;
  };
  const aliasesOf = (m: UcModel, v: UcVersion) => m.aliases.filter((x) => x.version === v.version);
  const storage = (m: UcModel, v?: UcVersion) =>
    `dbfs:/local-workspace/unity-catalog/models/${m.id}${v ? `/versions/${v.version}` : ''}`;

  share(ctx, 'unity-catalog', {
    modelExists: (name: string) => {
      try {
        return lookup(name) !== undefined;
      } catch {
        return false;
      }
    },
    versionExists: (name: string, version: string) => {
      try {
        const m = lookup(name);
        return !!m && m.versions.some((v) => String(v.version) === String(version));
      } catch {
        return false;
      }
    },
    versionSource: (name: string, version: string) => {
      try {
        return lookup(name)?.versions.find((x) => String(x.version) === String(version))?.source;
      } catch {
        return undefined;
      }
    },
    versionTag: (name: string, version: string, key: string) => {
      try {
        const v = lookup(name)?.versions.find((x) => String(x.version) === String(version));
        return v?.tags.find((t) => t.key === key)?.value;
      } catch {
        return undefined;
      }
    },
  } satisfies UcLookup);

  const createModel = (name: string, description: string, tags: Tag[]): UcModel => {
    const [c, s, n] = splitName(name);
    if (lookup(name)) throw alreadyExists(`Registered model '${c}.${s}.${n}' already exists.`);
    const m: UcModel = {
      id: randomUUID(),
      catalog_name: c,
      schema_name: s,
      name: n,
      description,
      owner: LOCAL_USER,
      created_at: now(),
      updated_at: now(),
      tags,
      aliases: [],
      last_version: 0,
      versions: [],
    };
    state.models.push(m);
    return m;
  };
  const setAlias = (m: UcModel, alias: string, version: string | number) => {
    checkAlias(alias);
    const v = findVersion(m, version);
    m.aliases = m.aliases.filter((x) => x.alias !== alias);
    m.aliases.push({ alias, version: v.version });
    m.updated_at = now();
    return v;
  };
  const deleteAlias = (m: UcModel, alias: string) => {
    checkAlias(alias);
    if (!m.aliases.some((x) => x.alias === alias))
      throw notFound(`Alias '${alias}' does not exist on registered model '${fullName(m)}'.`);
    m.aliases = m.aliases.filter((x) => x.alias !== alias);
    m.updated_at = now();
  };
  const byAlias = (m: UcModel, alias: string): UcVersion => {
    const a = m.aliases.find((x) => x.alias === alias);
    if (!a) throw notFound(`Alias '${alias}' does not exist on registered model '${fullName(m)}'.`);
    return findVersion(m, a.version);
  };

  // ---- MLflow-UC flavour ------------------------------------------------------------------------
  const mModel = (m: UcModel) => ({
    name: fullName(m),
    creation_timestamp: m.created_at,
    last_updated_timestamp: m.updated_at,
    user_id: m.owner,
    description: m.description,
    aliases: m.aliases.map((x) => ({ alias: x.alias, version: String(x.version) })),
    tags: m.tags,
  });
  const mVersion = (m: UcModel, v: UcVersion, withAliases = true) => ({
    name: fullName(m),
    version: String(v.version),
    creation_timestamp: v.created_at,
    last_updated_timestamp: v.updated_at,
    user_id: LOCAL_USER,
    description: v.description,
    source: v.source,
    run_id: v.run_id,
    run_experiment_id: v.run_experiment_id,
    run_tracking_server_id: v.run_tracking_server_id,
    status: settle(v).status,
    status_message: v.status_message,
    storage_location: storage(m, v),
    ...(withAliases
      ? { aliases: aliasesOf(m, v).map((x) => ({ alias: x.alias, version: String(x.version) })) }
      : {}),
    tags: v.tags,
  });
  const mroute = jsonRoutes(ctx, MLFLOW_UC);
  const mVersionOf = (a: Args): [UcModel, UcVersion] => {
    const m = findModel(reqString(a, 'name'));
    return [m, findVersion(m, reqString(a, 'version'))];
  };

  mroute('POST', 'registered-models/create', (a) => ({
    registered_model: mModel(
      createModel(reqString(a, 'name'), optString(a, 'description') ?? '', tagList(a)),
    ),
  }));
  mroute('GET', 'registered-models/get', (a) => ({
    registered_model: mModel(findModel(reqString(a, 'name'))),
  }));
  mroute('PATCH', 'registered-models/update', (a) => {
    const m = findModel(reqString(a, 'name'));
    const d = optString(a, 'description');
    if (d !== undefined) m.description = d;
    m.updated_at = now();
    return { registered_model: mModel(m) };
  });
  mroute('DELETE', 'registered-models/delete', (a) => {
    const m = findModel(reqString(a, 'name'));
    state.models.splice(state.models.indexOf(m), 1);
    return {};
  });
  mroute('GET', 'registered-models/search', (a) => {
    const p = page(
      [...state.models].sort((x, y) => (fullName(x) < fullName(y) ? -1 : 1)),
      a,
      { defaultSize: 100, maxSize: 1000 },
    );
    return { registered_models: p.items.map(mModel), next_page_token: p.next_page_token };
  });
  mroute('POST', 'registered-models/alias', (a) => {
    setAlias(findModel(reqString(a, 'name')), reqString(a, 'alias'), reqString(a, 'version'));
    return {};
  });
  mroute('DELETE', 'registered-models/alias', (a) => {
    deleteAlias(findModel(reqString(a, 'name')), reqString(a, 'alias'));
    return {};
  });
  mroute('GET', 'registered-models/alias', (a) => {
    const m = findModel(reqString(a, 'name'));
    return { model_version: mVersion(m, byAlias(m, reqString(a, 'alias'))) };
  });
  mroute('POST', 'registered-models/tags', (a) => {
    const m = findModel(reqString(a, 'name'));
    putTag(m.tags, { key: reqString(a, 'key'), value: optString(a, 'value') ?? '' });
    return {};
  });
  mroute('DELETE', 'registered-models/tags', (a) => {
    const m = findModel(reqString(a, 'name'));
    const key = reqString(a, 'key');
    m.tags = m.tags.filter((t) => t.key !== key);
    return {};
  });
  mroute('POST', 'model-versions/create', (a) => {
    const m = findModel(reqString(a, 'name'));
    const v: UcVersion = {
      version: ++m.last_version,
      id: randomUUID(),
      created_at: now(),
      updated_at: now(),
      description: optString(a, 'description') ?? '',
      source: reqString(a, 'source'),
      run_id: optString(a, 'run_id') ?? '',
      run_experiment_id: optString(a, 'run_experiment_id') ?? '',
      run_tracking_server_id: optString(a, 'run_tracking_server_id') ?? '',
      status: 'PENDING_REGISTRATION',
      status_message: '',
      finalized: false,
      tags: tagList(a),
    };
    m.versions.push(v);
    m.updated_at = now();
    return { model_version: mVersion(m, v) };
  });
  mroute('POST', 'model-versions/finalize', (a) => {
    const [m, v] = mVersionOf(a);
    v.finalized = true;
    v.updated_at = now();
    return { model_version: mVersion(m, settle(v)) };
  });
  mroute('GET', 'model-versions/get', (a) => {
    const [m, v] = mVersionOf(a);
    return { model_version: mVersion(m, v) };
  });
  mroute('PATCH', 'model-versions/update', (a) => {
    const [m, v] = mVersionOf(a);
    const d = optString(a, 'description');
    if (d !== undefined) v.description = d;
    v.updated_at = now();
    return { model_version: mVersion(m, v) };
  });
  mroute('DELETE', 'model-versions/delete', (a) => {
    const [m, v] = mVersionOf(a);
    m.versions.splice(m.versions.indexOf(v), 1);
    m.aliases = m.aliases.filter((x) => x.version !== v.version);
    return {};
  });
  mroute('GET', 'model-versions/search', (a) => {
    const clauses = parseFilter(optString(a, 'filter'));
    if (
      !clauses.some(
        (c) => c.entity === '' && (c.key === 'name' || c.key === 'run_id') && c.op === '=',
      )
    ) {
      throw invalid(
        "Unity Catalog model version search requires a filter of the form name='<catalog>.<schema>.<model>' or run_id='<run id>'.",
      );
    }
    const rows = state.models.flatMap((m) => m.versions.map((v) => [m, v] as const));
    const value = (m: UcModel, v: UcVersion, c: { entity: string; key: string }) => {
      if (c.entity === 'tags') return v.tags.find((t) => t.key === c.key)?.value;
      if (c.key === 'name') return fullName(m);
      if (c.key === 'run_id') return v.run_id;
      if (c.key === 'source_path') return v.source;
      if (c.key === 'version_number') return v.version;
      throw invalid(`Invalid filter key '${c.key}' for model version search.`);
    };
    const list = rows
      .filter(([m, v]) =>
        clauses.every((c) =>
          matches(
            value(m, v, c),
            c.key === 'name' && typeof c.value === 'string'
              ? { ...c, value: c.value.toLowerCase() }
              : c,
          ),
        ),
      )
      .sort(([m1, v1], [m2, v2]) =>
        m1 === m2 ? v2.version - v1.version : fullName(m1) < fullName(m2) ? -1 : 1,
      );
    const p = page(list, a, { defaultSize: 10000, maxSize: 10000 });
    // The reference: aliases are not populated by search.
    return {
      model_versions: p.items.map(([m, v]) => mVersion(m, v, false)),
      next_page_token: p.next_page_token,
    };
  });
  mroute('POST', 'model-versions/tags', (a) => {
    const [, v] = mVersionOf(a);
    putTag(v.tags, { key: reqString(a, 'key'), value: optString(a, 'value') ?? '' });
    return {};
  });
  mroute('DELETE', 'model-versions/tags', (a) => {
    const [, v] = mVersionOf(a);
    const key = reqString(a, 'key');
    v.tags = v.tags.filter((t) => t.key !== key);
    return {};
  });
  mroute('POST', 'model-versions/generate-temporary-credentials', () => {
    throw new ApiError(
      501,
      'FEATURE_DISABLED',
      'The local workspace stores no model artifacts, so it issues no temporary storage credentials. Register versions with a source URI only.',
    );
  });

  // ---- public UC REST flavour (/api/2.1/unity-catalog/models) -----------------------------------
  const aliasInfo = (m: UcModel, x: { alias: string; version: number }, full = false) => ({
    alias_name: x.alias,
    version_num: x.version,
    ...(full
      ? {
          catalog_name: m.catalog_name,
          schema_name: m.schema_name,
          model_name: m.name,
          id: `${m.id}/${x.alias}`,
        }
      : {}),
  });
  const uModel = (m: UcModel, includeAliases: boolean) => ({
    name: m.name,
    catalog_name: m.catalog_name,
    schema_name: m.schema_name,
    full_name: fullName(m),
    comment: m.description,
    owner: m.owner,
    storage_location: storage(m),
    metastore_id: METASTORE_ID,
    created_at: m.created_at,
    created_by: m.owner,
    updated_at: m.updated_at,
    updated_by: m.owner,
    ...(includeAliases && m.aliases.length
      ? { aliases: m.aliases.map((x) => aliasInfo(m, x)) }
      : {}),
  });
  const uVersion = (m: UcModel, v: UcVersion, includeAliases: boolean) => {
    const aliases = aliasesOf(m, v);
    return {
      model_name: m.name,
      catalog_name: m.catalog_name,
      schema_name: m.schema_name,
      version: v.version,
      id: v.id,
      comment: v.description,
      source: v.source,
      run_id: v.run_id,
      run_workspace_id: 0,
      status: settle(v).status,
      storage_location: storage(m, v),
      metastore_id: METASTORE_ID,
      created_at: v.created_at,
      created_by: LOCAL_USER,
      updated_at: v.updated_at,
      updated_by: LOCAL_USER,
      ...(includeAliases && aliases.length ? { aliases: aliases.map((x) => aliasInfo(m, x)) } : {}),
    };
  };
  const include = (req: LocalRequest) => optBool(args(req), 'include_aliases') ?? false;
  const modelPath = (rest: string) =>
    new RegExp(`^${UC.replace(/\//g, '\\/')}\\/(?<full>[^/]+)${rest}$`);
  const fullParam = (req: LocalRequest) => decode(req.params.full ?? '');

  ctx.router.add('POST', UC, (req) => {
    const a = args(req);
    const c = reqString(a, 'catalog_name');
    const s = reqString(a, 'schema_name');
    const n = reqString(a, 'name');
    if (n.includes('.'))
      throw invalid(
        `Invalid name '${n}': 'name' is the model's own name; pass catalog_name and schema_name separately.`,
      );
    return ok(uModel(createModel(`${c}.${s}.${n}`, optString(a, 'comment') ?? '', []), false));
  });
  ctx.router.add('GET', UC, (req) => {
    const a = args(req);
    const c = optString(a, 'catalog_name')?.toLowerCase();
    const s = optString(a, 'schema_name')?.toLowerCase();
    if (s && !c) throw invalid("'schema_name' requires 'catalog_name'.");
    const list = state.models
      .filter((m) => (!c || m.catalog_name === c) && (!s || m.schema_name === s))
      .sort((x, y) => (fullName(x) < fullName(y) ? -1 : 1));
    // max_results 0 (or absent) means "server default" in UC list APIs.
    const size = optNumber(a, 'max_results');
    const p = page(
      list,
      { ...a, max_results: size ? size : 100 },
      { defaultSize: 100, maxSize: 1000 },
    );
    return ok({
      registered_models: p.items.map((m) => uModel(m, false)),
      next_page_token: p.next_page_token,
    });
  });
  ctx.router.add('GET', modelPath(''), (req) =>
    ok(uModel(findModel(fullParam(req)), include(req))),
  );
  ctx.router.add('PATCH', modelPath(''), (req) => {
    const a = args(req);
    const m = findModel(fullParam(req));
    const comment = optString(a, 'comment');
    if (comment !== undefined) m.description = comment;
    const owner = optString(a, 'owner');
    if (owner) m.owner = owner;
    const newName = optString(a, 'new_name');
    if (newName) {
      const target = newName.includes('.')
        ? newName
        : `${m.catalog_name}.${m.schema_name}.${newName}`;
      const [c, s, n] = splitName(target);
      if (lookup(target) && lookup(target) !== m)
        throw alreadyExists(`Registered model '${c}.${s}.${n}' already exists.`);
      Object.assign(m, { catalog_name: c, schema_name: s, name: n });
    }
    m.updated_at = now();
    return ok(uModel(m, false));
  });
  ctx.router.add('DELETE', modelPath(''), (req) => {
    const m = findModel(fullParam(req));
    state.models.splice(state.models.indexOf(m), 1);
    return ok({});
  });
  ctx.router.add('GET', modelPath('\\/versions'), (req) => {
    const a = args(req);
    const m = findModel(fullParam(req));
    const size = optNumber(a, 'max_results');
    const list = [...m.versions].sort((x, y) => y.version - x.version);
    const p = page(
      list,
      { ...a, max_results: size ? size : 100 },
      { defaultSize: 100, maxSize: 1000 },
    );
    return ok({
      model_versions: p.items.map((v) => uVersion(m, v, false)),
      next_page_token: p.next_page_token,
    });
  });
  ctx.router.add('GET', modelPath('\\/versions\\/(?<version>[^/]+)'), (req) => {
    const m = findModel(fullParam(req));
    return ok(uVersion(m, findVersion(m, req.params.version), include(req)));
  });
  ctx.router.add('PATCH', modelPath('\\/versions\\/(?<version>[^/]+)'), (req) => {
    const m = findModel(fullParam(req));
    const v = findVersion(m, req.params.version);
    const comment = optString(args(req), 'comment');
    if (comment !== undefined) v.description = comment;
    v.updated_at = now();
    return ok(uVersion(m, v, false));
  });
  ctx.router.add('DELETE', modelPath('\\/versions\\/(?<version>[^/]+)'), (req) => {
    const m = findModel(fullParam(req));
    const v = findVersion(m, req.params.version);
    m.versions.splice(m.versions.indexOf(v), 1);
    m.aliases = m.aliases.filter((x) => x.version !== v.version);
    return ok({});
  });
  ctx.router.add('PUT', modelPath('\\/aliases\\/(?<alias>[^/]+)'), (req) => {
    const m = findModel(fullParam(req));
    const alias = decode(req.params.alias);
    const a = args(req);
    const num = optNumber(a, 'version_num');
    if (num === undefined) throw invalid("Missing value for required parameter 'version_num'.");
    const v = setAlias(m, alias, num);
    return ok(aliasInfo(m, { alias, version: v.version }, true));
  });
  ctx.router.add('DELETE', modelPath('\\/aliases\\/(?<alias>[^/]+)'), (req) => {
    deleteAlias(findModel(fullParam(req)), decode(req.params.alias));
    return ok({});
  });
  ctx.router.add('GET', modelPath('\\/aliases\\/(?<alias>[^/]+)'), (req) => {
    const m = findModel(fullParam(req));
    return ok(uVersion(m, byAlias(m, decode(req.params.alias)), include(req)));
  });
}
