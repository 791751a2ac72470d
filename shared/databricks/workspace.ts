import { DatabricksError } from './errors';
import { idsToStrings, type Id } from './ids';
import type { Transport } from './transport';

export interface WorkspaceObject {
  path: string;
  object_type?: 'NOTEBOOK' | 'DIRECTORY' | 'LIBRARY' | 'FILE' | 'REPO' | 'DASHBOARD' | string;
  object_id?: Id;
  language?: string;
  created_at?: number;
  modified_at?: number;
  resource_id?: string;
  [key: string]: unknown;
}

export interface ImportRequest {
  path: string;
  /** Base64 of the file. Use `importFile` to pass the bytes. */
  content: string;
  format?: 'SOURCE' | 'AUTO' | 'JUPYTER' | 'HTML' | 'DBC' | 'RAW' | 'R_MARKDOWN' | string;
  language?: 'PYTHON' | 'SQL' | 'SCALA' | 'R' | string;
  overwrite?: boolean;
}

const ID_FIELDS = new Set(['object_id']);

/** Workspace files and folders (`/api/2.0/workspace/*`). */
export class WorkspaceApi {
  constructor(private readonly transport: Transport) {}

  /** Creates the folder and its parents; succeeds when it exists. */
  async mkdirs(path: string, signal?: AbortSignal): Promise<void> {
    await this.transport.request({
      method: 'POST',
      path: '/api/2.0/workspace/mkdirs',
      body: { path },
      safeToRepeat: true,
      signal,
    });
  }

  async import(req: ImportRequest, signal?: AbortSignal): Promise<void> {
    await this.transport.request({
      method: 'POST',
      path: '/api/2.0/workspace/import',
      body: req,
      // Overwriting with the same content twice is the same as once; creating twice fails the second time.
      safeToRepeat: req.overwrite === true,
      resource: { kind: 'workspace path', id: req.path, needs: 'CAN_MANAGE on the folder' },
      signal,
    });
  }

  /** Uploads bytes as a workspace file (format AUTO) or notebook source. */
  async importFile(
    path: string,
    bytes: Uint8Array | string,
    opts: {
      format?: ImportRequest['format'];
      language?: string;
      overwrite?: boolean;
      signal?: AbortSignal;
    } = {},
  ): Promise<void> {
    const content = Buffer.from(bytes).toString('base64');
    await this.import(
      {
        path,
        content,
        format: opts.format ?? 'AUTO',
        language: opts.language,
        overwrite: opts.overwrite ?? true,
      },
      opts.signal,
    );
  }

  async getStatus(path: string, signal?: AbortSignal): Promise<WorkspaceObject> {
    const res = await this.transport.request({
      method: 'GET',
      path: '/api/2.0/workspace/get-status',
      query: { path },
      resource: { kind: 'workspace path', id: path },
      signal,
    });
    return idsToStrings<WorkspaceObject>(res, ID_FIELDS);
  }

  /** `undefined` when nothing is at `path`. */
  async tryGetStatus(path: string, signal?: AbortSignal): Promise<WorkspaceObject | undefined> {
    try {
      return await this.getStatus(path, signal);
    } catch (err) {
      if (err instanceof DatabricksError && err.isNotFound) return undefined;
      throw err;
    }
  }

  /** The bytes at `path` (notebooks in source format); `undefined` when nothing is there. */
  async tryExport(path: string, signal?: AbortSignal): Promise<Buffer | undefined> {
    try {
      const res = await this.transport.request<{ content?: string }>({
        method: 'GET',
        path: '/api/2.0/workspace/export',
        query: { path, format: 'SOURCE' },
        resource: { kind: 'workspace path', id: path, needs: 'CAN_READ' },
        signal,
      });
      return Buffer.from(res.content ?? '', 'base64');
    } catch (err) {
      if (err instanceof DatabricksError && err.isNotFound) return undefined;
      throw err;
    }
  }

  async list(path: string, signal?: AbortSignal): Promise<WorkspaceObject[]> {
    const res = await this.transport.request<{ objects?: unknown[] }>({
      method: 'GET',
      path: '/api/2.0/workspace/list',
      query: { path },
      resource: { kind: 'workspace path', id: path },
      signal,
    });
    return idsToStrings<WorkspaceObject[]>(res.objects ?? [], ID_FIELDS);
  }

  async delete(
    path: string,
    opts: { recursive?: boolean; signal?: AbortSignal } = {},
  ): Promise<void> {
    try {
      await this.transport.request({
        method: 'POST',
        path: '/api/2.0/workspace/delete',
        body: { path, recursive: opts.recursive ?? false },
        safeToRepeat: true,
        resource: { kind: 'workspace path', id: path, needs: 'CAN_MANAGE' },
        signal: opts.signal,
      });
    } catch (err) {
      if (err instanceof DatabricksError && err.isNotFound && err.attempts > 1) return;
      throw err;
    }
  }
}
