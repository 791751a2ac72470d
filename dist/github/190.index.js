"use strict";
exports.id = 190;
exports.ids = [190];
exports.modules = {

/***/ 36214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 21916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = exports.kp = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
exports.kp = closest;


/***/ }),

/***/ 52190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployJobs: () => (/* binding */ deployJobs)
});

// EXTERNAL MODULE: external "path"
var external_path_ = __webpack_require__(16928);
// EXTERNAL MODULE: ./shared/connect.ts
var connect = __webpack_require__(1660);
// EXTERNAL MODULE: ./shared/databricks/index.ts + 23 modules
var databricks = __webpack_require__(80670);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/report/pr-comment.ts
var pr_comment = __webpack_require__(47563);
// EXTERNAL MODULE: ./shared/code-source/git-source.ts
var git_source = __webpack_require__(8404);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(79896);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(76448);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./shared/capabilities/deploy-jobs/yaml-source.ts




function isMap(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** A user mistake in a definition file, with the place it was written. */
class DefinitionError extends errors/* UserError */.yo {
    where;
    constructor(where, problem) {
        super(`${where}: ${problem}`);
        this.where = where;
    }
}
function at(file, keys) {
    const line = file.lineOf(keys);
    return line === undefined ? file.display : `${file.display}:${line}`;
}
/** Reads YAML (JSON is YAML) with anchors, aliases and `<<` merge keys, as the bundle CLI does. */
function readSourceFile(full, display) {
    let text;
    try {
        text = external_fs_.readFileSync(full, 'utf8');
    }
    catch {
        throw new errors/* UserError */.yo(`${display}: cannot be read (resolved to ${full}).`);
    }
    const lines = new yaml_dist.LineCounter();
    const doc = yaml_dist.parseDocument(text, { merge: true, lineCounter: lines, prettyErrors: false });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const line = e.linePos ? `:${e.linePos[0].line}` : '';
        throw new errors/* UserError */.yo(`${display}${line}: is not valid YAML or JSON: ${e.message.split('\n')[0]}`);
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 10000 });
    }
    catch (err) {
        throw new errors/* UserError */.yo(`${display}: ${err.message.split('\n')[0]}`);
    }
    return {
        display,
        full,
        value,
        lineOf: (keys) => lineOf(doc, lines, keys),
    };
}
function lineOf(doc, lines, keys) {
    let node = doc.contents;
    let best = rangeLine(node, lines);
    for (const key of keys) {
        if (!(0,yaml_dist.isCollection)(node))
            break;
        let next;
        let keyLine;
        for (const item of node.items) {
            if ((0,yaml_dist.isPair)(item)) {
                const k = (0,yaml_dist.isScalar)(item.key) ? item.key.value : item.key;
                if (String(k) === String(key)) {
                    next = item.value;
                    keyLine = rangeLine(item.key, lines);
                    break;
                }
            }
        }
        if (next === undefined && typeof key === 'number' && node.items[key] !== undefined)
            next = node.items[key];
        if (next === undefined)
            break;
        best = keyLine ?? rangeLine(next, lines) ?? best;
        node = next;
    }
    return best;
}
function rangeLine(node, lines) {
    const range = node?.range;
    return range ? lines.linePos(range[0]).line : undefined;
}
/** A display path: posix, relative to `root` when inside it. */
function displayPath(root, full) {
    const rel = external_path_.relative(root, full);
    return (rel && !rel.startsWith('..') ? rel : full).split(external_path_.sep).join('/');
}

;// CONCATENATED MODULE: ./shared/capabilities/deploy-jobs/interpolate.ts

/** `${a.b.c}` as the bundle CLI writes references. */
const REF = /\$\{([A-Za-z_][A-Za-z0-9_.\-[\]]*)\}/g;
const WHOLE = /^\$\{([A-Za-z_][A-Za-z0-9_.\-[\]]*)\}$/;
/**
 * Replaces every reference in strings of `value`. A string that is exactly one reference takes the
 * referenced value as it is (a complex variable stays an object), as in the CLI.
 */
function interpolate(value, lookup, unknown, keys = []) {
    if (typeof value === 'string')
        return interpolateString(value, lookup, unknown, keys);
    if (Array.isArray(value))
        return value.map((v, i) => interpolate(v, lookup, unknown, [...keys, i]));
    if (isMap(value)) {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = interpolate(v, lookup, unknown, [...keys, k]);
        return out;
    }
    return value;
}
function interpolateString(s, lookup, unknown, keys) {
    const whole = WHOLE.exec(s);
    if (whole) {
        const found = lookup(whole[1]);
        if (found === 'defer')
            return s;
        if (found === undefined)
            return unknown(whole[1], keys);
        return found.value;
    }
    return s.replace(REF, (m, ref) => {
        const found = lookup(ref);
        if (found === 'defer')
            return m;
        if (found === undefined)
            return unknown(ref, keys);
        const v = found.value;
        return typeof v === 'string' ? v : JSON.stringify(v);
    });
}
/** Every reference left in `value` (after interpolation: the deferred ones). */
function referencesIn(value, out = new Set()) {
    if (typeof value === 'string')
        for (const m of value.matchAll(REF))
            out.add(m[1]);
    else if (Array.isArray(value))
        for (const v of value)
            referencesIn(v, out);
    else if (isMap(value))
        for (const v of Object.values(value))
            referencesIn(v, out);
    return out;
}

;// CONCATENATED MODULE: ./shared/capabilities/deploy-jobs/presets.ts

/** Registered model names take lower-case letters, digits and '_' only. */
function modelPrefix(prefix) {
    return prefix
        .trim()
        .toLowerCase()
        .replace(/[^a-z0-9_]+/g, '_')
        .replace(/^_+/, '');
}
/** Applies presets as the bundle CLI does: name prefix, tags, paused triggers, concurrency. */
function applyPresets(kind, value, p) {
    const out = { ...value };
    if (kind === 'experiments') {
        if (p.namePrefix) {
            const name = String(out.name);
            const cut = name.lastIndexOf('/') + 1;
            out.name = `${name.slice(0, cut)}${p.namePrefix}${name.slice(cut)}`;
        }
        return out;
    }
    if (kind === 'registered_models') {
        const prefix = modelPrefix(p.namePrefix);
        if (prefix)
            out.name = `${prefix}${prefix.endsWith('_') ? '' : '_'}${String(out.name)}`;
        return out;
    }
    out.name = `${p.namePrefix}${String(out.name)}`;
    if (Object.keys(p.tags).length)
        out.tags = { ...p.tags, ...(isMap(out.tags) ? out.tags : {}) };
    for (const k of ['schedule', 'trigger', 'continuous']) {
        const block = out[k];
        if (!isMap(block))
            continue;
        if (p.forcePause)
            out[k] = { ...block, pause_status: 'PAUSED' };
        else if (p.triggerPauseStatus && block.pause_status === undefined)
            out[k] = { ...block, pause_status: p.triggerPauseStatus };
    }
    if (p.jobsMaxConcurrentRuns !== undefined && !out.max_concurrent_runs)
        out.max_concurrent_runs = p.jobsMaxConcurrentRuns;
    return out;
}

;// CONCATENATED MODULE: ./shared/capabilities/deploy-jobs/paths.ts



const NOTEBOOK_HEADER = /^(# Databricks notebook source|-- Databricks notebook source|\/\/ Databricks notebook source)/;
const NOTEBOOK_EXT = /\.(py|sql|scala|r|ipynb)$/i;
/** Local paths are relative; absolute ones and URIs (dbfs:/, s3://) are remote already. */
function isLocal(p) {
    return (typeof p === 'string' &&
        p !== '' &&
        !p.startsWith('/') &&
        !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(p) &&
        !p.includes('${'));
}
function isNotebookFile(full) {
    if (/\.ipynb$/i.test(full))
        return true;
    try {
        const fd = external_fs_.openSync(full, 'r');
        try {
            const buf = Buffer.alloc(64);
            const n = external_fs_.readSync(fd, buf, 0, 64, 0);
            return NOTEBOOK_HEADER.test(buf.subarray(0, n).toString('utf8'));
        }
        finally {
            external_fs_.closeSync(fd);
        }
    }
    catch {
        return false;
    }
}
/**
 * Rewrites the relative notebook and file paths of a job's tasks as the bundle CLI does: relative to
 * the file that names them, then to the deployed copy (notebooks lose their extension). A job with its
 * own `git_source`, or a task whose `source` is GIT, keeps its paths.
 */
function rewriteJobPaths(job, file, keys, mapping) {
    if (isMap(job.git_source))
        return job;
    const dir = external_path_.dirname(file.full);
    const map = (p, kind, where) => {
        const full = external_path_.resolve(dir, p);
        const loc = at(file, where);
        if (!external_fs_.existsSync(full) || !external_fs_.statSync(full).isFile())
            throw new DefinitionError(loc, `${kind} ${p} does not exist (resolved to ${full}).`);
        const rel = external_path_.relative(mapping.root, full);
        if (rel.startsWith('..') || external_path_.isAbsolute(rel))
            throw new DefinitionError(loc, `${kind} ${p} lies outside ${mapping.root}, the folder that is deployed.`);
        mapping.used?.add(full);
        let out = rel.split(external_path_.sep).join('/');
        if (kind === 'notebook') {
            if (!isNotebookFile(full))
                throw new DefinitionError(loc, `${p} is not a notebook: a notebook_path needs a source notebook (first line '# Databricks notebook source') or an .ipynb file; use spark_python_task for a plain Python file.`);
            out = out.replace(NOTEBOOK_EXT, '');
        }
        return mapping.remotePrefix ? `${mapping.remotePrefix}/${out}` : out;
    };
    const task = (t, where) => {
        if (!isMap(t))
            return t;
        const out = { ...t };
        const viaGit = t.source === 'GIT';
        const nb = out.notebook_task;
        if (isMap(nb) && !viaGit && nb.source !== 'GIT' && isLocal(nb.notebook_path))
            out.notebook_task = {
                ...nb,
                notebook_path: map(nb.notebook_path, 'notebook', [
                    ...where,
                    'notebook_task',
                    'notebook_path',
                ]),
            };
        const py = out.spark_python_task;
        if (isMap(py) && py.source !== 'GIT' && isLocal(py.python_file))
            out.spark_python_task = {
                ...py,
                python_file: map(py.python_file, 'file', [...where, 'spark_python_task', 'python_file']),
            };
        const sql = out.sql_task;
        if (isMap(sql) && isMap(sql.file) && sql.file.source !== 'GIT' && isLocal(sql.file.path))
            out.sql_task = {
                ...sql,
                file: {
                    ...sql.file,
                    path: map(sql.file.path, 'file', [...where, 'sql_task', 'file', 'path']),
                },
            };
        if (Array.isArray(out.libraries))
            out.libraries = out.libraries.map((lib, i) => {
                if (!isMap(lib))
                    return lib;
                const l = { ...lib };
                for (const k of ['whl', 'jar', 'requirements'])
                    if (isLocal(l[k]))
                        l[k] = map(l[k], 'file', [...where, 'libraries', i, k]);
                return l;
            });
        const each = out.for_each_task;
        if (isMap(each) && isMap(each.task))
            out.for_each_task = { ...each, task: task(each.task, [...where, 'for_each_task', 'task']) };
        return out;
    };
    if (!Array.isArray(job.tasks))
        return job;
    return { ...job, tasks: job.tasks.map((t, i) => task(t, [...keys, 'tasks', i])) };
}

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(21916);
// EXTERNAL MODULE: ./shared/databricks/jobs-schema.ts
var jobs_schema = __webpack_require__(96465);
;// CONCATENATED MODULE: ./shared/capabilities/deploy-jobs/job-schema.ts
/**
 * JSON Schemas for deploy-jobs: the Jobs API job settings (checked once references are resolved)
 * and the shape of every bundle file (checked as written, so a leaf may still be a `${...}`).
 * `npm run generate` compiles them into schema.validate.js with ajv's standalone code, so a
 * deploy neither loads nor compiles ajv. `x-what` names what an object's keys are, for the "is not
 * a ... (did you mean ...)" error. Enums are open in the API (reference §3), so values are typed
 * but not listed. Parts marked [inferred] are not in shared/reference/databricks-api.md and follow
 * the Databricks SDK / CLI bundle schema.
 */

function strict(what, properties, required) {
    return {
        type: 'object',
        'x-what': what,
        properties,
        additionalProperties: false,
        ...(required ? { required } : {}),
    };
}
function job_schema_closed(what, entry) {
    return strict(what, entry.properties, entry.required);
}
/** The task types a job's task has exactly one of: a run's, and one more [inferred]. */
const TASK_TYPES = [...jobs_schema/* RUN_TASK_TYPES */.kr, 'dbt_cloud_task'];
// [inferred] notification and health shapes: the reference names the fields only.
const notifyList = jobs_schema/* strings */.P$;
const emailNotifications = strict('email_notifications setting', {
    on_start: notifyList,
    on_success: notifyList,
    on_failure: notifyList,
    on_duration_warning_threshold_exceeded: notifyList,
    on_streaming_backlog_exceeded: notifyList,
    no_alert_for_skipped_runs: jobs_schema/* bool */.lc,
});
const webhookList = { type: 'array', items: { type: 'object', required: ['id'] } };
const webhookNotifications = strict('webhook_notifications setting', {
    on_start: webhookList,
    on_success: webhookList,
    on_failure: webhookList,
    on_duration_warning_threshold_exceeded: webhookList,
    on_streaming_backlog_exceeded: webhookList,
});
const notificationSettings = strict('notification_settings setting', {
    no_alert_for_skipped_runs: jobs_schema/* bool */.lc,
    no_alert_for_canceled_runs: jobs_schema/* bool */.lc,
    alert_on_last_attempt: jobs_schema/* bool */.lc,
});
const health = {
    type: 'object',
    properties: {
        rules: {
            type: 'array',
            items: { type: 'object', required: ['metric', 'op', 'value'] },
        },
    },
};
/** Shared by jobs and tasks: referenced, so that the generated validator checks them in one place. */
const notificationDefinitions = {
    email_notifications: emailNotifications,
    webhook_notifications: webhookNotifications,
    notification_settings: notificationSettings,
    health,
};
const notifications = Object.fromEntries(Object.keys(notificationDefinitions).map((k) => [k, { $ref: `#/definitions/${k}` }]));
/** A job id: a number, or a reference to a job of the same deployment, resolved at deploy time. */
const jobId = {
    type: ['integer', 'string'],
    pattern: '^(\\d+|\\$\\{resources\\.jobs\\.[^.}]+\\.id\\})$',
    'x-expect': 'a job id or ${resources.jobs.<key>.id}',
};
const taskTypes = {
    // Reference §3.1.
    ...(0,jobs_schema/* codeTaskTypes */.GF)(jobs_schema/* str */.gx),
    condition_task: { type: 'object', required: ['left', 'op', 'right'] },
    run_job_task: (0,jobs_schema/* runJobTask */.K0)(jobId),
    sql_task: jobs_schema/* obj */.WL,
    // [inferred] from the SDK's Task.
    spark_jar_task: { type: 'object', properties: { main_class_name: jobs_schema/* str */.gx, parameters: jobs_schema/* strings */.P$ } },
    spark_submit_task: { type: 'object', properties: { parameters: jobs_schema/* strings */.P$ } },
    dbt_task: { type: 'object', required: ['commands'], properties: { commands: jobs_schema/* strings */.P$ } },
    for_each_task: {
        type: 'object',
        required: ['inputs', 'task'],
        properties: { inputs: jobs_schema/* str */.gx, task: { $ref: '#/definitions/task' }, concurrency: jobs_schema/* int */.Wh },
    },
    pipeline_task: {
        type: 'object',
        required: ['pipeline_id'],
        properties: { pipeline_id: jobs_schema/* nonEmpty */.hq, full_refresh: jobs_schema/* bool */.lc },
    },
    clean_rooms_notebook_task: jobs_schema/* obj */.WL,
    dashboard_task: jobs_schema/* obj */.WL,
    power_bi_task: jobs_schema/* obj */.WL,
    gen_ai_compute_task: jobs_schema/* obj */.WL,
    dbt_cloud_task: jobs_schema/* obj */.WL,
};
const task = {
    ...strict('task setting', {
        task_key: { ...jobs_schema/* taskKey */.Do, 'x-expect': "1 to 100 letters, digits, '_' or '-'" },
        description: jobs_schema/* str */.gx,
        depends_on: {
            type: 'array',
            items: job_schema_closed('depends_on setting', jobs_schema/* dependsOnEntry */.v),
        },
        run_if: jobs_schema/* str */.gx,
        ...taskTypes,
        ...jobs_schema/* taskCompute */.BU,
        timeout_seconds: jobs_schema/* int */.Wh,
        max_retries: jobs_schema/* int */.Wh,
        min_retry_interval_millis: jobs_schema/* int */.Wh,
        retry_on_timeout: jobs_schema/* bool */.lc,
        disabled: jobs_schema/* bool */.lc,
        ...notifications,
        // [inferred] newer Task fields.
        compute_key: jobs_schema/* str */.gx,
        disable_auto_optimization: jobs_schema/* bool */.lc,
    }, ['task_key']),
    'x-task': true,
    oneOf: TASK_TYPES.map((t) => ({ required: [t] })),
};
/** Jobs API 2.2 `JobSettings` (reference §3.5), plus `permissions` as bundles write them. */
const jobSchema = {
    $id: 'job',
    definitions: { task, ...notificationDefinitions },
    ...strict('job setting', {
        name: jobs_schema/* str */.gx,
        description: jobs_schema/* str */.gx,
        tasks: { type: 'array', minItems: 1, items: { $ref: '#/definitions/task' } },
        job_clusters: {
            type: 'array',
            items: job_schema_closed('job cluster setting', jobs_schema/* jobClusterEntry */.eH),
        },
        environments: {
            type: 'array',
            items: job_schema_closed('environment setting', jobs_schema/* environmentEntry */.qb),
        },
        git_source: jobs_schema/* gitSource */.Ym,
        parameters: {
            type: 'array',
            items: strict('job parameter setting', { name: jobs_schema/* nonEmpty */.hq, default: jobs_schema/* scalar */.d_ }, [
                'name',
                'default',
            ]),
        },
        schedule: strict('schedule setting', { quartz_cron_expression: jobs_schema/* nonEmpty */.hq, timezone_id: jobs_schema/* str */.gx, pause_status: jobs_schema/* str */.gx }, ['quartz_cron_expression']),
        max_concurrent_runs: jobs_schema/* int */.Wh,
        timeout_seconds: jobs_schema/* int */.Wh,
        queue: strict('queue setting', { enabled: jobs_schema/* bool */.lc }, ['enabled']),
        tags: { type: 'object', additionalProperties: jobs_schema/* str */.gx },
        run_as: strict('run_as setting', {
            user_name: jobs_schema/* str */.gx,
            service_principal_name: jobs_schema/* str */.gx,
            group_name: jobs_schema/* str */.gx,
        }),
        ...notifications,
        // [inferred] trigger and continuous shapes (the reference names `trigger` only).
        trigger: strict('trigger setting', {
            pause_status: jobs_schema/* str */.gx,
            file_arrival: { type: 'object', required: ['url'] },
            periodic: { type: 'object', required: ['interval', 'unit'] },
            table: { type: 'object', required: ['table_names'] },
            table_update: { type: 'object', required: ['table_names'] },
        }),
        continuous: strict('continuous setting', { pause_status: jobs_schema/* str */.gx, task_retry_mode: jobs_schema/* str */.gx }),
        format: jobs_schema/* str */.gx,
        edit_mode: jobs_schema/* str */.gx,
        deployment: { type: 'object', required: ['kind'] },
        budget_policy_id: jobs_schema/* str */.gx,
        performance_target: jobs_schema/* str */.gx,
        parent_path: jobs_schema/* str */.gx,
        // [inferred] in the SDK's JobSettings, not in the reference.
        usage_policy_id: jobs_schema/* str */.gx,
        access_control_list: { type: 'array', items: jobs_schema/* obj */.WL },
        permissions: { type: 'array', items: jobs_schema/* obj */.WL },
    }),
    required: ['tasks'],
};
/** The `lookup` kinds of the bundle CLI; deploy-jobs resolves some (see lookup.ts). */
const LOOKUP_KINDS = [
    'alert',
    'cluster',
    'cluster_policy',
    'dashboard',
    'instance_pool',
    'job',
    'metastore',
    'notification_destination',
    'pipeline',
    'query',
    'service_principal',
    'warehouse',
];
const lookup = {
    ...strict('lookup kind', Object.fromEntries(LOOKUP_KINDS.map((k) => [k, jobs_schema/* nonEmpty */.hq]))),
    minProperties: 1,
    maxProperties: 1,
};
/** A variable's declaration, or a target's value for it (a plain value is its default). */
const variable = {
    type: ['object', 'string', 'number', 'boolean', 'array'],
    'x-what': 'variable setting',
    properties: {
        description: jobs_schema/* str */.gx,
        default: {},
        type: jobs_schema/* str */.gx,
        lookup: { $ref: '#/definitions/lookup' },
    },
    additionalProperties: false,
};
const permissions = {
    type: 'array',
    items: strict('permission setting', { level: jobs_schema/* str */.gx, user_name: jobs_schema/* str */.gx, group_name: jobs_schema/* str */.gx, service_principal_name: jobs_schema/* str */.gx }, ['level']),
};
const resourceGroup = (item) => ({
    type: ['object', 'null'],
    additionalProperties: item,
});
// [inferred] the bundle format is not in the reference: this follows the CLI's bundle schema, for
// the parts deploy-jobs reads; the rest is typed loosely (`object`) and passed over.
const resources = {
    type: ['object', 'null'],
    properties: {
        jobs: resourceGroup(jobs_schema/* obj */.WL),
        experiments: resourceGroup({
            type: 'object',
            properties: { name: jobs_schema/* str */.gx, permissions },
        }),
        registered_models: resourceGroup({
            type: 'object',
            properties: {
                name: jobs_schema/* str */.gx,
                catalog_name: jobs_schema/* str */.gx,
                schema_name: jobs_schema/* str */.gx,
                comment: jobs_schema/* str */.gx,
                grants: {
                    type: 'array',
                    items: strict('grant setting', { principal: jobs_schema/* nonEmpty */.hq, privileges: jobs_schema/* strings */.P$ }, [
                        'principal',
                        'privileges',
                    ]),
                },
            },
        }),
    },
    additionalProperties: resourceGroup(jobs_schema/* obj */.WL),
};
const workspace = {
    type: 'object',
    properties: {
        host: jobs_schema/* str */.gx,
        root_path: jobs_schema/* str */.gx,
        file_path: jobs_schema/* str */.gx,
        state_path: jobs_schema/* str */.gx,
        artifact_path: jobs_schema/* str */.gx,
        resource_path: jobs_schema/* str */.gx,
        profile: jobs_schema/* str */.gx,
    },
};
const presets = strict('presets setting', {
    name_prefix: jobs_schema/* str */.gx,
    tags: { type: 'object', additionalProperties: jobs_schema/* scalar */.d_ },
    trigger_pause_status: jobs_schema/* str */.gx,
    jobs_max_concurrent_runs: { type: ['integer', 'string'] },
    pipelines_development: { type: ['boolean', 'string'] },
    source_linked_deployment: { type: ['boolean', 'string'] },
    artifacts_dynamic_version: { type: ['boolean', 'string'] },
});
const ref = (name) => ({ $ref: `#/definitions/${name}` });
const target = strict('target setting', {
    default: jobs_schema/* bool */.lc,
    mode: jobs_schema/* str */.gx,
    workspace: ref('workspace'),
    // A target may give a complex variable's value as the mapping itself.
    variables: {
        type: ['object', 'null'],
        additionalProperties: {
            type: ['object', 'string', 'number', 'boolean', 'array'],
            properties: { lookup: ref('lookup') },
        },
    },
    resources: ref('resources'),
    presets: ref('presets'),
    run_as: jobs_schema/* obj */.WL,
    permissions: ref('permissions'),
    bundle: jobs_schema/* obj */.WL,
    git: jobs_schema/* obj */.WL,
    cluster_id: jobs_schema/* str */.gx,
    compute_id: jobs_schema/* str */.gx,
    artifacts: jobs_schema/* obj */.WL,
    sync: jobs_schema/* obj */.WL,
});
/**
 * One bundle file (databricks.yml or an included file). Other root keys pass: a file may hold keys
 * that only define anchors.
 */
const bundleFileSchema = {
    $id: 'bundle-file',
    definitions: { lookup, workspace, resources, presets, permissions },
    type: ['object', 'null'],
    properties: {
        bundle: { type: 'object', properties: { name: jobs_schema/* nonEmpty */.hq } },
        include: jobs_schema/* strings */.P$,
        variables: {
            type: ['object', 'null'],
            additionalProperties: variable,
        },
        workspace: ref('workspace'),
        resources: ref('resources'),
        targets: {
            type: ['object', 'null'],
            additionalProperties: { ...target, type: ['object', 'null'] },
        },
        environments: jobs_schema/* obj */.WL,
        permissions: ref('permissions'),
        presets: ref('presets'),
        run_as: jobs_schema/* obj */.WL,
        artifacts: jobs_schema/* obj */.WL,
        sync: jobs_schema/* obj */.WL,
        experimental: jobs_schema/* obj */.WL,
        python: jobs_schema/* obj */.WL,
        scripts: jobs_schema/* obj */.WL,
    },
};

// EXTERNAL MODULE: ./shared/capabilities/deploy-jobs/schema.validate.js
var schema_validate = __webpack_require__(44502);
;// CONCATENATED MODULE: ./shared/capabilities/deploy-jobs/schema.ts





/** Checks a job definition (references resolved) against the Jobs API's job settings. */
function validateJob(job, file, keys) {
    const problems = schemaProblems(schema_validate/* validateJob */.y, job, 'the job');
    if (problems.length === 0)
        problems.push(...crossReferences(job));
    report(problems, file, keys);
}
/** Checks one bundle file's shape as written (a value may still be a `${...}` reference). */
function validateBundleFile(file) {
    report(schemaProblems(schema_validate/* validateBundleFile */.v, withoutNulls(file.value), 'the file'), file, []);
}
/** `key:` with nothing after it is YAML's null; in a bundle it means the key is not set. */
function withoutNulls(v) {
    if (Array.isArray(v))
        return v.map(withoutNulls);
    if (!isMap(v))
        return v;
    return Object.fromEntries(Object.entries(v)
        .filter(([, x]) => x !== null)
        .map(([k, x]) => [k, withoutNulls(x)]));
}
/** Up to this many problems are listed at once; a file with more has one mistake repeated. */
const MAX_LISTED = 10;
function report(problems, file, keys) {
    if (problems.length === 0)
        return;
    const lines = problems.map((p) => ({
        where: at(file, [...keys, ...p.keys]),
        line: file.lineOf([...keys, ...p.keys]) ?? 0,
        message: p.message,
    }));
    lines.sort((a, b) => a.line - b.line);
    const seen = new Set();
    const unique = lines.filter((l) => {
        const id = `${l.where} ${l.message}`;
        return seen.has(id) ? false : (seen.add(id), true);
    });
    if (unique.length === 1)
        throw new DefinitionError(unique[0].where, unique[0].message);
    const shown = unique.slice(0, MAX_LISTED).map((l) => `${l.where}: ${l.message}`);
    if (unique.length > MAX_LISTED)
        shown.push(`... and ${unique.length - MAX_LISTED} more.`);
    throw new errors/* UserError */.yo(shown.join('\n'));
}
function schemaProblems(validate, value, whole) {
    if (validate(value))
        return [];
    const errors = (validate.errors ?? []).filter((e) => !e.schemaPath.includes('/oneOf/'));
    // A misspelt task type is one problem: the unknown key says it, "no task type" would repeat it.
    const misspelt = new Set(errors.filter((e) => e.keyword === 'additionalProperties').map((e) => e.instancePath));
    return errors
        .filter((e) => !(e.keyword === 'oneOf' && misspelt.has(e.instancePath)))
        .map((e) => describe(e, value, whole));
}
function pointer(p) {
    if (!p)
        return [];
    return p
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
function valueAt(root, keys) {
    let v = root;
    for (const k of keys)
        v = isMap(v) || Array.isArray(v) ? v[k] : undefined;
    return v;
}
function display(keys) {
    let out = '';
    for (const k of keys)
        out += typeof k === 'number' ? `[${k}]` : out ? `.${k}` : k;
    return out;
}
function kindOf(v) {
    if (Array.isArray(v))
        return 'a list';
    if (v === null)
        return 'null';
    if (isMap(v))
        return 'a mapping';
    if (typeof v === 'number')
        return Number.isInteger(v) ? 'a whole number' : 'a number';
    return `a ${typeof v}`;
}
const TYPE_NAMES = {
    object: 'a mapping',
    array: 'a list',
    integer: 'a whole number',
    null: 'empty',
};
function describe(e, value, whole) {
    const keys = pointer(e.instancePath);
    // The generated validator is verbose: each error carries the schema object it failed.
    const node = (e.parentSchema ?? {});
    const name = display(keys) || whole;
    const params = e.params;
    const got = valueAt(value, keys);
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const known = Object.keys(node.properties ?? {});
            const guess = known.length ? (0,mod/* closest */.kp)(key, known) : undefined;
            const near = guess !== undefined && (0,mod/* distance */.Io)(key, guess) <= Math.max(2, key.length / 3);
            return {
                keys: [...keys, key],
                message: `'${key}' is not a ${String(node['x-what'] ?? 'known setting')}${near ? ` (did you mean '${guess}'?)` : ''}.`,
            };
        }
        case 'required':
            return { keys, message: `${name} needs ${String(params.missingProperty)}.` };
        case 'type': {
            const want = String(params.type)
                .split(',')
                .filter((t) => t !== 'null')
                .map((t) => TYPE_NAMES[t] ?? `a ${t}`);
            const expect = node['x-expect'] ?? want.join(' or ');
            return { keys, message: `'${name}' must be ${String(expect)}, got ${kindOf(got)}.` };
        }
        case 'pattern':
            return {
                keys,
                message: `'${name}' must be ${String(node['x-expect'] ?? `like ${String(params.pattern)}`)}, got '${String(got)}'.`,
            };
        case 'minItems':
            return { keys, message: `'${name}' is empty: give at least ${String(params.limit)}.` };
        case 'minLength':
            return { keys, message: `'${name}' is empty.` };
        case 'minProperties':
        case 'maxProperties':
            return {
                keys,
                message: `${name} names exactly one kind, one of ${Object.keys(node.properties ?? {}).join(', ')}.`,
            };
        case 'oneOf': {
            const types = TASK_TYPES.filter((t) => isMap(got) && t in got);
            return {
                keys,
                message: types.length === 0
                    ? `${name} has no task type: give it one of ${TASK_TYPES.slice(0, 4).join(', ')}, ...`
                    : `${name} has ${types.length} task types (${types.join(', ')}); a task has exactly one.`,
            };
        }
        default:
            return { keys, message: `${name} ${e.message ?? e.keyword}.` };
    }
}
/** What a schema cannot say: keys used twice, and names of tasks and clusters that must exist. */
function crossReferences(job) {
    const problems = [];
    const tasks = job.tasks ?? [];
    const clusters = new Set((job.job_clusters ?? []).map((c) => c.job_cluster_key));
    const taskKeys = new Set();
    tasks.forEach((t, i) => {
        if (taskKeys.has(t.task_key))
            problems.push({
                keys: ['tasks', i, 'task_key'],
                message: `task_key '${String(t.task_key)}' is used twice.`,
            });
        taskKeys.add(t.task_key);
        if (t.job_cluster_key !== undefined && !clusters.has(t.job_cluster_key))
            problems.push({
                keys: ['tasks', i, 'job_cluster_key'],
                message: `job_cluster_key '${String(t.job_cluster_key)}' is not among the job's job_clusters.`,
            });
    });
    tasks.forEach((t, i) => (t.depends_on ?? []).forEach((d, j) => {
        if (!taskKeys.has(d.task_key))
            problems.push({
                keys: ['tasks', i, 'depends_on', j],
                message: `depends on task '${String(d.task_key)}', which the job does not have.`,
            });
    }));
    return problems;
}

