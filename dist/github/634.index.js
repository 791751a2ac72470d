"use strict";
exports.id = 634;
exports.ids = [634];
exports.modules = {

/***/ 76634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runJob: () => (/* binding */ runJob)
});

// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(79896);
// EXTERNAL MODULE: external "path"
var external_path_ = __webpack_require__(16928);
// EXTERNAL MODULE: ./shared/connect.ts
var connect = __webpack_require__(1660);
// EXTERNAL MODULE: ./shared/databricks/index.ts + 23 modules
var databricks = __webpack_require__(80670);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/duration.ts
var shared_duration = __webpack_require__(15784);
;// CONCATENATED MODULE: ./shared/capabilities/run-job/run-state.ts
/** Life cycle states after which a run or task never changes again. */
const TERMINAL_STATES = new Set(['TERMINATED', 'SKIPPED', 'INTERNAL_ERROR']);
/** Result states after which the successful runs' durations say nothing about a run or task. */
const FAILED_RESULTS = new Set([
    'FAILED',
    'TIMEDOUT',
    'CANCELED',
    'INTERNAL_ERROR',
    'UPSTREAM_FAILED',
]);
function isTerminal(run) {
    return TERMINAL_STATES.has(run?.state?.life_cycle_state ?? '');
}
function stateText(s) {
    const life = s?.state?.life_cycle_state ?? 'UNKNOWN';
    const result = s?.state?.result_state;
    return result ? `${life} ${result}` : life;
}
function durationMs(r, now = Date.now()) {
    if (typeof r.run_duration === 'number' && r.run_duration > 0)
        return r.run_duration;
    if (!r.start_time)
        return undefined;
    const end = r.end_time && r.end_time > 0 ? r.end_time : now;
    return Math.max(0, end - r.start_time);
}

;// CONCATENATED MODULE: ./shared/capabilities/run-job/cancel.ts




/** State the main step leaves for the post step. */
const STATE = {
    runId: 'run-id',
    /** `true` once main saw the run end (or chose not to wait): post leaves the run alone. */
    settled: 'run-settled',
    uploadRoot: 'upload-root',
    /** `true` when the uploaded folder must stay (a run that was not waited for still reads it). */
    keepUpload: 'upload-keep',
};
/**
 * Cancels the run and waits, at most `boundMs`, for it to stop. Cancellation is asynchronous on the
 * service; the bound keeps us inside the runner's grace period (GitHub sends SIGTERM about 7.5 s
 * after SIGINT). Returns the last state seen; never throws.
 */
