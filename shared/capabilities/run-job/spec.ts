import * as path from 'path';
import Ajv, { type ErrorObject } from 'ajv';
import YAML, { LineCounter, isMap, isNode, isScalar, isSeq, type Document } from 'yaml';
import type { SubmitRunRequest } from '../../databricks';
import { inputRef, quoteValue } from '../../errors';
import type { GitSource } from '../../code-source/git-source';
import { KNOWN_TASK_FIELDS, KNOWN_TOP_LEVEL, TASK_TYPES, runSpecSchema } from './schema';
import type { Cluster, RunJobSettings } from './settings';

type Json = Record<string, unknown>;

/** One problem in a run spec, with where it is. */
export interface SpecProblem {
  file: string;
  line?: number;
  column?: number;
  /** `tasks[1].notebook_task`, or empty for the whole file. */
  where: string;
  message: string;
}

export function formatProblem(p: SpecProblem): string {
  const at = p.line ? `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}` : p.file;
  return `${at}: ${describeProblem(p)}`;
}

/** The problem without its location, for a log line that carries the location itself. */
export function describeProblem(p: SpecProblem): string {
  return `${p.where ? `${p.where}: ` : ''}${p.message}`;
}

export interface LoadedSpec {
  spec?: SubmitRunRequest;
  errors: SpecProblem[];
  warnings: SpecProblem[];
}

let compiled: ReturnType<Ajv['compile']> | undefined;
function validator(): ReturnType<Ajv['compile']> {
  compiled ??= new Ajv({ allErrors: true, strict: false }).compile(runSpecSchema);
  return compiled;
}

type Segment = string | number;

function segmentsOf(pointer: string): Segment[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function display(segments: Segment[]): string {
  let out = '';
  for (const s of segments) out += typeof s === 'number' ? `[${s}]` : out ? `.${s}` : s;
  return out;
}

/**
 * Where `segments` points in the file: the key's line for a mapping entry (a block value starts on
 * the next line, the key is what people look for), the item's line in a list. Stops at the
 * deepest part that exists (a missing field points at its parent).
 */
function locate(
  doc: Document,
  counter: LineCounter,
  segments: Segment[],
): { line?: number; column?: number } {
  let node: unknown = doc.contents;
  let offset = isNode(node) && node.range ? node.range[0] : undefined;
  for (const seg of segments) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      if (isNode(pair.key) && pair.key.range) offset = pair.key.range[0];
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (!isNode(item) || !item.range) break;
      offset = item.range[0];
      node = item;
    } else break;
  }
  if (offset === undefined) return {};
  const pos = counter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

function describeAjvError(e: ErrorObject): { segments: Segment[]; message: string } {
  const segments = segmentsOf(e.instancePath);
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { segments, message: `missing required field '${String(params.missingProperty)}'` };
    case 'type':
      return { segments, message: `must be ${article(String(params.type))}` };
    case 'enum':
      return {
        segments,
        message: `must be one of ${(params.allowedValues as unknown[]).join(', ')}`,
      };
    case 'pattern':
      if (segments[segments.length - 1] === 'task_key') {
        return {
          segments,
          message: 'must be 1-100 letters, digits, underscores or hyphens',
        };
      }
      return { segments, message: `must match ${String(params.pattern)}` };
    default:
      return { segments, message: e.message ?? e.keyword };
  }
}

function article(type: string): string {
  const names = type
    .split(',')
    .map((t) =>
      t === 'object'
        ? 'a mapping'
        : t === 'array'
          ? 'a list'
          : t === 'integer'
            ? 'a whole number'
            : `a ${t}`,
    );
  return names.join(' or ');
}

/**
 * Parses a run spec (YAML or JSON: JSON is read by the YAML parser, so both get line numbers) and
 * checks it against the schema and the rules the schema cannot say (one task type per task, known
 * dependencies, environments and job clusters).
 */
