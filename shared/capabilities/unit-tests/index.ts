import { promises as fs, statSync } from 'fs';
import path from 'path';
import { glob } from 'tinyglobby';
import type { Capability, CapabilityContext, CapabilityResult } from '../../capability';
import type { TestResultFormat } from '../../host/host';
import { InputError, UserError, cutText, inputRef, quoteValue, errorMessage } from '../../errors';
import { GITHUB_SUMMARY_LIMIT_BYTES } from '../../report/markdown';
import { defaultReportKey } from '../../report/pr-comment';
import { annotateFailures, resolveLocations } from './annotations';
import { checkAnnotations, checkConclusion } from './check-run';
import { reportState } from './pr-state';
import { runCommand, type CommandResult } from './command';
import { coverageGate, readCoverage, type CoverageResult } from './coverage';
import { allCases, readReports, type TestReport } from './junit';
import { manifest, type Manifest } from './manifest';
import { failureReasons } from './policy';
import { readSettings, type UnitTestSettings } from './settings';
import { renderSummary } from './summary';
import { artifactSummaryLine, type ArtifactFile, type ArtifactResult } from '../../artifacts';

// Room for whatever else the job writes to the same step summary.
const SUMMARY_BYTES = GITHUB_SUMMARY_LIMIT_BYTES - 64 * 1024;
// Bytes ≥ characters, so a byte budget keeps the comment under GitHub's character limit.
const PR_REPORT_BYTES = 60_000;

