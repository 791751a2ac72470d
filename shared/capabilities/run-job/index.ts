import * as fs from 'fs';
import * as path from 'path';
import type { Capability, CapabilityContext, CapabilityResult } from '../../capability';
import { connect } from '../../connect';
import { WaitTimeoutError, type DatabricksClient, type Run } from '../../databricks';
import { InputError, UserError, errorMessage, inputRef, quoteValue } from '../../errors';
import { STATE, cancelRun } from './cancel';
import { buildGitSource, describeGitSource, type GitSource } from '../../code-source/git-source';
import {
  byDefaultRunName,
  byRunName,
  defaultRunName,
  lookupHistory,
  type History,
  type HistoryKey,
} from './history';
import { formatDuration } from '../../duration';
import { fingerprint, idempotencyToken } from '../../jobs/idempotency';
import { findJobIdByName } from '../../jobs/find-job';
import { manifest, type Manifest } from './manifest';
import { tasksSignature } from './same-tasks';
import { sendRecoverably } from './recover';
import { collectTasks, failureLog, renderSummary, tasksOutput, type TaskReport } from './report';
import { readSettings, type RunJobSettings } from './settings';
import { publishResult, readPublishSettings, type PublishSettings } from './publish';
import type { CiContext, Outcome } from '../../host/host';
import { asPullRequestRun, readEventTarget } from './event';
import { buildShorthand, describeProblem, finishSubmit, formatProblem } from './spec';
import { removeUpload, uploadFolder } from '../../code-source/upload';
import { durationMs, isTerminal, stateText } from './run-state';
import { waitForRun } from './wait';
import type { SubmitRunRequest } from '../../databricks';
import { artifactSummaryLine } from '../../artifacts';
import { artifactName, runArtifactFiles } from './artifact';

/** How long main waits for a cancelled run to stop: inside the runner's ~7.5 s SIGINT→SIGTERM gap. */
const CANCEL_BOUND_MS = 5_000;
/** The post step has more time. */
const LONG_CANCEL_BOUND_MS = 30_000;

/** With no heartbeat, the longest pause before a predicted end. */
const SPARSE_CAP_MS = 60_000;

/**
 * A client whose calls survive the step's cancellation, to cancel the run after SIGINT; made once,
 * so that its credentials (an OAuth token) are fetched once.
 */
function steadyClient(ctx: CapabilityContext<Manifest>): () => DatabricksClient {
  let client: DatabricksClient | undefined;
  return () => (client ??= connect(ctx, { signal: null }).client);
}

function describeTarget(s: RunJobSettings): string {
  const t = s.target;
  switch (t.kind) {
    case 'job-id':
      return `job ${t.jobId}`;
    case 'job-name':
      return `job '${t.jobName}'`;
    case 'run-spec':
      return path.basename(t.file);
    case 'notebook':
    case 'python-file':
      return path.posix.basename(t.path);
  }
}

/** What the step knows so far; turned into outputs and a summary whatever happens. */
class Progress {
  runId?: string;
  runUrl?: string;
  run?: Run;
  tasks: TaskReport[] = [];
  source?: string;
  error?: string;
  waited = true;

  writeOutputs(ctx: CapabilityContext<Manifest>): void {
    const run = this.run;
    const ms = run ? durationMs(run) : undefined;
    ctx.outputs.set('run-id', this.runId);
    ctx.outputs.set('run-url', this.runUrl);
    ctx.outputs.set('life-cycle-state', run?.state?.life_cycle_state);
    ctx.outputs.set('result-state', run?.state?.result_state);
    ctx.outputs.set('duration-seconds', ms === undefined ? undefined : Math.round(ms / 1000));
    ctx.outputs.set('notebook-output', this.tasks.length === 1 ? this.tasks[0].output : undefined);
    ctx.outputs.set('tasks', tasksOutput(this.tasks));
    ctx.outputs.set('error-message', this.error);
  }

