import * as path from 'path';
import type { SubmitRunRequest } from '../../databricks';
import { inputRef, quoteValue } from '../../errors';
import type { GitSource } from '../../code-source/git-source';
import type { Cluster, RunJobSettings } from './settings';

type Json = Record<string, unknown>;

/** One problem in a run spec, with where it is. */
export interface SpecProblem {
  file: string;
  line?: number;
  column?: number;
  /** `tasks[1].notebook_task`, or empty for the whole file. */
  where: string;
  message: string;
}

export function formatProblem(p: SpecProblem): string {
  const at = p.line ? `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}` : p.file;
  return `${at}: ${describeProblem(p)}`;
}

/** The problem without its location, for a log line that carries the location itself. */
export function describeProblem(p: SpecProblem): string {
  return `${p.where ? `${p.where}: ` : ''}${p.message}`;
}

export interface LoadedSpec {
  spec?: SubmitRunRequest;
  errors: SpecProblem[];
  warnings: SpecProblem[];
}

/** The task key for a shorthand run: the file's name, as the service allows it. */
export function shorthandTaskKey(file: string): string {
  const base = path.posix.basename(file.replace(/\\/g, '/')).replace(/\.[^.]+$/, '');
  const key = base
    .replace(/[^\w-]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 100);
  return key || 'main';
}

/** The runs/submit payload for `notebook-path` / `python-file` with `parameters` and `cluster`. */
export function buildShorthand(settings: RunJobSettings): SubmitRunRequest {
  const target = settings.target;
  if (target.kind !== 'notebook' && target.kind !== 'python-file') {
    throw new Error(`Bug: buildShorthand called for ${target.kind}`);
  }
  const task: Json = { task_key: shorthandTaskKey(target.path) };
  const spec: Json = {};
  if (target.kind === 'notebook') {
    const params = settings.parameters;
    task.notebook_task = {
      notebook_path: target.path,
      ...(params && !Array.isArray(params) && Object.keys(params).length
        ? { base_parameters: params }
        : {}),
    };
  } else {
    const params = settings.parameters;
    task.spark_python_task = {
      python_file: target.path,
      ...(Array.isArray(params) && params.length ? { parameters: params } : {}),
    };
  }
  applyCluster(task, spec, settings.cluster, target.kind === 'python-file');
  return { ...spec, tasks: [task] } as SubmitRunRequest;
}

function applyCluster(task: Json, spec: Json, cluster: Cluster, needsEnvironment: boolean): void {
  if (cluster.kind === 'existing') task.existing_cluster_id = cluster.clusterId;
  else if (cluster.kind === 'new') task.new_cluster = cluster.spec;
  else if (needsEnvironment) {
    // Serverless notebooks need nothing; Python files need an environment to run in.
    task.environment_key = 'default';
    spec.environments = [{ environment_key: 'default', spec: { environment_version: '2' } }];
  }
}

export interface FinishOptions {
  runName: string;
  idempotencyToken: string;
  gitSource?: GitSource;
  /** Workspace folder the upload went to: relative task paths resolve inside it. */
  uploadRoot?: string;
  /** Whether a path (relative to the uploaded folder) is a notebook saved with its extension. */
  isUploadedNotebookFile?: (relative: string) => boolean;
  timeoutSeconds?: number;
}

/**
 * The final payload: run name, token, git source and task paths. Returns the problems that only
 * show once we know where the code comes from (a relative path with nowhere to resolve it).
 */
export function finishSubmit(
  spec: SubmitRunRequest,
  opts: FinishOptions,
): { request: SubmitRunRequest; problems: string[] } {
  const problems: string[] = [];
  const request: SubmitRunRequest = {
    ...spec,
    run_name: spec.run_name ?? opts.runName,
    idempotency_token: opts.idempotencyToken,
  };
  const gitSource = (spec.git_source as GitSource | undefined) ?? opts.gitSource;
  if (gitSource) request.git_source = gitSource;
  request.tasks = spec.tasks.map((task, i) => {
    const out: Json = { ...task };
    for (const [type, field] of [
      ['notebook_task', 'notebook_path'],
      ['spark_python_task', 'python_file'],
    ] as const) {
      const body = task[type] as Json | undefined;
      if (!body || typeof body[field] !== 'string') continue;
      const p = body[field] as string;
      const next: Json = { ...body };
      const absolute = p.startsWith('/') || /^[a-z]+:/i.test(p);
      if (body.source === undefined || (opts.uploadRoot && !absolute)) {
        if (absolute) next.source = 'WORKSPACE';
        else if (opts.uploadRoot) {
          next.source = 'WORKSPACE';
          const rel = p.replace(/^\.\//, '');
          const stripped =
            type === 'notebook_task' && opts.isUploadedNotebookFile?.(rel)
              ? rel.replace(/\.(py|sql|scala|r)$/i, '')
              : rel;
          next[field] = `${opts.uploadRoot}/${stripped}`;
        } else if (gitSource) next.source = 'GIT';
        else {
          problems.push(
            `tasks[${i}] (${task.task_key}): ${field} ${quoteValue(p)} is relative, but there is no git source and no uploaded folder. Use a /Workspace path, ${inputRef('git-source')} auto, or ${inputRef('upload')}.`,
          );
        }
      }
      out[type] = next;
    }
    return out as typeof task;
  });
  if (opts.timeoutSeconds && request.timeout_seconds === undefined) {
    // The service-side limit backs up our client deadline in case this process dies.
    request.timeout_seconds = opts.timeoutSeconds + 300;
  }
  return { request, problems };
}
