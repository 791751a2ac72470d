import YAML from 'yaml';
import { InputError } from './errors';
import type { CapabilityManifest, InputSpec } from './manifest';

/** Reads a raw input value as the host knows it; `undefined` when unset. */
export type RawInputReader = (name: string, spec: InputSpec) => string | undefined;

const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);

/**
 * Typed access to a capability's inputs. Every accessor validates against the manifest and throws
 * an InputError naming the input, the problem and the fix. Capabilities turn this into one typed
 * settings object up front, so their logic never reads raw strings.
 */
export class Inputs {
  constructor(
    private readonly manifest: CapabilityManifest,
    private readonly read: RawInputReader,
    private readonly maskSecret: (value: string) => void = () => undefined,
  ) {}

  private spec(name: string): InputSpec {
    const spec = this.manifest.inputs[name];
    if (!spec)
      throw new Error(`Bug: input '${name}' is not declared in the ${this.manifest.name} manifest`);
    return spec;
  }

  /** The raw text (default applied), or undefined. */
  raw(name: string): string | undefined {
    const spec = this.spec(name);
    const value = this.read(name, spec);
    const text = value === undefined || value.trim() === '' ? spec.default : value;
    if (text !== undefined && spec.secret && text !== '') this.maskSecret(text);
    if (text === undefined && spec.required) {
      throw new InputError(name, 'is required but was not set', `Set it: ${spec.description}`);
    }
    return text === undefined || text === '' ? undefined : text;
  }

  has(name: string): boolean {
    return this.raw(name) !== undefined;
  }

  string(name: string): string | undefined {
    const v = this.raw(name);
    return v === undefined ? undefined : v.trim();
  }

  requiredString(name: string): string {
    const v = this.string(name);
    if (v === undefined)
      throw new InputError(name, 'is required but was not set', this.spec(name).description);
    return v;
  }

  boolean(name: string): boolean | undefined {
    const v = this.string(name);
    if (v === undefined) return undefined;
    if (TRUE.has(v)) return true;
    if (FALSE.has(v)) return false;
    throw new InputError(
      name,
      `must be true or false, got '${shorten(v)}'`,
      'Use `true` or `false`.',
    );
  }

  number(name: string): number | undefined {
    const spec = this.spec(name);
    const v = this.string(name);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(v)) {
      throw new InputError(
        name,
        `must be a number, got '${shorten(v)}'`,
        spec.default ? `The default is ${spec.default}.` : '',
      );
    }
    if (spec.integer && !Number.isInteger(n)) {
      throw new InputError(name, `must be a whole number, got '${shorten(v)}'`);
    }
    if (spec.min !== undefined && n < spec.min)
      throw new InputError(name, `must be at least ${spec.min}, got ${v}`);
    if (spec.max !== undefined && n > spec.max)
      throw new InputError(name, `must be at most ${spec.max}, got ${v}`);
    return n;
  }

  /** Items one per line or separated by commas; blank items and `#` comments dropped. */
  list(name: string): string[] {
    const v = this.raw(name);
    if (v === undefined) return [];
    return v
      .split(/\r?\n|,/)
      .map((s) => s.trim())
      .filter((s) => s !== '' && !s.startsWith('#'));
  }

  choice<T extends string>(name: string): T | undefined {
    const spec = this.spec(name);
    const v = this.string(name);
    if (v === undefined) return undefined;
    const options = spec.options ?? [];
    const match = options.find((o) => o.toLowerCase() === v.toLowerCase());
    if (!match) {
      throw new InputError(name, `must be one of ${options.join(', ')}, got '${shorten(v)}'`);
    }
    return match as T;
  }

  json(name: string): unknown {
    const v = this.raw(name);
    if (v === undefined) return undefined;
    try {
      return JSON.parse(v);
    } catch (err) {
      throw new InputError(
        name,
        `is not valid JSON (${(err as Error).message})`,
        'Check quotes and brackets.',
      );
    }
  }

  yaml(name: string): unknown {
    const v = this.raw(name);
    if (v === undefined) return undefined;
    const doc = YAML.parseDocument(v, { prettyErrors: true });
    if (doc.errors.length > 0) {
      const e = doc.errors[0];
      const where = e.linePos ? ` at line ${e.linePos[0].line}, column ${e.linePos[0].col}` : '';
      throw new InputError(name, `is not valid YAML${where}: ${e.message.split('\n')[0]}`);
    }
    return doc.toJS();
  }

  /** An object of string values (JSON or YAML mapping, or `key=value` lines). */
  stringMap(name: string): Record<string, string> | undefined {
    const v = this.raw(name);
    if (v === undefined) return undefined;
    const trimmed = v.trim();
    if (!trimmed.startsWith('{') && /^[^:\n=]+=/.test(trimmed)) {
      const out: Record<string, string> = {};
      for (const line of this.list(name)) {
        const i = line.indexOf('=');
        if (i <= 0)
          throw new InputError(
            name,
            `has a line without '=': '${shorten(line)}'`,
            'Write one key=value per line.',
          );
        out[line.slice(0, i).trim()] = line.slice(i + 1).trim();
      }
      return out;
    }
    const value = this.yaml(name);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new InputError(
        name,
        'must be a mapping of names to values',
        'Write JSON like {"a": "1"}, YAML, or key=value lines.',
      );
    }
    const out: Record<string, string> = {};
    for (const [k, val] of Object.entries(value as Record<string, unknown>)) {
      out[k] = typeof val === 'string' ? val : JSON.stringify(val);
    }
    return out;
  }

  /** Fails fast on every required input, so a missing one is reported before any work starts. */
  checkRequired(): void {
    for (const [name, spec] of Object.entries(this.manifest.inputs)) {
      if (spec.required) this.raw(name);
    }
  }
}

function shorten(v: string): string {
  const one = v.replace(/\s+/g, ' ');
  return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}