/** Files matching `input`'s patterns; a pattern the matcher refuses is that input's error. */
async function findFiles(
  input: 'results' | 'coverage',
  patterns: string[],
  cwd: string,
): Promise<string[]> {
  let files: string[];
  try {
    files = await glob(patterns, {
      cwd,
      absolute: true,
      onlyFiles: true,
      dot: true,
      ignore: patterns.some((p) => p.includes('node_modules')) ? [] : ['**/node_modules/**'],
    });
  } catch (err) {
    throw new InputError(
      input,
      `has a pattern that cannot be used (${cutText(errorText(err))})`,
      'Write glob patterns like `test-results/**/*.xml`, one per line.',
    );
  }
  return files.sort();
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function patternList(patterns: string[]): string {
  const shown = patterns.slice(0, 5).map((p) => quoteValue(p));
  return patterns.length > 5
    ? `${shown.join(', ')} and ${patterns.length - 5} more`
    : shown.join(', ');
}

async function run(
  settings: UnitTestSettings,
  ctx: CapabilityContext<Manifest>,
): Promise<CommandResult | undefined> {
  if (!settings.command) return undefined;
  ctx.logger.info(`Running: ${settings.command}`);
  try {
    return await ctx.logger.group('Test command output', () =>
      runCommand({
        command: settings.command as string,
        cwd: settings.workingDirectory,
        env: { ...ctx.env, ...settings.env },
        timeoutSeconds: settings.timeoutSeconds,
        signal: ctx.signal,
        onLine: (line) => ctx.logger.info(line),
      }),
    );
  } catch (err) {
    throw new UserError(
      `The test command could not be started: ${cutText(errorText(err))}. Check ${inputRef('command')} and ${inputRef('working-directory')}.`,
    );
  }
}

/** Warns about result files older than the command: left over from an earlier run, not this one. */
function warnStale(
  files: string[],
  command: CommandResult | undefined,
  ctx: CapabilityContext<Manifest>,
): void {
  if (!command) return;
  for (const f of files) {
    try {
      if (statSync(f).mtimeMs < command.startedAt - 2000) {
        ctx.logger.warning(
          `${f} was not written by this run (it is older than the test command): it may hold stale results.`,
        );
      }
    } catch {
      // Reported when it is read.
    }
  }
}

async function collectCoverage(
  settings: UnitTestSettings,
  ctx: CapabilityContext<Manifest>,
): Promise<{ coverage?: CoverageResult; problem?: string }> {
  if (settings.coverage.length === 0) return {};
  const files = await findFiles('coverage', settings.coverage, settings.workingDirectory);
  if (files.length === 0) {
    const msg = `no coverage report matched ${patternList(settings.coverage)}`;
    ctx.logger.warning(`${msg}.`);
    return {
      problem:
        settings.minCoverage !== undefined
          ? `${msg} (${inputRef('min-coverage')} cannot be checked)`
          : undefined,
    };
  }
  try {
    const coverage = await readCoverage(files);
    return { coverage, problem: coverageGate(coverage, settings.minCoverage) };
  } catch (err) {
    ctx.logger.warning(`Coverage not read: ${errorMessage(err)}`);
    return {
      problem:
        settings.minCoverage !== undefined
          ? `coverage could not be read (${errorMessage(err)})`
          : undefined,
    };
  }
}

/** The machine-readable report: totals, coverage and every case; failures with message, location and trace. */
async function writeJsonReport(
  settings: UnitTestSettings,
  ctx: CapabilityContext<Manifest>,
  data: {
    report: TestReport;
    coverage?: CoverageResult;
    command?: CommandResult;
    failure?: string;
  },
): Promise<string> {
  const dir = path.join(settings.tempDirectory, 'databricks-mlops');
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(
    dir,
    `unit-tests-${ctx.ci.runId ?? 'local'}-${ctx.ci.step ?? process.pid}-${Date.now()}.json`,
  );
  const cases = [];
  for (const c of allCases(data.report)) {
    const failed = c.status === 'failed' || c.status === 'errored';
    cases.push({
      suite: c.suite,
      classname: c.classname,
      name: c.name,
      status: c.status,
      flaky: c.flaky || undefined,
      durationSeconds: c.durationSeconds,
      message: failed || c.flaky ? c.message : undefined,
      type: failed ? c.type : undefined,
      file: c.location?.file,
      line: c.location?.line,
      details: failed ? c.details : undefined,
      reportFile: failed ? c.reportFile : undefined,
    });
  }
  const json = {
    title: settings.title,
    outcome: data.failure ? 'failed' : 'passed',
    failure: data.failure,
    counts: data.report.counts,
    durationSeconds: data.report.durationSeconds,
    coverage: data.coverage,
    command: data.command
      ? {
          exitCode: data.command.exitCode,
          signal: data.command.signal,
          timedOut: data.command.timedOut,
          durationSeconds: data.command.durationSeconds,
        }
      : undefined,
    files: data.report.files.map((f) => f.file),
    unreadable: data.report.unreadable,
    cases,
  };
  await fs.writeFile(file, JSON.stringify(json));
  return file;
}

/** The JSON report and the result files it was read from, as one artifact. */
async function keepArtifact(
  ctx: CapabilityContext<Manifest>,
  name: string,
  jsonReport: string | undefined,
  report: TestReport,
): Promise<ArtifactResult> {
  const files: ArtifactFile[] = [];
  if (jsonReport) files.push({ name: 'unit-tests-report.json', source: jsonReport });
  const sources = [...report.files.map((f) => f.file), ...report.unreadable.map((u) => u.file)];
  for (const file of sources) files.push({ name: `results/${path.basename(file)}`, source: file });
  const result = await ctx.artifacts.upload({ name, files });
  ctx.outputs.set('artifact-url', result.url);
  return result;
}

export const unitTests: Capability<Manifest> = {
  manifest,
  async main(ctx): Promise<CapabilityResult> {
    const settings = readSettings(ctx);
    const command = await run(settings, ctx);

    const files = await findFiles('results', settings.results, settings.workingDirectory);
    warnStale(files, command, ctx);
    if (files.length === 0)
      ctx.logger.warning(
        `No test result file matched ${patternList(settings.results)} in ${quoteValue(settings.workingDirectory)}.`,
      );
    const report = await readReports(files);
    for (const u of report.unreadable)
      ctx.logger.warning(`Test results not read: ${u.file}: ${u.reason}`);
    const { coverage, problem: coverageProblem } = await collectCoverage(settings, ctx);

    const reasons = failureReasons({
      counts: report.counts,
      failOn: settings.failOn,
      failOnExitCode: settings.failOnExitCode,
      failOnEmpty: settings.failOnEmpty,
      command,
      timeoutSeconds: settings.timeoutSeconds,
      filesFound: files.length,
      patterns: settings.results,
      coverageProblem,
    });
    // Rendered here: the failure also goes into the JSON report and the PR comment.
    const failure = reasons.length > 0 ? ctx.nameInputs(capitalize(reasons.join('; '))) : undefined;

    resolveLocations(report, settings.workspace, settings.workingDirectory);
    const annotations = annotateFailures(report, {
      max: settings.maxAnnotations,
      workspace: settings.workspace,
      workingDirectory: settings.workingDirectory,
      logger: ctx.logger,
    });

    // Outputs first: they must exist whatever happens to the summary or the PR report.
    const { counts } = report;
    ctx.outputs.set('total', counts.total);
    ctx.outputs.set('passed', counts.passed);
    ctx.outputs.set('failed', counts.failed);
    ctx.outputs.set('errored', counts.errored);
    ctx.outputs.set('skipped', counts.skipped);
    ctx.outputs.set('duration-seconds', Number(report.durationSeconds.toFixed(3)));
    ctx.outputs.set(
      'coverage-line-rate',
      coverage ? Number(coverage.lineRate.toFixed(4)) : undefined,
    );
    ctx.outputs.set(
      'coverage-branch-rate',
      coverage?.branchRate !== undefined ? Number(coverage.branchRate.toFixed(4)) : undefined,
    );
    let jsonReport: string | undefined;
    try {
      jsonReport = await writeJsonReport(settings, ctx, { report, coverage, command, failure });
      ctx.outputs.set('report-json', jsonReport);
    } catch (err) {
      ctx.logger.warning(`The JSON report could not be written: ${errorMessage(err)}`);
    }
    const artifact = settings.artifactName
      ? await keepArtifact(ctx, settings.artifactName, jsonReport, report)
      : undefined;

    const summaryInput = {
      title: settings.title,
      report,
      coverage,
      minCoverage: settings.minCoverage,
      command,
      failure,
      annotationsLeftOut: annotations.leftOut,
    };
    await ctx.summary.append(
      renderSummary(summaryInput, { maxBytes: SUMMARY_BYTES }) +
        (artifact ? artifactSummaryLine(artifact) : ''),
    );

    // One publish per format: the ADO Tests tab reads each with its own parser. Files that could
    // not be read go as JUnit, for the agent to say what it makes of them.
    const byFormat = new Map<TestResultFormat, string[]>();
    for (const f of report.files)
      byFormat.set(f.format ?? 'junit', [...(byFormat.get(f.format ?? 'junit') ?? []), f.file]);
    for (const u of report.unreadable)
      byFormat.set('junit', [...(byFormat.get('junit') ?? []), u.file]);
    for (const [format, list] of byFormat) ctx.publishTestResults(list, settings.title, format);

    if (settings.prComment !== 'off') {
      await ctx.prReport.upsert(
        renderSummary(
          { ...summaryInput, annotationsLeftOut: 0, runUrl: ctx.ci.runUrl },
          { maxBytes: PR_REPORT_BYTES, traceLines: 15, traceChars: 1500 },
        ),
        {
          key: settings.reportKey || defaultReportKey(ctx.ci, manifest.name),
          token: settings.token,
          resolved: !failure && counts.failed + counts.errored === 0,
          mode: settings.prComment,
          state: reportState(report, failure, settings.target?.sha ?? ctx.ci.sha),
          target: settings.target,
        },
      );
    }

    if (settings.checkName) {
      const failedTests = counts.failed + counts.errored;
      await ctx.checkRun.publish({
        name: settings.checkName,
        conclusion: checkConclusion(failure, failedTests),
        title:
          failure ?? `${counts.passed} passed, ${failedTests} failed, ${counts.skipped} skipped`,
        summary: renderSummary(
          { ...summaryInput, annotationsLeftOut: 0, runUrl: ctx.ci.runUrl },
          { maxBytes: PR_REPORT_BYTES, traceLines: 15, traceChars: 1500 },
        ),
        annotations: checkAnnotations(report, settings.workspace),
        token: settings.token,
        sha: settings.target?.sha,
      });
    }

    if (failure) return { outcome: 'failed', message: failure };
    const issues = report.unreadable.length > 0 || counts.failed + counts.errored > 0;
    if (issues) {
      const what = [
        counts.failed + counts.errored > 0
          ? `${counts.failed + counts.errored} tests failed (${inputRef('fail-on')} is ${settings.failOn})`
          : '',
        report.unreadable.length
          ? `${report.unreadable.length} result files could not be read`
          : '',
      ].filter(Boolean);
      return { outcome: 'succeededWithIssues', message: capitalize(what.join('; ')) };
    }
    ctx.logger.info(
      `${counts.passed} of ${counts.total} tests passed${counts.skipped ? `, ${counts.skipped} skipped` : ''}.`,
    );
    return { outcome: 'succeeded' };
  },
};

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