async function cancelRun(client, runId, logger, boundMs) {
    try {
        await client.jobs.cancelRun(runId);
        logger.info(`Asked Databricks to cancel run ${runId}; waiting up to ${(0,shared_duration/* formatDuration */.a)(boundMs)} for it to stop.`);
    }
    catch (err) {
        logger.warning(`Could not cancel run ${runId}: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return undefined;
    }
    try {
        const run = await (0,databricks/* waitFor */.fm)({
            poll: (_signal, deadline) => client.jobs.getRun(runId, { deadline }),
            isDone: isTerminal,
            stateOf: stateText,
            deadline: Date.now() + boundMs,
            initialIntervalMs: 200,
            maxIntervalMs: 1000,
            description: `run ${runId} to stop`,
        });
        logger.info(`Run ${runId} stopped: ${stateText(run)}.`);
        return run;
    }
    catch (err) {
        const last = err instanceof databricks/* WaitTimeoutError */.Do ? err.last : undefined;
        logger.warning(`Run ${runId} had not stopped after ${(0,shared_duration/* formatDuration */.a)(boundMs)} (${last ? stateText(last) : (0,errors/* errorMessage */.gJ)(err)}); the cancellation continues on Databricks.`);
        return last;
    }
}

// EXTERNAL MODULE: ./shared/code-source/git-source.ts
var git_source = __webpack_require__(8404);
;// CONCATENATED MODULE: ./shared/capabilities/run-job/schedule.ts
// When to poll a run whose earlier runs say how long it should take. CI runs the same integration
// test on every PR and its duration barely moves, so most polls of a fixed or backing-off poller
// are spent at times when the run cannot have ended yet. Pure functions: times are milliseconds
// since the run started.
/** Fewer successful runs than this say nothing reliable. */
const MIN_SAMPLES = 2;
/** The newest runs only: a test's duration drifts as the code changes. */
const MAX_SAMPLES = 5;
/** Durations newest first (zeros and gaps dropped); undefined with fewer than MIN_SAMPLES. */
function expectationFrom(durationsMs) {
    const recent = durationsMs
        .filter((d) => Number.isFinite(d) && d > 0)
        .slice(0, MAX_SAMPLES)
        .sort((a, b) => a - b);
    if (recent.length < MIN_SAMPLES)
        return undefined;
    const mid = recent.length / 2;
    const expectedMs = recent.length % 2 ? recent[Math.floor(mid)] : (recent[mid - 1] + recent[mid]) / 2;
    const spreadMs = Math.max(expectedMs - recent[0], recent[recent.length - 1] - expectedMs);
    return { expectedMs, spreadMs, samples: recent.length };
}
/**
 * The window around the expected end is at least this wide on each side (a task's own start, a
 * Python process on a busy node, varies by a few hundred ms whatever the run's length)...
 */
const MIN_MARGIN_MS = 500;
/** ...or this share of the duration (a test's duration varies by itself: queueing, a slow node). */
const MARGIN_SHARE = 0.02;
/** One outlier among the samples must not spread the window over the whole run. */
const MAX_SPREAD_SHARE = 0.25;
/** Reads across the window are at least this far apart (more would be calls for nothing). */
const MIN_WINDOW_GAP_MS = 500;
/** Two reads are never closer than this. */
const MIN_GAP_MS = 250;
/**
 * How many times a fixed poller (every `stepMs` from the start, the first read at 0) reads a run
 * of `durationMs` until it sees the end: the budget a predicted run's reads stay within.
 */
function readBudget(durationMs, stepMs) {
    return Math.ceil(Math.max(0, durationMs) / Math.max(1, stepMs)) + 1;
}
/**
 * Where a predicted run's reads go. The first read (the runs/list page, or a runs/get) counts as
 * one of the budget a fixed poller would spend on a run of the expected length. Of the rest, the
 * fewest early-failure checks that keep each pause before the expected end under `sparseCapMs`,
 * spread evenly; the others cover the samples' range around the expected end ([e - s, e + s],
 * evenly, the last read at its far edge, at least 500 ms apart). So a run that ends as its history says is seen within
 * the samples' spread, with no more calls than a fixed poller; one that overruns every sample is
 * read at the fixed poller's cadence after that (see nextPollMs).
 */
function planFor(exp, opts) {
    const e = exp.expectedMs;
    const margin = Math.max(MIN_MARGIN_MS, MARGIN_SHARE * e, Math.min(exp.spreadMs, MAX_SPREAD_SHARE * e));
    const reads = readBudget(e, opts.maxIntervalMs) - 1;
    const before = Math.max(0, e - margin);
    const early = Math.min(reads - 1, Math.ceil(before / Math.max(1, opts.sparseCapMs)));
    const window = Math.min(reads - early, Math.max(1, Math.floor((2 * margin) / MIN_WINDOW_GAP_MS)));
    const windowTimes = Array.from({ length: window }, (_, k) => e - margin + (2 * margin * (k + 1)) / window);
    const earlyTimes = Array.from({ length: early }, (_, j) => (before * (j + 1)) / (early + 1));
    const timesMs = [];
    for (const t of [...earlyTimes, ...windowTimes].map((x) => Math.round(x))) {
        if (timesMs.length === 0 || t - timesMs[timesMs.length - 1] >= MIN_GAP_MS)
            timesMs.push(t);
    }
    return { expectedMs: e, timesMs };
}
/**
 * The pause after a read at `elapsedMs` (since the run started) that did not see the end: to the
 * next planned read; past the plan (the run overran every sample, or was re-attached late), to
 * the next multiple of `max-poll-interval`, a fixed poller's cadence.
 */
function nextPollMs(elapsedMs, plan, opts) {
    const next = plan.timesMs.find((t) => t >= elapsedMs + MIN_GAP_MS);
    if (next !== undefined)
        return next - elapsedMs;
    return Math.max(MIN_GAP_MS, unpredictedPollMs(elapsedMs, opts.maxIntervalMs));
}
/**
 * The pause after a poll at `elapsedMs` since the submit when nothing predicts the end: to the
 * next multiple of `stepMs` (`max-poll-interval`). Those are the times a fixed poller started at
 * the submit reads the run, so the end is seen no later than it would see it, with no more calls;
 * a backoff from 250 ms spends four or five calls in the first seconds, when a run on Databricks
 * (a cluster or serverless start, then the code) has hardly begun.
 */
function unpredictedPollMs(elapsedMs, stepMs) {
    const step = Math.max(1, stepMs);
    const into = ((elapsedMs % step) + step) % step;
    return step - into;
}

;// CONCATENATED MODULE: ./shared/capabilities/run-job/same-tasks.ts

/** Per task type, the fields that say which code it runs. */
const IDENTITY = {
    notebook_task: ['notebook_path'],
    spark_python_task: ['python_file'],
    python_wheel_task: ['package_name', 'entry_point'],
    spark_jar_task: ['main_class_name'],
    sql_task: ['file', 'query', 'dashboard', 'alert'],
    dbt_task: ['project_directory', 'commands'],
    run_job_task: ['job_id'],
    pipeline_task: ['pipeline_id'],
    condition_task: ['left', 'op', 'right'],
    for_each_task: ['task'],
};
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * An upload goes to `<workspace-dir>/<token>/…` and the token changes on every CI run: paths in
 * that folder compare by what follows the token.
 */
function normalise(value, uploadDir) {
    if (typeof value === 'string' && uploadDir && value.startsWith(`${uploadDir}/`)) {
        return value.slice(uploadDir.length + 1).replace(/^[^/]*/, '<upload>');
    }
    if (Array.isArray(value))
        return value.map((v) => normalise(v, uploadDir));
    if (isObject(value)) {
        // Keys sorted: the service may echo a task's fields in another order than we sent them.
        return Object.fromEntries(Object.keys(value)
            .sort()
            .map((k) => [k, normalise(value[k], uploadDir)]));
    }
    return value;
}
function taskIdentity(task, uploadDir) {
    const type = Object.keys(IDENTITY).find((t) => isObject(task[t]));
    // A task type we cannot tell apart by its code: no run counts as the same.
    if (!type)
        return undefined;
    const body = task[type];
    const fields = {};
    for (const f of IDENTITY[type]) {
        const v = f === 'task' && isObject(body.task) ? taskIdentity(body.task, uploadDir) : body[f];
        if (v !== undefined)
            fields[f] = normalise(v, uploadDir);
    }
    return [type, fields];
}
/**
 * The tasks' identity as one string, equal for runs of the same code; undefined when a task's type
 * says nothing about its code (then no run matches on tasks).
 */
function tasksSignature(tasks, uploadDir) {
    if (!tasks?.length)
        return undefined;
    const entries = [];
    for (const t of tasks) {
        if (!isObject(t) || typeof t.task_key !== 'string')
            return undefined;
        const identity = taskIdentity(t, uploadDir);
        if (identity === undefined)
            return undefined;
        entries.push([t.task_key, identity]);
    }
    entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return JSON.stringify(entries);
}
/**
 * Whether an earlier run (from runs/list with expand_tasks) ran the same tasks and every one of
 * them went well: a run with a failed or retried task took a different time than a clean one.
 */
function ranSameTasks(run, signature, uploadDir) {
    // More tasks than one page holds: the list is cut, so it cannot be compared.
    if (run.has_more === true || !Array.isArray(run.tasks))
        return false;
    const troubled = run.tasks.some((t) => FAILED_RESULTS.has(t.state?.result_state ?? '') || (t.attempt_number ?? 0) > 0);
    return !troubled && tasksSignature(run.tasks, uploadDir) === signature;
}

;// CONCATENATED MODULE: ./shared/capabilities/run-job/history.ts




/** runs/list's largest page: one call, however busy the workspace. */
const PAGE = 25;
/** An exact run name (`run-name`, or the run spec's own). */
function byRunName(name) {
    return { kind: 'run-name', matches: (n) => n === name, label: `'${name}'` };
}
const MAX_RUN_NAME = 4000;
/** `<repository>[ PR #<n>][ @ <sha>] · <what>`: the name of a one-time run when none is given. */
function defaultRunName(ci, what) {
    const parts = [ci.repository ?? 'run-job'];
    if (ci.pullRequest)
        parts.push(`PR #${ci.pullRequest}`);
    if (ci.sha)
        parts.push(`@ ${ci.sha.slice(0, 7)}`);
    parts.push(`· ${what}`);
    return parts.join(' ').slice(0, MAX_RUN_NAME);
}
/**
 * Earlier runs under the default name: the PR and the commit change on every PR, the test does
 * not, so they match on the repository and what is run.
 */
function byDefaultRunName(ci, what) {
    const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const repository = ci.repository ?? 'run-job';
    const pattern = new RegExp(`^${esc(repository)}(?: PR #\\S+)?(?: @ \\S+)? · ${esc(what)}$`);
    const mine = defaultRunName(ci, what);
    return {
        kind: 'run-name',
        // A name cut at the limit cannot be matched on its end; then only the same name counts.
        matches: (n) => n === mine || (mine.length < MAX_RUN_NAME && pattern.test(n)),
        label: `'${repository} · ${what}' (any PR or commit)`,
    };
}
/** The durations of the newest successful runs that match, newest first. */
function successfulDurations(runs, key, exclude, by = 'name') {
    const out = [];
    for (const run of runs) {
        if (String(run.run_id) === exclude)
            continue;
        if (run.state?.result_state !== 'SUCCESS')
            continue;
        if (key.kind === 'run-name') {
            if (by === 'name' && !key.matches(run.run_name ?? ''))
                continue;
            if (by === 'tasks' &&
                !(key.tasks && ranSameTasks(run, key.tasks.signature, key.tasks.uploadDir)))
                continue;
        }
        // An ended run has an end time; without one its duration would be "until now".
        if (!run.end_time)
            continue;
        const ms = durationMs(run);
        if (ms !== undefined && ms > 0)
            out.push(ms);
        if (out.length === MAX_SAMPLES)
            break;
    }
    return out;
}
const plural = (n) => `${n} earlier successful run${n === 1 ? '' : 's'}`;
/**
 * How long earlier successful runs of the same job (run-now) or the same run name (one-time
 * submits) took, else, for a one-time run, earlier runs of the same tasks under any run name (a
 * PR's first run): one runs/list call, with the tasks, active runs included so that the page also
 * holds this run (the first poll, without a call of its own). Never fails the step: without an
 * answer, polling is as without a prediction.
 */
async function lookupHistory(client, key, runId, logger, signal) {
    try {
        const page = await client.jobs.listRuns(key.kind === 'job'
            ? { jobId: key.jobId, expandTasks: true, limit: PAGE, signal }
            : { runType: 'SUBMIT_RUN', expandTasks: true, limit: PAGE, signal });
        const mine = page.runs.find((r) => String(r.run_id) === runId && r.has_more !== true);
        const run = mine && Array.isArray(mine.tasks) ? mine : undefined;
        const durations = successfulDurations(page.runs, key, runId);
        const expectation = expectationFrom(durations);
        const what = key.kind === 'job' ? 'this job' : key.label;
        if (expectation)
            return {
                run,
                history: { expectation, basis: `median of ${expectation.samples} earlier runs of ${what}` },
            };
        if (key.kind === 'run-name' && key.tasks) {
            const same = successfulDurations(page.runs, key, runId, 'tasks');
            const byTasks = expectationFrom(same);
            if (byTasks)
                return {
                    run,
                    history: {
                        expectation: byTasks,
                        basis: `median of ${byTasks.samples} earlier runs of the same tasks (any run name)`,
                    },
                };
            logger.debug(`run-job: ${plural(durations.length)} of ${what} and ${plural(same.length)} of the same tasks in the last ${PAGE}; polling without a prediction`);
            return { run };
        }
        logger.debug(`run-job: ${plural(durations.length)} of ${what} in the last ${PAGE}; polling without a prediction`);
        return { run };
    }
    catch (err) {
        logger.debug(`run-job: could not read earlier runs (${(0,errors/* errorMessage */.gJ)(err)}); polling without a prediction`);
        return {};
    }
}

// EXTERNAL MODULE: ./shared/jobs/idempotency.ts
var idempotency = __webpack_require__(82530);
// EXTERNAL MODULE: ./shared/jobs/find-job.ts
var find_job = __webpack_require__(35786);
// EXTERNAL MODULE: ./shared/capabilities/run-job/manifest.ts
var manifest = __webpack_require__(11636);
;// CONCATENATED MODULE: ./shared/capabilities/run-job/recover.ts

/** How long the resend after a cancellation may take: the runner sends SIGTERM ~7.5 s after SIGINT. */
const RESEND_BOUND_MS = 2_000;
/**
 * Sends a runs/submit or run-now whose body carries an idempotency token. If the step is cancelled
 * while it is in flight, the request may have started a run whose id we never got; the same
 * request is then sent again by a client that outlives the cancellation. With the same token the
 * service answers with the run the first one started (or starts it now), so the run can always be
 * found and cancelled: `found` receives its id before the cancellation is rethrown.
 */
async function sendRecoverably(client, steady, send, signal, logger, found) {
    try {
        const res = await send(client, signal);
        return String(res.run_id);
    }
    catch (err) {
        if (!signal.aborted)
            throw err;
        logger.info('The CI job was cancelled while the run was being started; asking Databricks for it by its idempotency token.');
        try {
            const res = await send(steady(), AbortSignal.timeout(RESEND_BOUND_MS));
            found(String(res.run_id));
        }
        catch (again) {
            logger.warning(`Could not find the run by its idempotency token (${(0,errors/* errorMessage */.gJ)(again)}); if it started, cancel it in Databricks.`);
        }
        throw err;
    }
}

// EXTERNAL MODULE: ./shared/report/markdown.ts
var markdown = __webpack_require__(90216);
;// CONCATENATED MODULE: ./shared/capabilities/run-job/report.ts



const TAIL_LINES = 40;
const TAIL_BYTES = 8 * 1024;
const MAX_FAILED_DETAILS = 20;
const FAILED = new Set(['FAILED', 'TIMEDOUT', 'INTERNAL_ERROR', 'MAXIMUM_CONCURRENT_RUNS_REACHED']);
function isFailedTask(t) {
    return (FAILED.has(t.result) || t.state === 'INTERNAL_ERROR' || (!!t.error && t.result !== 'SUCCESS'));
}
/** The last lines of a text, at most TAIL_LINES and TAIL_BYTES. */
function tail(text, lines = TAIL_LINES) {
    if (!text)
        return undefined;
    let out = text.replace(/\s+$/, '').split('\n').slice(-lines).join('\n');
    if (out.length > TAIL_BYTES)
        out = `…${out.slice(-TAIL_BYTES)}`;
    return out;
}
const NEVER_RAN = new Set(['UPSTREAM_FAILED', 'UPSTREAM_CANCELED', 'EXCLUDED', 'DISABLED']);
/** A task with no output to read: it never started, so asking would only cost a call. */
function hasNoOutput(task) {
    if (!isTerminal(task) || task.state?.life_cycle_state === 'SKIPPED')
        return true;
    const result = task.state?.result_state ?? '';
    if (NEVER_RAN.has(result))
        return true;
    // Cancelled before it started (queued, or waiting for its upstream).
    return result === 'CANCELED' && !(task.start_time && task.start_time > 0);
}
/**
 * Reads each ended task's output (result, error, trace, logs), all at once: this is the tail
 * between seeing the run end and the step's exit. Tasks that never ran are not asked.
 */
async function collectTasks(client, run, now = Date.now()) {
    const tasks = run.tasks ?? [];
    return Promise.all(tasks.map(async (task) => {
        const report = baseReport(task, now);
        if (hasNoOutput(task))
            return report;
        try {
            const out = await client.jobs.getRunOutput(task.run_id);
            if (out.notebook_output?.result !== undefined) {
                report.output = out.notebook_output.result;
                report.output_truncated = out.notebook_output.truncated === true;
            }
            if (out.error)
                report.error = out.error;
            if (out.error_trace)
                report.trace = out.error_trace;
            if (out.logs)
                report.logs = out.logs;
        }
        catch {
            // A task cancelled before it started has no output; the state says enough.
        }
        if (!report.error && isFailedTask(report) && task.state?.state_message)
            report.error = task.state.state_message;
        return report;
    }));
}
function baseReport(task, now = Date.now()) {
    const ms = durationMs(task, now);
    return {
        key: task.task_key,
        run_id: String(task.run_id),
        state: task.state?.life_cycle_state ?? 'UNKNOWN',
        result: task.state?.result_state ?? '',
        duration_seconds: ms === undefined ? undefined : Math.round(ms / 1000),
        url: task.run_page_url,
    };
}
/** The `tasks` output: everything but the long texts. */
function tasksOutput(tasks) {
    return tasks.map((t) => ({
        key: t.key,
        run_id: t.run_id,
        state: t.state,
        result: t.result,
        duration_seconds: t.duration_seconds ?? null,
        output: t.output ?? null,
        error: t.error ?? null,
        url: t.url ?? null,
    }));
}
const ICON = {
    SUCCESS: '✅',
    FAILED: '❌',
    TIMEDOUT: '⏱️',
    CANCELED: '🚫',
    UPSTREAM_FAILED: '⏭️',
    UPSTREAM_CANCELED: '⏭️',
    SUCCESS_WITH_FAILURES: '⚠️',
    EXCLUDED: '➖',
};
/** States are enums (`UPSTREAM_FAILED`): shown as they are; anything else the server sends is escaped. */
function enumText(value) {
    return /^[A-Z][A-Z_ ]*$/.test(value) ? value : (0,markdown/* escapeCell */.kq)(value);
}
function renderSummary(input) {
    const { run } = input;
    const name = run?.run_name ?? 'Databricks run';
    const result = run?.state?.result_state;
    const icon = result ? (ICON[result] ?? '❔') : '⏳';
    // Names, keys, states, errors and URLs all come from the run spec or the server: escaped, or
    // inside code blocks that they cannot close.
    const lines = [
        `### ${icon} ${(0,markdown/* escapeCell */.kq)(name)}: ${run ? enumText(stateText(run)) : 'not started'}`,
        '',
    ];
    const facts = [];
    if (input.runUrl)
        facts.push((0,markdown/* link */.nf)(`Run ${input.runId ?? ''} in Databricks`, input.runUrl));
    else if (input.runId)
        facts.push((0,markdown/* escapeCell */.kq)(`Run ${input.runId}`));
    if (run) {
        const ms = durationMs(run);
        if (ms !== undefined)
            facts.push(`${input.waited || isTerminal(run) ? 'took' : 'running for'} ${(0,shared_duration/* formatDuration */.a)(ms)}`);
    }
    if (input.source)
        facts.push(`code: ${(0,markdown/* escapeCell */.kq)(input.source)}`);
    if (facts.length)
        lines.push(facts.join(' · '), '');
    if (input.problem)
        lines.push(`> ${(0,markdown/* escapeCell */.kq)(input.problem)}`, '');
    if (input.tasks.length > 0) {
        const rows = input.tasks.map((t) => {
            const state = t.result
                ? `${ICON[t.result] ?? ''} ${enumText(t.result)}`.trim()
                : enumText(t.state);
            const duration = t.duration_seconds === undefined ? '' : (0,shared_duration/* formatDuration */.a)(t.duration_seconds * 1000);
            const output = t.output === undefined ? '' : (0,markdown/* inlineCode */.ti)(t.output.slice(0, 80));
            return [
                (0,markdown/* escapeCell */.kq)(t.key),
                state,
                duration,
                output,
                t.url ? (0,markdown/* link */.nf)(`run ${t.run_id}`, t.url) : (0,markdown/* escapeCell */.kq)(t.run_id),
            ];
        });
        lines.push((0,markdown/* table */.tp)(['Task', 'State', 'Duration', 'Output', 'Link'], rows));
    }
    const failed = input.tasks.filter(isFailedTask);
    // Each block is at most ~17 KB: 20 of them keep the summary far below GitHub's 1 MiB per step.
    for (const t of failed.slice(0, MAX_FAILED_DETAILS)) {
        lines.push(`#### ❌ ${(0,markdown/* escapeCell */.kq)(t.key)}`, '');
        if (t.error)
            lines.push((0,markdown/* codeBlock */.DV)(tail(t.error, 10) ?? '', 'text'));
        const trace = tail(t.trace);
        if (trace)
            lines.push((0,markdown/* details */.zH)('Trace (last lines)', (0,markdown/* codeBlock */.DV)(trace, 'text'), true));
        const logs = tail(t.logs);
        if (logs)
            lines.push((0,markdown/* details */.zH)('Logs (last lines)', (0,markdown/* codeBlock */.DV)(logs, 'text')));
    }
    if (failed.length > MAX_FAILED_DETAILS) {
        lines.push(`${failed.length - MAX_FAILED_DETAILS} more failed tasks are not shown here: see their links above.`, '');
    }
    return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
/** What the log shows for failed tasks: echoed as untrusted text, so it cannot act as a command. */
function failureLog(tasks) {
    const out = [];
    for (const t of tasks.filter(isFailedTask)) {
        const parts = [`Task ${t.key} ${t.result || t.state}${t.error ? `: ${t.error}` : ''}`];
        const trace = tail(t.trace, 20);
        if (trace)
            parts.push(trace);
        const logs = tail(t.logs, 20);
        if (logs)
            parts.push('--- logs (last lines) ---', logs);
        out.push(parts.join('\n'));
    }
    return out;
}

;// CONCATENATED MODULE: ./shared/capabilities/run-job/acl.ts

const PRINCIPALS = ['user_name', 'group_name', 'service_principal_name'];
const LEVELS = new Set(['CAN_VIEW', 'CAN_MANAGE_RUN', 'CAN_MANAGE', 'IS_OWNER']);
const EXAMPLE = '`[{"user_name": "dev@example.com", "permission_level": "CAN_VIEW"}]`';
/**
 * The `access-control-list` input, checked entry by entry so that a typo fails here with the
 * entry named, not as a 400 from runs/submit after the code was uploaded. Only runs/submit takes
 * it: an existing job's runs have the job's permissions.
 */
function readAccessControlList(inputs, isRunNow) {
    if (!inputs.has('access-control-list'))
        return undefined;
    if (isRunNow)
        throw new errors/* InputError */.dz('access-control-list', `does not apply to an existing job (${(0,errors/* inputRef */.io)('job-id')} or ${(0,errors/* inputRef */.io)('job-name')}): its runs have the job's own permissions`, 'Set the permissions on the job itself (deploy-jobs), or run the code with a run spec or the shorthand.');
    const value = inputs.yaml('access-control-list');
    if (!Array.isArray(value))
        throw new errors/* InputError */.dz('access-control-list', 'is not a list', `Give a JSON list, e.g. ${EXAMPLE}.`);
    return value.map((entry, i) => {
        const where = `has entry ${i + 1}`;
        if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
            throw new errors/* InputError */.dz('access-control-list', `${where} that is not an object`, `Write each entry like ${EXAMPLE}.`);
        const e = entry;
        const who = PRINCIPALS.filter((p) => e[p] !== undefined);
        if (who.length !== 1 || typeof e[who[0]] !== 'string' || !e[who[0]].trim())
            throw new errors/* InputError */.dz('access-control-list', `${where} with ${who.length === 0 ? 'no principal' : who.length > 1 ? `several principals (${who.join(', ')})` : `an empty ${who[0]}`}`, `Give exactly one of ${PRINCIPALS.join(', ')} in each entry.`);
        const level = e.permission_level;
        if (typeof level !== 'string' || !LEVELS.has(level))
            throw new errors/* InputError */.dz('access-control-list', `${where} with permission_level ${(0,errors/* quoteValue */.cl)(String(level))}`, `Use one of ${[...LEVELS].join(', ')}.`);
        const unknown = Object.keys(e).filter((k) => k !== 'permission_level' && !PRINCIPALS.includes(k));
        if (unknown.length)
            throw new errors/* InputError */.dz('access-control-list', `${where} with unknown field ${(0,errors/* quoteValue */.cl)(unknown[0])}`, `Each entry has one of ${PRINCIPALS.join(', ')} and permission_level.`);
        return { [who[0]]: e[who[0]], permission_level: level };
    });
}

;// CONCATENATED MODULE: ./shared/capabilities/run-job/settings.ts





/** Job ids are int64 on the service: a longer number would be rounded or refused there. */
const MAX_JOB_ID = 2n ** 63n - 1n;
/** The Jobs API's limit on job names. */
const MAX_JOB_NAME_CHARS = 4096;
const TARGET_INPUTS = ['job-id', 'job-name', 'run-spec', 'notebook-path', 'python-file'];
/** Every input parsed and cross-checked up front, so the rest never reads a raw string. */
function readSettings(inputs) {
    const label = errors/* inputRef */.io;
    const set = TARGET_INPUTS.filter((name) => inputs.has(name));
    const oneOf = `Set exactly one of ${TARGET_INPUTS.map(label).join(', ')}.`;
    if (set.length === 0) {
        throw new errors/* InputError */.dz('job-name', 'is not set, and nothing else says what to run', oneOf);
    }
    if (set.length > 1) {
        throw new errors/* InputError */.dz(set[1], `cannot be combined with ${label(set[0])}`, oneOf);
    }
    const target = readTarget(inputs, set[0]);
    const isRunNow = target.kind === 'job-id' || target.kind === 'job-name';
    const isShorthand = target.kind === 'notebook' || target.kind === 'python-file';
    for (const name of ['job-parameters', 'notebook-params', 'python-params']) {
        if (!isRunNow && inputs.has(name)) {
            throw new errors/* InputError */.dz(name, `only applies to an existing job (${label('job-id')} or ${label('job-name')})`, target.kind === 'run-spec'
                ? 'Put parameters in the run spec instead.'
                : `Use ${label('parameters')} with the shorthand.`);
        }
    }
    if (!isShorthand && inputs.has('parameters')) {
        throw new errors/* InputError */.dz('parameters', `only applies to ${label('notebook-path')} or ${label('python-file')}`, isRunNow
            ? `Use ${label('job-parameters')} for an existing job.`
            : 'Put parameters in the run spec.');
    }
    const clusterText = inputs.string('cluster');
    if (!isShorthand && clusterText && clusterText !== 'serverless') {
        throw new errors/* InputError */.dz('cluster', `only applies to ${label('notebook-path')} or ${label('python-file')}`, target.kind === 'run-spec' ? 'Set the compute in the run spec.' : '');
    }
    const gitSource = inputs.choice('git-source');
    const upload = inputs.string('upload');
    if (upload && isRunNow) {
        throw new errors/* InputError */.dz('upload', 'does not apply to an existing job', 'An existing job runs the code its definition points to.');
    }
    const gitUrl = (0,git_source/* checkGitUrl */.I)(inputs.string('git-url'));
    const gitRefText = inputs.string('git-ref');
    // A choice: matched case-insensitively and returned as the manifest spells it.
    const gitProvider = inputs.choice('git-provider');
    const timeoutSeconds = inputs.number('timeout');
    const maxPoll = inputs.number('max-poll-interval');
    const heartbeat = inputs.number('heartbeat-interval');
    const workspaceDir = inputs.string('workspace-dir').replace(/\/+$/, '');
    if (!workspaceDir.startsWith('/')) {
        throw new errors/* InputError */.dz('workspace-dir', `must be an absolute workspace path, got ${(0,errors/* quoteValue */.cl)(workspaceDir)}`, 'Start it with /, e.g. /Workspace/Shared/databricks-mlops-runs.');
    }
    if (upload !== undefined)
        checkFolder(upload);
    const token = inputs.string('idempotency-token');
    if (token !== undefined && token.length > 64) {
        throw new errors/* InputError */.dz('idempotency-token', `is ${token.length} characters long, the limit is 64`, 'Use a shorter token.');
    }
    return {
        target,
        accessControlList: readAccessControlList(inputs, isRunNow),
        jobParameters: isRunNow ? inputs.stringMap('job-parameters') : undefined,
        notebookParams: isRunNow ? inputs.stringMap('notebook-params') : undefined,
        pythonParams: isRunNow && inputs.has('python-params') ? readList(inputs, 'python-params') : undefined,
        parameters: isShorthand ? readParameters(inputs, target.kind === 'notebook') : undefined,
        cluster: readCluster(inputs),
        runName: inputs.string('run-name'),
        // Upload alone means "run what I uploaded": the default `auto` must not add a git source.
        gitSource: upload ? 'none' : gitSource,
        gitUrl,
        gitRef: gitRefText === undefined ? undefined : (0,git_source/* parseGitRef */.TL)(gitRefText),
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
function readTarget(inputs, name) {
    const label = errors/* inputRef */.io;
    const value = inputs.requiredString(name);
    switch (name) {
        case 'job-id':
            if (!/^\d{1,25}$/.test(value) || BigInt(value) < 1n || BigInt(value) > MAX_JOB_ID) {
                throw new errors/* InputError */.dz('job-id', `must be a job id, a whole number from 1 to ${MAX_JOB_ID}, got ${(0,errors/* quoteValue */.cl)(value)}`, `Use ${label('job-name')} to run a job by its name.`);
            }
            return { kind: 'job-id', jobId: BigInt(value).toString() };
        case 'job-name':
            if (value.length > MAX_JOB_NAME_CHARS) {
                throw new errors/* InputError */.dz('job-name', `is ${value.length} characters long; job names have at most ${MAX_JOB_NAME_CHARS}`, `Check the name, or use ${label('job-id')}.`);
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
function readList(inputs, name) {
    const raw = inputs.string(name) ?? '';
    if (raw.startsWith('[')) {
        const value = inputs.json(name);
        if (!Array.isArray(value))
            throw new errors/* InputError */.dz(name, 'must be a JSON array or one item per line');
        return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
    }
    return raw
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
function readParameters(inputs, notebook) {
    if (!inputs.has('parameters'))
        return undefined;
    if (notebook)
        return inputs.stringMap('parameters');
    return readList(inputs, 'parameters');
}
function readCluster(inputs) {
    const text = inputs.string('cluster');
    if (text.toLowerCase() === 'serverless')
        return { kind: 'serverless' };
    if (text.startsWith('{')) {
        const spec = inputs.json('cluster');
        if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) {
            throw new errors/* InputError */.dz('cluster', 'must be a JSON object when it is not a cluster id');
        }
        return { kind: 'new', spec: spec };
    }
    if (!/^[\w-]+$/.test(text)) {
        throw new errors/* InputError */.dz('cluster', `is neither 'serverless', a cluster id nor a JSON object: ${(0,errors/* quoteValue */.cl)(text)}`, 'Use `serverless`, an id like 0923-164208-meows279, or a new_cluster JSON object.');
    }
    return { kind: 'existing', clusterId: text };
}
/** `upload` names a local folder: checked here, so a typo fails before anything is sent. */
function checkFolder(folder) {
    let isDir = false;
    try {
        isDir = external_fs_.statSync(folder).isDirectory();
    }
    catch {
        isDir = false;
    }
    if (!isDir) {
        throw new errors/* InputError */.dz('upload', `must be a local folder; ${(0,errors/* quoteValue */.cl)(folder)} (resolved to ${(0,errors/* quoteValue */.cl)(external_path_.resolve(folder))}) is not one`, 'Paths are relative to the working directory (the repository root in CI).');
    }
}

// EXTERNAL MODULE: ./shared/report/pr-comment.ts
var pr_comment = __webpack_require__(47563);
// EXTERNAL MODULE: ./shared/report/report-state.ts
var report_state = __webpack_require__(3119);
;// CONCATENATED MODULE: ./shared/capabilities/run-job/publish.ts





function readPublishSettings(inputs) {
    return {
        prComment: (0,report_state/* prCommentMode */.XS)(inputs.choice('pr-comment')),
        reportKey: inputs.string('report-key'),
        checkName: inputs.string('check-name')?.trim() || undefined,
        token: inputs.string('github-token'),
    };
}
const CONCLUSION = {
    succeeded: 'success',
    succeededWithIssues: 'neutral',
    failed: 'failure',
};
/** The summary, plus each task's notebook output in full (the table shows its start only). */
function renderReport(input) {
    const parts = [renderSummary(input)];
    for (const t of input.tasks) {
        if (t.output === undefined || t.output.length <= 80)
            continue;
        parts.push((0,markdown/* details */.zH)(`Notebook output of ${(0,markdown/* escapeCell */.kq)(t.key)}${t.output_truncated ? ' (truncated by Databricks)' : ''}`, (0,markdown/* codeBlock */.DV)(tail(t.output) ?? '', 'text')));
    }
    return parts.join('\n');
}
/** What the PR report records for the next run: tasks per result, the failed tasks by key. */
function runState(input, outcome, sha) {
    const counts = {};
    for (const t of input.tasks) {
        const k = t.result || t.state;
        counts[k] = (counts[k] ?? 0) + 1;
    }
    const ms = input.run ? durationMs(input.run) : undefined;
    return {
        failed: outcome !== 'succeeded',
        counts,
        failures: input.tasks.filter(isFailedTask).map((t) => t.key),
        durationSeconds: ms === undefined ? undefined : Math.round(ms / 1000),
        sha,
    };
}
/** Writes the PR report and the check run as the settings ask; each warns rather than fails. */
async function publishResult(ctx, settings, input, outcome) {
    if (settings.prComment === 'off' && !settings.checkName)
        return;
    const markdown = renderReport(input);
    if (settings.prComment !== 'off') {
        await ctx.prReport.upsert(markdown, {
            key: settings.reportKey || (0,pr_comment/* defaultReportKey */.Hi)(ctx.ci, 'run-job'),
            token: settings.token,
            resolved: outcome === 'succeeded',
            mode: settings.prComment,
            state: runState(input, outcome, settings.target?.sha ?? ctx.ci.sha),
            target: settings.target,
        });
    }
    if (settings.checkName) {
        await ctx.checkRun.publish({
            name: settings.checkName,
            conclusion: CONCLUSION[outcome],
            title: input.problem ??
                `Run ${input.runId ?? ''} ${input.run ? stateText(input.run) : 'not started'}`,
            summary: markdown,
            annotations: [],
            token: settings.token,
            sha: settings.target?.sha,
        });
    }
}

// EXTERNAL MODULE: ./shared/report/event-target.ts
var event_target = __webpack_require__(60123);
;// CONCATENATED MODULE: ./shared/capabilities/run-job/event.ts


/** Why a fork's code is not run with this workflow's secrets. */
const PWN_REQUEST = `running the fork's code on Databricks with them would let anyone who opens a pull request run code in your workspace with your credentials (a "pwn request"), so nothing was submitted`;
const FORK_FIX = `Run it only after someone has read the code: put this job behind an environment with required reviewers and set ${(0,errors/* inputRef */.io)('allow-fork-code')} to true there.`;
/**
 * The pull request a `workflow_run` workflow runs the job for (the event file of the workflow
 * that ran on `pull_request`), checked before anything is sent: a fork's pull request is refused
 * unless `allow-fork-code` says a reviewer has read its code.
 *
 * The event file is an artifact of the first workflow, which a fork's pull request can rewrite:
 * what GitHub itself says about the triggering run (`ctx.ci.workflowRun`) is checked too, and a
 * fork by either account is a fork.
 */
function readEventTarget(ctx) {
    const { inputs, ci } = ctx;
    // Read whatever the event: a typo in it is an error even when no fork is involved.
    const allowForkCode = inputs.boolean('allow-fork-code');
    const eventFile = inputs.string('event-file');
    const commit = inputs.string('commit');
    const target = (0,event_target/* readReportTarget */.E)(ctx.workspaceDir, eventFile, inputs.string('event-name'), commit);
    if (!target) {
        checkOwnEvent(ci, allowForkCode);
        return target;
    }
    const pr = eventFile !== undefined && target.pullRequestEvent;
    if (pr && target.pullRequest === undefined)
        throw new errors/* InputError */.dz('event-file', `(${(0,errors/* quoteValue */.cl)(eventFile)}) holds no pull request: it has no \`pull_request\` with a number`, `Upload \`\${{ github.event_path }}\` from the workflow that ran on \`pull_request\`, or set ${(0,errors/* inputRef */.io)('event-name')} to the event it ran on (\`\${{ github.event.workflow_run.event }}\`).`);
    // Neither a pull request nor a commit: the code is this run's own (the base branch's).
    if (!pr && commit === undefined)
        return target;
    const trusted = ci.workflowRun;
    if (pr && commit === undefined && trusted?.headSha && target.sha !== trusted.headSha)
        throw new errors/* InputError */.dz('event-file', `(${(0,errors/* quoteValue */.cl)(eventFile)}) names head commit ${(0,errors/* quoteValue */.cl)(target.sha ?? 'none')}, but the run that started this workflow ran on ${trusted.headSha}: it is not that run's event`, `Download the event file from \`\${{ github.event.workflow_run.id }}\`, or set ${(0,errors/* inputRef */.io)('commit')} to \`\${{ github.event.workflow_run.head_sha }}\`.`);
    const fork = (pr ? forkOf(target.headRepository, target.baseRepository ?? ci.repository) : undefined) ??
        (trusted ? forkOf(trusted.headRepository, ci.repository) : undefined);
    const title = target.title === undefined ? '' : ` (${(0,errors/* quoteValue */.cl)(target.title)})`;
    const what = pr
        ? `names pull request #${target.pullRequest}${title} from the fork ${fork}`
        : `is ${(0,errors/* quoteValue */.cl)(commit ?? '')}, a commit of the fork ${fork} that started this workflow`;
    if (fork !== undefined && !allowForkCode)
        throw new errors/* InputError */.dz(pr ? 'event-file' : 'commit', `${what}. This workflow has the base repository's secrets: ${PWN_REQUEST}`, FORK_FIX);
    ctx.logger.info(`For ${pr ? `pull request #${target.pullRequest}${title}` : 'the triggering run'}${fork ? ` from the fork ${fork} (${(0,errors/* inputRef */.io)('allow-fork-code')} is true)` : ''} at commit ${target.sha ?? 'unknown'}${eventFile ? `, from ${(0,errors/* quoteValue */.cl)(eventFile)}` : ''}.`);
    return target;
}
/**
 * `pull_request_target` runs the base repository's workflow with its secrets, yet the git source
 * is the PR head: the same risk as an event file's fork, without an event file to name.
 */
function checkOwnEvent(ci, allowForkCode) {
    if (ci.event !== 'pull_request_target' || allowForkCode)
        return;
    const fork = forkOf(ci.headRepository, ci.repository);
    if (fork === undefined)
        return;
    throw new errors/* InputError */.dz('allow-fork-code', `is false, and this \`pull_request_target\` run is for pull request #${ci.pullRequest ?? '?'} from the fork ${fork}. It has the base repository's secrets: ${PWN_REQUEST}`, FORK_FIX);
}
/**
 * The fork, as messages name it; undefined only when `head` is known to be `base`. What cannot be
 * told counts as a fork: the guard must fail closed.
 */
function forkOf(head, base) {
    if (head === null)
        return 'that was deleted (the event names no head repository)';
    if (head === undefined)
        return 'that the event does not name (no head repository)';
    if (base !== undefined && head.toLowerCase() === base.toLowerCase())
        return undefined;
    return (0,errors/* quoteValue */.cl)(head);
}
/** The CI context as if this run were the pull request's own: its number and head commit. */
function asPullRequestRun(ci, target) {
    if (!target)
        return ci;
    return {
        ...ci,
        sha: target.sha ?? ci.sha,
        pullRequest: target.pullRequest ?? ci.pullRequest,
    };
}

;// CONCATENATED MODULE: ./shared/capabilities/run-job/spec.ts


function formatProblem(p) {
    const at = p.line ? `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}` : p.file;
    return `${at}: ${describeProblem(p)}`;
}
/** The problem without its location, for a log line that carries the location itself. */
function describeProblem(p) {
    return `${p.where ? `${p.where}: ` : ''}${p.message}`;
}
/** The task key for a shorthand run: the file's name, as the service allows it. */
function shorthandTaskKey(file) {
    const base = external_path_.posix.basename(file.replace(/\\/g, '/')).replace(/\.[^.]+$/, '');
    const key = base
        .replace(/[^\w-]+/g, '_')
        .replace(/^_+|_+$/g, '')
        .slice(0, 100);
    return key || 'main';
}
/** The runs/submit payload for `notebook-path` / `python-file` with `parameters` and `cluster`. */
function buildShorthand(settings) {
    const target = settings.target;
    if (target.kind !== 'notebook' && target.kind !== 'python-file') {
        throw new Error(`Bug: buildShorthand called for ${target.kind}`);
    }
    const task = { task_key: shorthandTaskKey(target.path) };
    const spec = {};
    if (target.kind === 'notebook') {
        const params = settings.parameters;
        task.notebook_task = {
            notebook_path: target.path,
            ...(params && !Array.isArray(params) && Object.keys(params).length
                ? { base_parameters: params }
                : {}),
        };
    }
    else {
        const params = settings.parameters;
        task.spark_python_task = {
            python_file: target.path,
            ...(Array.isArray(params) && params.length ? { parameters: params } : {}),
        };
    }
    applyCluster(task, spec, settings.cluster, target.kind === 'python-file');
    return { ...spec, tasks: [task] };
}
function applyCluster(task, spec, cluster, needsEnvironment) {
    if (cluster.kind === 'existing')
        task.existing_cluster_id = cluster.clusterId;
    else if (cluster.kind === 'new')
        task.new_cluster = cluster.spec;
    else if (needsEnvironment) {
        // Serverless notebooks need nothing; Python files need an environment to run in.
        task.environment_key = 'default';
        spec.environments = [{ environment_key: 'default', spec: { environment_version: '2' } }];
    }
}
/**
 * The final payload: run name, token, git source and task paths. Returns the problems that only
 * show once we know where the code comes from (a relative path with nowhere to resolve it).
 */
function finishSubmit(spec, opts) {
    const problems = [];
    const request = {
        ...spec,
        run_name: spec.run_name ?? opts.runName,
        idempotency_token: opts.idempotencyToken,
    };
    const gitSource = spec.git_source ?? opts.gitSource;
    if (gitSource)
        request.git_source = gitSource;
    request.tasks = spec.tasks.map((task, i) => {
        const out = { ...task };
        for (const [type, field] of [
            ['notebook_task', 'notebook_path'],
            ['spark_python_task', 'python_file'],
        ]) {
            const body = task[type];
            if (!body || typeof body[field] !== 'string')
                continue;
            const p = body[field];
            const next = { ...body };
            const absolute = p.startsWith('/') || /^[a-z]+:/i.test(p);
            if (body.source === undefined || (opts.uploadRoot && !absolute)) {
                if (absolute)
                    next.source = 'WORKSPACE';
                else if (opts.uploadRoot) {
                    next.source = 'WORKSPACE';
                    const rel = p.replace(/^\.\//, '');
                    const stripped = type === 'notebook_task' && opts.isUploadedNotebookFile?.(rel)
                        ? rel.replace(/\.(py|sql|scala|r)$/i, '')
                        : rel;
                    next[field] = `${opts.uploadRoot}/${stripped}`;
                }
                else if (gitSource)
                    next.source = 'GIT';
                else {
                    problems.push(`tasks[${i}] (${task.task_key}): ${field} ${(0,errors/* quoteValue */.cl)(p)} is relative, but there is no git source and no uploaded folder. Use a /Workspace path, ${(0,errors/* inputRef */.io)('git-source')} auto, or ${(0,errors/* inputRef */.io)('upload')}.`);
                }
            }
            out[type] = next;
        }
        return out;
    });
    if (opts.timeoutSeconds && request.timeout_seconds === undefined) {
        // The service-side limit backs up our client deadline in case this process dies.
        request.timeout_seconds = opts.timeoutSeconds + 300;
    }
    return { request, problems };
}

// EXTERNAL MODULE: ./shared/code-source/upload.ts
var upload = __webpack_require__(4875);
;// CONCATENATED MODULE: ./shared/capabilities/run-job/wait.ts




function clock(now) {
    return new Date(now).toISOString().slice(11, 19);
}
function fingerprintOf(run) {
    return [stateText(run), ...(run.tasks ?? []).map((t) => `${t.task_key}=${stateText(t)}`)].join('|');
}
/** A run whose end the history can predict: nothing failed yet and nothing is being torn down. */
function onTrack(run) {
    if (run.state?.life_cycle_state === 'TERMINATING')
        return false;
    return !(run.tasks ?? []).some((t) => FAILED_RESULTS.has(t.state?.result_state ?? '') ||
        t.state?.life_cycle_state === 'INTERNAL_ERROR');
}
/**
 * Where the run's clock started, on ours: its start time, unless our clock is behind the
 * service's, then the submit (it cannot have started before we asked). Erring early only costs a
 * few extra polls; erring late would cost latency.
 */
function runOrigin(run, submittedAt, now) {
    const start = run.start_time && run.start_time > 0 ? run.start_time : now;
    return submittedAt === undefined ? Math.min(start, now) : Math.min(start, submittedAt);
}
/**
 * Polls the run until it ends, printing one timestamped line per run or task state change and a
 * heartbeat while nothing changes. With a history, the polls follow schedule.ts: sparse until the
 * expected end, fast around it. When the lookup found none, every `maxIntervalMs` from the submit
 * (a fixed poller's times). Without a lookup (predictive polling off) or once the run is off
 * track, the interval starts at 250 ms and doubles while nothing changes up to `maxIntervalMs`.
 */
async function waitForRun(client, runId, opts) {
    const now = opts.timing?.now ?? opts.now ?? Date.now;
    let lastLine = now();
    const start = now();
    let first = true;
    let plan;
    let origin = start;
    const schedule = {
        maxIntervalMs: opts.maxIntervalMs,
        sparseCapMs: Math.max(opts.maxIntervalMs, opts.sparseCapMs ?? opts.maxIntervalMs),
    };
    const say = (text) => {
        lastLine = now();
        opts.logger.info(`[${clock(lastLine)}] ${text}`);
    };
    return (0,databricks/* waitFor */.fm)({
        poll: async (signal, deadline) => {
            let run;
            if (first) {
                // The history lookup runs alongside the first read: it never delays the run's link.
                // A listed run that already ended is read again: its outputs need the full run.
                const read = () => client.jobs.getRun(runId, { signal, deadline });
                const [firstRun, history] = await Promise.all([
                    opts.listed
                        ? opts.listed.then((listed) => (listed && !isTerminal(listed) ? listed : read()))
                        : read(),
                    opts.history ?? Promise.resolve(undefined),
                ]);
                run = firstRun;
                first = false;
                opts.onFirst?.(run);
                if (history && !isTerminal(run)) {
                    plan = planFor(history.expectation, schedule);
                    origin = runOrigin(run, opts.submittedAt, now());
                    opts.logger.info(`Expecting about ${(0,shared_duration/* formatDuration */.a)(plan.expectedMs)} (${history.basis}); polling sparsely until then.`);
                }
            }
            else {
                run = await client.jobs.getRun(runId, { signal, deadline });
            }
            opts.onRun?.(run);
            if (opts.heartbeatMs > 0 && now() - lastLine >= opts.heartbeatMs && !isTerminal(run)) {
                const running = (run.tasks ?? [])
                    .filter((t) => t.state?.life_cycle_state === 'RUNNING')
                    .map((t) => t.task_key);
                say(`Run ${runId} still ${stateText(run)} after ${(0,shared_duration/* formatDuration */.a)(now() - start)}${running.length ? ` (running: ${running.join(', ')})` : ''}`);
            }
            return run;
        },
        isDone: isTerminal,
        stateOf: fingerprintOf,
        onChange: (run, previous) => {
            if (stateText(run) !== stateText(previous)) {
                const message = run.state?.state_message ? `: ${run.state.state_message}` : '';
                say(`Run ${runId} ${stateText(run)}${isTerminal(run) ? ` after ${(0,shared_duration/* formatDuration */.a)(durationMs(run, now()))}` : message}`);
            }
            const before = new Map((previous?.tasks ?? []).map((t) => [t.task_key, stateText(t)]));
            for (const task of run.tasks ?? []) {
                if (before.get(task.task_key) === stateText(task))
                    continue;
                if (!previous && task.state?.life_cycle_state === 'PENDING' && !isTerminal(run))
                    continue;
                say(`  ${task.task_key}: ${describeTask(task, now())}`);
            }
        },
        // Off track (a task failed, the run is being torn down), the end is near: the backoff,
        // sub-second again after the change. Predictive polling without a prediction: a fixed
        // poller's times from the submit.
        nextIntervalMs: ({ value, backoffMs }) => {
            if (!onTrack(value))
                return backoffMs;
            if (plan)
                return nextPollMs(now() - origin, plan, schedule);
            if (!opts.history)
                return backoffMs;
            return unpredictedPollMs(now() - (opts.submittedAt ?? start), opts.maxIntervalMs);
        },
        signal: opts.signal,
        deadline: opts.deadline,
        initialIntervalMs: 250,
        maxIntervalMs: opts.maxIntervalMs,
        factor: 2,
        description: `run ${runId} to finish`,
        timing: opts.timing,
    });
}
function describeTask(task, now) {
    const text = stateText(task);
    return isTerminal(task) ? `${text} in ${(0,shared_duration/* formatDuration */.a)(durationMs(task, now))}` : text;
}

// EXTERNAL MODULE: ./shared/artifacts.ts
var artifacts = __webpack_require__(93197);
;// CONCATENATED MODULE: ./shared/capabilities/run-job/artifact.ts



/** The artifact to keep the run's report in; undefined when `upload-artifact` is off. */
function artifactName(ctx) {
    return (0,artifacts/* chosenArtifactName */.Ai)(ctx.ci, 'run-job', {
        upload: ctx.inputs.boolean('upload-artifact'),
        name: ctx.inputs.string('artifact-name'),
        reportKey: ctx.inputs.string('report-key'),
    });
}
/** One failed task's whole story, untrimmed: the summary and the log show only the tails. */
function taskLog(t) {
    const section = (title, text) => text ? `===== ${title} =====\n${text.endsWith('\n') ? text : `${text}\n`}\n` : '';
    return [
        `Task ${t.key} (run ${t.run_id}): ${t.state} ${t.result}${t.url ? `\n${t.url}` : ''}\n\n`,
        section('Error', t.error),
        section('Error trace', t.trace),
        section('Logs', t.logs),
        section(`Notebook output${t.output_truncated ? ' (truncated by Databricks)' : ''}`, t.output),
    ].join('');
}
/** The report as JSON (every task with its output, error, trace and logs) and each failed task's log. */
function runArtifactFiles(input, outcome) {
    const { run } = input;
    const ms = run ? durationMs(run) : undefined;
    const report = {
        runId: input.runId,
        runUrl: input.runUrl,
        runName: run?.run_name,
        outcome,
        lifeCycleState: run?.state?.life_cycle_state,
        resultState: run?.state?.result_state,
        stateMessage: run?.state?.state_message || undefined,
        durationSeconds: ms === undefined ? undefined : Math.round(ms / 1000),
        problem: input.problem,
        source: input.source,
        tasks: input.tasks,
    };
    const files = [
        { name: 'run-job-report.json', content: JSON.stringify(report, null, 2) },
    ];
    for (const t of input.tasks.filter(isFailedTask))
        files.push({ name: `failed-tasks/${t.key}.log`, content: taskLog(t) });
    return files;
}

;// CONCATENATED MODULE: ./shared/capabilities/run-job/index.ts
























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
function steadyClient(ctx) {
    let client;
    return () => (client ??= (0,connect/* connect */.N)(ctx, { signal: null }).client);
}
function describeTarget(s) {
    const t = s.target;
    switch (t.kind) {
        case 'job-id':
            return `job ${t.jobId}`;
        case 'job-name':
            return `job '${t.jobName}'`;
        case 'run-spec':
            return external_path_.basename(t.file);
        case 'notebook':
        case 'python-file':
            return external_path_.posix.basename(t.path);
    }
}
/** What the step knows so far; turned into outputs and a summary whatever happens. */
class Progress {
    runId;
    runUrl;
    run;
    tasks = [];
    source;
    error;
    waited = true;
    writeOutputs(ctx) {
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
    publish;
    artifactName;
    /** The step summary, then the PR report and check run the user asked for. */
    async writeSummary(ctx, outcome) {
        if (!this.runId)
            return;
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
        if (artifact)
            ctx.outputs.set('artifact-url', artifact.url);
        await ctx.summary.append(renderSummary(input) + (artifact ? (0,artifacts/* artifactSummaryLine */.RJ)(artifact) : ''));
        if (this.publish)
            await publishResult(ctx, this.publish, input, outcome);
    }
}
async function resolveJobId(client, s, signal) {
    const t = s.target;
    if (t.kind === 'job-id')
        return t.jobId;
    if (t.kind !== 'job-name')
        throw new Error('Bug: resolveJobId without a job target');
    return (0,find_job/* findJobIdByName */.G)(client, t.jobName, { name: 'job-name', id: 'job-id' }, signal);
}
function readSpecFile(file) {
    const full = external_path_.resolve(file);
    const where = `${(0,errors/* quoteValue */.cl)(file)} (resolved to ${(0,errors/* quoteValue */.cl)(full)})`;
    const fix = 'Paths are relative to the working directory (the repository root in CI).';
    let stat;
    try {
        stat = external_fs_.statSync(full);
    }
    catch {
        stat = undefined;
    }
    if (!stat)
        throw new errors/* InputError */.dz('run-spec', `names a file that does not exist: ${where}`, fix);
    if (!stat.isFile())
        throw new errors/* InputError */.dz('run-spec', `must name a file; ${where} is a folder or device`, fix);
    try {
        return { text: external_fs_.readFileSync(full, 'utf8'), display: file };
    }
    catch (err) {
        throw new errors/* InputError */.dz('run-spec', `names a file that cannot be read: ${where} (${err.code ?? 'error'})`, 'Check its permissions.');
    }
}
/**
 * Builds the submit request (spec file or shorthand), uploading code when asked. `ci` is the
 * pull request's own context when an event file names one (`workflow_run`), else ctx.ci.
 */
async function prepareSubmit(ctx, client, s, progress, ci) {
    let spec;
    let specText = '';
    if (s.target.kind === 'run-spec') {
        const { text, display } = readSpecFile(s.target.file);
        specText = text;
        const { loadRunSpec } = await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(620)]).then(__webpack_require__.bind(__webpack_require__, 44620));
        const loaded = loadRunSpec(display, text);
        const at = (p) => ({
            file: p.file,
            line: p.line,
            column: p.column,
            title: 'run spec',
        });
        for (const w of loaded.warnings)
            ctx.logger.warning(describeProblem(w), at(w));
        if (!loaded.spec) {
            for (const e of loaded.errors)
                ctx.logger.error(describeProblem(e), at(e));
            const n = loaded.errors.length;
            throw new errors/* InputError */.dz('run-spec', `${display} has ${n} problem${n === 1 ? '' : 's'}; the first: ${formatProblem(loaded.errors[0])}`, 'Fix the file; each problem is listed above with its line.');
        }
        spec = loaded.spec;
    }
    else {
        spec = buildShorthand(s);
    }
    const token = s.idempotencyToken ??
        (0,idempotency/* idempotencyToken */.j)(ctx.ci, (0,idempotency/* fingerprint */.R)({
            target: s.target,
            specText,
            parameters: s.parameters,
            cluster: s.cluster,
            git: [s.gitSource, s.gitUrl, s.gitRef, s.gitProvider],
            upload: s.upload,
            runName: s.runName,
            // Another workflow's pull request: its head commit is part of what is run.
            commit: ci === ctx.ci ? undefined : ci.sha,
        }));
    let gitSource;
    if (spec.git_source) {
        progress.source = (0,git_source/* describeGitSource */.V0)(spec.git_source);
        ctx.logger.info(`Code: the run spec's git_source, ${progress.source}.`);
    }
    else if (s.gitSource === 'auto') {
        gitSource = (0,git_source/* buildGitSource */.qg)(ci, {
            gitUrl: s.gitUrl,
            gitRef: s.gitRef,
            gitProvider: s.gitProvider,
        });
        if (gitSource) {
            progress.source = (0,git_source/* describeGitSource */.V0)(gitSource);
            ctx.logger.info(`Code: ${progress.source}.`);
            if (!s.gitUrl && !s.gitRef)
                for (const w of ctx.ci.checkoutWarnings ?? [])
                    ctx.logger.warning(w);
        }
        else {
            ctx.logger.info(`Code: no CI repository or git checkout with a remote to take it from; task paths are workspace paths (set ${(0,errors/* inputRef */.io)('git-url')} or ${(0,errors/* inputRef */.io)('upload')} otherwise).`);
        }
    }
    let uploadRoot;
    let notebooks = new Set();
    if (s.upload) {
        uploadRoot = `${s.workspaceDir}/${token}`;
        // Saved before the first import: if we die half-way, the post step still removes the folder.
        ctx.state.save(STATE.uploadRoot, uploadRoot);
        const uploaded = await (0,upload/* uploadFolder */.yi)(client, s.upload, uploadRoot, ctx.logger, ctx.signal);
        notebooks = uploaded.notebooks;
        progress.source = `${s.upload} uploaded to ${uploadRoot}`;
        ctx.logger.info(`Code: uploaded ${uploaded.files} file${uploaded.files === 1 ? '' : 's'} from ${s.upload} to ${uploadRoot}.`);
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
    if (s.runName)
        request.run_name = s.runName;
    if (s.accessControlList) {
        const own = Array.isArray(request.access_control_list) ? request.access_control_list : [];
        request.access_control_list = [...own, ...s.accessControlList];
    }
    if (problems.length) {
        // With the shorthand the one path is the input itself: name it.
        const t = s.target;
        if (t.kind === 'notebook' || t.kind === 'python-file')
            throw new errors/* InputError */.dz(t.kind === 'notebook' ? 'notebook-path' : 'python-file', `is a relative path (${(0,errors/* quoteValue */.cl)(t.path)}), but there is no git source and no uploaded folder`, `Use a /Workspace path, ${(0,errors/* inputRef */.io)('git-source')} auto in CI, or ${(0,errors/* inputRef */.io)('upload')}.`);
        throw new errors/* UserError */.yo(problems.join(' '));
    }
    const name = request.run_name ?? '';
    const byName = name === defaultRunName(ci, what) ? byDefaultRunName(ci, what) : byRunName(name);
    const uploadDir = uploadRoot ? s.workspaceDir : undefined;
    const signature = tasksSignature(request.tasks, uploadDir);
    const history = signature ? { ...byName, tasks: { signature, uploadDir } } : byName;
    return { request, history };
}
async function start(ctx, client, steady, s, progress, ci) {
    // Saved as soon as it is known, even when the answer came only to the resend after a cancel.
    const found = (runId) => {
        progress.runId = runId;
        ctx.state.save(STATE.runId, runId);
    };
    if (s.target.kind === 'job-id' || s.target.kind === 'job-name') {
        const jobId = await resolveJobId(client, s, ctx.signal);
        const token = s.idempotencyToken ??
            (0,idempotency/* idempotencyToken */.j)(ctx.ci, (0,idempotency/* fingerprint */.R)({ jobId, p: s.jobParameters, n: s.notebookParams, py: s.pythonParams }));
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
        const runId = await sendRecoverably(client, steady, (c, signal) => c.jobs.runNow(request, signal), ctx.signal, ctx.logger, found);
        return { runId, history: { kind: 'job', jobId }, submittedAt };
    }
    const { request, history } = await prepareSubmit(ctx, client, s, progress, ci);
    ctx.logger.debug(`runs/submit with idempotency token ${request.idempotency_token}`);
    const submittedAt = Date.now();
    const runId = await sendRecoverably(client, steady, (c, signal) => c.jobs.submit(request, signal), ctx.signal, ctx.logger, found);
    return { runId, history, submittedAt };
}
/** The history lookup, split into what waitForRun takes: the history and the first poll. */
function lookedUp(client, started, ctx) {
    const found = lookupHistory(client, started.history, started.runId, ctx.logger, ctx.signal);
    return { history: found.then((l) => l.history), listed: found.then((l) => l.run) };
}
function finalResult(progress) {
    const run = progress.run;
    const result = run?.state?.result_state;
    if (result === 'SUCCESS')
        return { outcome: 'succeeded' };
    const failed = progress.tasks.filter((t) => t.error && t.result !== 'SUCCESS');
    const why = run?.status?.termination_details?.message ||
        (failed[0] ? `Task ${failed[0].key} failed: ${failed[0].error}` : '') ||
        run?.state?.state_message ||
        '';
    const message = `Run ${progress.runId} ended ${run ? stateText(run) : 'in an unknown state'}${why ? `: ${why}` : ''}`;
    progress.error = message.split('\n')[0].slice(0, 1000);
    if (result === 'SUCCESS_WITH_FAILURES')
        return { outcome: 'succeededWithIssues', message: progress.error };
    return { outcome: 'failed', message: progress.error };
}
const runJob = {
    manifest: manifest/* manifest */.e,
    async main(ctx) {
        const startedAt = Date.now();
        const progress = new Progress();
        let s;
        let connection;
        let ci;
        try {
            s = readSettings(ctx.inputs);
            // Before connecting: a fork's pull request is refused with nothing sent.
            const target = readEventTarget(ctx);
            ci = asPullRequestRun(ctx.ci, target);
            progress.publish = { ...readPublishSettings(ctx.inputs), target };
            progress.artifactName = artifactName(ctx);
            connection = (0,connect/* connect */.N)(ctx);
        }
        catch (err) {
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
            const announce = (first) => {
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
                if (s.upload)
                    ctx.state.save(STATE.keepUpload, 'true');
                ctx.logger.info(`Run ${runId} is ${stateText(first)}; not waiting for it (${(0,errors/* inputRef */.io)('wait')} is false).`);
                if (s.upload)
                    ctx.logger.warning(`The uploaded folder stays in the workspace for the run to read; delete it when the run is done.`);
                progress.writeOutputs(ctx);
                await progress.writeSummary(ctx, 'succeeded');
                return { outcome: 'succeeded' };
            }
            const deadline = s.timeoutSeconds > 0 ? startedAt + s.timeoutSeconds * 1000 : undefined;
            let run;
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
            }
            catch (err) {
                return await interrupted(ctx, s, progress, err, steady());
            }
            progress.run = run;
            ctx.state.save(STATE.settled, 'true');
            // The client in hand is warm (connected, authenticated); only a cancellation that lands
            // while the outputs are read needs them read again by one that outlives it.
            progress.tasks = await collectTasks(client, run);
            if (ctx.signal.aborted)
                progress.tasks = await collectTasks(steady(), run);
            const result = finalResult(progress);
            for (const block of failureLog(progress.tasks))
                ctx.echoUntrusted(block);
            progress.writeOutputs(ctx);
            await progress.writeSummary(ctx, result.outcome);
            return result;
        }
        catch (err) {
            if (ctx.signal.aborted) {
                // Cancelled before the wait began. A run we know of (even one found again by its token)
                // is cancelled now; should that not finish, the post step sees the saved id and does it.
                if (progress.runId) {
                    const run = await cancelRun(steady(), progress.runId, ctx.logger, CANCEL_BOUND_MS);
                    if (run)
                        progress.run = run;
                    if (run && isTerminal(run))
                        ctx.state.save(STATE.settled, 'true');
                    progress.error = `The CI job was cancelled; Databricks run ${progress.runId} ${run && isTerminal(run) ? `was cancelled (${stateText(run)})` : 'is being cancelled'}.`;
                }
                else {
                    progress.error = 'The CI job was cancelled before the run was submitted.';
                }
                progress.writeOutputs(ctx);
                await progress.writeSummary(ctx, 'failed').catch(() => undefined);
                return { outcome: 'failed', message: progress.error };
            }
            // Outputs and the summary first, then the error (the runner marks the step).
            // A user error's template keeps its input references for the host to render.
            if (!(err instanceof errors/* InputError */.dz))
                progress.error = (err instanceof errors/* UserError */.yo ? err.template : (0,errors/* errorMessage */.gJ)(err)).split('\n')[0];
            progress.writeOutputs(ctx);
            await progress.writeSummary(ctx, 'failed').catch(() => undefined);
            throw err;
        }
    },
    async post(ctx) {
        const runId = ctx.state.get(STATE.runId);
        const uploadRoot = ctx.state.get(STATE.uploadRoot);
        if (!runId && !uploadRoot)
            return;
        const client = steadyClient(ctx)();
        if (runId && ctx.state.get(STATE.settled) !== 'true') {
            let run;
            try {
                run = await client.jobs.getRun(runId);
            }
            catch (err) {
                ctx.logger.warning(`Could not read run ${runId}: ${(0,errors/* errorMessage */.gJ)(err)}`);
            }
            if (run && !isTerminal(run)) {
                ctx.logger.warning(`The main step did not see run ${runId} finish (cancelled or crashed): cancelling it so it does not keep running.`);
                await cancelRun(client, runId, ctx.logger, LONG_CANCEL_BOUND_MS);
            }
        }
        if (uploadRoot) {
            if (ctx.state.get(STATE.keepUpload) === 'true') {
                ctx.logger.info(`Keeping ${uploadRoot}: the run was not waited for and may still read it.`);
                return;
            }
            try {
                if (await (0,upload/* removeUpload */.Al)(client, uploadRoot))
                    ctx.logger.info(`Deleted the uploaded folder ${uploadRoot}.`);
            }
            catch (err) {
                ctx.logger.warning(`Could not delete the uploaded folder ${uploadRoot}: ${(0,errors/* errorMessage */.gJ)(err)}`);
            }
        }
    },
};
/** The wait ended without the run ending: a timeout, a cancelled CI job, or an API failure. */
async function interrupted(ctx, s, progress, err, steady) {
    const runId = progress.runId;
    let message;
    if (ctx.signal.aborted) {
        const run = await cancelRun(steady, runId, ctx.logger, CANCEL_BOUND_MS);
        if (run)
            progress.run = run;
        if (run && isTerminal(run))
            ctx.state.save(STATE.settled, 'true');
        message = `The CI job was cancelled; Databricks run ${runId} ${run && isTerminal(run) ? `was cancelled (${stateText(run)})` : 'is being cancelled'}.`;
    }
    else if (err instanceof databricks/* WaitTimeoutError */.Do) {
        if (s.cancelOnTimeout) {
            // The user's timeout is when the step should end: confirm the stop briefly, and leave a
            // slow teardown to the post step, which sees the run unsettled and follows it up.
            const run = await cancelRun(steady, runId, ctx.logger, CANCEL_BOUND_MS);
            if (run)
                progress.run = run;
            const stopped = run !== undefined && isTerminal(run);
            if (stopped)
                ctx.state.save(STATE.settled, 'true');
            message = `Timed out after ${(0,shared_duration/* formatDuration */.a)(s.timeoutSeconds * 1000)} waiting for run ${runId}; it ${stopped ? 'was cancelled' : 'is being cancelled'} (${(0,errors/* inputRef */.io)('timeout')}, ${(0,errors/* inputRef */.io)('cancel-on-timeout')}).`;
        }
        else {
            ctx.state.save(STATE.settled, 'true');
            if (s.upload)
                ctx.state.save(STATE.keepUpload, 'true');
            message = `Timed out after ${(0,shared_duration/* formatDuration */.a)(s.timeoutSeconds * 1000)} waiting for run ${runId}; it keeps running on Databricks (${(0,errors/* inputRef */.io)('cancel-on-timeout')} is false).`;
        }
    }
    else {
        // Reading the state failed for good; the post step cancels the run if it is still going.
        throw err;
    }
    try {
        if (progress.run)
            progress.tasks = await collectTasks(steady, progress.run);
    }
    catch {
        // The report is best effort here; the outcome is already decided.
    }
    progress.error = message;
    progress.writeOutputs(ctx);
    await progress.writeSummary(ctx, 'failed');
    return { outcome: 'failed', message };
}


/***/ }),

/***/ 8404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ checkGitUrl),
/* harmony export */   TL: () => (/* binding */ parseGitRef),
/* harmony export */   V0: () => (/* binding */ describeGitSource),
/* harmony export */   qg: () => (/* binding */ buildGitSource)
/* harmony export */ });
/* unused harmony exports isLocalRepository, gitProviderFor, cleanGitUrl */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

function parseGitRef(text) {
    const m = /^(commit|tag|branch):(.+)$/.exec(text);
    if (m) {
        const kind = m[1];
        if (kind === 'commit' && !/^[0-9a-f]{7,40}$/i.test(m[2])) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('git-ref', `has a commit that is not a 7–40 character hex SHA: ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .quoteValue */ .cl)(m[2])}`);
        }
        return { kind, value: m[2] };
    }
    if (/^[0-9a-f]{7,40}$/i.test(text))
        return { kind: 'commit', value: text };
    throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('git-ref', `must be a commit SHA, 'tag:<name>' or 'branch:<name>', got ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .quoteValue */ .cl)(text)}`);
}
/**
 * ADO's `Build.Repository.Provider` → Databricks' `git_provider`. `Git` (an "other Git" repository)
 * says nothing about the host, so its URL decides.
 */
const ADO_PROVIDERS = {
    tfsgit: 'azureDevOpsServices',
    github: 'gitHub',
    githubenterprise: 'gitHubEnterprise',
    bitbucket: 'bitbucketCloud',
    bitbucketserver: 'bitbucketServer',
    gitlab: 'gitLab',
};
/** Already in Databricks' spelling (the GitHub context), or a host we can recognise in a URL. */
function providerFromUrl(url) {
    let host;
    try {
        host = new URL(url).hostname.toLowerCase();
    }
    catch {
        return undefined;
    }
    if (host === 'github.com')
        return 'gitHub';
    if (host === 'dev.azure.com' || host.endsWith('.visualstudio.com'))
        return 'azureDevOpsServices';
    if (host === 'bitbucket.org')
        return 'bitbucketCloud';
    if (host === 'gitlab.com')
        return 'gitLab';
    // A self-managed GitLab usually says so in its name (gitlab.acme.corp).
    if (host.split('.').includes('gitlab'))
        return 'gitLabEnterpriseEdition';
    if (/^git-codecommit\./.test(host))
        return 'awsCodeCommit';
    return undefined;
}
/** A path or file:// URL: only the local workspace can clone it, so any provider will do. */
function isLocalRepository(url) {
    return url.startsWith('file://') || url.startsWith('/') || /^\.\.?([/\\]|$)/.test(url);
}
function gitProviderFor(ci, url) {
    const given = ci.gitProvider;
    if (!given && isLocalRepository(url))
        return 'gitHub';
    if (ci.provider === 'azure-devops') {
        const mapped = given ? ADO_PROVIDERS[given.toLowerCase()] : undefined;
        if (mapped)
            return mapped;
        return providerFromUrl(url);
    }
    return given ?? providerFromUrl(url);
}
/**
 * The clone URL Databricks should use: HTTPS (it clones with its own Git credential, never SSH
 * keys, so a local checkout's `git@host:path` origin becomes `https://host/path`), no credentials
 * (ADO puts `org@` in front of dev.azure.com) and no trailing `.git`/slash, the way the
 * Databricks UI writes it.
 */
function cleanGitUrl(url) {
    let out = url.trim();
    const scp = /^[\w.-]+@([\w.-]+):(?!\/\/)(.+)$/.exec(out);
    if (scp)
        out = `ssh://${scp[1]}/${scp[2].replace(/^\/+/, '')}`;
    if (/^ssh:\/\//i.test(out)) {
        try {
            const u = new URL(out);
            // ssh.dev.azure.com:v3/org/project/repo is https://dev.azure.com/org/project/_git/repo.
            const ado = /^\/v3\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(u.pathname);
            if (u.hostname === 'ssh.dev.azure.com' && ado)
                out = `https://dev.azure.com/${ado[1]}/${ado[2]}/_git/${ado[3]}`;
            else
                out = `https://${u.hostname}${u.pathname}`;
        }
        catch {
            // Not parseable: keep it, the provider check names it.
        }
    }
    try {
        const u = new URL(out);
        if (u.protocol === 'http:' || u.protocol === 'https:') {
            u.username = '';
            u.password = '';
            out = u.toString();
        }
    }
    catch {
        // Not a URL (a local path in tests): keep as given.
    }
    return out.replace(/\/+$/, '').replace(/\.git$/, '');
}
/**
 * `git_source` for the commit under test. Returns undefined only in a plain terminal with nothing
 * to go on (the CLI outside CI); in CI a missing piece is an error that names the override.
 */
function buildGitSource(ci, overrides) {
    const rawUrl = overrides.gitUrl ?? ci.repositoryUrl;
    if (!rawUrl) {
        if (ci.provider === 'cli' && !overrides.gitRef)
            return undefined;
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputRef */ .io)('git-source')} is auto but the CI context does not name the repository. Set ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputRef */ .io)('git-url')} (and ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputRef */ .io)('git-ref')}), or set ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputRef */ .io)('git-source')} to none and use ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputRef */ .io)('upload')} or workspace paths.`);
    }
    const url = cleanGitUrl(rawUrl);
    const provider = overrides.gitProvider ?? gitProviderFor(ci, url);
    if (!provider) {
        const problem = `Cannot tell the git provider of ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .quoteValue */ .cl)(url)} (${ci.provider === 'cli' ? 'the origin of the local checkout' : `CI says '${ci.gitProvider ?? 'nothing'}'`})`;
        const fix = `Set ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputRef */ .io)('git-provider')}, e.g. gitHubEnterprise, gitLabEnterpriseEdition or bitbucketServer.`;
        // The URL came from the input: name it, so a typo in it is found where it was made.
        if (overrides.gitUrl !== undefined)
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('git-url', `is ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .quoteValue */ .cl)(url)}, whose git provider cannot be told`, fix);
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${problem}. ${fix}`);
    }
    const ref = overrides.gitRef ?? (ci.sha ? { kind: 'commit', value: ci.sha } : undefined);
    if (!ref) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputRef */ .io)('git-source')} is auto but ${ci.provider === 'cli' ? 'the local checkout has no commit yet' : 'the CI context has no commit'}. Set ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputRef */ .io)('git-ref')} to a commit SHA, 'tag:<name>' or 'branch:<name>'.`);
    }
    const source = { git_url: url, git_provider: provider };
    if (ref.kind === 'commit')
        source.git_commit = ref.value;
    else if (ref.kind === 'tag')
        source.git_tag = ref.value;
    else
        source.git_branch = ref.value;
    return source;
}
function describeGitSource(g) {
    const at = g.git_commit
        ? `commit ${g.git_commit.slice(0, 12)}`
        : g.git_tag
            ? `tag ${g.git_tag}`
            : `branch ${g.git_branch}`;
    return `${g.git_url} at ${at} (${g.git_provider})`;
}
/**
 * The `git-url` input, checked before anything is read or sent: a URL (Databricks clones over
 * https; the local workspace also takes file:// and an absolute path).
 */
function checkGitUrl(gitUrl) {
    if (gitUrl !== undefined && !/^[a-z][a-z0-9+.-]*:\/\/\S/i.test(gitUrl) && !gitUrl.startsWith('/'))
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('git-url', `must be the repository's URL, got ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .quoteValue */ .cl)(gitUrl)}`, 'E.g. https://github.com/acme/ml-project.');
    return gitUrl;
}


