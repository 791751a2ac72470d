import * as fs from 'fs';
import * as path from 'path';
import { globSync } from 'tinyglobby';
import { UserError } from '../../errors';
import { interpolate, type Lookup } from './interpolate';
import { applyPresets, type Presets } from './presets';
import { rewriteJobPaths, type PathMapping } from './paths';
import { validateBundleFile, validateJob } from './schema';
import {
  DEPLOYED_KINDS,
  type Definition,
  type Deployment,
  type Permission,
  type ResolveContext,
  type UcGrant,
  type ResourceKind,
} from './model';
import {
  DefinitionError,
  at,
  displayPath,
  isMap,
  readSourceFile,
  type Json,
  type SourceFile,
} from './yaml-source';

const ROOT_FILES = ['databricks.yml', 'databricks.yaml', 'bundle.yml', 'bundle.yaml'];

interface RawResource {
  type: string;
  key: string;
  value: unknown;
  file: SourceFile;
  keys: (string | number)[];
}

interface Variable {
  default?: unknown;
  /** `lookup: {<kind>: <name>}`: the value is the id lookup.ts finds. */
  lookup?: Json;
  file: SourceFile;
  keys: (string | number)[];
}

/** A bundle's files read and its target chosen; references not resolved yet. */
export interface OpenBundle {
  dir: string;
  root: SourceFile;
  name: string;
  target: string;
  targetConfig: Json;
  host?: string;
  resources: RawResource[];
  variables: Map<string, Variable>;
}

