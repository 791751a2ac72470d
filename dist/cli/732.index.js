"use strict";
exports.id = 732;
exports.ids = [732];
exports.modules = {

/***/ 5732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluateModel: () => (/* binding */ evaluateModel)
});

// EXTERNAL MODULE: ./shared/connect.ts
var connect = __webpack_require__(1660);
// EXTERNAL MODULE: ./shared/databricks/index.ts + 23 modules
var databricks = __webpack_require__(670);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/models/registry.ts
var models_registry = __webpack_require__(7726);
// EXTERNAL MODULE: ./shared/models/tags.ts
var models_tags = __webpack_require__(4272);
// EXTERNAL MODULE: ./shared/report/pr-comment.ts
var pr_comment = __webpack_require__(7563);
;// CONCATENATED MODULE: ./shared/capabilities/evaluate-model/compliance.ts
/**
 * Compliance checks on the candidate version: what a release review asks before a model may
 * replace the champion (tags, description, registration status, signature, lineage to the commit
 * being released, required params).
 */

const KEYS = [
    'required_tags',
    'description',
    'status_ready',
    'signature',
    'source_run',
    'git_commit',
    'required_params',
];
function parseCompliance(value, where) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        throw new errors/* UserError */.yo(`${where} must be a mapping of checks, e.g. {required_tags: [owner], description: true}.`);
    const doc = value;
    const unknown = Object.keys(doc).filter((k) => !KEYS.includes(k));
    if (unknown.length > 0)
        throw new errors/* UserError */.yo(`${where} has unknown check(s) ${unknown.map((k) => `${(0,errors/* quoteValue */.cl)(k)}`).join(', ')}. Use ${KEYS.join(', ')}.`);
    const flag = (key, fallback) => {
        const v = doc[key];
        if (v === undefined || v === null)
            return fallback;
        if (typeof v !== 'boolean')
            throw new errors/* UserError */.yo(`${where}: ${key} must be true or false.`);
        return v;
    };
    const names = (key, v) => {
        if (v === undefined || v === null)
            return [];
        if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x === ''))
            throw new errors/* UserError */.yo(`${where}: ${key} must be a list of names.`);
        return v;
    };
    const requiredTags = {};
    const tags = doc.required_tags;
    if (Array.isArray(tags))
        for (const t of names('required_tags', tags))
            requiredTags[t] = undefined;
    else if (tags && typeof tags === 'object') {
        for (const [tag, allowed] of Object.entries(tags)) {
            if (allowed === null || allowed === undefined)
                requiredTags[tag] = undefined;
            else {
                const list = Array.isArray(allowed) ? allowed : [allowed];
                if (list.some((x) => typeof x !== 'string' && typeof x !== 'number' && typeof x !== 'boolean'))
                    throw new errors/* UserError */.yo(`${where}: required_tags.${(0,errors/* cutText */.IN)(tag)} must list the allowed values.`);
                requiredTags[tag] = list.map(String);
            }
        }
    }
    else if (tags !== undefined && tags !== null)
        throw new errors/* UserError */.yo(`${where}: required_tags must be a list of tag names or a mapping of tag names to allowed values.`);
    return {
        requiredTags,
        description: flag('description', false),
        statusReady: flag('status_ready', true),
        signature: flag('signature', false),
        sourceRun: flag('source_run', false),
        gitCommit: flag('git_commit', false),
        requiredParams: names('required_params', doc.required_params),
    };
}
/**
 * Whether the run logged a model with a signature. MLflow records each `log_model` in the run tag
 * `mlflow.log-model.history` (JSON), signature included [inferred: the REST API has no signature
 * field on a model version; the model's MLmodel file is an artifact].
 */
function runHasSignature(run) {
    const tag = run?.data.tags?.find((t) => t.key === 'mlflow.log-model.history')?.value;
    if (!tag)
        return false;
    try {
        const history = JSON.parse(tag);
        return (Array.isArray(history) &&
            history.some((h) => h && typeof h === 'object' && h.signature != null));
    }
    catch {
        return false;
    }
}
function runCommit(run) {
    return run?.data.tags?.find((t) => t.key === 'mlflow.source.git.commit')?.value || undefined;
}
function checkCompliance(rules, version, run, commit) {
    const out = [];
    const add = (check, passed, detail) => out.push({ check, passed, detail });
    if (rules.statusReady)
        add('status READY', version.status === 'READY', version.status === 'READY' ? 'READY' : `status is ${version.status}`);
    for (const [tag, allowed] of Object.entries(rules.requiredTags)) {
        const value = version.tags[tag];
        if (value === undefined || value === '')
            add(`tag ${tag}`, false, 'missing on the version');
        else if (allowed && !allowed.includes(value))
            add(`tag ${tag}`, false, `${(0,errors/* quoteValue */.cl)(value)} is not one of ${allowed.join(', ')}`);
        else
            add(`tag ${tag}`, true, `${(0,errors/* quoteValue */.cl)(value)}`);
    }
    if (rules.description)
        add('description', Boolean(version.description?.trim()), version.description?.trim() ? 'present' : 'the version has no description');
    if (rules.sourceRun)
        add('source run', run !== undefined, run
            ? `run ${run.info.run_id}`
            : version.runId
                ? `run ${version.runId} not found`
                : 'no run_id');
    if (rules.signature)
        add('signature', runHasSignature(run), runHasSignature(run)
            ? 'logged with the model'
            : run
                ? 'the source run logged no model signature'
                : 'no source run to read it from');
    if (rules.gitCommit) {
        const logged = runCommit(run);
        if (!commit)
            add('git commit', false, 'no commit to compare with: set the commit input');
        else if (!logged)
            add('git commit', false, 'the source run has no mlflow.source.git.commit tag');
        else
            add('git commit', sameCommit(logged, commit), sameCommit(logged, commit)
                ? `trained from ${logged.slice(0, 12)}`
                : `trained from ${(0,errors/* cutText */.IN)(logged).slice(0, 12)}, releasing ${(0,errors/* cutText */.IN)(commit).slice(0, 12)}`);
    }
    for (const param of rules.requiredParams) {
        const value = run?.data.params?.find((p) => p.key === param)?.value;
        add(`param ${param}`, value !== undefined, value !== undefined
            ? `${(0,errors/* quoteValue */.cl)(value)}`
            : run
                ? 'not logged by the source run'
                : 'no source run');
    }
    return out;
}
/** Abbreviated SHAs count when one is a prefix of the other (at least 7 hex digits). */
function sameCommit(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    if (x === y)
        return true;
    const short = x.length < y.length ? x : y;
    const long = x.length < y.length ? y : x;
    return short.length >= 7 && long.startsWith(short);
}