export function loadRunSpec(file: string, text: string): LoadedSpec {
  const counter = new LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const errors: SpecProblem[] = [];
  const warnings: SpecProblem[] = [];
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const pos = counter.linePos(e.pos[0]);
      errors.push({
        file,
        line: pos.line,
        column: pos.col,
        where: '',
        message: `not valid YAML/JSON: ${e.message.split('\n')[0]}`,
      });
    }
    return { errors, warnings };
  }
  const value = doc.toJS({ maxAliasCount: 100 }) as unknown;
  const at = (segments: Segment[], message: string, into = errors) =>
    into.push({ file, ...locate(doc, counter, segments), where: display(segments), message });

  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    at([], 'must be a mapping with a `tasks` list (the runs/submit payload)');
    return { errors, warnings };
  }
  const validate = validator();
  if (!validate(value)) {
    for (const e of validate.errors ?? []) {
      const d = describeAjvError(e);
      at(d.segments, d.message);
    }
  }
  const spec = value as Json;
  for (const key of Object.keys(spec)) {
    if (!KNOWN_TOP_LEVEL.has(key)) at([key], 'is not a runs/submit field (typo?)', warnings);
  }
  const tasks = Array.isArray(spec.tasks) ? (spec.tasks as unknown[]) : [];
  const keys = new Map<string, number>();
  const envKeys = new Set(
    (Array.isArray(spec.environments) ? (spec.environments as Json[]) : []).map((e) =>
      String(e?.environment_key),
    ),
  );
  const clusterKeys = new Set(
    (Array.isArray(spec.job_clusters) ? (spec.job_clusters as Json[]) : []).map((c) =>
      String(c?.job_cluster_key),
    ),
  );
  tasks.forEach((t, i) => {
    if (t === null || typeof t !== 'object' || Array.isArray(t)) return;
    const task = t as Json;
    const key = typeof task.task_key === 'string' ? task.task_key : undefined;
    if (key !== undefined) {
      if (keys.has(key))
        at(['tasks', i, 'task_key'], `'${key}' is used by tasks[${keys.get(key)}] too`);
      else keys.set(key, i);
    }
    const types = TASK_TYPES.filter((type) => type in task);
    if (types.length === 0) {
      at(['tasks', i], `has no task type: add one of ${TASK_TYPES.slice(0, 4).join(', ')}, ...`);
    } else if (types.length > 1) {
      at(['tasks', i, types[1]], `a task has exactly one type, this one also has ${types[0]}`);
    }
    for (const field of Object.keys(task)) {
      if (!KNOWN_TASK_FIELDS.has(field))
        at(['tasks', i, field], 'is not a task field (typo?)', warnings);
    }
    if (typeof task.environment_key === 'string' && !envKeys.has(task.environment_key)) {
      at(['tasks', i, 'environment_key'], `'${task.environment_key}' is not in environments`);
    }
    if (typeof task.job_cluster_key === 'string' && !clusterKeys.has(task.job_cluster_key)) {
      at(['tasks', i, 'job_cluster_key'], `'${task.job_cluster_key}' is not in job_clusters`);
    }
  });
  tasks.forEach((t, i) => {
    const deps = (t as Json | null)?.depends_on;
    if (!Array.isArray(deps)) return;
    deps.forEach((d, j) => {
      const dep = (d as Json | null)?.task_key;
      if (typeof dep === 'string' && !keys.has(dep)) {
        at(
          ['tasks', i, 'depends_on', j, 'task_key'],
          `depends on '${dep}', which is not a task here`,
        );
      }
    });
  });
  const git = spec.git_source as Json | undefined;
  if (git && typeof git === 'object') {
    const refs = ['git_branch', 'git_tag', 'git_commit'].filter(
      (k) => typeof git[k] === 'string' && git[k],
    );
    if (refs.length !== 1)
      at(['git_source'], 'needs exactly one of git_branch, git_tag and git_commit');
  }
  if (errors.length > 0) return { errors, warnings };
  return { spec: normalise(spec) as unknown as SubmitRunRequest, errors, warnings };
}

/** YAML lets people write `epochs: 3`; the API wants strings in parameter maps and lists. */
function normalise(spec: Json): Json {
  const str = (v: unknown) => (typeof v === 'string' ? v : String(v));
  const mapStrings = (m: unknown) =>
    m && typeof m === 'object'
      ? Object.fromEntries(Object.entries(m as Json).map(([k, v]) => [k, str(v)]))
      : m;
  const tasks = (spec.tasks as Json[]).map((task) => {
    const out: Json = { ...task };
    const nb = task.notebook_task as Json | undefined;
    if (nb?.base_parameters)
      out.notebook_task = { ...nb, base_parameters: mapStrings(nb.base_parameters) };
    const py = task.spark_python_task as Json | undefined;
    if (Array.isArray(py?.parameters))
      out.spark_python_task = { ...py, parameters: (py.parameters as unknown[]).map(str) };
    const wheel = task.python_wheel_task as Json | undefined;
    if (wheel) {
      out.python_wheel_task = {
        ...wheel,
        ...(Array.isArray(wheel.parameters)
          ? { parameters: (wheel.parameters as unknown[]).map(str) }
          : {}),
        ...(wheel.named_parameters ? { named_parameters: mapStrings(wheel.named_parameters) } : {}),
      };
    }
    return out;
  });
  return { ...spec, tasks };
}

