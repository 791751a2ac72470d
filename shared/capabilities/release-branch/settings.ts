import type { Manifest } from './manifest';
import { InputError, inputRef, quoteValue } from '../../errors';
import type { Inputs } from '../../inputs';
import { refNameProblem } from './ref-names';
import { plainVersion, type Bump } from './version';

export type ReleaseStyle = 'versioned' | 'long-lived';

export interface ReleaseSettings {
  /** An explicit X.Y.Z; undefined: bump from the latest tag. */
  version?: string;
  bump: 'auto' | Bump;
  initialVersion: string;
  /** Undefined: the commit of the CI run (HEAD in the CLI). */
  ref?: string;
  style: ReleaseStyle;
  /** versioned: a pattern with `{version}`; long-lived: the branch name. */
  branch: string;
  force: boolean;
  dryRun: boolean;
  githubToken?: string;
  repositoryPath: string;
}

const DEFAULT_BRANCH: Record<ReleaseStyle, string> = {
  versioned: 'release/v{version}',
  // MLOps Stacks' CD workflow deploys to prod on pushes to `release`.
  'long-lived': 'release',
};

export function readSettings(inputs: Inputs<Manifest>): ReleaseSettings {
  const rawVersion = inputs.string('version');
  const version = rawVersion === undefined ? undefined : plainVersion(rawVersion);
  if (rawVersion !== undefined && version === undefined)
    throw new InputError(
      'version',
      `is not a plain X.Y.Z version: ${quoteValue(rawVersion)}`,
      'Write it as 1.4.0 or v1.4.0 (no pre-release or build part), or leave it empty to bump.',
    );
  const rawInitial = inputs.requiredString('initial-version');
  const initialVersion = plainVersion(rawInitial);
  if (initialVersion === undefined)
    throw new InputError(
      'initial-version',
      `is not a plain X.Y.Z version: ${quoteValue(rawInitial)}`,
      'Write it as 0.1.0 or 1.0.0.',
    );
  const style: ReleaseStyle = inputs.choice('style');
  const branch = inputs.string('branch') ?? DEFAULT_BRANCH[style];
  if (style === 'versioned' && !branch.includes('{version}'))
    throw new InputError(
      'branch',
      `must contain {version} for style versioned, got ${quoteValue(branch)}`,
      `Use a pattern such as release/v{version}, or set ${inputRef('style')} to long-lived for one release branch.`,
    );
  if (style === 'long-lived' && branch.includes('{version}'))
    throw new InputError(
      'branch',
      `names one branch for style long-lived and cannot contain {version}, got ${quoteValue(branch)}`,
      `Use a name such as release, or set ${inputRef('style')} to versioned.`,
    );
  const sample = branch.replace(/\{version\}/g, '1.0.0');
  const problem = refNameProblem(sample);
  if (problem)
    throw new InputError(
      'branch',
      `is not a valid git branch name: ${quoteValue(sample)} ${problem}`,
      'See git help check-ref-format for the rules.',
    );
  const ref = inputs.string('ref');

  if (ref !== undefined && /[\x00-\x20\x7f]/.test(ref))
    throw new InputError('ref', `contains a space or control character: ${quoteValue(ref)}`);
  if (ref?.startsWith('-'))
    throw new InputError(
      'ref',
      `starts with '-': ${quoteValue(ref)}`,
      'Give a branch, a tag or a commit SHA.',
    );
  const force = inputs.boolean('force');
  if (force && style !== 'long-lived')
    throw new InputError(
      'force',
      'only applies to style long-lived',
      'A versioned release branch is never moved: release another version instead.',
    );
  return {
    version,
    bump: inputs.choice('bump'),
    initialVersion,
    ref,
    style,
    branch,
    force,
    dryRun: inputs.boolean('dry-run'),
    githubToken: inputs.string('github-token'),
    repositoryPath: inputs.string('repository-path') ?? '.',
  };
}