// EXTERNAL MODULE: ./shared/capabilities/evaluate-model/manifest.ts
var manifest = __webpack_require__(3072);
// EXTERNAL MODULE: ./shared/report/markdown.ts
var markdown = __webpack_require__(216);
;// CONCATENATED MODULE: ./shared/capabilities/evaluate-model/thresholds.ts
/**
 * Metric thresholds in MLflow's own words (`MetricThreshold`), so a team can move them out of
 * `validation.py` unchanged, and MLflow's `_validate` ported rule for rule
 * (../shared/reference/databricks-api.md §2). Where MLflow raises a KeyError or crashes on `None`
 * arithmetic, the verdict here is a clear failure with a message instead.
 */

const thresholds_KEYS = new Set([
    'threshold',
    'min_absolute_change',
    'min_relative_change',
    'greater_is_better',
    'higher_is_better',
]);
/**
 * Reads thresholds (already parsed from YAML/JSON) into rules, with MetricThreshold's constructor
 * checks. `where` names the input or file in errors. Differences from Python, forced by JSON/YAML
 * having one number type: `min_relative_change: 1` is read as 1.0 (Python rejects the int 1).
 */
function parseThresholds(value, where) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new errors/* UserError */.yo(`${where} must be a mapping of metric names to rules, e.g. {"accuracy_score": {"threshold": 0.8, "greater_is_better": true}}.`);
    }
    const entries = Object.entries(value);
    if (entries.length === 0)
        throw new errors/* UserError */.yo(`${where} declares no metric. Add at least one metric rule.`);
    const out = {};
    for (const [metric, raw] of entries)
        out[metric] = parseRule(metric, raw, where);
    return out;
}
function parseRule(metric, raw, where) {
    const bad = (problem) => new errors/* UserError */.yo(`${where}: metric ${(0,errors/* quoteValue */.cl)(metric)} ${problem}`);
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
        throw bad('must be a mapping with threshold, min_absolute_change, min_relative_change and greater_is_better.');
    const rule = raw;
    const unknown = Object.keys(rule).filter((k) => !thresholds_KEYS.has(k));
    if (unknown.length > 0)
        throw bad(`has unknown key(s) ${unknown.map((k) => `${(0,errors/* quoteValue */.cl)(k)}`).join(', ')}. Use threshold, min_absolute_change, min_relative_change, greater_is_better.`);
    const number = (key) => {
        const v = rule[key];
        if (v === undefined || v === null)
            return undefined;
        // MLflow checks `type(x) in {int, float}`: booleans and strings are refused, not coerced.
        if (typeof v !== 'number' || !Number.isFinite(v))
            throw bad(`has ${key} ${describe(v)}: it must be a number.`);
        return v;
    };
    if ('greater_is_better' in rule && 'higher_is_better' in rule)
        throw bad('sets both greater_is_better and higher_is_better: they mean the same, keep greater_is_better.');
    const gib = rule.greater_is_better ?? rule.higher_is_better;
    if (gib === undefined || gib === null)
        throw bad('has no greater_is_better: say whether a higher value is better (true or false).');
    if (typeof gib !== 'boolean')
        throw bad(`has greater_is_better ${describe(gib)}: use true or false.`);
    const threshold = number('threshold');
    const minAbsoluteChange = number('min_absolute_change');
    const minRelativeChange = number('min_relative_change');
    if (minAbsoluteChange !== undefined && !(minAbsoluteChange > 0))
        throw bad(`has min_absolute_change ${minAbsoluteChange}: it must be greater than 0.`);
    if (minRelativeChange !== undefined && !(minRelativeChange >= 0 && minRelativeChange <= 1))
        throw bad(`has min_relative_change ${minRelativeChange}: it must be a fraction between 0 and 1 (0.05 for 5 %).`);
    if (threshold === undefined && minAbsoluteChange === undefined && minRelativeChange === undefined)
        throw bad('sets no threshold: give threshold, min_absolute_change or min_relative_change.');
    return { threshold, minAbsoluteChange, minRelativeChange, greaterIsBetter: gib };
}
/**
 * MLflow's `_validate`, per metric. `baseline` undefined means there is no baseline model (a first
 * model); an object means there is one, possibly lacking some metrics.
 */
function evaluateThresholds(thresholds, candidate, baseline, options) {
    const verdicts = Object.entries(thresholds).map(([metric, rule]) => evaluateMetric(metric, rule, candidate, baseline, options));
    const failedMetrics = verdicts.filter((v) => !v.passed).map((v) => v.metric);
    return { passed: failedMetrics.length === 0, verdicts, failedMetrics };
}
function has(metrics, name) {
    return metrics !== undefined && Object.prototype.hasOwnProperty.call(metrics, name);
}
function evaluateMetric(metric, rule, candidateMetrics, baselineMetrics, options) {
    const verdict = {
        metric,
        rule,
        passed: true,
        comparisonSkipped: false,
        failures: [],
        messages: [],
    };
    const fail = (kind, message) => {
        verdict.passed = false;
        verdict.failures.push(kind);
        verdict.messages.push(message);
    };
    const gib = rule.greaterIsBetter;
    const cmp = (a, b) => (gib ? a >= b : a <= b);
    const op = (a, b) => (gib ? a + b : a - b);
    if (!has(candidateMetrics, metric)) {
        fail('missing_candidate', `Metric validation failed: metric ${metric} was missing from the evaluation result of the candidate model.`);
        return verdict;
    }
    const c = candidateMetrics[metric];
    verdict.candidate = c;
    const b = has(baselineMetrics, metric) ? baselineMetrics[metric] : undefined;
    if (b !== undefined) {
        verdict.baseline = b;
        verdict.absoluteChange = c - b;
        if (b !== 0)
            verdict.relativeChange = gib ? (c - b) / b : (b - c) / b;
    }
    if (rule.threshold !== undefined && !cmp(c, rule.threshold)) {
        fail('threshold', `Metric ${metric} value threshold check failed: candidate model ${metric} = ${c}, ${metric} threshold = ${rule.threshold}.`);
    }
    const compares = rule.minAbsoluteChange !== undefined || rule.minRelativeChange !== undefined;
    if (!compares)
        return verdict;
    if (b === undefined) {
        // MLflow: missing_baseline (or a KeyError when the baseline model exists but lacks the
        // metric, or a crash for min_relative_change 0.0). A first model is normal: the option decides.
        if (baselineMetrics === undefined && options.onMissingBaseline === 'pass') {
            verdict.comparisonSkipped = true;
            return verdict;
        }
        fail('missing_baseline', baselineMetrics === undefined
            ? `Model comparison failed: there is no baseline model to compare ${metric} with.`
            : `Model comparison failed: metric ${metric} was missing from the evaluation result of the baseline model.`);
        return verdict;
    }
    if (rule.minAbsoluteChange !== undefined && !cmp(c, op(b, rule.minAbsoluteChange))) {
        fail('min_absolute_change', `Metric ${metric} minimum absolute change check failed: candidate model ${metric} = ${c}, baseline model ${metric} = ${b}, ${metric} minimum absolute change threshold = ${rule.minAbsoluteChange}.`);
    }
    if (rule.minRelativeChange !== undefined) {
        // MLflow: with a zero baseline the candidate must be strictly better than 0 (by 1e-10).
        const ok = b === 0 ? cmp(c, op(0, 1e-10)) : (gib ? (c - b) / b : (b - c) / b) >= rule.minRelativeChange;
        if (!ok) {
            fail('min_relative_change', `Metric ${metric} minimum relative change check failed: candidate model ${metric} = ${c}, baseline model ${metric} = ${b}, ${metric} minimum relative change threshold = ${rule.minRelativeChange}.`);
        }
    }
    return verdict;
}
/** The rule in words, for the summary table: `≥ 0.8, +0.01, +5 % (higher is better)`. */
function describeRule(rule) {
    const parts = [];
    const dir = rule.greaterIsBetter ? '≥' : '≤';
    if (rule.threshold !== undefined)
        parts.push(`${dir} ${rule.threshold}`);
    if (rule.minAbsoluteChange !== undefined)
        parts.push(`${rule.greaterIsBetter ? '+' : '−'}${rule.minAbsoluteChange} vs baseline`);
    if (rule.minRelativeChange !== undefined)
        parts.push(`${rule.greaterIsBetter ? '+' : '−'}${round(rule.minRelativeChange * 100)} % vs baseline`);
    return `${parts.join(', ')} (${rule.greaterIsBetter ? 'higher' : 'lower'} is better)`;
}
/**
 * Reads a metrics object (`{"metric": value}`) from parsed JSON, with a clear error for anything
 * that is not a finite number.
 */