/** The task key for a shorthand run: the file's name, as the service allows it. */
export function shorthandTaskKey(file: string): string {
  const base = path.posix.basename(file.replace(/\\/g, '/')).replace(/\.[^.]+$/, '');
  const key = base
    .replace(/[^\w-]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 100);
  return key || 'main';
}

/** The runs/submit payload for `notebook-path` / `python-file` with `parameters` and `cluster`. */
export function buildShorthand(settings: RunJobSettings): SubmitRunRequest {
  const target = settings.target;
  if (target.kind !== 'notebook' && target.kind !== 'python-file') {
    throw new Error(`Bug: buildShorthand called for ${target.kind}`);
  }
  const task: Json = { task_key: shorthandTaskKey(target.path) };
  const spec: Json = {};
  if (target.kind === 'notebook') {
    const params = settings.parameters;
    task.notebook_task = {
      notebook_path: target.path,
      ...(params && !Array.isArray(params) && Object.keys(params).length
        ? { base_parameters: params }
        : {}),
    };
  } else {
    const params = settings.parameters;
    task.spark_python_task = {
      python_file: target.path,
      ...(Array.isArray(params) && params.length ? { parameters: params } : {}),
    };
  }
  applyCluster(task, spec, settings.cluster, target.kind === 'python-file');
  return { ...spec, tasks: [task] } as SubmitRunRequest;
}

function applyCluster(task: Json, spec: Json, cluster: Cluster, needsEnvironment: boolean): void {
  if (cluster.kind === 'existing') task.existing_cluster_id = cluster.clusterId;
  else if (cluster.kind === 'new') task.new_cluster = cluster.spec;
  else if (needsEnvironment) {
    // Serverless notebooks need nothing; Python files need an environment to run in.
    task.environment_key = 'default';
    spec.environments = [{ environment_key: 'default', spec: { environment_version: '2' } }];
  }
}

export interface FinishOptions {
  runName: string;
  idempotencyToken: string;
  gitSource?: GitSource;
  /** Workspace folder the upload went to: relative task paths resolve inside it. */
  uploadRoot?: string;
  /** Whether a path (relative to the uploaded folder) is a notebook saved with its extension. */
  isUploadedNotebookFile?: (relative: string) => boolean;
  timeoutSeconds?: number;
}

/**
 * The final payload: run name, token, git source and task paths. Returns the problems that only
 * show once we know where the code comes from (a relative path with nowhere to resolve it).
 */
export function finishSubmit(
  spec: SubmitRunRequest,
  opts: FinishOptions,
): { request: SubmitRunRequest; problems: string[] } {
  const problems: string[] = [];
  const request: SubmitRunRequest = {
    ...spec,
    run_name: spec.run_name ?? opts.runName,
    idempotency_token: opts.idempotencyToken,
  };
  const gitSource = (spec.git_source as GitSource | undefined) ?? opts.gitSource;
  if (gitSource) request.git_source = gitSource;
  request.tasks = spec.tasks.map((task, i) => {
    const out: Json = { ...task };
    for (const [type, field] of [
      ['notebook_task', 'notebook_path'],
      ['spark_python_task', 'python_file'],
    ] as const) {
      const body = task[type] as Json | undefined;
      if (!body || typeof body[field] !== 'string') continue;
      const p = body[field] as string;
      const next: Json = { ...body };
      const absolute = p.startsWith('/') || /^[a-z]+:/i.test(p);
      if (body.source === undefined || (opts.uploadRoot && !absolute)) {
        if (absolute) next.source = 'WORKSPACE';
        else if (opts.uploadRoot) {
          next.source = 'WORKSPACE';
          const rel = p.replace(/^\.\//, '');
          const stripped =
            type === 'notebook_task' && opts.isUploadedNotebookFile?.(rel)
              ? rel.replace(/\.(py|sql|scala|r)$/i, '')
              : rel;
          next[field] = `${opts.uploadRoot}/${stripped}`;
        } else if (gitSource) next.source = 'GIT';
        else {
          problems.push(
            `tasks[${i}] (${task.task_key}): ${field} ${quoteValue(p)} is relative, but there is no git source and no uploaded folder. Use a /Workspace path, ${inputRef('git-source')} auto, or ${inputRef('upload')}.`,
          );
        }
      }
      out[type] = next;
    }
    return out as typeof task;
  });
  if (opts.timeoutSeconds && request.timeout_seconds === undefined) {
    // The service-side limit backs up our client deadline in case this process dies.
    request.timeout_seconds = opts.timeoutSeconds + 300;
  }
  return { request, problems };
}