/** Reads databricks.yml and its includes, and picks the target. */
export function openBundle(dir: string, targetName: string | undefined): OpenBundle {
  const rootName = ROOT_FILES.find((f) => fs.existsSync(path.join(dir, f)));
  if (!rootName)
    throw new UserError(`${dir} has no databricks.yml: a bundle is the folder that holds it.`);
  const root = readSourceFile(path.join(dir, rootName), rootName);
  validateBundleFile(root);
  if (!isMap(root.value)) throw new DefinitionError(at(root, []), 'must be a mapping.');
  const config = root.value;
  const bundle = config.bundle;
  if (!isMap(bundle) || typeof bundle.name !== 'string' || bundle.name === '')
    throw new DefinitionError(at(root, ['bundle']), 'bundle.name is required.');

  const files: SourceFile[] = [root];
  const include = config.include ?? [];
  if (!Array.isArray(include) || include.some((p) => typeof p !== 'string'))
    throw new DefinitionError(at(root, ['include']), 'include must be a list of paths or globs.');
  const seen = new Set([root.full]);
  include.forEach((pattern: string, i) => {
    const matches = globSync(pattern, { cwd: dir, absolute: true, onlyFiles: true }).sort();
    if (matches.length === 0 && !/[*?[{]/.test(pattern))
      throw new DefinitionError(at(root, ['include', i]), `include ${pattern} matches no file.`);
    for (const full of matches.map((m) => path.resolve(m))) {
      if (seen.has(full)) continue;
      seen.add(full);
      const file = readSourceFile(full, displayPath(dir, full));
      validateBundleFile(file);
      files.push(file);
    }
  });

  const resources: RawResource[] = [];
  const variables = new Map<string, Variable>();
  const owner = new Map<string, SourceFile>();
  for (const file of files) {
    const doc = file.value ?? {};
    if (!isMap(doc)) throw new DefinitionError(at(file, []), 'must be a mapping.');
    if (file !== root && (doc.targets !== undefined || doc.bundle !== undefined))
      throw new DefinitionError(
        at(file, [doc.targets !== undefined ? 'targets' : 'bundle']),
        'bundle and targets belong in databricks.yml, not in an included file.',
      );
    collectVariables(file, doc.variables, ['variables'], variables);
    collectResources(file, doc.resources, ['resources'], resources, owner);
  }

  const targets = config.targets ?? {};
  if (!isMap(targets))
    throw new DefinitionError(at(root, ['targets']), 'targets must be a mapping.');
  const names = Object.keys(targets);
  // Without targets the CLI deploys a target called default.
  let target = targetName ?? (names.length === 0 ? 'default' : undefined);
  if (!target) {
    const defaults = names.filter(
      (n) => isMap(targets[n]) && (targets[n] as Json).default === true,
    );
    target = defaults[0] ?? (names.length === 1 ? names[0] : undefined);
    if (!target)
      throw new UserError(
        `${root.display} has targets ${names.join(', ') || '(none)'} and none is marked default: true. Name the target to deploy.`,
      );
  } else if (names.length > 0 && !names.includes(target)) {
    throw new UserError(
      `${root.display} has no target '${target}'; its targets are ${names.join(', ')}.`,
    );
  }
  const targetConfig = (isMap(targets[target]) ? targets[target] : {}) as Json;
  const ws = {
    ...(isMap(config.workspace) ? config.workspace : {}),
    ...(isMap(targetConfig.workspace) ? targetConfig.workspace : {}),
  };
  const host = typeof ws.host === 'string' && ws.host.trim() !== '' ? ws.host.trim() : undefined;
  return { dir, root, name: bundle.name, target, targetConfig, host, resources, variables };
}

function collectVariables(
  file: SourceFile,
  value: unknown,
  keys: string[],
  into: Map<string, Variable>,
): void {
  if (value === undefined || value === null) return;
  if (!isMap(value)) throw new DefinitionError(at(file, keys), 'variables must be a mapping.');
  for (const [name, decl] of Object.entries(value)) {
    into.set(name, {
      default: isMap(decl) ? decl.default : decl,
      lookup: isMap(decl) && isMap(decl.lookup) ? decl.lookup : undefined,
      file,
      keys: [...keys, name],
    });
  }
}

function collectResources(
  file: SourceFile,
  value: unknown,
  keys: (string | number)[],
  into: RawResource[],
  owner: Map<string, SourceFile>,
): void {
  if (value === undefined || value === null) return;
  if (!isMap(value)) throw new DefinitionError(at(file, keys), 'resources must be a mapping.');
  for (const [type, group] of Object.entries(value)) {
    if (group === null || group === undefined) continue;
    if (!isMap(group))
      throw new DefinitionError(at(file, [...keys, type]), `resources.${type} must be a mapping.`);
    for (const [key, v] of Object.entries(group)) {
      const id = `${type}.${key}`;
      const prev = owner.get(id);
      if (prev)
        throw new DefinitionError(
          at(file, [...keys, type, key]),
          `resources.${id} is defined twice (also in ${prev.display}).`,
        );
      owner.set(id, file);
      into.push({ type, key, value: v, file, keys: [...keys, type, key] });
    }
  }
}

/** Keys by which the CLI merges a target's override into a list, instead of replacing it. */
const MERGE_KEYS: Record<string, string> = {
  tasks: 'task_key',
  job_clusters: 'job_cluster_key',
  parameters: 'name',
  environments: 'environment_key',
};

export function mergeOverride(base: unknown, over: unknown, field?: string): unknown {
  if (isMap(base) && isMap(over)) {
    const out: Json = { ...base };
    for (const [k, v] of Object.entries(over))
      out[k] = k in base ? mergeOverride(base[k], v, k) : v;
    return out;
  }
  const by = field ? MERGE_KEYS[field] : undefined;
  if (by && Array.isArray(base) && Array.isArray(over)) {
    const out = [...base];
    for (const item of over) {
      const i = out.findIndex((b) => isMap(b) && isMap(item) && b[by] === item[by]);
      if (i >= 0) out[i] = mergeOverride(out[i], item);
      else out.push(item);
    }
    return out;
  }
  return over;
}

/** The CLI's short name: the part of the user name before '@', without dots and dashes. */
export function shortName(userName: string): string {
  return userName.split('@')[0].replace(/[^A-Za-z0-9]+/g, '_');
}

/** Resolves a bundle target: variables, references, paths, presets; every resource checked. */
export function resolveBundle(b: OpenBundle, ctx: ResolveContext): Deployment {
  const t = b.targetConfig;
  const root = b.root;
  const rootDoc = root.value as Json;
  const warnings: string[] = [];
  const dev = t.mode === 'development';
  if (t.mode !== undefined && t.mode !== 'development' && t.mode !== 'production')
    throw new DefinitionError(
      at(root, ['targets', b.target, 'mode']),
      `mode must be development or production, got '${String(t.mode)}'.`,
    );

  // Variables: the input, then the target, then BUNDLE_VAR_<name>, then the default.
  for (const name of Object.keys(ctx.variables))
    if (!b.variables.has(name))
      throw new UserError(
        `Variable '${name}' is given a value but ${root.display} declares no such variable; declared: ${[...b.variables.keys()].join(', ') || 'none'}.`,
      );
  const targetVars = isMap(t.variables) ? t.variables : {};
  for (const name of Object.keys(targetVars))
    if (!b.variables.has(name))
      throw new DefinitionError(
        at(root, ['targets', b.target, 'variables', name]),
        `target ${b.target} sets variable '${name}', which is not declared under variables.`,
      );
  const rawValue = (name: string): unknown => {
    if (name in ctx.variables) return ctx.variables[name];
    if (name in targetVars) {
      const v = targetVars[name];
      if (isMap(v) && isMap(v.lookup)) return ctx.lookedUp?.[name];
      return isMap(v) && 'default' in v ? v.default : v;
    }
    const env = ctx.env[`BUNDLE_VAR_${name}`];
    if (env !== undefined) return env;
    const decl = b.variables.get(name);
    return decl?.lookup ? ctx.lookedUp?.[name] : decl?.default;
  };

  const user = ctx.userName;
  const base: Record<string, unknown> = {
    'bundle.name': b.name,
    'bundle.target': b.target,
    'bundle.environment': b.target,
    'bundle.git.origin_url': ctx.git.origin_url ?? '',
    'bundle.git.branch': ctx.git.branch ?? '',
    'bundle.git.actual_branch': ctx.git.branch ?? '',
    'bundle.git.commit': ctx.git.commit ?? '',
    'workspace.current_user.userName': user,
    'workspace.current_user.user_name': user,
    'workspace.current_user.short_name': shortName(user),
    'workspace.host': b.host ?? '',
  };
  const resolving = new Set<string>();
  const resolved = new Map<string, unknown>();
  const unknownIn =
    (file: SourceFile, keys: (string | number)[]) =>
    (ref: string, sub: (string | number)[]): never => {
      throw new DefinitionError(
        at(file, [...keys, ...sub]),
        ref.startsWith('var.')
          ? `unknown variable ${ref.slice(4)} in \${${ref}}; declared: ${[...b.variables.keys()].join(', ') || 'none'}.`
          : `unknown reference \${${ref}}.`,
      );
    };
  const wsConf = {
    ...(isMap(rootDoc.workspace) ? rootDoc.workspace : {}),
    ...(isMap(t.workspace) ? t.workspace : {}),
  };
  const lookup: Lookup = (ref) => {
    if (ref in base) return { value: base[ref] };
    if (ref.startsWith('var.')) {
      const name = ref.slice(4);
      if (!b.variables.has(name)) return undefined;
      if (resolved.has(name)) return { value: resolved.get(name) };
      const decl = b.variables.get(name) as Variable;
      if (resolving.has(name))
        throw new DefinitionError(at(decl.file, decl.keys), `variable ${name} refers to itself.`);
      const raw = rawValue(name);
      if (raw === undefined)
        throw new DefinitionError(
          at(decl.file, decl.keys),
          `variable ${name} has no value for target ${b.target}: give it a default, a value under targets.${b.target}.variables, or a value in the variables input.`,
        );
      resolving.add(name);
      const v = interpolate(raw, lookup, unknownIn(decl.file, [...decl.keys, 'default']));
      resolving.delete(name);
      resolved.set(name, v);
      return { value: v };
    }
    if (ref.startsWith('workspace.')) {
      const field = ref.slice('workspace.'.length);
      if (
        field === 'root_path' ||
        field === 'file_path' ||
        field === 'state_path' ||
        field === 'artifact_path'
      )
        return { value: paths()[field] };
      return undefined;
    }
    const m = /^resources\.([a-z_]+)\.([^.]+)\.(.+)$/.exec(ref);
    if (m && b.resources.some((r) => r.type === m[1] && r.key === m[2])) {
      if (m[3] === 'id') return 'defer';
      const r = b.resources.find((x) => x.type === m[1] && x.key === m[2]) as RawResource;
      const field = isMap(r.value) ? r.value[m[3]] : undefined;
      if (field === undefined) return undefined;
      return { value: interpolate(field, lookup, unknownIn(r.file, [...r.keys, m[3]])) };
    }
    return undefined;
  };
  let cachedPaths: Record<string, string> | undefined;
  const paths = (): Record<string, string> => {
    if (cachedPaths) return cachedPaths;
    const wsKeys = isMap(t.workspace) ? ['targets', b.target, 'workspace'] : ['workspace'];
    const str = (v: unknown, k: string) => {
      if (v === undefined) return undefined;
      const s = interpolate(
        v,
        (ref) =>
          ref.startsWith('workspace.') && ref !== 'workspace.root_path' ? undefined : lookup(ref),
        unknownIn(root, [...wsKeys, k]),
      );
      return String(s).replace(/\/+$/, '');
    };
    const rootPath =
      str(wsConf.root_path, 'root_path') ??
      `/Workspace/Users/${user}/.bundle/${b.name}/${b.target}`;
    cachedPaths = { root_path: rootPath };
    cachedPaths.file_path = str(wsConf.file_path, 'file_path') ?? `${rootPath}/files`;
    cachedPaths.state_path = str(wsConf.state_path, 'state_path') ?? `${rootPath}/state`;
    cachedPaths.artifact_path =
      str(wsConf.artifact_path, 'artifact_path') ?? `${rootPath}/artifacts`;
    return cachedPaths;
  };
  const p = paths();

  const mapping: PathMapping =
    ctx.source === 'git'
      ? { root: ctx.gitRoot ?? b.dir }
      : { root: b.dir, remotePrefix: p.file_path };

  const presets: Presets = readPresets(root, rootDoc.presets, t.presets, b.target, dev, user);
  const permissionsOf = (v: unknown, file: SourceFile, keys: (string | number)[]): Permission[] =>
    readPermissions(v, file, keys);
  const topPermissions = [
    ...permissionsOf(rootDoc.permissions, root, ['permissions']),
    ...permissionsOf(t.permissions, root, ['targets', b.target, 'permissions']),
  ];
  const runAs = isMap(t.run_as) ? t.run_as : isMap(rootDoc.run_as) ? rootDoc.run_as : undefined;
  const overrides = isMap(t.resources) ? t.resources : {};

  const definitions: Definition[] = [];
  const notDeployed: Deployment['notDeployed'] = [];
  for (const r of b.resources) {
    if (!(DEPLOYED_KINDS as readonly string[]).includes(r.type)) {
      notDeployed.push({ type: r.type, key: r.key, where: at(r.file, r.keys) });
      continue;
    }
    const kind = r.type as ResourceKind;
    if (!isMap(r.value))
      throw new DefinitionError(
        at(r.file, r.keys),
        `resources.${kind}.${r.key} must be a mapping.`,
      );
    let value = interpolate(r.value, lookup, unknownIn(r.file, r.keys)) as Json;
    if (kind === 'jobs') value = rewriteJobPaths(value, r.file, r.keys, mapping);
    const overGroup = overrides[kind];
    const over = isMap(overGroup) ? overGroup[r.key] : undefined;
    if (isMap(over)) {
      const overKeys = ['targets', b.target, 'resources', kind, r.key];
      let o = interpolate(over, lookup, unknownIn(root, overKeys)) as Json;
      if (kind === 'jobs') o = rewriteJobPaths(o, root, overKeys, mapping);
      value = mergeOverride(value, o) as Json;
    }
    const permissions = [
      ...topPermissions,
      ...permissionsOf(value.permissions, r.file, [...r.keys, 'permissions']),
    ];
    delete value.permissions;
    // The bundle schema checked the grants' shape as written; values are resolved now.
    let grants: UcGrant[] | undefined;
    if (kind === 'registered_models') {
      grants = value.grants as UcGrant[] | undefined;
      delete value.grants;
    }
    if (kind === 'jobs') {
      validateJob(value, r.file, r.keys);
      if (runAs && value.run_as === undefined) value.run_as = runAs;
      value.name ??= r.key;
    } else if (kind === 'experiments') {
      if (typeof value.name !== 'string')
        throw new DefinitionError(at(r.file, r.keys), `experiment ${r.key} needs a name.`);
    } else {
      for (const f of ['name', 'catalog_name', 'schema_name'])
        if (typeof value[f] !== 'string')
          throw new DefinitionError(
            at(r.file, r.keys),
            `registered model ${r.key} needs ${f} (models in the workspace registry, resources.models, are not deployed).`,
          );
    }
    definitions.push({
      kind,
      key: r.key,
      settings: applyPresets(kind, value, presets),
      permissions,
      grants,
      file: r.file,
      keys: r.keys,
    });
  }
  for (const nd of notDeployed)
    warnings.push(
      `${nd.where}: resources.${nd.type}.${nd.key} is not deployed: deploy-jobs deploys jobs, experiments and registered_models only.`,
    );
  return {
    name: b.name,
    target: b.target,
    host: b.host,
    rootPath: p.root_path,
    filePath: p.file_path,
    statePath: p.state_path,
    syncRoot: b.dir,
    definitions,
    notDeployed,
    warnings,
  };
}

function readPresets(
  root: SourceFile,
  top: unknown,
  target: unknown,
  targetName: string,
  dev: boolean,
  user: string,
): Presets {
  const p = { ...(isMap(top) ? top : {}), ...(isMap(target) ? target : {}) };
  const where = isMap(target) ? ['targets', targetName, 'presets'] : ['presets'];
  const tags = p.tags ?? {};
  if (!isMap(tags))
    throw new DefinitionError(at(root, [...where, 'tags']), 'presets.tags must be a mapping.');
  const pause = p.trigger_pause_status;
  if (pause !== undefined && pause !== 'PAUSED' && pause !== 'UNPAUSED')
    throw new DefinitionError(
      at(root, [...where, 'trigger_pause_status']),
      'trigger_pause_status must be PAUSED or UNPAUSED.',
    );
  const mcr = p.jobs_max_concurrent_runs;
  if (mcr !== undefined && !(Number.isInteger(mcr) && (mcr as number) > 0))
    throw new DefinitionError(
      at(root, [...where, 'jobs_max_concurrent_runs']),
      'jobs_max_concurrent_runs must be a positive whole number.',
    );
  const short = shortName(user);
  return {
    namePrefix: typeof p.name_prefix === 'string' ? p.name_prefix : dev ? `[dev ${short}] ` : '',
    tags: {
      ...(dev ? { dev: short } : {}),
      ...Object.fromEntries(Object.entries(tags).map(([k, v]) => [k, String(v)])),
    },
    triggerPauseStatus: (pause as Presets['triggerPauseStatus']) ?? (dev ? 'PAUSED' : undefined),
    jobsMaxConcurrentRuns: (mcr as number | undefined) ?? (dev ? 4 : undefined),
    forcePause: dev,
  };
}

function readPermissions(v: unknown, file: SourceFile, keys: (string | number)[]): Permission[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new DefinitionError(at(file, keys), 'permissions must be a list.');
  return v.map((p, i) => {
    const ok =
      isMap(p) &&
      typeof p.level === 'string' &&
      ['user_name', 'group_name', 'service_principal_name'].filter((k) => typeof p[k] === 'string')
        .length === 1;
    if (!ok)
      throw new DefinitionError(
        at(file, [...keys, i]),
        'a permission needs a level and exactly one of user_name, group_name, service_principal_name.',
      );
    return p as unknown as Permission;
  });
}