function parseMetrics(value, where) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        throw new errors/* UserError */.yo(`${where} must be a JSON object of metric names to numbers, e.g. {"rmse": 0.42}.`);
    const out = {};
    for (const [name, v] of Object.entries(value)) {
        if (typeof v !== 'number' || !Number.isFinite(v))
            throw new errors/* UserError */.yo(`${where}: metric ${(0,errors/* quoteValue */.cl)(name)} is ${describe(v)}: it must be a number.`);
        out[name] = v;
    }
    return out;
}
function round(n) {
    return Math.round(n * 1e6) / 1e6;
}
function describe(v) {
    if (typeof v === 'string')
        return `${(0,errors/* quoteValue */.cl)(v)}`;
    if (typeof v === 'number')
        return String(v);
    if (v === null)
        return 'null';
    return typeof v === 'object' ? (Array.isArray(v) ? 'a list' : 'a mapping') : String(v);
}

;// CONCATENATED MODULE: ./shared/capabilities/evaluate-model/report.ts


function buildReport(base, gate) {
    const checksPassed = base.checks.every((c) => c.passed);
    return {
        ...base,
        passed: gate.passed && checksPassed,
        metrics: gate.verdicts.map((v) => ({
            metric: v.metric,
            candidate: v.candidate,
            baseline: v.baseline,
            absoluteChange: v.absoluteChange,
            relativeChange: v.relativeChange,
            rule: describeRule(v.rule),
            passed: v.passed,
            comparisonSkipped: v.comparisonSkipped,
            messages: v.messages,
        })),
    };
}
function num(n) {
    if (n === undefined)
        return '—';
    const abs = Math.abs(n);
    return abs !== 0 && (abs < 1e-4 || abs >= 1e6)
        ? n.toExponential(4)
        : String(Number(n.toPrecision(6)));
}
function pct(n) {
    return n === undefined ? '—' : `${n >= 0 ? '+' : ''}${Number((n * 100).toPrecision(4))} %`;
}
function renderSummary(r) {
    const verdict = r.passed ? '✅ passed' : r.mode === 'enforce' ? '❌ failed' : '⚠️ failed';
    const who = r.model
        ? `\`${(0,markdown/* escapeCell */.kq)(r.model)}\` version ${(0,markdown/* escapeCell */.kq)(r.candidateVersion ?? '?')}`
        : 'metrics';
    const against = r.baselineVersion
        ? ` against version ${(0,markdown/* escapeCell */.kq)(r.baselineVersion)}`
        : ' (no baseline)';
    const lines = [
        `### Model gate: ${verdict}`,
        '',
        `${who}${r.model ? against : ''}; metrics from ${(0,markdown/* escapeCell */.kq)(r.metricsSource)}; mode ${r.mode}.`,
        '',
        (0,markdown/* table */.tp)(['Metric', 'Candidate', 'Baseline', 'Change', 'Relative', 'Rule', 'Verdict'], r.metrics.map((m) => [
            (0,markdown/* escapeCell */.kq)(m.metric),
            num(m.candidate),
            num(m.baseline),
            m.absoluteChange === undefined
                ? '—'
                : `${m.absoluteChange >= 0 ? '+' : ''}${num(m.absoluteChange)}`,
            pct(m.relativeChange),
            (0,markdown/* escapeCell */.kq)(m.rule),
            m.passed ? (m.comparisonSkipped ? '✅ (comparison skipped: no baseline)' : '✅') : '❌',
        ]), ['left', 'right', 'right', 'right', 'right', 'left', 'left']),
    ];
    if (r.checks.length > 0) {
        lines.push('', (0,markdown/* table */.tp)(['Check', 'Result', 'Detail'], r.checks.map((c) => [(0,markdown/* escapeCell */.kq)(c.check), c.passed ? '✅' : '❌', (0,markdown/* escapeCell */.kq)(c.detail)])));
    }
    const failures = r.metrics.flatMap((m) => m.messages);
    if (failures.length > 0)
        lines.push('', ...failures.map((m) => `- ${(0,markdown/* escapeCell */.kq)(m)}`));
    if (r.notes.length > 0)
        lines.push('', ...r.notes.map((n) => `> ${(0,markdown/* escapeCell */.kq)(n)}`));
    lines.push('', r.recorded.length > 0
        ? `Recorded: ${r.recorded.map(markdown/* escapeCell */.kq).join('; ')}.`
        : r.mode === 'dry-run'
            ? 'Dry run: nothing was recorded.'
            : 'Nothing was recorded.');
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./shared/capabilities/evaluate-model/results-table.ts
/**
 * The gate's results in a Lakehouse table through the SQL Statement API: one row per metric and
 * one per check, keyed by model, version and CI run, so a re-run of the same CI run replaces its
 * rows instead of adding more. A SQL failure is an HTTP 200 with state FAILED (reference §4.6).
 */

const COLUMNS = [
    ['model_name', 'STRING'],
    ['model_version', 'STRING'],
    ['ci_run_id', 'STRING'],
    ['ci_run_url', 'STRING'],
    ['commit_sha', 'STRING'],
    ['kind', 'STRING'],
    ['name', 'STRING'],
    ['candidate_value', 'DOUBLE'],
    ['baseline_value', 'DOUBLE'],
    ['baseline_version', 'STRING'],
    ['rule', 'STRING'],
    ['passed', 'BOOLEAN'],
    ['detail', 'STRING'],
    ['gate_passed', 'BOOLEAN'],
    ['mode', 'STRING'],
];
async function recordResults(client, target, report, key, signal) {
    const run = (statement, parameters = []) => execute(client, target.warehouseId, statement, parameters, signal);
    const t = target.table;
    await run(`CREATE TABLE IF NOT EXISTS ${t} (${COLUMNS.map(([n, ty]) => `${n} ${ty}`).join(', ')}, recorded_at TIMESTAMP)`);
    const keyParams = [
        { name: 'k_model', value: report.model },
        { name: 'k_version', value: report.candidateVersion },
        { name: 'k_run', value: key.ciRunId },
    ];
    await run(`DELETE FROM ${t} WHERE model_name = :k_model AND model_version = :k_version AND ci_run_id = :k_run`, keyParams);
    const rows = [
        ...report.metrics.map((m) => [
            'metric',
            m.metric,
            m.candidate,
            m.baseline,
            m.rule,
            m.passed,
            m.messages.join(' ') || (m.comparisonSkipped ? 'comparison skipped: no baseline' : ''),
        ]),
        ...report.checks.map((c) => [
            'check',
            c.check,
            undefined,
            undefined,
            '',
            c.passed,
            c.detail,
        ]),
    ];
    if (rows.length === 0)
        return 0;
    const params = [];
    const tuples = rows.map(([kind, name, cand, base, rule, passed, detail], i) => {
        const values = [
            report.model,
            report.candidateVersion,
            key.ciRunId,
            key.ciRunUrl,
            key.commit,
            kind,
            name,
            cand,
            base,
            report.baselineVersion,
            rule,
            passed,
            detail,
            report.passed,
            report.mode,
        ];
        const names = values.map((v, j) => {
            const n = `r${i}_${j}`;
            params.push({
                name: n,
                value: v === undefined ? undefined : String(v),
                type: COLUMNS[j][1],
            });
            return `:${n}`;
        });
        return `(${names.join(', ')}, current_timestamp())`;
    });
    await run(`INSERT INTO ${t} (${COLUMNS.map(([n]) => n).join(', ')}, recorded_at) VALUES ${tuples.join(', ')}`, params);
    return rows.length;
}
async function execute(client, warehouseId, statement, parameters, signal) {
    let res = await client.sql.execute({
        warehouse_id: warehouseId,
        statement,
        parameters,
        wait_timeout: '30s',
        on_wait_timeout: 'CONTINUE',
    }, signal);
    const deadline = Date.now() + 5 * 60_000;
    while (res.status?.state === 'PENDING' || res.status?.state === 'RUNNING') {
        if (Date.now() > deadline)
            throw new errors/* UserError */.yo(`The SQL warehouse ${(0,errors/* inputRef */.io)('warehouse-id')} '${warehouseId}' did not finish writing the results within 5 minutes; statement ${res.statement_id} was left to finish.`);
        await new Promise((r) => setTimeout(r, 1000));
        signal.throwIfAborted();
        res = await client.sql.get(res.statement_id, signal);
    }
    if (res.status?.state !== 'SUCCEEDED') {
        const e = res.status?.error;
        throw new errors/* UserError */.yo(`Writing the results to ${(0,errors/* inputRef */.io)('results-table')} failed: ${e?.error_code ?? res.status?.state}: ${e?.message ?? 'no message'}. Check the table name and that the CI identity may use the warehouse and write the table.`);
    }
    return res;
}

// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(9896);
// EXTERNAL MODULE: external "path"
var external_path_ = __webpack_require__(6928);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./shared/capabilities/evaluate-model/settings.ts







const VERSION = /^[1-9][0-9]{0,18}$/;
/** One to three identifiers, plain or back-quoted: interpolated into SQL, so nothing else passes. */
const TABLE = /^(`[^`]+`|[A-Za-z_][A-Za-z0-9_]*)(\.(`[^`]+`|[A-Za-z_][A-Za-z0-9_]*)){0,2}$/;
const POINTER = /^[A-Za-z0-9_-]{1,255}$/;
/**
 * A YAML/JSON document given inline or as a file path (relative to the working directory). A
 * one-line value that is not a mapping is taken as a path.
 */
