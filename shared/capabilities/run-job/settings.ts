import { InputError, inputRef } from '../../errors';
import type { Inputs } from '../../inputs';
import { GIT_PROVIDERS as GIT_PROVIDER_OPTIONS } from './manifest';

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

/** An explicit revision for the git source: `abc1234`, `tag:v1.2.0` or `branch:main`. */
export type GitRef =
  | { kind: 'commit'; value: string }
  | { kind: 'tag'; value: string }
  | { kind: 'branch'; value: string };

export interface RunJobSettings {
  target: Target;
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

const TARGET_INPUTS = ['job-id', 'job-name', 'run-spec', 'notebook-path', 'python-file'] as const;
const GIT_PROVIDERS: readonly string[] = GIT_PROVIDER_OPTIONS;

/** Every input parsed and cross-checked up front, so the rest never reads a raw string. */
export function readSettings(inputs: Inputs): RunJobSettings {
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

  const gitSource = inputs.choice<'auto' | 'none'>('git-source') ?? 'auto';
  const upload = inputs.string('upload');
  if (upload && isRunNow) {
    throw new InputError(
      'upload',
      'does not apply to an existing job',
      'An existing job runs the code its definition points to.',
    );
  }
  const gitRefText = inputs.string('git-ref');
  const gitProvider = inputs.string('git-provider');
  if (gitProvider && !GIT_PROVIDERS.includes(gitProvider)) {
    const match = GIT_PROVIDERS.find((p) => p.toLowerCase() === gitProvider.toLowerCase());
    if (!match)
      throw new InputError(
        'git-provider',
        `has an unknown value '${gitProvider}'`,
        `Use one of ${GIT_PROVIDERS.join(', ')}.`,
      );
  }

  const timeoutSeconds = inputs.number('timeout') ?? 3600;
  const maxPoll = inputs.number('max-poll-interval') ?? 5;
  const heartbeat = inputs.number('heartbeat-interval') ?? 60;
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
    jobParameters: isRunNow ? inputs.stringMap('job-parameters') : undefined,
    notebookParams: isRunNow ? inputs.stringMap('notebook-params') : undefined,
    pythonParams:
      isRunNow && inputs.has('python-params') ? readList(inputs, 'python-params') : undefined,
    parameters: isShorthand ? readParameters(inputs, target.kind === 'notebook') : undefined,
    cluster: readCluster(inputs),
    runName: inputs.string('run-name'),
    // Upload alone means "run what I uploaded": the default `auto` must not add a git source.
    gitSource: upload ? 'none' : gitSource,
    gitUrl: inputs.string('git-url'),
    gitRef: gitRefText === undefined ? undefined : parseGitRef(gitRefText),
    gitProvider: gitProvider
      ? GIT_PROVIDERS.find((p) => p.toLowerCase() === gitProvider.toLowerCase())
      : undefined,
    upload,
    workspaceDir: (
      inputs.string('workspace-dir') ?? '/Workspace/Shared/databricks-mlops-runs'
    ).replace(/\/+$/, ''),
    wait: inputs.boolean('wait') ?? true,
    timeoutSeconds,
    cancelOnTimeout: inputs.boolean('cancel-on-timeout') ?? true,
    maxPollIntervalMs: Math.round(maxPoll * 1000),
    heartbeatMs: Math.round(heartbeat * 1000),
    predictivePolling: inputs.boolean('predictive-polling') ?? true,
    idempotencyToken: token,
  };
}

function readTarget(inputs: Inputs, name: (typeof TARGET_INPUTS)[number]): Target {
  const label = inputRef;
  const value = inputs.requiredString(name);
  switch (name) {
    case 'job-id':
      if (!/^\d{1,20}$/.test(value)) {
        throw new InputError(
          'job-id',
          `must be a numeric job id, got '${value}'`,
          `Use ${label('job-name')} to run a job by its name.`,
        );
      }
      return { kind: 'job-id', jobId: value.replace(/^0+(?=\d)/, '') };
    case 'job-name':
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
function readList(inputs: Inputs, name: string): string[] {
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
  inputs: Inputs,
  notebook: boolean,
): Record<string, string> | string[] | undefined {
  if (!inputs.has('parameters')) return undefined;
  if (notebook) return inputs.stringMap('parameters');
  return readList(inputs, 'parameters');
}

function readCluster(inputs: Inputs): Cluster {
  const text = inputs.string('cluster') ?? 'serverless';
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
      `is neither 'serverless', a cluster id nor a JSON object: '${text.slice(0, 60)}'`,
      'Use `serverless`, an id like 0923-164208-meows279, or a new_cluster JSON object.',
    );
  }
  return { kind: 'existing', clusterId: text };
}

export function parseGitRef(text: string): GitRef {
  const m = /^(commit|tag|branch):(.+)$/.exec(text);
  if (m) {
    const kind = m[1] as GitRef['kind'];
    if (kind === 'commit' && !/^[0-9a-f]{7,40}$/i.test(m[2])) {
      throw new InputError(
        'git-ref',
        `has a commit that is not a 7–40 character hex SHA: '${m[2]}'`,
      );
    }
    return { kind, value: m[2] };
  }
  if (/^[0-9a-f]{7,40}$/i.test(text)) return { kind: 'commit', value: text };
  throw new InputError(
    'git-ref',
    `must be a commit SHA, 'tag:<name>' or 'branch:<name>', got '${text.slice(0, 60)}'`,
  );
}
