import { readAccessControlList, type AccessControlEntry } from './acl';
import type { Manifest } from './manifest';
import { checkGitUrl, parseGitRef, type GitRef } from '../../code-source/git-source';
import * as fs from 'fs';
import * as path from 'path';
import { InputError, inputRef, quoteValue } from '../../errors';
import type { Inputs } from '../../inputs';

/** What to run: exactly one of these, chosen by which input is set. */
export type Target =
  | { kind: 'job-id'; jobId: string }
  | { kind: 'job-name'; jobName: string }
  | { kind: 'run-spec'; file: string }
  | { kind: 'notebook'; path: string }
  | { kind: 'python-file'; path: string };

/** Compute for the shorthand: serverless, an existing cluster, or a new cluster definition. */
export type Cluster =
  | { kind: 'serverless' }
  | { kind: 'existing'; clusterId: string }
  | { kind: 'new'; spec: Record<string, unknown> };

export interface RunJobSettings {
  target: Target;
  /** Added to runs/submit's access_control_list. */
  accessControlList?: AccessControlEntry[];
  /** run-now only. */
  jobParameters?: Record<string, string>;
  notebookParams?: Record<string, string>;
  pythonParams?: string[];
  /** Shorthand only: widgets for a notebook, arguments for a Python file. */
  parameters?: Record<string, string> | string[];
  cluster: Cluster;
  runName?: string;
  gitSource: 'auto' | 'none';
  gitUrl?: string;
  gitRef?: GitRef;
  gitProvider?: string;
  upload?: string;
  workspaceDir: string;
  wait: boolean;
  /** Seconds; 0 means no client deadline. */
  timeoutSeconds: number;
  cancelOnTimeout: boolean;
  maxPollIntervalMs: number;
  heartbeatMs: number;
  /** Poll sparsely until earlier runs' typical duration, fast around it. */
  predictivePolling: boolean;
  idempotencyToken?: string;
}

/** Job ids are int64 on the service: a longer number would be rounded or refused there. */
const MAX_JOB_ID = 2n ** 63n - 1n;
/** The Jobs API's limit on job names. */
const MAX_JOB_NAME_CHARS = 4096;

const TARGET_INPUTS = ['job-id', 'job-name', 'run-spec', 'notebook-path', 'python-file'] as const;

/** Every input parsed and cross-checked up front, so the rest never reads a raw string. */
export function readSettings(inputs: Inputs<Manifest>): RunJobSettings {
  const label = inputRef;
  const set = TARGET_INPUTS.filter((name) => inputs.has(name));
  const oneOf = `Set exactly one of ${TARGET_INPUTS.map(label).join(', ')}.`;
  if (set.length === 0) {
    throw new InputError('job-name', 'is not set, and nothing else says what to run', oneOf);
  }
  if (set.length > 1) {
    throw new InputError(set[1], `cannot be combined with ${label(set[0])}`, oneOf);
  }
  const target = readTarget(inputs, set[0]);
  const isRunNow = target.kind === 'job-id' || target.kind === 'job-name';
  const isShorthand = target.kind === 'notebook' || target.kind === 'python-file';

  for (const name of ['job-parameters', 'notebook-params', 'python-params'] as const) {
    if (!isRunNow && inputs.has(name)) {
      throw new InputError(
        name,
        `only applies to an existing job (${label('job-id')} or ${label('job-name')})`,
        target.kind === 'run-spec'
          ? 'Put parameters in the run spec instead.'
          : `Use ${label('parameters')} with the shorthand.`,
      );
    }
  }
  if (!isShorthand && inputs.has('parameters')) {
    throw new InputError(
      'parameters',
      `only applies to ${label('notebook-path')} or ${label('python-file')}`,
      isRunNow
        ? `Use ${label('job-parameters')} for an existing job.`
        : 'Put parameters in the run spec.',
    );
  }
  const clusterText = inputs.string('cluster');
  if (!isShorthand && clusterText && clusterText !== 'serverless') {
    throw new InputError(
      'cluster',
      `only applies to ${label('notebook-path')} or ${label('python-file')}`,
      target.kind === 'run-spec' ? 'Set the compute in the run spec.' : '',
    );
  }

  const gitSource = inputs.choice('git-source');
  const upload = inputs.string('upload');
  if (upload && isRunNow) {
    throw new InputError(
      'upload',
      'does not apply to an existing job',
      'An existing job runs the code its definition points to.',
    );
  }
  const gitUrl = checkGitUrl(inputs.string('git-url'));
  const gitRefText = inputs.string('git-ref');
  // A choice: matched case-insensitively and returned as the manifest spells it.
  const gitProvider = inputs.choice('git-provider');

  const timeoutSeconds = inputs.number('timeout');
  const maxPoll = inputs.number('max-poll-interval');
  const heartbeat = inputs.number('heartbeat-interval');
  const workspaceDir = inputs.string('workspace-dir').replace(/\/+$/, '');
  if (!workspaceDir.startsWith('/')) {
    throw new InputError(
      'workspace-dir',
      `must be an absolute workspace path, got ${quoteValue(workspaceDir)}`,
      'Start it with /, e.g. /Workspace/Shared/databricks-mlops-runs.',
    );
  }
  if (upload !== undefined) checkFolder(upload);
  const token = inputs.string('idempotency-token');
  if (token !== undefined && token.length > 64) {
    throw new InputError(
      'idempotency-token',
      `is ${token.length} characters long, the limit is 64`,
      'Use a shorter token.',
    );
  }

  return {
    target,
    accessControlList: readAccessControlList(inputs, isRunNow),
    jobParameters: isRunNow ? inputs.stringMap('job-parameters') : undefined,
    notebookParams: isRunNow ? inputs.stringMap('notebook-params') : undefined,
    pythonParams:
      isRunNow && inputs.has('python-params') ? readList(inputs, 'python-params') : undefined,
    parameters: isShorthand ? readParameters(inputs, target.kind === 'notebook') : undefined,
    cluster: readCluster(inputs),
    runName: inputs.string('run-name'),
    // Upload alone means "run what I uploaded": the default `auto` must not add a git source.
    gitSource: upload ? 'none' : gitSource,
    gitUrl,
    gitRef: gitRefText === undefined ? undefined : parseGitRef(gitRefText),
    gitProvider,
    upload,
    workspaceDir,
    wait: inputs.boolean('wait'),
    timeoutSeconds,
    cancelOnTimeout: inputs.boolean('cancel-on-timeout'),
    maxPollIntervalMs: Math.round(maxPoll * 1000),
    heartbeatMs: Math.round(heartbeat * 1000),
    predictivePolling: inputs.boolean('predictive-polling'),
    idempotencyToken: token,
  };
}

