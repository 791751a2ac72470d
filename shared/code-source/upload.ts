import * as fs from 'fs';
import * as path from 'path';
import { UserError, inputRef } from '../errors';
import type { Logger } from '../logger';
import { DatabricksError, type DatabricksClient } from '../databricks';

/** Folders that are never code the job needs. */
const SKIP_DIRS = new Set([
  '.git',
  '__pycache__',
  'node_modules',
  '.venv',
  'venv',
  '.mypy_cache',
  '.pytest_cache',
  '.tox',
]);
/** The workspace import API refuses larger files. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;
const NOTEBOOK_HEADER =
  /^(# Databricks notebook source|-- Databricks notebook source|\/\/ Databricks notebook source)/;

export interface Uploaded {
  root: string;
  files: number;
  /** Relative paths (posix) of files that are notebooks saved in source format with an extension. */
  notebooks: Set<string>;
}

export function listFiles(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(path.join(dir, entry.name));
      } else if (entry.isFile()) {
        out.push(path.relative(folder, path.join(dir, entry.name)).split(path.sep).join('/'));
      }
    }
  };
  walk(folder);
  return out.sort();
}

/**
 * Imports `folder` into `root`, keeping its layout so that notebooks importing their siblings
 * work. Notebooks (source format) become notebooks without their extension, as in the UI; every
 * other file becomes a workspace file.
 */
export async function uploadFolder(
  client: DatabricksClient,
  folder: string,
  root: string,
  logger: Logger,
  signal?: AbortSignal,
): Promise<Uploaded> {
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw new UserError(
      `${inputRef('upload')}: '${folder}' is not a folder (resolved to ${path.resolve(folder)}).`,
    );
  }
  const files = listFiles(folder);
  if (files.length === 0)
    throw new UserError(`${inputRef('upload')}: '${folder}' has no files to upload.`);
  const notebooks = new Set<string>();
  const dirs = new Set<string>([root]);
  for (const f of files) {
    const d = path.posix.dirname(f);
    if (d !== '.') dirs.add(`${root}/${d}`);
  }
  // mkdirs creates parents; the deepest folders are enough.
  const leaves = [...dirs].filter((d) => ![...dirs].some((o) => o !== d && o.startsWith(`${d}/`)));
  for (const d of leaves) await client.workspace.mkdirs(d, signal);
  const queue = [...files];
  let skipped = 0;
  const worker = async () => {
    for (let f = queue.shift(); f !== undefined; f = queue.shift()) {
      const bytes = fs.readFileSync(path.join(folder, f));
      if (bytes.length > MAX_FILE_BYTES) {
        logger.warning(
          `upload: skipped ${f} (${Math.round(bytes.length / 1048576)} MB; the workspace takes at most 10 MB per file).`,
        );
        skipped++;
        continue;
      }
      if (NOTEBOOK_HEADER.test(bytes.subarray(0, 64).toString('utf8')) && /\.\w+$/.test(f))
        notebooks.add(f);
      await client.workspace.importFile(`${root}/${f}`, bytes, {
        format: 'AUTO',
        overwrite: true,
        signal,
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, files.length) }, worker));
  return { root, files: files.length - skipped, notebooks };
}

/** Deletes the uploaded folder; already gone counts as done. */
export async function removeUpload(
  client: DatabricksClient,
  root: string,
  signal?: AbortSignal,
): Promise<boolean> {
  try {
    await client.workspace.delete(root, { recursive: true, signal });
    return true;
  } catch (err) {
    if (err instanceof DatabricksError && err.isNotFound) return false;
    throw err;
  }
}
