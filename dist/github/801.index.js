"use strict";
exports.id = 801;
exports.ids = [801];
exports.modules = {

/***/ 66801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkDrift: () => (/* binding */ checkDrift)
});

// EXTERNAL MODULE: ./shared/connect.ts
var connect = __webpack_require__(1660);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/capabilities/check-drift/manifest.ts
var manifest = __webpack_require__(32151);
// EXTERNAL MODULE: ./shared/report/markdown.ts
var markdown = __webpack_require__(90216);
;// CONCATENATED MODULE: ./shared/capabilities/check-drift/rule.ts
function breaches(rule, value) {
    return rule.direction === 'above' ? value > rule.threshold : value < rule.threshold;
}
/**
 * `newestFirst` are all the windows there are, newest first. With fewer than `rule.windows`, the
 * verdict is given only when the missing windows could not change it: the latest window does not
 * breach (no drift), or enough breach already (drift); otherwise it is `insufficient`.
 */
function evaluate(rule, newestFirst) {
    const evaluated = newestFirst.slice(0, rule.windows);
    const count = evaluated.filter((w) => breaches(rule, w.value)).length;
    const latestBreaches = evaluated.length > 0 && breaches(rule, evaluated[0].value);
    const crossing = `${rule.direction} ${rule.threshold}`;
    const short = evaluated.length < rule.windows;
    const base = { evaluated, breaches: count, latestBreaches };
    if (evaluated.length === 0)
        return { ...base, status: 'insufficient', reason: 'There are no windows with a value yet.' };
    if (latestBreaches && count >= rule.minBreaches)
        return {
            ...base,
            status: 'drift',
            reason: `${count} of the last ${evaluated.length} windows are ${crossing}, the latest included (drift at ${rule.minBreaches}).`,
        };
    if (!latestBreaches)
        return {
            ...base,
            status: 'no-drift',
            reason: `The latest window is not ${crossing}${count ? ` (${count} older of the last ${evaluated.length} are)` : ''}.`,
        };
    if (short)
        return {
            ...base,
            status: 'insufficient',
            reason: `Only ${evaluated.length} of the ${rule.windows} windows exist; ${count} are ${crossing}, the latest included, but drift needs ${rule.minBreaches}, so the missing windows decide.`,
        };
    return {
        ...base,
        status: 'no-drift',
        reason: `${count} of the last ${evaluated.length} windows are ${crossing}, the latest included; drift needs ${rule.minBreaches}.`,
    };
}

;// CONCATENATED MODULE: ./shared/capabilities/check-drift/report.ts


