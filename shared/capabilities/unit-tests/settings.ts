import type { Manifest } from './manifest';
import { statSync } from 'fs';
import path from 'path';
import type { CapabilityContext } from '../../capability';
import { InputError, inputRef, quoteValue } from '../../errors';
import { prCommentMode, type PrCommentMode } from '../../report/report-state';
import { readReportTarget, type ReportTarget } from '../../report/event-target';
import { chosenArtifactName } from '../../artifacts';

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
  prComment: PrCommentMode;
  reportKey?: string;
  /** The check run to publish, when set. */
  checkName?: string;
  /** Another run's pull request and commit to report on (`workflow_run` publishing). */
  target?: ReportTarget;
  /** The `github-token` input; the host turns it into the token for its own API. */
  token?: string;
  maxAnnotations: number;
  title: string;
  /** The repository root, as the host knows it. */
  workspace: string;
  /** The artifact to keep the report and result files in; undefined when not asked. */
  artifactName?: string;
  /** Where report-json is written: the host's temporary folder. */
  tempDirectory: string;
}

export function readSettings(ctx: CapabilityContext<Manifest>): UnitTestSettings {
  const { inputs } = ctx;
  const workspace = ctx.workspaceDir;
  const workingDirectory = path.resolve(workspace, inputs.string('working-directory'));
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

  return {
    command: inputs.string('command'),
    workingDirectory,
    env: inputs.stringMap('env') ?? {},
    timeoutSeconds: timeout && timeout > 0 ? timeout : undefined,
    results,
    failOn: inputs.choice('fail-on'),
    failOnExitCode: inputs.boolean('fail-on-exit-code'),
    failOnEmpty: inputs.boolean('fail-on-empty'),
    coverage,
    minCoverage,
    prComment: prCommentMode(inputs.choice('pr-comment')),
    reportKey: inputs.string('report-key'),
    checkName: inputs.string('check-name')?.trim() || undefined,
    target: readReportTarget(
      workspace,
      inputs.string('event-file'),
      inputs.string('event-name'),
      inputs.string('commit'),
    ),
    // GitHub only (the ADO host uses the job's own token); the runner fills its default there.
    token: inputs.string('github-token'),
    maxAnnotations: inputs.number('max-annotations'),
    title: inputs.string('title'),
    workspace,
    artifactName: artifactName(ctx),
    tempDirectory: ctx.tempDir,
  };
}

function artifactName(ctx: CapabilityContext<Manifest>): string | undefined {
  return chosenArtifactName(ctx.ci, 'unit-tests', {
    upload: ctx.inputs.boolean('upload-artifact'),
    name: ctx.inputs.string('artifact-name'),
    reportKey: ctx.inputs.string('report-key'),
  });
}

function patterns(ctx: CapabilityContext<Manifest>, input: 'results' | 'coverage'): string[] {
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