;// CONCATENATED MODULE: ./shared/capabilities/deploy-jobs/model.ts
const DEPLOYED_KINDS = ['jobs', 'experiments', 'registered_models'];

;// CONCATENATED MODULE: ./shared/capabilities/deploy-jobs/bundle.ts










const ROOT_FILES = ['databricks.yml', 'databricks.yaml', 'bundle.yml', 'bundle.yaml'];
/** Reads databricks.yml and its includes, and picks the target. */
function openBundle(dir, targetName) {
    const rootName = ROOT_FILES.find((f) => external_fs_.existsSync(external_path_.join(dir, f)));
    if (!rootName)
        throw new errors/* UserError */.yo(`${dir} has no databricks.yml: a bundle is the folder that holds it.`);
    const root = readSourceFile(external_path_.join(dir, rootName), rootName);
    validateBundleFile(root);
    if (!isMap(root.value))
        throw new DefinitionError(at(root, []), 'must be a mapping.');
    const config = root.value;
    const bundle = config.bundle;
    if (!isMap(bundle) || typeof bundle.name !== 'string' || bundle.name === '')
        throw new DefinitionError(at(root, ['bundle']), 'bundle.name is required.');
    const files = [root];
    const include = config.include ?? [];
    if (!Array.isArray(include) || include.some((p) => typeof p !== 'string'))
        throw new DefinitionError(at(root, ['include']), 'include must be a list of paths or globs.');
    const seen = new Set([root.full]);
    include.forEach((pattern, i) => {
        const matches = (0,dist/* globSync */.AZ)(pattern, { cwd: dir, absolute: true, onlyFiles: true }).sort();
        if (matches.length === 0 && !/[*?[{]/.test(pattern))
            throw new DefinitionError(at(root, ['include', i]), `include ${pattern} matches no file.`);
        for (const full of matches.map((m) => external_path_.resolve(m))) {
            if (seen.has(full))
                continue;
            seen.add(full);
            const file = readSourceFile(full, displayPath(dir, full));
            validateBundleFile(file);
            files.push(file);
        }
    });
    const resources = [];
    const variables = new Map();
    const owner = new Map();
    for (const file of files) {
        const doc = file.value ?? {};
        if (!isMap(doc))
            throw new DefinitionError(at(file, []), 'must be a mapping.');
        if (file !== root && (doc.targets !== undefined || doc.bundle !== undefined))
            throw new DefinitionError(at(file, [doc.targets !== undefined ? 'targets' : 'bundle']), 'bundle and targets belong in databricks.yml, not in an included file.');
        collectVariables(file, doc.variables, ['variables'], variables);
        collectResources(file, doc.resources, ['resources'], resources, owner);
    }
    const targets = config.targets ?? {};
    if (!isMap(targets))
        throw new DefinitionError(at(root, ['targets']), 'targets must be a mapping.');
    const names = Object.keys(targets);
    // Without targets the CLI deploys a target called default.
    let target = targetName ?? (names.length === 0 ? 'default' : undefined);
    if (!target) {
        const defaults = names.filter((n) => isMap(targets[n]) && targets[n].default === true);
        target = defaults[0] ?? (names.length === 1 ? names[0] : undefined);
        if (!target)
            throw new errors/* UserError */.yo(`${root.display} has targets ${names.join(', ') || '(none)'} and none is marked default: true. Name the target to deploy.`);
    }
    else if (names.length > 0 && !names.includes(target)) {
        throw new errors/* UserError */.yo(`${root.display} has no target '${target}'; its targets are ${names.join(', ')}.`);
    }
    const targetConfig = (isMap(targets[target]) ? targets[target] : {});
    const ws = {
        ...(isMap(config.workspace) ? config.workspace : {}),
        ...(isMap(targetConfig.workspace) ? targetConfig.workspace : {}),
    };
    const host = typeof ws.host === 'string' && ws.host.trim() !== '' ? ws.host.trim() : undefined;
    return { dir, root, name: bundle.name, target, targetConfig, host, resources, variables };
}
function collectVariables(file, value, keys, into) {
    if (value === undefined || value === null)
        return;
    if (!isMap(value))
        throw new DefinitionError(at(file, keys), 'variables must be a mapping.');
    for (const [name, decl] of Object.entries(value)) {
        into.set(name, {
            default: isMap(decl) ? decl.default : decl,
            lookup: isMap(decl) && isMap(decl.lookup) ? decl.lookup : undefined,
            file,
            keys: [...keys, name],
        });
    }
}
function collectResources(file, value, keys, into, owner) {
    if (value === undefined || value === null)
        return;
    if (!isMap(value))
        throw new DefinitionError(at(file, keys), 'resources must be a mapping.');
    for (const [type, group] of Object.entries(value)) {
        if (group === null || group === undefined)
            continue;
        if (!isMap(group))
            throw new DefinitionError(at(file, [...keys, type]), `resources.${type} must be a mapping.`);
        for (const [key, v] of Object.entries(group)) {
            const id = `${type}.${key}`;
            const prev = owner.get(id);
            if (prev)
                throw new DefinitionError(at(file, [...keys, type, key]), `resources.${id} is defined twice (also in ${prev.display}).`);
            owner.set(id, file);
            into.push({ type, key, value: v, file, keys: [...keys, type, key] });
        }
    }
}
/** Keys by which the CLI merges a target's override into a list, instead of replacing it. */
const MERGE_KEYS = {
    tasks: 'task_key',
    job_clusters: 'job_cluster_key',
    parameters: 'name',
    environments: 'environment_key',
};
function mergeOverride(base, over, field) {
    if (isMap(base) && isMap(over)) {
        const out = { ...base };
        for (const [k, v] of Object.entries(over))
            out[k] = k in base ? mergeOverride(base[k], v, k) : v;
        return out;
    }
    const by = field ? MERGE_KEYS[field] : undefined;
    if (by && Array.isArray(base) && Array.isArray(over)) {
        const out = [...base];
        for (const item of over) {
            const i = out.findIndex((b) => isMap(b) && isMap(item) && b[by] === item[by]);
            if (i >= 0)
                out[i] = mergeOverride(out[i], item);
            else
                out.push(item);
        }
        return out;
    }
    return over;
}
/** The CLI's short name: the part of the user name before '@', without dots and dashes. */
function shortName(userName) {
    return userName.split('@')[0].replace(/[^A-Za-z0-9]+/g, '_');
}
/** Resolves a bundle target: variables, references, paths, presets; every resource checked. */
function resolveBundle(b, ctx) {
    const t = b.targetConfig;
    const root = b.root;
    const rootDoc = root.value;
    const warnings = [];
    const dev = t.mode === 'development';
    if (t.mode !== undefined && t.mode !== 'development' && t.mode !== 'production')
        throw new DefinitionError(at(root, ['targets', b.target, 'mode']), `mode must be development or production, got '${String(t.mode)}'.`);
    // Variables: the input, then the target, then BUNDLE_VAR_<name>, then the default.
    for (const name of Object.keys(ctx.variables))
        if (!b.variables.has(name))
            throw new errors/* UserError */.yo(`Variable '${name}' is given a value but ${root.display} declares no such variable; declared: ${[...b.variables.keys()].join(', ') || 'none'}.`);
    const targetVars = isMap(t.variables) ? t.variables : {};
    for (const name of Object.keys(targetVars))
        if (!b.variables.has(name))
            throw new DefinitionError(at(root, ['targets', b.target, 'variables', name]), `target ${b.target} sets variable '${name}', which is not declared under variables.`);
    const rawValue = (name) => {
        if (name in ctx.variables)
            return ctx.variables[name];
        if (name in targetVars) {
            const v = targetVars[name];
            if (isMap(v) && isMap(v.lookup))
                return ctx.lookedUp?.[name];
            return isMap(v) && 'default' in v ? v.default : v;
        }
        const env = ctx.env[`BUNDLE_VAR_${name}`];
        if (env !== undefined)
            return env;
        const decl = b.variables.get(name);
        return decl?.lookup ? ctx.lookedUp?.[name] : decl?.default;
    };
    const user = ctx.userName;
    const base = {
        'bundle.name': b.name,
        'bundle.target': b.target,
        'bundle.environment': b.target,
        'bundle.git.origin_url': ctx.git.origin_url ?? '',
        'bundle.git.branch': ctx.git.branch ?? '',
        'bundle.git.actual_branch': ctx.git.branch ?? '',
        'bundle.git.commit': ctx.git.commit ?? '',
        'workspace.current_user.userName': user,
        'workspace.current_user.user_name': user,
        'workspace.current_user.short_name': shortName(user),
        'workspace.host': b.host ?? '',
    };
    const resolving = new Set();
    const resolved = new Map();
    const unknownIn = (file, keys) => (ref, sub) => {
        throw new DefinitionError(at(file, [...keys, ...sub]), ref.startsWith('var.')
            ? `unknown variable ${ref.slice(4)} in \${${ref}}; declared: ${[...b.variables.keys()].join(', ') || 'none'}.`
            : `unknown reference \${${ref}}.`);
    };
    const wsConf = {
        ...(isMap(rootDoc.workspace) ? rootDoc.workspace : {}),
        ...(isMap(t.workspace) ? t.workspace : {}),
    };
    const lookup = (ref) => {
        if (ref in base)
            return { value: base[ref] };
        if (ref.startsWith('var.')) {
            const name = ref.slice(4);
            if (!b.variables.has(name))
                return undefined;
            if (resolved.has(name))
                return { value: resolved.get(name) };
            const decl = b.variables.get(name);
            if (resolving.has(name))
                throw new DefinitionError(at(decl.file, decl.keys), `variable ${name} refers to itself.`);
            const raw = rawValue(name);
            if (raw === undefined)
                throw new DefinitionError(at(decl.file, decl.keys), `variable ${name} has no value for target ${b.target}: give it a default, a value under targets.${b.target}.variables, or a value in the variables input.`);
            resolving.add(name);
            const v = interpolate(raw, lookup, unknownIn(decl.file, [...decl.keys, 'default']));
            resolving.delete(name);
            resolved.set(name, v);
            return { value: v };
        }
        if (ref.startsWith('workspace.')) {
            const field = ref.slice('workspace.'.length);
            if (field === 'root_path' ||
                field === 'file_path' ||
                field === 'state_path' ||
                field === 'artifact_path')
                return { value: paths()[field] };
            return undefined;
        }
        const m = /^resources\.([a-z_]+)\.([^.]+)\.(.+)$/.exec(ref);
        if (m && b.resources.some((r) => r.type === m[1] && r.key === m[2])) {
            if (m[3] === 'id')
                return 'defer';
            const r = b.resources.find((x) => x.type === m[1] && x.key === m[2]);
            const field = isMap(r.value) ? r.value[m[3]] : undefined;
            if (field === undefined)
                return undefined;
            return { value: interpolate(field, lookup, unknownIn(r.file, [...r.keys, m[3]])) };
        }
        return undefined;
    };
    let cachedPaths;
    const paths = () => {
        if (cachedPaths)
            return cachedPaths;
        const wsKeys = isMap(t.workspace) ? ['targets', b.target, 'workspace'] : ['workspace'];
        const str = (v, k) => {
            if (v === undefined)
                return undefined;
            const s = interpolate(v, (ref) => ref.startsWith('workspace.') && ref !== 'workspace.root_path' ? undefined : lookup(ref), unknownIn(root, [...wsKeys, k]));
            return String(s).replace(/\/+$/, '');
        };
        const rootPath = str(wsConf.root_path, 'root_path') ??
            `/Workspace/Users/${user}/.bundle/${b.name}/${b.target}`;
        cachedPaths = { root_path: rootPath };
        cachedPaths.file_path = str(wsConf.file_path, 'file_path') ?? `${rootPath}/files`;
        cachedPaths.state_path = str(wsConf.state_path, 'state_path') ?? `${rootPath}/state`;
        cachedPaths.artifact_path =
            str(wsConf.artifact_path, 'artifact_path') ?? `${rootPath}/artifacts`;
        return cachedPaths;
    };
    const p = paths();
    const mapping = ctx.source === 'git'
        ? { root: ctx.gitRoot ?? b.dir }
        : { root: b.dir, remotePrefix: p.file_path };
    const presets = readPresets(root, rootDoc.presets, t.presets, b.target, dev, user);
    const permissionsOf = (v, file, keys) => readPermissions(v, file, keys);
    const topPermissions = [
        ...permissionsOf(rootDoc.permissions, root, ['permissions']),
        ...permissionsOf(t.permissions, root, ['targets', b.target, 'permissions']),
    ];
    const runAs = isMap(t.run_as) ? t.run_as : isMap(rootDoc.run_as) ? rootDoc.run_as : undefined;
    const overrides = isMap(t.resources) ? t.resources : {};
    const definitions = [];
    const notDeployed = [];
    for (const r of b.resources) {
        if (!DEPLOYED_KINDS.includes(r.type)) {
            notDeployed.push({ type: r.type, key: r.key, where: at(r.file, r.keys) });
            continue;
        }
        const kind = r.type;
        if (!isMap(r.value))
            throw new DefinitionError(at(r.file, r.keys), `resources.${kind}.${r.key} must be a mapping.`);
        let value = interpolate(r.value, lookup, unknownIn(r.file, r.keys));
        if (kind === 'jobs')
            value = rewriteJobPaths(value, r.file, r.keys, mapping);
        const overGroup = overrides[kind];
        const over = isMap(overGroup) ? overGroup[r.key] : undefined;
        if (isMap(over)) {
            const overKeys = ['targets', b.target, 'resources', kind, r.key];
            let o = interpolate(over, lookup, unknownIn(root, overKeys));
            if (kind === 'jobs')
                o = rewriteJobPaths(o, root, overKeys, mapping);
            value = mergeOverride(value, o);
        }
        const permissions = [
            ...topPermissions,
            ...permissionsOf(value.permissions, r.file, [...r.keys, 'permissions']),
        ];
        delete value.permissions;
        // The bundle schema checked the grants' shape as written; values are resolved now.
        let grants;
        if (kind === 'registered_models') {
            grants = value.grants;
            delete value.grants;
        }
        if (kind === 'jobs') {
            validateJob(value, r.file, r.keys);
            if (runAs && value.run_as === undefined)
                value.run_as = runAs;
            value.name ??= r.key;
        }
        else if (kind === 'experiments') {
            if (typeof value.name !== 'string')
                throw new DefinitionError(at(r.file, r.keys), `experiment ${r.key} needs a name.`);
        }
        else {
            for (const f of ['name', 'catalog_name', 'schema_name'])
                if (typeof value[f] !== 'string')
                    throw new DefinitionError(at(r.file, r.keys), `registered model ${r.key} needs ${f} (models in the workspace registry, resources.models, are not deployed).`);
        }
        definitions.push({
            kind,
            key: r.key,
            settings: applyPresets(kind, value, presets),
            permissions,
            grants,
            file: r.file,
            keys: r.keys,
        });
    }
    for (const nd of notDeployed)
        warnings.push(`${nd.where}: resources.${nd.type}.${nd.key} is not deployed: deploy-jobs deploys jobs, experiments and registered_models only.`);
    return {
        name: b.name,
        target: b.target,
        host: b.host,
        rootPath: p.root_path,
        filePath: p.file_path,
        statePath: p.state_path,
        syncRoot: b.dir,
        definitions,
        notDeployed,
        warnings,
    };
}
function readPresets(root, top, target, targetName, dev, user) {
    const p = { ...(isMap(top) ? top : {}), ...(isMap(target) ? target : {}) };
    const where = isMap(target) ? ['targets', targetName, 'presets'] : ['presets'];
    const tags = p.tags ?? {};
    if (!isMap(tags))
        throw new DefinitionError(at(root, [...where, 'tags']), 'presets.tags must be a mapping.');
    const pause = p.trigger_pause_status;
    if (pause !== undefined && pause !== 'PAUSED' && pause !== 'UNPAUSED')
        throw new DefinitionError(at(root, [...where, 'trigger_pause_status']), 'trigger_pause_status must be PAUSED or UNPAUSED.');
    const mcr = p.jobs_max_concurrent_runs;
    if (mcr !== undefined && !(Number.isInteger(mcr) && mcr > 0))
        throw new DefinitionError(at(root, [...where, 'jobs_max_concurrent_runs']), 'jobs_max_concurrent_runs must be a positive whole number.');
    const short = shortName(user);
    return {
        namePrefix: typeof p.name_prefix === 'string' ? p.name_prefix : dev ? `[dev ${short}] ` : '',
        tags: {
            ...(dev ? { dev: short } : {}),
            ...Object.fromEntries(Object.entries(tags).map(([k, v]) => [k, String(v)])),
        },
        triggerPauseStatus: pause ?? (dev ? 'PAUSED' : undefined),
        jobsMaxConcurrentRuns: mcr ?? (dev ? 4 : undefined),
        forcePause: dev,
    };
}
function readPermissions(v, file, keys) {
    if (v === undefined || v === null)
        return [];
    if (!Array.isArray(v))
        throw new DefinitionError(at(file, keys), 'permissions must be a list.');
    return v.map((p, i) => {
        const ok = isMap(p) &&
            typeof p.level === 'string' &&
            ['user_name', 'group_name', 'service_principal_name'].filter((k) => typeof p[k] === 'string')
                .length === 1;
        if (!ok)
            throw new DefinitionError(at(file, [...keys, i]), 'a permission needs a level and exactly one of user_name, group_name, service_principal_name.');
        return p;
    });
}

// EXTERNAL MODULE: external "child_process"
var external_child_process_ = __webpack_require__(35317);
;// CONCATENATED MODULE: ./shared/capabilities/deploy-jobs/git-info.ts

function git(dir, args) {
    try {
        const out = (0,external_child_process_.execFileSync)('git', args, {
            cwd: dir,
            stdio: ['ignore', 'pipe', 'ignore'],
            timeout: 10_000,
        })
            .toString('utf8')
            .trim();
        return out || undefined;
    }
    catch {
        return undefined;
    }
}
/** `${bundle.git.*}`: the CI context first (the checkout may be detached), then the local repository. */
function readGitInfo(dir, ci) {
    const r = ci.ref;
    // A pull request's head is a plain branch name; refs/tags/ and refs/pull/ are no branch.
    const branch = r?.startsWith('refs/heads/')
        ? r.slice(11)
        : r && !r.startsWith('refs/')
            ? r
            : undefined;
    return {
        origin_url: withoutCredentials(ci.repositoryUrl ?? git(dir, ['config', '--get', 'remote.origin.url'])),
        branch: branch ?? git(dir, ['rev-parse', '--abbrev-ref', 'HEAD'])?.replace(/^HEAD$/, ''),
        commit: ci.sha ?? git(dir, ['rev-parse', 'HEAD']),
        root: git(dir, ['rev-parse', '--show-toplevel']),
    };
}
/**
 * A remote URL may carry a token (`https://x-access-token:ghs_…@github.com/…`); it goes into job
 * parameters that anyone who can view the job reads, so the user part is dropped.
 */
function withoutCredentials(url) {
    if (!url)
        return url;
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
}

;// CONCATENATED MODULE: ./shared/capabilities/deploy-jobs/grants.ts
const PRINCIPALS = ['user_name', 'group_name', 'service_principal_name'];
function principalOf(p) {
    for (const k of PRINCIPALS) {
        const v = p[k];
        if (typeof v === 'string')
            return [k, v];
    }
    return undefined;
}
function objectType(kind) {
    return kind === 'jobs' ? 'jobs' : kind === 'experiments' ? 'experiments' : undefined;
}
/**
 * Compares each job's and experiment's `permissions` with its direct grants. Grants are only ever
 * added or raised (PATCH), as the CLI does; grants made elsewhere are left alone.
 */
async function planGrants(client, entries, defs, signal) {
    const plan = { missing: new Map(), ucMissing: new Map(), grantsOnly: new Set() };
    for (const e of entries) {
        if (e.kind === 'registered_models') {
            await planModelGrants(client, e, defs, plan, signal);
            continue;
        }
        const type = objectType(e.kind);
        const def = defs.find((d) => d.kind === e.kind && d.key === e.key);
        if (!type || !def || def.permissions.length === 0 || e.action === 'delete')
            continue;
        let current = new Map();
        if (e.id && e.action !== 'create') {
            const acl = await client.permissions.get(type, e.id, signal);
            current = new Map(acl.access_control_list.flatMap((a) => {
                const who = principalOf(a);
                const direct = (a.all_permissions ?? []).filter((x) => !x.inherited);
                return who && direct.length
                    ? direct.map((x) => [`${who[0]}=${who[1]}:${x.permission_level}`, x.permission_level])
                    : [];
            }));
        }
        const missing = def.permissions.filter((p) => {
            const who = principalOf(p);
            return !current.has(`${who[0]}=${who[1]}:${p.level}`);
        });
        if (missing.length === 0)
            continue;
        plan.missing.set(e, missing);
        for (const p of missing) {
            const who = principalOf(p);
            e.changes.push({ path: `permissions[${who[0]}=${who[1]}]`, after: p.level });
        }
        if (e.action === 'unchanged') {
            e.action = 'update';
            plan.grantsOnly.add(e);
        }
    }
    return plan;
}
/** A registered model's `grants`: the privileges its principals lack, as changes of the plan. */
async function planModelGrants(client, e, defs, plan, signal) {
    const wanted = defs.find((d) => d.kind === e.kind && d.key === e.key)?.grants ?? [];
    if (wanted.length === 0)
        return;
    const current = e.action === 'create' ? new Map() : await client.unityCatalog.getModelGrants(e.name, signal);
    const missing = missingGrants(wanted, current);
    if (missing.length === 0)
        return;
    plan.ucMissing.set(e, missing);
    for (const g of missing) {
        const before = current.get(g.principal);
        e.changes.push({
            path: `grants[${g.principal}]`,
            before: before?.length ? before.join(', ') : undefined,
            after: [...(before ?? []), ...g.privileges].join(', '),
        });
    }
    if (e.action === 'unchanged') {
        e.action = 'update';
        plan.grantsOnly.add(e);
    }
}
async function applyGrants(client, e, grants, signal) {
    const type = objectType(e.kind);
    const acl = grants.map((g) => {
        const who = principalOf(g);
        return { [who[0]]: who[1], permission_level: g.level };
    });
    await client.permissions.update(type, e.id, acl, signal);
}
/** The privileges of `wanted` that `current` lacks, per principal; nothing is ever removed. */
function missingGrants(wanted, current) {
    const out = new Map();
    for (const g of wanted) {
        const have = new Set(current.get(g.principal) ?? []);
        for (const p of g.privileges) {
            if (have.has(p) || have.has('ALL_PRIVILEGES'))
                continue;
            const set = out.get(g.principal) ?? new Set();
            set.add(p);
            out.set(g.principal, set);
        }
    }
    return [...out].map(([principal, set]) => ({ principal, privileges: [...set] }));
}

;// CONCATENATED MODULE: ./shared/capabilities/deploy-jobs/jobs-folder.ts







const KEY = /^[A-Za-z0-9_-]+$/;
/**
 * A folder of job definitions, one Jobs API create payload per .yml/.yaml/.json file, keyed by the
 * file's name. `${var.*}` takes the variables input; paths are relative to the file.
 */
function readJobsFolder(dir, opts, ctx) {
    if (!external_fs_.existsSync(dir) || !external_fs_.statSync(dir).isDirectory())
        throw new errors/* UserError */.yo(`${dir} is not a folder (resolved to ${external_path_.resolve(dir)}).`);
    const files = external_fs_.readdirSync(dir)
        .filter((f) => /\.(ya?ml|json)$/i.test(f))
        .sort();
    if (files.length === 0)
        throw new errors/* UserError */.yo(`${dir} holds no .yml, .yaml or .json job definition.`);
    const rootPath = `/Workspace/Users/${ctx.userName}/.bundle/${opts.name}/${opts.target}`;
    const filePath = `${rootPath}/files`;
    const base = {
        'workspace.current_user.userName': ctx.userName,
        'workspace.root_path': rootPath,
        'workspace.file_path': filePath,
        'bundle.target': opts.target,
        'bundle.name': opts.name,
        'bundle.git.commit': ctx.git.commit ?? '',
        'bundle.git.branch': ctx.git.branch ?? '',
        'bundle.git.origin_url': ctx.git.origin_url ?? '',
    };
    const keys = new Set();
    const used = new Set();
    const definitions = files.map((f) => {
        const full = external_path_.join(dir, f);
        const file = readSourceFile(full, displayPath(process.cwd(), full));
        const key = f.replace(/\.(ya?ml|json)$/i, '');
        if (!KEY.test(key))
            throw new DefinitionError(file.display, `the file name makes the job's key, so use letters, digits, '_' and '-' only.`);
        if (keys.has(key))
            throw new DefinitionError(file.display, `a second definition with key ${key}.`);
        keys.add(key);
        if (!isMap(file.value))
            throw new DefinitionError(at(file, []), 'must be a mapping: the Jobs API create payload.');
        const lookup = (ref) => {
            if (ref in base)
                return { value: base[ref] };
            if (ref.startsWith('var.') && ref.slice(4) in ctx.variables)
                return { value: ctx.variables[ref.slice(4)] };
            if (/^resources\.jobs\.[^.]+\.id$/.test(ref))
                return 'defer';
            return undefined;
        };
        let settings = interpolate(file.value, lookup, (ref, sub) => {
            throw new DefinitionError(at(file, sub), ref.startsWith('var.')
                ? `unknown variable ${ref.slice(4)} in \${${ref}}: give it in the variables input as ${ref.slice(4)}=value.`
                : `unknown reference \${${ref}}.`);
        });
        settings = rewriteJobPaths(settings, file, [], ctx.source === 'git'
            ? { root: ctx.gitRoot ?? opts.syncRoot }
            : { root: opts.syncRoot, remotePrefix: filePath, used });
        const permissions = Array.isArray(settings.permissions) ? settings.permissions : [];
        delete settings.permissions;
        validateJob(settings, file, []);
        settings.name ??= key;
        return { kind: 'jobs', key, settings, permissions, file, keys: [] };
    });
    return {
        name: opts.name,
        target: opts.target,
        rootPath,
        filePath,
        statePath: `${rootPath}/state`,
        syncRoot: opts.syncRoot,
        // Not the whole working directory: only what the jobs name.
        syncOnly: [...used]
            .map((f) => external_path_.relative(opts.syncRoot, f).split(external_path_.sep).join('/'))
            .sort(),
        definitions,
        notDeployed: [],
        warnings: [],
    };
}

// EXTERNAL MODULE: ./shared/capabilities/deploy-jobs/manifest.ts
var manifest = __webpack_require__(4967);
;// CONCATENATED MODULE: ./shared/capabilities/deploy-jobs/lookup.ts


/**
 * How each `lookup` kind finds ids by name: the list API the workspace has, the list in its
 * answer, and the fields that hold the name and the id. A service principal resolves to its
 * application id, as in the bundle CLI. [inferred]: the reference does not describe these APIs.
 */
const KINDS = {
    job: {
        path: '/api/2.2/jobs/list',
        query: (name) => ({ name, limit: 100 }),
        list: 'jobs',
        name: 'settings.name',
        id: 'job_id',
    },
    cluster_policy: {
        path: '/api/2.0/policies/clusters/list',
        list: 'policies',
        name: 'name',
        id: 'policy_id',
    },
    warehouse: { path: '/api/2.0/sql/warehouses', list: 'warehouses', name: 'name', id: 'id' },
    cluster: {
        path: '/api/2.1/clusters/list',
        list: 'clusters',
        name: 'cluster_name',
        id: 'cluster_id',
    },
    instance_pool: {
        path: '/api/2.0/instance-pools/list',
        list: 'instance_pools',
        name: 'instance_pool_name',
        id: 'instance_pool_id',
    },
    service_principal: {
        path: '/api/2.0/preview/scim/v2/ServicePrincipals',
        query: (name) => ({ filter: `displayName eq "${name.replace(/["\\]/g, '\\$&')}"` }),
        list: 'Resources',
        name: 'displayName',
        id: 'applicationId',
    },
};
const MAX_PAGES = 1000;
function field(o, dotted) {
    let v = o;
    for (const k of dotted.split('.'))
        v = isMap(v) ? v[k] : undefined;
    return v;
}
/** Where a variable's value comes from a lookup: the target's value wins over the declaration. */
function lookupOf(b, name, ctx) {
    if (name in ctx.variables)
        return undefined;
    const targetVars = isMap(b.targetConfig.variables) ? b.targetConfig.variables : {};
    if (name in targetVars) {
        const v = targetVars[name];
        if (isMap(v) && isMap(v.lookup))
            return {
                lookup: v.lookup,
                file: b.root,
                keys: ['targets', b.target, 'variables', name, 'lookup'],
            };
        return undefined;
    }
    if (ctx.env[`BUNDLE_VAR_${name}`] !== undefined)
        return undefined;
    const decl = b.variables.get(name);
    return decl?.lookup
        ? { lookup: decl.lookup, file: decl.file, keys: [...decl.keys, 'lookup'] }
        : undefined;
}
/**
 * Resolves the bundle's `lookup` variables that the deploy needs (not given a value some other
 * way) to ids, by name, through the workspace's list APIs. Exactly one object must carry the name.
 */
async function resolveLookups(b, ctx, client, signal) {
    const out = {};
    for (const name of b.variables.keys()) {
        const found = lookupOf(b, name, ctx);
        if (!found)
            continue;
        const where = at(found.file, found.keys);
        const [kind, target] = Object.entries(found.lookup)[0];
        const how = KINDS[kind];
        if (!how)
            throw new DefinitionError(where, `variable ${name}: lookup of a ${kind} is not supported (supported: ${Object.keys(KINDS).join(', ')}); give the ${kind}'s id as the variable's value.`);
        const ids = [];
        let pageToken;
        for (let page = 0; page < MAX_PAGES; page++) {
            const res = await client.request({
                method: 'GET',
                path: how.path,
                query: { ...how.query?.(target), ...(pageToken ? { page_token: pageToken } : {}) },
                resource: { kind: kind.replace('_', ' '), id: target },
                signal,
            });
            const list = Array.isArray(res[how.list]) ? res[how.list] : [];
            for (const item of list)
                if (field(item, how.name) === target)
                    ids.push(String(field(item, how.id)));
            pageToken =
                typeof res.next_page_token === 'string' && res.next_page_token
                    ? res.next_page_token
                    : undefined;
            if (!pageToken)
                break;
        }
        if (ids.length !== 1)
            throw new DefinitionError(where, ids.length === 0
                ? `variable ${name}: no ${kind} named ${(0,errors/* quoteValue */.cl)(target)} in ${client.host}.`
                : `variable ${name}: ${ids.length} ${kind}s are named ${(0,errors/* quoteValue */.cl)(target)} in ${client.host} (ids ${ids.join(', ')}); give the id as the variable's value.`);
        out[name] = ids[0];
    }
    return out;
}

// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __webpack_require__(76982);
;// CONCATENATED MODULE: ./shared/capabilities/deploy-jobs/plan.ts



/** The tags that make a job ours: jobs are matched by these, never by name. */
const TAGS = {
    bundle: 'mlops.deploy.bundle',
    target: 'mlops.deploy.target',
    key: 'mlops.deploy.key',
    /** Of the settings as deployed: a field removed from a definition changes it. */
    hash: 'mlops.deploy.hash',
};
/** Canonical JSON: keys sorted, so equal settings hash equally. */
function canonical(v) {
    if (Array.isArray(v))
        return `[${v.map(canonical).join(',')}]`;
    if (isMap(v))
        return `{${Object.keys(v)
            .sort()
            .filter((k) => v[k] !== undefined)
            .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
            .join(',')}}`;
    return JSON.stringify(v);
}
function hashSettings(settings) {
    const { tags, ...rest } = settings;
    const own = isMap(tags)
        ? Object.fromEntries(Object.entries(tags).filter(([k]) => k !== TAGS.hash))
        : tags;
    return (0,external_crypto_.createHash)('sha256')
        .update(canonical({ ...rest, tags: own }))
        .digest('hex')
        .slice(0, 16);
}
/** The settings to send: the definition with the identity tags and the hash tag. */
function withIdentity(settings, identity) {
    const tags = {
        ...(isMap(settings.tags) ? settings.tags : {}),
        [TAGS.bundle]: identity.bundle,
        [TAGS.target]: identity.target,
        [TAGS.key]: identity.key,
    };
    const out = { ...dropNulls(settings), tags };
    out.tags = { ...tags, [TAGS.hash]: hashSettings(out) };
    return out;
}
/** YAML's empty values (`key:`) mean unset, as in the CLI; the API would refuse a null. */
function dropNulls(v) {
    if (Array.isArray(v))
        return v.map(dropNulls);
    if (isMap(v))
        return Object.fromEntries(Object.entries(v)
            .filter(([, x]) => x !== null && x !== undefined)
            .map(([k, x]) => [k, dropNulls(x)]));
    return v;
}
/** Lists the keys by which the Jobs API orders its arrays (it may return them sorted). */
const ARRAY_KEYS = {
    tasks: 'task_key',
    job_clusters: 'job_cluster_key',
    parameters: 'name',
    environments: 'environment_key',
};
function same(a, b) {
    if (a === b)
        return true;
    // Ids come back as strings of what was sent as a number; parameters as the text of a boolean.
    const prim = (x) => typeof x === 'number' ||
        typeof x === 'string' ||
        typeof x === 'bigint' ||
        typeof x === 'boolean';
    return prim(a) && prim(b) && String(a) === String(b);
}
/**
 * What the definition changes: every value it sets that the job has otherwise. Fields the job has
 * and the definition does not are left to the hash tag (the service fills in its defaults).
 */
function diffSettings(desired, existing, at = '') {
    if (isMap(desired) && isMap(existing)) {
        return Object.keys(desired).flatMap((k) => diffSettings(desired[k], existing[k], at ? `${at}.${k}` : k));
    }
    if (Array.isArray(desired) && Array.isArray(existing)) {
        const field = at.split('.').pop() ?? '';
        const by = ARRAY_KEYS[field];
        if (by && desired.every((d) => isMap(d) && typeof d[by] === 'string')) {
            const out = [];
            for (const d of desired) {
                const e = existing.find((x) => isMap(x) && x[by] === d[by]);
                if (e === undefined)
                    out.push({ path: `${at}[${String(d[by])}]`, after: d });
                else
                    out.push(...diffSettings(d, e, `${at}[${String(d[by])}]`));
            }
            for (const e of existing)
                if (isMap(e) && !desired.some((d) => d[by] === e[by]))
                    out.push({ path: `${at}[${String(e[by])}]`, before: e });
            return out;
        }
        if (desired.length !== existing.length)
            return [{ path: at, before: existing, after: desired }];
        return desired.flatMap((d, i) => diffSettings(d, existing[i], `${at}[${i}]`));
    }
    // The service leaves out empty lists and objects it was sent.
    const empty = (Array.isArray(desired) && desired.length === 0) ||
        (isMap(desired) && Object.keys(desired).length === 0);
    if (existing === undefined && empty)
        return [];
    return same(desired, existing) ? [] : [{ path: at, before: existing, after: desired }];
}
/** Replaces `${resources.jobs.<key>.id}` with the ids known so far. */
function resolveIds(value, ids) {
    if (typeof value === 'string') {
        const whole = /^\$\{resources\.jobs\.([^.}]+)\.id\}$/.exec(value);
        if (whole && ids.has(whole[1]))
            return ids.get(whole[1]);
        return value.replace(/\$\{resources\.jobs\.([^.}]+)\.id\}/g, (m, k) => ids.get(k) ?? m);
    }
    if (Array.isArray(value))
        return value.map((v) => resolveIds(v, ids));
    if (isMap(value))
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveIds(v, ids)]));
    return value;
}
/** The keys of the other jobs a job's settings refer to by id. */
function jobRefs(settings) {
    return [...referencesIn(settings)]
        .map((r) => /^resources\.jobs\.([^.]+)\.id$/.exec(r)?.[1])
        .filter((k) => k !== undefined);
}
/**
 * Compares each definition with the job that carries its key. Jobs that carry the deployment's tags
 * but no current key are deleted with `prune`, and reported either way.
 */
