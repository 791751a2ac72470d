// Reading a run spec file: YAML (with line numbers) and its JSON Schema check. Loaded by import()
// only when the step is given a spec file, so that a shorthand run (notebook-path, python-file)
// does not read ajv and the schema at start (bench/cold-start.bench.ts).
import Ajv, { type ErrorObject } from 'ajv';
import type { SubmitRunRequest } from '../../databricks';
import YAML, { LineCounter, isMap, isNode, isScalar, isSeq, type Document } from 'yaml';
import { KNOWN_TASK_FIELDS, KNOWN_TOP_LEVEL, TASK_TYPES, runSpecSchema } from './schema';
import type { LoadedSpec, SpecProblem } from './spec';

type Json = Record<string, unknown>;

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
