import type { ErrorObject, ValidateFunction } from 'ajv';
import { closest, distance } from 'fastest-levenshtein';
import { UserError } from '../../errors';
import { TASK_TYPES } from './job-schema';
import {
  validateBundleFile as bundleValidator,
  validateJob as jobValidator,
} from './schema.validate';
import { DefinitionError, at, isMap, type Json, type SourceFile } from './yaml-source';

type Keys = (string | number)[];

interface Problem {
  keys: Keys;
  message: string;
}

/** Checks a job definition (references resolved) against the Jobs API's job settings. */
export function validateJob(job: Json, file: SourceFile, keys: Keys): void {
  const problems = schemaProblems(jobValidator, job, 'the job');
  if (problems.length === 0) problems.push(...crossReferences(job));
  report(problems, file, keys);
}

/** Checks one bundle file's shape as written (a value may still be a `${...}` reference). */
export function validateBundleFile(file: SourceFile): void {
  report(schemaProblems(bundleValidator, withoutNulls(file.value), 'the file'), file, []);
}

/** `key:` with nothing after it is YAML's null; in a bundle it means the key is not set. */
function withoutNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutNulls);
  if (!isMap(v)) return v;
  return Object.fromEntries(
    Object.entries(v)
      .filter(([, x]) => x !== null)
      .map(([k, x]) => [k, withoutNulls(x)]),
  );
}

/** Up to this many problems are listed at once; a file with more has one mistake repeated. */
const MAX_LISTED = 10;

function report(problems: Problem[], file: SourceFile, keys: Keys): void {
  if (problems.length === 0) return;
  const lines = problems.map((p) => ({
    where: at(file, [...keys, ...p.keys]),
    line: file.lineOf([...keys, ...p.keys]) ?? 0,
    message: p.message,
  }));
  lines.sort((a, b) => a.line - b.line);
  const seen = new Set<string>();
  const unique = lines.filter((l) => {
    const id = `${l.where} ${l.message}`;
    return seen.has(id) ? false : (seen.add(id), true);
  });
  if (unique.length === 1) throw new DefinitionError(unique[0].where, unique[0].message);
  const shown = unique.slice(0, MAX_LISTED).map((l) => `${l.where}: ${l.message}`);
  if (unique.length > MAX_LISTED) shown.push(`... and ${unique.length - MAX_LISTED} more.`);
  throw new UserError(shown.join('\n'));
}

function schemaProblems(validate: ValidateFunction, value: unknown, whole: string): Problem[] {
  if (validate(value)) return [];
  const errors = (validate.errors ?? []).filter((e) => !e.schemaPath.includes('/oneOf/'));
  // A misspelt task type is one problem: the unknown key says it, "no task type" would repeat it.
  const misspelt = new Set(
    errors.filter((e) => e.keyword === 'additionalProperties').map((e) => e.instancePath),
  );
  return errors
    .filter((e) => !(e.keyword === 'oneOf' && misspelt.has(e.instancePath)))
    .map((e) => describe(e, value, whole));
}

function pointer(p: string): Keys {
  if (!p) return [];
  return p
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function valueAt(root: unknown, keys: Keys): unknown {
  let v = root;
  for (const k of keys) v = isMap(v) || Array.isArray(v) ? (v as Json)[k] : undefined;
  return v;
}

function display(keys: Keys): string {
  let out = '';
  for (const k of keys) out += typeof k === 'number' ? `[${k}]` : out ? `.${k}` : k;
  return out;
}

function kindOf(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'null';
  if (isMap(v)) return 'a mapping';
  if (typeof v === 'number') return Number.isInteger(v) ? 'a whole number' : 'a number';
  return `a ${typeof v}`;
}

const TYPE_NAMES: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  integer: 'a whole number',
  null: 'empty',
};

function describe(e: ErrorObject, value: unknown, whole: string): Problem {
  const keys = pointer(e.instancePath);
  // The generated validator is verbose: each error carries the schema object it failed.
  const node = (e.parentSchema ?? {}) as Json;
  const name = display(keys) || whole;
  const params = e.params as Record<string, unknown>;
  const got = valueAt(value, keys);
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys((node.properties as Json | undefined) ?? {});
      const guess = known.length ? closest(key, known) : undefined;
      const near = guess !== undefined && distance(key, guess) <= Math.max(2, key.length / 3);
      return {
        keys: [...keys, key],
        message: `'${key}' is not a ${String(node['x-what'] ?? 'known setting')}${near ? ` (did you mean '${guess}'?)` : ''}.`,
      };
    }
    case 'required':
      return { keys, message: `${name} needs ${String(params.missingProperty)}.` };
    case 'type': {
      const want = String(params.type)
        .split(',')
        .filter((t) => t !== 'null')
        .map((t) => TYPE_NAMES[t] ?? `a ${t}`);
      const expect = node['x-expect'] ?? want.join(' or ');
      return { keys, message: `'${name}' must be ${String(expect)}, got ${kindOf(got)}.` };
    }
    case 'pattern':
      return {
        keys,
        message: `'${name}' must be ${String(node['x-expect'] ?? `like ${String(params.pattern)}`)}, got '${String(got)}'.`,
      };
    case 'minItems':
      return { keys, message: `'${name}' is empty: give at least ${String(params.limit)}.` };
    case 'minLength':
      return { keys, message: `'${name}' is empty.` };
    case 'minProperties':
    case 'maxProperties':
      return {
        keys,
        message: `${name} names exactly one kind, one of ${Object.keys((node.properties as Json) ?? {}).join(', ')}.`,
      };
    case 'oneOf': {
      const types = TASK_TYPES.filter((t) => isMap(got) && t in got);
      return {
        keys,
        message:
          types.length === 0
            ? `${name} has no task type: give it one of ${TASK_TYPES.slice(0, 4).join(', ')}, ...`
            : `${name} has ${types.length} task types (${types.join(', ')}); a task has exactly one.`,
      };
    }
    default:
      return { keys, message: `${name} ${e.message ?? e.keyword}.` };
  }
}

/** What a schema cannot say: keys used twice, and names of tasks and clusters that must exist. */
function crossReferences(job: Json): Problem[] {
  const problems: Problem[] = [];
  const tasks = (job.tasks as Json[] | undefined) ?? [];
  const clusters = new Set(
    ((job.job_clusters as Json[] | undefined) ?? []).map((c) => c.job_cluster_key),
  );
  const taskKeys = new Set<unknown>();
  tasks.forEach((t, i) => {
    if (taskKeys.has(t.task_key))
      problems.push({
        keys: ['tasks', i, 'task_key'],
        message: `task_key '${String(t.task_key)}' is used twice.`,
      });
    taskKeys.add(t.task_key);
    if (t.job_cluster_key !== undefined && !clusters.has(t.job_cluster_key))
      problems.push({
        keys: ['tasks', i, 'job_cluster_key'],
        message: `job_cluster_key '${String(t.job_cluster_key)}' is not among the job's job_clusters.`,
      });
  });
  tasks.forEach((t, i) =>
    ((t.depends_on as Json[] | undefined) ?? []).forEach((d, j) => {
      if (!taskKeys.has(d.task_key))
        problems.push({
          keys: ['tasks', i, 'depends_on', j],
          message: `depends on task '${String(d.task_key)}', which the job does not have.`,
        });
    }),
  );
  return problems;
}