function planJobs(defs, existing, prune) {
    const items = [];
    const stale = [];
    const keys = new Set(defs.map((d) => d.key));
    for (const d of defs) {
        const [job, ...duplicates] = existing.get(d.key) ?? [];
        const name = String(d.settings.name);
        for (const dup of duplicates)
            stale.push({ key: d.key, jobId: dup.jobId, name: String(dup.settings.name ?? '') });
        if (!job) {
            items.push({ kind: 'jobs', key: d.key, action: 'create', name, changes: [], where: d.where });
            continue;
        }
        const changes = diffSettings(d.settings, job.settings).filter((c) => c.path !== `tags.${TAGS.hash}`);
        const oldHash = isMap(job.settings.tags) ? job.settings.tags[TAGS.hash] : undefined;
        const newHash = d.settings.tags[TAGS.hash];
        if (changes.length === 0 && oldHash !== newHash)
            changes.push({
                path: '(settings removed from the definition)',
                before: 'set',
                after: 'unset',
            });
        items.push({
            kind: 'jobs',
            key: d.key,
            action: changes.length ? 'update' : 'unchanged',
            name,
            id: job.jobId,
            changes,
            where: d.where,
        });
    }
    for (const [key, jobs] of existing) {
        if (keys.has(key))
            continue;
        for (const job of jobs) {
            const name = String(job.settings.name ?? '');
            if (prune)
                items.push({ kind: 'jobs', key, action: 'delete', name, id: job.jobId, changes: [] });
            else
                stale.push({ key, jobId: job.jobId, name });
        }
    }
    if (prune)
        for (const s of stale.splice(0))
            items.push({
                kind: 'jobs',
                key: s.key,
                action: 'delete',
                name: s.name,
                id: s.jobId,
                changes: [],
            });
    return { items, stale };
}
/** Plan order for writing: jobs that others refer to first. */
function writeOrder(defs) {
    const refs = new Map(defs.map((d) => [d.key, jobRefs(d.settings)]));
    const done = [];
    const visit = (k, path) => {
        if (done.includes(k) || path.includes(k))
            return;
        for (const r of refs.get(k) ?? [])
            visit(r, [...path, k]);
        done.push(k);
    };
    for (const d of defs)
        visit(d.key, []);
    return done;
}

// EXTERNAL MODULE: ./shared/report/markdown.ts
var markdown = __webpack_require__(90216);
;// CONCATENATED MODULE: ./shared/capabilities/deploy-jobs/report.ts

