import { existsSync } from 'fs';
import path from 'path';
import { globSync } from 'tinyglobby';
import { inputRef } from '../../errors';
import type { Logger } from '../../logger';
import { trimText } from '../../report/markdown';
import { allCases, type TestReport } from './junit';
import { displayName } from './summary';

export interface AnnotationOptions {
  max: number;
  /** The repository root: annotation paths are relative to it. */
  workspace: string;
  /** Where the tests ran: relative paths in reports are relative to it. */
  workingDirectory: string;
  logger: Logger;
}

export interface AnnotationResult {
  written: number;
  leftOut: number;
}

const toSlash = (p: string) => p.replace(/\\/g, '/');

/**
 * Turns a path from a report into one relative to the repository, which is what GitHub needs to
 * place an annotation on the diff. Reports carry absolute paths from other machines
 * (`/Users/me/proj/tests/x.py`), Java package paths (`org/acme/FooTest.java`) and Go file names
 * relative to the package: each is looked for under the workspace.
 */
export function resolveSourcePath(
  file: string,
  workspace: string,
  workingDirectory: string,
  cache = new Map<string, string>(),
): string {
  const cached = cache.get(file);
  if (cached !== undefined) return cached;
  const result = resolveUncached(file, path.resolve(workspace), path.resolve(workingDirectory));
  cache.set(file, result);
  return result;
}

function resolveUncached(file: string, workspace: string, cwd: string): string {
  const given = toSlash(file);
  const rel = (abs: string) => toSlash(path.relative(workspace, abs));
  const isAbs = path.isAbsolute(file) || /^[A-Za-z]:[\\/]/.test(file);
  if (isAbs) {
    const ws = toSlash(workspace);
    if (given.startsWith(`${ws}/`)) return given.slice(ws.length + 1);
    // From another machine: the longest tail of the path that exists here.
    const parts = given
      .replace(/^[A-Za-z]:/, '')
      .split('/')
      .filter(Boolean);
    for (let i = 1; i < parts.length; i++) {
      const tail = parts.slice(i).join('/');
      for (const base of [cwd, workspace]) {
        if (existsSync(path.join(base, tail))) return rel(path.join(base, tail));
      }
    }
    return given;
  }
  const clean = given.replace(/^\.\//, '');
  if (existsSync(path.join(cwd, clean))) return rel(path.join(cwd, clean));
  if (existsSync(path.join(workspace, clean))) return clean;
  try {
    const found = globSync(`**/${clean}`, {
      cwd,
      ignore: ['**/node_modules/**', '**/.git/**', '**/.venv/**', '**/venv/**'],
      absolute: true,
      onlyFiles: true,
      dot: false,
    });
    if (found.length > 0) return rel(found.sort((a, b) => a.length - b.length)[0]);
  } catch {
    // A pattern tinyglobby refuses: keep the path as the report gave it.
  }
  return clean;
}

/**
 * Rewrites the locations of failed and errored tests to repository paths, so that the summary,
 * the annotations and the JSON report all show the path a reader can open. The search for a
 * path that is not where the report says is bounded, for reports with thousands of failures.
 */
export function resolveLocations(
  report: TestReport,
  workspace: string,
  workingDirectory: string,
  maxSearches = 200,
): void {
  const cache = new Map<string, string>();
  for (const c of allCases(report)) {
    if (!c.location || (c.status !== 'failed' && c.status !== 'errored')) continue;
    if (!cache.has(c.location.file) && cache.size >= maxSearches) continue;
    c.location = {
      ...c.location,
      file: resolveSourcePath(c.location.file, workspace, workingDirectory, cache),
    };
  }
}

/**
 * One error annotation per failed or errored test, on its file and line where known, at most
 * `max`; says how many were left out.
 */
export function annotateFailures(report: TestReport, opts: AnnotationOptions): AnnotationResult {
  const cache = new Map<string, string>();
  let written = 0;
  let failedTotal = 0;
  for (const c of allCases(report)) {
    if (c.status !== 'failed' && c.status !== 'errored') continue;
    failedTotal++;
    if (written >= opts.max) continue;
    const title = `${c.status === 'errored' ? 'Error in' : 'Failed:'} ${displayName(c)}`;
    const body =
      [c.message, c.details && c.details !== c.message ? c.details : undefined]
        .filter(Boolean)
        .join('\n\n') ||
      c.type ||
      'Test failed';
    const file = c.location
      ? resolveSourcePath(c.location.file, opts.workspace, opts.workingDirectory, cache)
      : undefined;
    opts.logger.error(trimText(body, 20, 2000), {
      file,
      line: c.location?.line,
      title: trimText(title, 1, 200),
    });
    written++;
  }
  const leftOut = failedTotal - written;
  if (leftOut > 0) {
    opts.logger.warning(
      `${leftOut} more failed tests were not annotated: at most ${opts.max} annotations are written (${inputRef('max-annotations')}). The job summary lists them all.`,
    );
  }
  return { written, leftOut };
}