function readDocument(inputs, name) {
    const raw = inputs.raw(name);
    if (raw === undefined)
        return undefined;
    const text = raw.trim();
    const inline = text.includes('\n') || text.startsWith('{') || /^[^\s/\\]+:\s/.test(text);
    if (inline)
        return parseYaml(name, text, undefined);
    const full = external_path_.resolve(text);
    let stat;
    try {
        stat = external_fs_.statSync(full);
    }
    catch {
        throw new errors/* InputError */.dz(name, `names a file that does not exist: ${(0,errors/* cutText */.IN)(text)} (resolved to ${(0,errors/* cutText */.IN)(full)})`, 'Give a path relative to the working directory, or the YAML/JSON itself.');
    }
    if (!stat.isFile())
        throw new errors/* InputError */.dz(name, `names a directory, not a file: ${(0,errors/* cutText */.IN)(text)}`, 'Give a YAML or JSON file.');
    return parseYaml(name, external_fs_.readFileSync(full, 'utf8'), text);
}
function parseYaml(name, text, file) {
    const doc = dist.parseDocument(text, { prettyErrors: false });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const where = e.linePos ? `${file ? `${(0,errors/* cutText */.IN)(file)}:` : 'line '}${e.linePos[0].line}` : '';
        throw new errors/* InputError */.dz(name, `is not valid YAML or JSON${where ? ` (${where})` : ''}: ${(0,errors/* cutText */.IN)(e.message.split('\n')[0])}`);
    }
    return doc.toJS();
}
function readMetricsFile(inputs, name) {
    const file = inputs.string(name);
    if (file === undefined)
        return undefined;
    const full = external_path_.resolve(file);
    let text;
    try {
        if (!external_fs_.statSync(full).isFile())
            throw new errors/* InputError */.dz(name, `names a directory, not a file: ${(0,errors/* cutText */.IN)(file)}`);
        text = external_fs_.readFileSync(full, 'utf8');
    }
    catch (err) {
        if (err instanceof errors/* InputError */.dz)
            throw err;
        throw new errors/* InputError */.dz(name, `names a file that cannot be read: ${(0,errors/* cutText */.IN)(file)} (resolved to ${(0,errors/* cutText */.IN)(full)})`, 'Write the metrics as JSON {"metric": value} to that path in an earlier step.');
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* InputError */.dz(name, `is not valid JSON (${(0,errors/* cutText */.IN)(file)}: ${(0,errors/* cutText */.IN)((0,errors/* errorMessage */.gJ)(err))})`);
    }
    return parseMetrics(value, `Input ${(0,errors/* inputRef */.io)(name)} (${(0,errors/* cutText */.IN)(file)})`);
}
function readCandidate(value) {
    if (value === 'latest')
        return { kind: 'latest' };
    if (value === 'latest-unevaluated')
        return { kind: 'latest-unevaluated' };
    if (VERSION.test(value))
        return { kind: 'version', version: value };
    if (POINTER.test(value))
        return { kind: 'pointer', name: value };
    throw new errors/* InputError */.dz('candidate', `must be a version number, an alias or stage, latest or latest-unevaluated, got ${(0,errors/* quoteValue */.cl)(value)}`);
}
function readBaseline(value, registry) {
    if (value === undefined)
        return registry === undefined
            ? { kind: 'none' }
            : { kind: 'pointer', name: registry === 'unity-catalog' ? 'champion' : 'Production' };
    if (value.toLowerCase() === 'none')
        return { kind: 'none' };
    if (VERSION.test(value))
        return { kind: 'version', version: value };
    if (POINTER.test(value))
        return { kind: 'pointer', name: value };
    throw new errors/* InputError */.dz('baseline', `must be an alias, a stage, a version number or none, got ${(0,errors/* quoteValue */.cl)(value)}`);
}
function readSettings(inputs, defaults) {
    const modelName = inputs.string('model-name');
    const registryInput = inputs.choice('registry');
    const registry = modelName
        ? (0,models_registry/* registryKindFor */.r6)(modelName, registryInput === 'auto' ? undefined : registryInput)
        : undefined;
    const candidateMetrics = readMetricsFile(inputs, 'candidate-metrics-file');
    const baselineMetrics = readMetricsFile(inputs, 'baseline-metrics-file');
    const metricsRunId = inputs.string('metrics-run-id');
    if (!modelName && !candidateMetrics)
        throw new errors/* InputError */.dz('model-name', 'is not set, and there is no candidate-metrics-file either', `Name the registered model, or give ${(0,errors/* inputRef */.io)('candidate-metrics-file')} to gate metrics produced elsewhere.`);
    if (baselineMetrics && !candidateMetrics)
        throw new errors/* InputError */.dz('baseline-metrics-file', `needs ${(0,errors/* inputRef */.io)('candidate-metrics-file')} too`, 'Give both files, or neither.');
    if (metricsRunId && candidateMetrics)
        throw new errors/* InputError */.dz('metrics-run-id', `cannot be combined with ${(0,errors/* inputRef */.io)('candidate-metrics-file')}`, 'Take the metrics from one place.');
    const thresholdsDoc = readDocument(inputs, 'thresholds');
    const thresholds = parseThresholds(thresholdsDoc, `Input ${(0,errors/* inputRef */.io)('thresholds')}`);
    const complianceDoc = readDocument(inputs, 'compliance-rules');
    const compliance = complianceDoc === undefined
        ? undefined
        : parseCompliance(complianceDoc, `Input ${(0,errors/* inputRef */.io)('compliance-rules')}`);
    if (compliance && !modelName)
        throw new errors/* InputError */.dz('compliance-rules', `needs ${(0,errors/* inputRef */.io)('model-name')}: compliance checks read the registered version`);
    const candidate = readCandidate(inputs.string('candidate'));
    const baselineInput = inputs.string('baseline');
    const baseline = readBaseline(baselineInput, registry);
    const aliasOnPass = inputs.string('alias-on-pass');
    if (aliasOnPass !== undefined) {
        if (registry !== 'unity-catalog')
            throw new errors/* InputError */.dz('alias-on-pass', 'needs a Unity Catalog model', 'Workspace registry models have stages, not aliases: leave it empty.');
        if (!POINTER.test(aliasOnPass) || aliasOnPass.toLowerCase() === 'latest')
            throw new errors/* InputError */.dz('alias-on-pass', `is not a usable alias: ${(0,errors/* quoteValue */.cl)(aliasOnPass)}`, "Use letters, digits, '_' or '-'; 'latest' is reserved.");
    }
    const warehouseId = inputs.string('warehouse-id');
    const table = inputs.string('results-table');
    if (table !== undefined && !TABLE.test(table))
        throw new errors/* InputError */.dz('results-table', `is not a table name: ${(0,errors/* quoteValue */.cl)(table)}`, 'Write it as catalog.schema.table (back-quote parts with other characters).');
    if ((table === undefined) !== (warehouseId === undefined))
        throw new errors/* InputError */.dz(table === undefined ? 'results-table' : 'warehouse-id', 'is not set, but the other of warehouse-id and results-table is', 'Set both to record results in a table, or neither.');
    if (table && !modelName)
        throw new errors/* UserError */.yo(`Input ${(0,errors/* inputRef */.io)('results-table')} needs ${(0,errors/* inputRef */.io)('model-name')}: rows are keyed by model and version.`);
    return {
        model: modelName && registry ? { name: modelName, registry } : undefined,
        candidate,
        baseline,
        thresholds,
        onMissingBaseline: inputs.choice('on-missing-baseline'),
        compliance,
        mode: inputs.choice('mode'),
        metricsRunId,
        candidateMetrics,
        baselineMetrics,
        commit: inputs.string('commit') ?? defaults.commit,
        aliasOnPass,
        results: table && warehouseId ? { warehouseId, table } : undefined,
        prReport: inputs.boolean('pr-comment')
            ? { key: inputs.string('report-key'), token: inputs.string('github-token') }
            : undefined,
    };
}

