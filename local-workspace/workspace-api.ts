import * as fs from 'fs';
import * as path from 'path';
import { ApiError, type ModuleContext } from './types';
import { args } from './request-args';
import { ok } from './routes';
import { LOCAL_USER } from './identity';

/** The workspace file tree (`/api/2.0/workspace/*`), held in memory and persisted as JSON. */

export type ObjectType = 'DIRECTORY' | 'NOTEBOOK' | 'FILE';
export type Language = 'PYTHON' | 'SQL' | 'SCALA' | 'R';

export interface WorkspaceObject {
  path: string;
  objectType: ObjectType;
  language?: Language;
  objectId: string;
  createdAt: number;
  modifiedAt: number;
  content?: Buffer;
}

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

function parentOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

function boolParam(v: unknown): boolean {
  return v === true || v === 'true';
}

export class WorkspaceStore {
  readonly objects = new Map<string, WorkspaceObject>();

  constructor(private readonly ctx: ModuleContext) {
    for (const p of ['/', '/Users', '/Shared', '/Repos', `/Users/${LOCAL_USER}`]) this.mkdir(p);
  }

  get(p: string): WorkspaceObject | undefined {
    return this.objects.get(p);
  }

  private mkdir(p: string): void {
    if (this.objects.has(p)) return;
    const now = this.ctx.now();
    this.objects.set(p, {
      path: p,
      objectType: 'DIRECTORY',
      objectId: this.ctx.nextId().toString(),
      createdAt: now,
      modifiedAt: now,
    });
  }

  children(dir: string): WorkspaceObject[] {
    const prefix = dir === '/' ? '/' : `${dir}/`;
    return [...this.objects.values()].filter(
      (o) =>
        o.path !== dir && o.path.startsWith(prefix) && !o.path.slice(prefix.length).includes('/'),
    );
  }

  mkdirs(p: string): void {
    const parts = p.split('/').filter(Boolean);
    let cur = '';
    for (const part of parts) {
      cur += `/${part}`;
      const existing = this.objects.get(cur);
      if (existing && existing.objectType !== 'DIRECTORY') {
        throw new ApiError(
          400,
          'RESOURCE_ALREADY_EXISTS',
          `Cannot create directory ${p}: ${cur} exists and is a ${existing.objectType.toLowerCase()}.`,
        );
      }
    }
    cur = '';
    for (const part of parts) {
      cur += `/${part}`;
      this.mkdir(cur);
    }
  }

  put(
    p: string,
    objectType: 'NOTEBOOK' | 'FILE',
    content: Buffer,
    language: Language | undefined,
    overwrite: boolean,
  ): void {
    const parent = this.objects.get(parentOf(p));
    if (!parent || parent.objectType !== 'DIRECTORY') {
      throw new ApiError(
        404,
        'RESOURCE_DOES_NOT_EXIST',
        `The parent folder (${parentOf(p)}) does not exist.`,
      );
    }
    const existing = this.objects.get(p);
    if (existing && (!overwrite || existing.objectType === 'DIRECTORY')) {
      throw new ApiError(400, 'RESOURCE_ALREADY_EXISTS', `Path (${p}) already exists.`);
    }
    const now = this.ctx.now();
    this.objects.set(p, {
      path: p,
      objectType,
      language: objectType === 'NOTEBOOK' ? language : undefined,
      objectId: existing?.objectId ?? this.ctx.nextId().toString(),
      createdAt: existing?.createdAt ?? now,
      modifiedAt: now,
      content,
    });
  }

  delete(p: string, recursive: boolean): void {
    const obj = this.objects.get(p);
    if (!obj) throw new ApiError(404, 'RESOURCE_DOES_NOT_EXIST', `Path (${p}) doesn't exist.`);
    if (obj.objectType === 'DIRECTORY') {
      const prefix = p === '/' ? '/' : `${p}/`;
      const inside = [...this.objects.keys()].filter((k) => k.startsWith(prefix) && k !== p);
      if (inside.length > 0 && !recursive) {
        throw new ApiError(
          400,
          'DIRECTORY_NOT_EMPTY',
          `Folder (${p}) is not empty. Set recursive to true to delete it with its contents.`,
        );
      }
      for (const k of inside) this.objects.delete(k);
    }
    if (p !== '/') this.objects.delete(p);
  }

  /** Writes the whole tree under `dest` (notebooks keep their extension-less names) for a run to use. */
  materialise(dest: string): void {
    fs.mkdirSync(dest, { recursive: true });
    const sorted = [...this.objects.values()].sort((a, b) => a.path.length - b.path.length);
    for (const o of sorted) {
      const target = path.join(dest, o.path);
      if (o.objectType === 'DIRECTORY') fs.mkdirSync(target, { recursive: true });
      else {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, o.content ?? Buffer.alloc(0));
      }
    }
  }

  info(o: WorkspaceObject): Record<string, unknown> {
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

  save(): unknown {
    return [...this.objects.values()].map((o) => ({
      ...o,
      content: o.content?.toString('base64'),
    }));
  }

  load(saved: unknown): void {
    if (!Array.isArray(saved)) return;
    this.objects.clear();
    for (const raw of saved as Array<Record<string, unknown>>) {
      const o = raw as unknown as WorkspaceObject & { content?: string };
      this.objects.set(o.path, {
        ...o,
        objectId: String(o.objectId),
        content: typeof o.content === 'string' ? Buffer.from(o.content, 'base64') : undefined,
      });
    }
  }
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
    return ok(store.info(o));
  });

  ctx.router.add('GET', '/api/2.0/workspace/list', (req) => {
    const p = normaliseWorkspacePath(args(req).path);
    const o = store.get(p);
    if (!o) throw new ApiError(404, 'RESOURCE_DOES_NOT_EXIST', `Path (${p}) doesn't exist.`);
    const objects = o.objectType === 'DIRECTORY' ? store.children(p) : [o];
    objects.sort((x, y) => x.path.localeCompare(y.path));
    // Real workspaces omit `objects` for an empty folder.
    return ok(objects.length ? { objects: objects.map((x) => store.info(x)) } : {});
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
