import { bad, isObject, validateTasks, type Json } from '../jobs-model';
import { validateGitSource } from '../task-exec';

/** Job settings as create, reset and update store them, and the parameter values runs carry. */

/** A parameter value as the service passes it on: strings as they are, anything else as JSON. */
export function paramString(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

export function stringMap(v: unknown, field: string): Record<string, string> {
  if (v === undefined || v === null) return {};
  if (!isObject(v)) throw bad(`Invalid value for ${field}: expected an object of strings.`);
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, paramString(x)]));
}

export function checkIdempotencyToken(token: unknown): string | undefined {
  if (token === undefined || token === null || token === '') return undefined;
  if (typeof token !== 'string' || token.length > 64)
    throw bad('idempotency_token must be a string of at most 64 characters.');
  return token;
}

/** Validates settings and fills in the defaults the service shows on `jobs/get`. */
export function normaliseSettings(raw: unknown, apiVersion: string): Json {
  if (!isObject(raw)) throw bad('Invalid value for settings: expected an object.');
  const settings: Json = { ...raw };
  delete settings.access_control_list;
  validateTasks(settings.tasks, false);
  validateGitSource(settings.git_source, (settings.tasks as Json[] | undefined) ?? []);
  if (settings.parameters !== undefined) {
    if (!Array.isArray(settings.parameters))
      throw bad('Invalid value for parameters: expected an array.');
    for (const p of settings.parameters) {
      if (!isObject(p) || typeof p.name !== 'string' || p.default === undefined)
        throw bad('Every job parameter needs a name and a default.');
    }
  }
  const mcr = settings.max_concurrent_runs;
  if (
    mcr !== undefined &&
    !(typeof mcr === 'number' && Number.isInteger(mcr) && mcr >= 0 && mcr <= 1000)
  ) {
    throw bad('max_concurrent_runs must be an integer between 0 and 1000.');
  }
  settings.name ??= 'Untitled';
  settings.max_concurrent_runs ??= 1;
  settings.timeout_seconds ??= 0;
  settings.email_notifications ??= {};
  settings.webhook_notifications ??= {};
  settings.format ??= 'MULTI_TASK';
  // Jobs created or reset through 2.2 queue by default; 2.1 ones do not.
  if (settings.queue === undefined && apiVersion === '2.2') settings.queue = { enabled: true };
  return settings;
}

/** The keys by which `jobs/update` merges array settings instead of replacing them. */
const KEYED: Record<string, string> = {
  tasks: 'task_key',
  job_clusters: 'job_cluster_key',
  environments: 'environment_key',
  parameters: 'name',
};

/** `jobs/update`: `new_settings` merged over `current` (arrays by key), then `fields_to_remove`. */
export function mergeSettings(current: Json, newSettings: unknown, fieldsToRemove: unknown): Json {
  const merged: Json = structuredClone(current);
  if (newSettings !== undefined && !isObject(newSettings))
    throw bad('new_settings must be an object.');
  for (const [k, val] of Object.entries((newSettings as Json | undefined) ?? {})) {
    const key = KEYED[k];
    if (key && Array.isArray(val) && Array.isArray(merged[k])) {
      const list = [...(merged[k] as Json[])];
      for (const item of val as Json[]) {
        const i = list.findIndex((x) => x[key] === item[key]);
        if (i >= 0) list[i] = item;
        else list.push(item);
      }
      merged[k] = list;
    } else merged[k] = val;
  }
  for (const field of (Array.isArray(fieldsToRemove) ? fieldsToRemove : []) as string[]) {
    const [top, item] = field.split('/', 2);
    if (item !== undefined && KEYED[top] && Array.isArray(merged[top]))
      merged[top] = (merged[top] as Json[]).filter((x) => x[KEYED[top]] !== item);
    else delete merged[top];
  }
  return merged;
}