;// CONCATENATED MODULE: ./shared/capabilities/evaluate-model/index.ts












const evaluateModel = {
    manifest: manifest/* manifest */.e,
    async main(ctx) {
        const settings = readSettings(ctx.inputs, { commit: ctx.ci.sha });
        if (!settings.model)
            return filesOnly(ctx, settings);
        const { client } = (0,connect/* connect */.N)(ctx);
        const registry = (0,models_registry/* openRegistry */.Me)(client, settings.model.name, settings.model.registry, ctx.signal);
        return gateVersion(ctx, settings, client, registry);
    },
};
/** Metrics produced elsewhere, no workspace: a verdict and nothing recorded. */
async function filesOnly(ctx, settings) {
    const gate = evaluateThresholds(settings.thresholds, settings.candidateMetrics ?? {}, settings.baselineMetrics, { onMissingBaseline: settings.onMissingBaseline });
    const report = buildReport({
        metricsSource: 'metric files',
        mode: settings.mode,
        checks: [],
        notes: settings.baselineMetrics
            ? []
            : ['No baseline metrics file: comparisons had no baseline.'],
        recorded: [],
    }, gate);
    ctx.outputs.set('has-candidate', true);
    return finish(ctx, report, settings);
}
async function gateVersion(ctx, settings, client, registry) {
    const log = ctx.logger;
    const candidate = await resolveCandidate(registry, settings.candidate);
    if (!candidate) {
        log.info(`No READY version of ${registry.modelName} is waiting for a gate: nothing to evaluate.`);
        ctx.outputs.set('has-candidate', false);
        ctx.outputs.set('passed', '');
        await ctx.summary.append(`### Model gate\n\nNo READY version of \`${registry.modelName}\` without a gate result: nothing to evaluate.\n`);
        return;
    }
    ctx.outputs.set('has-candidate', true);
    ctx.outputs.set('candidate-version', candidate.version);
    const notes = [];
    if (candidate.status !== 'READY')
        notes.push(`Version ${candidate.version} is ${candidate.status}, not READY.`);
    let baseline = await resolveBaseline(registry, settings.baseline);
    if (baseline && baseline.version === candidate.version) {
        notes.push(`Version ${candidate.version} is already the baseline: there is nothing to compare it with.`);
        baseline = undefined;
    }
    ctx.outputs.set('baseline-version', baseline?.version);
    log.info(`Gating ${registry.modelName} version ${candidate.version}${baseline ? ` against version ${baseline.version}` : ' (no baseline yet)'}.`);
    const candidateRun = await readRun(client, candidate.runId, ctx.signal);
    if (candidate.runId && !candidateRun)
        notes.push(`The source run ${candidate.runId} of version ${candidate.version} was not found.`);
    const metrics = await readMetrics(client, settings, candidate, candidateRun, baseline, ctx.signal);
    notes.push(...metrics.notes);
    const gate = evaluateThresholds(settings.thresholds, metrics.candidate, metrics.baseline, {
        onMissingBaseline: settings.onMissingBaseline,
    });
    const checks = settings.compliance
        ? checkCompliance(settings.compliance, candidate, candidateRun, settings.commit)
        : [];
    const report = buildReport({
        model: registry.modelName,
        registry: registry.kind,
        candidateVersion: candidate.version,
        baselineVersion: baseline?.version,
        metricsSource: metrics.source,
        mode: settings.mode,
        checks,
        notes,
        recorded: [],
    }, gate);
    if (settings.mode !== 'dry-run')
        await record(ctx, settings, client, registry, report);
    return finish(ctx, report, settings);
}
async function resolveCandidate(registry, ref) {
    const name = registry.modelName;
    switch (ref.kind) {
        case 'version':
            try {
                return await registry.getVersion(ref.version);
            }
            catch (err) {
                throw notFound(err, `Version ${ref.version} of model '${name}' does not exist.`, 'candidate');
            }
        case 'pointer': {
            const v = await pointer(registry, ref.name);
            if (!v)
                throw new errors/* UserError */.yo(`Model '${name}' has no ${registry.kind === 'unity-catalog' ? 'alias' : 'version in stage'} '${ref.name}', so ${(0,errors/* inputRef */.io)('candidate')} names no version. Use a version number, latest, or an alias that is set.`);
            return v;
        }
        case 'latest':
        case 'latest-unevaluated': {
            const versions = await list(registry);
            const ready = versions.filter((v) => v.status === 'READY');
            const pick = ref.kind === 'latest'
                ? ready[0]
                : ready.find((v) => v.tags[models_tags/* GATE_TAGS */.iz.status] === undefined);
            if (!pick && ref.kind === 'latest')
                throw new errors/* UserError */.yo(`Model '${name}' has no READY version${versions.length ? ` (${versions.length} version(s), none READY)` : ''}: ${(0,errors/* inputRef */.io)('candidate')} latest names nothing. Register a version first, or wait for its registration to finish.`);
            // Tags are not always in search results: read the chosen version itself.
            return pick && registry.getVersion(pick.version);
        }
    }
}
async function resolveBaseline(registry, ref) {
    if (ref.kind === 'none')
        return undefined;
    if (ref.kind === 'pointer')
        return pointer(registry, ref.name);
    try {
        return await registry.getVersion(ref.version);
    }
    catch (err) {
        throw notFound(err, `Version ${ref.version} of model '${registry.modelName}' does not exist.`, 'baseline');
    }
}
async function pointer(registry, name) {
    try {
        return await registry.resolvePointer(name);
    }
    catch (err) {
        throw notFound(err, `Model '${registry.modelName}' does not exist.`, 'model-name');
    }
}
async function list(registry) {
    try {
        return await registry.listVersions();
    }
    catch (err) {
        throw notFound(err, `Model '${registry.modelName}' does not exist.`, 'model-name');
    }
}
function notFound(err, message, input) {
    if (err instanceof databricks/* DatabricksError */.rC && err.isNotFound)
        return new errors/* UserError */.yo(`${message} Check ${(0,errors/* inputRef */.io)(input)}.`, { cause: err });
    return err;
}
async function readRun(client, runId, signal) {
    if (!runId)
        return undefined;
    try {
        return await client.mlflow.getRun(runId, signal);
    }
    catch (err) {
        if (err instanceof databricks/* DatabricksError */.rC && err.isNotFound)
            return undefined;
        throw err;
    }
}
function latestMetrics(run) {
    const out = {};
    for (const m of run?.data.metrics ?? [])
        if (Number.isFinite(m.value))
            out[m.key] = m.value;
    return out;
}
const BASELINE_PREFIX = 'baseline_';
async function readMetrics(client, settings, candidate, candidateRun, baseline, signal) {
    const notes = [];
    if (settings.candidateMetrics)
        return {
            candidate: settings.candidateMetrics,
            baseline: settings.baselineMetrics,
            source: 'metric files',
            notes: settings.baselineMetrics
                ? []
                : ['No baseline metrics file: comparisons had no baseline.'],
        };
    const baselineFromRun = async () => {
        if (!baseline)
            return undefined;
        const run = await readRun(client, baseline.runId, signal);
        if (!run)
            notes.push(`Baseline version ${baseline.version} has ${baseline.runId ? `a source run (${baseline.runId}) that was not found` : 'no source run'}: its metrics are unknown.`);
        return latestMetrics(run);
    };
    if (settings.metricsRunId) {
        const run = await readRun(client, settings.metricsRunId, signal);
        if (!run)
            throw new errors/* UserError */.yo(`Input ${(0,errors/* inputRef */.io)('metrics-run-id')}: MLflow run '${settings.metricsRunId}' does not exist.`);
        const all = latestMetrics(run);
        const cand = {};
        const base = {};
        for (const [k, v] of Object.entries(all)) {
            if (k.startsWith(BASELINE_PREFIX))
                base[k.slice(BASELINE_PREFIX.length)] = v;
            else
                cand[k] = v;
        }
        // mlops-stacks' validation run logs the champion's values as baseline_<metric>.
        const hasLogged = Object.keys(base).length > 0;
        return {
            candidate: cand,
            baseline: hasLogged ? base : await baselineFromRun(),
            source: `evaluation run ${settings.metricsRunId}`,
            notes,
        };
    }
    if (!candidate.runId)
        notes.push(`Version ${candidate.version} has no source run (MLflow 3 versions may have none): give metrics-run-id or candidate-metrics-file.`);
    return {
        candidate: latestMetrics(candidateRun),
        baseline: await baselineFromRun(),
        source: 'the versions’ source runs',
        notes,
    };
}
async function record(ctx, settings, client, registry, report) {
    const version = report.candidateVersion;
    // The table first: it is the write most likely to be refused, and nothing else is written then.
    if (settings.results) {
        const rows = await recordResults(client, settings.results, report, {
            ciRunId: ciRunKey(ctx),
            ciRunUrl: ctx.ci.runUrl,
            commit: settings.commit,
        }, ctx.signal);
        report.recorded.push(`${rows} row(s) in ${settings.results.table}`);
    }
    const tags = [
        [models_tags/* GATE_TAGS */.iz.status, report.passed ? 'passed' : 'failed'],
        [models_tags/* GATE_TAGS */.iz.time, new Date().toISOString()],
        [models_tags/* GATE_TAGS */.iz.baseline, report.baselineVersion ?? 'none'],
    ];
    if (ctx.ci.runUrl)
        tags.push([models_tags/* GATE_TAGS */.iz.runUrl, ctx.ci.runUrl]);
    if (settings.commit)
        tags.push([models_tags/* GATE_TAGS */.iz.commit, settings.commit]);
    for (const [k, v] of tags)
        await registry.setTag(version, k, v);
    report.recorded.push(`tags ${tags.map(([k]) => k).join(', ')} on version ${version}`);
    if (report.passed && settings.aliasOnPass) {
        await registry.setAlias(settings.aliasOnPass, version);
        report.recorded.push(`alias @${settings.aliasOnPass} → version ${version}`);
    }
}
function ciRunKey(ctx) {
    const { provider, runId, attempt } = ctx.ci;
    return runId
        ? `${provider}:${runId}${attempt ? `:${attempt}` : ''}`
        : `${provider}:${Date.now()}`;
}
async function finish(ctx, report, settings) {
    const failedMetrics = report.metrics.filter((m) => !m.passed).map((m) => m.metric);
    const failedChecks = report.checks.filter((c) => !c.passed).map((c) => c.check);
    ctx.outputs.set('passed', report.passed);
    ctx.outputs.set('failed-metrics', failedMetrics);
    ctx.outputs.set('failed-checks', failedChecks);
    ctx.outputs.set('report-json', report);
    for (const m of report.metrics) {
        const line = `${m.passed ? 'pass' : 'FAIL'} ${m.metric}: candidate ${m.candidate ?? 'missing'}${m.baseline !== undefined ? `, baseline ${m.baseline}` : ''} (${m.rule})${m.comparisonSkipped ? ', comparison skipped: no baseline' : ''}`;
        ctx.logger.info(line);
    }
    for (const c of report.checks)
        ctx.logger.info(`${c.passed ? 'pass' : 'FAIL'} ${c.check}: ${c.detail}`);
    for (const n of report.notes)
        ctx.logger.warning(n);
    const summary = renderSummary(report);
    await ctx.summary.append(summary);
    if (settings.prReport)
        await ctx.prReport.upsert(summary, {
            key: settings.prReport.key ??
                `${(0,pr_comment/* defaultReportKey */.Hi)(ctx.ci, manifest/* manifest */.e.name)}/${report.model ?? 'metrics'}`,
            token: settings.prReport.token,
            resolved: report.passed,
        });
    if (report.passed) {
        ctx.logger.info('The gate passed.');
        return;
    }
    const why = [
        failedMetrics.length ? `metric(s) ${failedMetrics.join(', ')}` : '',
        failedChecks.length ? `check(s) ${failedChecks.join(', ')}` : '',
    ]
        .filter(Boolean)
        .join(' and ');
    const message = `The model gate failed: ${why}.`;
    if (report.mode === 'enforce')
        return { outcome: 'failed', message };
    return {
        outcome: 'succeededWithIssues',
        message: `${message} (mode ${report.mode}: not enforced)`,
    };
}