function readTarget(inputs: Inputs<Manifest>, name: (typeof TARGET_INPUTS)[number]): Target {
  const label = inputRef;
  const value = inputs.requiredString(name);
  switch (name) {
    case 'job-id':
      if (!/^\d{1,25}$/.test(value) || BigInt(value) < 1n || BigInt(value) > MAX_JOB_ID) {
        throw new InputError(
          'job-id',
          `must be a job id, a whole number from 1 to ${MAX_JOB_ID}, got ${quoteValue(value)}`,
          `Use ${label('job-name')} to run a job by its name.`,
        );
      }
      return { kind: 'job-id', jobId: BigInt(value).toString() };
    case 'job-name':
      if (value.length > MAX_JOB_NAME_CHARS) {
        throw new InputError(
          'job-name',
          `is ${value.length} characters long; job names have at most ${MAX_JOB_NAME_CHARS}`,
          `Check the name, or use ${label('job-id')}.`,
        );
      }
      return { kind: 'job-name', jobName: value };
    case 'run-spec':
      return { kind: 'run-spec', file: value };
    case 'notebook-path':
      return { kind: 'notebook', path: value };
    case 'python-file':
      return { kind: 'python-file', path: value };
  }
}

/** A list given as lines, commas or a JSON array (arguments may contain commas: JSON keeps them). */
function readList(inputs: Inputs<Manifest>, name: 'python-params' | 'parameters'): string[] {
  const raw = inputs.string(name) ?? '';
  if (raw.startsWith('[')) {
    const value = inputs.json(name);
    if (!Array.isArray(value))
      throw new InputError(name, 'must be a JSON array or one item per line');
    return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  }
  return raw
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function readParameters(
  inputs: Inputs<Manifest>,
  notebook: boolean,
): Record<string, string> | string[] | undefined {
  if (!inputs.has('parameters')) return undefined;
  if (notebook) return inputs.stringMap('parameters');
  return readList(inputs, 'parameters');
}

function readCluster(inputs: Inputs<Manifest>): Cluster {
  const text = inputs.string('cluster');
  if (text.toLowerCase() === 'serverless') return { kind: 'serverless' };
  if (text.startsWith('{')) {
    const spec = inputs.json('cluster');
    if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) {
      throw new InputError('cluster', 'must be a JSON object when it is not a cluster id');
    }
    return { kind: 'new', spec: spec as Record<string, unknown> };
  }
  if (!/^[\w-]+$/.test(text)) {
    throw new InputError(
      'cluster',
      `is neither 'serverless', a cluster id nor a JSON object: ${quoteValue(text)}`,
      'Use `serverless`, an id like 0923-164208-meows279, or a new_cluster JSON object.',
    );
  }
  return { kind: 'existing', clusterId: text };
}

/** `upload` names a local folder: checked here, so a typo fails before anything is sent. */
function checkFolder(folder: string): void {
  let isDir = false;
  try {
    isDir = fs.statSync(folder).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) {
    throw new InputError(
      'upload',
      `must be a local folder; ${quoteValue(folder)} (resolved to ${quoteValue(path.resolve(folder))}) is not one`,
      'Paths are relative to the working directory (the repository root in CI).',
    );
  }
}