/***/ }),

/***/ 4875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ removeUpload),
/* harmony export */   CS: () => (/* binding */ listFiles),
/* harmony export */   yi: () => (/* binding */ uploadFolder)
/* harmony export */ });
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32635);
/* harmony import */ var _databricks__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80670);




/** Folders that are never code the job needs. */
const SKIP_DIRS = new Set([
    '.git',
    '__pycache__',
    'node_modules',
    '.venv',
    'venv',
    '.mypy_cache',
    '.pytest_cache',
    '.tox',
]);
/** The workspace import API refuses larger files. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;
const NOTEBOOK_HEADER = /^(# Databricks notebook source|-- Databricks notebook source|\/\/ Databricks notebook source)/;
function listFiles(folder) {
    const out = [];
    const walk = (dir) => {
        for (const entry of fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(dir, { withFileTypes: true })) {
            if (entry.isDirectory()) {
                if (!SKIP_DIRS.has(entry.name))
                    walk(path__WEBPACK_IMPORTED_MODULE_1__.join(dir, entry.name));
            }
            else if (entry.isFile()) {
                out.push(path__WEBPACK_IMPORTED_MODULE_1__.relative(folder, path__WEBPACK_IMPORTED_MODULE_1__.join(dir, entry.name)).split(path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/'));
            }
        }
    };
    walk(folder);
    return out.sort();
}
/**
 * Imports `folder` into `root`, keeping its layout so that notebooks importing their siblings
 * work. Notebooks (source format) become notebooks without their extension, as in the UI; every
 * other file becomes a workspace file.
 */
