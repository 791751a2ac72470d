/**
 * Fault injection: a compact rule language so that client retry paths can be tested end to end.
 *
 *   SPEC   := RULE { ';' RULE }            (newlines separate rules too)
 *   RULE   := [METHOD] PATH ACTION {OPTION}
 *   METHOD := GET | POST | PUT | PATCH | DELETE | *          (default: any)
 *   PATH   := glob ('*' = within one segment, '**' = anything) | '~' REGEX (whole path)
 *   ACTION := 429 | 500 | 502 | 503 | 504 | reset | drop | delay=MS
 *   OPTION := first=N | every=N | prob=P | seed=S | retry-after=S
 *
 * Without first/every/prob a rule fires on every matching request. Each rule counts its own matches.
 * The first rule that matches and fires decides; `delay` then lets the request go on normally.
 * `reset` destroys the connection before the request is handled; `drop` handles it (the side
 * effect happens) and then resets the connection instead of answering: a lost response.
 */

export type FaultAction =
  | { kind: 'status'; status: 429 | 500 | 502 | 503 | 504 }
  | { kind: 'reset' }
  | { kind: 'drop' }
  | { kind: 'delay'; ms: number };

export interface FaultRule {
  text: string;
  method: string; // '*' for any
  pattern: RegExp;
  action: FaultAction;
  first?: number;
  every?: number;
  prob?: number;
  seed: number;
  retryAfter?: number;
  /** Matching requests seen so far. */
  matched: number;
  /** Times the rule fired. */
  fired: number;
  random: () => number;
}

export class FaultSpecError extends Error {}

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', '*']);

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        re += '.*';
        i++;
      } else {
        re += '[^/]*';
      }
    } else {
      re += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${re}$`);
}

/** mulberry32: small, seedable, good enough for "fail about 10% of the time, reproducibly". */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function positiveInt(rule: string, key: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new FaultSpecError(
      `Fault rule '${rule}': ${key} must be a whole number of at least 1, got '${value}'.`,
    );
  }
  return Number(value);
}

function parseRule(text: string): FaultRule {
  const tokens = text.split(/\s+/).filter(Boolean);
  let method = '*';
  if (tokens.length >= 2 && METHODS.has(tokens[0].toUpperCase()) && /^[/~*]/.test(tokens[1])) {
    method = tokens.shift()!.toUpperCase();
  }
  const path = tokens.shift();
  if (!path || !/^[/~*]/.test(path)) {
    throw new FaultSpecError(
      `Fault rule '${text}': expected [METHOD] PATH ACTION, e.g. 'POST /api/*/jobs/runs/submit 429 first=2'.`,
    );
  }
  let pattern: RegExp;
  try {
    pattern = path.startsWith('~') ? new RegExp(`^(?:${path.slice(1)})$`) : globToRegExp(path);
  } catch (e) {
    throw new FaultSpecError(
      `Fault rule '${text}': invalid regular expression: ${errorMessage(e)}`,
    );
  }
  const actionToken = tokens.shift();
  let action: FaultAction;
  if (!actionToken)
    throw new FaultSpecError(
      `Fault rule '${text}': missing action (429, 500, 502, 503, 504, reset, drop or delay=MS).`,
    );
  if (/^(429|500|502|503|504)$/.test(actionToken)) {
    action = { kind: 'status', status: Number(actionToken) as 429 | 500 | 502 | 503 | 504 };
  } else if (actionToken === 'reset' || actionToken === 'drop') {
    action = { kind: actionToken };
  } else if (actionToken.startsWith('delay=')) {
    const ms = actionToken.slice('delay='.length);
    if (!/^\d+$/.test(ms))
      throw new FaultSpecError(`Fault rule '${text}': delay must be milliseconds, got '${ms}'.`);
    action = { kind: 'delay', ms: Number(ms) };
  } else {
    throw new FaultSpecError(
      `Fault rule '${text}': unknown action '${actionToken}' (use 429, 500, 502, 503, 504, reset, drop or delay=MS).`,
    );
  }
  const rule: FaultRule = {
    text,
    method,
    pattern,
    action,
    seed: 1,
    matched: 0,
    fired: 0,
    random: Math.random,
  };
  for (const option of tokens) {
    const eq = option.indexOf('=');
    const key = eq > 0 ? option.slice(0, eq) : option;
    const value = eq > 0 ? option.slice(eq + 1) : '';
    switch (key) {
      case 'first':
        rule.first = positiveInt(text, key, value);
        break;
      case 'every':
        rule.every = positiveInt(text, key, value);
        break;
      case 'prob': {
        const p = Number(value);
        if (value === '' || !(p >= 0 && p <= 1))
          throw new FaultSpecError(
            `Fault rule '${text}': prob must be between 0 and 1, got '${value}'.`,
          );
        rule.prob = p;
        break;
      }
      case 'seed':
        if (!/^\d+$/.test(value))
          throw new FaultSpecError(
            `Fault rule '${text}': seed must be a whole number, got '${value}'.`,
          );
        rule.seed = Number(value);
        break;
      case 'retry-after':
        if (!/^\d+$/.test(value))
          throw new FaultSpecError(
            `Fault rule '${text}': retry-after must be whole seconds, got '${value}'.`,
          );
        rule.retryAfter = Number(value);
        break;
      default:
        throw new FaultSpecError(
          `Fault rule '${text}': unknown option '${option}' (use first=N, every=N, prob=P, seed=S, retry-after=S).`,
        );
    }
  }
  const triggers = [rule.first, rule.every, rule.prob].filter((v) => v !== undefined).length;
  if (triggers > 1)
    throw new FaultSpecError(`Fault rule '${text}': use only one of first=, every= and prob=.`);
  rule.random = seeded(rule.seed);
  return rule;
}

export function parseFaultSpec(spec: string): FaultRule[] {
  return spec
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('#'))
    .map(parseRule);
}

export class FaultInjector {
  rules: FaultRule[] = [];

  set(spec: string, append = false): void {
    const parsed = parseFaultSpec(spec);
    this.rules = append ? [...this.rules, ...parsed] : parsed;
  }

  clear(): void {
    this.rules = [];
  }

  /** Counts the request against every matching rule and returns the first that fires. */
  pick(method: string, path: string): FaultRule | undefined {
    let chosen: FaultRule | undefined;
    for (const rule of this.rules) {
      if (rule.method !== '*' && rule.method !== method) continue;
      if (!rule.pattern.test(path)) continue;
      rule.matched++;
      const n = rule.matched;
      let fires: boolean;
      if (rule.first !== undefined) fires = n <= rule.first;
      else if (rule.every !== undefined) fires = n % rule.every === 0;
      else if (rule.prob !== undefined) fires = rule.random() < rule.prob;
      else fires = true;
      if (fires && !chosen) {
        rule.fired++;
        chosen = rule;
      }
    }
    return chosen;
  }

  describe(): Array<{ rule: string; matched: number; fired: number }> {
    return this.rules.map((r) => ({ rule: r.text, matched: r.matched, fired: r.fired }));
  }
}
import { errorMessage } from '../shared/errors';
