import { errorMessage } from '../shared/errors';
import * as fs from 'fs';
import * as path from 'path';
import { execFile } from 'child_process';
import { fileURLToPath } from 'url';
import { TailBuffer, TaskProcess } from './runner';
import { normaliseWorkspacePath } from './workspace-api';
import { ApiError } from './types';
import { isObject, type Json, type TaskOutput } from './jobs-model';

/** Where a task's code comes from and how it is started: sources, the launcher's context, outcomes. */

export const RESULT_LIMIT_BYTES = 5 * 1024 * 1024;

export class SetupError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function taskSource(task: Json, settings: Json): 'GIT' | 'WORKSPACE' | undefined {
  const body =
    (isObject(task.notebook_task) && task.notebook_task) ||
    (isObject(task.spark_python_task) && task.spark_python_task);
  if (!body) return undefined;
  if (body.source === 'GIT' || body.source === 'WORKSPACE') return body.source;
  return isObject(settings.git_source) ? 'GIT' : 'WORKSPACE';
}

/** Checks made at submit time: a git source needs a URL and exactly one ref. */
export function validateGitSource(gitSource: unknown, tasks: Json[]): void {
  const needsGit = tasks.some((t) => {
    const b =
      (isObject(t.notebook_task) && t.notebook_task) ||
      (isObject(t.spark_python_task) && t.spark_python_task);
    return b && b.source === 'GIT';
  });
  if (gitSource === undefined || gitSource === null) {
    if (needsGit)
      throw new ApiError(
        400,
        'INVALID_PARAMETER_VALUE',
        'A task has source GIT but the job has no git_source.',
      );
    return;
  }
  if (!isObject(gitSource) || typeof gitSource.git_url !== 'string' || gitSource.git_url === '') {
    throw new ApiError(
      400,
      'INVALID_PARAMETER_VALUE',
      'Missing required field: git_source.git_url',
    );
  }
  const refs = ['git_branch', 'git_tag', 'git_commit'].filter(
    (k) => typeof gitSource[k] === 'string' && gitSource[k] !== '',
  );
  if (refs.length !== 1) {
    throw new ApiError(
      400,
      'INVALID_PARAMETER_VALUE',
      'git_source needs exactly one of git_branch, git_tag and git_commit.',
    );
  }
}

function git(args: string[], cwd?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      { cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' }, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err) reject(new Error((stderr || err.message).trim()));
        else resolve(stdout);
      },
    );
  });
}

/** Clones a local repository (path or file:// URL) and checks out the requested ref. */
export async function checkoutGit(gitSource: Json, dest: string): Promise<void> {
  const url = String(gitSource.git_url);
  let source: string;
  if (url.startsWith('file://')) source = fileURLToPath(url);
  else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) || /^[\w.-]+@[\w.-]+:/.test(url)) {
    throw new SetupError(
      'REPOSITORY_CHECKOUT_FAILED',
      `Failed to checkout Git repository ${url}: the local workspace has no network access. Use a local path or a file:// URL of a clone as git_url.`,
    );
  } else source = path.resolve(url);
  // Databricks' git_url leaves out `.git` (the run-job action strips it too), while a bare
  // repository on disk is usually `origin.git`: look for that as git itself does.
  if (!fs.existsSync(source) && fs.existsSync(`${source}.git`)) source = `${source}.git`;
  if (!fs.existsSync(source)) {
    throw new SetupError(
      'REPOSITORY_CHECKOUT_FAILED',
      `Failed to checkout Git repository: ${source} does not exist.`,
    );
  }
  const ref =
    typeof gitSource.git_commit === 'string'
      ? gitSource.git_commit
      : typeof gitSource.git_tag === 'string'
        ? `refs/tags/${gitSource.git_tag}`
        : `origin/${String(gitSource.git_branch)}`;
  try {
    fs.rmSync(dest, { recursive: true, force: true });
    await git(['clone', '--quiet', '--no-checkout', source, dest]);
    await git(['-c', 'advice.detachedHead=false', 'checkout', '--quiet', '--detach', ref], dest);
  } catch (e) {
    throw new SetupError(
      'REPOSITORY_CHECKOUT_FAILED',
      `Failed to checkout Git repository ${url} at ${ref}: ${errorMessage(e)}`,
    );
  }
}

export interface ResolvedFile {
  kind: 'notebook' | 'python_file';
  file: string;
  /** Folders put on sys.path after the shim: the file's folder and, for Git, the repository root. */
  sourceRoots: string[];
  /** Where absolute `%run /path` targets are looked up: the workspace snapshot or the checkout. */
  workspaceRoot: string;
  source: 'GIT' | 'WORKSPACE';
}

function firstExisting(candidates: string[]): string | undefined {
  return candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
}

