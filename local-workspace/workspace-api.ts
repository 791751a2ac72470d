import * as path from 'path';
import { ApiError, type ModuleContext } from './types';
import { args } from './request-args';
import { ok } from './routes';
import { WorkspaceStore, type Language, type WorkspaceObject } from './workspace-store';

/**
 * The Workspace API (`/api/2.0/workspace/*`): its routes and the shapes they answer with. The
 * tree itself, persisted as JSON, is in workspace-store.ts.
 */

const NOTEBOOK_HEADERS: Array<[RegExp, Language]> = [
  [/^# Databricks notebook source\r?\n?/, 'PYTHON'],
  [/^-- Databricks notebook source\r?\n?/, 'SQL'],
  [/^\/\/ Databricks notebook source\r?\n?/, 'SCALA'],
];
const EXTENSIONS: Record<string, Language> = {
  '.py': 'PYTHON',
  '.sql': 'SQL',
  '.scala': 'SCALA',
  '.r': 'R',
};
const LANGUAGES = new Set(['PYTHON', 'SQL', 'SCALA', 'R']);

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** Accepts `/Users/x` and its `/Workspace/Users/x` alias (the path jobs and FUSE use). */
export function normaliseWorkspacePath(raw: unknown, field = 'path'): string {
  if (typeof raw !== 'string' || raw === '') {
    throw new ApiError(400, 'INVALID_PARAMETER_VALUE', `Missing required field: ${field}`);
  }
  if (!raw.startsWith('/')) {
    throw new ApiError(
      400,
      'INVALID_PARAMETER_VALUE',
      `Path (${raw}) is not absolute. Use a path that starts with '/'.`,
    );
  }
  let p = raw.replace(/\/+/g, '/');
  if (p.length > 1) p = p.replace(/\/$/, '');
  if (p.split('/').some((s) => s === '..' || s === '.')) {
    throw new ApiError(
      400,
      'INVALID_PARAMETER_VALUE',
      `Path (${raw}) must not contain '.' or '..' segments.`,
    );
  }
  if (p === '/Workspace') return '/';
  if (p.startsWith('/Workspace/')) p = p.slice('/Workspace'.length);
  return p;
}

function boolParam(v: unknown): boolean {
  return v === true || v === 'true';
}

/** An object as get-status and list show it. */
function objectInfo(o: WorkspaceObject): Record<string, unknown> {
  const out: Record<string, unknown> = {
    object_type: o.objectType,
    path: o.path,
    object_id: BigInt(o.objectId),
    created_at: o.createdAt,
    modified_at: o.modifiedAt,
    resource_id: o.objectId,
  };
  if (o.language) out.language = o.language;
  if (o.objectType === 'FILE') out.size = o.content?.length ?? 0;
  return out;
}

function notebookLanguage(content: Buffer): Language | undefined {
  const head = content.subarray(0, 64).toString('utf8');
  return NOTEBOOK_HEADERS.find(([re]) => re.test(head))?.[1];
}

export function registerWorkspace(ctx: ModuleContext): WorkspaceStore {
  const store = new WorkspaceStore(ctx);
  ctx.persist(
    'workspace',
    () => store.save(),
    (saved) => store.load(saved),
  );

  ctx.router.add('POST', '/api/2.0/workspace/import', (req) => {
    const a = args(req);
    const p = normaliseWorkspacePath(a.path);
    const format = (str(a.format) ?? 'SOURCE').toUpperCase();
    const content = Buffer.from(str(a.content) ?? '', 'base64');
    const overwrite = boolParam(a.overwrite);
    const language = str(a.language)?.toUpperCase();
    if (language !== undefined && !LANGUAGES.has(language)) {
      throw new ApiError(
        400,
        'INVALID_PARAMETER_VALUE',
        `Invalid language '${a.language}'. Use PYTHON, SQL, SCALA or R.`,
      );
    }
    switch (format) {
      case 'SOURCE':
        if (!language) {
          throw new ApiError(
            400,
            'INVALID_PARAMETER_VALUE',
            'To import a single file as SOURCE, set the language field (importing a directory archive is not supported by the local workspace).',
          );
        }
        // The export header is optional on import; strip nothing, the runner understands both forms.
        store.put(p, 'NOTEBOOK', content, language as Language, overwrite);
        return ok();
      case 'AUTO': {
        const nbLang = notebookLanguage(content);
        if (nbLang) {
          const ext = path.posix.extname(p);
          const stripped = EXTENSIONS[ext.toLowerCase()] ? p.slice(0, -ext.length) : p;
          store.put(stripped, 'NOTEBOOK', content, (language as Language) ?? nbLang, overwrite);
        } else {
          store.put(p, 'FILE', content, undefined, overwrite);
        }
        return ok();
      }
      case 'RAW':
        store.put(p, 'FILE', content, undefined, overwrite);
        return ok();
      case 'HTML':
      case 'JUPYTER':
      case 'DBC':
      case 'R_MARKDOWN':
        throw new ApiError(
          400,
          'INVALID_PARAMETER_VALUE',
          `Import format ${format} is not supported by the local workspace; use SOURCE, AUTO or RAW.`,
        );
      default:
        throw new ApiError(400, 'INVALID_PARAMETER_VALUE', `Invalid format '${a.format}'.`);
    }
  });

  ctx.router.add('POST', '/api/2.0/workspace/mkdirs', (req) => {
    store.mkdirs(normaliseWorkspacePath(args(req).path));
    return ok();
  });

  ctx.router.add('GET', '/api/2.0/workspace/get-status', (req) => {
    const p = normaliseWorkspacePath(args(req).path);
    const o = store.get(p);
    if (!o) throw new ApiError(404, 'RESOURCE_DOES_NOT_EXIST', `Path (${p}) doesn't exist.`);
    return ok(objectInfo(o));
  });

  ctx.router.add('GET', '/api/2.0/workspace/list', (req) => {
    const p = normaliseWorkspacePath(args(req).path);
    const o = store.get(p);
    if (!o) throw new ApiError(404, 'RESOURCE_DOES_NOT_EXIST', `Path (${p}) doesn't exist.`);
    const objects = o.objectType === 'DIRECTORY' ? store.children(p) : [o];
    objects.sort((x, y) => x.path.localeCompare(y.path));
    // Real workspaces omit `objects` for an empty folder.
    return ok(objects.length ? { objects: objects.map((x) => objectInfo(x)) } : {});
  });

  ctx.router.add('POST', '/api/2.0/workspace/delete', (req) => {
    const a = args(req);
    store.delete(normaliseWorkspacePath(a.path), boolParam(a.recursive));
    return ok();
  });

  ctx.router.add('GET', '/api/2.0/workspace/export', (req) => {
    const a = args(req);
    const p = normaliseWorkspacePath(a.path);
    const o = store.get(p);
    if (!o) throw new ApiError(404, 'RESOURCE_DOES_NOT_EXIST', `Path (${p}) doesn't exist.`);
    if (o.objectType === 'DIRECTORY') {
      throw new ApiError(
        400,
        'INVALID_PARAMETER_VALUE',
        'Exporting a directory is not supported by the local workspace.',
      );
    }
    const content = o.content ?? Buffer.alloc(0);
    if (boolParam(a.direct_download)) {
      return {
        status: 200,
        body: content.toString('utf8'),
        headers: { 'content-type': 'application/octet-stream' },
      };
    }
    const fileType =
      o.objectType === 'NOTEBOOK'
        ? { PYTHON: 'py', SQL: 'sql', SCALA: 'scala', R: 'r' }[o.language ?? 'PYTHON']
        : path.posix.extname(p).slice(1);
    return ok({ content: content.toString('base64'), file_type: fileType });
  });

  return store;
}
