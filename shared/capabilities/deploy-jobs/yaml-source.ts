import * as fs from 'fs';
import * as path from 'path';
import YAML, { isCollection, isPair, isScalar, LineCounter, type Document } from 'yaml';
import { UserError } from '../../errors';

/** A parsed YAML/JSON file that can say on which line a value was written. */
export interface SourceFile {
  /** The path as shown in messages: relative to the folder being deployed. */
  display: string;
  /** The absolute path on disk. */
  full: string;
  value: unknown;
  /** The 1-based line of the value at `keys`, or of its nearest ancestor that is written out. */
  lineOf(keys: readonly (string | number)[]): number | undefined;
}

export type Json = Record<string, unknown>;

export function isMap(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A user mistake in a definition file, with the place it was written. */
export class DefinitionError extends UserError {
  constructor(
    readonly where: string,
    problem: string,
  ) {
    super(`${where}: ${problem}`);
  }
}

export function at(file: SourceFile, keys: readonly (string | number)[]): string {
  const line = file.lineOf(keys);
  return line === undefined ? file.display : `${file.display}:${line}`;
}

/** Reads YAML (JSON is YAML) with anchors, aliases and `<<` merge keys, as the bundle CLI does. */
export function readSourceFile(full: string, display: string): SourceFile {
  let text: string;
  try {
    text = fs.readFileSync(full, 'utf8');
  } catch {
    throw new UserError(`${display}: cannot be read (resolved to ${full}).`);
  }
  const lines = new LineCounter();
  const doc = YAML.parseDocument(text, { merge: true, lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = e.linePos ? `:${e.linePos[0].line}` : '';
    throw new UserError(
      `${display}${line}: is not valid YAML or JSON: ${e.message.split('\n')[0]}`,
    );
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 10000 });
  } catch (err) {
    throw new UserError(`${display}: ${(err as Error).message.split('\n')[0]}`);
  }
  return {
    display,
    full,
    value,
    lineOf: (keys) => lineOf(doc, lines, keys),
  };
}

function lineOf(
  doc: Document,
  lines: LineCounter,
  keys: readonly (string | number)[],
): number | undefined {
  let node: unknown = doc.contents;
  let best: number | undefined = rangeLine(node, lines);
  for (const key of keys) {
    if (!isCollection(node)) break;
    let next: unknown;
    let keyLine: number | undefined;
    for (const item of node.items) {
      if (isPair(item)) {
        const k = isScalar(item.key) ? item.key.value : item.key;
        if (String(k) === String(key)) {
          next = item.value;
          keyLine = rangeLine(item.key, lines);
          break;
        }
      }
    }
    if (next === undefined && typeof key === 'number' && node.items[key] !== undefined)
      next = node.items[key];
    if (next === undefined) break;
    best = keyLine ?? rangeLine(next, lines) ?? best;
    node = next;
  }
  return best;
}

function rangeLine(node: unknown, lines: LineCounter): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? lines.linePos(range[0]).line : undefined;
}

/** A display path: posix, relative to `root` when inside it. */
export function displayPath(root: string, full: string): string {
  const rel = path.relative(root, full);
  return (rel && !rel.startsWith('..') ? rel : full).split(path.sep).join('/');
}