  publish?: PublishSettings;
  artifactName?: string;

  /** The step summary, then the PR report and check run the user asked for. */
  async writeSummary(ctx: CapabilityContext<Manifest>, outcome: Outcome): Promise<void> {
    if (!this.runId) return;
    const input = {
      run: this.run,
      runId: this.runId,
      runUrl: this.runUrl,
      tasks: this.tasks,
      problem: this.error,
      source: this.source,
      waited: this.waited,
    };
    // Uploaded first: the summary links to it.
    const artifact = this.artifactName
      ? await ctx.artifacts.upload({
          name: this.artifactName,
          files: runArtifactFiles(input, outcome),
        })
      : undefined;
    if (artifact) ctx.outputs.set('artifact-url', artifact.url);
    await ctx.summary.append(
      renderSummary(input) + (artifact ? artifactSummaryLine(artifact) : ''),
    );
    if (this.publish) await publishResult(ctx, this.publish, input, outcome);
  }
}

async function resolveJobId(
  client: DatabricksClient,
  s: RunJobSettings,
  signal: AbortSignal,
): Promise<string> {
  const t = s.target;
  if (t.kind === 'job-id') return t.jobId;
  if (t.kind !== 'job-name') throw new Error('Bug: resolveJobId without a job target');
  return findJobIdByName(client, t.jobName, { name: 'job-name', id: 'job-id' }, signal);
}

