import * as fs from 'fs';
import * as path from 'path';
import { DefinitionError, at, isMap, type Json, type SourceFile } from './yaml-source';

/** How a local path in a definition becomes a path Databricks can open. */
export interface PathMapping {
  /** Local folder the paths must lie in. */
  root: string;
  /** Remote prefix (`${workspace.file_path}`), or undefined for `source: git` (relative to the repository). */
  remotePrefix?: string;
  /** Collects the local files the definitions name (absolute paths). */
  used?: Set<string>;
}

type Kind = 'notebook' | 'file';

const NOTEBOOK_HEADER =
  /^(# Databricks notebook source|-- Databricks notebook source|\/\/ Databricks notebook source)/;
const NOTEBOOK_EXT = /\.(py|sql|scala|r|ipynb)$/i;

/** Local paths are relative; absolute ones and URIs (dbfs:/, s3://) are remote already. */
function isLocal(p: unknown): p is string {
  return (
    typeof p === 'string' &&
    p !== '' &&
    !p.startsWith('/') &&
    !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(p) &&
    !p.includes('${')
  );
}

export function isNotebookFile(full: string): boolean {
  if (/\.ipynb$/i.test(full)) return true;
  try {
    const fd = fs.openSync(full, 'r');
    try {
      const buf = Buffer.alloc(64);
      const n = fs.readSync(fd, buf, 0, 64, 0);
      return NOTEBOOK_HEADER.test(buf.subarray(0, n).toString('utf8'));
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}

/**
 * Rewrites the relative notebook and file paths of a job's tasks as the bundle CLI does: relative to
 * the file that names them, then to the deployed copy (notebooks lose their extension). A job with its
 * own `git_source`, or a task whose `source` is GIT, keeps its paths.
 */
export function rewriteJobPaths(
  job: Json,
  file: SourceFile,
  keys: (string | number)[],
  mapping: PathMapping,
): Json {
  if (isMap(job.git_source)) return job;
  const dir = path.dirname(file.full);
  const map = (p: string, kind: Kind, where: (string | number)[]): string => {
    const full = path.resolve(dir, p);
    const loc = at(file, where);
    if (!fs.existsSync(full) || !fs.statSync(full).isFile())
      throw new DefinitionError(loc, `${kind} ${p} does not exist (resolved to ${full}).`);
    const rel = path.relative(mapping.root, full);
    if (rel.startsWith('..') || path.isAbsolute(rel))
      throw new DefinitionError(
        loc,
        `${kind} ${p} lies outside ${mapping.root}, the folder that is deployed.`,
      );
    mapping.used?.add(full);
    let out = rel.split(path.sep).join('/');
    if (kind === 'notebook') {
      if (!isNotebookFile(full))
        throw new DefinitionError(
          loc,
          `${p} is not a notebook: a notebook_path needs a source notebook (first line '# Databricks notebook source') or an .ipynb file; use spark_python_task for a plain Python file.`,
        );
      out = out.replace(NOTEBOOK_EXT, '');
    }
    return mapping.remotePrefix ? `${mapping.remotePrefix}/${out}` : out;
  };
  const task = (t: unknown, where: (string | number)[]): unknown => {
    if (!isMap(t)) return t;
    const out: Json = { ...t };
    const viaGit = t.source === 'GIT';
    const nb = out.notebook_task;
    if (isMap(nb) && !viaGit && nb.source !== 'GIT' && isLocal(nb.notebook_path))
      out.notebook_task = {
        ...nb,
        notebook_path: map(nb.notebook_path, 'notebook', [
          ...where,
          'notebook_task',
          'notebook_path',
        ]),
      };
    const py = out.spark_python_task;
    if (isMap(py) && py.source !== 'GIT' && isLocal(py.python_file))
      out.spark_python_task = {
        ...py,
        python_file: map(py.python_file, 'file', [...where, 'spark_python_task', 'python_file']),
      };
    const sql = out.sql_task;
    if (isMap(sql) && isMap(sql.file) && sql.file.source !== 'GIT' && isLocal(sql.file.path))
      out.sql_task = {
        ...sql,
        file: {
          ...sql.file,
          path: map(sql.file.path, 'file', [...where, 'sql_task', 'file', 'path']),
        },
      };
    if (Array.isArray(out.libraries))
      out.libraries = out.libraries.map((lib: unknown, i) => {
        if (!isMap(lib)) return lib;
        const l: Json = { ...lib };
        for (const k of ['whl', 'jar', 'requirements'])
          if (isLocal(l[k])) l[k] = map(l[k], 'file', [...where, 'libraries', i, k]);
        return l;
      });
    const each = out.for_each_task;
    if (isMap(each) && isMap(each.task))
      out.for_each_task = { ...each, task: task(each.task, [...where, 'for_each_task', 'task']) };
    return out;
  };
  if (!Array.isArray(job.tasks)) return job;
  return { ...job, tasks: job.tasks.map((t, i) => task(t, [...keys, 'tasks', i])) };
}