/** A label for a window: its start, shortened to what differs between daily windows. */
function windowLabel(start, index) {
    if (!start)
        return `#${index + 1}`;
    const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(start);
    if (!m)
        return start;
    return m[2] === '00:00' ? m[1] : `${m[1]} ${m[2]}`;
}
/** Numbers as Mermaid reads them: plain decimals, no exponent for ordinary magnitudes. */
function num(n) {
    return Number.isFinite(n) ? String(Number(n.toPrecision(6))) : '0';
}
/** Mermaid text in double quotes cannot hold a double quote. */
function mermaidText(s) {
    return s.replace(/["\\\n\r`]/g, "'");
}
/**
 * The windows oldest to newest as a Mermaid xychart (rendered by GitHub in summaries and comments):
 * the metric as one line, the threshold as a second, flat line.
 */
function driftChart(metric, rule, verdict) {
    const oldestFirst = [...verdict.evaluated].reverse();
    const labels = oldestFirst.map((w, i) => `"${mermaidText(windowLabel(w.start, i))}"`);
    const values = oldestFirst.map((w) => w.value).filter(Number.isFinite);
    const lo = Math.min(rule.threshold, ...values);
    const hi = Math.max(rule.threshold, ...values);
    const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.1 || 1;
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${mermaidText(metric)} per window (threshold ${num(rule.threshold)})"`,
        `  x-axis [${labels.join(', ')}]`,
        `  y-axis "${mermaidText(metric)}" ${num(lo - pad)} --> ${num(hi + pad)}`,
        `  line [${oldestFirst.map((w) => num(w.value)).join(', ')}]`,
        `  line [${oldestFirst.map(() => num(rule.threshold)).join(', ')}]`,
        '```',
    ].join('\n');
}
function renderSummary(r) {
    const v = r.verdict;
    const head = v.status === 'drift'
        ? '⚠️ Drift'
        : v.status === 'no-drift'
            ? '✅ No drift'
            : '❔ Not enough windows to decide';
    const lines = [
        `### Drift check: ${(0,markdown/* escapeCell */.kq)(r.what)}`,
        '',
        `${head}. ${(0,markdown/* escapeCell */.kq)(v.reason)}`,
        '',
    ];
    lines.push(`Rule: at least ${r.rule.minBreaches} of the last ${r.rule.windows} windows ${r.rule.direction} ${r.rule.threshold}, the latest included.`, '');
    if (r.retrain)
        lines.push(r.retrain.status === 'started'
            ? `Retraining started: ${(0,markdown/* link */.nf)(`run ${r.retrain.runId}`, r.retrain.runUrl)} of job ${r.retrain.jobId}.`
            : `Retraining already in progress: ${(0,markdown/* link */.nf)(`run ${r.retrain.runId}`, r.retrain.runUrl)} of job ${r.retrain.jobId}; no other run was started.`, '');
    else if (r.retrainNotNeeded)
        lines.push('Retraining: not started (no drift).', '');
    if (v.evaluated.length) {
        lines.push((0,markdown/* table */.tp)([
            'Window start',
            'Window end',
            (0,markdown/* escapeCell */.kq)(r.metric),
            `${r.rule.direction} ${r.rule.threshold}`,
        ], v.evaluated.map((w) => [
            (0,markdown/* escapeCell */.kq)(w.start ?? '—'),
            (0,markdown/* escapeCell */.kq)(w.end ?? '—'),
            String(w.value),
            breaches(r.rule, w.value) ? '⚠️ yes' : 'no',
        ]), ['left', 'left', 'right', 'left']), '', driftChart(r.metric, r.rule, v), '');
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./shared/jobs/find-job.ts
var find_job = __webpack_require__(35786);
// EXTERNAL MODULE: ./shared/jobs/idempotency.ts
var idempotency = __webpack_require__(82530);
;// CONCATENATED MODULE: ./shared/capabilities/check-drift/retrain.ts


function runUrl(host, jobId, runId, given) {
    return given || `${host.replace(/\/+$/, '')}/#job/${jobId}/run/${runId}`;
}
/**
 * Starts the retraining job with run-now, as run-job does (same job lookup, same idempotency
 * token, so a retried step does not start it twice), without waiting for it. A run of the job
 * already in progress is retraining already under way: it is reported, and none is started.
 */
async function startRetraining(client, retrain, ci, logger, signal) {
    const jobId = 'id' in retrain.job
        ? retrain.job.id
        : await (0,find_job/* findJobIdByName */.G)(client, retrain.job.name, { name: 'retrain-job-name', id: 'retrain-job-id' }, signal);
    const active = await client.jobs.listRuns({ jobId, activeOnly: true, limit: 1, signal });
    const running = active.runs[0];
    if (running) {
        const runId = String(running.run_id);
        logger.info(`The retraining job ${jobId} already has run ${runId} in progress (${running.state?.life_cycle_state ?? 'active'}): not starting another.`);
        return {
            status: 'already-running',
            jobId,
            runId,
            runUrl: runUrl(client.host, jobId, runId, running.run_page_url),
        };
    }
    const token = (0,idempotency/* idempotencyToken */.j)(ci, (0,idempotency/* fingerprint */.R)({ retrain: jobId, p: retrain.parameters }));
    logger.info(`Starting the retraining job ${jobId} (run-now).`);
    const res = await client.jobs.runNow({
        job_id: jobId,
        idempotency_token: token,
        ...(retrain.parameters ? { job_parameters: retrain.parameters } : {}),
    }, signal);
    const runId = String(res.run_id);
    const run = await client.jobs.getRun(runId, { signal });
    return {
        status: 'started',
        jobId,
        runId,
        runUrl: runUrl(client.host, jobId, runId, run.run_page_url),
    };
}

// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(79896);
// EXTERNAL MODULE: external "path"
var external_path_ = __webpack_require__(16928);
;// CONCATENATED MODULE: ./shared/capabilities/check-drift/settings.ts



/** A name part usable between backticks. */
const PART = /^[^`.\s][^`.]*$/;
/** A column or a struct field of one (`ks_test.statistic`): plain identifiers only, as SQL is built from it. */
const METRIC = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;
const JOB_ID = /^[1-9][0-9]{0,18}$/;
function parts(name, count, input, example) {
    const p = name.split('.').map((s) => s.trim());
    if (p.length !== count || !p.every((s) => PART.test(s)))
        throw new errors/* InputError */.dz(input, `must be a ${count === 3 ? 'three' : 'two'}-part name, got ${(0,errors/* quoteValue */.cl)(name)}`, `Write it as ${example}, without backticks.`);
    return p;
}
function readQuery(file) {
    const full = external_path_.resolve(file);
    let sql;
    try {
        sql = external_fs_.readFileSync(full, 'utf8');
    }
    catch {
        throw new errors/* InputError */.dz('query-file', `names a file that cannot be read: ${(0,errors/* quoteValue */.cl)(file)} (resolved to ${(0,errors/* quoteValue */.cl)(full)})`, 'Give the path of a SQL file, relative to the working directory.');
    }
    // One statement: a trailing semicolon is common in .sql files, and refused by the API.
    sql = sql.trim().replace(/;\s*$/, '');
    if (!sql)
        throw new errors/* InputError */.dz('query-file', `is empty: ${(0,errors/* quoteValue */.cl)(file)}`);
    return sql;
}
function readSource(inputs) {
    const file = inputs.string('query-file');
    const table = inputs.string('table');
    if (file && table)
        throw new errors/* InputError */.dz('query-file', `and ${(0,errors/* inputRef */.io)('table')} are both set`, `Set ${(0,errors/* inputRef */.io)('table')} (with ${(0,errors/* inputRef */.io)('metric')}) to read the monitor, or ${(0,errors/* inputRef */.io)('query-file')} to run your own query, not both.`);
    if (file)
        return { kind: 'query', file, sql: readQuery(file) };
    if (!table)
        throw new errors/* InputError */.dz('table', 'is not set', `Set it to the monitored table (catalog.schema.table), or set ${(0,errors/* inputRef */.io)('query-file')} to a SQL file.`);
    const [catalog, schema, name] = parts(table, 3, 'table', 'catalog.schema.table');
    const outputSchema = inputs.string('output-schema');
    const [outCatalog, outSchema] = outputSchema
        ? parts(outputSchema, 2, 'output-schema', 'catalog.schema')
        : [catalog, schema];
    const which = inputs.choice('metrics-table');
    const metricTable = [outCatalog, outSchema, `${name}_${which}_metrics`];
    const metric = inputs.string('metric');
    if (!metric)
        throw new errors/* InputError */.dz('metric', 'is not set', `Name the metric column of ${metricTable.join('.')}, e.g. ${which === 'drift' ? 'js_distance' : 'root_mean_squared_error'}.`);
    if (!METRIC.test(metric))
        throw new errors/* InputError */.dz('metric', `is not a column name: ${(0,errors/* quoteValue */.cl)(metric)}`, 'Use a column such as js_distance, or a struct field such as ks_test.statistic.');
    const sliceKey = inputs.string('slice-key');
    const sliceValue = inputs.string('slice-value');
    if (sliceValue !== undefined && sliceKey === undefined)
        throw new errors/* InputError */.dz('slice-value', `is set without ${(0,errors/* inputRef */.io)('slice-key')}`, 'Set both, or neither.');
    if (sliceKey !== undefined && sliceValue === undefined)
        throw new errors/* InputError */.dz('slice-key', `is set without ${(0,errors/* inputRef */.io)('slice-value')}`, 'Set both, or neither.');
    const granularity = inputs.string('granularity');
    const modelId = inputs.string('model-id');
    return {
        kind: 'monitor',
        metricTable: metricTable.map((p) => `\`${p}\``).join('.'),
        display: metricTable.join('.'),
        which,
        metric,
        column: inputs.string('column'),
        ...(sliceKey !== undefined && sliceValue !== undefined
            ? { slice: { key: sliceKey, value: sliceValue } }
            : {}),
        ...(granularity !== undefined ? { granularity } : {}),
        ...(modelId !== undefined ? { modelId } : {}),
        driftType: inputs.choice('drift-type'),
    };
}
function readRetrain(inputs) {
    const id = inputs.string('retrain-job-id');
    const name = inputs.string('retrain-job-name');
    if (inputs.choice('on-drift') === 'report') {
        for (const n of ['retrain-job-id', 'retrain-job-name', 'retrain-job-parameters'])
            if (inputs.has(n))
                throw new errors/* InputError */.dz(n, `is set but ${(0,errors/* inputRef */.io)('on-drift')} is report`, `Set ${(0,errors/* inputRef */.io)('on-drift')} to run-job to start the retraining job, or remove it.`);
        return { kind: 'report' };
    }
    if (id && name)
        throw new errors/* InputError */.dz('retrain-job-id', `and ${(0,errors/* inputRef */.io)('retrain-job-name')} are both set`, 'Set one of them.');
    if (!id && !name)
        throw new errors/* InputError */.dz('retrain-job-id', `is not set, nor ${(0,errors/* inputRef */.io)('retrain-job-name')}, but ${(0,errors/* inputRef */.io)('on-drift')} is run-job`, 'Name the retraining job by id or by name.');
    if (id && !JOB_ID.test(id))
        throw new errors/* InputError */.dz('retrain-job-id', `is not a job id: ${(0,errors/* quoteValue */.cl)(id)}`, 'A job id is a positive whole number.');
    const parameters = inputs.stringMap('retrain-job-parameters');
    return {
        kind: 'run-job',
        job: id ? { id } : { name: name },
        ...(parameters ? { parameters } : {}),
    };
}
function readSettings(inputs) {
    const warehouseId = inputs.requiredString('warehouse-id');
    const windows = inputs.number('windows');
    const minBreaches = inputs.number('min-breaches');
    if (minBreaches > windows)
        throw new errors/* InputError */.dz('min-breaches', `is ${minBreaches}, more than the ${windows} windows evaluated`, `Lower it, or raise ${(0,errors/* inputRef */.io)('windows')}.`);
    return {
        warehouseId,
        source: readSource(inputs),
        rule: {
            threshold: inputs.number('threshold'),
            direction: inputs.choice('direction'),
            windows,
            minBreaches,
        },
        retrain: readRetrain(inputs),
        failOnDrift: inputs.boolean('fail-on-drift'),
    };
}

;// CONCATENATED MODULE: ./shared/capabilities/check-drift/source.ts

/** type_names the Statement API gives numbers; their values are strings like every other. */
const NUMERIC = new Set(['BYTE', 'SHORT', 'INT', 'LONG', 'FLOAT', 'DOUBLE', 'DECIMAL']);
const POLL_MS = 1000;
const DEADLINE_MS = 5 * 60_000;
/**
 * The latest windows of one metric in a monitor's metric table, newest first. `limit` rows are
 * enough: several rows for one window (another slice, model or granularity) show up among them.
 */
function monitorQuery(s, limit) {
    const where = ['column_name = :column', `${s.metric} IS NOT NULL`];
    const parameters = [{ name: 'column', value: s.column }];
    if (s.slice) {
        where.push('slice_key = :slice_key', 'slice_value = :slice_value');
        parameters.push({ name: 'slice_key', value: s.slice.key }, { name: 'slice_value', value: s.slice.value });
    }
    else
        where.push('slice_key IS NULL');
    if (s.granularity) {
        where.push('granularity = :granularity');
        parameters.push({ name: 'granularity', value: s.granularity });
    }
    if (s.modelId !== undefined) {
        where.push('model_id = :model_id');
        parameters.push({ name: 'model_id', value: s.modelId });
    }
    if (s.which === 'drift') {
        where.push('drift_type = :drift_type');
        parameters.push({ name: 'drift_type', value: s.driftType });
    }
    else
        where.push("log_type = 'INPUT'");
    return {
        statement: `SELECT window.start, window.end, granularity, ${s.metric} FROM ${s.metricTable} WHERE ${where.join(' AND ')} ORDER BY window.start DESC LIMIT ${limit}`,
        parameters,
    };
}
/** Runs a statement to the end and reads every chunk of its result. */
async function runQuery(client, warehouseId, q, what, signal) {
    let res = await client.sql.execute({
        warehouse_id: warehouseId,
        statement: q.statement,
        parameters: q.parameters,
        wait_timeout: '30s',
        on_wait_timeout: 'CONTINUE',
        disposition: 'INLINE',
        format: 'JSON_ARRAY',
    }, signal);
    const deadline = Date.now() + DEADLINE_MS;
    while (res.status?.state === 'PENDING' || res.status?.state === 'RUNNING') {
        if (Date.now() > deadline) {
            await client.sql.cancel(res.statement_id, signal).catch(() => undefined);
            throw new errors/* UserError */.yo(`The SQL warehouse ${(0,errors/* quoteValue */.cl)(warehouseId)} (${(0,errors/* inputRef */.io)('warehouse-id')}) did not answer the query on ${what} within 5 minutes; it was cancelled.`);
        }
        await new Promise((r) => setTimeout(r, POLL_MS));
        signal.throwIfAborted();
        res = await client.sql.get(res.statement_id, signal);
    }
    if (res.status?.state !== 'SUCCEEDED') {
        const e = res.status?.error;
        throw new errors/* UserError */.yo(`The query on ${what} failed: ${e?.message ?? res.status?.state ?? 'no answer'}. Check the names, and that the CI identity may use warehouse ${(0,errors/* quoteValue */.cl)(warehouseId)} and read the table.`);
    }
    const rows = [...(res.result?.data_array ?? [])];
    let next = res.result?.next_chunk_index;
    while (next !== undefined) {
        const chunk = await client.sql.getChunk(res.statement_id, next, signal);
        rows.push(...(chunk.data_array ?? []));
        next = chunk.next_chunk_index;
    }
    return { columns: res.manifest?.schema?.columns ?? [], rows };
}
function column(r, names) {
    return r.columns.findIndex((c) => names.includes(c.name.toLowerCase()));
}
/** The struct `window` as JSON (`{"start": …, "end": …}`), for a query that selects it whole. */
function windowStruct(text) {
    if (!text)
        return {};
    try {
        const w = JSON.parse(text);
        return {
            start: w.start == null ? undefined : String(w.start),
            end: w.end == null ? undefined : String(w.end),
        };
    }
    catch {
        return {};
    }
}
/**
 * Rows to windows, newest first. The value column is typed by the manifest's type_name, not
 * guessed from its text: a STRING column is refused, since `'10' > '9'` is false as text.
 */
function toWindows(r, source, what) {
    const monitor = source.kind === 'monitor';
    const valueAt = monitor ? 3 : column(r, ['value']);
    const fix = monitor
        ? `Check ${(0,errors/* inputRef */.io)('metric')}.`
        : `Make ${(0,errors/* inputRef */.io)('query-file')} return a numeric column named value.`;
    if (valueAt < 0 || valueAt >= r.columns.length)
        throw new errors/* UserError */.yo(`The query on ${what} returned no value column (columns: ${r.columns.map((c) => c.name).join(', ') || 'none'}). ${fix}`);
    const type = (r.columns[valueAt].type_name ?? 'STRING').toUpperCase();
    if (!NUMERIC.has(type))
        throw new errors/* UserError */.yo(`The column ${r.columns[valueAt].name} of ${what} is ${type}, not a number. ${fix}`);
    const startAt = monitor ? 0 : column(r, ['window_start', 'start']);
    const endAt = monitor ? 1 : column(r, ['window_end', 'end']);
    const structAt = monitor ? -1 : column(r, ['window']);
    let skipped = 0;
    const windows = [];
    for (const row of r.rows) {
        const text = row[valueAt];
        if (text === null || text === undefined) {
            skipped++;
            continue;
        }
        const w = structAt >= 0 ? windowStruct(row[structAt]) : {};
        const start = startAt >= 0 ? (row[startAt] ?? undefined) : w.start;
        const end = endAt >= 0 ? (row[endAt] ?? undefined) : w.end;
        windows.push({
            ...(start ? { start } : {}),
            ...(end ? { end } : {}),
            value: Number(text),
        });
    }
    if (monitor) {
        const grains = new Set(r.rows.map((row) => row[2]));
        if (grains.size > 1)
            throw new errors/* UserError */.yo(`${what} has windows of several granularities (${[...grains].join(', ')}). Choose one with ${(0,errors/* inputRef */.io)('granularity')}.`);
    }
    const seen = new Set();
    for (const w of windows) {
        if (w.start === undefined)
            continue;
        if (seen.has(w.start))
            throw new errors/* UserError */.yo(`${what} has several rows for the window starting ${w.start}: ${monitor ? `narrow it to one with ${(0,errors/* inputRef */.io)('slice-key')}/${(0,errors/* inputRef */.io)('slice-value')}, ${(0,errors/* inputRef */.io)('model-id')} or ${(0,errors/* inputRef */.io)('granularity')}` : `make ${(0,errors/* inputRef */.io)('query-file')} return one row per window`}.`);
        seen.add(w.start);
    }
    // A query's own order is kept unless it gives window starts to order by.
    if (windows.every((w) => w.start !== undefined))
        windows.sort((a, b) => Date.parse(b.start) - Date.parse(a.start) || (a.start < b.start ? 1 : -1));
    return { windows, skipped };
}

;// CONCATENATED MODULE: ./shared/capabilities/check-drift/index.ts








const checkDrift = {
    manifest: manifest/* manifest */.e,
    async main(ctx) {
        const s = readSettings(ctx.inputs);
        const { client } = (0,connect/* connect */.N)(ctx);
        const log = ctx.logger;
        ctx.outputs.set('drifted', 'unknown');
        ctx.outputs.set('latest-value', '');
        ctx.outputs.set('breaches', 0);
        ctx.outputs.set('windows', 0);
        ctx.outputs.set('retrain-status', 'none');
        ctx.outputs.set('retrain-run-id', '');
        ctx.outputs.set('retrain-run-url', '');
        const src = s.source;
        const what = src.kind === 'monitor' ? src.display : src.file;
        const metric = src.kind === 'monitor' ? src.metric : 'value';
        const query = src.kind === 'monitor'
            ? monitorQuery(src, s.rule.windows)
            : { statement: src.sql, parameters: [] };
        log.info(src.kind === 'monitor'
            ? `Reading ${metric} for column ${src.column} from ${what} on warehouse ${s.warehouseId}.`
            : `Running ${what} on warehouse ${s.warehouseId}.`);
        const rows = await runQuery(client, s.warehouseId, query, what, ctx.signal);
        const { windows, skipped } = toWindows(rows, src, what);
        if (skipped)
            log.info(`${skipped} row(s) without a value were left out.`);
        const verdict = evaluate(s.rule, windows);
        const latest = verdict.evaluated[0];
        ctx.outputs.set('latest-value', latest ? String(latest.value) : '');
        ctx.outputs.set('breaches', verdict.breaches);
        ctx.outputs.set('windows', verdict.evaluated.length);
        ctx.outputs.set('drifted', verdict.status === 'drift' ? 'true' : verdict.status === 'no-drift' ? 'false' : 'unknown');
        log.info(verdict.reason);
        let retrain;
        if (verdict.status === 'drift') {
            log.warning(`Drift in ${metric} of ${what}: ${verdict.reason}`);
            if (s.retrain.kind === 'run-job') {
                retrain = await startRetraining(client, s.retrain, ctx.ci, log, ctx.signal);
                ctx.outputs.set('retrain-status', retrain.status);
                ctx.outputs.set('retrain-run-id', retrain.runId);
                ctx.outputs.set('retrain-run-url', retrain.runUrl);
                if (retrain.status === 'started')
                    log.info(`Retraining run ${retrain.runId}: ${retrain.runUrl}`);
            }
        }
        const report = {
            what: src.kind === 'monitor' ? `${metric} of ${what}` : what,
            metric,
            rule: s.rule,
            verdict,
            ...(retrain ? { retrain } : {}),
            retrainNotNeeded: s.retrain.kind === 'run-job' && verdict.status !== 'drift',
        };
        await ctx.summary.append(renderSummary(report));
        if (verdict.status === 'insufficient')
            return {
                outcome: 'succeededWithIssues',
                message: `Drift not decided: ${verdict.reason} Wait for more windows, or lower ${(0,errors/* inputRef */.io)('windows')}.`,
            };
        if (verdict.status === 'drift' && s.failOnDrift)
            return { outcome: 'failed', message: `Drift in ${metric} of ${what}: ${verdict.reason}` };
    },
};


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