function readSpecFile(file: string): { text: string; display: string } {
  const full = path.resolve(file);
  const where = `${quoteValue(file)} (resolved to ${quoteValue(full)})`;
  const fix = 'Paths are relative to the working directory (the repository root in CI).';
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(full);
  } catch {
    stat = undefined;
  }
  if (!stat) throw new InputError('run-spec', `names a file that does not exist: ${where}`, fix);
  if (!stat.isFile())
    throw new InputError('run-spec', `must name a file; ${where} is a folder or device`, fix);
  try {
    return { text: fs.readFileSync(full, 'utf8'), display: file };
  } catch (err) {
    throw new InputError(
      'run-spec',
      `names a file that cannot be read: ${where} (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
      'Check its permissions.',
    );
  }
}

/**
 * Builds the submit request (spec file or shorthand), uploading code when asked. `ci` is the
 * pull request's own context when an event file names one (`workflow_run`), else ctx.ci.
 */
async function prepareSubmit(
  ctx: CapabilityContext<Manifest>,
  client: DatabricksClient,
  s: RunJobSettings,
  progress: Progress,
  ci: CiContext,
): Promise<{ request: SubmitRunRequest; history: HistoryKey }> {
  let spec: SubmitRunRequest;
  let specText = '';
  if (s.target.kind === 'run-spec') {
    const { text, display } = readSpecFile(s.target.file);
    specText = text;
    const { loadRunSpec } = await import('./spec-file');
    const loaded = loadRunSpec(display, text);
    const at = (p: { file?: string; line?: number; column?: number }) => ({
      file: p.file,
      line: p.line,
      column: p.column,
      title: 'run spec',
    });
    for (const w of loaded.warnings) ctx.logger.warning(describeProblem(w), at(w));
    if (!loaded.spec) {
      for (const e of loaded.errors) ctx.logger.error(describeProblem(e), at(e));
      const n = loaded.errors.length;
      throw new InputError(
        'run-spec',
        `${display} has ${n} problem${n === 1 ? '' : 's'}; the first: ${formatProblem(loaded.errors[0])}`,
        'Fix the file; each problem is listed above with its line.',
      );
    }
    spec = loaded.spec;
  } else {
    spec = buildShorthand(s);
  }

  const token =
    s.idempotencyToken ??
    idempotencyToken(
      ctx.ci,
      fingerprint({
        target: s.target,
        specText,
        parameters: s.parameters,
        cluster: s.cluster,
        git: [s.gitSource, s.gitUrl, s.gitRef, s.gitProvider],
        upload: s.upload,
        runName: s.runName,
        // Another workflow's pull request: its head commit is part of what is run.
        commit: ci === ctx.ci ? undefined : ci.sha,
      }),
    );

  let gitSource: GitSource | undefined;
  if (spec.git_source) {
    progress.source = describeGitSource(spec.git_source as unknown as GitSource);
    ctx.logger.info(`Code: the run spec's git_source, ${progress.source}.`);
  } else if (s.gitSource === 'auto') {
    gitSource = buildGitSource(ci, {
      gitUrl: s.gitUrl,
      gitRef: s.gitRef,
      gitProvider: s.gitProvider,
    });
    if (gitSource) {
      progress.source = describeGitSource(gitSource);
      ctx.logger.info(`Code: ${progress.source}.`);
      if (!s.gitUrl && !s.gitRef)
        for (const w of ctx.ci.checkoutWarnings ?? []) ctx.logger.warning(w);
    } else {
      ctx.logger.info(
        `Code: no CI repository or git checkout with a remote to take it from; task paths are workspace paths (set ${inputRef('git-url')} or ${inputRef('upload')} otherwise).`,
      );
    }
  }

  let uploadRoot: string | undefined;
  let notebooks = new Set<string>();
  if (s.upload) {
    uploadRoot = `${s.workspaceDir}/${token}`;
    // Saved before the first import: if we die half-way, the post step still removes the folder.
    ctx.state.save(STATE.uploadRoot, uploadRoot);
    const uploaded = await uploadFolder(client, s.upload, uploadRoot, ctx.logger, ctx.signal);
    notebooks = uploaded.notebooks;
    progress.source = `${s.upload} uploaded to ${uploadRoot}`;
    ctx.logger.info(
      `Code: uploaded ${uploaded.files} file${uploaded.files === 1 ? '' : 's'} from ${s.upload} to ${uploadRoot}.`,
    );
  }

  const what = describeTarget(s);
  const { request, problems } = finishSubmit(spec, {
    runName: s.runName ?? defaultRunName(ci, what),
    idempotencyToken: token,
    gitSource,
    uploadRoot,
    isUploadedNotebookFile: (rel) => notebooks.has(rel),
    timeoutSeconds: s.cancelOnTimeout && s.timeoutSeconds > 0 ? s.timeoutSeconds : undefined,
  });
  if (s.runName) request.run_name = s.runName;
  if (s.accessControlList) {
    const own = Array.isArray(request.access_control_list) ? request.access_control_list : [];
    request.access_control_list = [...own, ...s.accessControlList];
  }
  if (problems.length) {
    // With the shorthand the one path is the input itself: name it.
    const t = s.target;
    if (t.kind === 'notebook' || t.kind === 'python-file')
      throw new InputError(
        t.kind === 'notebook' ? 'notebook-path' : 'python-file',
        `is a relative path (${quoteValue(t.path)}), but there is no git source and no uploaded folder`,
        `Use a /Workspace path, ${inputRef('git-source')} auto in CI, or ${inputRef('upload')}.`,
      );
    throw new UserError(problems.join(' '));
  }
  const name = request.run_name ?? '';
  const byName = name === defaultRunName(ci, what) ? byDefaultRunName(ci, what) : byRunName(name);
  const uploadDir = uploadRoot ? s.workspaceDir : undefined;
  const signature = tasksSignature(request.tasks, uploadDir);
  const history: HistoryKey = signature ? { ...byName, tasks: { signature, uploadDir } } : byName;
  return { request, history };
}

/** The run, which earlier runs are the same test, and when we asked for it (local clock). */
interface Started {
  runId: string;
  history: HistoryKey;
  submittedAt: number;
}