/***/ }),

/***/ 7726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Me: () => (/* binding */ openRegistry),
/* harmony export */   r6: () => (/* binding */ registryKindFor)
/* harmony export */ });
/* unused harmony export STAGES */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);
/* harmony import */ var _databricks__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(670);
/**
 * One view of a registered model for the model capabilities (evaluate-model, promote-model), over
 * the two registries Databricks has: Unity Catalog (three-part names, aliases) and the workspace
 * registry (stages). Versions are decimal strings in both.
 */


/** The three-part shape Unity Catalog requires; anything else is a workspace registry name. */
const UC_NAME = /^[^.\s]+\.[^.\s]+\.[^.\s]+$/;
function registryKindFor(modelName, override) {
    if (override === 'workspace' && UC_NAME.test(modelName))
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputRef */ .io)('model-name')} '${modelName}' is a three-part Unity Catalog name, but ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputRef */ .io)('registry')} is workspace: the workspace registry refuses names with periods. Set ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputRef */ .io)('registry')} to unity-catalog, or use the workspace model's own name.`);
    if (override === 'unity-catalog' && !UC_NAME.test(modelName))
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputRef */ .io)('model-name')} '${modelName}' is not a Unity Catalog name: write it as catalog.schema.model.`);
    return override ?? (UC_NAME.test(modelName) ? 'unity-catalog' : 'workspace');
}
function tagMap(tags) {
    const out = {};
    for (const t of tags ?? [])
        out[t.key] = t.value;
    return out;
}
function byNewest(a, b) {
    const d = BigInt(b.version) - BigInt(a.version);
    return d > 0n ? 1 : d < 0n ? -1 : 0;
}
function isNotFound(err) {
    return err instanceof _databricks__WEBPACK_IMPORTED_MODULE_1__/* .DatabricksError */ .rC && err.isNotFound;
}
/** MLflow filter strings quote with single quotes; a quote in the name is doubled away. */
function nameFilter(name) {
    return `name='${name.replace(/'/g, "\\'")}'`;
}
function openRegistry(client, modelName, kind, signal) {
    return kind === 'unity-catalog'
        ? unityCatalogRegistry(client, modelName, signal)
        : workspaceRegistry(client, modelName, signal);
}
/** A version as the capabilities read it; `placed` is where the registry puts it (aliases, stage). */
function versionView(v, placed) {
    return {
        version: String(v.version),
        status: v.status ?? 'UNKNOWN',
        runId: v.run_id || undefined,
        description: v.description || undefined,
        tags: tagMap(v.tags),
        ...placed,
        createdAt: typeof v.creation_timestamp === 'number' ? v.creation_timestamp : undefined,
    };
}
function unityCatalogRegistry(client, name, signal) {
    const uc = client.unityCatalog;
    const view = (v) => versionView(v, { aliases: (v.aliases ?? []).map((a) => a.alias) });
    return {
        kind: 'unity-catalog',
        modelName: name,
        async getVersion(version) {
            return view(await uc.mlflow.getModelVersion(name, version, signal));
        },
        async listVersions() {
            const out = [];
            let pageToken;
            do {
                const page = await uc.mlflow.searchModelVersions({
                    filter: nameFilter(name),
                    maxResults: 1000,
                    pageToken,
                    signal,
                });
                out.push(...page.model_versions.map(view));
                pageToken = page.next_page_token;
            } while (pageToken);
            return out.sort(byNewest);
        },
        async resolvePointer(alias) {
            try {
                return view(await uc.mlflow.getModelVersionByAlias(name, alias, signal));
            }
            catch (err) {
                if (isNotFound(err))
                    return undefined;
                throw err;
            }
        },
        async setTag(version, key, value) {
            await uc.mlflow.setModelVersionTag(name, version, key, value, signal);
        },
        async setAlias(alias, version) {
            await uc.mlflow.setAlias(name, alias, version, signal);
        },
        async deleteAlias(alias) {
            try {
                await uc.mlflow.deleteAlias(name, alias, signal);
            }
            catch (err) {
                if (!isNotFound(err))
                    throw err;
            }
        },
        async transitionStage() {
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Unity Catalog models have no stages: use an alias for ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputRef */ .io)('model-name')} '${name}'.`);
        },
        versionUrl(version) {
            const [catalog, schema, model] = name.split('.');
            return `${client.host}/explore/data/models/${encodeURIComponent(catalog)}/${encodeURIComponent(schema)}/${encodeURIComponent(model)}/version/${encodeURIComponent(version)}`;
        },
    };
}
function workspaceRegistry(client, name, signal) {
    const reg = client.registry;
    const view = (v) => versionView(v, { aliases: [], stage: v.current_stage });
    return {
        kind: 'workspace',
        modelName: name,
        async getVersion(version) {
            return view(await reg.getModelVersion(name, version, signal));
        },
        async listVersions() {
            return (await reg.searchAllModelVersions(nameFilter(name), signal)).map(view).sort(byNewest);
        },
        async resolvePointer(stage) {
            const canonical = STAGES.find((s) => s.toLowerCase() === stage.toLowerCase());
            if (!canonical)
                throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`'${stage}' is not a workspace registry stage: use one of ${STAGES.join(', ')} (workspace models have stages, not aliases).`);
            let versions;
            try {
                versions = await reg.getLatestVersions(name, [canonical], signal);
            }
            catch (err) {
                if (isNotFound(err))
                    return undefined;
                throw err;
            }
            const newest = versions.map(view).sort(byNewest)[0];
            // get-latest-versions omits tags: read the version itself.
            return newest ? view(await reg.getModelVersion(name, newest.version, signal)) : undefined;
        },
        async setTag(version, key, value) {
            await reg.setModelVersionTag(name, version, key, value, signal);
        },
        async setAlias() {
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Workspace registry models have no aliases: use a stage for ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputRef */ .io)('model-name')} '${name}'.`);
        },
        async deleteAlias() {
            // Nothing to delete: stages are moved, not removed.
        },
        async transitionStage(version, stage, comment) {
            await reg.transitionStage({ name, version, stage: stage, archive_existing_versions: true, comment }, signal);
        },
        versionUrl(version) {
            return `${client.host}/#mlflow/models/${encodeURIComponent(name)}/versions/${encodeURIComponent(version)}`;
        },
    };
}
const STAGES = ['None', 'Staging', 'Production', 'Archived'];


/***/ }),

/***/ 4272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Of: () => (/* binding */ GATE_STATUS_TAG),
/* harmony export */   ar: () => (/* binding */ PROMOTION_TAGS),
/* harmony export */   iz: () => (/* binding */ GATE_TAGS)
/* harmony export */ });
/**
 * Version tags the model capabilities write and read: evaluate-model records its verdict,
 * promote-model refuses a version without a passed one and stamps its audit.
 */
const GATE_TAGS = {
    status: 'mlops.gate.status',
    runUrl: 'mlops.gate.run_url',
    time: 'mlops.gate.time',
    commit: 'mlops.gate.commit',
    baseline: 'mlops.gate.baseline_version',
};
const GATE_STATUS_TAG = GATE_TAGS.status;
const PROMOTION_TAGS = {
    by: 'mlops.promotion.by',
    time: 'mlops.promotion.time',
    runUrl: 'mlops.promotion.run_url',
    reason: 'mlops.promotion.reason',
    approvers: 'mlops.promotion.approvers',
    previous: 'mlops.promotion.previous_version',
    action: 'mlops.promotion.action',
    target: 'mlops.promotion.target',
};


/***/ })

};
;