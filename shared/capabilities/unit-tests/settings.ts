import { statSync } from 'fs';
import os from 'os';
import path from 'path';
import type { CapabilityContext } from '../../capability';
import { InputError, inputRef, quoteValue } from '../../errors';
import { DEFAULT_MAX_ANNOTATIONS } from './annotations';

/**
 * The longest glob pattern taken: a path is at most 4096 bytes on Linux, and far longer patterns
 * make the matcher throw from inside its directory walk ("Regular expression too large"), where
 * it cannot be caught.
 */
export const MAX_PATTERN_CHARS = 4096;

export type FailOn = 'failures' | 'errors' | 'nothing';

/** Every input of unit-tests, parsed and checked once, up front. */
export interface UnitTestSettings {
  command?: string;
  /** Absolute. */
  workingDirectory: string;
  env: Record<string, string>;
  timeoutSeconds?: number;
  results: string[];
  failOn: FailOn;
  failOnExitCode: boolean;
  failOnEmpty: boolean;
  coverage: string[];
  minCoverage?: number;
  prComment: boolean;
  reportKey?: string;
  /** GitHub token for the PR comment, or the ADO job token (System.AccessToken). */
  token?: string;
  maxAnnotations: number;
  title: string;
  /** The repository root (GITHUB_WORKSPACE, Build.SourcesDirectory, else the current directory). */
  workspace: string;
  /** Where report-json is written (RUNNER_TEMP, Agent.TempDirectory, else the OS temp dir). */
  tempDirectory: string;
}

export function readSettings(ctx: CapabilityContext): UnitTestSettings {
  const { inputs, env } = ctx;
  const workspace = path.resolve(
    env.GITHUB_WORKSPACE || env.BUILD_SOURCESDIRECTORY || process.cwd(),
  );
  const workingDirectory = path.resolve(workspace, inputs.string('working-directory') ?? '.');
  let isDir = false;
  try {
    isDir = statSync(workingDirectory).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) {
    throw new InputError(
      'working-directory',
      `points to ${quoteValue(workingDirectory)}, which is not a directory`,
      'Give a folder relative to the repository root.',
    );
  }

  const timeout = inputs.number('timeout');
  const coverage = patterns(ctx, 'coverage');
  const minCoverage = inputs.number('min-coverage');
  if (minCoverage !== undefined && coverage.length === 0) {
    throw new InputError(
      'min-coverage',
      'needs coverage reports to check',
      `Set ${inputRef('coverage')} to your Cobertura XML file, e.g. \`coverage.xml\`.`,
    );
  }
  const results = patterns(ctx, 'results');
  if (results.length === 0) {
    throw new InputError(
      'results',
      'has no pattern',
      'Give the JUnit XML files, e.g. `test-results/**/*.xml`.',
    );
  }

  // The ADO job token needs no input: the host hands it over when the pipeline maps it.
  const token =
    ctx.hostKind === 'azure-devops'
      ? ctx.connectionDefaults.systemAccessToken || env.SYSTEM_ACCESSTOKEN || undefined
      : inputs.string('github-token');
  if (token && ctx.hostKind === 'azure-devops') ctx.maskSecret(token);

  return {
    command: inputs.string('command'),
    workingDirectory,
    env: inputs.stringMap('env') ?? {},
    timeoutSeconds: timeout && timeout > 0 ? timeout : undefined,
    results,
    failOn: inputs.choice<FailOn>('fail-on') ?? 'failures',
    failOnExitCode: inputs.boolean('fail-on-exit-code') ?? true,
    failOnEmpty: inputs.boolean('fail-on-empty') ?? true,
    coverage,
    minCoverage,
    prComment: inputs.boolean('pr-comment') ?? false,
    reportKey: inputs.string('report-key'),
    token: token && !token.startsWith('${{') ? token : undefined,
    maxAnnotations: inputs.number('max-annotations') ?? DEFAULT_MAX_ANNOTATIONS,
    title: inputs.string('title') ?? 'Unit tests',
    workspace,
    tempDirectory: env.RUNNER_TEMP || env.AGENT_TEMPDIRECTORY || os.tmpdir(),
  };
}

function patterns(ctx: CapabilityContext, input: 'results' | 'coverage'): string[] {
  const list = ctx.inputs.list(input);
  const long = list.find((p) => p.length > MAX_PATTERN_CHARS);
  if (long !== undefined) {
    throw new InputError(
      input,
      `has a pattern of ${long.length} characters, ${quoteValue(long)}; the limit is ${MAX_PATTERN_CHARS}`,
      'Give glob patterns like `test-results/**/*.xml`, one per line.',
    );
  }
  return list;
}