export function resolveTaskFile(
  task: Json,
  settings: Json,
  dirs: { ws: string; git: string },
): ResolvedFile {
  const source = taskSource(task, settings);
  const nb = isObject(task.notebook_task) ? task.notebook_task : undefined;
  const py = isObject(task.spark_python_task) ? task.spark_python_task : undefined;
  const raw = String(nb ? nb.notebook_path : py?.python_file);
  let file: string | undefined;
  let roots: string[];
  if (source === 'GIT') {
    const rel = raw.replace(/^\/+/, '');
    const full = path.join(dirs.git, rel);
    if (!full.startsWith(dirs.git))
      throw new SetupError('RESOURCE_NOT_FOUND', `Invalid path ${raw} in the Git repository.`);
    file = firstExisting(nb ? [full, `${full}.py`] : [full]);
    roots = [dirs.git];
  } else {
    if (/^dbfs:|^s3:|^abfss:|^gs:/.test(raw)) {
      throw new SetupError(
        'RESOURCE_NOT_FOUND',
        `${raw}: only workspace and Git sources are supported by the local workspace (no DBFS or cloud storage).`,
      );
    }
    let wsPath: string;
    try {
      wsPath = normaliseWorkspacePath(
        raw.startsWith('file:') ? raw.slice(5) : raw,
        nb ? 'notebook_path' : 'python_file',
      );
    } catch (e) {
      throw new SetupError('RESOURCE_NOT_FOUND', errorMessage(e));
    }
    const full = path.join(dirs.ws, wsPath);
    file = firstExisting(nb ? [full, `${full}.py`] : [full]);
    roots = [];
  }
  if (!file) {
    throw new SetupError(
      'RESOURCE_NOT_FOUND',
      nb
        ? `Unable to access the notebook "${raw}"${source === 'GIT' ? ' in the Git repository' : ''}. Either it does not exist, or the identity used to run this job lacks the required permissions.`
        : `Cannot read the python file ${raw}${source === 'GIT' ? ' in the Git repository' : ''}: it does not exist.`,
    );
  }
  return {
    kind: nb ? 'notebook' : 'python_file',
    file,
    workspaceRoot: source === 'GIT' ? dirs.git : dirs.ws,
    source: source === 'GIT' ? 'GIT' : 'WORKSPACE',
    sourceRoots: [path.dirname(file), ...roots.filter((r) => r !== path.dirname(file!))],
  };
}

export interface LaunchContext {
  kind: 'notebook' | 'python_file';
  file: string;
  argv: string[];
  widgets: Record<string, string>;
  sys_path: string[];
  task_key: string;
  task_run_id: string;
  run_id: string;
  job_id: string;
  task_values_dir: string;
  output_file: string;
  workspace_root: string;
  source: 'GIT' | 'WORKSPACE';
}

export interface ExecSettings {
  python: string;
  shimDir: string;
  host: string;
  token: string;
}

export function launch(
  ctx: LaunchContext,
  taskDir: string,
  exec: ExecSettings,
  log: TailBuffer,
): TaskProcess {
  fs.mkdirSync(taskDir, { recursive: true });
  fs.mkdirSync(ctx.task_values_dir, { recursive: true });
  const ctxFile = path.join(taskDir, 'context.json');
  fs.writeFileSync(ctxFile, JSON.stringify(ctx));
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    // The task talks to this workspace only, whatever credentials the server was started with.
    if (!k.startsWith('DATABRICKS_') && !k.startsWith('ARM_') && !k.startsWith('ACTIONS_ID_TOKEN'))
      env[k] = v;
  }
  Object.assign(env, {
    DATABRICKS_HOST: exec.host,
    DATABRICKS_TOKEN: exec.token,
    DATABRICKS_LOCAL_TASK_CONTEXT: ctxFile,
    DATABRICKS_MLOPS_SHIM_DIR: exec.shimDir,
    MLFLOW_TRACKING_URI: 'databricks',
    PYTHONPATH: [exec.shimDir, ...ctx.sys_path, process.env.PYTHONPATH]
      .filter(Boolean)
      .join(path.delimiter),
    PYTHONUNBUFFERED: '1',
    PYTHONDONTWRITEBYTECODE: '1',
  });
  return new TaskProcess({
    python: exec.python,
    args: [path.join(exec.shimDir, '_local_task_runner.py'), ctxFile],
    cwd: path.dirname(ctx.file),
    env,
    log,
  });
}

export interface LauncherOutput {
  notebook_result?: string;
  error?: string;
  error_trace?: string;
}

export function readLauncherOutput(file: string): LauncherOutput {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    return isObject(parsed) ? (parsed as LauncherOutput) : {};
  } catch {
    return {};
  }
}

export function truncateResult(
  value: string,
): Pick<TaskOutput, 'notebookResult' | 'notebookTruncated'> {
  const buf = Buffer.from(value, 'utf8');
  if (buf.length <= RESULT_LIMIT_BYTES) return { notebookResult: value, notebookTruncated: false };
  return {
    notebookResult: buf.subarray(0, RESULT_LIMIT_BYTES).toString('utf8'),
    notebookTruncated: true,
  };
}

export function readTaskValues(dir: string, taskKey: string): Record<string, unknown> | undefined {
  try {
    const parsed = JSON.parse(
      fs.readFileSync(path.join(dir, `${taskKey}.json`), 'utf8'),
    ) as unknown;
    return isObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}
