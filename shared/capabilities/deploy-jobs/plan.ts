import { createHash } from 'crypto';
import { referencesIn } from './interpolate';
import type { ResourceKind } from './model';
import { isMap, type Json } from './yaml-source';

/** The tags that make a job ours: jobs are matched by these, never by name. */
export const TAGS = {
  bundle: 'mlops.deploy.bundle',
  target: 'mlops.deploy.target',
  key: 'mlops.deploy.key',
  /** Of the settings as deployed: a field removed from a definition changes it. */
  hash: 'mlops.deploy.hash',
} as const;

export type Action = 'create' | 'update' | 'unchanged' | 'delete';

export interface Change {
  path: string;
  before?: unknown;
  after?: unknown;
}

export interface PlanItem {
  kind: ResourceKind;
  key: string;
  action: Action;
  name: string;
  /** The existing job, experiment or model (id or full name). */
  id?: string;
  changes: Change[];
  /** Where the definition was written (file:line); absent for a delete. */
  where?: string;
}

export interface ExistingJob {
  jobId: string;
  settings: Json;
}

/** Canonical JSON: keys sorted, so equal settings hash equally. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isMap(v))
    return `{${Object.keys(v)
      .sort()
      .filter((k) => v[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

export function hashSettings(settings: Json): string {
  const { tags, ...rest } = settings;
  const own = isMap(tags)
    ? Object.fromEntries(Object.entries(tags).filter(([k]) => k !== TAGS.hash))
    : tags;
  return createHash('sha256')
    .update(canonical({ ...rest, tags: own }))
    .digest('hex')
    .slice(0, 16);
}

/** The settings to send: the definition with the identity tags and the hash tag. */
export function withIdentity(
  settings: Json,
  identity: { bundle: string; target: string; key: string },
): Json {
  const tags: Record<string, string> = {
    ...(isMap(settings.tags) ? (settings.tags as Record<string, string>) : {}),
    [TAGS.bundle]: identity.bundle,
    [TAGS.target]: identity.target,
    [TAGS.key]: identity.key,
  };
  const out = { ...(dropNulls(settings) as Json), tags };
  out.tags = { ...tags, [TAGS.hash]: hashSettings(out) };
  return out;
}

/** YAML's empty values (`key:`) mean unset, as in the CLI; the API would refuse a null. */
function dropNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(dropNulls);
  if (isMap(v))
    return Object.fromEntries(
      Object.entries(v)
        .filter(([, x]) => x !== null && x !== undefined)
        .map(([k, x]) => [k, dropNulls(x)]),
    );
  return v;
}

/** Lists the keys by which the Jobs API orders its arrays (it may return them sorted). */
const ARRAY_KEYS: Record<string, string> = {
  tasks: 'task_key',
  job_clusters: 'job_cluster_key',
  parameters: 'name',
  environments: 'environment_key',
};

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // Ids come back as strings of what was sent as a number; parameters as the text of a boolean.
  const prim = (x: unknown) =>
    typeof x === 'number' ||
    typeof x === 'string' ||
    typeof x === 'bigint' ||
    typeof x === 'boolean';
  return prim(a) && prim(b) && String(a) === String(b);
}

/**
 * What the definition changes: every value it sets that the job has otherwise. Fields the job has
 * and the definition does not are left to the hash tag (the service fills in its defaults).
 */
export function diffSettings(desired: unknown, existing: unknown, at = ''): Change[] {
  if (isMap(desired) && isMap(existing)) {
    return Object.keys(desired).flatMap((k) =>
      diffSettings(desired[k], existing[k], at ? `${at}.${k}` : k),
    );
  }
  if (Array.isArray(desired) && Array.isArray(existing)) {
    const field = at.split('.').pop() ?? '';
    const by = ARRAY_KEYS[field];
    if (by && desired.every((d) => isMap(d) && typeof d[by] === 'string')) {
      const out: Change[] = [];
      for (const d of desired as Json[]) {
        const e = (existing as unknown[]).find((x) => isMap(x) && x[by] === d[by]);
        if (e === undefined) out.push({ path: `${at}[${String(d[by])}]`, after: d });
        else out.push(...diffSettings(d, e, `${at}[${String(d[by])}]`));
      }
      for (const e of existing as unknown[])
        if (isMap(e) && !(desired as Json[]).some((d) => d[by] === e[by]))
          out.push({ path: `${at}[${String(e[by])}]`, before: e });
      return out;
    }
    if (desired.length !== existing.length) return [{ path: at, before: existing, after: desired }];
    return desired.flatMap((d, i) => diffSettings(d, existing[i], `${at}[${i}]`));
  }
  // The service leaves out empty lists and objects it was sent.
  const empty =
    (Array.isArray(desired) && desired.length === 0) ||
    (isMap(desired) && Object.keys(desired).length === 0);
  if (existing === undefined && empty) return [];
  return same(desired, existing) ? [] : [{ path: at, before: existing, after: desired }];
}