async function start(
  ctx: CapabilityContext<Manifest>,
  client: DatabricksClient,
  steady: () => DatabricksClient,
  s: RunJobSettings,
  progress: Progress,
  ci: CiContext,
): Promise<Started> {
  // Saved as soon as it is known, even when the answer came only to the resend after a cancel.
  const found = (runId: string) => {
    progress.runId = runId;
    ctx.state.save(STATE.runId, runId);
  };
  if (s.target.kind === 'job-id' || s.target.kind === 'job-name') {
    const jobId = await resolveJobId(client, s, ctx.signal);
    const token =
      s.idempotencyToken ??
      idempotencyToken(
        ctx.ci,
        fingerprint({ jobId, p: s.jobParameters, n: s.notebookParams, py: s.pythonParams }),
      );
    ctx.logger.info(`Running job ${jobId} (run-now).`);
    const submittedAt = Date.now();
    const request = {
      job_id: jobId,
      idempotency_token: token,
      ...(s.jobParameters ? { job_parameters: s.jobParameters } : {}),
      ...(s.notebookParams ? { notebook_params: s.notebookParams } : {}),
      ...(s.pythonParams ? { python_params: s.pythonParams } : {}),
    };
    progress.source = `job ${jobId}`;
    const runId = await sendRecoverably(
      client,
      steady,
      (c, signal) => c.jobs.runNow(request, signal),
      ctx.signal,
      ctx.logger,
      found,
    );
    return { runId, history: { kind: 'job', jobId }, submittedAt };
  }
  const { request, history } = await prepareSubmit(ctx, client, s, progress, ci);
  ctx.logger.debug(`runs/submit with idempotency token ${request.idempotency_token}`);
  const submittedAt = Date.now();
  const runId = await sendRecoverably(
    client,
    steady,
    (c, signal) => c.jobs.submit(request, signal),
    ctx.signal,
    ctx.logger,
    found,
  );
  return { runId, history, submittedAt };
}

/** The history lookup, split into what waitForRun takes: the history and the first poll. */
function lookedUp(
  client: DatabricksClient,
  started: Started,
  ctx: CapabilityContext<Manifest>,
): { history: Promise<History | undefined>; listed: Promise<Run | undefined> } {
  const found = lookupHistory(client, started.history, started.runId, ctx.logger, ctx.signal);
  return { history: found.then((l) => l.history), listed: found.then((l) => l.run) };
}

function finalResult(progress: Progress): CapabilityResult {
  const run = progress.run;
  const result = run?.state?.result_state;
  if (result === 'SUCCESS') return { outcome: 'succeeded' };
  const failed = progress.tasks.filter((t) => t.error && t.result !== 'SUCCESS');
  const why =
    run?.status?.termination_details?.message ||
    (failed[0] ? `Task ${failed[0].key} failed: ${failed[0].error}` : '') ||
    run?.state?.state_message ||
    '';
  const message = `Run ${progress.runId} ended ${run ? stateText(run) : 'in an unknown state'}${why ? `: ${why}` : ''}`;
  progress.error = message.split('\n')[0].slice(0, 1000);
  if (result === 'SUCCESS_WITH_FAILURES')
    return { outcome: 'succeededWithIssues', message: progress.error };
  return { outcome: 'failed', message: progress.error };
}