async function uploadFolder(client, folder, root, logger, signal) {
    if (!fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(folder) || !fs__WEBPACK_IMPORTED_MODULE_0__.statSync(folder).isDirectory()) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputRef */ .io)('upload')}: '${folder}' is not a folder (resolved to ${path__WEBPACK_IMPORTED_MODULE_1__.resolve(folder)}).`);
    }
    const files = listFiles(folder);
    if (files.length === 0)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputRef */ .io)('upload')}: '${folder}' has no files to upload.`);
    const notebooks = new Set();
    const dirs = new Set([root]);
    for (const f of files) {
        const d = path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(f);
        if (d !== '.')
            dirs.add(`${root}/${d}`);
    }
    // mkdirs creates parents; the deepest folders are enough.
    const leaves = [...dirs].filter((d) => ![...dirs].some((o) => o !== d && o.startsWith(`${d}/`)));
    for (const d of leaves)
        await client.workspace.mkdirs(d, signal);
    const queue = [...files];
    let skipped = 0;
    const worker = async () => {
        for (let f = queue.shift(); f !== undefined; f = queue.shift()) {
            const bytes = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path__WEBPACK_IMPORTED_MODULE_1__.join(folder, f));
            if (bytes.length > MAX_FILE_BYTES) {
                logger.warning(`upload: skipped ${f} (${Math.round(bytes.length / 1048576)} MB; the workspace takes at most 10 MB per file).`);
                skipped++;
                continue;
            }
            if (NOTEBOOK_HEADER.test(bytes.subarray(0, 64).toString('utf8')) && /\.\w+$/.test(f))
                notebooks.add(f);
            await client.workspace.importFile(`${root}/${f}`, bytes, {
                format: 'AUTO',
                overwrite: true,
                signal,
            });
        }
    };
    await Promise.all(Array.from({ length: Math.min(8, files.length) }, worker));
    return { root, files: files.length - skipped, notebooks };
}
/** Deletes the uploaded folder; already gone counts as done. */
async function removeUpload(client, root, signal) {
    try {
        await client.workspace.delete(root, { recursive: true, signal });
        return true;
    }
    catch (err) {
        if (err instanceof _databricks__WEBPACK_IMPORTED_MODULE_3__/* .DatabricksError */ .rC && err.isNotFound)
            return false;
        throw err;
    }
}


