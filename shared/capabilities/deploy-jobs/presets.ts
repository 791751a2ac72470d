import type { ResourceKind } from './model';
import { isMap, type Json } from './yaml-source';

/** A target's presets, with `mode: development`'s defaults filled in. */
export interface Presets {
  namePrefix: string;
  tags: Record<string, string>;
  triggerPauseStatus?: 'PAUSED' | 'UNPAUSED';
  jobsMaxConcurrentRuns?: number;
  /** Development mode pauses every schedule and trigger, whatever the definition says. */
  forcePause: boolean;
}

/** Registered model names take lower-case letters, digits and '_' only. */
function modelPrefix(prefix: string): string {
  return prefix
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+/, '');
}

/** Applies presets as the bundle CLI does: name prefix, tags, paused triggers, concurrency. */
export function applyPresets(kind: ResourceKind, value: Json, p: Presets): Json {
  const out: Json = { ...value };
  if (kind === 'experiments') {
    if (p.namePrefix) {
      const name = String(out.name);
      const cut = name.lastIndexOf('/') + 1;
      out.name = `${name.slice(0, cut)}${p.namePrefix}${name.slice(cut)}`;
    }
    return out;
  }
  if (kind === 'registered_models') {
    const prefix = modelPrefix(p.namePrefix);
    if (prefix) out.name = `${prefix}${prefix.endsWith('_') ? '' : '_'}${String(out.name)}`;
    return out;
  }
  out.name = `${p.namePrefix}${String(out.name)}`;
  if (Object.keys(p.tags).length) out.tags = { ...p.tags, ...(isMap(out.tags) ? out.tags : {}) };
  for (const k of ['schedule', 'trigger', 'continuous']) {
    const block = out[k];
    if (!isMap(block)) continue;
    if (p.forcePause) out[k] = { ...block, pause_status: 'PAUSED' };
    else if (p.triggerPauseStatus && block.pause_status === undefined)
      out[k] = { ...block, pause_status: p.triggerPauseStatus };
  }
  if (p.jobsMaxConcurrentRuns !== undefined && !out.max_concurrent_runs)
    out.max_concurrent_runs = p.jobsMaxConcurrentRuns;
  return out;
}
