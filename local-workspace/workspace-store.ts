import * as fs from 'fs';
import * as path from 'path';
import { ApiError, type ModuleContext } from './types';
import { LOCAL_USER } from './identity';

/** The workspace file tree held in memory: the state behind `/api/2.0/workspace/*`. */

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

function parentOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
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
