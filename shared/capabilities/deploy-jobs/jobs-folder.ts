import * as fs from 'fs';
import * as path from 'path';
import { UserError } from '../../errors';
import { interpolate, type Lookup } from './interpolate';
import type { Deployment, ResolveContext } from './model';
import { rewriteJobPaths } from './paths';
import { validateJob } from './schema';
import { DefinitionError, at, displayPath, isMap, readSourceFile, type Json } from './yaml-source';

const KEY = /^[A-Za-z0-9_-]+$/;

/**
 * A folder of job definitions, one Jobs API create payload per .yml/.yaml/.json file, keyed by the
 * file's name. `${var.*}` takes the variables input; paths are relative to the file.
 */
export function readJobsFolder(
  dir: string,
  opts: { name: string; target: string; syncRoot: string },
  ctx: ResolveContext,
): Deployment {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory())
    throw new UserError(`${dir} is not a folder (resolved to ${path.resolve(dir)}).`);
  const files = fs
    .readdirSync(dir)
    .filter((f) => /\.(ya?ml|json)$/i.test(f))
    .sort();
  if (files.length === 0)
    throw new UserError(`${dir} holds no .yml, .yaml or .json job definition.`);
  const rootPath = `/Workspace/Users/${ctx.userName}/.bundle/${opts.name}/${opts.target}`;
  const filePath = `${rootPath}/files`;
  const base: Record<string, string> = {
    'workspace.current_user.userName': ctx.userName,
    'workspace.root_path': rootPath,
    'workspace.file_path': filePath,
    'bundle.target': opts.target,
    'bundle.name': opts.name,
    'bundle.git.commit': ctx.git.commit ?? '',
    'bundle.git.branch': ctx.git.branch ?? '',
    'bundle.git.origin_url': ctx.git.origin_url ?? '',
  };
  const keys = new Set<string>();
  const used = new Set<string>();
  const definitions = files.map((f) => {
    const full = path.join(dir, f);
    const file = readSourceFile(full, displayPath(process.cwd(), full));
    const key = f.replace(/\.(ya?ml|json)$/i, '');
    if (!KEY.test(key))
      throw new DefinitionError(
        file.display,
        `the file name makes the job's key, so use letters, digits, '_' and '-' only.`,
      );
    if (keys.has(key))
      throw new DefinitionError(file.display, `a second definition with key ${key}.`);
    keys.add(key);
    if (!isMap(file.value))
      throw new DefinitionError(at(file, []), 'must be a mapping: the Jobs API create payload.');
    const lookup: Lookup = (ref) => {
      if (ref in base) return { value: base[ref] };
      if (ref.startsWith('var.') && ref.slice(4) in ctx.variables)
        return { value: ctx.variables[ref.slice(4)] };
      if (/^resources\.jobs\.[^.]+\.id$/.test(ref)) return 'defer';
      return undefined;
    };
    let settings = interpolate(file.value, lookup, (ref, sub) => {
      throw new DefinitionError(
        at(file, sub),
        ref.startsWith('var.')
          ? `unknown variable ${ref.slice(4)} in \${${ref}}: give it in the variables input as ${ref.slice(4)}=value.`
          : `unknown reference \${${ref}}.`,
      );
    }) as Json;
    settings = rewriteJobPaths(
      settings,
      file,
      [],
      ctx.source === 'git'
        ? { root: ctx.gitRoot ?? opts.syncRoot }
        : { root: opts.syncRoot, remotePrefix: filePath, used },
    );
    const permissions = Array.isArray(settings.permissions) ? settings.permissions : [];
    delete settings.permissions;
    validateJob(settings, file, []);
    settings.name ??= key;
    return { kind: 'jobs' as const, key, settings, permissions, file, keys: [] };
  });
  return {
    name: opts.name,
    target: opts.target,
    rootPath,
    filePath,
    statePath: `${rootPath}/state`,
    syncRoot: opts.syncRoot,
    // Not the whole working directory: only what the jobs name.
    syncOnly: [...used]
      .map((f) => path.relative(opts.syncRoot, f).split(path.sep).join('/'))
      .sort(),
    definitions,
    notDeployed: [],
    warnings: [],
  };
}
