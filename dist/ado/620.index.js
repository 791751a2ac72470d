"use strict";
exports.id = 620;
exports.ids = [620];
exports.modules = {

/***/ 4620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadRunSpec: () => (/* binding */ loadRunSpec)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
var ajv_default = /*#__PURE__*/__webpack_require__.n(ajv);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./shared/databricks/jobs-schema.ts
var jobs_schema = __webpack_require__(6465);
;// CONCATENATED MODULE: ./shared/capabilities/run-job/schema.ts
/**
 * JSON Schema for a run spec (the `runs/submit` payload, Jobs API 2.2). It checks the shapes we
 * and the service rely on; unknown fields pass (the API grows), and enums are open where the
 * reference says so. Parameter values may be YAML scalars: they are turned into strings after.
 */

const TASK_TYPES = jobs_schema/* RUN_TASK_TYPES */.kr;
const task = {
    type: 'object',
    required: ['task_key'],
    properties: {
        task_key: jobs_schema/* taskKey */.Do,
        description: { type: 'string' },
        depends_on: { type: 'array', items: { type: 'object', ...jobs_schema/* dependsOnEntry */.v } },
        run_if: { type: 'string' },
        ...(0,jobs_schema/* codeTaskTypes */.GF)({ type: 'string', enum: ['GIT', 'WORKSPACE'] }),
        condition_task: {
            type: 'object',
            required: ['left', 'op', 'right'],
            properties: { left: jobs_schema/* scalar */.d_, op: { type: 'string' }, right: jobs_schema/* scalar */.d_ },
        },
        run_job_task: (0,jobs_schema/* runJobTask */.K0)({ type: ['integer', 'string'] }),
        ...jobs_schema/* taskCompute */.BU,
        timeout_seconds: { type: 'integer', minimum: 0 },
        max_retries: { type: 'integer', minimum: -1 },
        min_retry_interval_millis: { type: 'integer', minimum: 0 },
        retry_on_timeout: { type: 'boolean' },
        disabled: { type: 'boolean' },
    },
};
const runSpecSchema = {
    type: 'object',
    required: ['tasks'],
    properties: {
        run_name: { type: 'string' },
        tasks: { type: 'array', minItems: 1, maxItems: 1000, items: task },
        git_source: jobs_schema/* gitSource */.Ym,
        timeout_seconds: { type: 'integer', minimum: 0 },
        idempotency_token: { type: 'string', maxLength: 64 },
        environments: { type: 'array', items: { type: 'object', ...jobs_schema/* environmentEntry */.qb } },
        job_clusters: { type: 'array', items: { type: 'object', ...jobs_schema/* jobClusterEntry */.eH } },
        access_control_list: { type: 'array', items: { type: 'object' } },
        queue: { type: 'object', properties: { enabled: { type: 'boolean' } } },
        run_as: { type: 'object' },
    },
};
/** Top-level fields of runs/submit we know; anything else is probably a typo and gets a warning. */
const KNOWN_TOP_LEVEL = new Set([
    ...Object.keys(runSpecSchema.properties),
    'budget_policy_id',
    'usage_policy_id',
    'performance_target',
    'email_notifications',
    'webhook_notifications',
    'notification_settings',
    'health',
]);
const KNOWN_TASK_FIELDS = new Set([
    ...Object.keys(task.properties),
    ...TASK_TYPES,
    'email_notifications',
    'webhook_notifications',
    'notification_settings',
    'health',
    'compute',
]);

;// CONCATENATED MODULE: ./shared/capabilities/run-job/spec-file.ts
// Reading a run spec file: YAML (with line numbers) and its JSON Schema check. Loaded by import()
// only when the step is given a spec file, so that a shorthand run (notebook-path, python-file)
// does not read ajv and the schema at start (bench/cold-start.bench.ts).



let compiled;
function validator() {
    compiled ??= new (ajv_default())({ allErrors: true, strict: false }).compile(runSpecSchema);
    return compiled;
}
function segmentsOf(pointer) {
    if (!pointer)
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
function display(segments) {
    let out = '';
    for (const s of segments)
        out += typeof s === 'number' ? `[${s}]` : out ? `.${s}` : s;
    return out;
}
/**
 * Where `segments` points in the file: the key's line for a mapping entry (a block value starts on
 * the next line, the key is what people look for), the item's line in a list. Stops at the
 * deepest part that exists (a missing field points at its parent).
 */
function locate(doc, counter, segments) {
    let node = doc.contents;
    let offset = (0,dist.isNode)(node) && node.range ? node.range[0] : undefined;
    for (const seg of segments) {
        if ((0,dist.isMap)(node)) {
            const pair = node.items.find((p) => (0,dist.isScalar)(p.key) && String(p.key.value) === String(seg));
            if (!pair)
                break;
            if ((0,dist.isNode)(pair.key) && pair.key.range)
                offset = pair.key.range[0];
            node = pair.value;
        }
        else if ((0,dist.isSeq)(node) && typeof seg === 'number') {
            const item = node.items[seg];
            if (!(0,dist.isNode)(item) || !item.range)
                break;
            offset = item.range[0];
            node = item;
        }
        else
            break;
    }
    if (offset === undefined)
        return {};
    const pos = counter.linePos(offset);
    return { line: pos.line, column: pos.col };
}
function describeAjvError(e) {
    const segments = segmentsOf(e.instancePath);
    const params = e.params;
    switch (e.keyword) {
        case 'required':
            return { segments, message: `missing required field '${String(params.missingProperty)}'` };
        case 'type':
            return { segments, message: `must be ${article(String(params.type))}` };
        case 'enum':
            return {
                segments,
                message: `must be one of ${params.allowedValues.join(', ')}`,
            };
        case 'pattern':
            if (segments[segments.length - 1] === 'task_key') {
                return {
                    segments,
                    message: 'must be 1-100 letters, digits, underscores or hyphens',
                };
            }
            return { segments, message: `must match ${String(params.pattern)}` };
        default:
            return { segments, message: e.message ?? e.keyword };
    }
}
function article(type) {
    const names = type
        .split(',')
        .map((t) => t === 'object'
        ? 'a mapping'
        : t === 'array'
            ? 'a list'
            : t === 'integer'
                ? 'a whole number'
                : `a ${t}`);
    return names.join(' or ');
}
/**
 * Parses a run spec (YAML or JSON: JSON is read by the YAML parser, so both get line numbers) and
 * checks it against the schema and the rules the schema cannot say (one task type per task, known
 * dependencies, environments and job clusters).
 */
function loadRunSpec(file, text) {
    const counter = new dist.LineCounter();
    const doc = dist.parseDocument(text, { lineCounter: counter, prettyErrors: false });
    const errors = [];
    const warnings = [];
    if (doc.errors.length > 0) {
        for (const e of doc.errors) {
            const pos = counter.linePos(e.pos[0]);
            errors.push({
                file,
                line: pos.line,
                column: pos.col,
                where: '',
                message: `not valid YAML/JSON: ${e.message.split('\n')[0]}`,
            });
        }
        return { errors, warnings };
    }
    const value = doc.toJS({ maxAliasCount: 100 });
    const at = (segments, message, into = errors) => into.push({ file, ...locate(doc, counter, segments), where: display(segments), message });
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        at([], 'must be a mapping with a `tasks` list (the runs/submit payload)');
        return { errors, warnings };
    }
    const validate = validator();
    if (!validate(value)) {
        for (const e of validate.errors ?? []) {
            const d = describeAjvError(e);
            at(d.segments, d.message);
        }
    }
    const spec = value;
    for (const key of Object.keys(spec)) {
        if (!KNOWN_TOP_LEVEL.has(key))
            at([key], 'is not a runs/submit field (typo?)', warnings);
    }
    const tasks = Array.isArray(spec.tasks) ? spec.tasks : [];
    const keys = new Map();
    const envKeys = new Set((Array.isArray(spec.environments) ? spec.environments : []).map((e) => String(e?.environment_key)));
    const clusterKeys = new Set((Array.isArray(spec.job_clusters) ? spec.job_clusters : []).map((c) => String(c?.job_cluster_key)));
    tasks.forEach((t, i) => {
        if (t === null || typeof t !== 'object' || Array.isArray(t))
            return;
        const task = t;
        const key = typeof task.task_key === 'string' ? task.task_key : undefined;
        if (key !== undefined) {
            if (keys.has(key))
                at(['tasks', i, 'task_key'], `'${key}' is used by tasks[${keys.get(key)}] too`);
            else
                keys.set(key, i);
        }
        const types = TASK_TYPES.filter((type) => type in task);
        if (types.length === 0) {
            at(['tasks', i], `has no task type: add one of ${TASK_TYPES.slice(0, 4).join(', ')}, ...`);
        }
        else if (types.length > 1) {
            at(['tasks', i, types[1]], `a task has exactly one type, this one also has ${types[0]}`);
        }
        for (const field of Object.keys(task)) {
            if (!KNOWN_TASK_FIELDS.has(field))
                at(['tasks', i, field], 'is not a task field (typo?)', warnings);
        }
        if (typeof task.environment_key === 'string' && !envKeys.has(task.environment_key)) {
            at(['tasks', i, 'environment_key'], `'${task.environment_key}' is not in environments`);
        }
        if (typeof task.job_cluster_key === 'string' && !clusterKeys.has(task.job_cluster_key)) {
            at(['tasks', i, 'job_cluster_key'], `'${task.job_cluster_key}' is not in job_clusters`);
        }
    });
    tasks.forEach((t, i) => {
        const deps = t?.depends_on;
        if (!Array.isArray(deps))
            return;
        deps.forEach((d, j) => {
            const dep = d?.task_key;
            if (typeof dep === 'string' && !keys.has(dep)) {
                at(['tasks', i, 'depends_on', j, 'task_key'], `depends on '${dep}', which is not a task here`);
            }
        });
    });
    const git = spec.git_source;
    if (git && typeof git === 'object') {
        const refs = ['git_branch', 'git_tag', 'git_commit'].filter((k) => typeof git[k] === 'string' && git[k]);
        if (refs.length !== 1)
            at(['git_source'], 'needs exactly one of git_branch, git_tag and git_commit');
    }
    if (errors.length > 0)
        return { errors, warnings };
    return { spec: normalise(spec), errors, warnings };
}
/** YAML lets people write `epochs: 3`; the API wants strings in parameter maps and lists. */
function normalise(spec) {
    const str = (v) => (typeof v === 'string' ? v : String(v));
    const mapStrings = (m) => m && typeof m === 'object'
        ? Object.fromEntries(Object.entries(m).map(([k, v]) => [k, str(v)]))
        : m;
    const tasks = spec.tasks.map((task) => {
        const out = { ...task };
        const nb = task.notebook_task;
        if (nb?.base_parameters)
            out.notebook_task = { ...nb, base_parameters: mapStrings(nb.base_parameters) };
        const py = task.spark_python_task;
        if (Array.isArray(py?.parameters))
            out.spark_python_task = { ...py, parameters: py.parameters.map(str) };
        const wheel = task.python_wheel_task;
        if (wheel) {
            out.python_wheel_task = {
                ...wheel,
                ...(Array.isArray(wheel.parameters)
                    ? { parameters: wheel.parameters.map(str) }
                    : {}),
                ...(wheel.named_parameters ? { named_parameters: mapStrings(wheel.named_parameters) } : {}),
            };
        }
        return out;
    });
    return { ...spec, tasks };
}


/***/ })

};
;