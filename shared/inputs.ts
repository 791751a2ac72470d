import { InputError, cutText, quoteValue, errorMessage } from './errors';
import type { CapabilityManifest, ChoiceOf, InputName, InputSpec, InputValue } from './manifest';

/** Reads a raw input value as the host knows it; `undefined` when unset. */
export type RawInputReader = (name: string, spec: InputSpec) => string | undefined;

/**
 * The longest value any input takes. Far above real use (a long command or parameter mapping),
 * low enough that no parser, glob matcher or HTTP header meets a value it refuses with its own
 * error (picomatch stops at 65536 characters).
 */
export const MAX_INPUT_CHARS = 65536;

/** Control characters no input may hold: C0 (tab and line breaks allowed), DEL and C1. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** A secret is one line: a line break in it would escape the host's masking line by line. */
const SECRET_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);

/**
 * Typed access to a capability's inputs. Every accessor validates against the manifest and throws
 * an InputError naming the input, the problem and the fix. Capabilities turn this into one typed
 * settings object up front, so their logic never reads raw strings.
 */
export class Inputs<M extends CapabilityManifest = CapabilityManifest> {
  constructor(
    private readonly manifest: M,
    private readonly read: RawInputReader,
    private readonly maskSecret: (value: string) => void = () => undefined,
  ) {}

  private spec(name: string): InputSpec {
    const spec = this.manifest.inputs[name];
    if (!spec)
      throw new Error(`Bug: input '${name}' is not declared in the ${this.manifest.name} manifest`);
    return spec;
  }

  /** The raw text (default applied), or undefined. Refuses values no input may take. */
  raw(name: InputName<M>): string | undefined {
    const spec = this.spec(name);
    const value = this.read(name, spec);
    const given = value !== undefined && value.trim() !== '';
    const text = given ? value : spec.default;
    if (given) this.check(name, spec, value);
    if (text === undefined && spec.required) {
      throw new InputError(name, 'is required but was not set', `Set it: ${spec.description}`);
    }
    return text === undefined || text === '' ? undefined : text;
  }

  /**
   * Checks a given value before anything uses it. A secret is masked before anything else, and
   * refused, without showing it, if it holds a control character.
   */
  private check(name: string, spec: InputSpec, value: string): void {
    if (spec.secret) {
      const trimmed = value.trim();
      const bad = SECRET_CONTROL.exec(trimmed);
      if (bad) {
        // Masked piece by piece (the hosts refuse a secret with a line break): no line of it
        // can show later.
        for (const piece of trimmed.split(SECRET_CONTROL)) if (piece) this.maskSecret(piece);
        throw new InputError(
          name,
          `contains a control character (${codePoint(bad[0])}) at position ${bad.index + 1}`,
          'A secret is one line of printable characters: check how it was stored (a pasted line break?).',
        );
      }
      this.maskSecret(trimmed);
    }
    if (value.length > MAX_INPUT_CHARS) {
      throw new InputError(
        name,
        `is ${value.length} characters long; the limit is ${MAX_INPUT_CHARS}`,
        spec.secret ? '' : 'Check what is passed to it; put long content in a file.',
      );
    }
    const bad = CONTROL.exec(value);
    if (bad) {
      throw new InputError(
        name,
        `contains a control character (${codePoint(bad[0])}) at position ${bad.index + 1}: ${quoteValue(value)}`,
        'Inputs are printable text; remove it.',
      );
    }
  }

  has(name: InputName<M>): boolean {
    return this.raw(name) !== undefined;
  }

  string<N extends InputName<M>>(name: N): InputValue<M, N, string> {
    const v = this.raw(name);
    return (v === undefined ? undefined : v.trim()) as InputValue<M, N, string>;
  }

  requiredString(name: InputName<M>): string {
    const v = this.string(name);
    if (v === undefined)
      throw new InputError(name, 'is required but was not set', this.spec(name).description);
    return v;
  }