export const runJob: Capability<Manifest> = {
  manifest,

  async main(ctx) {
    const startedAt = Date.now();
    const progress = new Progress();
    let s: RunJobSettings;
    let connection: ReturnType<typeof connect>;
    let ci: CiContext;
    try {
      s = readSettings(ctx.inputs);
      // Before connecting: a fork's pull request is refused with nothing sent.
      const target = readEventTarget(ctx);
      ci = asPullRequestRun(ctx.ci, target);
      progress.publish = { ...readPublishSettings(ctx.inputs), target };
      progress.artifactName = artifactName(ctx);
      connection = connect(ctx);
    } catch (err) {
      // Bad input too leaves `tasks` a JSON array; the runner puts the error in error-message.
      progress.writeOutputs(ctx);
      throw err;
    }
    const { client, host } = connection;
    const steady = steadyClient(ctx);
    progress.waited = s.wait;
    try {
      const started = await start(ctx, client, steady, s, progress, ci);
      const runId = started.runId;
      progress.runId = runId;
      ctx.state.save(STATE.runId, runId);

      // The link first, so it is at hand while the run goes on.
      const announce = (first: Run) => {
        progress.run = first;
        progress.runUrl =
          first.run_page_url ?? `${host}/#job/${String(first.job_id ?? '')}/run/${runId}`;
        ctx.logger.info(`Run URL: ${progress.runUrl}`);
        ctx.outputs.set('run-id', runId);
        ctx.outputs.set('run-url', progress.runUrl);
      };

      if (!s.wait) {
        const first = await client.jobs.getRun(runId, { signal: ctx.signal });
        announce(first);
        // Not waiting is the user's choice: the post step must not cancel the run.
        ctx.state.save(STATE.settled, 'true');
        if (s.upload) ctx.state.save(STATE.keepUpload, 'true');
        ctx.logger.info(
          `Run ${runId} is ${stateText(first)}; not waiting for it (${inputRef('wait')} is false).`,
        );
        if (s.upload)
          ctx.logger.warning(
            `The uploaded folder stays in the workspace for the run to read; delete it when the run is done.`,
          );
        progress.writeOutputs(ctx);
        await progress.writeSummary(ctx, 'succeeded');
        return { outcome: 'succeeded' };
      }

      const deadline = s.timeoutSeconds > 0 ? startedAt + s.timeoutSeconds * 1000 : undefined;
      let run: Run;
      try {
        run = await waitForRun(client, runId, {
          logger: ctx.logger,
          signal: ctx.signal,
          deadline,
          maxIntervalMs: s.maxPollIntervalMs,
          heartbeatMs: s.heartbeatMs,
          onFirst: announce,
          onRun: (r) => (progress.run = r),
          ...(s.predictivePolling ? lookedUp(client, started, ctx) : {}),
          submittedAt: started.submittedAt,
          // Heartbeat lines come from polls: a pause longer than the heartbeat would skip one.
          sparseCapMs: s.heartbeatMs > 0 ? s.heartbeatMs : SPARSE_CAP_MS,
        });
      } catch (err) {
        return await interrupted(ctx, s, progress, err, steady());
      }
      progress.run = run;
      ctx.state.save(STATE.settled, 'true');
      // The client in hand is warm (connected, authenticated); only a cancellation that lands
      // while the outputs are read needs them read again by one that outlives it.
      progress.tasks = await collectTasks(client, run);
      if (ctx.signal.aborted) progress.tasks = await collectTasks(steady(), run);
      const result = finalResult(progress);
      for (const block of failureLog(progress.tasks)) ctx.echoUntrusted(block);
      progress.writeOutputs(ctx);
      await progress.writeSummary(ctx, result.outcome);
      return result;
    } catch (err) {
      if (ctx.signal.aborted) {
        // Cancelled before the wait began. A run we know of (even one found again by its token)
        // is cancelled now; should that not finish, the post step sees the saved id and does it.
        if (progress.runId) {
          const run = await cancelRun(steady(), progress.runId, ctx.logger, CANCEL_BOUND_MS);
          if (run) progress.run = run;
          if (run && isTerminal(run)) ctx.state.save(STATE.settled, 'true');
          progress.error = `The CI job was cancelled; Databricks run ${progress.runId} ${run && isTerminal(run) ? `was cancelled (${stateText(run)})` : 'is being cancelled'}.`;
        } else {
          progress.error = 'The CI job was cancelled before the run was submitted.';
        }
        progress.writeOutputs(ctx);
        await progress.writeSummary(ctx, 'failed').catch(() => undefined);
        return { outcome: 'failed', message: progress.error };
      }
      // Outputs and the summary first, then the error (the runner marks the step).
      // A user error's template keeps its input references for the host to render.
      if (!(err instanceof InputError))
        progress.error = (err instanceof UserError ? err.template : errorMessage(err)).split(
          '\n',
        )[0];
      progress.writeOutputs(ctx);
      await progress.writeSummary(ctx, 'failed').catch(() => undefined);
      throw err;
    }
  },

  async post(ctx) {
    const runId = ctx.state.get(STATE.runId);
    const uploadRoot = ctx.state.get(STATE.uploadRoot);
    if (!runId && !uploadRoot) return;
    const client = steadyClient(ctx)();
    if (runId && ctx.state.get(STATE.settled) !== 'true') {
      let run: Run | undefined;
      try {
        run = await client.jobs.getRun(runId);
      } catch (err) {
        ctx.logger.warning(`Could not read run ${runId}: ${errorMessage(err)}`);
      }
      if (run && !isTerminal(run)) {
        ctx.logger.warning(
          `The main step did not see run ${runId} finish (cancelled or crashed): cancelling it so it does not keep running.`,
        );
        await cancelRun(client, runId, ctx.logger, LONG_CANCEL_BOUND_MS);
      }
    }
    if (uploadRoot) {
      if (ctx.state.get(STATE.keepUpload) === 'true') {
        ctx.logger.info(`Keeping ${uploadRoot}: the run was not waited for and may still read it.`);
        return;
      }
      try {
        if (await removeUpload(client, uploadRoot))
          ctx.logger.info(`Deleted the uploaded folder ${uploadRoot}.`);
      } catch (err) {
        ctx.logger.warning(
          `Could not delete the uploaded folder ${uploadRoot}: ${errorMessage(err)}`,
        );
      }
    }
  },
};