const KIND = {
    jobs: 'job',
    experiments: 'experiment',
    registered_models: 'registered model',
};
function show(v) {
    if (v === undefined)
        return '(unset)';
    const s = typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v);
    return s.length > 100 ? `${s.slice(0, 97)}...` : s;
}
/** `path: before → after`, one line per change, for the log. */
function describeChange(c) {
    return `${c.path}: ${show(c.before)} → ${show(c.after)}`;
}
function jobUrl(host, id) {
    return `${host.replace(/\/+$/, '')}/jobs/${encodeURIComponent(id)}`;
}
/** The plan as log lines: one per resource, with the changed settings of an update beneath. */
function planLines(entries) {
    const sign = {
        create: '+',
        update: '~',
        delete: '-',
        unchanged: '=',
        failed: '!',
    };
    const lines = [];
    for (const e of entries) {
        lines.push(`${sign[e.action]} ${e.action} ${KIND[e.kind]} ${e.key} "${e.name}"${e.id ? ` (${e.id})` : ''}${e.where ? ` from ${e.where}` : ''}${e.error ? `: ${e.error}` : ''}`);
        for (const c of e.changes.slice(0, 50))
            lines.push(`    ${describeChange(c)}`);
        if (e.changes.length > 50)
            lines.push(`    ... and ${e.changes.length - 50} more changes`);
    }
    return lines;
}
function renderSummary(r) {
    const count = (a) => r.entries.filter((e) => e.action === a).length;
    const head = r.prView
        ? r.dryRun
            ? 'What deploying this changes'
            : 'Deployed from this pull request'
        : r.dryRun
            ? 'Deploy plan (dry run, nothing written)'
            : 'Deployed';
    const failed = count('failed');
    const lines = [
        `### ${failed ? '❌' : '✅'} ${head}: ${(0,markdown/* escapeCell */.kq)(r.deployment)} → ${(0,markdown/* escapeCell */.kq)(r.target)} (${(0,markdown/* escapeCell */.kq)(r.host)})`,
        '',
        `${count('create')} to create, ${count('update')} to update, ${count('delete')} to delete, ${count('unchanged')} unchanged${failed ? `, **${failed} failed**` : ''}; code from ${(0,markdown/* escapeCell */.kq)(r.source)}${r.files ? ` (${r.files.written} files written, ${r.files.deleted} deleted, ${r.files.unchanged} unchanged)` : ''}.`,
        '',
        (0,markdown/* table */.tp)(['', 'Resource', 'Key', 'Name', 'Changes'], r.entries.map((e) => {
            const name = e.kind === 'jobs' && e.id && e.action !== 'delete'
                ? `[${(0,markdown/* escapeCell */.kq)(e.name)}](${jobUrl(r.host, e.id)})`
                : (0,markdown/* escapeCell */.kq)(e.name);
            const changes = e.error
                ? `failed: ${(0,markdown/* escapeCell */.kq)(e.error)}`
                : e.changes.length
                    ? e.changes
                        .slice(0, 5)
                        .map((c) => `\`${(0,markdown/* escapeCell */.kq)(c.path)}\``)
                        .join(', ') + (e.changes.length > 5 ? ` and ${e.changes.length - 5} more` : '')
                    : '';
            return [e.action, KIND[e.kind], (0,markdown/* escapeCell */.kq)(e.key), name, changes];
        })),
    ];
    if (r.warnings.length)
        lines.push('', ...r.warnings.map((w) => `- ⚠️ ${(0,markdown/* escapeCell */.kq)(w)}`));
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./shared/capabilities/deploy-jobs/settings.ts





const NAME = /^[A-Za-z0-9_.-]+$/;
function folder(inputs, name) {
    const value = inputs.string(name);
    if (value === undefined)
        return undefined;
    const full = external_path_.resolve(value);
    if (!external_fs_.existsSync(full) || !external_fs_.statSync(full).isDirectory())
        throw new errors/* InputError */.dz(name, `is not a folder: '${value}' (resolved to ${full})`, name === 'bundle'
            ? 'Give the folder that holds databricks.yml, relative to the working directory.'
            : 'Give the folder of job definition files, relative to the working directory.');
    return full;
}
function readSettings(inputs) {
    const bundle = folder(inputs, 'bundle');
    const jobs = folder(inputs, 'jobs');
    if (bundle && jobs)
        throw new errors/* InputError */.dz('jobs', `cannot be combined with ${(0,errors/* inputRef */.io)('bundle')}`, 'Deploy one of them per step.');
    if (!bundle && !jobs)
        throw new errors/* InputError */.dz('bundle', `is not set, and neither is ${(0,errors/* inputRef */.io)('jobs')}`, 'Give the folder holding databricks.yml, or a folder of job definitions.');
    const target = inputs.string('target');
    if (target !== undefined && !NAME.test(target))
        throw new errors/* InputError */.dz('target', `is not a target name: '${target}'`, "Use letters, digits, '_', '-' and '.'.");
    const variables = inputs.stringMap('variables') ?? {};
    for (const name of Object.keys(variables))
        if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name))
            throw new errors/* InputError */.dz('variables', `names a variable '${name}' that no bundle can declare`, 'Write one name=value per line.');
    const deploymentName = inputs.string('deployment-name');
    if (deploymentName !== undefined && !NAME.test(deploymentName))
        throw new errors/* InputError */.dz('deployment-name', `is not usable as a tag value: '${deploymentName}'`, "Use letters, digits, '_', '-' and '.'.");
    if (deploymentName !== undefined && bundle)
        throw new errors/* InputError */.dz('deployment-name', `applies to ${(0,errors/* inputRef */.io)('jobs')} only`, "A bundle's name is its bundle.name.");
    const source = inputs.choice('source');
    const gitRefText = inputs.string('git-ref');
    const gitUrl = (0,git_source/* checkGitUrl */.I)(inputs.string('git-url'));
    const providerText = inputs.string('git-provider');
    for (const [name, v] of [
        ['git-ref', gitRefText],
        ['git-url', gitUrl],
        ['git-provider', providerText],
    ])
        if (v !== undefined && source !== 'git')
            throw new errors/* InputError */.dz(name, `applies to ${(0,errors/* inputRef */.io)('source')} git only`, `Set ${(0,errors/* inputRef */.io)('source')} to git, or leave it empty.`);
    let gitProvider;
    if (providerText !== undefined) {
        gitProvider = jobs_schema/* GIT_PROVIDERS */.S1.find((p) => p.toLowerCase() === providerText.toLowerCase());
        if (!gitProvider)
            throw new errors/* InputError */.dz('git-provider', `has an unknown value '${providerText}'`, `Use one of ${jobs_schema/* GIT_PROVIDERS */.S1.join(', ')}.`);
    }
    return {
        from: bundle ? { kind: 'bundle', dir: bundle } : { kind: 'jobs', dir: jobs },
        target,
        variables,
        deploymentName,
        source,
        gitRef: gitRefText === undefined ? undefined : (0,git_source/* parseGitRef */.TL)(gitRefText),
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

// EXTERNAL MODULE: ./shared/code-source/upload.ts
var upload = __webpack_require__(4875);
;// CONCATENATED MODULE: ./shared/capabilities/deploy-jobs/sync.ts






const LANGUAGES = { py: 'PYTHON', sql: 'SQL', scala: 'SCALA', r: 'R' };
function remoteName(rel, notebook) {
    return notebook ? rel.replace(/\.(py|sql|scala|r|ipynb)$/i, '') : rel;
}
function stateFile(statePath) {
    return `${statePath}/deploy-sync.json`;
}
/**
 * Uploads `localRoot` to `filePath` as the bundle CLI's sync does (notebooks without their
 * extension), writing only files whose content changed since the last deploy and deleting the
 * ones gone locally. `dryRun` only computes the lists.
 */
async function syncFiles(client, localRoot, filePath, statePath, opts) {
    const files = opts.only ?? (0,upload/* listFiles */.CS)(localRoot).filter((f) => !f.startsWith('.databricks/'));
    const local = {};
    for (const f of files) {
        const full = external_path_.join(localRoot, f);
        local[f] = {
            hash: (0,external_crypto_.createHash)('sha256').update(external_fs_.readFileSync(full)).digest('hex'),
            notebook: isNotebookFile(full),
        };
    }
    const before = await readState(client, statePath, opts.signal);
    const previous = before && before.filePath === filePath ? before.files : {};
    const key = (f) => `${local[f].notebook ? 'nb' : 'f'}:${local[f].hash}`;
    const written = files.filter((f) => previous[f] !== key(f));
    const deleted = Object.keys(previous).filter((f) => !(f in local));
    const result = { written, deleted, unchanged: files.length - written.length };
    if (opts.dryRun || (written.length === 0 && deleted.length === 0 && before))
        return result;
    const dirs = new Set(written.map((f) => external_path_.posix.dirname(f)).filter((d) => d !== '.'));
    const leaves = [...dirs].filter((d) => ![...dirs].some((o) => o !== d && o.startsWith(`${d}/`)));
    await client.workspace.mkdirs(filePath, opts.signal);
    for (const d of leaves)
        await client.workspace.mkdirs(`${filePath}/${d}`, opts.signal);
    for (const f of written) {
        const bytes = external_fs_.readFileSync(external_path_.join(localRoot, f));
        const target = `${filePath}/${remoteName(f, local[f].notebook)}`;
        if (local[f].notebook) {
            const ext = external_path_.extname(f).slice(1).toLowerCase();
            await client.workspace.importFile(target, bytes, {
                format: ext === 'ipynb' ? 'JUPYTER' : 'SOURCE',
                language: LANGUAGES[ext],
                overwrite: true,
                signal: opts.signal,
            });
        }
        else {
            await client.workspace.importFile(target, bytes, {
                format: 'AUTO',
                overwrite: true,
                signal: opts.signal,
            });
        }
    }
    for (const f of deleted) {
        const notebook = previous[f].startsWith('nb:');
        try {
            await client.workspace.delete(`${filePath}/${remoteName(f, notebook)}`, {
                signal: opts.signal,
            });
        }
        catch (err) {
            // Already removed by hand: the outcome we wanted.
            if (!(err instanceof databricks/* DatabricksError */.rC && err.isNotFound))
                throw err;
        }
    }
    const state = {
        version: 1,
        filePath,
        files: Object.fromEntries(files.map((f) => [f, key(f)])),
    };
    await client.workspace.mkdirs(statePath, opts.signal);
    await client.workspace.importFile(stateFile(statePath), JSON.stringify(state, null, 1), {
        format: 'AUTO',
        overwrite: true,
        signal: opts.signal,
    });
    return result;
}
async function readState(client, statePath, signal) {
    const bytes = await client.workspace.tryExport(stateFile(statePath), signal);
    if (!bytes)
        return undefined;
    try {
        const s = JSON.parse(bytes.toString('utf8'));
        return s && s.version === 1 && typeof s.files === 'object' ? s : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./shared/capabilities/deploy-jobs/index.ts

















const deployJobs = {
    manifest: manifest/* manifest */.e,
    async main(ctx) {
        const s = readSettings(ctx.inputs);
        const opened = s.from.kind === 'bundle' ? openBundle(s.from.dir, s.target) : undefined;
        const { client } = (0,connect/* connect */.N)(ctx);
        if (opened?.host && normaliseHost(opened.host) !== normaliseHost(client.host))
            throw new errors/* UserError */.yo(`Target ${opened.target} of bundle ${opened.name} deploys to ${opened.host} (its workspace.host), but the connection is to ${client.host}. Nothing was deployed: connect to ${opened.host}, or choose the target meant for ${client.host} with ${(0,errors/* inputRef */.io)('target')}.`);
        const user = await client.currentUser(ctx.signal);
        const git = readGitInfo(s.from.dir, ctx.ci);
        const deployment = await load(s, opened, user.userName, git, ctx, client);
        return deploy(ctx, s, client, deployment, git);
    },
};
function normaliseHost(h) {
    try {
        const u = new URL(/^[a-z]+:\/\//i.test(h) ? h : `https://${h}`);
        return `${u.protocol}//${u.host}`.toLowerCase();
    }
    catch {
        return h.toLowerCase().replace(/\/+$/, '');
    }
}
async function load(s, opened, userName, git, ctx, client) {
    const resolveCtx = {
        userName,
        git,
        variables: s.variables,
        env: ctx.env,
        source: s.source,
        gitRoot: git.root,
    };
    if (opened) {
        resolveCtx.lookedUp = await resolveLookups(opened, resolveCtx, client, ctx.signal);
        return resolveBundle(opened, resolveCtx);
    }
    const name = s.deploymentName ??
        ctx.ci.repository
            ?.split('/')
            .pop()
            ?.replace(/[^A-Za-z0-9_.-]+/g, '-') ??
        external_path_.basename(external_path_.resolve(s.from.dir));
    return readJobsFolder(s.from.dir, { name, target: s.target ?? 'default', syncRoot: process.cwd() }, resolveCtx);
}
/** Every job carrying this deployment's tags, grouped by definition key, oldest first. */
async function managedJobs(client, d, signal) {
    const out = new Map();
    let pageToken;
    for (let page = 0; page < 10_000; page++) {
        const res = await client.jobs.list({ limit: 100, pageToken, signal });
        for (const job of res.jobs) {
            const tags = job.settings?.tags ?? {};
            if (tags[TAGS.bundle] !== d.name || tags[TAGS.target] !== d.target)
                continue;
            const key = tags[TAGS.key];
            if (!key)
                continue;
            const full = await client.jobs.get(job.job_id, signal);
            const list = out.get(key) ?? [];
            list.push({ jobId: String(job.job_id), settings: (full.settings ?? {}) });
            out.set(key, list);
        }
        if (!res.has_more || !res.next_page_token)
            break;
        pageToken = res.next_page_token;
    }
    return out;
}
function gitSourceFor(s, ctx, git) {
    if (s.source !== 'git')
        return undefined;
    const ci = {
        ...ctx.ci,
        repositoryUrl: ctx.ci.repositoryUrl ?? git.origin_url,
        sha: ctx.ci.sha ?? git.commit,
    };
    const source = (0,git_source/* buildGitSource */.qg)(ci, {
        gitUrl: s.gitUrl,
        gitRef: s.gitRef,
        gitProvider: s.gitProvider,
    });
    if (!source)
        throw new errors/* UserError */.yo(`${(0,errors/* inputRef */.io)('source')} is git but there is no repository URL to point the jobs at: set ${(0,errors/* inputRef */.io)('git-url')} and ${(0,errors/* inputRef */.io)('git-ref')}.`);
    return source;
}
async function deploy(ctx, s, client, d, git) {
    const log = ctx.logger;
    const signal = ctx.signal;
    const modelAcl = d.definitions.filter((x) => x.kind === 'registered_models' && x.permissions.length > 0);
    if (modelAcl.length)
        d.warnings.push(`permissions of ${modelAcl.map((x) => `registered model ${x.key}`).join(', ')} are not applied: a Unity Catalog model takes grants (principal and privileges) instead.`);
    for (const w of d.warnings)
        log.warning(w);
    const gitSource = gitSourceFor(s, ctx, git);
    const jobs = d.definitions.filter((x) => x.kind === 'jobs');
    const jobSettings = new Map(jobs.map((j) => [
        j.key,
        gitSource && !j.settings.git_source ? { ...j.settings, git_source: gitSource } : j.settings,
    ]));
    const existing = await managedJobs(client, d, signal);
    const ids = new Map();
    for (const [key, list] of existing)
        ids.set(key, list[0].jobId);
    const desired = (key) => withIdentity(resolveIds(jobSettings.get(key), ids), {
        bundle: d.name,
        target: d.target,
        key,
    });
    const { items, stale } = planJobs(jobs.map((j) => ({ key: j.key, settings: desired(j.key), where: at(j.file, j.keys) })), existing, s.prune);
    for (const st of stale)
        log.warning(`Job ${st.jobId} "${st.name}" (key ${st.key}) was deployed by ${d.name}/${d.target} but has no definition now (or is a duplicate); set ${(0,errors/* inputRef */.io)('prune')} to true to delete it.`);
    const others = await planOthers(client, d.definitions.filter((x) => x.kind !== 'jobs'), signal);
    const entries = [...items, ...others].map((i) => ({ ...i }));
    const grants = await planGrants(client, entries, d.definitions, signal);
    log.info(`Plan for ${d.name} → ${d.target} on ${client.host}:`);
    for (const line of planLines(entries))
        log.info(line);
    let files;
    const needsFiles = s.source === 'workspace' && jobs.length > 0;
    if (needsFiles) {
        files = await syncFiles(client, d.syncRoot, d.filePath, d.statePath, {
            dryRun: s.dryRun,
            only: d.syncOnly,
            signal,
        });
        log.info(`Files ${s.dryRun ? 'to upload' : 'uploaded'} to ${d.filePath}: ${files.written.length} written, ${files.deleted.length} deleted, ${files.unchanged} unchanged.`);
    }
    if (!s.dryRun)
        await apply(ctx, client, entries, desired, ids, d, grants);
    const report = {
        deployment: d.name,
        target: d.target,
        host: client.host,
        dryRun: s.dryRun,
        source: s.source === 'git' ? `git ${describeGit(gitSource)}` : `the workspace (${d.filePath})`,
        entries,
        files: files && {
            written: files.written.length,
            deleted: files.deleted.length,
            unchanged: files.unchanged,
        },
        warnings: d.warnings,
    };
    const keysOf = (a) => entries.filter((e) => e.action === a).map((e) => e.key);
    ctx.outputs.set('plan', entries);
    ctx.outputs.set('job-ids', Object.fromEntries(entries
        .filter((e) => e.kind === 'jobs' && e.id && e.action !== 'delete')
        .map((e) => [e.key, e.id])));
    ctx.outputs.set('created', keysOf('create'));
    ctx.outputs.set('updated', keysOf('update'));
    ctx.outputs.set('deleted', keysOf('delete'));
    ctx.outputs.set('unchanged', keysOf('unchanged'));
    ctx.outputs.set('failed', keysOf('failed'));
    await ctx.summary.append(renderSummary(report));
    if (s.prComment && ctx.ci.pullRequest !== undefined)
        await ctx.prReport.upsert(renderSummary({ ...report, prView: true }), {
            key: s.reportKey ?? `${(0,pr_comment/* defaultReportKey */.Hi)(ctx.ci, manifest/* manifest */.e.name)}/${d.name}/${d.target}`,
            token: s.token,
            resolved: !entries.some((e) => e.action === 'failed'),
        });
    const failed = entries.filter((e) => e.action === 'failed');
    if (failed.length)
        return {
            outcome: 'failed',
            message: `${failed.length} of ${entries.length} resources failed to deploy: ${failed.map((f) => f.key).join(', ')}. The others were deployed; a re-run retries the failed ones.`,
        };
    if (s.dryRun)
        log.info('Dry run: nothing was written.');
}
function describeGit(g) {
    if (!g)
        return '';
    const at = g.git_commit
        ? `commit ${String(g.git_commit).slice(0, 12)}`
        : g.git_tag
            ? `tag ${String(g.git_tag)}`
            : `branch ${String(g.git_branch)}`;
    return `${String(g.git_url)} at ${at}`;
}
async function planOthers(client, defs, signal) {
    const out = [];
    for (const def of defs) {
        const where = at(def.file, def.keys);
        if (def.kind === 'experiments') {
            const name = String(def.settings.name);
            const found = await client.mlflow.getExperimentByName(name, signal);
            out.push({
                kind: 'experiments',
                key: def.key,
                name,
                where,
                action: found ? 'unchanged' : 'create',
                id: found?.experiment_id,
                changes: [],
            });
        }
        else {
            const st = def.settings;
            const full = `${String(st.catalog_name)}.${String(st.schema_name)}.${String(st.name)}`;
            const found = await client.unityCatalog.tryGetModel(full, signal);
            const comment = typeof st.comment === 'string' ? st.comment : undefined;
            const changes = found && comment !== undefined && (found.comment ?? '') !== comment
                ? [{ path: 'comment', before: found.comment, after: comment }]
                : [];
            out.push({
                kind: 'registered_models',
                key: def.key,
                name: full,
                where,
                action: !found ? 'create' : changes.length ? 'update' : 'unchanged',
                id: found ? full : undefined,
                changes,
            });
        }
    }
    return out;
}
/** Writes what the plan says; one failure does not stop the others. */
async function apply(ctx, client, entries, desired, ids, d, grants) {
    const signal = ctx.signal;
    const grant = async (e) => {
        const privileges = grants.ucMissing.get(e);
        if (privileges && e.id) {
            await client.unityCatalog.addModelGrants(e.id, privileges, signal);
            for (const g of privileges)
                ctx.logger.info(`Granted ${g.privileges.join(', ')} on registered model ${e.name} to ${g.principal}.`);
        }
        const missing = grants.missing.get(e);
        if (!missing || !e.id)
            return;
        await applyGrants(client, e, missing, signal);
        ctx.logger.info(`Granted ${missing.map((m) => m.level).join(', ')} on ${e.kind === 'jobs' ? 'job' : 'experiment'} ${e.key}.`);
    };
    const fail = (e, err) => {
        if (!(err instanceof databricks/* DatabricksError */.rC || err instanceof errors/* UserError */.yo))
            throw err;
        e.planned = e.action;
        e.action = 'failed';
        e.error = (0,errors/* errorMessage */.gJ)(err).split('\n')[0];
        ctx.logger.error(`${e.kind === 'jobs' ? 'Job' : 'Resource'} ${e.key}: ${e.planned} failed: ${e.error}`);
    };
    // Models and experiments first: jobs name them.
    for (const e of entries.filter((x) => x.kind !== 'jobs' && x.action !== 'unchanged')) {
        const def = d.definitions.find((x) => x.kind === e.kind && x.key === e.key);
        try {
            if (e.kind === 'experiments') {
                if (e.action === 'create') {
                    const res = await client.mlflow.createExperiment({ name: e.name }, signal);
                    e.id = res.experiment_id;
                }
                await grant(e);
            }
            else if (e.action === 'create') {
                const st = def.settings;
                await client.unityCatalog.createModel({
                    catalog_name: String(st.catalog_name),
                    schema_name: String(st.schema_name),
                    name: String(st.name),
                    comment: typeof st.comment === 'string' ? st.comment : undefined,
                }, signal);
                e.id = e.name;
                ctx.logger.info(`Created registered model ${e.name}.`);
                await grant(e);
            }
            else {
                if (e.changes.some((c) => c.path === 'comment')) {
                    await client.unityCatalog.updateModelComment(e.name, String(def.settings.comment), signal);
                    ctx.logger.info(`Updated registered model ${e.name}.`);
                }
                await grant(e);
            }
            if (e.kind === 'experiments' && e.action === 'create')
                ctx.logger.info(`Created experiment ${e.name}.`);
        }
        catch (err) {
            fail(e, err);
        }
    }
    const jobEntries = new Map(entries.filter((e) => e.kind === 'jobs' && e.action !== 'delete').map((e) => [e.key, e]));
    const failedKeys = new Set();
    for (const key of writeOrder([...jobEntries.keys()].map((k) => ({ key: k, settings: desired(k) })))) {
        const e = jobEntries.get(key);
        const settings = desired(key);
        const missing = jobRefs(settings);
        if (missing.length) {
            failedKeys.add(key);
            fail(e, new errors/* UserError */.yo(`it refers to job${missing.length > 1 ? 's' : ''} ${missing.join(', ')}, which ${failedKeys.has(missing[0]) ? 'failed to deploy' : 'this deployment does not define'}.`));
            continue;
        }
        if (e.action === 'unchanged')
            continue;
        try {
            if (e.action === 'create') {
                const res = await client.jobs.create(settings, signal);
                e.id = String(res.job_id);
                ids.set(key, e.id);
                ctx.logger.info(`Created job ${key} "${e.name}": ${e.id}.`);
            }
            else if (!grants.grantsOnly.has(e)) {
                await client.jobs.reset(e.id, settings, signal);
                ctx.logger.info(`Updated job ${key} "${e.name}" (${e.id}).`);
            }
            await grant(e);
        }
        catch (err) {
            failedKeys.add(key);
            fail(e, err);
        }
    }
    for (const e of entries.filter((x) => x.action === 'delete')) {
        try {
            await client.jobs.delete(e.id, signal);
            ctx.logger.info(`Deleted job ${e.key} "${e.name}" (${e.id}).`);
        }
        catch (err) {
            fail(e, err);
        }
    }
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

/***/ 44502:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

// Generated from shared/capabilities/deploy-jobs/job-schema.ts by `npm run generate`. Do not edit.
/* eslint-disable */
exports.y = validate21;const schema6 = {"$id":"job","definitions":{"task":{"type":"object","x-what":"task setting","properties":{"task_key":{"type":"string","pattern":"^[\\w\\-]{1,100}$","x-expect":"1 to 100 letters, digits, '_' or '-'"},"description":{"type":"string"},"depends_on":{"type":"array","items":{"type":"object","x-what":"depends_on setting","properties":{"task_key":{"type":"string","minLength":1},"outcome":{"type":"string"}},"additionalProperties":false,"required":["task_key"]}},"run_if":{"type":"string"},"notebook_task":{"type":"object","required":["notebook_path"],"properties":{"notebook_path":{"type":"string","minLength":1},"base_parameters":{"type":"object","additionalProperties":{"type":["string","number","boolean"]}},"source":{"type":"string"},"warehouse_id":{"type":"string"}}},"spark_python_task":{"type":"object","required":["python_file"],"properties":{"python_file":{"type":"string","minLength":1},"parameters":{"type":"array","items":{"type":["string","number","boolean"]}},"source":{"type":"string"}}},"python_wheel_task":{"type":"object","required":["package_name","entry_point"],"properties":{"package_name":{"type":"string","minLength":1},"entry_point":{"type":"string","minLength":1},"parameters":{"type":"array","items":{"type":["string","number","boolean"]}},"named_parameters":{"type":"object","additionalProperties":{"type":["string","number","boolean"]}}}},"condition_task":{"type":"object","required":["left","op","right"]},"run_job_task":{"type":"object","required":["job_id"],"properties":{"job_id":{"type":["integer","string"],"pattern":"^(\\d+|\\$\\{resources\\.jobs\\.[^.}]+\\.id\\})$","x-expect":"a job id or ${resources.jobs.<key>.id}"},"job_parameters":{"type":"object","additionalProperties":{"type":["string","number","boolean"]}}}},"sql_task":{"type":"object"},"spark_jar_task":{"type":"object","properties":{"main_class_name":{"type":"string"},"parameters":{"type":"array","items":{"type":"string"}}}},"spark_submit_task":{"type":"object","properties":{"parameters":{"type":"array","items":{"type":"string"}}}},"dbt_task":{"type":"object","required":["commands"],"properties":{"commands":{"type":"array","items":{"type":"string"}}}},"for_each_task":{"type":"object","required":["inputs","task"],"properties":{"inputs":{"type":"string"},"task":{"$ref":"#/definitions/task"},"concurrency":{"type":"integer"}}},"pipeline_task":{"type":"object","required":["pipeline_id"],"properties":{"pipeline_id":{"type":"string","minLength":1},"full_refresh":{"type":"boolean"}}},"clean_rooms_notebook_task":{"type":"object"},"dashboard_task":{"type":"object"},"power_bi_task":{"type":"object"},"gen_ai_compute_task":{"type":"object"},"dbt_cloud_task":{"type":"object"},"existing_cluster_id":{"type":"string","minLength":1},"new_cluster":{"type":"object"},"job_cluster_key":{"type":"string","minLength":1},"environment_key":{"type":"string","minLength":1},"libraries":{"type":"array","items":{"type":"object"}},"timeout_seconds":{"type":"integer"},"max_retries":{"type":"integer"},"min_retry_interval_millis":{"type":"integer"},"retry_on_timeout":{"type":"boolean"},"disabled":{"type":"boolean"},"email_notifications":{"$ref":"#/definitions/email_notifications"},"webhook_notifications":{"$ref":"#/definitions/webhook_notifications"},"notification_settings":{"$ref":"#/definitions/notification_settings"},"health":{"$ref":"#/definitions/health"},"compute_key":{"type":"string"},"disable_auto_optimization":{"type":"boolean"}},"additionalProperties":false,"required":["task_key"],"x-task":true,"oneOf":[{"required":["notebook_task"]},{"required":["spark_python_task"]},{"required":["python_wheel_task"]},{"required":["spark_jar_task"]},{"required":["spark_submit_task"]},{"required":["sql_task"]},{"required":["dbt_task"]},{"required":["condition_task"]},{"required":["run_job_task"]},{"required":["for_each_task"]},{"required":["pipeline_task"]},{"required":["clean_rooms_notebook_task"]},{"required":["dashboard_task"]},{"required":["power_bi_task"]},{"required":["gen_ai_compute_task"]},{"required":["dbt_cloud_task"]}]},"email_notifications":{"type":"object","x-what":"email_notifications setting","properties":{"on_start":{"type":"array","items":{"type":"string"}},"on_success":{"type":"array","items":{"type":"string"}},"on_failure":{"type":"array","items":{"type":"string"}},"on_duration_warning_threshold_exceeded":{"type":"array","items":{"type":"string"}},"on_streaming_backlog_exceeded":{"type":"array","items":{"type":"string"}},"no_alert_for_skipped_runs":{"type":"boolean"}},"additionalProperties":false},"webhook_notifications":{"type":"object","x-what":"webhook_notifications setting","properties":{"on_start":{"type":"array","items":{"type":"object","required":["id"]}},"on_success":{"type":"array","items":{"type":"object","required":["id"]}},"on_failure":{"type":"array","items":{"type":"object","required":["id"]}},"on_duration_warning_threshold_exceeded":{"type":"array","items":{"type":"object","required":["id"]}},"on_streaming_backlog_exceeded":{"type":"array","items":{"type":"object","required":["id"]}}},"additionalProperties":false},"notification_settings":{"type":"object","x-what":"notification_settings setting","properties":{"no_alert_for_skipped_runs":{"type":"boolean"},"no_alert_for_canceled_runs":{"type":"boolean"},"alert_on_last_attempt":{"type":"boolean"}},"additionalProperties":false},"health":{"type":"object","properties":{"rules":{"type":"array","items":{"type":"object","required":["metric","op","value"]}}}}},"type":"object","x-what":"job setting","properties":{"name":{"type":"string"},"description":{"type":"string"},"tasks":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/task"}},"job_clusters":{"type":"array","items":{"type":"object","x-what":"job cluster setting","properties":{"job_cluster_key":{"type":"string","minLength":1},"new_cluster":{"type":"object"}},"additionalProperties":false,"required":["job_cluster_key","new_cluster"]}},"environments":{"type":"array","items":{"type":"object","x-what":"environment setting","properties":{"environment_key":{"type":"string","minLength":1},"spec":{"type":"object"}},"additionalProperties":false,"required":["environment_key"]}},"git_source":{"type":"object","required":["git_url","git_provider"],"properties":{"git_url":{"type":"string","minLength":1},"git_provider":{"type":"string"},"git_branch":{"type":"string"},"git_tag":{"type":"string"},"git_commit":{"type":"string"}}},"parameters":{"type":"array","items":{"type":"object","x-what":"job parameter setting","properties":{"name":{"type":"string","minLength":1},"default":{"type":["string","number","boolean"]}},"additionalProperties":false,"required":["name","default"]}},"schedule":{"type":"object","x-what":"schedule setting","properties":{"quartz_cron_expression":{"type":"string","minLength":1},"timezone_id":{"type":"string"},"pause_status":{"type":"string"}},"additionalProperties":false,"required":["quartz_cron_expression"]},"max_concurrent_runs":{"type":"integer"},"timeout_seconds":{"type":"integer"},"queue":{"type":"object","x-what":"queue setting","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false,"required":["enabled"]},"tags":{"type":"object","additionalProperties":{"type":"string"}},"run_as":{"type":"object","x-what":"run_as setting","properties":{"user_name":{"type":"string"},"service_principal_name":{"type":"string"},"group_name":{"type":"string"}},"additionalProperties":false},"email_notifications":{"$ref":"#/definitions/email_notifications"},"webhook_notifications":{"$ref":"#/definitions/webhook_notifications"},"notification_settings":{"$ref":"#/definitions/notification_settings"},"health":{"$ref":"#/definitions/health"},"trigger":{"type":"object","x-what":"trigger setting","properties":{"pause_status":{"type":"string"},"file_arrival":{"type":"object","required":["url"]},"periodic":{"type":"object","required":["interval","unit"]},"table":{"type":"object","required":["table_names"]},"table_update":{"type":"object","required":["table_names"]}},"additionalProperties":false},"continuous":{"type":"object","x-what":"continuous setting","properties":{"pause_status":{"type":"string"},"task_retry_mode":{"type":"string"}},"additionalProperties":false},"format":{"type":"string"},"edit_mode":{"type":"string"},"deployment":{"type":"object","required":["kind"]},"budget_policy_id":{"type":"string"},"performance_target":{"type":"string"},"parent_path":{"type":"string"},"usage_policy_id":{"type":"string"},"access_control_list":{"type":"array","items":{"type":"object"}},"permissions":{"type":"array","items":{"type":"object"}}},"additionalProperties":false,"required":["tasks"]};const func2 = Object.prototype.hasOwnProperty;const func4 = (__webpack_require__(36214)["default"]);const schema7 = {"type":"object","x-what":"task setting","properties":{"task_key":{"type":"string","pattern":"^[\\w\\-]{1,100}$","x-expect":"1 to 100 letters, digits, '_' or '-'"},"description":{"type":"string"},"depends_on":{"type":"array","items":{"type":"object","x-what":"depends_on setting","properties":{"task_key":{"type":"string","minLength":1},"outcome":{"type":"string"}},"additionalProperties":false,"required":["task_key"]}},"run_if":{"type":"string"},"notebook_task":{"type":"object","required":["notebook_path"],"properties":{"notebook_path":{"type":"string","minLength":1},"base_parameters":{"type":"object","additionalProperties":{"type":["string","number","boolean"]}},"source":{"type":"string"},"warehouse_id":{"type":"string"}}},"spark_python_task":{"type":"object","required":["python_file"],"properties":{"python_file":{"type":"string","minLength":1},"parameters":{"type":"array","items":{"type":["string","number","boolean"]}},"source":{"type":"string"}}},"python_wheel_task":{"type":"object","required":["package_name","entry_point"],"properties":{"package_name":{"type":"string","minLength":1},"entry_point":{"type":"string","minLength":1},"parameters":{"type":"array","items":{"type":["string","number","boolean"]}},"named_parameters":{"type":"object","additionalProperties":{"type":["string","number","boolean"]}}}},"condition_task":{"type":"object","required":["left","op","right"]},"run_job_task":{"type":"object","required":["job_id"],"properties":{"job_id":{"type":["integer","string"],"pattern":"^(\\d+|\\$\\{resources\\.jobs\\.[^.}]+\\.id\\})$","x-expect":"a job id or ${resources.jobs.<key>.id}"},"job_parameters":{"type":"object","additionalProperties":{"type":["string","number","boolean"]}}}},"sql_task":{"type":"object"},"spark_jar_task":{"type":"object","properties":{"main_class_name":{"type":"string"},"parameters":{"type":"array","items":{"type":"string"}}}},"spark_submit_task":{"type":"object","properties":{"parameters":{"type":"array","items":{"type":"string"}}}},"dbt_task":{"type":"object","required":["commands"],"properties":{"commands":{"type":"array","items":{"type":"string"}}}},"for_each_task":{"type":"object","required":["inputs","task"],"properties":{"inputs":{"type":"string"},"task":{"$ref":"#/definitions/task"},"concurrency":{"type":"integer"}}},"pipeline_task":{"type":"object","required":["pipeline_id"],"properties":{"pipeline_id":{"type":"string","minLength":1},"full_refresh":{"type":"boolean"}}},"clean_rooms_notebook_task":{"type":"object"},"dashboard_task":{"type":"object"},"power_bi_task":{"type":"object"},"gen_ai_compute_task":{"type":"object"},"dbt_cloud_task":{"type":"object"},"existing_cluster_id":{"type":"string","minLength":1},"new_cluster":{"type":"object"},"job_cluster_key":{"type":"string","minLength":1},"environment_key":{"type":"string","minLength":1},"libraries":{"type":"array","items":{"type":"object"}},"timeout_seconds":{"type":"integer"},"max_retries":{"type":"integer"},"min_retry_interval_millis":{"type":"integer"},"retry_on_timeout":{"type":"boolean"},"disabled":{"type":"boolean"},"email_notifications":{"$ref":"#/definitions/email_notifications"},"webhook_notifications":{"$ref":"#/definitions/webhook_notifications"},"notification_settings":{"$ref":"#/definitions/notification_settings"},"health":{"$ref":"#/definitions/health"},"compute_key":{"type":"string"},"disable_auto_optimization":{"type":"boolean"}},"additionalProperties":false,"required":["task_key"],"x-task":true,"oneOf":[{"required":["notebook_task"]},{"required":["spark_python_task"]},{"required":["python_wheel_task"]},{"required":["spark_jar_task"]},{"required":["spark_submit_task"]},{"required":["sql_task"]},{"required":["dbt_task"]},{"required":["condition_task"]},{"required":["run_job_task"]},{"required":["for_each_task"]},{"required":["pipeline_task"]},{"required":["clean_rooms_notebook_task"]},{"required":["dashboard_task"]},{"required":["power_bi_task"]},{"required":["gen_ai_compute_task"]},{"required":["dbt_cloud_task"]}]};const pattern0 = new RegExp("^[\\w\\-]{1,100}$", "u");const pattern1 = new RegExp("^(\\d+|\\$\\{resources\\.jobs\\.[^.}]+\\.id\\})$", "u");const wrapper0 = {validate: validate22};const schema8 = {"type":"object","x-what":"email_notifications setting","properties":{"on_start":{"type":"array","items":{"type":"string"}},"on_success":{"type":"array","items":{"type":"string"}},"on_failure":{"type":"array","items":{"type":"string"}},"on_duration_warning_threshold_exceeded":{"type":"array","items":{"type":"string"}},"on_streaming_backlog_exceeded":{"type":"array","items":{"type":"string"}},"no_alert_for_skipped_runs":{"type":"boolean"}},"additionalProperties":false};function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((((key0 === "on_start") || (key0 === "on_success")) || (key0 === "on_failure")) || (key0 === "on_duration_warning_threshold_exceeded")) || (key0 === "on_streaming_backlog_exceeded")) || (key0 === "no_alert_for_skipped_runs"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema8,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.on_start !== undefined){let data0 = data.on_start;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(typeof data1 !== "string"){const err1 = {instancePath:instancePath+"/on_start/" + i0,schemaPath:"#/properties/on_start/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.properties.on_start.items.type,parentSchema:schema8.properties.on_start.items,data:data1};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}else {const err2 = {instancePath:instancePath+"/on_start",schemaPath:"#/properties/on_start/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.properties.on_start.type,parentSchema:schema8.properties.on_start,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.on_success !== undefined){let data2 = data.on_success;if(Array.isArray(data2)){const len1 = data2.length;for(let i1=0; i1<len1; i1++){let data3 = data2[i1];if(typeof data3 !== "string"){const err3 = {instancePath:instancePath+"/on_success/" + i1,schemaPath:"#/properties/on_success/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.properties.on_success.items.type,parentSchema:schema8.properties.on_success.items,data:data3};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}else {const err4 = {instancePath:instancePath+"/on_success",schemaPath:"#/properties/on_success/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.properties.on_success.type,parentSchema:schema8.properties.on_success,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.on_failure !== undefined){let data4 = data.on_failure;if(Array.isArray(data4)){const len2 = data4.length;for(let i2=0; i2<len2; i2++){let data5 = data4[i2];if(typeof data5 !== "string"){const err5 = {instancePath:instancePath+"/on_failure/" + i2,schemaPath:"#/properties/on_failure/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.properties.on_failure.items.type,parentSchema:schema8.properties.on_failure.items,data:data5};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/on_failure",schemaPath:"#/properties/on_failure/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.properties.on_failure.type,parentSchema:schema8.properties.on_failure,data:data4};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.on_duration_warning_threshold_exceeded !== undefined){let data6 = data.on_duration_warning_threshold_exceeded;if(Array.isArray(data6)){const len3 = data6.length;for(let i3=0; i3<len3; i3++){let data7 = data6[i3];if(typeof data7 !== "string"){const err7 = {instancePath:instancePath+"/on_duration_warning_threshold_exceeded/" + i3,schemaPath:"#/properties/on_duration_warning_threshold_exceeded/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.properties.on_duration_warning_threshold_exceeded.items.type,parentSchema:schema8.properties.on_duration_warning_threshold_exceeded.items,data:data7};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}else {const err8 = {instancePath:instancePath+"/on_duration_warning_threshold_exceeded",schemaPath:"#/properties/on_duration_warning_threshold_exceeded/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.properties.on_duration_warning_threshold_exceeded.type,parentSchema:schema8.properties.on_duration_warning_threshold_exceeded,data:data6};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.on_streaming_backlog_exceeded !== undefined){let data8 = data.on_streaming_backlog_exceeded;if(Array.isArray(data8)){const len4 = data8.length;for(let i4=0; i4<len4; i4++){let data9 = data8[i4];if(typeof data9 !== "string"){const err9 = {instancePath:instancePath+"/on_streaming_backlog_exceeded/" + i4,schemaPath:"#/properties/on_streaming_backlog_exceeded/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.properties.on_streaming_backlog_exceeded.items.type,parentSchema:schema8.properties.on_streaming_backlog_exceeded.items,data:data9};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/on_streaming_backlog_exceeded",schemaPath:"#/properties/on_streaming_backlog_exceeded/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.properties.on_streaming_backlog_exceeded.type,parentSchema:schema8.properties.on_streaming_backlog_exceeded,data:data8};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.no_alert_for_skipped_runs !== undefined){let data10 = data.no_alert_for_skipped_runs;if(typeof data10 !== "boolean"){const err11 = {instancePath:instancePath+"/no_alert_for_skipped_runs",schemaPath:"#/properties/no_alert_for_skipped_runs/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema8.properties.no_alert_for_skipped_runs.type,parentSchema:schema8.properties.no_alert_for_skipped_runs,data:data10};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.type,parentSchema:schema8,data};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}validate23.errors = vErrors;return errors === 0;}const schema9 = {"type":"object","x-what":"webhook_notifications setting","properties":{"on_start":{"type":"array","items":{"type":"object","required":["id"]}},"on_success":{"type":"array","items":{"type":"object","required":["id"]}},"on_failure":{"type":"array","items":{"type":"object","required":["id"]}},"on_duration_warning_threshold_exceeded":{"type":"array","items":{"type":"object","required":["id"]}},"on_streaming_backlog_exceeded":{"type":"array","items":{"type":"object","required":["id"]}}},"additionalProperties":false};function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((key0 === "on_start") || (key0 === "on_success")) || (key0 === "on_failure")) || (key0 === "on_duration_warning_threshold_exceeded")) || (key0 === "on_streaming_backlog_exceeded"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema9,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.on_start !== undefined){let data0 = data.on_start;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.id === undefined){const err1 = {instancePath:instancePath+"/on_start/" + i0,schemaPath:"#/properties/on_start/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema9.properties.on_start.items.required,parentSchema:schema9.properties.on_start.items,data:data1};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/on_start/" + i0,schemaPath:"#/properties/on_start/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.properties.on_start.items.type,parentSchema:schema9.properties.on_start.items,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath:instancePath+"/on_start",schemaPath:"#/properties/on_start/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema9.properties.on_start.type,parentSchema:schema9.properties.on_start,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.on_success !== undefined){let data2 = data.on_success;if(Array.isArray(data2)){const len1 = data2.length;for(let i1=0; i1<len1; i1++){let data3 = data2[i1];if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.id === undefined){const err4 = {instancePath:instancePath+"/on_success/" + i1,schemaPath:"#/properties/on_success/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema9.properties.on_success.items.required,parentSchema:schema9.properties.on_success.items,data:data3};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/on_success/" + i1,schemaPath:"#/properties/on_success/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.properties.on_success.items.type,parentSchema:schema9.properties.on_success.items,data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/on_success",schemaPath:"#/properties/on_success/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema9.properties.on_success.type,parentSchema:schema9.properties.on_success,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.on_failure !== undefined){let data4 = data.on_failure;if(Array.isArray(data4)){const len2 = data4.length;for(let i2=0; i2<len2; i2++){let data5 = data4[i2];if(data5 && typeof data5 == "object" && !Array.isArray(data5)){if(data5.id === undefined){const err7 = {instancePath:instancePath+"/on_failure/" + i2,schemaPath:"#/properties/on_failure/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema9.properties.on_failure.items.required,parentSchema:schema9.properties.on_failure.items,data:data5};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/on_failure/" + i2,schemaPath:"#/properties/on_failure/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.properties.on_failure.items.type,parentSchema:schema9.properties.on_failure.items,data:data5};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath:instancePath+"/on_failure",schemaPath:"#/properties/on_failure/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema9.properties.on_failure.type,parentSchema:schema9.properties.on_failure,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.on_duration_warning_threshold_exceeded !== undefined){let data6 = data.on_duration_warning_threshold_exceeded;if(Array.isArray(data6)){const len3 = data6.length;for(let i3=0; i3<len3; i3++){let data7 = data6[i3];if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(data7.id === undefined){const err10 = {instancePath:instancePath+"/on_duration_warning_threshold_exceeded/" + i3,schemaPath:"#/properties/on_duration_warning_threshold_exceeded/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema9.properties.on_duration_warning_threshold_exceeded.items.required,parentSchema:schema9.properties.on_duration_warning_threshold_exceeded.items,data:data7};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/on_duration_warning_threshold_exceeded/" + i3,schemaPath:"#/properties/on_duration_warning_threshold_exceeded/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.properties.on_duration_warning_threshold_exceeded.items.type,parentSchema:schema9.properties.on_duration_warning_threshold_exceeded.items,data:data7};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/on_duration_warning_threshold_exceeded",schemaPath:"#/properties/on_duration_warning_threshold_exceeded/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema9.properties.on_duration_warning_threshold_exceeded.type,parentSchema:schema9.properties.on_duration_warning_threshold_exceeded,data:data6};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.on_streaming_backlog_exceeded !== undefined){let data8 = data.on_streaming_backlog_exceeded;if(Array.isArray(data8)){const len4 = data8.length;for(let i4=0; i4<len4; i4++){let data9 = data8[i4];if(data9 && typeof data9 == "object" && !Array.isArray(data9)){if(data9.id === undefined){const err13 = {instancePath:instancePath+"/on_streaming_backlog_exceeded/" + i4,schemaPath:"#/properties/on_streaming_backlog_exceeded/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema9.properties.on_streaming_backlog_exceeded.items.required,parentSchema:schema9.properties.on_streaming_backlog_exceeded.items,data:data9};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/on_streaming_backlog_exceeded/" + i4,schemaPath:"#/properties/on_streaming_backlog_exceeded/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.properties.on_streaming_backlog_exceeded.items.type,parentSchema:schema9.properties.on_streaming_backlog_exceeded.items,data:data9};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath:instancePath+"/on_streaming_backlog_exceeded",schemaPath:"#/properties/on_streaming_backlog_exceeded/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema9.properties.on_streaming_backlog_exceeded.type,parentSchema:schema9.properties.on_streaming_backlog_exceeded,data:data8};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.type,parentSchema:schema9,data};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}validate25.errors = vErrors;return errors === 0;}const schema10 = {"type":"object","x-what":"notification_settings setting","properties":{"no_alert_for_skipped_runs":{"type":"boolean"},"no_alert_for_canceled_runs":{"type":"boolean"},"alert_on_last_attempt":{"type":"boolean"}},"additionalProperties":false};function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((key0 === "no_alert_for_skipped_runs") || (key0 === "no_alert_for_canceled_runs")) || (key0 === "alert_on_last_attempt"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema10,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.no_alert_for_skipped_runs !== undefined){let data0 = data.no_alert_for_skipped_runs;if(typeof data0 !== "boolean"){const err1 = {instancePath:instancePath+"/no_alert_for_skipped_runs",schemaPath:"#/properties/no_alert_for_skipped_runs/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema10.properties.no_alert_for_skipped_runs.type,parentSchema:schema10.properties.no_alert_for_skipped_runs,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.no_alert_for_canceled_runs !== undefined){let data1 = data.no_alert_for_canceled_runs;if(typeof data1 !== "boolean"){const err2 = {instancePath:instancePath+"/no_alert_for_canceled_runs",schemaPath:"#/properties/no_alert_for_canceled_runs/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema10.properties.no_alert_for_canceled_runs.type,parentSchema:schema10.properties.no_alert_for_canceled_runs,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.alert_on_last_attempt !== undefined){let data2 = data.alert_on_last_attempt;if(typeof data2 !== "boolean"){const err3 = {instancePath:instancePath+"/alert_on_last_attempt",schemaPath:"#/properties/alert_on_last_attempt/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema10.properties.alert_on_last_attempt.type,parentSchema:schema10.properties.alert_on_last_attempt,data:data2};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}else {const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.type,parentSchema:schema10,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}validate27.errors = vErrors;return errors === 0;}const schema11 = {"type":"object","properties":{"rules":{"type":"array","items":{"type":"object","required":["metric","op","value"]}}}};function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.rules !== undefined){let data0 = data.rules;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.metric === undefined){const err0 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'",schema:schema11.properties.rules.items.required,parentSchema:schema11.properties.rules.items,data:data1};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data1.op === undefined){const err1 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema11.properties.rules.items.required,parentSchema:schema11.properties.rules.items,data:data1};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data1.value === undefined){const err2 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema11.properties.rules.items.required,parentSchema:schema11.properties.rules.items,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rules.items.type,parentSchema:schema11.properties.rules.items,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}else {const err4 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.rules.type,parentSchema:schema11.properties.rules,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}validate29.errors = vErrors;return errors === 0;}function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs1 = errors;let valid0 = false;let passing0 = null;const _errs2 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.notebook_task === undefined){const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "notebook_task"},message:"must have required property '"+"notebook_task"+"'",schema:schema7.oneOf[0].required,parentSchema:schema7.oneOf[0],data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}var _valid0 = _errs2 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.spark_python_task === undefined){const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "spark_python_task"},message:"must have required property '"+"spark_python_task"+"'",schema:schema7.oneOf[1].required,parentSchema:schema7.oneOf[1],data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}const _errs4 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.python_wheel_task === undefined){const err2 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "python_wheel_task"},message:"must have required property '"+"python_wheel_task"+"'",schema:schema7.oneOf[2].required,parentSchema:schema7.oneOf[2],data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}var _valid0 = _errs4 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 2];}else {if(_valid0){valid0 = true;passing0 = 2;}const _errs5 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.spark_jar_task === undefined){const err3 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "spark_jar_task"},message:"must have required property '"+"spark_jar_task"+"'",schema:schema7.oneOf[3].required,parentSchema:schema7.oneOf[3],data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}var _valid0 = _errs5 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 3];}else {if(_valid0){valid0 = true;passing0 = 3;}const _errs6 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.spark_submit_task === undefined){const err4 = {instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: "spark_submit_task"},message:"must have required property '"+"spark_submit_task"+"'",schema:schema7.oneOf[4].required,parentSchema:schema7.oneOf[4],data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}var _valid0 = _errs6 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 4];}else {if(_valid0){valid0 = true;passing0 = 4;}const _errs7 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.sql_task === undefined){const err5 = {instancePath,schemaPath:"#/oneOf/5/required",keyword:"required",params:{missingProperty: "sql_task"},message:"must have required property '"+"sql_task"+"'",schema:schema7.oneOf[5].required,parentSchema:schema7.oneOf[5],data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}var _valid0 = _errs7 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 5];}else {if(_valid0){valid0 = true;passing0 = 5;}const _errs8 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.dbt_task === undefined){const err6 = {instancePath,schemaPath:"#/oneOf/6/required",keyword:"required",params:{missingProperty: "dbt_task"},message:"must have required property '"+"dbt_task"+"'",schema:schema7.oneOf[6].required,parentSchema:schema7.oneOf[6],data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}var _valid0 = _errs8 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 6];}else {if(_valid0){valid0 = true;passing0 = 6;}const _errs9 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.condition_task === undefined){const err7 = {instancePath,schemaPath:"#/oneOf/7/required",keyword:"required",params:{missingProperty: "condition_task"},message:"must have required property '"+"condition_task"+"'",schema:schema7.oneOf[7].required,parentSchema:schema7.oneOf[7],data};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}var _valid0 = _errs9 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 7];}else {if(_valid0){valid0 = true;passing0 = 7;}const _errs10 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.run_job_task === undefined){const err8 = {instancePath,schemaPath:"#/oneOf/8/required",keyword:"required",params:{missingProperty: "run_job_task"},message:"must have required property '"+"run_job_task"+"'",schema:schema7.oneOf[8].required,parentSchema:schema7.oneOf[8],data};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}var _valid0 = _errs10 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 8];}else {if(_valid0){valid0 = true;passing0 = 8;}const _errs11 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.for_each_task === undefined){const err9 = {instancePath,schemaPath:"#/oneOf/9/required",keyword:"required",params:{missingProperty: "for_each_task"},message:"must have required property '"+"for_each_task"+"'",schema:schema7.oneOf[9].required,parentSchema:schema7.oneOf[9],data};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}var _valid0 = _errs11 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 9];}else {if(_valid0){valid0 = true;passing0 = 9;}const _errs12 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.pipeline_task === undefined){const err10 = {instancePath,schemaPath:"#/oneOf/10/required",keyword:"required",params:{missingProperty: "pipeline_task"},message:"must have required property '"+"pipeline_task"+"'",schema:schema7.oneOf[10].required,parentSchema:schema7.oneOf[10],data};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}var _valid0 = _errs12 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 10];}else {if(_valid0){valid0 = true;passing0 = 10;}const _errs13 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.clean_rooms_notebook_task === undefined){const err11 = {instancePath,schemaPath:"#/oneOf/11/required",keyword:"required",params:{missingProperty: "clean_rooms_notebook_task"},message:"must have required property '"+"clean_rooms_notebook_task"+"'",schema:schema7.oneOf[11].required,parentSchema:schema7.oneOf[11],data};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}var _valid0 = _errs13 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 11];}else {if(_valid0){valid0 = true;passing0 = 11;}const _errs14 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.dashboard_task === undefined){const err12 = {instancePath,schemaPath:"#/oneOf/12/required",keyword:"required",params:{missingProperty: "dashboard_task"},message:"must have required property '"+"dashboard_task"+"'",schema:schema7.oneOf[12].required,parentSchema:schema7.oneOf[12],data};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}var _valid0 = _errs14 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 12];}else {if(_valid0){valid0 = true;passing0 = 12;}const _errs15 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.power_bi_task === undefined){const err13 = {instancePath,schemaPath:"#/oneOf/13/required",keyword:"required",params:{missingProperty: "power_bi_task"},message:"must have required property '"+"power_bi_task"+"'",schema:schema7.oneOf[13].required,parentSchema:schema7.oneOf[13],data};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}var _valid0 = _errs15 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 13];}else {if(_valid0){valid0 = true;passing0 = 13;}const _errs16 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.gen_ai_compute_task === undefined){const err14 = {instancePath,schemaPath:"#/oneOf/14/required",keyword:"required",params:{missingProperty: "gen_ai_compute_task"},message:"must have required property '"+"gen_ai_compute_task"+"'",schema:schema7.oneOf[14].required,parentSchema:schema7.oneOf[14],data};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}var _valid0 = _errs16 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 14];}else {if(_valid0){valid0 = true;passing0 = 14;}const _errs17 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.dbt_cloud_task === undefined){const err15 = {instancePath,schemaPath:"#/oneOf/15/required",keyword:"required",params:{missingProperty: "dbt_cloud_task"},message:"must have required property '"+"dbt_cloud_task"+"'",schema:schema7.oneOf[15].required,parentSchema:schema7.oneOf[15],data};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}var _valid0 = _errs17 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 15];}else {if(_valid0){valid0 = true;passing0 = 15;}}}}}}}}}}}}}}}}if(!valid0){const err16 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema7.oneOf,parentSchema:schema7,data};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}else {errors = _errs1;if(vErrors !== null){if(_errs1){vErrors.length = _errs1;}else {vErrors = null;}}}if(data && typeof data == "object" && !Array.isArray(data)){if(data.task_key === undefined){const err17 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "task_key"},message:"must have required property '"+"task_key"+"'",schema:schema7.required,parentSchema:schema7,data};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}for(const key0 in data){if(!(func2.call(schema7.properties, key0))){const err18 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema7,data};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.task_key !== undefined){let data0 = data.task_key;if(typeof data0 === "string"){if(!pattern0.test(data0)){const err19 = {instancePath:instancePath+"/task_key",schemaPath:"#/properties/task_key/pattern",keyword:"pattern",params:{pattern: "^[\\w\\-]{1,100}$"},message:"must match pattern \""+"^[\\w\\-]{1,100}$"+"\"",schema:"^[\\w\\-]{1,100}$",parentSchema:schema7.properties.task_key,data:data0};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/task_key",schemaPath:"#/properties/task_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.properties.task_key.type,parentSchema:schema7.properties.task_key,data:data0};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.description !== undefined){let data1 = data.description;if(typeof data1 !== "string"){const err21 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.properties.description.type,parentSchema:schema7.properties.description,data:data1};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.depends_on !== undefined){let data2 = data.depends_on;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){let data3 = data2[i0];if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.task_key === undefined){const err22 = {instancePath:instancePath+"/depends_on/" + i0,schemaPath:"#/properties/depends_on/items/required",keyword:"required",params:{missingProperty: "task_key"},message:"must have required property '"+"task_key"+"'",schema:schema7.properties.depends_on.items.required,parentSchema:schema7.properties.depends_on.items,data:data3};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}for(const key1 in data3){if(!((key1 === "task_key") || (key1 === "outcome"))){const err23 = {instancePath:instancePath+"/depends_on/" + i0,schemaPath:"#/properties/depends_on/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema7.properties.depends_on.items,data:data3};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data3.task_key !== undefined){let data4 = data3.task_key;if(typeof data4 === "string"){if(func4(data4) < 1){const err24 = {instancePath:instancePath+"/depends_on/" + i0+"/task_key",schemaPath:"#/properties/depends_on/items/properties/task_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema7.properties.depends_on.items.properties.task_key,data:data4};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/depends_on/" + i0+"/task_key",schemaPath:"#/properties/depends_on/items/properties/task_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.properties.depends_on.items.properties.task_key.type,parentSchema:schema7.properties.depends_on.items.properties.task_key,data:data4};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data3.outcome !== undefined){let data5 = data3.outcome;if(typeof data5 !== "string"){const err26 = {instancePath:instancePath+"/depends_on/" + i0+"/outcome",schemaPath:"#/properties/depends_on/items/properties/outcome/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.properties.depends_on.items.properties.outcome.type,parentSchema:schema7.properties.depends_on.items.properties.outcome,data:data5};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath:instancePath+"/depends_on/" + i0,schemaPath:"#/properties/depends_on/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.properties.depends_on.items.type,parentSchema:schema7.properties.depends_on.items,data:data3};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema7.properties.depends_on.type,parentSchema:schema7.properties.depends_on,data:data2};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data.run_if !== undefined){let data6 = data.run_if;if(typeof data6 !== "string"){const err29 = {instancePath:instancePath+"/run_if",schemaPath:"#/properties/run_if/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.properties.run_if.type,parentSchema:schema7.properties.run_if,data:data6};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data.notebook_task !== undefined){let data7 = data.notebook_task;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(data7.notebook_path === undefined){const err30 = {instancePath:instancePath+"/notebook_task",schemaPath:"#/properties/notebook_task/required",keyword:"required",params:{missingProperty: "notebook_path"},message:"must have required property '"+"notebook_path"+"'",schema:schema7.properties.notebook_task.required,parentSchema:schema7.properties.notebook_task,data:data7};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}if(data7.notebook_path !== undefined){let data8 = data7.notebook_path;if(typeof data8 === "string"){if(func4(data8) < 1){const err31 = {instancePath:instancePath+"/notebook_task/notebook_path",schemaPath:"#/properties/notebook_task/properties/notebook_path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema7.properties.notebook_task.properties.notebook_path,data:data8};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}else {const err32 = {instancePath:instancePath+"/notebook_task/notebook_path",schemaPath:"#/properties/notebook_task/properties/notebook_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.properties.notebook_task.properties.notebook_path.type,parentSchema:schema7.properties.notebook_task.properties.notebook_path,data:data8};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data7.base_parameters !== undefined){let data9 = data7.base_parameters;if(data9 && typeof data9 == "object" && !Array.isArray(data9)){for(const key2 in data9){let data10 = data9[key2];if(((typeof data10 !== "string") && (!(typeof data10 == "number"))) && (typeof data10 !== "boolean")){const err33 = {instancePath:instancePath+"/notebook_task/base_parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/notebook_task/properties/base_parameters/additionalProperties/type",keyword:"type",params:{type: schema7.properties.notebook_task.properties.base_parameters.additionalProperties.type},message:"must be string,number,boolean",schema:schema7.properties.notebook_task.properties.base_parameters.additionalProperties.type,parentSchema:schema7.properties.notebook_task.properties.base_parameters.additionalProperties,data:data10};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}else {const err34 = {instancePath:instancePath+"/notebook_task/base_parameters",schemaPath:"#/properties/notebook_task/properties/base_parameters/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.properties.notebook_task.properties.base_parameters.type,parentSchema:schema7.properties.notebook_task.properties.base_parameters,data:data9};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data7.source !== undefined){let data11 = data7.source;if(typeof data11 !== "string"){const err35 = {instancePath:instancePath+"/notebook_task/source",schemaPath:"#/properties/notebook_task/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.properties.notebook_task.properties.source.type,parentSchema:schema7.properties.notebook_task.properties.source,data:data11};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data7.warehouse_id !== undefined){let data12 = data7.warehouse_id;if(typeof data12 !== "string"){const err36 = {instancePath:instancePath+"/notebook_task/warehouse_id",schemaPath:"#/properties/notebook_task/properties/warehouse_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.properties.notebook_task.properties.warehouse_id.type,parentSchema:schema7.properties.notebook_task.properties.warehouse_id,data:data12};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}else {const err37 = {instancePath:instancePath+"/notebook_task",schemaPath:"#/properties/notebook_task/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.properties.notebook_task.type,parentSchema:schema7.properties.notebook_task,data:data7};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data.spark_python_task !== undefined){let data13 = data.spark_python_task;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){if(data13.python_file === undefined){const err38 = {instancePath:instancePath+"/spark_python_task",schemaPath:"#/properties/spark_python_task/required",keyword:"required",params:{missingProperty: "python_file"},message:"must have required property '"+"python_file"+"'",schema:schema7.properties.spark_python_task.required,parentSchema:schema7.properties.spark_python_task,data:data13};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}if(data13.python_file !== undefined){let data14 = data13.python_file;if(typeof data14 === "string"){if(func4(data14) < 1){const err39 = {instancePath:instancePath+"/spark_python_task/python_file",schemaPath:"#/properties/spark_python_task/properties/python_file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema7.properties.spark_python_task.properties.python_file,data:data14};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}else {const err40 = {instancePath:instancePath+"/spark_python_task/python_file",schemaPath:"#/properties/spark_python_task/properties/python_file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.properties.spark_python_task.properties.python_file.type,parentSchema:schema7.properties.spark_python_task.properties.python_file,data:data14};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data13.parameters !== undefined){let data15 = data13.parameters;if(Array.isArray(data15)){const len1 = data15.length;for(let i1=0; i1<len1; i1++){let data16 = data15[i1];if(((typeof data16 !== "string") && (!(typeof data16 == "number"))) && (typeof data16 !== "boolean")){const err41 = {instancePath:instancePath+"/spark_python_task/parameters/" + i1,schemaPath:"#/properties/spark_python_task/properties/parameters/items/type",keyword:"type",params:{type: schema7.properties.spark_python_task.properties.parameters.items.type},message:"must be string,number,boolean",schema:schema7.properties.spark_python_task.properties.parameters.items.type,parentSchema:schema7.properties.spark_python_task.properties.parameters.items,data:data16};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}}else {const err42 = {instancePath:instancePath+"/spark_python_task/parameters",schemaPath:"#/properties/spark_python_task/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema7.properties.spark_python_task.properties.parameters.type,parentSchema:schema7.properties.spark_python_task.properties.parameters,data:data15};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data13.source !== undefined){let data17 = data13.source;if(typeof data17 !== "string"){const err43 = {instancePath:instancePath+"/spark_python_task/source",schemaPath:"#/properties/spark_python_task/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.properties.spark_python_task.properties.source.type,parentSchema:schema7.properties.spark_python_task.properties.source,data:data17};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}else {const err44 = {instancePath:instancePath+"/spark_python_task",schemaPath:"#/properties/spark_python_task/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.properties.spark_python_task.type,parentSchema:schema7.properties.spark_python_task,data:data13};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data.python_wheel_task !== undefined){let data18 = data.python_wheel_task;if(data18 && typeof data18 == "object" && !Array.isArray(data18)){if(data18.package_name === undefined){const err45 = {instancePath:instancePath+"/python_wheel_task",schemaPath:"#/properties/python_wheel_task/required",keyword:"required",params:{missingProperty: "package_name"},message:"must have required property '"+"package_name"+"'",schema:schema7.properties.python_wheel_task.required,parentSchema:schema7.properties.python_wheel_task,data:data18};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}if(data18.entry_point === undefined){const err46 = {instancePath:instancePath+"/python_wheel_task",schemaPath:"#/properties/python_wheel_task/required",keyword:"required",params:{missingProperty: "entry_point"},message:"must have required property '"+"entry_point"+"'",schema:schema7.properties.python_wheel_task.required,parentSchema:schema7.properties.python_wheel_task,data:data18};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}if(data18.package_name !== undefined){let data19 = data18.package_name;if(typeof data19 === "string"){if(func4(data19) < 1){const err47 = {instancePath:instancePath+"/python_wheel_task/package_name",schemaPath:"#/properties/python_wheel_task/properties/package_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema7.properties.python_wheel_task.properties.package_name,data:data19};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}else {const err48 = {instancePath:instancePath+"/python_wheel_task/package_name",schemaPath:"#/properties/python_wheel_task/properties/package_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.properties.python_wheel_task.properties.package_name.type,parentSchema:schema7.properties.python_wheel_task.properties.package_name,data:data19};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data18.entry_point !== undefined){let data20 = data18.entry_point;if(typeof data20 === "string"){if(func4(data20) < 1){const err49 = {instancePath:instancePath+"/python_wheel_task/entry_point",schemaPath:"#/properties/python_wheel_task/properties/entry_point/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema7.properties.python_wheel_task.properties.entry_point,data:data20};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}else {const err50 = {instancePath:instancePath+"/python_wheel_task/entry_point",schemaPath:"#/properties/python_wheel_task/properties/entry_point/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.properties.python_wheel_task.properties.entry_point.type,parentSchema:schema7.properties.python_wheel_task.properties.entry_point,data:data20};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data18.parameters !== undefined){let data21 = data18.parameters;if(Array.isArray(data21)){const len2 = data21.length;for(let i2=0; i2<len2; i2++){let data22 = data21[i2];if(((typeof data22 !== "string") && (!(typeof data22 == "number"))) && (typeof data22 !== "boolean")){const err51 = {instancePath:instancePath+"/python_wheel_task/parameters/" + i2,schemaPath:"#/properties/python_wheel_task/properties/parameters/items/type",keyword:"type",params:{type: schema7.properties.python_wheel_task.properties.parameters.items.type},message:"must be string,number,boolean",schema:schema7.properties.python_wheel_task.properties.parameters.items.type,parentSchema:schema7.properties.python_wheel_task.properties.parameters.items,data:data22};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}}else {const err52 = {instancePath:instancePath+"/python_wheel_task/parameters",schemaPath:"#/properties/python_wheel_task/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema7.properties.python_wheel_task.properties.parameters.type,parentSchema:schema7.properties.python_wheel_task.properties.parameters,data:data21};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data18.named_parameters !== undefined){let data23 = data18.named_parameters;if(data23 && typeof data23 == "object" && !Array.isArray(data23)){for(const key3 in data23){let data24 = data23[key3];if(((typeof data24 !== "string") && (!(typeof data24 == "number"))) && (typeof data24 !== "boolean")){const err53 = {instancePath:instancePath+"/python_wheel_task/named_parameters/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/python_wheel_task/properties/named_parameters/additionalProperties/type",keyword:"type",params:{type: schema7.properties.python_wheel_task.properties.named_parameters.additionalProperties.type},message:"must be string,number,boolean",schema:schema7.properties.python_wheel_task.properties.named_parameters.additionalProperties.type,parentSchema:schema7.properties.python_wheel_task.properties.named_parameters.additionalProperties,data:data24};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}}else {const err54 = {instancePath:instancePath+"/python_wheel_task/named_parameters",schemaPath:"#/properties/python_wheel_task/properties/named_parameters/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.properties.python_wheel_task.properties.named_parameters.type,parentSchema:schema7.properties.python_wheel_task.properties.named_parameters,data:data23};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}}else {const err55 = {instancePath:instancePath+"/python_wheel_task",schemaPath:"#/properties/python_wheel_task/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.properties.python_wheel_task.type,parentSchema:schema7.properties.python_wheel_task,data:data18};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data.condition_task !== undefined){let data25 = data.condition_task;if(data25 && typeof data25 == "object" && !Array.isArray(data25)){if(data25.left === undefined){const err56 = {instancePath:instancePath+"/condition_task",schemaPath:"#/properties/condition_task/required",keyword:"required",params:{missingProperty: "left"},message:"must have required property '"+"left"+"'",schema:schema7.properties.condition_task.required,parentSchema:schema7.properties.condition_task,data:data25};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}if(data25.op === undefined){const err57 = {instancePath:instancePath+"/condition_task",schemaPath:"#/properties/condition_task/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema7.properties.condition_task.required,parentSchema:schema7.properties.condition_task,data:data25};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}if(data25.right === undefined){const err58 = {instancePath:instancePath+"/condition_task",schemaPath:"#/properties/condition_task/required",keyword:"required",params:{missingProperty: "right"},message:"must have required property '"+"right"+"'",schema:schema7.properties.condition_task.required,parentSchema:schema7.properties.condition_task,data:data25};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}else {const err59 = {instancePath:instancePath+"/condition_task",schemaPath:"#/properties/condition_task/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.properties.condition_task.type,parentSchema:schema7.properties.condition_task,data:data25};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data.run_job_task !== undefined){let data26 = data.run_job_task;if(data26 && typeof data26 == "object" && !Array.isArray(data26)){if(data26.job_id === undefined){const err60 = {instancePath:instancePath+"/run_job_task",schemaPath:"#/properties/run_job_task/required",keyword:"required",params:{missingProperty: "job_id"},message:"must have required property '"+"job_id"+"'",schema:schema7.properties.run_job_task.required,parentSchema:schema7.properties.run_job_task,data:data26};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}if(data26.job_id !== undefined){let data27 = data26.job_id;if((!((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27)))) && (typeof data27 !== "string")){const err61 = {instancePath:instancePath+"/run_job_task/job_id",schemaPath:"#/properties/run_job_task/properties/job_id/type",keyword:"type",params:{type: schema7.properties.run_job_task.properties.job_id.type},message:"must be integer,string",schema:schema7.properties.run_job_task.properties.job_id.type,parentSchema:schema7.properties.run_job_task.properties.job_id,data:data27};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}if(typeof data27 === "string"){if(!pattern1.test(data27)){const err62 = {instancePath:instancePath+"/run_job_task/job_id",schemaPath:"#/properties/run_job_task/properties/job_id/pattern",keyword:"pattern",params:{pattern: "^(\\d+|\\$\\{resources\\.jobs\\.[^.}]+\\.id\\})$"},message:"must match pattern \""+"^(\\d+|\\$\\{resources\\.jobs\\.[^.}]+\\.id\\})$"+"\"",schema:"^(\\d+|\\$\\{resources\\.jobs\\.[^.}]+\\.id\\})$",parentSchema:schema7.properties.run_job_task.properties.job_id,data:data27};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}}if(data26.job_parameters !== undefined){let data28 = data26.job_parameters;if(data28 && typeof data28 == "object" && !Array.isArray(data28)){for(const key4 in data28){let data29 = data28[key4];if(((typeof data29 !== "string") && (!(typeof data29 == "number"))) && (typeof data29 !== "boolean")){const err63 = {instancePath:instancePath+"/run_job_task/job_parameters/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/run_job_task/properties/job_parameters/additionalProperties/type",keyword:"type",params:{type: schema7.properties.run_job_task.properties.job_parameters.additionalProperties.type},message:"must be string,number,boolean",schema:schema7.properties.run_job_task.properties.job_parameters.additionalProperties.type,parentSchema:schema7.properties.run_job_task.properties.job_parameters.additionalProperties,data:data29};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}}else {const err64 = {instancePath:instancePath+"/run_job_task/job_parameters",schemaPath:"#/properties/run_job_task/properties/job_parameters/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.properties.run_job_task.properties.job_parameters.type,parentSchema:schema7.properties.run_job_task.properties.job_parameters,data:data28};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}}else {const err65 = {instancePath:instancePath+"/run_job_task",schemaPath:"#/properties/run_job_task/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.properties.run_job_task.type,parentSchema:schema7.properties.run_job_task,data:data26};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}if(data.sql_task !== undefined){let data30 = data.sql_task;if(!(data30 && typeof data30 == "object" && !Array.isArray(data30))){const err66 = {instancePath:instancePath+"/sql_task",schemaPath:"#/properties/sql_task/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.properties.sql_task.type,parentSchema:schema7.properties.sql_task,data:data30};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data.spark_jar_task !== undefined){let data31 = data.spark_jar_task;if(data31 && typeof data31 == "object" && !Array.isArray(data31)){if(data31.main_class_name !== undefined){let data32 = data31.main_class_name;if(typeof data32 !== "string"){const err67 = {instancePath:instancePath+"/spark_jar_task/main_class_name",schemaPath:"#/properties/spark_jar_task/properties/main_class_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.properties.spark_jar_task.properties.main_class_name.type,parentSchema:schema7.properties.spark_jar_task.properties.main_class_name,data:data32};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data31.parameters !== undefined){let data33 = data31.parameters;if(Array.isArray(data33)){const len3 = data33.length;for(let i3=0; i3<len3; i3++){let data34 = data33[i3];if(typeof data34 !== "string"){const err68 = {instancePath:instancePath+"/spark_jar_task/parameters/" + i3,schemaPath:"#/properties/spark_jar_task/properties/parameters/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.properties.spark_jar_task.properties.parameters.items.type,parentSchema:schema7.properties.spark_jar_task.properties.parameters.items,data:data34};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}}else {const err69 = {instancePath:instancePath+"/spark_jar_task/parameters",schemaPath:"#/properties/spark_jar_task/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema7.properties.spark_jar_task.properties.parameters.type,parentSchema:schema7.properties.spark_jar_task.properties.parameters,data:data33};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}}else {const err70 = {instancePath:instancePath+"/spark_jar_task",schemaPath:"#/properties/spark_jar_task/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.properties.spark_jar_task.type,parentSchema:schema7.properties.spark_jar_task,data:data31};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data.spark_submit_task !== undefined){let data35 = data.spark_submit_task;if(data35 && typeof data35 == "object" && !Array.isArray(data35)){if(data35.parameters !== undefined){let data36 = data35.parameters;if(Array.isArray(data36)){const len4 = data36.length;for(let i4=0; i4<len4; i4++){let data37 = data36[i4];if(typeof data37 !== "string"){const err71 = {instancePath:instancePath+"/spark_submit_task/parameters/" + i4,schemaPath:"#/properties/spark_submit_task/properties/parameters/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.properties.spark_submit_task.properties.parameters.items.type,parentSchema:schema7.properties.spark_submit_task.properties.parameters.items,data:data37};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}}else {const err72 = {instancePath:instancePath+"/spark_submit_task/parameters",schemaPath:"#/properties/spark_submit_task/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema7.properties.spark_submit_task.properties.parameters.type,parentSchema:schema7.properties.spark_submit_task.properties.parameters,data:data36};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}}else {const err73 = {instancePath:instancePath+"/spark_submit_task",schemaPath:"#/properties/spark_submit_task/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.properties.spark_submit_task.type,parentSchema:schema7.properties.spark_submit_task,data:data35};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}if(data.dbt_task !== undefined){let data38 = data.dbt_task;if(data38 && typeof data38 == "object" && !Array.isArray(data38)){if(data38.commands === undefined){const err74 = {instancePath:instancePath+"/dbt_task",schemaPath:"#/properties/dbt_task/required",keyword:"required",params:{missingProperty: "commands"},message:"must have required property '"+"commands"+"'",schema:schema7.properties.dbt_task.required,parentSchema:schema7.properties.dbt_task,data:data38};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}if(data38.commands !== undefined){let data39 = data38.commands;if(Array.isArray(data39)){const len5 = data39.length;for(let i5=0; i5<len5; i5++){let data40 = data39[i5];if(typeof data40 !== "string"){const err75 = {instancePath:instancePath+"/dbt_task/commands/" + i5,schemaPath:"#/properties/dbt_task/properties/commands/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.properties.dbt_task.properties.commands.items.type,parentSchema:schema7.properties.dbt_task.properties.commands.items,data:data40};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}}else {const err76 = {instancePath:instancePath+"/dbt_task/commands",schemaPath:"#/properties/dbt_task/properties/commands/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema7.properties.dbt_task.properties.commands.type,parentSchema:schema7.properties.dbt_task.properties.commands,data:data39};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}}else {const err77 = {instancePath:instancePath+"/dbt_task",schemaPath:"#/properties/dbt_task/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.properties.dbt_task.type,parentSchema:schema7.properties.dbt_task,data:data38};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data.for_each_task !== undefined){let data41 = data.for_each_task;if(data41 && typeof data41 == "object" && !Array.isArray(data41)){if(data41.inputs === undefined){const err78 = {instancePath:instancePath+"/for_each_task",schemaPath:"#/properties/for_each_task/required",keyword:"required",params:{missingProperty: "inputs"},message:"must have required property '"+"inputs"+"'",schema:schema7.properties.for_each_task.required,parentSchema:schema7.properties.for_each_task,data:data41};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}if(data41.task === undefined){const err79 = {instancePath:instancePath+"/for_each_task",schemaPath:"#/properties/for_each_task/required",keyword:"required",params:{missingProperty: "task"},message:"must have required property '"+"task"+"'",schema:schema7.properties.for_each_task.required,parentSchema:schema7.properties.for_each_task,data:data41};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}if(data41.inputs !== undefined){let data42 = data41.inputs;if(typeof data42 !== "string"){const err80 = {instancePath:instancePath+"/for_each_task/inputs",schemaPath:"#/properties/for_each_task/properties/inputs/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.properties.for_each_task.properties.inputs.type,parentSchema:schema7.properties.for_each_task.properties.inputs,data:data42};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}if(data41.task !== undefined){if(!(wrapper0.validate(data41.task, {instancePath:instancePath+"/for_each_task/task",parentData:data41,parentDataProperty:"task",rootData}))){vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);errors = vErrors.length;}}if(data41.concurrency !== undefined){let data44 = data41.concurrency;if(!((typeof data44 == "number") && (!(data44 % 1) && !isNaN(data44)))){const err81 = {instancePath:instancePath+"/for_each_task/concurrency",schemaPath:"#/properties/for_each_task/properties/concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema7.properties.for_each_task.properties.concurrency.type,parentSchema:schema7.properties.for_each_task.properties.concurrency,data:data44};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}}else {const err82 = {instancePath:instancePath+"/for_each_task",schemaPath:"#/properties/for_each_task/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.properties.for_each_task.type,parentSchema:schema7.properties.for_each_task,data:data41};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data.pipeline_task !== undefined){let data45 = data.pipeline_task;if(data45 && typeof data45 == "object" && !Array.isArray(data45)){if(data45.pipeline_id === undefined){const err83 = {instancePath:instancePath+"/pipeline_task",schemaPath:"#/properties/pipeline_task/required",keyword:"required",params:{missingProperty: "pipeline_id"},message:"must have required property '"+"pipeline_id"+"'",schema:schema7.properties.pipeline_task.required,parentSchema:schema7.properties.pipeline_task,data:data45};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}if(data45.pipeline_id !== undefined){let data46 = data45.pipeline_id;if(typeof data46 === "string"){if(func4(data46) < 1){const err84 = {instancePath:instancePath+"/pipeline_task/pipeline_id",schemaPath:"#/properties/pipeline_task/properties/pipeline_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema7.properties.pipeline_task.properties.pipeline_id,data:data46};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}else {const err85 = {instancePath:instancePath+"/pipeline_task/pipeline_id",schemaPath:"#/properties/pipeline_task/properties/pipeline_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.properties.pipeline_task.properties.pipeline_id.type,parentSchema:schema7.properties.pipeline_task.properties.pipeline_id,data:data46};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}if(data45.full_refresh !== undefined){let data47 = data45.full_refresh;if(typeof data47 !== "boolean"){const err86 = {instancePath:instancePath+"/pipeline_task/full_refresh",schemaPath:"#/properties/pipeline_task/properties/full_refresh/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema7.properties.pipeline_task.properties.full_refresh.type,parentSchema:schema7.properties.pipeline_task.properties.full_refresh,data:data47};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}}else {const err87 = {instancePath:instancePath+"/pipeline_task",schemaPath:"#/properties/pipeline_task/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.properties.pipeline_task.type,parentSchema:schema7.properties.pipeline_task,data:data45};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}if(data.clean_rooms_notebook_task !== undefined){let data48 = data.clean_rooms_notebook_task;if(!(data48 && typeof data48 == "object" && !Array.isArray(data48))){const err88 = {instancePath:instancePath+"/clean_rooms_notebook_task",schemaPath:"#/properties/clean_rooms_notebook_task/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.properties.clean_rooms_notebook_task.type,parentSchema:schema7.properties.clean_rooms_notebook_task,data:data48};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}if(data.dashboard_task !== undefined){let data49 = data.dashboard_task;if(!(data49 && typeof data49 == "object" && !Array.isArray(data49))){const err89 = {instancePath:instancePath+"/dashboard_task",schemaPath:"#/properties/dashboard_task/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.properties.dashboard_task.type,parentSchema:schema7.properties.dashboard_task,data:data49};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}if(data.power_bi_task !== undefined){let data50 = data.power_bi_task;if(!(data50 && typeof data50 == "object" && !Array.isArray(data50))){const err90 = {instancePath:instancePath+"/power_bi_task",schemaPath:"#/properties/power_bi_task/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.properties.power_bi_task.type,parentSchema:schema7.properties.power_bi_task,data:data50};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}if(data.gen_ai_compute_task !== undefined){let data51 = data.gen_ai_compute_task;if(!(data51 && typeof data51 == "object" && !Array.isArray(data51))){const err91 = {instancePath:instancePath+"/gen_ai_compute_task",schemaPath:"#/properties/gen_ai_compute_task/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.properties.gen_ai_compute_task.type,parentSchema:schema7.properties.gen_ai_compute_task,data:data51};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}if(data.dbt_cloud_task !== undefined){let data52 = data.dbt_cloud_task;if(!(data52 && typeof data52 == "object" && !Array.isArray(data52))){const err92 = {instancePath:instancePath+"/dbt_cloud_task",schemaPath:"#/properties/dbt_cloud_task/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.properties.dbt_cloud_task.type,parentSchema:schema7.properties.dbt_cloud_task,data:data52};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}if(data.existing_cluster_id !== undefined){let data53 = data.existing_cluster_id;if(typeof data53 === "string"){if(func4(data53) < 1){const err93 = {instancePath:instancePath+"/existing_cluster_id",schemaPath:"#/properties/existing_cluster_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema7.properties.existing_cluster_id,data:data53};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}else {const err94 = {instancePath:instancePath+"/existing_cluster_id",schemaPath:"#/properties/existing_cluster_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.properties.existing_cluster_id.type,parentSchema:schema7.properties.existing_cluster_id,data:data53};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}if(data.new_cluster !== undefined){let data54 = data.new_cluster;if(!(data54 && typeof data54 == "object" && !Array.isArray(data54))){const err95 = {instancePath:instancePath+"/new_cluster",schemaPath:"#/properties/new_cluster/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.properties.new_cluster.type,parentSchema:schema7.properties.new_cluster,data:data54};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}if(data.job_cluster_key !== undefined){let data55 = data.job_cluster_key;if(typeof data55 === "string"){if(func4(data55) < 1){const err96 = {instancePath:instancePath+"/job_cluster_key",schemaPath:"#/properties/job_cluster_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema7.properties.job_cluster_key,data:data55};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}else {const err97 = {instancePath:instancePath+"/job_cluster_key",schemaPath:"#/properties/job_cluster_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.properties.job_cluster_key.type,parentSchema:schema7.properties.job_cluster_key,data:data55};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}if(data.environment_key !== undefined){let data56 = data.environment_key;if(typeof data56 === "string"){if(func4(data56) < 1){const err98 = {instancePath:instancePath+"/environment_key",schemaPath:"#/properties/environment_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema7.properties.environment_key,data:data56};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}}else {const err99 = {instancePath:instancePath+"/environment_key",schemaPath:"#/properties/environment_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.properties.environment_key.type,parentSchema:schema7.properties.environment_key,data:data56};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}}if(data.libraries !== undefined){let data57 = data.libraries;if(Array.isArray(data57)){const len6 = data57.length;for(let i6=0; i6<len6; i6++){let data58 = data57[i6];if(!(data58 && typeof data58 == "object" && !Array.isArray(data58))){const err100 = {instancePath:instancePath+"/libraries/" + i6,schemaPath:"#/properties/libraries/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.properties.libraries.items.type,parentSchema:schema7.properties.libraries.items,data:data58};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}}}else {const err101 = {instancePath:instancePath+"/libraries",schemaPath:"#/properties/libraries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema7.properties.libraries.type,parentSchema:schema7.properties.libraries,data:data57};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}}if(data.timeout_seconds !== undefined){let data59 = data.timeout_seconds;if(!((typeof data59 == "number") && (!(data59 % 1) && !isNaN(data59)))){const err102 = {instancePath:instancePath+"/timeout_seconds",schemaPath:"#/properties/timeout_seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema7.properties.timeout_seconds.type,parentSchema:schema7.properties.timeout_seconds,data:data59};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}}if(data.max_retries !== undefined){let data60 = data.max_retries;if(!((typeof data60 == "number") && (!(data60 % 1) && !isNaN(data60)))){const err103 = {instancePath:instancePath+"/max_retries",schemaPath:"#/properties/max_retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema7.properties.max_retries.type,parentSchema:schema7.properties.max_retries,data:data60};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}}if(data.min_retry_interval_millis !== undefined){let data61 = data.min_retry_interval_millis;if(!((typeof data61 == "number") && (!(data61 % 1) && !isNaN(data61)))){const err104 = {instancePath:instancePath+"/min_retry_interval_millis",schemaPath:"#/properties/min_retry_interval_millis/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema7.properties.min_retry_interval_millis.type,parentSchema:schema7.properties.min_retry_interval_millis,data:data61};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}}if(data.retry_on_timeout !== undefined){let data62 = data.retry_on_timeout;if(typeof data62 !== "boolean"){const err105 = {instancePath:instancePath+"/retry_on_timeout",schemaPath:"#/properties/retry_on_timeout/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema7.properties.retry_on_timeout.type,parentSchema:schema7.properties.retry_on_timeout,data:data62};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}}if(data.disabled !== undefined){let data63 = data.disabled;if(typeof data63 !== "boolean"){const err106 = {instancePath:instancePath+"/disabled",schemaPath:"#/properties/disabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema7.properties.disabled.type,parentSchema:schema7.properties.disabled,data:data63};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}}if(data.email_notifications !== undefined){if(!(validate23(data.email_notifications, {instancePath:instancePath+"/email_notifications",parentData:data,parentDataProperty:"email_notifications",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.webhook_notifications !== undefined){if(!(validate25(data.webhook_notifications, {instancePath:instancePath+"/webhook_notifications",parentData:data,parentDataProperty:"webhook_notifications",rootData}))){vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);errors = vErrors.length;}}if(data.notification_settings !== undefined){if(!(validate27(data.notification_settings, {instancePath:instancePath+"/notification_settings",parentData:data,parentDataProperty:"notification_settings",rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}if(data.health !== undefined){if(!(validate29(data.health, {instancePath:instancePath+"/health",parentData:data,parentDataProperty:"health",rootData}))){vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);errors = vErrors.length;}}if(data.compute_key !== undefined){let data68 = data.compute_key;if(typeof data68 !== "string"){const err107 = {instancePath:instancePath+"/compute_key",schemaPath:"#/properties/compute_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.properties.compute_key.type,parentSchema:schema7.properties.compute_key,data:data68};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}}if(data.disable_auto_optimization !== undefined){let data69 = data.disable_auto_optimization;if(typeof data69 !== "boolean"){const err108 = {instancePath:instancePath+"/disable_auto_optimization",schemaPath:"#/properties/disable_auto_optimization/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema7.properties.disable_auto_optimization.type,parentSchema:schema7.properties.disable_auto_optimization,data:data69};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}}}else {const err109 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.type,parentSchema:schema7,data};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}validate22.errors = vErrors;return errors === 0;}function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="job" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.tasks === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tasks"},message:"must have required property '"+"tasks"+"'",schema:schema6.required,parentSchema:schema6,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(func2.call(schema6.properties, key0))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema6,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.name !== undefined){let data0 = data.name;if(typeof data0 !== "string"){const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.name.type,parentSchema:schema6.properties.name,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.description !== undefined){let data1 = data.description;if(typeof data1 !== "string"){const err3 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.description.type,parentSchema:schema6.properties.description,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.tasks !== undefined){let data2 = data.tasks;if(Array.isArray(data2)){if(data2.length < 1){const err4 = {instancePath:instancePath+"/tasks",schemaPath:"#/properties/tasks/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema6.properties.tasks,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}const len0 = data2.length;for(let i0=0; i0<len0; i0++){if(!(validate22(data2[i0], {instancePath:instancePath+"/tasks/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}}else {const err5 = {instancePath:instancePath+"/tasks",schemaPath:"#/properties/tasks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema6.properties.tasks.type,parentSchema:schema6.properties.tasks,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.job_clusters !== undefined){let data4 = data.job_clusters;if(Array.isArray(data4)){const len1 = data4.length;for(let i1=0; i1<len1; i1++){let data5 = data4[i1];if(data5 && typeof data5 == "object" && !Array.isArray(data5)){if(data5.job_cluster_key === undefined){const err6 = {instancePath:instancePath+"/job_clusters/" + i1,schemaPath:"#/properties/job_clusters/items/required",keyword:"required",params:{missingProperty: "job_cluster_key"},message:"must have required property '"+"job_cluster_key"+"'",schema:schema6.properties.job_clusters.items.required,parentSchema:schema6.properties.job_clusters.items,data:data5};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data5.new_cluster === undefined){const err7 = {instancePath:instancePath+"/job_clusters/" + i1,schemaPath:"#/properties/job_clusters/items/required",keyword:"required",params:{missingProperty: "new_cluster"},message:"must have required property '"+"new_cluster"+"'",schema:schema6.properties.job_clusters.items.required,parentSchema:schema6.properties.job_clusters.items,data:data5};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}for(const key1 in data5){if(!((key1 === "job_cluster_key") || (key1 === "new_cluster"))){const err8 = {instancePath:instancePath+"/job_clusters/" + i1,schemaPath:"#/properties/job_clusters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema6.properties.job_clusters.items,data:data5};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data5.job_cluster_key !== undefined){let data6 = data5.job_cluster_key;if(typeof data6 === "string"){if(func4(data6) < 1){const err9 = {instancePath:instancePath+"/job_clusters/" + i1+"/job_cluster_key",schemaPath:"#/properties/job_clusters/items/properties/job_cluster_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema6.properties.job_clusters.items.properties.job_cluster_key,data:data6};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/job_clusters/" + i1+"/job_cluster_key",schemaPath:"#/properties/job_clusters/items/properties/job_cluster_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.job_clusters.items.properties.job_cluster_key.type,parentSchema:schema6.properties.job_clusters.items.properties.job_cluster_key,data:data6};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data5.new_cluster !== undefined){let data7 = data5.new_cluster;if(!(data7 && typeof data7 == "object" && !Array.isArray(data7))){const err11 = {instancePath:instancePath+"/job_clusters/" + i1+"/new_cluster",schemaPath:"#/properties/job_clusters/items/properties/new_cluster/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.job_clusters.items.properties.new_cluster.type,parentSchema:schema6.properties.job_clusters.items.properties.new_cluster,data:data7};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/job_clusters/" + i1,schemaPath:"#/properties/job_clusters/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.job_clusters.items.type,parentSchema:schema6.properties.job_clusters.items,data:data5};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/job_clusters",schemaPath:"#/properties/job_clusters/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema6.properties.job_clusters.type,parentSchema:schema6.properties.job_clusters,data:data4};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.environments !== undefined){let data8 = data.environments;if(Array.isArray(data8)){const len2 = data8.length;for(let i2=0; i2<len2; i2++){let data9 = data8[i2];if(data9 && typeof data9 == "object" && !Array.isArray(data9)){if(data9.environment_key === undefined){const err14 = {instancePath:instancePath+"/environments/" + i2,schemaPath:"#/properties/environments/items/required",keyword:"required",params:{missingProperty: "environment_key"},message:"must have required property '"+"environment_key"+"'",schema:schema6.properties.environments.items.required,parentSchema:schema6.properties.environments.items,data:data9};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}for(const key2 in data9){if(!((key2 === "environment_key") || (key2 === "spec"))){const err15 = {instancePath:instancePath+"/environments/" + i2,schemaPath:"#/properties/environments/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema6.properties.environments.items,data:data9};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data9.environment_key !== undefined){let data10 = data9.environment_key;if(typeof data10 === "string"){if(func4(data10) < 1){const err16 = {instancePath:instancePath+"/environments/" + i2+"/environment_key",schemaPath:"#/properties/environments/items/properties/environment_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema6.properties.environments.items.properties.environment_key,data:data10};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/environments/" + i2+"/environment_key",schemaPath:"#/properties/environments/items/properties/environment_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.environments.items.properties.environment_key.type,parentSchema:schema6.properties.environments.items.properties.environment_key,data:data10};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data9.spec !== undefined){let data11 = data9.spec;if(!(data11 && typeof data11 == "object" && !Array.isArray(data11))){const err18 = {instancePath:instancePath+"/environments/" + i2+"/spec",schemaPath:"#/properties/environments/items/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.environments.items.properties.spec.type,parentSchema:schema6.properties.environments.items.properties.spec,data:data11};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath:instancePath+"/environments/" + i2,schemaPath:"#/properties/environments/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.environments.items.type,parentSchema:schema6.properties.environments.items,data:data9};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema6.properties.environments.type,parentSchema:schema6.properties.environments,data:data8};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.git_source !== undefined){let data12 = data.git_source;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){if(data12.git_url === undefined){const err21 = {instancePath:instancePath+"/git_source",schemaPath:"#/properties/git_source/required",keyword:"required",params:{missingProperty: "git_url"},message:"must have required property '"+"git_url"+"'",schema:schema6.properties.git_source.required,parentSchema:schema6.properties.git_source,data:data12};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(data12.git_provider === undefined){const err22 = {instancePath:instancePath+"/git_source",schemaPath:"#/properties/git_source/required",keyword:"required",params:{missingProperty: "git_provider"},message:"must have required property '"+"git_provider"+"'",schema:schema6.properties.git_source.required,parentSchema:schema6.properties.git_source,data:data12};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(data12.git_url !== undefined){let data13 = data12.git_url;if(typeof data13 === "string"){if(func4(data13) < 1){const err23 = {instancePath:instancePath+"/git_source/git_url",schemaPath:"#/properties/git_source/properties/git_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema6.properties.git_source.properties.git_url,data:data13};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}else {const err24 = {instancePath:instancePath+"/git_source/git_url",schemaPath:"#/properties/git_source/properties/git_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.git_source.properties.git_url.type,parentSchema:schema6.properties.git_source.properties.git_url,data:data13};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data12.git_provider !== undefined){let data14 = data12.git_provider;if(typeof data14 !== "string"){const err25 = {instancePath:instancePath+"/git_source/git_provider",schemaPath:"#/properties/git_source/properties/git_provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.git_source.properties.git_provider.type,parentSchema:schema6.properties.git_source.properties.git_provider,data:data14};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data12.git_branch !== undefined){let data15 = data12.git_branch;if(typeof data15 !== "string"){const err26 = {instancePath:instancePath+"/git_source/git_branch",schemaPath:"#/properties/git_source/properties/git_branch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.git_source.properties.git_branch.type,parentSchema:schema6.properties.git_source.properties.git_branch,data:data15};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data12.git_tag !== undefined){let data16 = data12.git_tag;if(typeof data16 !== "string"){const err27 = {instancePath:instancePath+"/git_source/git_tag",schemaPath:"#/properties/git_source/properties/git_tag/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.git_source.properties.git_tag.type,parentSchema:schema6.properties.git_source.properties.git_tag,data:data16};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data12.git_commit !== undefined){let data17 = data12.git_commit;if(typeof data17 !== "string"){const err28 = {instancePath:instancePath+"/git_source/git_commit",schemaPath:"#/properties/git_source/properties/git_commit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.git_source.properties.git_commit.type,parentSchema:schema6.properties.git_source.properties.git_commit,data:data17};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/git_source",schemaPath:"#/properties/git_source/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.git_source.type,parentSchema:schema6.properties.git_source,data:data12};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data.parameters !== undefined){let data18 = data.parameters;if(Array.isArray(data18)){const len3 = data18.length;for(let i3=0; i3<len3; i3++){let data19 = data18[i3];if(data19 && typeof data19 == "object" && !Array.isArray(data19)){if(data19.name === undefined){const err30 = {instancePath:instancePath+"/parameters/" + i3,schemaPath:"#/properties/parameters/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema6.properties.parameters.items.required,parentSchema:schema6.properties.parameters.items,data:data19};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}if(data19.default === undefined){const err31 = {instancePath:instancePath+"/parameters/" + i3,schemaPath:"#/properties/parameters/items/required",keyword:"required",params:{missingProperty: "default"},message:"must have required property '"+"default"+"'",schema:schema6.properties.parameters.items.required,parentSchema:schema6.properties.parameters.items,data:data19};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}for(const key3 in data19){if(!((key3 === "name") || (key3 === "default"))){const err32 = {instancePath:instancePath+"/parameters/" + i3,schemaPath:"#/properties/parameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema6.properties.parameters.items,data:data19};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data19.name !== undefined){let data20 = data19.name;if(typeof data20 === "string"){if(func4(data20) < 1){const err33 = {instancePath:instancePath+"/parameters/" + i3+"/name",schemaPath:"#/properties/parameters/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema6.properties.parameters.items.properties.name,data:data20};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}else {const err34 = {instancePath:instancePath+"/parameters/" + i3+"/name",schemaPath:"#/properties/parameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.parameters.items.properties.name.type,parentSchema:schema6.properties.parameters.items.properties.name,data:data20};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data19.default !== undefined){let data21 = data19.default;if(((typeof data21 !== "string") && (!(typeof data21 == "number"))) && (typeof data21 !== "boolean")){const err35 = {instancePath:instancePath+"/parameters/" + i3+"/default",schemaPath:"#/properties/parameters/items/properties/default/type",keyword:"type",params:{type: schema6.properties.parameters.items.properties.default.type},message:"must be string,number,boolean",schema:schema6.properties.parameters.items.properties.default.type,parentSchema:schema6.properties.parameters.items.properties.default,data:data21};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}}else {const err36 = {instancePath:instancePath+"/parameters/" + i3,schemaPath:"#/properties/parameters/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.parameters.items.type,parentSchema:schema6.properties.parameters.items,data:data19};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}else {const err37 = {instancePath:instancePath+"/parameters",schemaPath:"#/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema6.properties.parameters.type,parentSchema:schema6.properties.parameters,data:data18};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data.schedule !== undefined){let data22 = data.schedule;if(data22 && typeof data22 == "object" && !Array.isArray(data22)){if(data22.quartz_cron_expression === undefined){const err38 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/required",keyword:"required",params:{missingProperty: "quartz_cron_expression"},message:"must have required property '"+"quartz_cron_expression"+"'",schema:schema6.properties.schedule.required,parentSchema:schema6.properties.schedule,data:data22};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}for(const key4 in data22){if(!(((key4 === "quartz_cron_expression") || (key4 === "timezone_id")) || (key4 === "pause_status"))){const err39 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema6.properties.schedule,data:data22};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data22.quartz_cron_expression !== undefined){let data23 = data22.quartz_cron_expression;if(typeof data23 === "string"){if(func4(data23) < 1){const err40 = {instancePath:instancePath+"/schedule/quartz_cron_expression",schemaPath:"#/properties/schedule/properties/quartz_cron_expression/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema6.properties.schedule.properties.quartz_cron_expression,data:data23};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}else {const err41 = {instancePath:instancePath+"/schedule/quartz_cron_expression",schemaPath:"#/properties/schedule/properties/quartz_cron_expression/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.schedule.properties.quartz_cron_expression.type,parentSchema:schema6.properties.schedule.properties.quartz_cron_expression,data:data23};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data22.timezone_id !== undefined){let data24 = data22.timezone_id;if(typeof data24 !== "string"){const err42 = {instancePath:instancePath+"/schedule/timezone_id",schemaPath:"#/properties/schedule/properties/timezone_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.schedule.properties.timezone_id.type,parentSchema:schema6.properties.schedule.properties.timezone_id,data:data24};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data22.pause_status !== undefined){let data25 = data22.pause_status;if(typeof data25 !== "string"){const err43 = {instancePath:instancePath+"/schedule/pause_status",schemaPath:"#/properties/schedule/properties/pause_status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.schedule.properties.pause_status.type,parentSchema:schema6.properties.schedule.properties.pause_status,data:data25};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}else {const err44 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.schedule.type,parentSchema:schema6.properties.schedule,data:data22};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data.max_concurrent_runs !== undefined){let data26 = data.max_concurrent_runs;if(!((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26)))){const err45 = {instancePath:instancePath+"/max_concurrent_runs",schemaPath:"#/properties/max_concurrent_runs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema6.properties.max_concurrent_runs.type,parentSchema:schema6.properties.max_concurrent_runs,data:data26};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data.timeout_seconds !== undefined){let data27 = data.timeout_seconds;if(!((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27)))){const err46 = {instancePath:instancePath+"/timeout_seconds",schemaPath:"#/properties/timeout_seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema6.properties.timeout_seconds.type,parentSchema:schema6.properties.timeout_seconds,data:data27};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data.queue !== undefined){let data28 = data.queue;if(data28 && typeof data28 == "object" && !Array.isArray(data28)){if(data28.enabled === undefined){const err47 = {instancePath:instancePath+"/queue",schemaPath:"#/properties/queue/required",keyword:"required",params:{missingProperty: "enabled"},message:"must have required property '"+"enabled"+"'",schema:schema6.properties.queue.required,parentSchema:schema6.properties.queue,data:data28};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}for(const key5 in data28){if(!(key5 === "enabled")){const err48 = {instancePath:instancePath+"/queue",schemaPath:"#/properties/queue/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema6.properties.queue,data:data28};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data28.enabled !== undefined){let data29 = data28.enabled;if(typeof data29 !== "boolean"){const err49 = {instancePath:instancePath+"/queue/enabled",schemaPath:"#/properties/queue/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema6.properties.queue.properties.enabled.type,parentSchema:schema6.properties.queue.properties.enabled,data:data29};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}}else {const err50 = {instancePath:instancePath+"/queue",schemaPath:"#/properties/queue/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.queue.type,parentSchema:schema6.properties.queue,data:data28};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data.tags !== undefined){let data30 = data.tags;if(data30 && typeof data30 == "object" && !Array.isArray(data30)){for(const key6 in data30){let data31 = data30[key6];if(typeof data31 !== "string"){const err51 = {instancePath:instancePath+"/tags/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.tags.additionalProperties.type,parentSchema:schema6.properties.tags.additionalProperties,data:data31};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}}else {const err52 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.tags.type,parentSchema:schema6.properties.tags,data:data30};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data.run_as !== undefined){let data32 = data.run_as;if(data32 && typeof data32 == "object" && !Array.isArray(data32)){for(const key7 in data32){if(!(((key7 === "user_name") || (key7 === "service_principal_name")) || (key7 === "group_name"))){const err53 = {instancePath:instancePath+"/run_as",schemaPath:"#/properties/run_as/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema6.properties.run_as,data:data32};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data32.user_name !== undefined){let data33 = data32.user_name;if(typeof data33 !== "string"){const err54 = {instancePath:instancePath+"/run_as/user_name",schemaPath:"#/properties/run_as/properties/user_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.run_as.properties.user_name.type,parentSchema:schema6.properties.run_as.properties.user_name,data:data33};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data32.service_principal_name !== undefined){let data34 = data32.service_principal_name;if(typeof data34 !== "string"){const err55 = {instancePath:instancePath+"/run_as/service_principal_name",schemaPath:"#/properties/run_as/properties/service_principal_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.run_as.properties.service_principal_name.type,parentSchema:schema6.properties.run_as.properties.service_principal_name,data:data34};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data32.group_name !== undefined){let data35 = data32.group_name;if(typeof data35 !== "string"){const err56 = {instancePath:instancePath+"/run_as/group_name",schemaPath:"#/properties/run_as/properties/group_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.run_as.properties.group_name.type,parentSchema:schema6.properties.run_as.properties.group_name,data:data35};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}}else {const err57 = {instancePath:instancePath+"/run_as",schemaPath:"#/properties/run_as/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.run_as.type,parentSchema:schema6.properties.run_as,data:data32};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data.email_notifications !== undefined){if(!(validate23(data.email_notifications, {instancePath:instancePath+"/email_notifications",parentData:data,parentDataProperty:"email_notifications",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.webhook_notifications !== undefined){if(!(validate25(data.webhook_notifications, {instancePath:instancePath+"/webhook_notifications",parentData:data,parentDataProperty:"webhook_notifications",rootData}))){vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);errors = vErrors.length;}}if(data.notification_settings !== undefined){if(!(validate27(data.notification_settings, {instancePath:instancePath+"/notification_settings",parentData:data,parentDataProperty:"notification_settings",rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}if(data.health !== undefined){if(!(validate29(data.health, {instancePath:instancePath+"/health",parentData:data,parentDataProperty:"health",rootData}))){vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);errors = vErrors.length;}}if(data.trigger !== undefined){let data40 = data.trigger;if(data40 && typeof data40 == "object" && !Array.isArray(data40)){for(const key8 in data40){if(!(((((key8 === "pause_status") || (key8 === "file_arrival")) || (key8 === "periodic")) || (key8 === "table")) || (key8 === "table_update"))){const err58 = {instancePath:instancePath+"/trigger",schemaPath:"#/properties/trigger/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema6.properties.trigger,data:data40};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data40.pause_status !== undefined){let data41 = data40.pause_status;if(typeof data41 !== "string"){const err59 = {instancePath:instancePath+"/trigger/pause_status",schemaPath:"#/properties/trigger/properties/pause_status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.trigger.properties.pause_status.type,parentSchema:schema6.properties.trigger.properties.pause_status,data:data41};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data40.file_arrival !== undefined){let data42 = data40.file_arrival;if(data42 && typeof data42 == "object" && !Array.isArray(data42)){if(data42.url === undefined){const err60 = {instancePath:instancePath+"/trigger/file_arrival",schemaPath:"#/properties/trigger/properties/file_arrival/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema6.properties.trigger.properties.file_arrival.required,parentSchema:schema6.properties.trigger.properties.file_arrival,data:data42};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}else {const err61 = {instancePath:instancePath+"/trigger/file_arrival",schemaPath:"#/properties/trigger/properties/file_arrival/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.trigger.properties.file_arrival.type,parentSchema:schema6.properties.trigger.properties.file_arrival,data:data42};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data40.periodic !== undefined){let data43 = data40.periodic;if(data43 && typeof data43 == "object" && !Array.isArray(data43)){if(data43.interval === undefined){const err62 = {instancePath:instancePath+"/trigger/periodic",schemaPath:"#/properties/trigger/properties/periodic/required",keyword:"required",params:{missingProperty: "interval"},message:"must have required property '"+"interval"+"'",schema:schema6.properties.trigger.properties.periodic.required,parentSchema:schema6.properties.trigger.properties.periodic,data:data43};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}if(data43.unit === undefined){const err63 = {instancePath:instancePath+"/trigger/periodic",schemaPath:"#/properties/trigger/properties/periodic/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'",schema:schema6.properties.trigger.properties.periodic.required,parentSchema:schema6.properties.trigger.properties.periodic,data:data43};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}else {const err64 = {instancePath:instancePath+"/trigger/periodic",schemaPath:"#/properties/trigger/properties/periodic/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.trigger.properties.periodic.type,parentSchema:schema6.properties.trigger.properties.periodic,data:data43};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(data40.table !== undefined){let data44 = data40.table;if(data44 && typeof data44 == "object" && !Array.isArray(data44)){if(data44.table_names === undefined){const err65 = {instancePath:instancePath+"/trigger/table",schemaPath:"#/properties/trigger/properties/table/required",keyword:"required",params:{missingProperty: "table_names"},message:"must have required property '"+"table_names"+"'",schema:schema6.properties.trigger.properties.table.required,parentSchema:schema6.properties.trigger.properties.table,data:data44};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}else {const err66 = {instancePath:instancePath+"/trigger/table",schemaPath:"#/properties/trigger/properties/table/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.trigger.properties.table.type,parentSchema:schema6.properties.trigger.properties.table,data:data44};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data40.table_update !== undefined){let data45 = data40.table_update;if(data45 && typeof data45 == "object" && !Array.isArray(data45)){if(data45.table_names === undefined){const err67 = {instancePath:instancePath+"/trigger/table_update",schemaPath:"#/properties/trigger/properties/table_update/required",keyword:"required",params:{missingProperty: "table_names"},message:"must have required property '"+"table_names"+"'",schema:schema6.properties.trigger.properties.table_update.required,parentSchema:schema6.properties.trigger.properties.table_update,data:data45};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}else {const err68 = {instancePath:instancePath+"/trigger/table_update",schemaPath:"#/properties/trigger/properties/table_update/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.trigger.properties.table_update.type,parentSchema:schema6.properties.trigger.properties.table_update,data:data45};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}}else {const err69 = {instancePath:instancePath+"/trigger",schemaPath:"#/properties/trigger/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.trigger.type,parentSchema:schema6.properties.trigger,data:data40};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(data.continuous !== undefined){let data46 = data.continuous;if(data46 && typeof data46 == "object" && !Array.isArray(data46)){for(const key9 in data46){if(!((key9 === "pause_status") || (key9 === "task_retry_mode"))){const err70 = {instancePath:instancePath+"/continuous",schemaPath:"#/properties/continuous/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema6.properties.continuous,data:data46};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data46.pause_status !== undefined){let data47 = data46.pause_status;if(typeof data47 !== "string"){const err71 = {instancePath:instancePath+"/continuous/pause_status",schemaPath:"#/properties/continuous/properties/pause_status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.continuous.properties.pause_status.type,parentSchema:schema6.properties.continuous.properties.pause_status,data:data47};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data46.task_retry_mode !== undefined){let data48 = data46.task_retry_mode;if(typeof data48 !== "string"){const err72 = {instancePath:instancePath+"/continuous/task_retry_mode",schemaPath:"#/properties/continuous/properties/task_retry_mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.continuous.properties.task_retry_mode.type,parentSchema:schema6.properties.continuous.properties.task_retry_mode,data:data48};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}}else {const err73 = {instancePath:instancePath+"/continuous",schemaPath:"#/properties/continuous/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.continuous.type,parentSchema:schema6.properties.continuous,data:data46};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}if(data.format !== undefined){let data49 = data.format;if(typeof data49 !== "string"){const err74 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.format.type,parentSchema:schema6.properties.format,data:data49};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}if(data.edit_mode !== undefined){let data50 = data.edit_mode;if(typeof data50 !== "string"){const err75 = {instancePath:instancePath+"/edit_mode",schemaPath:"#/properties/edit_mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.edit_mode.type,parentSchema:schema6.properties.edit_mode,data:data50};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}if(data.deployment !== undefined){let data51 = data.deployment;if(data51 && typeof data51 == "object" && !Array.isArray(data51)){if(data51.kind === undefined){const err76 = {instancePath:instancePath+"/deployment",schemaPath:"#/properties/deployment/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema6.properties.deployment.required,parentSchema:schema6.properties.deployment,data:data51};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}else {const err77 = {instancePath:instancePath+"/deployment",schemaPath:"#/properties/deployment/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.deployment.type,parentSchema:schema6.properties.deployment,data:data51};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data.budget_policy_id !== undefined){let data52 = data.budget_policy_id;if(typeof data52 !== "string"){const err78 = {instancePath:instancePath+"/budget_policy_id",schemaPath:"#/properties/budget_policy_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.budget_policy_id.type,parentSchema:schema6.properties.budget_policy_id,data:data52};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data.performance_target !== undefined){let data53 = data.performance_target;if(typeof data53 !== "string"){const err79 = {instancePath:instancePath+"/performance_target",schemaPath:"#/properties/performance_target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.performance_target.type,parentSchema:schema6.properties.performance_target,data:data53};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data.parent_path !== undefined){let data54 = data.parent_path;if(typeof data54 !== "string"){const err80 = {instancePath:instancePath+"/parent_path",schemaPath:"#/properties/parent_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.parent_path.type,parentSchema:schema6.properties.parent_path,data:data54};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}if(data.usage_policy_id !== undefined){let data55 = data.usage_policy_id;if(typeof data55 !== "string"){const err81 = {instancePath:instancePath+"/usage_policy_id",schemaPath:"#/properties/usage_policy_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.usage_policy_id.type,parentSchema:schema6.properties.usage_policy_id,data:data55};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data.access_control_list !== undefined){let data56 = data.access_control_list;if(Array.isArray(data56)){const len4 = data56.length;for(let i4=0; i4<len4; i4++){let data57 = data56[i4];if(!(data57 && typeof data57 == "object" && !Array.isArray(data57))){const err82 = {instancePath:instancePath+"/access_control_list/" + i4,schemaPath:"#/properties/access_control_list/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.access_control_list.items.type,parentSchema:schema6.properties.access_control_list.items,data:data57};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}}else {const err83 = {instancePath:instancePath+"/access_control_list",schemaPath:"#/properties/access_control_list/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema6.properties.access_control_list.type,parentSchema:schema6.properties.access_control_list,data:data56};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}if(data.permissions !== undefined){let data58 = data.permissions;if(Array.isArray(data58)){const len5 = data58.length;for(let i5=0; i5<len5; i5++){let data59 = data58[i5];if(!(data59 && typeof data59 == "object" && !Array.isArray(data59))){const err84 = {instancePath:instancePath+"/permissions/" + i5,schemaPath:"#/properties/permissions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.permissions.items.type,parentSchema:schema6.properties.permissions.items,data:data59};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}}else {const err85 = {instancePath:instancePath+"/permissions",schemaPath:"#/properties/permissions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema6.properties.permissions.type,parentSchema:schema6.properties.permissions,data:data58};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}}else {const err86 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.type,parentSchema:schema6,data};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}validate21.errors = vErrors;return errors === 0;}exports.v = validate36;const schema12 = {"$id":"bundle-file","definitions":{"lookup":{"type":"object","x-what":"lookup kind","properties":{"alert":{"type":"string","minLength":1},"cluster":{"type":"string","minLength":1},"cluster_policy":{"type":"string","minLength":1},"dashboard":{"type":"string","minLength":1},"instance_pool":{"type":"string","minLength":1},"job":{"type":"string","minLength":1},"metastore":{"type":"string","minLength":1},"notification_destination":{"type":"string","minLength":1},"pipeline":{"type":"string","minLength":1},"query":{"type":"string","minLength":1},"service_principal":{"type":"string","minLength":1},"warehouse":{"type":"string","minLength":1}},"additionalProperties":false,"minProperties":1,"maxProperties":1},"workspace":{"type":"object","properties":{"host":{"type":"string"},"root_path":{"type":"string"},"file_path":{"type":"string"},"state_path":{"type":"string"},"artifact_path":{"type":"string"},"resource_path":{"type":"string"},"profile":{"type":"string"}}},"resources":{"type":["object","null"],"properties":{"jobs":{"type":["object","null"],"additionalProperties":{"type":"object"}},"experiments":{"type":["object","null"],"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"permissions":{"type":"array","items":{"type":"object","x-what":"permission setting","properties":{"level":{"type":"string"},"user_name":{"type":"string"},"group_name":{"type":"string"},"service_principal_name":{"type":"string"}},"additionalProperties":false,"required":["level"]}}}}},"registered_models":{"type":["object","null"],"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"catalog_name":{"type":"string"},"schema_name":{"type":"string"},"comment":{"type":"string"},"grants":{"type":"array","items":{"type":"object","x-what":"grant setting","properties":{"principal":{"type":"string","minLength":1},"privileges":{"type":"array","items":{"type":"string"}}},"additionalProperties":false,"required":["principal","privileges"]}}}}}},"additionalProperties":{"type":["object","null"],"additionalProperties":{"type":"object"}}},"presets":{"type":"object","x-what":"presets setting","properties":{"name_prefix":{"type":"string"},"tags":{"type":"object","additionalProperties":{"type":["string","number","boolean"]}},"trigger_pause_status":{"type":"string"},"jobs_max_concurrent_runs":{"type":["integer","string"]},"pipelines_development":{"type":["boolean","string"]},"source_linked_deployment":{"type":["boolean","string"]},"artifacts_dynamic_version":{"type":["boolean","string"]}},"additionalProperties":false},"permissions":{"type":"array","items":{"type":"object","x-what":"permission setting","properties":{"level":{"type":"string"},"user_name":{"type":"string"},"group_name":{"type":"string"},"service_principal_name":{"type":"string"}},"additionalProperties":false,"required":["level"]}}},"type":["object","null"],"properties":{"bundle":{"type":"object","properties":{"name":{"type":"string","minLength":1}}},"include":{"type":"array","items":{"type":"string"}},"variables":{"type":["object","null"],"additionalProperties":{"type":["object","string","number","boolean","array"],"x-what":"variable setting","properties":{"description":{"type":"string"},"default":{},"type":{"type":"string"},"lookup":{"$ref":"#/definitions/lookup"}},"additionalProperties":false}},"workspace":{"$ref":"#/definitions/workspace"},"resources":{"$ref":"#/definitions/resources"},"targets":{"type":["object","null"],"additionalProperties":{"type":["object","null"],"x-what":"target setting","properties":{"default":{"type":"boolean"},"mode":{"type":"string"},"workspace":{"$ref":"#/definitions/workspace"},"variables":{"type":["object","null"],"additionalProperties":{"type":["object","string","number","boolean","array"],"properties":{"lookup":{"$ref":"#/definitions/lookup"}}}},"resources":{"$ref":"#/definitions/resources"},"presets":{"$ref":"#/definitions/presets"},"run_as":{"type":"object"},"permissions":{"$ref":"#/definitions/permissions"},"bundle":{"type":"object"},"git":{"type":"object"},"cluster_id":{"type":"string"},"compute_id":{"type":"string"},"artifacts":{"type":"object"},"sync":{"type":"object"}},"additionalProperties":false}},"environments":{"type":"object"},"permissions":{"$ref":"#/definitions/permissions"},"presets":{"$ref":"#/definitions/presets"},"run_as":{"type":"object"},"artifacts":{"type":"object"},"sync":{"type":"object"},"experimental":{"type":"object"},"python":{"type":"object"},"scripts":{"type":"object"}}};const schema13 = {"type":"object","x-what":"lookup kind","properties":{"alert":{"type":"string","minLength":1},"cluster":{"type":"string","minLength":1},"cluster_policy":{"type":"string","minLength":1},"dashboard":{"type":"string","minLength":1},"instance_pool":{"type":"string","minLength":1},"job":{"type":"string","minLength":1},"metastore":{"type":"string","minLength":1},"notification_destination":{"type":"string","minLength":1},"pipeline":{"type":"string","minLength":1},"query":{"type":"string","minLength":1},"service_principal":{"type":"string","minLength":1},"warehouse":{"type":"string","minLength":1}},"additionalProperties":false,"minProperties":1,"maxProperties":1};function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(Object.keys(data).length > 1){const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema13,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(Object.keys(data).length < 1){const err1 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema13,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(func2.call(schema13.properties, key0))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.alert !== undefined){let data0 = data.alert;if(typeof data0 === "string"){if(func4(data0) < 1){const err3 = {instancePath:instancePath+"/alert",schemaPath:"#/properties/alert/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.alert,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/alert",schemaPath:"#/properties/alert/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.alert.type,parentSchema:schema13.properties.alert,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.cluster !== undefined){let data1 = data.cluster;if(typeof data1 === "string"){if(func4(data1) < 1){const err5 = {instancePath:instancePath+"/cluster",schemaPath:"#/properties/cluster/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.cluster,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/cluster",schemaPath:"#/properties/cluster/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.cluster.type,parentSchema:schema13.properties.cluster,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.cluster_policy !== undefined){let data2 = data.cluster_policy;if(typeof data2 === "string"){if(func4(data2) < 1){const err7 = {instancePath:instancePath+"/cluster_policy",schemaPath:"#/properties/cluster_policy/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.cluster_policy,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/cluster_policy",schemaPath:"#/properties/cluster_policy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.cluster_policy.type,parentSchema:schema13.properties.cluster_policy,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.dashboard !== undefined){let data3 = data.dashboard;if(typeof data3 === "string"){if(func4(data3) < 1){const err9 = {instancePath:instancePath+"/dashboard",schemaPath:"#/properties/dashboard/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.dashboard,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/dashboard",schemaPath:"#/properties/dashboard/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.dashboard.type,parentSchema:schema13.properties.dashboard,data:data3};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.instance_pool !== undefined){let data4 = data.instance_pool;if(typeof data4 === "string"){if(func4(data4) < 1){const err11 = {instancePath:instancePath+"/instance_pool",schemaPath:"#/properties/instance_pool/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.instance_pool,data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/instance_pool",schemaPath:"#/properties/instance_pool/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.instance_pool.type,parentSchema:schema13.properties.instance_pool,data:data4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.job !== undefined){let data5 = data.job;if(typeof data5 === "string"){if(func4(data5) < 1){const err13 = {instancePath:instancePath+"/job",schemaPath:"#/properties/job/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.job,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/job",schemaPath:"#/properties/job/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.job.type,parentSchema:schema13.properties.job,data:data5};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.metastore !== undefined){let data6 = data.metastore;if(typeof data6 === "string"){if(func4(data6) < 1){const err15 = {instancePath:instancePath+"/metastore",schemaPath:"#/properties/metastore/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.metastore,data:data6};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/metastore",schemaPath:"#/properties/metastore/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.metastore.type,parentSchema:schema13.properties.metastore,data:data6};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.notification_destination !== undefined){let data7 = data.notification_destination;if(typeof data7 === "string"){if(func4(data7) < 1){const err17 = {instancePath:instancePath+"/notification_destination",schemaPath:"#/properties/notification_destination/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.notification_destination,data:data7};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/notification_destination",schemaPath:"#/properties/notification_destination/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.notification_destination.type,parentSchema:schema13.properties.notification_destination,data:data7};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.pipeline !== undefined){let data8 = data.pipeline;if(typeof data8 === "string"){if(func4(data8) < 1){const err19 = {instancePath:instancePath+"/pipeline",schemaPath:"#/properties/pipeline/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.pipeline,data:data8};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/pipeline",schemaPath:"#/properties/pipeline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.pipeline.type,parentSchema:schema13.properties.pipeline,data:data8};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.query !== undefined){let data9 = data.query;if(typeof data9 === "string"){if(func4(data9) < 1){const err21 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.query,data:data9};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.query.type,parentSchema:schema13.properties.query,data:data9};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.service_principal !== undefined){let data10 = data.service_principal;if(typeof data10 === "string"){if(func4(data10) < 1){const err23 = {instancePath:instancePath+"/service_principal",schemaPath:"#/properties/service_principal/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.service_principal,data:data10};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}else {const err24 = {instancePath:instancePath+"/service_principal",schemaPath:"#/properties/service_principal/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.service_principal.type,parentSchema:schema13.properties.service_principal,data:data10};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.warehouse !== undefined){let data11 = data.warehouse;if(typeof data11 === "string"){if(func4(data11) < 1){const err25 = {instancePath:instancePath+"/warehouse",schemaPath:"#/properties/warehouse/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.warehouse,data:data11};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/warehouse",schemaPath:"#/properties/warehouse/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.warehouse.type,parentSchema:schema13.properties.warehouse,data:data11};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}validate37.errors = vErrors;return errors === 0;}const schema14 = {"type":"object","properties":{"host":{"type":"string"},"root_path":{"type":"string"},"file_path":{"type":"string"},"state_path":{"type":"string"},"artifact_path":{"type":"string"},"resource_path":{"type":"string"},"profile":{"type":"string"}}};function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.host !== undefined){let data0 = data.host;if(typeof data0 !== "string"){const err0 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.host.type,parentSchema:schema14.properties.host,data:data0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.root_path !== undefined){let data1 = data.root_path;if(typeof data1 !== "string"){const err1 = {instancePath:instancePath+"/root_path",schemaPath:"#/properties/root_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.root_path.type,parentSchema:schema14.properties.root_path,data:data1};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.file_path !== undefined){let data2 = data.file_path;if(typeof data2 !== "string"){const err2 = {instancePath:instancePath+"/file_path",schemaPath:"#/properties/file_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.file_path.type,parentSchema:schema14.properties.file_path,data:data2};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.state_path !== undefined){let data3 = data.state_path;if(typeof data3 !== "string"){const err3 = {instancePath:instancePath+"/state_path",schemaPath:"#/properties/state_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.state_path.type,parentSchema:schema14.properties.state_path,data:data3};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.artifact_path !== undefined){let data4 = data.artifact_path;if(typeof data4 !== "string"){const err4 = {instancePath:instancePath+"/artifact_path",schemaPath:"#/properties/artifact_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.artifact_path.type,parentSchema:schema14.properties.artifact_path,data:data4};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.resource_path !== undefined){let data5 = data.resource_path;if(typeof data5 !== "string"){const err5 = {instancePath:instancePath+"/resource_path",schemaPath:"#/properties/resource_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.resource_path.type,parentSchema:schema14.properties.resource_path,data:data5};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.profile !== undefined){let data6 = data.profile;if(typeof data6 !== "string"){const err6 = {instancePath:instancePath+"/profile",schemaPath:"#/properties/profile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.profile.type,parentSchema:schema14.properties.profile,data:data6};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}validate39.errors = vErrors;return errors === 0;}const schema15 = {"type":["object","null"],"properties":{"jobs":{"type":["object","null"],"additionalProperties":{"type":"object"}},"experiments":{"type":["object","null"],"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"permissions":{"type":"array","items":{"type":"object","x-what":"permission setting","properties":{"level":{"type":"string"},"user_name":{"type":"string"},"group_name":{"type":"string"},"service_principal_name":{"type":"string"}},"additionalProperties":false,"required":["level"]}}}}},"registered_models":{"type":["object","null"],"additionalProperties":{"type":"object","properties":{"name":{"type":"string"},"catalog_name":{"type":"string"},"schema_name":{"type":"string"},"comment":{"type":"string"},"grants":{"type":"array","items":{"type":"object","x-what":"grant setting","properties":{"principal":{"type":"string","minLength":1},"privileges":{"type":"array","items":{"type":"string"}}},"additionalProperties":false,"required":["principal","privileges"]}}}}}},"additionalProperties":{"type":["object","null"],"additionalProperties":{"type":"object"}}};function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema15.type},message:"must be object,null",schema:schema15.type,parentSchema:schema15,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((key0 === "jobs") || (key0 === "experiments")) || (key0 === "registered_models"))){let data0 = data[key0];if((!(data0 && typeof data0 == "object" && !Array.isArray(data0))) && (data0 !== null)){const err1 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: schema15.additionalProperties.type},message:"must be object,null",schema:schema15.additionalProperties.type,parentSchema:schema15.additionalProperties,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data0 && typeof data0 == "object" && !Array.isArray(data0)){for(const key1 in data0){let data1 = data0[key1];if(!(data1 && typeof data1 == "object" && !Array.isArray(data1))){const err2 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.additionalProperties.additionalProperties.type,parentSchema:schema15.additionalProperties.additionalProperties,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}}}if(data.jobs !== undefined){let data2 = data.jobs;if((!(data2 && typeof data2 == "object" && !Array.isArray(data2))) && (data2 !== null)){const err3 = {instancePath:instancePath+"/jobs",schemaPath:"#/properties/jobs/type",keyword:"type",params:{type: schema15.properties.jobs.type},message:"must be object,null",schema:schema15.properties.jobs.type,parentSchema:schema15.properties.jobs,data:data2};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key2 in data2){let data3 = data2[key2];if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){const err4 = {instancePath:instancePath+"/jobs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/jobs/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.jobs.additionalProperties.type,parentSchema:schema15.properties.jobs.additionalProperties,data:data3};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}}if(data.experiments !== undefined){let data4 = data.experiments;if((!(data4 && typeof data4 == "object" && !Array.isArray(data4))) && (data4 !== null)){const err5 = {instancePath:instancePath+"/experiments",schemaPath:"#/properties/experiments/type",keyword:"type",params:{type: schema15.properties.experiments.type},message:"must be object,null",schema:schema15.properties.experiments.type,parentSchema:schema15.properties.experiments,data:data4};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key3 in data4){let data5 = data4[key3];if(data5 && typeof data5 == "object" && !Array.isArray(data5)){if(data5.name !== undefined){let data6 = data5.name;if(typeof data6 !== "string"){const err6 = {instancePath:instancePath+"/experiments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/name",schemaPath:"#/properties/experiments/additionalProperties/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.experiments.additionalProperties.properties.name.type,parentSchema:schema15.properties.experiments.additionalProperties.properties.name,data:data6};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data5.permissions !== undefined){let data7 = data5.permissions;if(Array.isArray(data7)){const len0 = data7.length;for(let i0=0; i0<len0; i0++){let data8 = data7[i0];if(data8 && typeof data8 == "object" && !Array.isArray(data8)){if(data8.level === undefined){const err7 = {instancePath:instancePath+"/experiments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/permissions/" + i0,schemaPath:"#/properties/experiments/additionalProperties/properties/permissions/items/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema15.properties.experiments.additionalProperties.properties.permissions.items.required,parentSchema:schema15.properties.experiments.additionalProperties.properties.permissions.items,data:data8};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}for(const key4 in data8){if(!((((key4 === "level") || (key4 === "user_name")) || (key4 === "group_name")) || (key4 === "service_principal_name"))){const err8 = {instancePath:instancePath+"/experiments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/permissions/" + i0,schemaPath:"#/properties/experiments/additionalProperties/properties/permissions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties.experiments.additionalProperties.properties.permissions.items,data:data8};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data8.level !== undefined){let data9 = data8.level;if(typeof data9 !== "string"){const err9 = {instancePath:instancePath+"/experiments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/permissions/" + i0+"/level",schemaPath:"#/properties/experiments/additionalProperties/properties/permissions/items/properties/level/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.experiments.additionalProperties.properties.permissions.items.properties.level.type,parentSchema:schema15.properties.experiments.additionalProperties.properties.permissions.items.properties.level,data:data9};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data8.user_name !== undefined){let data10 = data8.user_name;if(typeof data10 !== "string"){const err10 = {instancePath:instancePath+"/experiments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/permissions/" + i0+"/user_name",schemaPath:"#/properties/experiments/additionalProperties/properties/permissions/items/properties/user_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.experiments.additionalProperties.properties.permissions.items.properties.user_name.type,parentSchema:schema15.properties.experiments.additionalProperties.properties.permissions.items.properties.user_name,data:data10};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data8.group_name !== undefined){let data11 = data8.group_name;if(typeof data11 !== "string"){const err11 = {instancePath:instancePath+"/experiments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/permissions/" + i0+"/group_name",schemaPath:"#/properties/experiments/additionalProperties/properties/permissions/items/properties/group_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.experiments.additionalProperties.properties.permissions.items.properties.group_name.type,parentSchema:schema15.properties.experiments.additionalProperties.properties.permissions.items.properties.group_name,data:data11};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data8.service_principal_name !== undefined){let data12 = data8.service_principal_name;if(typeof data12 !== "string"){const err12 = {instancePath:instancePath+"/experiments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/permissions/" + i0+"/service_principal_name",schemaPath:"#/properties/experiments/additionalProperties/properties/permissions/items/properties/service_principal_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.experiments.additionalProperties.properties.permissions.items.properties.service_principal_name.type,parentSchema:schema15.properties.experiments.additionalProperties.properties.permissions.items.properties.service_principal_name,data:data12};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/experiments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/permissions/" + i0,schemaPath:"#/properties/experiments/additionalProperties/properties/permissions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.experiments.additionalProperties.properties.permissions.items.type,parentSchema:schema15.properties.experiments.additionalProperties.properties.permissions.items,data:data8};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/experiments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/permissions",schemaPath:"#/properties/experiments/additionalProperties/properties/permissions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.properties.experiments.additionalProperties.properties.permissions.type,parentSchema:schema15.properties.experiments.additionalProperties.properties.permissions,data:data7};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath:instancePath+"/experiments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/experiments/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.experiments.additionalProperties.type,parentSchema:schema15.properties.experiments.additionalProperties,data:data5};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}}if(data.registered_models !== undefined){let data13 = data.registered_models;if((!(data13 && typeof data13 == "object" && !Array.isArray(data13))) && (data13 !== null)){const err16 = {instancePath:instancePath+"/registered_models",schemaPath:"#/properties/registered_models/type",keyword:"type",params:{type: schema15.properties.registered_models.type},message:"must be object,null",schema:schema15.properties.registered_models.type,parentSchema:schema15.properties.registered_models,data:data13};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(data13 && typeof data13 == "object" && !Array.isArray(data13)){for(const key5 in data13){let data14 = data13[key5];if(data14 && typeof data14 == "object" && !Array.isArray(data14)){if(data14.name !== undefined){let data15 = data14.name;if(typeof data15 !== "string"){const err17 = {instancePath:instancePath+"/registered_models/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/name",schemaPath:"#/properties/registered_models/additionalProperties/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.registered_models.additionalProperties.properties.name.type,parentSchema:schema15.properties.registered_models.additionalProperties.properties.name,data:data15};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data14.catalog_name !== undefined){let data16 = data14.catalog_name;if(typeof data16 !== "string"){const err18 = {instancePath:instancePath+"/registered_models/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/catalog_name",schemaPath:"#/properties/registered_models/additionalProperties/properties/catalog_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.registered_models.additionalProperties.properties.catalog_name.type,parentSchema:schema15.properties.registered_models.additionalProperties.properties.catalog_name,data:data16};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data14.schema_name !== undefined){let data17 = data14.schema_name;if(typeof data17 !== "string"){const err19 = {instancePath:instancePath+"/registered_models/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/schema_name",schemaPath:"#/properties/registered_models/additionalProperties/properties/schema_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.registered_models.additionalProperties.properties.schema_name.type,parentSchema:schema15.properties.registered_models.additionalProperties.properties.schema_name,data:data17};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data14.comment !== undefined){let data18 = data14.comment;if(typeof data18 !== "string"){const err20 = {instancePath:instancePath+"/registered_models/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/comment",schemaPath:"#/properties/registered_models/additionalProperties/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.registered_models.additionalProperties.properties.comment.type,parentSchema:schema15.properties.registered_models.additionalProperties.properties.comment,data:data18};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data14.grants !== undefined){let data19 = data14.grants;if(Array.isArray(data19)){const len1 = data19.length;for(let i1=0; i1<len1; i1++){let data20 = data19[i1];if(data20 && typeof data20 == "object" && !Array.isArray(data20)){if(data20.principal === undefined){const err21 = {instancePath:instancePath+"/registered_models/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/grants/" + i1,schemaPath:"#/properties/registered_models/additionalProperties/properties/grants/items/required",keyword:"required",params:{missingProperty: "principal"},message:"must have required property '"+"principal"+"'",schema:schema15.properties.registered_models.additionalProperties.properties.grants.items.required,parentSchema:schema15.properties.registered_models.additionalProperties.properties.grants.items,data:data20};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(data20.privileges === undefined){const err22 = {instancePath:instancePath+"/registered_models/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/grants/" + i1,schemaPath:"#/properties/registered_models/additionalProperties/properties/grants/items/required",keyword:"required",params:{missingProperty: "privileges"},message:"must have required property '"+"privileges"+"'",schema:schema15.properties.registered_models.additionalProperties.properties.grants.items.required,parentSchema:schema15.properties.registered_models.additionalProperties.properties.grants.items,data:data20};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}for(const key6 in data20){if(!((key6 === "principal") || (key6 === "privileges"))){const err23 = {instancePath:instancePath+"/registered_models/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/grants/" + i1,schemaPath:"#/properties/registered_models/additionalProperties/properties/grants/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties.registered_models.additionalProperties.properties.grants.items,data:data20};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data20.principal !== undefined){let data21 = data20.principal;if(typeof data21 === "string"){if(func4(data21) < 1){const err24 = {instancePath:instancePath+"/registered_models/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/grants/" + i1+"/principal",schemaPath:"#/properties/registered_models/additionalProperties/properties/grants/items/properties/principal/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.properties.registered_models.additionalProperties.properties.grants.items.properties.principal,data:data21};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/registered_models/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/grants/" + i1+"/principal",schemaPath:"#/properties/registered_models/additionalProperties/properties/grants/items/properties/principal/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.registered_models.additionalProperties.properties.grants.items.properties.principal.type,parentSchema:schema15.properties.registered_models.additionalProperties.properties.grants.items.properties.principal,data:data21};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data20.privileges !== undefined){let data22 = data20.privileges;if(Array.isArray(data22)){const len2 = data22.length;for(let i2=0; i2<len2; i2++){let data23 = data22[i2];if(typeof data23 !== "string"){const err26 = {instancePath:instancePath+"/registered_models/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/grants/" + i1+"/privileges/" + i2,schemaPath:"#/properties/registered_models/additionalProperties/properties/grants/items/properties/privileges/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.registered_models.additionalProperties.properties.grants.items.properties.privileges.items.type,parentSchema:schema15.properties.registered_models.additionalProperties.properties.grants.items.properties.privileges.items,data:data23};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath:instancePath+"/registered_models/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/grants/" + i1+"/privileges",schemaPath:"#/properties/registered_models/additionalProperties/properties/grants/items/properties/privileges/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.properties.registered_models.additionalProperties.properties.grants.items.properties.privileges.type,parentSchema:schema15.properties.registered_models.additionalProperties.properties.grants.items.properties.privileges,data:data22};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath:instancePath+"/registered_models/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/grants/" + i1,schemaPath:"#/properties/registered_models/additionalProperties/properties/grants/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.registered_models.additionalProperties.properties.grants.items.type,parentSchema:schema15.properties.registered_models.additionalProperties.properties.grants.items,data:data20};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/registered_models/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/grants",schemaPath:"#/properties/registered_models/additionalProperties/properties/grants/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.properties.registered_models.additionalProperties.properties.grants.type,parentSchema:schema15.properties.registered_models.additionalProperties.properties.grants,data:data19};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath:instancePath+"/registered_models/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/registered_models/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.registered_models.additionalProperties.type,parentSchema:schema15.properties.registered_models.additionalProperties,data:data14};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}}}validate41.errors = vErrors;return errors === 0;}const schema16 = {"type":"object","x-what":"presets setting","properties":{"name_prefix":{"type":"string"},"tags":{"type":"object","additionalProperties":{"type":["string","number","boolean"]}},"trigger_pause_status":{"type":"string"},"jobs_max_concurrent_runs":{"type":["integer","string"]},"pipelines_development":{"type":["boolean","string"]},"source_linked_deployment":{"type":["boolean","string"]},"artifacts_dynamic_version":{"type":["boolean","string"]}},"additionalProperties":false};function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((((key0 === "name_prefix") || (key0 === "tags")) || (key0 === "trigger_pause_status")) || (key0 === "jobs_max_concurrent_runs")) || (key0 === "pipelines_development")) || (key0 === "source_linked_deployment")) || (key0 === "artifacts_dynamic_version"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema16,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.name_prefix !== undefined){let data0 = data.name_prefix;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/name_prefix",schemaPath:"#/properties/name_prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.name_prefix.type,parentSchema:schema16.properties.name_prefix,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.tags !== undefined){let data1 = data.tags;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){let data2 = data1[key1];if(((typeof data2 !== "string") && (!(typeof data2 == "number"))) && (typeof data2 !== "boolean")){const err2 = {instancePath:instancePath+"/tags/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/tags/additionalProperties/type",keyword:"type",params:{type: schema16.properties.tags.additionalProperties.type},message:"must be string,number,boolean",schema:schema16.properties.tags.additionalProperties.type,parentSchema:schema16.properties.tags.additionalProperties,data:data2};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.properties.tags.type,parentSchema:schema16.properties.tags,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.trigger_pause_status !== undefined){let data3 = data.trigger_pause_status;if(typeof data3 !== "string"){const err4 = {instancePath:instancePath+"/trigger_pause_status",schemaPath:"#/properties/trigger_pause_status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.trigger_pause_status.type,parentSchema:schema16.properties.trigger_pause_status,data:data3};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.jobs_max_concurrent_runs !== undefined){let data4 = data.jobs_max_concurrent_runs;if((!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))) && (typeof data4 !== "string")){const err5 = {instancePath:instancePath+"/jobs_max_concurrent_runs",schemaPath:"#/properties/jobs_max_concurrent_runs/type",keyword:"type",params:{type: schema16.properties.jobs_max_concurrent_runs.type},message:"must be integer,string",schema:schema16.properties.jobs_max_concurrent_runs.type,parentSchema:schema16.properties.jobs_max_concurrent_runs,data:data4};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.pipelines_development !== undefined){let data5 = data.pipelines_development;if((typeof data5 !== "boolean") && (typeof data5 !== "string")){const err6 = {instancePath:instancePath+"/pipelines_development",schemaPath:"#/properties/pipelines_development/type",keyword:"type",params:{type: schema16.properties.pipelines_development.type},message:"must be boolean,string",schema:schema16.properties.pipelines_development.type,parentSchema:schema16.properties.pipelines_development,data:data5};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.source_linked_deployment !== undefined){let data6 = data.source_linked_deployment;if((typeof data6 !== "boolean") && (typeof data6 !== "string")){const err7 = {instancePath:instancePath+"/source_linked_deployment",schemaPath:"#/properties/source_linked_deployment/type",keyword:"type",params:{type: schema16.properties.source_linked_deployment.type},message:"must be boolean,string",schema:schema16.properties.source_linked_deployment.type,parentSchema:schema16.properties.source_linked_deployment,data:data6};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.artifacts_dynamic_version !== undefined){let data7 = data.artifacts_dynamic_version;if((typeof data7 !== "boolean") && (typeof data7 !== "string")){const err8 = {instancePath:instancePath+"/artifacts_dynamic_version",schemaPath:"#/properties/artifacts_dynamic_version/type",keyword:"type",params:{type: schema16.properties.artifacts_dynamic_version.type},message:"must be boolean,string",schema:schema16.properties.artifacts_dynamic_version.type,parentSchema:schema16.properties.artifacts_dynamic_version,data:data7};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}validate46.errors = vErrors;return errors === 0;}const schema17 = {"type":"array","items":{"type":"object","x-what":"permission setting","properties":{"level":{"type":"string"},"user_name":{"type":"string"},"group_name":{"type":"string"},"service_principal_name":{"type":"string"}},"additionalProperties":false,"required":["level"]}};function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.level === undefined){const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema17.items.required,parentSchema:schema17.items,data:data0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data0){if(!((((key0 === "level") || (key0 === "user_name")) || (key0 === "group_name")) || (key0 === "service_principal_name"))){const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema17.items,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data0.level !== undefined){let data1 = data0.level;if(typeof data1 !== "string"){const err2 = {instancePath:instancePath+"/" + i0+"/level",schemaPath:"#/items/properties/level/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.items.properties.level.type,parentSchema:schema17.items.properties.level,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data0.user_name !== undefined){let data2 = data0.user_name;if(typeof data2 !== "string"){const err3 = {instancePath:instancePath+"/" + i0+"/user_name",schemaPath:"#/items/properties/user_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.items.properties.user_name.type,parentSchema:schema17.items.properties.user_name,data:data2};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data0.group_name !== undefined){let data3 = data0.group_name;if(typeof data3 !== "string"){const err4 = {instancePath:instancePath+"/" + i0+"/group_name",schemaPath:"#/items/properties/group_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.items.properties.group_name.type,parentSchema:schema17.items.properties.group_name,data:data3};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data0.service_principal_name !== undefined){let data4 = data0.service_principal_name;if(typeof data4 !== "string"){const err5 = {instancePath:instancePath+"/" + i0+"/service_principal_name",schemaPath:"#/items/properties/service_principal_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.items.properties.service_principal_name.type,parentSchema:schema17.items.properties.service_principal_name,data:data4};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.items.type,parentSchema:schema17.items,data:data0};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema17.type,parentSchema:schema17,data};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}validate48.errors = vErrors;return errors === 0;}function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="bundle-file" */;let vErrors = null;let errors = 0;if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema12.type},message:"must be object,null",schema:schema12.type,parentSchema:schema12,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.bundle !== undefined){let data0 = data.bundle;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.name !== undefined){let data1 = data0.name;if(typeof data1 === "string"){if(func4(data1) < 1){const err1 = {instancePath:instancePath+"/bundle/name",schemaPath:"#/properties/bundle/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.bundle.properties.name,data:data1};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/bundle/name",schemaPath:"#/properties/bundle/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.bundle.properties.name.type,parentSchema:schema12.properties.bundle.properties.name,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.bundle.type,parentSchema:schema12.properties.bundle,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.include !== undefined){let data2 = data.include;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){let data3 = data2[i0];if(typeof data3 !== "string"){const err4 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/properties/include/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.include.items.type,parentSchema:schema12.properties.include.items,data:data3};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.include.type,parentSchema:schema12.properties.include,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.variables !== undefined){let data4 = data.variables;if((!(data4 && typeof data4 == "object" && !Array.isArray(data4))) && (data4 !== null)){const err6 = {instancePath:instancePath+"/variables",schemaPath:"#/properties/variables/type",keyword:"type",params:{type: schema12.properties.variables.type},message:"must be object,null",schema:schema12.properties.variables.type,parentSchema:schema12.properties.variables,data:data4};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key0 in data4){let data5 = data4[key0];if((((!data5 || typeof data5 != "object") && (typeof data5 !== "string")) && (!(typeof data5 == "number"))) && (typeof data5 !== "boolean")){const err7 = {instancePath:instancePath+"/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/variables/additionalProperties/type",keyword:"type",params:{type: schema12.properties.variables.additionalProperties.type},message:"must be object,string,number,boolean,array",schema:schema12.properties.variables.additionalProperties.type,parentSchema:schema12.properties.variables.additionalProperties,data:data5};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data5 && typeof data5 == "object" && !Array.isArray(data5)){for(const key1 in data5){if(!((((key1 === "description") || (key1 === "default")) || (key1 === "type")) || (key1 === "lookup"))){const err8 = {instancePath:instancePath+"/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/variables/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.variables.additionalProperties,data:data5};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data5.description !== undefined){let data6 = data5.description;if(typeof data6 !== "string"){const err9 = {instancePath:instancePath+"/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/properties/variables/additionalProperties/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.variables.additionalProperties.properties.description.type,parentSchema:schema12.properties.variables.additionalProperties.properties.description,data:data6};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data5.type !== undefined){let data7 = data5.type;if(typeof data7 !== "string"){const err10 = {instancePath:instancePath+"/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/variables/additionalProperties/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.variables.additionalProperties.properties.type.type,parentSchema:schema12.properties.variables.additionalProperties.properties.type,data:data7};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data5.lookup !== undefined){if(!(validate37(data5.lookup, {instancePath:instancePath+"/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/lookup",parentData:data5,parentDataProperty:"lookup",rootData}))){vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);errors = vErrors.length;}}}}}}if(data.workspace !== undefined){if(!(validate39(data.workspace, {instancePath:instancePath+"/workspace",parentData:data,parentDataProperty:"workspace",rootData}))){vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);errors = vErrors.length;}}if(data.resources !== undefined){if(!(validate41(data.resources, {instancePath:instancePath+"/resources",parentData:data,parentDataProperty:"resources",rootData}))){vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);errors = vErrors.length;}}if(data.targets !== undefined){let data11 = data.targets;if((!(data11 && typeof data11 == "object" && !Array.isArray(data11))) && (data11 !== null)){const err11 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/type",keyword:"type",params:{type: schema12.properties.targets.type},message:"must be object,null",schema:schema12.properties.targets.type,parentSchema:schema12.properties.targets,data:data11};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key2 in data11){let data12 = data11[key2];if((!(data12 && typeof data12 == "object" && !Array.isArray(data12))) && (data12 !== null)){const err12 = {instancePath:instancePath+"/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/targets/additionalProperties/type",keyword:"type",params:{type: schema12.properties.targets.additionalProperties.type},message:"must be object,null",schema:schema12.properties.targets.additionalProperties.type,parentSchema:schema12.properties.targets.additionalProperties,data:data12};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data12 && typeof data12 == "object" && !Array.isArray(data12)){for(const key3 in data12){if(!(func2.call(schema12.properties.targets.additionalProperties.properties, key3))){const err13 = {instancePath:instancePath+"/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/targets/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.targets.additionalProperties,data:data12};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data12.default !== undefined){let data13 = data12.default;if(typeof data13 !== "boolean"){const err14 = {instancePath:instancePath+"/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/default",schemaPath:"#/properties/targets/additionalProperties/properties/default/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.targets.additionalProperties.properties.default.type,parentSchema:schema12.properties.targets.additionalProperties.properties.default,data:data13};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data12.mode !== undefined){let data14 = data12.mode;if(typeof data14 !== "string"){const err15 = {instancePath:instancePath+"/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/mode",schemaPath:"#/properties/targets/additionalProperties/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.targets.additionalProperties.properties.mode.type,parentSchema:schema12.properties.targets.additionalProperties.properties.mode,data:data14};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data12.workspace !== undefined){if(!(validate39(data12.workspace, {instancePath:instancePath+"/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/workspace",parentData:data12,parentDataProperty:"workspace",rootData}))){vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);errors = vErrors.length;}}if(data12.variables !== undefined){let data16 = data12.variables;if((!(data16 && typeof data16 == "object" && !Array.isArray(data16))) && (data16 !== null)){const err16 = {instancePath:instancePath+"/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/variables",schemaPath:"#/properties/targets/additionalProperties/properties/variables/type",keyword:"type",params:{type: schema12.properties.targets.additionalProperties.properties.variables.type},message:"must be object,null",schema:schema12.properties.targets.additionalProperties.properties.variables.type,parentSchema:schema12.properties.targets.additionalProperties.properties.variables,data:data16};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(data16 && typeof data16 == "object" && !Array.isArray(data16)){for(const key4 in data16){let data17 = data16[key4];if((((!data17 || typeof data17 != "object") && (typeof data17 !== "string")) && (!(typeof data17 == "number"))) && (typeof data17 !== "boolean")){const err17 = {instancePath:instancePath+"/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/variables/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/targets/additionalProperties/properties/variables/additionalProperties/type",keyword:"type",params:{type: schema12.properties.targets.additionalProperties.properties.variables.additionalProperties.type},message:"must be object,string,number,boolean,array",schema:schema12.properties.targets.additionalProperties.properties.variables.additionalProperties.type,parentSchema:schema12.properties.targets.additionalProperties.properties.variables.additionalProperties,data:data17};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}if(data17 && typeof data17 == "object" && !Array.isArray(data17)){if(data17.lookup !== undefined){if(!(validate37(data17.lookup, {instancePath:instancePath+"/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/variables/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/lookup",parentData:data17,parentDataProperty:"lookup",rootData}))){vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);errors = vErrors.length;}}}}}}if(data12.resources !== undefined){if(!(validate41(data12.resources, {instancePath:instancePath+"/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/resources",parentData:data12,parentDataProperty:"resources",rootData}))){vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);errors = vErrors.length;}}if(data12.presets !== undefined){if(!(validate46(data12.presets, {instancePath:instancePath+"/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/presets",parentData:data12,parentDataProperty:"presets",rootData}))){vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);errors = vErrors.length;}}if(data12.run_as !== undefined){let data21 = data12.run_as;if(!(data21 && typeof data21 == "object" && !Array.isArray(data21))){const err18 = {instancePath:instancePath+"/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/run_as",schemaPath:"#/properties/targets/additionalProperties/properties/run_as/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.targets.additionalProperties.properties.run_as.type,parentSchema:schema12.properties.targets.additionalProperties.properties.run_as,data:data21};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data12.permissions !== undefined){if(!(validate48(data12.permissions, {instancePath:instancePath+"/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/permissions",parentData:data12,parentDataProperty:"permissions",rootData}))){vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);errors = vErrors.length;}}if(data12.bundle !== undefined){let data23 = data12.bundle;if(!(data23 && typeof data23 == "object" && !Array.isArray(data23))){const err19 = {instancePath:instancePath+"/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/bundle",schemaPath:"#/properties/targets/additionalProperties/properties/bundle/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.targets.additionalProperties.properties.bundle.type,parentSchema:schema12.properties.targets.additionalProperties.properties.bundle,data:data23};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data12.git !== undefined){let data24 = data12.git;if(!(data24 && typeof data24 == "object" && !Array.isArray(data24))){const err20 = {instancePath:instancePath+"/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/git",schemaPath:"#/properties/targets/additionalProperties/properties/git/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.targets.additionalProperties.properties.git.type,parentSchema:schema12.properties.targets.additionalProperties.properties.git,data:data24};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data12.cluster_id !== undefined){let data25 = data12.cluster_id;if(typeof data25 !== "string"){const err21 = {instancePath:instancePath+"/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/cluster_id",schemaPath:"#/properties/targets/additionalProperties/properties/cluster_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.targets.additionalProperties.properties.cluster_id.type,parentSchema:schema12.properties.targets.additionalProperties.properties.cluster_id,data:data25};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data12.compute_id !== undefined){let data26 = data12.compute_id;if(typeof data26 !== "string"){const err22 = {instancePath:instancePath+"/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/compute_id",schemaPath:"#/properties/targets/additionalProperties/properties/compute_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.targets.additionalProperties.properties.compute_id.type,parentSchema:schema12.properties.targets.additionalProperties.properties.compute_id,data:data26};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data12.artifacts !== undefined){let data27 = data12.artifacts;if(!(data27 && typeof data27 == "object" && !Array.isArray(data27))){const err23 = {instancePath:instancePath+"/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/artifacts",schemaPath:"#/properties/targets/additionalProperties/properties/artifacts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.targets.additionalProperties.properties.artifacts.type,parentSchema:schema12.properties.targets.additionalProperties.properties.artifacts,data:data27};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data12.sync !== undefined){let data28 = data12.sync;if(!(data28 && typeof data28 == "object" && !Array.isArray(data28))){const err24 = {instancePath:instancePath+"/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/sync",schemaPath:"#/properties/targets/additionalProperties/properties/sync/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.targets.additionalProperties.properties.sync.type,parentSchema:schema12.properties.targets.additionalProperties.properties.sync,data:data28};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}}}}if(data.environments !== undefined){let data29 = data.environments;if(!(data29 && typeof data29 == "object" && !Array.isArray(data29))){const err25 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.environments.type,parentSchema:schema12.properties.environments,data:data29};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data.permissions !== undefined){if(!(validate48(data.permissions, {instancePath:instancePath+"/permissions",parentData:data,parentDataProperty:"permissions",rootData}))){vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);errors = vErrors.length;}}if(data.presets !== undefined){if(!(validate46(data.presets, {instancePath:instancePath+"/presets",parentData:data,parentDataProperty:"presets",rootData}))){vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);errors = vErrors.length;}}if(data.run_as !== undefined){let data32 = data.run_as;if(!(data32 && typeof data32 == "object" && !Array.isArray(data32))){const err26 = {instancePath:instancePath+"/run_as",schemaPath:"#/properties/run_as/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.run_as.type,parentSchema:schema12.properties.run_as,data:data32};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data.artifacts !== undefined){let data33 = data.artifacts;if(!(data33 && typeof data33 == "object" && !Array.isArray(data33))){const err27 = {instancePath:instancePath+"/artifacts",schemaPath:"#/properties/artifacts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.artifacts.type,parentSchema:schema12.properties.artifacts,data:data33};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data.sync !== undefined){let data34 = data.sync;if(!(data34 && typeof data34 == "object" && !Array.isArray(data34))){const err28 = {instancePath:instancePath+"/sync",schemaPath:"#/properties/sync/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.sync.type,parentSchema:schema12.properties.sync,data:data34};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data.experimental !== undefined){let data35 = data.experimental;if(!(data35 && typeof data35 == "object" && !Array.isArray(data35))){const err29 = {instancePath:instancePath+"/experimental",schemaPath:"#/properties/experimental/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.experimental.type,parentSchema:schema12.properties.experimental,data:data35};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data.python !== undefined){let data36 = data.python;if(!(data36 && typeof data36 == "object" && !Array.isArray(data36))){const err30 = {instancePath:instancePath+"/python",schemaPath:"#/properties/python/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.python.type,parentSchema:schema12.properties.python,data:data36};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data.scripts !== undefined){let data37 = data.scripts;if(!(data37 && typeof data37 == "object" && !Array.isArray(data37))){const err31 = {instancePath:instancePath+"/scripts",schemaPath:"#/properties/scripts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.scripts.type,parentSchema:schema12.properties.scripts,data:data37};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}validate36.errors = vErrors;return errors === 0;}


/***/ })

};
;