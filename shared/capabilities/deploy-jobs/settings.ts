import type { Manifest } from './manifest';
import * as fs from 'fs';
import * as path from 'path';
import { InputError, inputRef } from '../../errors';
import type { Inputs } from '../../inputs';
import { checkGitUrl, parseGitRef, type GitRef } from '../../code-source/git-source';
import { GIT_PROVIDERS } from '../../databricks/jobs-schema';

export interface DeploySettings {
  from: { kind: 'bundle'; dir: string } | { kind: 'jobs'; dir: string };
  target?: string;
  variables: Record<string, string>;
  deploymentName?: string;
  source: 'workspace' | 'git';
  gitRef?: GitRef;
  gitUrl?: string;
  gitProvider?: string;
  dryRun: boolean;
  prune: boolean;
  prComment: boolean;
  reportKey?: string;
  /** GitHub token for the PR comment, or the ADO job token (System.AccessToken). */
  token?: string;
}

const NAME = /^[A-Za-z0-9_.-]+$/;

function folder(inputs: Inputs<Manifest>, name: 'bundle' | 'jobs'): string | undefined {
  const value = inputs.string(name);
  if (value === undefined) return undefined;
  const full = path.resolve(value);
  if (!fs.existsSync(full) || !fs.statSync(full).isDirectory())
    throw new InputError(
      name,
      `is not a folder: '${value}' (resolved to ${full})`,
      name === 'bundle'
        ? 'Give the folder that holds databricks.yml, relative to the working directory.'
        : 'Give the folder of job definition files, relative to the working directory.',
    );
  return full;
}

export function readSettings(inputs: Inputs<Manifest>): DeploySettings {
  const bundle = folder(inputs, 'bundle');
  const jobs = folder(inputs, 'jobs');
  if (bundle && jobs)
    throw new InputError(
      'jobs',
      `cannot be combined with ${inputRef('bundle')}`,
      'Deploy one of them per step.',
    );
  if (!bundle && !jobs)
    throw new InputError(
      'bundle',
      `is not set, and neither is ${inputRef('jobs')}`,
      'Give the folder holding databricks.yml, or a folder of job definitions.',
    );
  const target = inputs.string('target');
  if (target !== undefined && !NAME.test(target))
    throw new InputError(
      'target',
      `is not a target name: '${target}'`,
      "Use letters, digits, '_', '-' and '.'.",
    );
  const variables = inputs.stringMap('variables') ?? {};
  for (const name of Object.keys(variables))
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name))
      throw new InputError(
        'variables',
        `names a variable '${name}' that no bundle can declare`,
        'Write one name=value per line.',
      );
  const deploymentName = inputs.string('deployment-name');
  if (deploymentName !== undefined && !NAME.test(deploymentName))
    throw new InputError(
      'deployment-name',
      `is not usable as a tag value: '${deploymentName}'`,
      "Use letters, digits, '_', '-' and '.'.",
    );
  if (deploymentName !== undefined && bundle)
    throw new InputError(
      'deployment-name',
      `applies to ${inputRef('jobs')} only`,
      "A bundle's name is its bundle.name.",
    );
  const source = inputs.choice('source');
  const gitRefText = inputs.string('git-ref');
  const gitUrl = checkGitUrl(inputs.string('git-url'));
  const providerText = inputs.string('git-provider');
  for (const [name, v] of [
    ['git-ref', gitRefText],
    ['git-url', gitUrl],
    ['git-provider', providerText],
  ] as const)
    if (v !== undefined && source !== 'git')
      throw new InputError(
        name,
        `applies to ${inputRef('source')} git only`,
        `Set ${inputRef('source')} to git, or leave it empty.`,
      );
  let gitProvider: string | undefined;
  if (providerText !== undefined) {
    gitProvider = GIT_PROVIDERS.find((p) => p.toLowerCase() === providerText.toLowerCase());
    if (!gitProvider)
      throw new InputError(
        'git-provider',
        `has an unknown value '${providerText}'`,
        `Use one of ${GIT_PROVIDERS.join(', ')}.`,
      );
  }
  return {
    from: bundle ? { kind: 'bundle', dir: bundle } : { kind: 'jobs', dir: jobs as string },
    target,
    variables,
    deploymentName,
    source,
    gitRef: gitRefText === undefined ? undefined : parseGitRef(gitRefText),
    gitUrl,
    gitProvider,
    dryRun: inputs.boolean('dry-run'),
    prune: inputs.boolean('prune'),
    prComment: inputs.boolean('pr-comment'),
    reportKey: inputs.string('report-key'),
    // GitHub only; the host turns it into the token for its own API (ADO: the job's token).
    token: inputs.string('github-token'),
  };
}