/** Replaces `${resources.jobs.<key>.id}` with the ids known so far. */
export function resolveIds(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') {
    const whole = /^\$\{resources\.jobs\.([^.}]+)\.id\}$/.exec(value);
    if (whole && ids.has(whole[1])) return ids.get(whole[1]);
    return value.replace(/\$\{resources\.jobs\.([^.}]+)\.id\}/g, (m, k: string) => ids.get(k) ?? m);
  }
  if (Array.isArray(value)) return value.map((v) => resolveIds(v, ids));
  if (isMap(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveIds(v, ids)]));
  return value;
}

/** The keys of the other jobs a job's settings refer to by id. */
export function jobRefs(settings: Json): string[] {
  return [...referencesIn(settings)]
    .map((r) => /^resources\.jobs\.([^.]+)\.id$/.exec(r)?.[1])
    .filter((k): k is string => k !== undefined);
}

export interface JobPlanInput {
  key: string;
  /** With identity tags (withIdentity). */
  settings: Json;
  where: string;
}

/**
 * Compares each definition with the job that carries its key. Jobs that carry the deployment's tags
 * but no current key are deleted with `prune`, and reported either way.
 */
export function planJobs(
  defs: JobPlanInput[],
  existing: Map<string, ExistingJob[]>,
  prune: boolean,
): { items: PlanItem[]; stale: { key: string; jobId: string; name: string }[] } {
  const items: PlanItem[] = [];
  const stale: { key: string; jobId: string; name: string }[] = [];
  const keys = new Set(defs.map((d) => d.key));
  for (const d of defs) {
    const [job, ...duplicates] = existing.get(d.key) ?? [];
    const name = String(d.settings.name);
    for (const dup of duplicates)
      stale.push({ key: d.key, jobId: dup.jobId, name: String(dup.settings.name ?? '') });
    if (!job) {
      items.push({ kind: 'jobs', key: d.key, action: 'create', name, changes: [], where: d.where });
      continue;
    }
    const changes = diffSettings(d.settings, job.settings).filter(
      (c) => c.path !== `tags.${TAGS.hash}`,
    );
    const oldHash = isMap(job.settings.tags) ? job.settings.tags[TAGS.hash] : undefined;
    const newHash = (d.settings.tags as Record<string, string>)[TAGS.hash];
    if (changes.length === 0 && oldHash !== newHash)
      changes.push({
        path: '(settings removed from the definition)',
        before: 'set',
        after: 'unset',
      });
    items.push({
      kind: 'jobs',
      key: d.key,
      action: changes.length ? 'update' : 'unchanged',
      name,
      id: job.jobId,
      changes,
      where: d.where,
    });
  }
  for (const [key, jobs] of existing) {
    if (keys.has(key)) continue;
    for (const job of jobs) {
      const name = String(job.settings.name ?? '');
      if (prune)
        items.push({ kind: 'jobs', key, action: 'delete', name, id: job.jobId, changes: [] });
      else stale.push({ key, jobId: job.jobId, name });
    }
  }
  if (prune)
    for (const s of stale.splice(0))
      items.push({
        kind: 'jobs',
        key: s.key,
        action: 'delete',
        name: s.name,
        id: s.jobId,
        changes: [],
      });
  return { items, stale };
}

/** Plan order for writing: jobs that others refer to first. */
export function writeOrder(defs: { key: string; settings: Json }[]): string[] {
  const refs = new Map(defs.map((d) => [d.key, jobRefs(d.settings)]));
  const done: string[] = [];
  const visit = (k: string, path: string[]) => {
    if (done.includes(k) || path.includes(k)) return;
    for (const r of refs.get(k) ?? []) visit(r, [...path, k]);
    done.push(k);
  };
  for (const d of defs) visit(d.key, []);
  return done;
}