  boolean<N extends InputName<M>>(name: N): InputValue<M, N, boolean> {
    const v: string | undefined = this.string(name);
    if (v === undefined) return undefined as InputValue<M, N, boolean>;
    if (TRUE.has(v)) return true as InputValue<M, N, boolean>;
    if (FALSE.has(v)) return false as InputValue<M, N, boolean>;
    throw new InputError(
      name,
      `must be true or false, got ${quoteValue(v)}`,
      'Use `true` or `false`.',
    );
  }

  number<N extends InputName<M>>(name: N): InputValue<M, N, number> {
    const spec = this.spec(name);
    const v: string | undefined = this.string(name);
    if (v === undefined) return undefined as InputValue<M, N, number>;
    const n = Number(v);
    const inRange =
      Number.isFinite(n) &&
      /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(v) &&
      (!spec.integer || Number.isInteger(n)) &&
      (spec.min === undefined || n >= spec.min) &&
      (spec.max === undefined || n <= spec.max);
    if (!inRange) {
      throw new InputError(
        name,
        `must be ${describeNumber(spec)}, got ${quoteValue(v)}`,
        spec.default ? `The default is ${spec.default}.` : '',
      );
    }
    return n as InputValue<M, N, number>;
  }

  /** Items one per line or separated by commas; blank items and `#` comments dropped. */
  list(name: InputName<M>): string[] {
    const v = this.raw(name);
    if (v === undefined) return [];
    return v
      .split(/\r?\n|,/)
      .map((s) => s.trim())
      .filter((s) => s !== '' && !s.startsWith('#'));
  }

  choice<N extends InputName<M>>(name: N): InputValue<M, N, ChoiceOf<M, N>> {
    type Out = InputValue<M, N, ChoiceOf<M, N>>;
    const spec = this.spec(name);
    const v: string | undefined = this.string(name);
    if (v === undefined) return undefined as Out;
    const options = spec.options ?? [];
    const match = options.find((o) => o.toLowerCase() === v.toLowerCase());
    if (!match) {
      throw new InputError(name, `must be one of ${options.join(', ')}, got ${quoteValue(v)}`);
    }
    return match as Out;
  }

  json(name: InputName<M>): unknown {
    const v = this.raw(name);
    if (v === undefined) return undefined;
    try {
      return JSON.parse(v);
    } catch (err) {
      throw new InputError(
        name,
        `is not valid JSON (${cutText(errorMessage(err))})`,
        'Check quotes and brackets.',
      );
    }
  }

  yaml(name: InputName<M>): unknown {
    const v = this.raw(name);
    if (v === undefined) return undefined;
    // Required here, not at the top: most steps read no YAML input, and evaluating the library at
    // start would delay every step's first request (bench/cold-start.bench.ts).
    const YAML = require('yaml') as typeof import('yaml');
    const doc = YAML.parseDocument(v, { prettyErrors: true });
    if (doc.errors.length > 0) {
      const e = doc.errors[0];
      const where = e.linePos ? ` at line ${e.linePos[0].line}, column ${e.linePos[0].col}` : '';
      throw new InputError(
        name,
        `is not valid YAML${where}: ${cutText(e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''))}`,
      );
    }
    return doc.toJS();
  }

  /** An object of string values (JSON or YAML mapping, or `key=value` lines). */
  stringMap(name: InputName<M>): Record<string, string> | undefined {
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
            `has a line without '=': ${quoteValue(line)}`,
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

  /**
   * Fails fast on every input: a missing required one, a secret with a line break, a value too
   * long or with control characters is reported before any work starts (and before anything can
   * print a secret), whichever inputs the capability reads later.
   */
  checkRequired(): void {
    for (const name of Object.keys(this.manifest.inputs)) this.raw(name as InputName<M>);
  }
}

/** "a whole number from 0 to 604800": what the manifest allows, for the error. */
export function describeNumber(spec: InputSpec): string {
  const kind = spec.integer ? 'a whole number' : 'a number';
  if (spec.min !== undefined && spec.max !== undefined)
    return `${kind} from ${spec.min} to ${spec.max}`;
  if (spec.min !== undefined) return `${kind} of at least ${spec.min}`;
  if (spec.max !== undefined) return `${kind} of at most ${spec.max}`;
  return kind;
}

function codePoint(c: string): string {
  return `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}