/** The wait ended without the run ending: a timeout, a cancelled CI job, or an API failure. */
async function interrupted(
  ctx: CapabilityContext<Manifest>,
  s: RunJobSettings,
  progress: Progress,
  err: unknown,
  steady: DatabricksClient,
): Promise<CapabilityResult> {
  const runId = progress.runId!;
  let message: string;
  if (ctx.signal.aborted) {
    const run = await cancelRun(steady, runId, ctx.logger, CANCEL_BOUND_MS);
    if (run) progress.run = run;
    if (run && isTerminal(run)) ctx.state.save(STATE.settled, 'true');
    message = `The CI job was cancelled; Databricks run ${runId} ${run && isTerminal(run) ? `was cancelled (${stateText(run)})` : 'is being cancelled'}.`;
  } else if (err instanceof WaitTimeoutError) {
    if (s.cancelOnTimeout) {
      // The user's timeout is when the step should end: confirm the stop briefly, and leave a
      // slow teardown to the post step, which sees the run unsettled and follows it up.
      const run = await cancelRun(steady, runId, ctx.logger, CANCEL_BOUND_MS);
      if (run) progress.run = run;
      const stopped = run !== undefined && isTerminal(run);
      if (stopped) ctx.state.save(STATE.settled, 'true');
      message = `Timed out after ${formatDuration(s.timeoutSeconds * 1000)} waiting for run ${runId}; it ${stopped ? 'was cancelled' : 'is being cancelled'} (${inputRef('timeout')}, ${inputRef('cancel-on-timeout')}).`;
    } else {
      ctx.state.save(STATE.settled, 'true');
      if (s.upload) ctx.state.save(STATE.keepUpload, 'true');
      message = `Timed out after ${formatDuration(s.timeoutSeconds * 1000)} waiting for run ${runId}; it keeps running on Databricks (${inputRef('cancel-on-timeout')} is false).`;
    }
  } else {
    // Reading the state failed for good; the post step cancels the run if it is still going.
    throw err;
  }
  try {
    if (progress.run) progress.tasks = await collectTasks(steady, progress.run);
  } catch {
    // The report is best effort here; the outcome is already decided.
  }
  progress.error = message;
  progress.writeOutputs(ctx);
  await progress.writeSummary(ctx, 'failed');
  return { outcome: 'failed', message };
}
