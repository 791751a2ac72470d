import { isMap } from './yaml-source';

/** `${a.b.c}` as the bundle CLI writes references. */
const REF = /\$\{([A-Za-z_][A-Za-z0-9_.\-[\]]*)\}/g;
const WHOLE = /^\$\{([A-Za-z_][A-Za-z0-9_.\-[\]]*)\}$/;

/**
 * What a reference stands for: a value, `defer` to leave it for later (ids known only once
 * deployed), or undefined when nothing is called that.
 */
export type Lookup = (ref: string) => { value: unknown } | 'defer' | undefined;

export type Keys = (string | number)[];

/**
 * Replaces every reference in strings of `value`. A string that is exactly one reference takes the
 * referenced value as it is (a complex variable stays an object), as in the CLI.
 */
export function interpolate(
  value: unknown,
  lookup: Lookup,
  unknown: (ref: string, keys: Keys) => never,
  keys: Keys = [],
): unknown {
  if (typeof value === 'string') return interpolateString(value, lookup, unknown, keys);
  if (Array.isArray(value))
    return value.map((v, i) => interpolate(v, lookup, unknown, [...keys, i]));
  if (isMap(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      out[k] = interpolate(v, lookup, unknown, [...keys, k]);
    return out;
  }
  return value;
}

function interpolateString(
  s: string,
  lookup: Lookup,
  unknown: (ref: string, keys: Keys) => never,
  keys: Keys,
): unknown {
  const whole = WHOLE.exec(s);
  if (whole) {
    const found = lookup(whole[1]);
    if (found === 'defer') return s;
    if (found === undefined) return unknown(whole[1], keys);
    return found.value;
  }
  return s.replace(REF, (m, ref: string) => {
    const found = lookup(ref);
    if (found === 'defer') return m;
    if (found === undefined) return unknown(ref, keys);
    const v = found.value;
    return typeof v === 'string' ? v : JSON.stringify(v);
  });
}

/** Every reference left in `value` (after interpolation: the deferred ones). */
export function referencesIn(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') for (const m of value.matchAll(REF)) out.add(m[1]);
  else if (Array.isArray(value)) for (const v of value) referencesIn(v, out);
  else if (isMap(value)) for (const v of Object.values(value)) referencesIn(v, out);
  return out;
}