/***/ }),

/***/ 35786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ findJobIdByName)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/**
 * The one job named `name` (exact, case-insensitive, as jobs/list's `name` filter matches). Job
 * names are not unique, so several matches are a user error listing them. `inputs` are the
 * capability's own input names for the job's name and id, to point the user at the fix.
 */
async function findJobIdByName(client, name, inputs, signal) {
    const jobs = await client.jobs.listByName(name, signal);
    if (jobs.length === 1)
        return String(jobs[0].job_id);
    if (jobs.length === 0) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`No job is named ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .quoteValue */ .cl)(name)} in this workspace (or the credentials cannot see it). Check ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputRef */ .io)(inputs.name)} (exact match, case-insensitive) and the CAN_VIEW permission, or use ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputRef */ .io)(inputs.id)}.`);
    }
    const list = jobs
        .slice(0, 10)
        .map((j) => `${String(j.job_id)}${j.creator_user_name ? ` (created by ${j.creator_user_name})` : ''}`)
        .join(', ');
    throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${jobs.length} jobs are named ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .quoteValue */ .cl)(name)}: ${list}${jobs.length > 10 ? ', ...' : ''}. Job names are not unique; use ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputRef */ .io)(inputs.id)} with one of these ids, or rename the others.`);
}


/***/ }),

/***/ 82530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ fingerprint),
/* harmony export */   j: () => (/* binding */ idempotencyToken)
/* harmony export */ });
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76982);
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(crypto__WEBPACK_IMPORTED_MODULE_0__);

const MAX = 64;
function clean(part, max) {
    return part.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, max);
}
/**
 * The idempotency token for runs/submit and run-now: the same CI step (run, attempt, job, step)
 * asking for the same work gets the same token, so a step retried after a crash or a lost answer
 * attaches to the run it already started. A new attempt (a re-run in the CI UI) is meant to run
 * again, so the attempt is part of it. `work` distinguishes matrix legs, which share job and
 * step names: it is a fingerprint of what is being run (target, parameters, spec text).
 *
 * Outside CI there is nothing stable to derive it from; a random token still makes our own
 * retries of the submit call safe.
 */
function idempotencyToken(ci, work, random = crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes) {
    if (!ci.runId)
        return `local-${random(16).toString('hex')}`;
    const prefix = ci.provider === 'azure-devops' ? 'ado' : ci.provider === 'github' ? 'gh' : 'ci';
    const digest = (0,crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update([ci.provider, ci.repository ?? '', ci.job ?? '', ci.step ?? '', work].join('\u0000'))
        .digest('hex');
    const head = `${prefix}-${clean(ci.runId, 24)}-${clean(ci.attempt ?? '1', 6)}-`;
    return `${head}${digest.slice(0, Math.min(24, MAX - head.length))}`;
}
/** A stable, order-independent fingerprint of the work the step was asked to do. */
function fingerprint(value) {
    return (0,crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(stableJson(value)).digest('hex');
}
function stableJson(value) {
    if (Array.isArray(value))
        return `[${value.map(stableJson).join(',')}]`;
    if (value && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}


/***/ })

};
;