import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { DatabricksError, type DatabricksClient } from '../../databricks';
import { listFiles } from '../../code-source/upload';
import { isNotebookFile } from './paths';

/** What was uploaded where, kept beside the deployment so that a re-run writes only what changed. */
interface SyncState {
  version: 1;
  filePath: string;
  files: Record<string, string>;
}

export interface SyncResult {
  written: string[];
  deleted: string[];
  unchanged: number;
}

const LANGUAGES: Record<string, string> = { py: 'PYTHON', sql: 'SQL', scala: 'SCALA', r: 'R' };

function remoteName(rel: string, notebook: boolean): string {
  return notebook ? rel.replace(/\.(py|sql|scala|r|ipynb)$/i, '') : rel;
}

export function stateFile(statePath: string): string {
  return `${statePath}/deploy-sync.json`;
}

/**
 * Uploads `localRoot` to `filePath` as the bundle CLI's sync does (notebooks without their
 * extension), writing only files whose content changed since the last deploy and deleting the
 * ones gone locally. `dryRun` only computes the lists.
 */
export async function syncFiles(
  client: DatabricksClient,
  localRoot: string,
  filePath: string,
  statePath: string,
  opts: { dryRun: boolean; only?: string[]; signal?: AbortSignal },
): Promise<SyncResult> {
  const files = opts.only ?? listFiles(localRoot).filter((f) => !f.startsWith('.databricks/'));
  const local: Record<string, { hash: string; notebook: boolean }> = {};
  for (const f of files) {
    const full = path.join(localRoot, f);
    local[f] = {
      hash: createHash('sha256').update(fs.readFileSync(full)).digest('hex'),
      notebook: isNotebookFile(full),
    };
  }
  const before = await readState(client, statePath, opts.signal);
  const previous = before && before.filePath === filePath ? before.files : {};
  const key = (f: string) => `${local[f].notebook ? 'nb' : 'f'}:${local[f].hash}`;
  const written = files.filter((f) => previous[f] !== key(f));
  const deleted = Object.keys(previous).filter((f) => !(f in local));
  const result = { written, deleted, unchanged: files.length - written.length };
  if (opts.dryRun || (written.length === 0 && deleted.length === 0 && before)) return result;

  const dirs = new Set(written.map((f) => path.posix.dirname(f)).filter((d) => d !== '.'));
  const leaves = [...dirs].filter((d) => ![...dirs].some((o) => o !== d && o.startsWith(`${d}/`)));
  await client.workspace.mkdirs(filePath, opts.signal);
  for (const d of leaves) await client.workspace.mkdirs(`${filePath}/${d}`, opts.signal);
  for (const f of written) {
    const bytes = fs.readFileSync(path.join(localRoot, f));
    const target = `${filePath}/${remoteName(f, local[f].notebook)}`;
    if (local[f].notebook) {
      const ext = path.extname(f).slice(1).toLowerCase();
      await client.workspace.importFile(target, bytes, {
        format: ext === 'ipynb' ? 'JUPYTER' : 'SOURCE',
        language: LANGUAGES[ext],
        overwrite: true,
        signal: opts.signal,
      });
    } else {
      await client.workspace.importFile(target, bytes, {
        format: 'AUTO',
        overwrite: true,
        signal: opts.signal,
      });
    }
  }
  for (const f of deleted) {
    const notebook = previous[f].startsWith('nb:');
    try {
      await client.workspace.delete(`${filePath}/${remoteName(f, notebook)}`, {
        signal: opts.signal,
      });
    } catch (err) {
      // Already removed by hand: the outcome we wanted.
      if (!(err instanceof DatabricksError && err.isNotFound)) throw err;
    }
  }
  const state: SyncState = {
    version: 1,
    filePath,
    files: Object.fromEntries(files.map((f) => [f, key(f)])),
  };
  await client.workspace.mkdirs(statePath, opts.signal);
  await client.workspace.importFile(stateFile(statePath), JSON.stringify(state, null, 1), {
    format: 'AUTO',
    overwrite: true,
    signal: opts.signal,
  });
  return result;
}

async function readState(
  client: DatabricksClient,
  statePath: string,
  signal?: AbortSignal,
): Promise<SyncState | undefined> {
  const bytes = await client.workspace.tryExport(stateFile(statePath), signal);
  if (!bytes) return undefined;
  try {
    const s = JSON.parse(bytes.toString('utf8')) as SyncState;
    return s && s.version === 1 && typeof s.files === 'object' ? s : undefined;
  } catch {
    return undefined;
  }
}
