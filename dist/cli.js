#!/usr/bin/env node
/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 7740:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.localCommand = localCommand;
const util_1 = __nccwpck_require__(9023);
const server_1 = __nccwpck_require__(7119);
const USAGE = 'usage: databricks-mlops local [--port 0] [--bind 127.0.0.1] [--data-dir DIR] [--token T] [--tls-cert F --tls-key F] [--faults SPEC] [--python P] [--json]';
/**
 * `databricks-mlops local`: starts the local workspace, prints where it listens once it accepts
 * connections, and runs until SIGINT or SIGTERM. Returns the exit code.
 */
async function localCommand(argv, io) {
    let values;
    try {
        ({ values } = (0, util_1.parseArgs)({
            args: argv,
            strict: true,
            allowPositionals: false,
            options: {
                port: { type: 'string' },
                bind: { type: 'string' },
                'data-dir': { type: 'string' },
                token: { type: 'string' },
                'tls-cert': { type: 'string' },
                'tls-key': { type: 'string' },
                faults: { type: 'string' },
                python: { type: 'string' },
                'client-id': { type: 'string' },
                'client-secret': { type: 'string' },
                json: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
            },
        }));
    }
    catch (e) {
        io.stderr.write(`error: ${e.message.split('\n')[0]} (${USAGE.replace('usage: ', '')})\n`);
        return 2;
    }
    if (values.help) {
        io.stdout.write(`${USAGE}\n`);
        return 0;
    }
    const fail = (message) => {
        io.stderr.write(`error: ${message}\n`);
        return 2;
    };
    const options = {};
    if (values.port !== undefined) {
        const port = String(values.port);
        if (!/^\d+$/.test(port) || Number(port) > 65535)
            return fail(`--port must be a number from 0 to 65535, got '${port}'.`);
        options.port = Number(port);
    }
    if (values.bind !== undefined)
        options.bind = String(values.bind);
    if (values['data-dir'] !== undefined)
        options.dataDir = String(values['data-dir']);
    if (values.token !== undefined) {
        if (String(values.token).trim() === '')
            return fail('--token must not be empty.');
        options.token = String(values.token);
    }
    if ((values['tls-cert'] === undefined) !== (values['tls-key'] === undefined))
        return fail('--tls-cert and --tls-key go together: give both.');
    if (values['tls-cert'] !== undefined) {
        options.tlsCert = String(values['tls-cert']);
        options.tlsKey = String(values['tls-key']);
    }
    if (values.faults !== undefined) {
        const { parseFaultSpec, FaultSpecError } = await Promise.resolve().then(() => __importStar(__nccwpck_require__(7553)));
        try {
            parseFaultSpec(String(values.faults));
        }
        catch (e) {
            if (e instanceof FaultSpecError)
                return fail(`--faults: ${e.message}`);
            throw e;
        }
        options.faults = String(values.faults);
    }
    if (values.python !== undefined)
        options.python = String(values.python);
    if (values['client-id'] !== undefined)
        options.clientId = String(values['client-id']);
    if (values['client-secret'] !== undefined)
        options.clientSecret = String(values['client-secret']);
    let ws;
    try {
        ws = await (0, server_1.startLocalWorkspace)(options);
    }
    catch (e) {
        const err = e;
        if (err.code === 'EADDRINUSE')
            return fail(`port ${options.port} is already in use; pick another with --port (0 picks a free one).`);
        if (err.code === 'EACCES')
            return fail(`not allowed to listen on port ${options.port} (ports below 1024 need root).`);
        if (err.code === 'ENOENT')
            return fail(`cannot read ${err.path ?? 'a file'}: it does not exist.`);
        return fail(err.message);
    }
    if (values.json) {
        io.stdout.write(`${JSON.stringify({ host: ws.host, token: ws.token, client_id: ws.clientId, client_secret: ws.clientSecret })}\n`);
    }
    else {
        io.stdout.write(`DATABRICKS_HOST=${ws.host}\nDATABRICKS_TOKEN=${ws.token}\n`);
    }
    const workspace = ws;
    return new Promise((resolve) => {
        const stop = (signal) => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            if (!values.json)
                io.stderr.write(`local workspace: ${signal}, stopping\n`);
            void workspace.close().then(() => resolve(0), (e) => {
                io.stderr.write(`error: while stopping: ${e.message}\n`);
                resolve(1);
            });
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
    });
}


/***/ }),

/***/ 7553:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

/**
 * Fault injection: a compact rule language so that client retry paths can be tested end to end.
 *
 *   SPEC   := RULE { ';' RULE }            (newlines separate rules too)
 *   RULE   := [METHOD] PATH ACTION {OPTION}
 *   METHOD := GET | POST | PUT | PATCH | DELETE | *          (default: any)
 *   PATH   := glob ('*' = within one segment, '**' = anything) | '~' REGEX (whole path)
 *   ACTION := 429 | 500 | 502 | 503 | 504 | reset | drop | delay=MS
 *   OPTION := first=N | every=N | prob=P | seed=S | retry-after=S
 *
 * Without first/every/prob a rule fires on every matching request. Each rule counts its own matches.
 * The first rule that matches and fires decides; `delay` then lets the request go on normally.
 * `reset` destroys the connection before the request is handled; `drop` handles it (the side
 * effect happens) and then resets the connection instead of answering: a lost response.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FaultInjector = exports.FaultSpecError = void 0;
exports.parseFaultSpec = parseFaultSpec;
class FaultSpecError extends Error {
}
exports.FaultSpecError = FaultSpecError;
const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', '*']);
function globToRegExp(glob) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*') {
            if (glob[i + 1] === '*') {
                re += '.*';
                i++;
            }
            else {
                re += '[^/]*';
            }
        }
        else {
            re += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
        }
    }
    return new RegExp(`^${re}$`);
}
/** mulberry32: small, seedable, good enough for "fail about 10% of the time, reproducibly". */
function seeded(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
function positiveInt(rule, key, value) {
    if (!/^\d+$/.test(value) || Number(value) < 1) {
        throw new FaultSpecError(`Fault rule '${rule}': ${key} must be a whole number of at least 1, got '${value}'.`);
    }
    return Number(value);
}
function parseRule(text) {
    const tokens = text.split(/\s+/).filter(Boolean);
    let method = '*';
    if (tokens.length >= 2 && METHODS.has(tokens[0].toUpperCase()) && /^[/~*]/.test(tokens[1])) {
        method = tokens.shift().toUpperCase();
    }
    const path = tokens.shift();
    if (!path || !/^[/~*]/.test(path)) {
        throw new FaultSpecError(`Fault rule '${text}': expected [METHOD] PATH ACTION, e.g. 'POST /api/*/jobs/runs/submit 429 first=2'.`);
    }
    let pattern;
    try {
        pattern = path.startsWith('~') ? new RegExp(`^(?:${path.slice(1)})$`) : globToRegExp(path);
    }
    catch (e) {
        throw new FaultSpecError(`Fault rule '${text}': invalid regular expression: ${e.message}`);
    }
    const actionToken = tokens.shift();
    let action;
    if (!actionToken)
        throw new FaultSpecError(`Fault rule '${text}': missing action (429, 500, 502, 503, 504, reset, drop or delay=MS).`);
    if (/^(429|500|502|503|504)$/.test(actionToken)) {
        action = { kind: 'status', status: Number(actionToken) };
    }
    else if (actionToken === 'reset' || actionToken === 'drop') {
        action = { kind: actionToken };
    }
    else if (actionToken.startsWith('delay=')) {
        const ms = actionToken.slice('delay='.length);
        if (!/^\d+$/.test(ms))
            throw new FaultSpecError(`Fault rule '${text}': delay must be milliseconds, got '${ms}'.`);
        action = { kind: 'delay', ms: Number(ms) };
    }
    else {
        throw new FaultSpecError(`Fault rule '${text}': unknown action '${actionToken}' (use 429, 500, 502, 503, 504, reset, drop or delay=MS).`);
    }
    const rule = { text, method, pattern, action, seed: 1, matched: 0, fired: 0, random: Math.random };
    for (const option of tokens) {
        const eq = option.indexOf('=');
        const key = eq > 0 ? option.slice(0, eq) : option;
        const value = eq > 0 ? option.slice(eq + 1) : '';
        switch (key) {
            case 'first':
                rule.first = positiveInt(text, key, value);
                break;
            case 'every':
                rule.every = positiveInt(text, key, value);
                break;
            case 'prob': {
                const p = Number(value);
                if (value === '' || !(p >= 0 && p <= 1))
                    throw new FaultSpecError(`Fault rule '${text}': prob must be between 0 and 1, got '${value}'.`);
                rule.prob = p;
                break;
            }
            case 'seed':
                if (!/^\d+$/.test(value))
                    throw new FaultSpecError(`Fault rule '${text}': seed must be a whole number, got '${value}'.`);
                rule.seed = Number(value);
                break;
            case 'retry-after':
                if (!/^\d+$/.test(value))
                    throw new FaultSpecError(`Fault rule '${text}': retry-after must be whole seconds, got '${value}'.`);
                rule.retryAfter = Number(value);
                break;
            default:
                throw new FaultSpecError(`Fault rule '${text}': unknown option '${option}' (use first=N, every=N, prob=P, seed=S, retry-after=S).`);
        }
    }
    const triggers = [rule.first, rule.every, rule.prob].filter((v) => v !== undefined).length;
    if (triggers > 1)
        throw new FaultSpecError(`Fault rule '${text}': use only one of first=, every= and prob=.`);
    rule.random = seeded(rule.seed);
    return rule;
}
function parseFaultSpec(spec) {
    return spec
        .split(/[;\n]/)
        .map((s) => s.trim())
        .filter((s) => s && !s.startsWith('#'))
        .map(parseRule);
}
class FaultInjector {
    rules = [];
    set(spec, append = false) {
        const parsed = parseFaultSpec(spec);
        this.rules = append ? [...this.rules, ...parsed] : parsed;
    }
    clear() {
        this.rules = [];
    }
    /** Counts the request against every matching rule and returns the first that fires. */
    pick(method, path) {
        let chosen;
        for (const rule of this.rules) {
            if (rule.method !== '*' && rule.method !== method)
                continue;
            if (!rule.pattern.test(path))
                continue;
            rule.matched++;
            const n = rule.matched;
            let fires;
            if (rule.first !== undefined)
                fires = n <= rule.first;
            else if (rule.every !== undefined)
                fires = n % rule.every === 0;
            else if (rule.prob !== undefined)
                fires = rule.random() < rule.prob;
            else
                fires = true;
            if (fires && !chosen) {
                rule.fired++;
                chosen = rule;
            }
        }
        return chosen;
    }
    describe() {
        return this.rules.map((r) => ({ rule: r.text, matched: r.matched, fired: r.fired }));
    }
}
exports.FaultInjector = FaultInjector;


/***/ }),

/***/ 4150:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

/** Who the local workspace says you are. One user owns the PAT; OAuth tokens act as their client. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.WORKSPACE_ID = exports.LOCAL_USER_ID = exports.LOCAL_USER = void 0;
exports.meResponse = meResponse;
exports.LOCAL_USER = 'local-user@example.com';
exports.LOCAL_USER_ID = '1000000000000001';
/** The workspace id shown in run page URLs (`?o=`) and in the `x-databricks-org-id` header. */
exports.WORKSPACE_ID = '1000000000000000';
function meResponse(id) {
    const schemas = id.servicePrincipal
        ? ['urn:ietf:params:scim:schemas:core:2.0:ServicePrincipal']
        : ['urn:ietf:params:scim:schemas:core:2.0:User', 'urn:ietf:params:scim:schemas:extension:workspace:2.0:User'];
    const out = {
        schemas,
        id: exports.LOCAL_USER_ID,
        userName: id.userName,
        displayName: id.servicePrincipal ? id.userName : 'Local User',
        active: true,
        groups: [{ display: 'admins', type: 'direct', value: '1000000000000002', $ref: 'Groups/1000000000000002' }],
    };
    if (id.servicePrincipal)
        out.applicationId = id.userName;
    else
        out.emails = [{ value: id.userName, type: 'work', primary: true }];
    return out;
}


/***/ }),

/***/ 2088:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RUNNABLE_TYPES = exports.TASK_TYPES = exports.TERMINAL = void 0;
exports.isObject = isObject;
exports.bad = bad;
exports.parseId = parseId;
exports.taskType = taskType;
exports.validateTasks = validateTasks;
exports.dependsOn = dependsOn;
exports.encodePageToken = encodePageToken;
exports.decodePageToken = decodePageToken;
exports.flag = flag;
const types_1 = __nccwpck_require__(3927);
exports.TERMINAL = new Set(['TERMINATED', 'SKIPPED', 'INTERNAL_ERROR']);
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function bad(message, code = 'INVALID_PARAMETER_VALUE') {
    return new types_1.ApiError(400, code, message);
}
/** An int64 id from JSON (number or bigint), a query string, or a JSON string. */
function parseId(v, field) {
    if (typeof v === 'bigint')
        return v.toString();
    if (typeof v === 'number' && Number.isInteger(v))
        return String(v);
    if (typeof v === 'string' && /^\d+$/.test(v.trim()))
        return BigInt(v.trim()).toString();
    if (v === undefined || v === null || v === '')
        throw bad(`Missing required field: ${field}`);
    throw bad(`Invalid value for ${field}: expected an integer, got ${JSON.stringify(String(v))}.`);
}
exports.TASK_TYPES = [
    'notebook_task',
    'spark_python_task',
    'condition_task',
    'run_job_task',
    'python_wheel_task',
    'spark_jar_task',
    'spark_submit_task',
    'sql_task',
    'dbt_task',
    'pipeline_task',
    'for_each_task',
    'clean_rooms_notebook_task',
    'dashboard_task',
    'power_bi_task',
    'gen_ai_compute_task',
];
exports.RUNNABLE_TYPES = new Set(['notebook_task', 'spark_python_task', 'condition_task', 'run_job_task']);
const RUN_IF = new Set(['ALL_SUCCESS', 'AT_LEAST_ONE_SUCCESS', 'NONE_FAILED', 'ALL_DONE', 'AT_LEAST_ONE_FAILED', 'ALL_FAILED']);
const CONDITION_OPS = new Set(['EQUAL_TO', 'GREATER_THAN', 'GREATER_THAN_OR_EQUAL', 'LESS_THAN', 'LESS_THAN_OR_EQUAL', 'NOT_EQUAL']);
function taskType(task) {
    return exports.TASK_TYPES.find((t) => isObject(task[t]));
}
/** The checks the service makes when a job or a one-time run is submitted. */
function validateTasks(tasks, required) {
    if (tasks === undefined || tasks === null) {
        if (required)
            throw bad('At least one task is required.');
        return [];
    }
    if (!Array.isArray(tasks))
        throw bad('Invalid value for tasks: expected an array.');
    if (required && tasks.length === 0)
        throw bad('At least one task is required.');
    if (tasks.length > 1000)
        throw bad(`A job can have at most 1000 tasks, got ${tasks.length}.`);
    const keys = new Set();
    for (const t of tasks) {
        if (!isObject(t))
            throw bad('Invalid value for tasks: every task must be an object.');
        const key = t.task_key;
        if (typeof key !== 'string' || key === '')
            throw bad('Missing required field: task_key');
        if (!/^[\w-]{1,100}$/.test(key))
            throw bad(`Invalid task_key '${key}': use letters, digits, '_' and '-' (at most 100 characters).`);
        if (keys.has(key))
            throw bad(`Task key '${key}' is used more than once.`);
        keys.add(key);
        if (!taskType(t))
            throw bad(`Task ${key} has no task type: set one of ${exports.TASK_TYPES.slice(0, 9).join(', ')}, ...`);
        if (t.run_if !== undefined && !RUN_IF.has(String(t.run_if)))
            throw bad(`Task ${key}: invalid run_if '${String(t.run_if)}'.`);
        if (t.timeout_seconds !== undefined && !(typeof t.timeout_seconds === 'number' && t.timeout_seconds >= 0)) {
            throw bad(`Task ${key}: timeout_seconds must be a non-negative integer.`);
        }
        const nb = t.notebook_task;
        if (isObject(nb) && typeof nb.notebook_path !== 'string')
            throw bad(`Task ${key}: missing required field notebook_task.notebook_path.`);
        const py = t.spark_python_task;
        if (isObject(py) && typeof py.python_file !== 'string')
            throw bad(`Task ${key}: missing required field spark_python_task.python_file.`);
        const cond = t.condition_task;
        if (isObject(cond)) {
            if (!CONDITION_OPS.has(String(cond.op)))
                throw bad(`Task ${key}: invalid condition_task.op '${String(cond.op)}'.`);
            if (cond.left === undefined || cond.right === undefined)
                throw bad(`Task ${key}: condition_task needs left and right.`);
        }
        const rj = t.run_job_task;
        if (isObject(rj))
            parseId(rj.job_id, `tasks.${key}.run_job_task.job_id`);
    }
    for (const t of tasks) {
        const deps = t.depends_on;
        if (deps === undefined)
            continue;
        if (!Array.isArray(deps))
            throw bad(`Task ${String(t.task_key)}: depends_on must be an array.`);
        for (const d of deps) {
            if (!isObject(d) || typeof d.task_key !== 'string')
                throw bad(`Task ${String(t.task_key)}: every depends_on entry needs a task_key.`);
            if (!keys.has(d.task_key))
                throw bad(`Task ${String(t.task_key)} depends on ${d.task_key}, which is not a task of this job.`);
            if (d.task_key === t.task_key)
                throw bad(`Task ${d.task_key} depends on itself.`);
        }
    }
    // Cycles
    const byKey = new Map(tasks.map((t) => [String(t.task_key), t]));
    const state = new Map();
    const visit = (k, trail) => {
        if (state.get(k) === 2)
            return;
        if (state.get(k) === 1)
            throw bad(`The task dependencies form a cycle: ${[...trail, k].join(' -> ')}.`);
        state.set(k, 1);
        for (const d of dependsOn(byKey.get(k)))
            visit(d.task_key, [...trail, k]);
        state.set(k, 2);
    };
    for (const k of byKey.keys())
        visit(k, []);
    return tasks;
}
function dependsOn(task) {
    return Array.isArray(task.depends_on) ? task.depends_on : [];
}
function encodePageToken(offset) {
    return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}
function decodePageToken(token) {
    if (!token)
        return 0;
    try {
        const o = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')).o;
        if (typeof o === 'number' && Number.isInteger(o) && o >= 0)
            return o;
    }
    catch {
        // fall through
    }
    throw bad(`Invalid page_token '${token}'.`);
}
/** `?flag=true` or a JSON `true`. */
function flag(v) {
    return v === true || v === 'true';
}


/***/ }),

/***/ 1688:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.JobsService = void 0;
exports.registerJobs = registerJobs;
const fs = __importStar(__nccwpck_require__(9896));
const path = __importStar(__nccwpck_require__(6928));
const types_1 = __nccwpck_require__(3927);
const runner_1 = __nccwpck_require__(9342);
const identity_1 = __nccwpck_require__(4150);
const jobs_model_1 = __nccwpck_require__(2088);
const task_exec_1 = __nccwpck_require__(1075);
const PAGE = 100;
const FAILED_MESSAGE = 'Workload failed, see run output for details';
const OK_TERMINATION = { code: 'SUCCESS', type: 'SUCCESS', message: '' };
function notExists(kind, id) {
    return new types_1.ApiError(400, 'INVALID_PARAMETER_VALUE', `${kind} ${id} does not exist.`);
}
function args(req) {
    const fromQuery = Object.fromEntries(req.query.entries());
    return (0, jobs_model_1.isObject)(req.body) ? { ...fromQuery, ...req.body } : fromQuery;
}
function paramString(v) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    return JSON.stringify(v);
}
function stringMap(v, field) {
    if (v === undefined || v === null)
        return {};
    if (!(0, jobs_model_1.isObject)(v))
        throw (0, jobs_model_1.bad)(`Invalid value for ${field}: expected an object of strings.`);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, paramString(x)]));
}
function compare(left, op, right) {
    const numeric = left.trim() !== '' && right.trim() !== '' && !isNaN(Number(left)) && !isNaN(Number(right));
    const [l, r] = numeric ? [Number(left), Number(right)] : [left, right];
    switch (op) {
        case 'EQUAL_TO':
            return l === r;
        case 'NOT_EQUAL':
            return l !== r;
        case 'GREATER_THAN':
            return l > r;
        case 'GREATER_THAN_OR_EQUAL':
            return l >= r;
        case 'LESS_THAN':
            return l < r;
        case 'LESS_THAN_OR_EQUAL':
            return l <= r;
    }
    return false;
}
/** `--name value` and `--name=value` pairs, so that `dbutils.widgets.get` works in Python file tasks too. */
function widgetsFromArgv(argv) {
    const out = {};
    for (let i = 0; i < argv.length; i++) {
        const m = /^--?([\w.-]+)(?:=(.*))?$/s.exec(argv[i]);
        if (!m)
            continue;
        if (m[2] !== undefined)
            out[m[1]] = m[2];
        else if (i + 1 < argv.length && !argv[i + 1].startsWith('-'))
            out[m[1]] = argv[++i];
    }
    return out;
}
class JobsService {
    ctx;
    deps;
    jobs = new Map();
    runs = new Map();
    taskIndex = new Map();
    tokens = new Map();
    active = new Map();
    waiters = new Map();
    version = 0;
    savedVersion = 0;
    stopped = false;
    constructor(ctx, deps) {
        this.ctx = ctx;
        this.deps = deps;
    }
    // ---- persistence -------------------------------------------------------------------------
    save() {
        this.savedVersion = this.version;
        return { jobs: [...this.jobs.values()], runs: [...this.runs.values()] };
    }
    load(saved) {
        if (!(0, jobs_model_1.isObject)(saved))
            return;
        for (const j of saved.jobs ?? [])
            this.jobs.set(String(j.jobId), { ...j, jobId: String(j.jobId) });
        for (const r of saved.runs ?? []) {
            const run = { ...r, runId: String(r.runId), jobId: String(r.jobId), tasks: r.tasks.map((t) => ({ ...t, runId: String(t.runId) })) };
            this.index(run);
        }
    }
    /** Runs that were in flight when the workspace last stopped (or crashed) end as INTERNAL_ERROR. */
    afterLoad() {
        for (const run of this.runs.values()) {
            if (jobs_model_1.TERMINAL.has(run.life))
                continue;
            this.abandon(run, `The local workspace stopped while this run was ${run.life}; it was ended when the workspace restarted.`);
        }
    }
    changed() {
        return this.version !== this.savedVersion;
    }
    touch() {
        this.version++;
    }
    index(run) {
        this.runs.set(run.runId, run);
        for (const t of run.tasks)
            this.taskIndex.set(t.runId, { run, task: t });
        if (run.idempotencyToken)
            this.tokens.set(run.idempotencyToken, run.runId);
    }
    abandon(run, message) {
        const now = this.ctx.now();
        for (const t of run.tasks) {
            if (jobs_model_1.TERMINAL.has(t.life))
                continue;
            Object.assign(t, { life: 'INTERNAL_ERROR', result: 'FAILED', stateMessage: message, endTime: now });
            t.termination = { code: 'INTERNAL_ERROR', type: 'INTERNAL_ERROR', message };
        }
        Object.assign(run, { life: 'INTERNAL_ERROR', result: 'FAILED', stateMessage: message, endTime: now });
        run.termination = { code: 'INTERNAL_ERROR', type: 'INTERNAL_ERROR', message };
        this.touch();
    }
    async shutdown() {
        this.stopped = true;
        const pending = [];
        for (const [runId, a] of this.active) {
            const run = this.runs.get(runId);
            if (a.timer)
                clearTimeout(a.timer);
            for (const t of a.taskTimers.values())
                clearTimeout(t);
            for (const p of a.procs.values()) {
                p.stop(200);
                pending.push(p.done);
            }
            const was = run.life;
            this.abandon(run, `The local workspace was stopped while this run was ${was}.`);
        }
        for (const run of this.runs.values()) {
            if (run.life === 'QUEUED')
                this.abandon(run, 'The local workspace was stopped while this run was QUEUED.');
        }
        await Promise.all(pending);
        for (const a of this.active.values())
            fs.rmSync(a.dir, { recursive: true, force: true });
        this.active.clear();
    }
    rawLogs(runId) {
        const found = this.taskIndex.get(runId);
        if (!found)
            throw notExists('Run', runId);
        return { logs: found.task.output.logs ?? '', logs_truncated: found.task.output.logsTruncated ?? false };
    }
    // ---- creating runs -----------------------------------------------------------------------
    queueEnabled(settings, override) {
        if ((0, jobs_model_1.isObject)(override) && typeof override.enabled === 'boolean')
            return override.enabled;
        return (0, jobs_model_1.isObject)(settings.queue) && settings.queue.enabled === true;
    }
    createRun(init) {
        let tasks = (Array.isArray(init.settings.tasks) ? init.settings.tasks : []);
        if (init.only && init.only.length)
            tasks = this.selectOnly(tasks, init.only);
        const keys = new Set(tasks.map((t) => String(t.task_key)));
        const now = this.ctx.now();
        const runId = this.ctx.nextId().toString();
        const run = {
            runId,
            jobId: init.jobId,
            runName: init.runName,
            runType: init.runType,
            trigger: init.trigger,
            creator: init.creator,
            settings: init.settings,
            jobParameters: init.jobParameters,
            overriding: init.overriding,
            tasks: tasks.map((spec) => {
                // Dependencies on tasks left out by `only` are dropped, as the service does.
                const deps = (0, jobs_model_1.dependsOn)(spec).filter((d) => keys.has(d.task_key));
                const s = { ...spec, ...(deps.length ? { depends_on: deps } : {}) };
                if (!deps.length)
                    delete s.depends_on;
                return {
                    runId: this.ctx.nextId().toString(),
                    taskKey: String(spec.task_key),
                    spec: s,
                    life: 'PENDING',
                    stateMessage: '',
                    startTime: 0,
                    endTime: 0,
                    output: {},
                };
            }),
            life: 'PENDING',
            stateMessage: '',
            startTime: now,
            endTime: 0,
            idempotencyToken: init.idempotencyToken,
            taskValues: {},
            parentTaskRunId: init.parentTaskRunId,
        };
        this.index(run);
        this.touch();
        if (init.runType === 'JOB_RUN') {
            const max = typeof init.settings.max_concurrent_runs === 'number' ? init.settings.max_concurrent_runs : 1;
            const activeCount = [...this.runs.values()].filter((r) => r.jobId === run.jobId && r !== run && !jobs_model_1.TERMINAL.has(r.life) && r.life !== 'QUEUED').length;
            const queuedBefore = [...this.runs.values()].some((r) => r.jobId === run.jobId && r.life === 'QUEUED');
            if (activeCount >= max || queuedBefore) {
                if (this.queueEnabled(init.settings, init.queueOverride) && max > 0) {
                    run.life = 'QUEUED';
                    run.queueReason = `Queued due to reaching maximum concurrent runs of ${max}.`;
                    run.stateMessage = run.queueReason;
                    for (const t of run.tasks)
                        t.life = 'QUEUED';
                    return run;
                }
                this.skipRun(run, `Skipping this run because the limit of ${max} maximum concurrent runs has been reached.`);
                return run;
            }
        }
        this.startRun(run);
        return run;
    }
    selectOnly(tasks, only) {
        const byKey = new Map(tasks.map((t) => [String(t.task_key), t]));
        const chosen = new Set();
        const up = (k) => {
            if (chosen.has(k))
                return;
            chosen.add(k);
            for (const d of (0, jobs_model_1.dependsOn)(byKey.get(k)))
                up(d.task_key);
        };
        const down = (k) => {
            chosen.add(k);
            for (const t of tasks)
                if ((0, jobs_model_1.dependsOn)(t).some((d) => d.task_key === k) && !chosen.has(String(t.task_key)))
                    down(String(t.task_key));
        };
        for (const raw of only) {
            const key = raw.replace(/^\+/, '').replace(/\+$/, '');
            if (!byKey.has(key))
                throw (0, jobs_model_1.bad)(`Task key ${key} in 'only' is not a task of this job.`);
            if (raw.startsWith('+'))
                up(key);
            if (raw.endsWith('+'))
                down(key);
            chosen.add(key);
        }
        return tasks.filter((t) => chosen.has(String(t.task_key)));
    }
    skipRun(run, message) {
        const now = this.ctx.now();
        Object.assign(run, { life: 'SKIPPED', result: 'MAXIMUM_CONCURRENT_RUNS_REACHED', stateMessage: message, endTime: now });
        run.termination = { code: 'MAX_CONCURRENT_RUNS_EXCEEDED', type: 'CLIENT_ERROR', message };
        for (const t of run.tasks)
            Object.assign(t, { life: 'SKIPPED', stateMessage: message, endTime: now });
        this.touch();
        this.notify(run);
    }
    startRun(run) {
        if (this.stopped)
            return;
        const now = this.ctx.now();
        if (run.life === 'QUEUED')
            run.queuedUntil = now;
        run.life = 'PENDING';
        run.stateMessage = '';
        run.queueReason = undefined;
        for (const t of run.tasks) {
            t.life = (0, jobs_model_1.dependsOn)(t.spec).length ? 'BLOCKED' : 'PENDING';
            t.stateMessage = (0, jobs_model_1.dependsOn)(t.spec).length ? 'Waiting for upstream tasks' : '';
        }
        const a = {
            dir: path.join(this.deps.scratchDir, 'runs', run.runId),
            ready: false,
            started: new Set(),
            procs: new Map(),
            taskTimers: new Map(),
            timedOutTasks: new Set(),
            finishing: false,
        };
        this.active.set(run.runId, a);
        const timeout = Number(run.settings.timeout_seconds ?? 0);
        if (timeout > 0) {
            a.timer = setTimeout(() => this.stop(run, 'timeout'), timeout * 1000);
            a.timer.unref();
        }
        this.touch();
        void this.setup(run, a);
    }
    async setup(run, a) {
        try {
            const setupMs = this.ctx.options.runSetupMs ?? 0;
            await new Promise((r) => setTimeout(r, setupMs));
            if (run.stopping || this.stopped)
                return this.pump(run);
            fs.mkdirSync(a.dir, { recursive: true });
            const sources = new Set(run.tasks.map((t) => (0, task_exec_1.taskSource)(t.spec, run.settings)).filter(Boolean));
            if (sources.has('GIT'))
                await (0, task_exec_1.checkoutGit)(run.settings.git_source, path.join(a.dir, 'git'));
            if (sources.has('WORKSPACE'))
                this.deps.workspace.materialise(path.join(a.dir, 'ws'));
        }
        catch (e) {
            if (this.stopped)
                return;
            const code = e instanceof task_exec_1.SetupError ? e.code : 'INTERNAL_ERROR';
            const message = e.message;
            const now = this.ctx.now();
            for (const t of run.tasks) {
                Object.assign(t, { life: 'INTERNAL_ERROR', result: 'FAILED', stateMessage: message, endTime: now });
                t.termination = { code, type: 'CLIENT_ERROR', message };
            }
            this.finishRun(run, a, { life: 'INTERNAL_ERROR', result: 'FAILED', message, termination: { code, type: 'CLIENT_ERROR', message } });
            return;
        }
        if (this.stopped)
            return;
        a.ready = true;
        run.life = 'RUNNING';
        run.stateMessage = 'In run';
        this.touch();
        this.pump(run);
    }
    // ---- scheduling --------------------------------------------------------------------------
    /** Starts every task whose upstream is done, settles skipped ones, and ends the run when all are done. */
    pump(run) {
        const a = this.active.get(run.runId);
        if (!a || a.finishing || this.stopped)
            return;
        const now = this.ctx.now();
        let progressed = true;
        while (progressed) {
            progressed = false;
            for (const t of run.tasks) {
                if (jobs_model_1.TERMINAL.has(t.life) || a.started.has(t.runId))
                    continue;
                if (run.stopping) {
                    const message = run.stopping === 'user' ? 'Run cancelled by user' : 'Run timed out';
                    this.settleTask(run, t, 'CANCELED', message, { code: run.stopping === 'user' ? 'USER_CANCELED' : 'CANCELED', type: 'SUCCESS', message }, true);
                    progressed = true;
                    continue;
                }
                if (!a.ready)
                    continue;
                const verdict = this.dependencyVerdict(run, t);
                if (verdict === 'wait')
                    continue;
                progressed = true;
                if (verdict !== 'run') {
                    const message = verdict === 'EXCLUDED'
                        ? 'The task was excluded because its run_if condition or its condition task outcome was not met.'
                        : verdict === 'UPSTREAM_FAILED'
                            ? 'Upstream task(s) failed.'
                            : 'Upstream task(s) were canceled.';
                    this.settleTask(run, t, verdict, message, { code: 'SKIPPED', type: verdict === 'EXCLUDED' ? 'SUCCESS' : 'CLIENT_ERROR', message });
                    continue;
                }
                a.started.add(t.runId);
                t.startTime = now;
                this.startTask(run, a, t);
            }
        }
        if (run.tasks.every((t) => jobs_model_1.TERMINAL.has(t.life)) && a.procs.size === 0 && (a.ready || run.stopping))
            this.finishRun(run, a);
    }
    dependencyVerdict(run, t) {
        const deps = (0, jobs_model_1.dependsOn)(t.spec);
        if (!deps.length)
            return 'run';
        const byKey = new Map(run.tasks.map((x) => [x.taskKey, x]));
        let success = 0;
        let failed = 0;
        let canceled = 0;
        for (const d of deps) {
            const up = byKey.get(d.task_key);
            if (!up || !jobs_model_1.TERMINAL.has(up.life))
                return 'wait';
            if (d.outcome !== undefined && up.conditionOutcome !== undefined) {
                // A condition branch that was not taken neither succeeds nor fails: it excludes.
                if (up.conditionOutcome === String(d.outcome))
                    success++;
                continue;
            }
            const r = up.result ?? '';
            if (r === 'SUCCESS' || r === 'SUCCESS_WITH_FAILURES')
                success++;
            else if (r === 'EXCLUDED')
                continue;
            else if (r === 'CANCELED' || r === 'UPSTREAM_CANCELED')
                canceled++;
            else
                failed++;
        }
        const runIf = String(t.spec.run_if ?? 'ALL_SUCCESS');
        const notMet = failed ? 'UPSTREAM_FAILED' : canceled ? 'UPSTREAM_CANCELED' : 'EXCLUDED';
        switch (runIf) {
            case 'ALL_SUCCESS':
                return success === deps.length ? 'run' : notMet;
            case 'AT_LEAST_ONE_SUCCESS':
                return success > 0 ? 'run' : notMet;
            case 'NONE_FAILED':
                return failed === 0 && canceled === 0 && success > 0 ? 'run' : notMet;
            case 'ALL_DONE':
                return 'run';
            case 'AT_LEAST_ONE_FAILED':
                return failed > 0 ? 'run' : 'EXCLUDED';
            case 'ALL_FAILED':
                return failed === deps.length ? 'run' : 'EXCLUDED';
        }
        return 'run';
    }
    settleTask(_run, t, result, message, termination, userStopped = false) {
        const now = this.ctx.now();
        t.life = 'TERMINATED';
        t.result = result;
        t.stateMessage = message;
        t.termination = termination;
        if (userStopped || result === 'TIMEDOUT' || result === 'CANCELED')
            t.userCancelledOrTimedout = true;
        if (!t.startTime)
            t.startTime = now;
        t.endTime = now;
        this.touch();
    }
    /** Resolves `{{job.parameters.x}}`, `{{tasks.K.values.V}}`, `{{job.run_id}}` and friends. */
    resolve(text, run, t) {
        return text.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, ref) => {
            const parts = ref.split('.');
            const param = (name) => run.jobParameters?.find((p) => p.name === name)?.value;
            if (parts[0] === 'job') {
                if (ref === 'job.id')
                    return run.jobId;
                if (ref === 'job.run_id')
                    return run.runId;
                if (ref === 'job.name')
                    return String(run.settings.name ?? run.runName);
                if (ref === 'job.repair_count')
                    return '0';
                if (ref === 'job.trigger.type')
                    return run.trigger === 'ONE_TIME' ? 'one_time' : run.trigger.toLowerCase();
                if (ref === 'job.start_time.timestamp_ms')
                    return String(run.startTime);
                if (ref === 'job.start_time.iso_datetime')
                    return new Date(run.startTime).toISOString().replace(/\.\d+Z$/, '');
                if (ref === 'job.start_time.iso_date')
                    return new Date(run.startTime).toISOString().slice(0, 10);
                if (parts[1] === 'parameters' && parts.length >= 3)
                    return param(parts.slice(2).join('.')) ?? whole;
            }
            if (parts[0] === 'task' && t) {
                if (ref === 'task.name')
                    return t.taskKey;
                if (ref === 'task.run_id')
                    return t.runId;
            }
            if (parts[0] === 'tasks' && parts.length >= 3) {
                const up = run.tasks.find((x) => x.taskKey === parts[1]);
                if (!up)
                    return whole;
                if (parts[2] === 'run_id')
                    return up.runId;
                if (parts[2] === 'result_state')
                    return (up.result ?? '').toLowerCase();
                if (parts[2] === 'values' && parts.length >= 4) {
                    const v = run.taskValues[up.taskKey]?.[parts.slice(3).join('.')];
                    return v === undefined ? whole : typeof v === 'string' ? v : JSON.stringify(v);
                }
            }
            if (ref === 'run_id')
                return t?.runId ?? run.runId;
            if (ref === 'parent_run_id')
                return run.runId;
            if (ref === 'job_id')
                return run.jobId;
            if (ref === 'task_key' && t)
                return t.taskKey;
            if (ref === 'start_date')
                return new Date(run.startTime).toISOString().slice(0, 10);
            if (ref === 'start_time')
                return String(run.startTime);
            return whole;
        });
    }
    startTask(run, a, t) {
        const type = (0, jobs_model_1.taskType)(t.spec) ?? '';
        t.life = 'RUNNING';
        t.stateMessage = 'In run';
        t.execStart = this.ctx.now();
        this.touch();
        const fail = (code, message) => {
            const now = this.ctx.now();
            Object.assign(t, { life: 'INTERNAL_ERROR', result: 'FAILED', stateMessage: message, endTime: now });
            t.termination = { code, type: 'CLIENT_ERROR', message };
            t.output.error = message;
            this.touch();
            setImmediate(() => this.pump(run));
        };
        if (!jobs_model_1.RUNNABLE_TYPES.has(type)) {
            return fail('FEATURE_DISABLED', `Task type ${type} is not supported by the local workspace (it runs notebook, spark_python, condition and run_job tasks).`);
        }
        if (type === 'condition_task') {
            const c = t.spec.condition_task;
            const left = this.resolve(paramString(c.left), run, t);
            const right = this.resolve(paramString(c.right), run, t);
            t.resolvedCondition = { left, right };
            t.conditionOutcome = compare(left, String(c.op), right) ? 'true' : 'false';
            this.settleTask(run, t, 'SUCCESS', '', OK_TERMINATION);
            setImmediate(() => this.pump(run));
            return;
        }
        if (type === 'run_job_task') {
            const rj = t.spec.run_job_task;
            const jobId = (0, jobs_model_1.parseId)(rj.job_id, 'run_job_task.job_id');
            const job = this.jobs.get(jobId);
            if (!job)
                return fail('RESOURCE_NOT_FOUND', `Job ${jobId} does not exist.`);
            const params = Object.fromEntries(Object.entries(stringMap(rj.job_parameters, 'job_parameters')).map(([k, v]) => [k, this.resolve(v, run, t)]));
            const child = this.runJob(job, { jobParameters: params, trigger: 'RUN_JOB_TASK', creator: run.creator, parentTaskRunId: t.runId });
            t.childRunId = child.runId;
            t.output.runJobRunId = child.runId;
            a.started.add(t.runId);
            const placeholder = { stop: () => this.stop(child, 'user'), done: new Promise(() => undefined) };
            a.procs.set(t.runId, placeholder);
            this.onFinished(child, (done) => {
                a.procs.delete(t.runId);
                if (jobs_model_1.TERMINAL.has(t.life))
                    return;
                const result = done.result === 'SUCCESS' || done.result === 'SUCCESS_WITH_FAILURES' ? 'SUCCESS' : (done.result ?? 'FAILED');
                if (result === 'SUCCESS')
                    this.settleTask(run, t, 'SUCCESS', '', OK_TERMINATION);
                else {
                    const message = `Run ${done.runId} of job ${done.jobId} ended with ${done.result ?? done.life}: ${done.stateMessage}`;
                    t.output.error = message;
                    this.settleTask(run, t, result === 'CANCELED' && run.stopping ? 'CANCELED' : result === 'TIMEDOUT' ? 'TIMEDOUT' : 'FAILED', FAILED_MESSAGE, {
                        code: 'RUN_EXECUTION_ERROR',
                        type: 'CLIENT_ERROR',
                        message,
                    });
                }
                this.pump(run);
            });
            return;
        }
        let file;
        try {
            file = (0, task_exec_1.resolveTaskFile)(t.spec, run.settings, { ws: path.join(a.dir, 'ws'), git: path.join(a.dir, 'git') });
        }
        catch (e) {
            return fail(e instanceof task_exec_1.SetupError ? e.code : 'INTERNAL_ERROR', e.message);
        }
        const jobParams = Object.fromEntries((run.jobParameters ?? []).map((p) => [p.name, p.value]));
        let widgets;
        let argv = [];
        if (type === 'notebook_task') {
            const nb = t.spec.notebook_task;
            const base = stringMap(nb.base_parameters, 'base_parameters');
            const overrides = stringMap(run.overriding?.notebook_params, 'notebook_params');
            widgets = Object.fromEntries(Object.entries({ ...base, ...overrides }).map(([k, v]) => [k, this.resolve(v, run, t)]));
            Object.assign(widgets, jobParams);
        }
        else {
            const py = t.spec.spark_python_task;
            const override = run.overriding?.python_params;
            const list = Array.isArray(override) ? override : Array.isArray(py.parameters) ? py.parameters : [];
            argv = list.map((x) => this.resolve(paramString(x), run, t));
            widgets = { ...widgetsFromArgv(argv), ...jobParams };
        }
        const taskDir = path.join(a.dir, 'tasks', t.runId);
        const outputFile = path.join(taskDir, 'output.json');
        const valuesDir = path.join(a.dir, 'task_values');
        const log = new runner_1.TailBuffer();
        let proc;
        try {
            proc = (0, task_exec_1.launch)({
                kind: file.kind,
                file: file.file,
                argv,
                widgets,
                sys_path: file.sourceRoots,
                task_key: t.taskKey,
                task_run_id: t.runId,
                run_id: run.runId,
                job_id: run.jobId,
                task_values_dir: valuesDir,
                output_file: outputFile,
                workspace_root: file.workspaceRoot,
            }, taskDir, { python: this.ctx.options.python ?? 'python3', shimDir: this.deps.shimDir, host: this.ctx.host(), token: this.deps.token }, log);
        }
        catch (e) {
            return fail('INTERNAL_ERROR', e.message);
        }
        a.procs.set(t.runId, proc);
        const taskTimeout = Number(t.spec.timeout_seconds ?? 0);
        if (taskTimeout > 0) {
            const timer = setTimeout(() => {
                a.timedOutTasks.add(t.runId);
                proc.stop(this.ctx.options.killGraceMs ?? 2000);
            }, taskTimeout * 1000);
            timer.unref();
            a.taskTimers.set(t.runId, timer);
        }
        void proc.done.then((exit) => {
            a.procs.delete(t.runId);
            const timer = a.taskTimers.get(t.runId);
            if (timer)
                clearTimeout(timer);
            if (this.stopped || jobs_model_1.TERMINAL.has(t.life))
                return;
            t.life = 'TERMINATING';
            const out = (0, task_exec_1.readLauncherOutput)(outputFile);
            t.output.logs = log.text();
            t.output.logsTruncated = log.truncated;
            if (out.notebook_result !== undefined)
                Object.assign(t.output, (0, task_exec_1.truncateResult)(out.notebook_result));
            const values = (0, task_exec_1.readTaskValues)(valuesDir, t.taskKey);
            if (values)
                run.taskValues[t.taskKey] = values;
            if (a.timedOutTasks.has(t.runId) || run.stopping === 'timeout') {
                const message = a.timedOutTasks.has(t.runId) ? `Task ${t.taskKey} timed out after ${taskTimeout} seconds.` : 'Run timed out';
                this.settleTask(run, t, 'TIMEDOUT', message, { code: 'CANCELED', type: 'CLIENT_ERROR', message });
            }
            else if (run.stopping === 'user' || t.result === 'CANCELED') {
                this.settleTask(run, t, 'CANCELED', 'Run cancelled by user', { code: 'USER_CANCELED', type: 'SUCCESS', message: 'Run cancelled by user' });
            }
            else if (!exit.spawnError && exit.code === 0 && !out.error) {
                this.settleTask(run, t, 'SUCCESS', '', OK_TERMINATION);
            }
            else {
                const error = exit.spawnError ?? out.error ?? (exit.signal ? `The Python process was killed by ${exit.signal}.` : `The Python process exited with code ${exit.code}.`);
                t.output.error = error;
                if (out.error_trace)
                    t.output.errorTrace = out.error_trace;
                this.settleTask(run, t, 'FAILED', FAILED_MESSAGE, { code: 'RUN_EXECUTION_ERROR', type: 'CLIENT_ERROR', message: error });
            }
            this.pump(run);
        });
    }
    // ---- stopping and finishing --------------------------------------------------------------
    stop(run, why) {
        if (jobs_model_1.TERMINAL.has(run.life))
            return;
        if (run.life === 'QUEUED') {
            const message = why === 'user' ? 'Run cancelled by user' : 'Run timed out';
            run.stopping = why;
            for (const t of run.tasks)
                Object.assign(t, { life: 'TERMINATED', result: 'CANCELED', stateMessage: message, endTime: this.ctx.now() });
            this.finishRun(run, undefined);
            return;
        }
        if (run.stopping)
            return;
        run.stopping = why;
        run.stateMessage = why === 'user' ? 'Cancelling' : 'Timed out, cancelling';
        this.touch();
        const a = this.active.get(run.runId);
        if (!a)
            return;
        for (const p of a.procs.values())
            p.stop(this.ctx.options.killGraceMs ?? 2000);
        this.pump(run);
    }
    finishRun(run, a, forced) {
        if (a) {
            if (a.finishing)
                return;
            a.finishing = true;
            if (a.timer)
                clearTimeout(a.timer);
        }
        run.life = 'TERMINATING';
        this.touch();
        const done = () => {
            const now = this.ctx.now();
            const outcome = forced ?? this.outcome(run);
            run.life = outcome.life;
            run.result = outcome.result;
            run.stateMessage = outcome.message;
            run.termination = outcome.termination;
            run.userCancelledOrTimedout = run.stopping !== undefined;
            run.endTime = now;
            this.active.delete(run.runId);
            this.touch();
            this.notify(run);
            this.dequeue(run.jobId);
        };
        if (!a)
            return done();
        void fs.promises.rm(a.dir, { recursive: true, force: true }).catch(() => undefined).then(() => {
            if (!this.stopped)
                done();
        });
    }
    outcome(run) {
        if (run.stopping === 'user') {
            return { life: 'TERMINATED', result: 'CANCELED', message: 'Run cancelled by user', termination: { code: 'USER_CANCELED', type: 'SUCCESS', message: 'Run cancelled by user' } };
        }
        if (run.stopping === 'timeout') {
            const message = `Run timed out after ${Number(run.settings.timeout_seconds ?? 0)} seconds.`;
            return { life: 'TERMINATED', result: 'TIMEDOUT', message, termination: { code: 'CANCELED', type: 'CLIENT_ERROR', message } };
        }
        const good = (t) => t.result === 'SUCCESS' || t.result === 'EXCLUDED';
        if (run.tasks.every(good))
            return { life: 'TERMINATED', result: 'SUCCESS', message: '', termination: OK_TERMINATION };
        const upstream = new Set(run.tasks.flatMap((t) => (0, jobs_model_1.dependsOn)(t.spec).map((d) => d.task_key)));
        const leaves = run.tasks.filter((t) => !upstream.has(t.taskKey));
        const failedTask = run.tasks.find((t) => !good(t) && !t.result?.startsWith('UPSTREAM_')) ?? run.tasks.find((t) => !good(t));
        const why = failedTask.output.error ?? failedTask.stateMessage;
        const message = `Task ${failedTask.taskKey} failed with message: ${why}`;
        if (leaves.every(good)) {
            return { life: 'TERMINATED', result: 'SUCCESS_WITH_FAILURES', message: '', termination: { code: 'SUCCESS_WITH_FAILURES', type: 'SUCCESS', message } };
        }
        const termination = failedTask.termination && failedTask.termination.code !== 'RUN_EXECUTION_ERROR' ? { ...failedTask.termination, message } : { code: 'RUN_EXECUTION_ERROR', type: 'CLIENT_ERROR', message };
        return { life: 'TERMINATED', result: 'FAILED', message: FAILED_MESSAGE, termination };
    }
    onFinished(run, cb) {
        if (jobs_model_1.TERMINAL.has(run.life))
            return cb(run);
        const list = this.waiters.get(run.runId) ?? [];
        list.push(cb);
        this.waiters.set(run.runId, list);
    }
    notify(run) {
        const list = this.waiters.get(run.runId);
        this.waiters.delete(run.runId);
        for (const cb of list ?? [])
            cb(run);
    }
    dequeue(jobId) {
        const job = this.jobs.get(jobId);
        if (!job)
            return;
        const max = typeof job.settings.max_concurrent_runs === 'number' ? job.settings.max_concurrent_runs : 1;
        const runs = [...this.runs.values()].filter((r) => r.jobId === jobId);
        let activeCount = runs.filter((r) => !jobs_model_1.TERMINAL.has(r.life) && r.life !== 'QUEUED').length;
        for (const r of runs.filter((x) => x.life === 'QUEUED').sort((x, y) => x.startTime - y.startTime)) {
            if (activeCount >= max)
                break;
            this.startRun(r);
            activeCount++;
        }
    }
    // ---- jobs --------------------------------------------------------------------------------
    normaliseSettings(raw, apiVersion) {
        if (!(0, jobs_model_1.isObject)(raw))
            throw (0, jobs_model_1.bad)('Invalid value for settings: expected an object.');
        const settings = { ...raw };
        delete settings.access_control_list;
        (0, jobs_model_1.validateTasks)(settings.tasks, false);
        (0, task_exec_1.validateGitSource)(settings.git_source, settings.tasks ?? []);
        if (settings.parameters !== undefined) {
            if (!Array.isArray(settings.parameters))
                throw (0, jobs_model_1.bad)('Invalid value for parameters: expected an array.');
            for (const p of settings.parameters) {
                if (!(0, jobs_model_1.isObject)(p) || typeof p.name !== 'string' || p.default === undefined)
                    throw (0, jobs_model_1.bad)('Every job parameter needs a name and a default.');
            }
        }
        const mcr = settings.max_concurrent_runs;
        if (mcr !== undefined && !(typeof mcr === 'number' && Number.isInteger(mcr) && mcr >= 0 && mcr <= 1000)) {
            throw (0, jobs_model_1.bad)('max_concurrent_runs must be an integer between 0 and 1000.');
        }
        settings.name ??= 'Untitled';
        settings.max_concurrent_runs ??= 1;
        settings.timeout_seconds ??= 0;
        settings.email_notifications ??= {};
        settings.webhook_notifications ??= {};
        settings.format ??= 'MULTI_TASK';
        // Jobs created or reset through 2.2 queue by default; 2.1 ones do not.
        if (settings.queue === undefined && apiVersion === '2.2')
            settings.queue = { enabled: true };
        return settings;
    }
    runJob(job, opts) {
        const declared = (Array.isArray(job.settings.parameters) ? job.settings.parameters : []);
        const given = opts.jobParameters ?? {};
        for (const k of Object.keys(given)) {
            if (!declared.some((p) => p.name === k))
                throw (0, jobs_model_1.bad)(`Job ${job.jobId} has no parameter named '${k}'.`);
        }
        const jobParameters = declared.map((p) => ({ name: p.name, default: paramString(p.default), value: given[p.name] ?? paramString(p.default) }));
        const run = this.createRun({
            jobId: job.jobId,
            runName: String(job.settings.name ?? 'Untitled'),
            runType: 'JOB_RUN',
            trigger: opts.trigger,
            settings: structuredClone(job.settings),
            creator: opts.creator,
            jobParameters,
            overriding: opts.overriding,
            only: opts.only,
            idempotencyToken: opts.idempotencyToken,
            parentTaskRunId: opts.parentTaskRunId,
            queueOverride: opts.queueOverride,
        });
        // Parameter defaults may reference the run itself ({{job.run_id}}).
        for (const p of run.jobParameters ?? [])
            p.value = this.resolve(p.value, run);
        return run;
    }
    // ---- rendering ---------------------------------------------------------------------------
    runPageUrl(jobId, runId) {
        return `${this.ctx.host()}/?o=${identity_1.WORKSPACE_ID}#job/${jobId}/run/${runId}`;
    }
    stateOf(life, result, message, userStopped, queueReason) {
        const state = { life_cycle_state: life, state_message: message, user_cancelled_or_timedout: userStopped ?? false };
        if (result && jobs_model_1.TERMINAL.has(life))
            state.result_state = result;
        if (queueReason)
            state.queue_reason = queueReason;
        return state;
    }
    statusOf(life, termination, queueReason) {
        const map = { SKIPPED: 'TERMINATED', INTERNAL_ERROR: 'TERMINATED', WAITING_FOR_RETRY: 'WAITING' };
        const status = { state: map[life] ?? life };
        if (jobs_model_1.TERMINAL.has(life) && termination)
            status.termination_details = termination;
        if (life === 'QUEUED' && queueReason)
            status.queue_details = { code: 'ACTIVE_RUNS_LIMIT_REACHED', message: queueReason };
        return status;
    }
    renderTask(run, t) {
        const now = this.ctx.now();
        const end = t.endTime || 0;
        const exec = t.execStart ? (end || now) - t.execStart : 0;
        const out = {
            ...t.spec,
            run_id: BigInt(t.runId),
            task_key: t.taskKey,
            state: this.stateOf(t.life, t.result, t.stateMessage, t.userCancelledOrTimedout),
            status: this.statusOf(t.life, t.termination),
            run_page_url: this.runPageUrl(run.jobId, t.runId),
            start_time: t.startTime,
            end_time: end,
            setup_duration: t.execStart && t.startTime ? t.execStart - t.startTime : 0,
            execution_duration: jobs_model_1.TERMINAL.has(t.life) ? exec : 0,
            cleanup_duration: 0,
            run_duration: t.startTime ? (end || now) - t.startTime : 0,
            attempt_number: 0,
        };
        if ((0, jobs_model_1.isObject)(t.spec.condition_task)) {
            out.condition_task = { ...t.spec.condition_task, ...(t.resolvedCondition ?? {}), ...(t.conditionOutcome ? { outcome: t.conditionOutcome } : {}) };
        }
        if ((0, jobs_model_1.isObject)(t.spec.run_job_task) && t.childRunId)
            out.run_job_task = { ...t.spec.run_job_task };
        return out;
    }
    renderRun(run, apiVersion, pageToken, withTasks = true) {
        const now = this.ctx.now();
        const queueEnd = run.queuedUntil ?? (run.life === 'QUEUED' ? now : run.startTime);
        const out = {
            job_id: BigInt(run.jobId),
            run_id: BigInt(run.runId),
            number_in_job: BigInt(run.runId),
            original_attempt_run_id: BigInt(run.runId),
            attempt_number: 0,
            creator_user_name: run.creator,
            run_name: run.runName,
            run_type: run.runType,
            trigger: run.trigger,
            format: 'MULTI_TASK',
            run_page_url: this.runPageUrl(run.jobId, run.runId),
            state: this.stateOf(run.life, run.result, run.stateMessage, run.userCancelledOrTimedout, run.queueReason),
            status: this.statusOf(run.life, run.termination, run.queueReason),
            start_time: run.startTime,
            end_time: run.endTime,
            setup_duration: 0,
            execution_duration: 0,
            cleanup_duration: 0,
            run_duration: (run.endTime || now) - run.startTime,
            queue_duration: Math.max(0, queueEnd - run.startTime),
        };
        if ((0, jobs_model_1.isObject)(run.settings.git_source))
            out.git_source = run.settings.git_source;
        if (Array.isArray(run.settings.job_clusters))
            out.job_clusters = run.settings.job_clusters;
        if (run.settings.description !== undefined)
            out.description = run.settings.description;
        if (run.overriding && Object.keys(run.overriding).length)
            out.overriding_parameters = run.overriding;
        if (run.jobParameters?.length)
            out.job_parameters = run.jobParameters;
        if (!withTasks)
            return out;
        let tasks = run.tasks;
        if (apiVersion === '2.2') {
            const offset = (0, jobs_model_1.decodePageToken)(pageToken);
            tasks = run.tasks.slice(offset, offset + PAGE);
            if (offset > 0) {
                for (const k of ['job_clusters', 'job_parameters'])
                    if (k in out)
                        out[k] = [];
            }
            if (offset + PAGE < run.tasks.length) {
                out.has_more = true;
                out.next_page_token = (0, jobs_model_1.encodePageToken)(offset + PAGE);
            }
            if (offset > 0)
                out.prev_page_token = (0, jobs_model_1.encodePageToken)(Math.max(0, offset - PAGE));
        }
        out.tasks = tasks.map((t) => this.renderTask(run, t));
        return out;
    }
    /** `runs/get` with a task's run id answers with that task run. */
    renderTaskAsRun(run, t) {
        const task = this.renderTask(run, t);
        return {
            ...task,
            job_id: BigInt(run.jobId),
            parent_run_id: BigInt(run.runId),
            number_in_job: BigInt(t.runId),
            original_attempt_run_id: BigInt(t.runId),
            creator_user_name: run.creator,
            run_name: t.taskKey,
            run_type: run.runType === 'JOB_RUN' ? 'JOB_RUN' : 'SUBMIT_RUN',
            trigger: run.trigger,
            format: 'SINGLE_TASK',
            tasks: [task],
        };
    }
    renderJob(job, apiVersion, pageToken, full = true) {
        const settings = { ...job.settings };
        const out = { job_id: BigInt(job.jobId), creator_user_name: job.creator, run_as_user_name: job.creator, created_time: job.createdTime, settings };
        if (!full) {
            delete settings.tasks;
            delete settings.job_clusters;
            return out;
        }
        if (apiVersion === '2.2') {
            const offset = (0, jobs_model_1.decodePageToken)(pageToken);
            let more = false;
            for (const k of ['tasks', 'job_clusters', 'parameters', 'environments']) {
                const arr = settings[k];
                if (!Array.isArray(arr))
                    continue;
                settings[k] = arr.slice(offset, offset + PAGE);
                if (offset + PAGE < arr.length)
                    more = true;
            }
            if (more) {
                out.has_more = true;
                out.next_page_token = (0, jobs_model_1.encodePageToken)(offset + PAGE);
            }
        }
        return out;
    }
    findRun(id) {
        const run = this.runs.get(id);
        if (!run || run.deleted)
            throw notExists('Run', id);
        return run;
    }
    findJob(id) {
        const job = this.jobs.get(id);
        if (!job)
            throw notExists('Job', id);
        return job;
    }
    taskRun(id) {
        const found = this.taskIndex.get(id);
        return found && !found.run.deleted ? found : undefined;
    }
    deleteRun(run) {
        if (!jobs_model_1.TERMINAL.has(run.life))
            throw (0, jobs_model_1.bad)(`Run ${run.runId} is still active; cancel it before deleting it.`, 'INVALID_STATE');
        run.deleted = true;
        this.runs.delete(run.runId);
        for (const t of run.tasks)
            this.taskIndex.delete(t.runId);
        this.touch();
    }
    tokenRun(token) {
        const id = this.tokens.get(token);
        if (!id)
            return undefined;
        return this.runs.get(id) ?? 'deleted';
    }
    touchJobs() {
        this.touch();
    }
}
exports.JobsService = JobsService;
function checkToken(token) {
    if (token === undefined || token === null || token === '')
        return undefined;
    if (typeof token !== 'string' || token.length > 64)
        throw (0, jobs_model_1.bad)('idempotency_token must be a string of at most 64 characters.');
    return token;
}
function registerJobs(ctx, deps) {
    const svc = new JobsService(ctx, deps);
    ctx.persist('jobs', () => svc.save(), (saved) => svc.load(saved));
    const ok = (body = {}) => ({ status: 200, body });
    const me = (req) => req.user ?? identity_1.LOCAL_USER;
    const existingByToken = (token) => {
        if (!token)
            return undefined;
        const found = svc.tokenRun(token);
        if (found === 'deleted')
            throw (0, jobs_model_1.bad)(`The run with idempotency token ${token} was deleted; use a new token.`, 'INVALID_STATE');
        return found ? ok({ run_id: BigInt(found.runId), number_in_job: BigInt(found.runId) }) : undefined;
    };
    for (const v of ['2.1', '2.2']) {
        const base = `/api/${v}/jobs`;
        ctx.router.add('POST', `${base}/runs/submit`, (req) => {
            const body = args(req);
            const token = checkToken(body.idempotency_token);
            const again = existingByToken(token);
            if (again)
                return ok({ run_id: again.body.run_id });
            const tasks = (0, jobs_model_1.validateTasks)(body.tasks, true);
            (0, task_exec_1.validateGitSource)(body.git_source, tasks);
            const settings = { ...body };
            delete settings.access_control_list;
            delete settings.idempotency_token;
            const run = svc.createRun({
                jobId: ctx.nextId().toString(),
                runName: typeof body.run_name === 'string' && body.run_name ? body.run_name : 'Untitled',
                runType: 'SUBMIT_RUN',
                trigger: 'ONE_TIME',
                settings,
                creator: me(req),
                idempotencyToken: token,
            });
            return ok({ run_id: BigInt(run.runId) });
        });
        ctx.router.add('POST', `${base}/run-now`, (req) => {
            const body = args(req);
            const job = svc.findJob((0, jobs_model_1.parseId)(body.job_id, 'job_id'));
            const token = checkToken(body.idempotency_token);
            const again = existingByToken(token);
            if (again)
                return again;
            const overriding = {};
            for (const k of ['notebook_params', 'python_params', 'jar_params', 'python_named_params', 'sql_params', 'spark_submit_params', 'dbt_commands', 'pipeline_params']) {
                if (body[k] !== undefined)
                    overriding[k] = body[k];
            }
            if (overriding.python_params !== undefined && !Array.isArray(overriding.python_params))
                throw (0, jobs_model_1.bad)('python_params must be an array of strings.');
            const only = body.only;
            if (only !== undefined && !(Array.isArray(only) && only.every((x) => typeof x === 'string')))
                throw (0, jobs_model_1.bad)('only must be an array of task keys.');
            const jobParameters = stringMap(body.job_parameters, 'job_parameters');
            if (Object.keys(jobParameters).length)
                overriding.job_parameters = jobParameters;
            const run = svc.runJob(job, {
                jobParameters,
                trigger: 'ONE_TIME',
                creator: me(req),
                overriding,
                only: only,
                idempotencyToken: token,
                queueOverride: body.queue,
            });
            return ok({ run_id: BigInt(run.runId), number_in_job: BigInt(run.runId) });
        });
        ctx.router.add('GET', `${base}/runs/get`, (req) => {
            const a = args(req);
            const id = (0, jobs_model_1.parseId)(a.run_id, 'run_id');
            const task = svc.taskRun(id);
            if (task)
                return ok(svc.renderTaskAsRun(task.run, task.task));
            return ok(svc.renderRun(svc.findRun(id), v, typeof a.page_token === 'string' ? a.page_token : undefined));
        });
        ctx.router.add('GET', `${base}/runs/get-output`, (req) => {
            const id = (0, jobs_model_1.parseId)(args(req).run_id, 'run_id');
            const found = svc.taskRun(id);
            if (!found) {
                svc.findRun(id);
                throw (0, jobs_model_1.bad)('Retrieving the output of runs with multiple tasks is not supported. Please retrieve the output of each individual task run instead.');
            }
            const { run, task } = found;
            const out = { metadata: svc.renderTaskAsRun(run, task) };
            if (task.output.notebookResult !== undefined)
                out.notebook_output = { result: task.output.notebookResult, truncated: task.output.notebookTruncated ?? false };
            // The service returns logs for Python file tasks only, never for notebooks.
            if ((0, jobs_model_1.isObject)(task.spec.spark_python_task) && task.output.logs !== undefined) {
                out.logs = task.output.logs;
                out.logs_truncated = task.output.logsTruncated ?? false;
            }
            if (task.output.error !== undefined)
                out.error = task.output.error;
            if (task.output.errorTrace !== undefined)
                out.error_trace = task.output.errorTrace;
            if (task.output.runJobRunId)
                out.run_job_output = { run_id: BigInt(task.output.runJobRunId) };
            return ok(out);
        });
        ctx.router.add('POST', `${base}/runs/cancel`, (req) => {
            const id = (0, jobs_model_1.parseId)(args(req).run_id, 'run_id');
            const found = svc.taskRun(id);
            svc.stop(found ? found.run : svc.findRun(id), 'user');
            return ok();
        });
        ctx.router.add('POST', `${base}/runs/cancel-all`, (req) => {
            const body = args(req);
            const jobId = (0, jobs_model_1.parseId)(body.job_id, 'job_id');
            svc.findJob(jobId);
            for (const r of [...svc.runs.values()])
                if (r.jobId === jobId)
                    svc.stop(r, 'user');
            return ok();
        });
        ctx.router.add('POST', `${base}/runs/delete`, (req) => {
            svc.deleteRun(svc.findRun((0, jobs_model_1.parseId)(args(req).run_id, 'run_id')));
            return ok();
        });
        ctx.router.add('GET', `${base}/runs/list`, (req) => {
            const a = args(req);
            const limit = a.limit === undefined ? 20 : Number(a.limit);
            if (!Number.isInteger(limit) || limit < 0 || limit > 25)
                throw (0, jobs_model_1.bad)(`Invalid limit ${String(a.limit)}: use 1 to 25.`);
            if ((0, jobs_model_1.flag)(a.active_only) && (0, jobs_model_1.flag)(a.completed_only))
                throw (0, jobs_model_1.bad)('active_only and completed_only cannot both be true.');
            const jobId = a.job_id !== undefined ? (0, jobs_model_1.parseId)(a.job_id, 'job_id') : undefined;
            const from = a.start_time_from !== undefined ? Number(a.start_time_from) : undefined;
            const to = a.start_time_to !== undefined ? Number(a.start_time_to) : undefined;
            const runs = [...svc.runs.values()]
                .filter((r) => (jobId ? r.jobId === jobId : true))
                .filter((r) => ((0, jobs_model_1.flag)(a.active_only) ? !jobs_model_1.TERMINAL.has(r.life) : true))
                .filter((r) => ((0, jobs_model_1.flag)(a.completed_only) ? jobs_model_1.TERMINAL.has(r.life) : true))
                .filter((r) => (a.run_type ? r.runType === a.run_type : true))
                .filter((r) => (from !== undefined ? r.startTime >= from : true))
                .filter((r) => (to !== undefined ? r.startTime <= to : true))
                .sort((x, y) => y.startTime - x.startTime || (BigInt(y.runId) > BigInt(x.runId) ? 1 : -1));
            const offset = a.page_token ? (0, jobs_model_1.decodePageToken)(String(a.page_token)) : Number(a.offset ?? 0);
            const size = limit || 20;
            const page = runs.slice(offset, offset + size);
            const out = { has_more: offset + size < runs.length };
            if (page.length) {
                out.runs = page.map((r) => {
                    const x = svc.renderRun(r, '2.1', undefined, (0, jobs_model_1.flag)(a.expand_tasks));
                    if (v === '2.2' && (0, jobs_model_1.flag)(a.expand_tasks)) {
                        x.has_more = r.tasks.length > PAGE;
                        x.tasks = x.tasks.slice(0, PAGE);
                    }
                    return x;
                });
            }
            if (out.has_more)
                out.next_page_token = (0, jobs_model_1.encodePageToken)(offset + size);
            if (offset > 0)
                out.prev_page_token = (0, jobs_model_1.encodePageToken)(Math.max(0, offset - size));
            return ok(out);
        });
        ctx.router.add('POST', `${base}/create`, (req) => {
            const settings = svc.normaliseSettings(args(req), v);
            const job = { jobId: ctx.nextId().toString(), createdTime: ctx.now(), creator: me(req), settings };
            svc.jobs.set(job.jobId, job);
            svc.touchJobs();
            return ok({ job_id: BigInt(job.jobId) });
        });
        ctx.router.add('GET', `${base}/get`, (req) => {
            const a = args(req);
            const job = svc.findJob((0, jobs_model_1.parseId)(a.job_id, 'job_id'));
            return ok(svc.renderJob(job, v, typeof a.page_token === 'string' ? a.page_token : undefined));
        });
        ctx.router.add('GET', `${base}/list`, (req) => {
            const a = args(req);
            const limit = a.limit === undefined ? 20 : Number(a.limit);
            if (!Number.isInteger(limit) || limit < 1 || limit > 100)
                throw (0, jobs_model_1.bad)(`Invalid limit ${String(a.limit)}: use 1 to 100.`);
            const name = typeof a.name === 'string' && a.name !== '' ? a.name.toLowerCase() : undefined;
            const jobs = [...svc.jobs.values()]
                .filter((j) => (name ? String(j.settings.name ?? '').toLowerCase() === name : true))
                .sort((x, y) => x.createdTime - y.createdTime || (BigInt(x.jobId) > BigInt(y.jobId) ? 1 : -1));
            const offset = a.page_token ? (0, jobs_model_1.decodePageToken)(String(a.page_token)) : Number(a.offset ?? 0);
            const page = jobs.slice(offset, offset + limit);
            const expand = (0, jobs_model_1.flag)(a.expand_tasks);
            const out = { has_more: offset + limit < jobs.length };
            if (page.length) {
                out.jobs = page.map((j) => {
                    const x = svc.renderJob(j, '2.1', undefined, expand);
                    if (expand && v === '2.2') {
                        const s = x.settings;
                        const tasks = Array.isArray(s.tasks) ? s.tasks : [];
                        x.has_more = tasks.length > PAGE;
                        s.tasks = tasks.slice(0, PAGE);
                    }
                    return x;
                });
            }
            if (out.has_more)
                out.next_page_token = (0, jobs_model_1.encodePageToken)(offset + limit);
            if (offset > 0)
                out.prev_page_token = (0, jobs_model_1.encodePageToken)(Math.max(0, offset - limit));
            return ok(out);
        });
        ctx.router.add('POST', `${base}/reset`, (req) => {
            const body = args(req);
            const job = svc.findJob((0, jobs_model_1.parseId)(body.job_id, 'job_id'));
            if (!(0, jobs_model_1.isObject)(body.new_settings))
                throw (0, jobs_model_1.bad)('Missing required field: new_settings');
            job.settings = svc.normaliseSettings(body.new_settings, v);
            svc.touchJobs();
            return ok();
        });
        ctx.router.add('POST', `${base}/update`, (req) => {
            const body = args(req);
            const job = svc.findJob((0, jobs_model_1.parseId)(body.job_id, 'job_id'));
            const merged = structuredClone(job.settings);
            const keyed = { tasks: 'task_key', job_clusters: 'job_cluster_key', environments: 'environment_key', parameters: 'name' };
            if (body.new_settings !== undefined && !(0, jobs_model_1.isObject)(body.new_settings))
                throw (0, jobs_model_1.bad)('new_settings must be an object.');
            for (const [k, val] of Object.entries(body.new_settings ?? {})) {
                const key = keyed[k];
                if (key && Array.isArray(val) && Array.isArray(merged[k])) {
                    const list = [...merged[k]];
                    for (const item of val) {
                        const i = list.findIndex((x) => x[key] === item[key]);
                        if (i >= 0)
                            list[i] = item;
                        else
                            list.push(item);
                    }
                    merged[k] = list;
                }
                else
                    merged[k] = val;
            }
            for (const field of (Array.isArray(body.fields_to_remove) ? body.fields_to_remove : [])) {
                const [top, item] = field.split('/', 2);
                if (item !== undefined && keyed[top] && Array.isArray(merged[top]))
                    merged[top] = merged[top].filter((x) => x[keyed[top]] !== item);
                else
                    delete merged[top];
            }
            job.settings = svc.normaliseSettings(merged, '2.1');
            svc.touchJobs();
            return ok();
        });
        ctx.router.add('POST', `${base}/delete`, (req) => {
            const id = (0, jobs_model_1.parseId)(args(req).job_id, 'job_id');
            svc.findJob(id);
            for (const r of [...svc.runs.values()])
                if (r.jobId === id)
                    svc.stop(r, 'user');
            svc.jobs.delete(id);
            svc.touchJobs();
            return ok();
        });
    }
    return svc;
}


/***/ }),

/***/ 1526:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseJson = parseJson;
exports.toJson = toJson;
const lossless_json_1 = __nccwpck_require__(5054);
/**
 * Databricks ids are int64 and already close to 2^53; `JSON.parse` would round them silently.
 * Integers that fit a double stay `number` (so handlers can compare them normally); larger ones
 * become `bigint`.
 */
function parseNumber(text) {
    if ((0, lossless_json_1.isSafeNumber)(text))
        return Number(text);
    if (/^-?\d+$/.test(text))
        return BigInt(text);
    return Number(text);
}
function parseJson(text) {
    return (0, lossless_json_1.parse)(text, null, parseNumber);
}
function toJson(value, space) {
    return (0, lossless_json_1.stringify)(value, null, space) ?? 'null';
}


/***/ }),

/***/ 72:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseFilter = parseFilter;
exports.matches = matches;
exports.parseOrderBy = parseOrderBy;
exports.compareValues = compareValues;
/**
 * MLflow's search filter language, as far as runs, experiments and model-version searches use it:
 * clauses joined by AND (MLflow has no OR), each `<key> <op> <value>`.
 *   metrics.rmse < 0.5 AND params.alpha = '0.1' AND tags.`mlflow.runName` LIKE 'lgbm%'
 *   attributes.status IN ('FINISHED', 'FAILED')      name = 'prod.fraud.model'
 * The key is split at its first dot into an entity (`metrics`, `params`, `tags`, `attributes`, …)
 * and a name, so `tags.mlflow.runName` is the tag `mlflow.runName`, as in MLflow's SearchUtils.
 */
const mlflow_util_1 = __nccwpck_require__(3658);
const ENTITY_ALIASES = {
    metric: 'metrics',
    metrics: 'metrics',
    param: 'params',
    params: 'params',
    parameter: 'params',
    parameters: 'params',
    tag: 'tags',
    tags: 'tags',
    attribute: 'attributes',
    attributes: 'attributes',
    attr: 'attributes',
    run: 'attributes',
    dataset: 'datasets',
    datasets: 'datasets',
};
function parseFilter(filter) {
    if (!filter || !filter.trim())
        return [];
    const s = filter;
    let i = 0;
    const fail = (what) => {
        throw (0, mlflow_util_1.invalid)(`Error on parsing filter '${filter}': ${what} at position ${i}.`);
    };
    const ws = () => {
        while (i < s.length && /\s/.test(s[i]))
            i++;
    };
    const quoted = (q) => {
        let out = '';
        i++;
        for (;;) {
            if (i >= s.length)
                fail('unterminated quote');
            if (s[i] === q) {
                if (s[i + 1] === q) {
                    out += q;
                    i += 2;
                    continue;
                }
                i++;
                return out;
            }
            out += s[i++];
        }
    };
    const word = () => {
        const m = /^[A-Za-z0-9_\-:/+]+/.exec(s.slice(i));
        if (!m)
            fail('expected an identifier');
        i += m[0].length;
        return m[0];
    };
    const keyParts = () => {
        const parts = [];
        let cur = '';
        for (;;) {
            if (s[i] === '`' || s[i] === '"')
                cur += quoted(s[i]);
            else
                cur += word();
            if (s[i] === '.') {
                if (parts.length === 0) {
                    parts.push(cur);
                    cur = '';
                }
                else
                    cur += '.';
                i++;
                continue;
            }
            parts.push(cur);
            return parts;
        }
    };
    const literal = () => {
        ws();
        if (s[i] === "'" || s[i] === '"')
            return quoted(s[i]);
        const m = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(s.slice(i));
        if (!m)
            fail('expected a quoted string or a number');
        i += m[0].length;
        return Number(m[0]);
    };
    const clauses = [];
    for (;;) {
        ws();
        const parts = keyParts();
        const [entity, key] = parts.length === 1 ? ['', parts[0]] : [ENTITY_ALIASES[parts[0].toLowerCase()] ?? parts[0].toLowerCase(), parts[1]];
        ws();
        const rest = s.slice(i);
        const opMatch = /^(<=|>=|!=|<>|=|<|>|ILIKE\b|LIKE\b|NOT\s+IN\b|IN\b)/i.exec(rest);
        if (!opMatch)
            fail('expected a comparator');
        i += opMatch[0].length;
        const rawOp = opMatch[0].toUpperCase().replace(/\s+/g, ' ');
        const op = (rawOp === '<>' ? '!=' : rawOp);
        let value;
        if (op === 'IN' || op === 'NOT IN') {
            ws();
            if (s[i] !== '(')
                fail("expected '('");
            i++;
            const list = [];
            for (;;) {
                list.push(literal());
                ws();
                if (s[i] === ',') {
                    i++;
                    continue;
                }
                if (s[i] === ')') {
                    i++;
                    break;
                }
                fail("expected ',' or ')'");
            }
            value = list;
        }
        else
            value = literal();
        clauses.push({ entity, key, op, value });
        ws();
        if (i >= s.length)
            return clauses;
        const and = /^AND\b/i.exec(s.slice(i));
        if (!and)
            fail("expected 'AND' (MLflow filters do not support OR)");
        i += 3;
    }
}
function likeToRegExp(pattern, insensitive) {
    const body = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*').replace(/_/g, '.');
    return new RegExp(`^${body}$`, insensitive ? 'is' : 's');
}
/** Whether `actual` satisfies the clause; a missing value never matches (as in MLflow's SQL store). */
function matches(actual, c) {
    if (actual === undefined || actual === null)
        return c.op === 'NOT IN' ? false : false;
    const v = c.value;
    switch (c.op) {
        case 'LIKE':
        case 'ILIKE':
            return likeToRegExp(String(v), c.op === 'ILIKE').test(String(actual));
        case 'IN':
            return v.some((x) => String(x) === String(actual));
        case 'NOT IN':
            return !v.some((x) => String(x) === String(actual));
    }
    const numeric = typeof actual === 'number';
    if (numeric && typeof v !== 'number') {
        throw (0, mlflow_util_1.invalid)(`Expected numeric value type for comparison of '${c.key}', got '${String(v)}'.`);
    }
    const a = numeric ? actual : String(actual);
    const b = numeric ? v : String(v);
    switch (c.op) {
        case '=':
            return a === b;
        case '!=':
            return a !== b;
        case '<':
            return a < b;
        case '<=':
            return a <= b;
        case '>':
            return a > b;
        case '>=':
            return a >= b;
    }
    return false;
}
/** `order_by` entries such as `metrics.rmse DESC`, `attributes.start_time`, `name ASC`. */
function parseOrderBy(list) {
    return (list ?? []).map((raw) => {
        const m = /^\s*(.+?)(?:\s+(ASC|DESC))?\s*$/i.exec(String(raw));
        if (!m)
            throw (0, mlflow_util_1.invalid)(`Invalid order_by clause '${String(raw)}'.`);
        const ident = m[1].replace(/`/g, '');
        const dot = ident.indexOf('.');
        const [entity, key] = dot < 0 ? ['', ident] : [ENTITY_ALIASES[ident.slice(0, dot).toLowerCase()] ?? ident.slice(0, dot), ident.slice(dot + 1)];
        return { entity, key, desc: (m[2] ?? 'ASC').toUpperCase() === 'DESC' };
    });
}
/** Compares two values for ordering; missing values sort last whatever the direction (MLflow does so). */
function compareValues(a, b, desc) {
    if (a === undefined && b === undefined)
        return 0;
    if (a === undefined)
        return 1;
    if (b === undefined)
        return -1;
    const r = typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
    return desc ? -r : r;
}


/***/ }),

/***/ 8449:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkWorkspaceName = checkWorkspaceName;
exports.registerWorkspaceRegistry = registerWorkspaceRegistry;
const mlflow_filter_1 = __nccwpck_require__(72);
const mlflow_util_1 = __nccwpck_require__(3658);
const API = '/api/2.0/mlflow';
const STAGES = ['None', 'Staging', 'Production', 'Archived'];
/** The reference's message for a name that the workspace registry refuses (a UC name, mlops-stacks #131). */
function checkWorkspaceName(name) {
    if (!name || /[/.:]/.test(name)) {
        throw (0, mlflow_util_1.invalid)(`Invalid name '${name}'. A workspace registered model name must be a non-empty UTF-8 string and cannot contain forward slashes(/), periods(.), or colons(:). ` +
            "To use a Unity Catalog model name, set the registry URI to 'databricks-uc'.");
    }
}
function normaliseStage(raw) {
    const s = STAGES.find((x) => x.toLowerCase() === raw.toLowerCase());
    if (!s)
        throw (0, mlflow_util_1.invalid)(`Invalid Model Version stage: ${raw}. Value must be one of ${STAGES.join(', ')}.`);
    return s;
}
function registerWorkspaceRegistry(ctx) {
    const state = { models: [] };
    ctx.persist('mlflow-registry', () => state, (saved) => {
        state.models = saved?.models ?? [];
    });
    const now = () => ctx.now();
    const registrationMs = () => ctx.options.registrationMs ?? 200;
    /** Registration finishes `registrationMs` after creation; evaluated when the version is read. */
    const settle = (v) => {
        if (v.status === 'PENDING_REGISTRATION' && now() - v.creation_timestamp >= registrationMs()) {
            v.status = 'READY';
            v.status_message = '';
        }
        return v;
    };
    const versionView = (v) => settle(v);
    const latestVersions = (m, stages) => {
        const wanted = stages && stages.length ? stages.map(normaliseStage) : STAGES;
        const out = [];
        for (const stage of wanted) {
            const inStage = m.versions.filter((v) => v.current_stage === stage);
            if (inStage.length)
                out.push(inStage.reduce((a, b) => (Number(b.version) > Number(a.version) ? b : a)));
        }
        return out.map(versionView);
    };
    const modelView = (m) => ({
        name: m.name,
        creation_timestamp: m.creation_timestamp,
        last_updated_timestamp: m.last_updated_timestamp,
        user_id: m.user_id,
        description: m.description,
        latest_versions: latestVersions(m, ['None', 'Staging', 'Production']),
        tags: m.tags,
    });
    const findModel = (name) => {
        checkWorkspaceName(name);
        const m = state.models.find((x) => x.name === name);
        if (!m)
            throw (0, mlflow_util_1.notFound)(`Registered Model with name=${name} not found`);
        return m;
    };
    const findVersion = (a) => {
        const m = findModel((0, mlflow_util_1.reqString)(a, 'name'));
        const version = (0, mlflow_util_1.reqString)(a, 'version');
        const v = m.versions.find((x) => x.version === version);
        if (!v)
            throw (0, mlflow_util_1.notFound)(`Model Version (name=${m.name}, version=${version}) not found`);
        return [m, v];
    };
    const route = (method, path, fn) => ctx.router.add(method, `${API}/${path}`, (req) => (0, mlflow_util_1.ok)(fn((0, mlflow_util_1.args)(req), req)));
    // ---- registered models ------------------------------------------------------------------------
    route('POST', 'registered-models/create', (a) => {
        const name = (0, mlflow_util_1.reqString)(a, 'name');
        checkWorkspaceName(name);
        if (state.models.some((m) => m.name === name))
            throw (0, mlflow_util_1.alreadyExists)(`Registered Model (name=${name}) already exists.`);
        const m = {
            id: ctx.nextId().toString(16),
            name,
            creation_timestamp: now(),
            last_updated_timestamp: now(),
            user_id: mlflow_util_1.LOCAL_USER,
            description: (0, mlflow_util_1.optString)(a, 'description') ?? '',
            tags: (0, mlflow_util_1.tagList)(a),
            versions: [],
        };
        state.models.push(m);
        return { registered_model: modelView(m) };
    });
    route('GET', 'registered-models/get', (a) => ({ registered_model: modelView(findModel((0, mlflow_util_1.reqString)(a, 'name'))) }));
    route('GET', 'databricks/registered-models/get', (a) => {
        const m = findModel((0, mlflow_util_1.reqString)(a, 'name'));
        return { registered_model_databricks: { ...modelView(m), id: m.id, permission_level: 'CAN_MANAGE' } };
    });
    const searchModels = (a) => {
        const clauses = (0, mlflow_filter_1.parseFilter)((0, mlflow_util_1.optString)(a, 'filter'));
        const list = state.models
            .filter((m) => clauses.every((c) => (0, mlflow_filter_1.matches)(c.entity === 'tags' ? m.tags.find((t) => t.key === c.key)?.value : c.key === 'name' ? m.name : undefined, c)))
            .sort((x, y) => (x.name < y.name ? -1 : 1));
        const p = (0, mlflow_util_1.page)(list, a, { defaultSize: 100, maxSize: 1000 });
        return { registered_models: p.items.map(modelView), next_page_token: p.next_page_token };
    };
    route('GET', 'registered-models/search', searchModels);
    route('POST', 'registered-models/search', searchModels);
    route('PATCH', 'registered-models/update', (a) => {
        const m = findModel((0, mlflow_util_1.reqString)(a, 'name'));
        const d = (0, mlflow_util_1.optString)(a, 'description');
        if (d !== undefined)
            m.description = d;
        m.last_updated_timestamp = now();
        return { registered_model: modelView(m) };
    });
    route('POST', 'registered-models/rename', (a) => {
        const m = findModel((0, mlflow_util_1.reqString)(a, 'name'));
        const to = (0, mlflow_util_1.reqString)(a, 'new_name');
        checkWorkspaceName(to);
        if (state.models.some((x) => x.name === to))
            throw (0, mlflow_util_1.alreadyExists)(`Registered Model (name=${to}) already exists.`);
        m.name = to;
        for (const v of m.versions)
            v.name = to;
        m.last_updated_timestamp = now();
        return { registered_model: modelView(m) };
    });
    route('DELETE', 'registered-models/delete', (a) => {
        const m = findModel((0, mlflow_util_1.reqString)(a, 'name'));
        state.models.splice(state.models.indexOf(m), 1);
        return {};
    });
    const getLatest = (a) => {
        const m = findModel((0, mlflow_util_1.reqString)(a, 'name'));
        return { model_versions: latestVersions(m, ((0, mlflow_util_1.optList)(a, 'stages') ?? []).map(String)) };
    };
    route('POST', 'registered-models/get-latest-versions', getLatest);
    route('GET', 'registered-models/get-latest-versions', getLatest);
    route('POST', 'registered-models/set-tag', (a) => {
        const m = findModel((0, mlflow_util_1.reqString)(a, 'name'));
        (0, mlflow_util_1.putTag)(m.tags, { key: (0, mlflow_util_1.reqString)(a, 'key'), value: (0, mlflow_util_1.optString)(a, 'value') ?? '' });
        return {};
    });
    route('DELETE', 'registered-models/delete-tag', (a) => {
        const m = findModel((0, mlflow_util_1.reqString)(a, 'name'));
        m.tags = m.tags.filter((t) => t.key !== (0, mlflow_util_1.reqString)(a, 'key'));
        return {};
    });
    // ---- model versions ---------------------------------------------------------------------------
    route('POST', 'model-versions/create', (a) => {
        const m = findModel((0, mlflow_util_1.reqString)(a, 'name'));
        const next = m.versions.reduce((n, v) => Math.max(n, Number(v.version)), 0) + 1;
        const runId = (0, mlflow_util_1.optString)(a, 'run_id') ?? '';
        const v = {
            name: m.name,
            version: String(next),
            creation_timestamp: now(),
            last_updated_timestamp: now(),
            user_id: mlflow_util_1.LOCAL_USER,
            current_stage: 'None',
            description: (0, mlflow_util_1.optString)(a, 'description') ?? '',
            source: (0, mlflow_util_1.reqString)(a, 'source'),
            run_id: runId,
            run_link: (0, mlflow_util_1.optString)(a, 'run_link') ?? '',
            status: 'PENDING_REGISTRATION',
            status_message: 'Pending registration',
            tags: (0, mlflow_util_1.tagList)(a),
        };
        m.versions.push(v);
        m.last_updated_timestamp = now();
        return { model_version: versionView(v) };
    });
    route('GET', 'model-versions/get', (a) => ({ model_version: versionView(findVersion(a)[1]) }));
    route('GET', 'databricks/model-versions/get', (a) => ({ model_version_databricks: { ...versionView(findVersion(a)[1]), permission_level: 'CAN_MANAGE' } }));
    route('GET', 'model-versions/get-download-uri', (a) => ({ artifact_uri: findVersion(a)[1].source }));
    const searchVersions = (a) => {
        const clauses = (0, mlflow_filter_1.parseFilter)((0, mlflow_util_1.optString)(a, 'filter'));
        for (const c of clauses) {
            if (c.entity === '' && c.key === 'name' && typeof c.value === 'string' && c.op === '=')
                checkWorkspaceName(c.value);
        }
        const value = (v, c) => {
            if (c.entity === 'tags')
                return v.tags.find((t) => t.key === c.key)?.value;
            switch (c.key) {
                case 'name':
                    return v.name;
                case 'run_id':
                    return v.run_id;
                case 'source_path':
                    return v.source;
                case 'version_number':
                    return Number(v.version);
                case 'current_stage':
                    return v.current_stage;
            }
            throw (0, mlflow_util_1.invalid)(`Invalid filter key '${c.key}' for model version search. Supported keys are name, run_id, source_path and tags.`);
        };
        const list = state.models
            .flatMap((m) => m.versions)
            .filter((v) => clauses.every((c) => (0, mlflow_filter_1.matches)(value(v, c), c)))
            .sort((x, y) => (x.name === y.name ? Number(y.version) - Number(x.version) : x.name < y.name ? -1 : 1));
        const p = (0, mlflow_util_1.page)(list, a, { defaultSize: 10000, maxSize: 200000 });
        return { model_versions: p.items.map(versionView), next_page_token: p.next_page_token };
    };
    route('GET', 'model-versions/search', searchVersions);
    route('POST', 'model-versions/search', searchVersions);
    route('PATCH', 'model-versions/update', (a) => {
        const [, v] = findVersion(a);
        const d = (0, mlflow_util_1.optString)(a, 'description');
        if (d !== undefined)
            v.description = d;
        v.last_updated_timestamp = now();
        return { model_version: versionView(v) };
    });
    route('DELETE', 'model-versions/delete', (a) => {
        const [m, v] = findVersion(a);
        m.versions.splice(m.versions.indexOf(v), 1);
        return {};
    });
    route('POST', 'model-versions/set-tag', (a) => {
        const [, v] = findVersion(a);
        (0, mlflow_util_1.putTag)(v.tags, { key: (0, mlflow_util_1.reqString)(a, 'key'), value: (0, mlflow_util_1.optString)(a, 'value') ?? '' });
        return {};
    });
    route('DELETE', 'model-versions/delete-tag', (a) => {
        const [, v] = findVersion(a);
        const key = (0, mlflow_util_1.reqString)(a, 'key');
        v.tags = v.tags.filter((t) => t.key !== key);
        return {};
    });
    const transition = (a) => {
        const [m, v] = findVersion(a);
        const stage = normaliseStage((0, mlflow_util_1.reqString)(a, 'stage'));
        const archive = (0, mlflow_util_1.optBool)(a, 'archive_existing_versions') ?? false;
        if (archive && (stage === 'Staging' || stage === 'Production')) {
            for (const other of m.versions) {
                if (other !== v && other.current_stage === stage) {
                    other.current_stage = 'Archived';
                    other.last_updated_timestamp = now();
                }
            }
        }
        v.current_stage = stage;
        v.last_updated_timestamp = now();
        m.last_updated_timestamp = now();
        return versionView(v);
    };
    route('POST', 'model-versions/transition-stage', (a) => ({ model_version: transition(a) }));
    route('POST', 'databricks/model-versions/transition-stage', (a) => ({
        model_version_databricks: { ...transition(a), open_requests: [], permission_level: 'CAN_MANAGE' },
    }));
}


/***/ }),

/***/ 3658:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LOCAL_USER = void 0;
exports.args = args;
exports.ok = ok;
exports.invalid = invalid;
exports.notFound = notFound;
exports.alreadyExists = alreadyExists;
exports.optString = optString;
exports.reqString = reqString;
exports.optNumber = optNumber;
exports.optBool = optBool;
exports.optList = optList;
exports.tagList = tagList;
exports.putTag = putTag;
exports.page = page;
exports.share = share;
exports.shared = shared;
/**
 * Helpers shared by the MLflow, Unity Catalog, serving and SQL modules: argument reading (query or
 * body, checklist item 6), Databricks-shaped errors and page tokens.
 */
const types_1 = __nccwpck_require__(3927);
/**
 * The request's arguments: the JSON body merged over the query string. GET parameters arrive as a
 * query from the MLflow client and as a body from older clients; DELETE arrives either way.
 */
function args(req) {
    const out = {};
    for (const [k, v] of req.query) {
        const prev = out[k];
        if (prev === undefined)
            out[k] = v;
        else
            out[k] = Array.isArray(prev) ? [...prev, v] : [prev, v];
    }
    if (req.body && typeof req.body === 'object' && !Array.isArray(req.body)) {
        Object.assign(out, req.body);
    }
    return out;
}
/** A 200 answer; top-level fields that are `undefined` (an absent page token) are left out. */
function ok(body = {}) {
    if (body && typeof body === 'object' && !Array.isArray(body)) {
        body = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
    }
    return { status: 200, body };
}
function invalid(message) {
    return new types_1.ApiError(400, 'INVALID_PARAMETER_VALUE', message);
}
function notFound(message) {
    return new types_1.ApiError(404, 'RESOURCE_DOES_NOT_EXIST', message);
}
function alreadyExists(message) {
    return new types_1.ApiError(409, 'RESOURCE_ALREADY_EXISTS', message);
}
/** A string argument; numbers (and bigints from the lossless parser) are accepted and stringified. */
function optString(a, key) {
    const v = a[key];
    if (v === undefined || v === null)
        return undefined;
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean')
        return String(v);
    throw invalid(`Invalid value for parameter '${key}': expected a string.`);
}
function reqString(a, key) {
    const v = optString(a, key);
    if (v === undefined || v === '')
        throw invalid(`Missing value for required parameter '${key}'.`);
    return v;
}
function optNumber(a, key) {
    const v = a[key];
    if (v === undefined || v === null || v === '')
        return undefined;
    const n = typeof v === 'bigint' ? Number(v) : typeof v === 'string' ? Number(v) : v;
    if (typeof n !== 'number' || Number.isNaN(n)) {
        throw invalid(`Invalid value ${JSON.stringify(String(v))} for parameter '${key}': expected a number.`);
    }
    return n;
}
function optBool(a, key) {
    const v = a[key];
    if (v === undefined || v === null || v === '')
        return undefined;
    if (typeof v === 'boolean')
        return v;
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    throw invalid(`Invalid value ${JSON.stringify(String(v))} for parameter '${key}': expected true or false.`);
}
/** A list argument: a JSON array, or one or more repeated query parameters. */
function optList(a, key) {
    const v = a[key];
    if (v === undefined || v === null)
        return undefined;
    return Array.isArray(v) ? v : [v];
}
/** `[{key, value}]` from a request, validated. */
function tagList(a, key = 'tags') {
    const list = optList(a, key) ?? [];
    return list.map((t) => {
        if (!t || typeof t !== 'object')
            throw invalid(`Invalid value for parameter '${key}': expected [{key, value}].`);
        const o = t;
        return { key: reqString(o, 'key'), value: optString(o, 'value') ?? '' };
    });
}
/** Sets or replaces a tag in place (tags are unique by key). */
function putTag(tags, tag) {
    const i = tags.findIndex((t) => t.key === tag.key);
    if (i >= 0)
        tags[i] = tag;
    else
        tags.push(tag);
}
/**
 * One page of `items`. The token is opaque to clients (base64 of the offset), as real page tokens
 * are; a token that does not decode is an INVALID_PARAMETER_VALUE.
 */
function page(items, a, opts) {
    const size = optNumber(a, opts.sizeKey ?? 'max_results') ?? opts.defaultSize;
    if (!Number.isInteger(size) || size < 1 || size > opts.maxSize) {
        throw invalid(`Invalid value ${size} for parameter '${opts.sizeKey ?? 'max_results'}': must be between 1 and ${opts.maxSize}.`);
    }
    const token = optString(a, 'page_token');
    let offset = 0;
    if (token) {
        const decoded = Buffer.from(token, 'base64url').toString('utf8');
        const m = /^offset:(\d+)$/.exec(decoded);
        if (!m)
            throw invalid(`Invalid page token '${token}'.`);
        offset = Number(m[1]);
    }
    const slice = items.slice(offset, offset + size);
    const next = offset + size < items.length ? Buffer.from(`offset:${offset + size}`).toString('base64url') : undefined;
    return next ? { items: slice, next_page_token: next } : { items: slice };
}
/** The user every request acts as: the local workspace has one identity. */
exports.LOCAL_USER = 'local-user@localhost';
/**
 * Lets modules of one workspace find each other's state (serving checks that a UC model version
 * exists). Keyed by the router, which is one object per workspace; several workspaces may live in
 * one process (tests).
 */
const registries = new WeakMap();
function share(ctx, name, value) {
    let m = registries.get(ctx.router);
    if (!m)
        registries.set(ctx.router, (m = new Map()));
    m.set(name, value);
}
function shared(ctx, name) {
    return registries.get(ctx.router)?.get(name);
}


/***/ }),

/***/ 5585:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runView = runView;
exports.register = register;
/**
 * MLflow tracking (`/api/2.0/mlflow/experiments|runs|metrics/...`) and, through mlflow-registry.ts,
 * the workspace (stage-based) model registry. Shapes follow the reference §4.1 and MLflow's protos.
 */
const node_crypto_1 = __nccwpck_require__(7598);
const mlflow_filter_1 = __nccwpck_require__(72);
const mlflow_registry_1 = __nccwpck_require__(8449);
const mlflow_util_1 = __nccwpck_require__(3658);
const API = '/api/2.0/mlflow';
const RUN_STATUSES = ['RUNNING', 'SCHEDULED', 'FINISHED', 'FAILED', 'KILLED'];
/** MLflow's rule for the value shown in `run.data.metrics`: the greatest (step, timestamp, value). */
function latest(history) {
    return history.reduce((a, b) => {
        if (b.step !== a.step)
            return b.step > a.step ? b : a;
        if (b.timestamp !== a.timestamp)
            return b.timestamp > a.timestamp ? b : a;
        return b.value >= a.value ? b : a;
    });
}
function runView(r) {
    return {
        info: r.info,
        data: {
            metrics: Object.values(r.history).map(latest),
            params: r.params,
            tags: r.tags,
        },
        inputs: { dataset_inputs: [] },
    };
}
function register(ctx) {
    const state = { experiments: [], runs: [] };
    const now = () => ctx.now();
    const ensureDefault = () => {
        if (!state.experiments.some((e) => e.experiment_id === '0')) {
            state.experiments.push({
                experiment_id: '0',
                name: 'Default',
                artifact_location: 'dbfs:/databricks/mlflow-tracking/0',
                lifecycle_stage: 'active',
                creation_time: now(),
                last_update_time: now(),
                tags: [],
            });
        }
    };
    ensureDefault();
    ctx.persist('mlflow-tracking', () => state, (saved) => {
        const s = saved;
        state.experiments = s?.experiments ?? [];
        state.runs = s?.runs ?? [];
        ensureDefault();
    });
    (0, mlflow_util_1.share)(ctx, 'mlflow-tracking', state);
    const findExperiment = (id) => {
        const e = state.experiments.find((x) => x.experiment_id === id);
        if (!e)
            throw (0, mlflow_util_1.notFound)(`No Experiment with id=${id} exists`);
        return e;
    };
    const findRun = (id) => {
        const r = state.runs.find((x) => x.info.run_id === id);
        if (!r)
            throw (0, mlflow_util_1.notFound)(`Run with id=${id} not found`);
        return r;
    };
    const activeRun = (id) => {
        const r = findRun(id);
        if (r.info.lifecycle_stage !== 'active') {
            throw (0, mlflow_util_1.invalid)(`The run ${id} must be in the 'active' state. Current state is ${r.info.lifecycle_stage}.`);
        }
        return r;
    };
    const route = (method, path, fn) => ctx.router.add(method, `${API}/${path}`, (req) => (0, mlflow_util_1.ok)(fn((0, mlflow_util_1.args)(req), req)));
    // ---- experiments ------------------------------------------------------------------------------
    route('POST', 'experiments/create', (a) => {
        const name = (0, mlflow_util_1.reqString)(a, 'name');
        if (state.experiments.some((e) => e.name === name)) {
            throw (0, mlflow_util_1.alreadyExists)(`Experiment '${name}' already exists.`);
        }
        const id = ctx.nextId().toString();
        state.experiments.push({
            experiment_id: id,
            name,
            artifact_location: (0, mlflow_util_1.optString)(a, 'artifact_location') ?? `dbfs:/databricks/mlflow-tracking/${id}`,
            lifecycle_stage: 'active',
            creation_time: now(),
            last_update_time: now(),
            tags: (0, mlflow_util_1.tagList)(a),
        });
        return { experiment_id: id };
    });
    route('GET', 'experiments/get', (a) => ({ experiment: findExperiment((0, mlflow_util_1.reqString)(a, 'experiment_id')) }));
    route('GET', 'experiments/get-by-name', (a) => {
        const name = (0, mlflow_util_1.reqString)(a, 'experiment_name');
        const e = state.experiments.find((x) => x.name === name);
        if (!e)
            throw (0, mlflow_util_1.notFound)(`Could not find experiment with name ${name}`);
        return { experiment: e };
    });
    const searchExperiments = (a) => {
        const clauses = (0, mlflow_filter_1.parseFilter)((0, mlflow_util_1.optString)(a, 'filter'));
        const view = (0, mlflow_util_1.optString)(a, 'view_type') ?? 'ACTIVE_ONLY';
        const attr = (e, key) => key === 'name' ? e.name : key === 'creation_time' ? e.creation_time : key === 'last_update_time' ? e.last_update_time : key === 'experiment_id' ? e.experiment_id : undefined;
        const value = (e, c) => {
            if (c.entity === 'tags')
                return e.tags.find((t) => t.key === c.key)?.value;
            if (c.entity === '' || c.entity === 'attributes')
                return attr(e, c.key);
            throw (0, mlflow_util_1.invalid)(`Invalid attribute key '${c.entity}.${c.key}' for experiment search.`);
        };
        let list = state.experiments.filter((e) => (view === 'ALL' || (view === 'DELETED_ONLY' ? e.lifecycle_stage === 'deleted' : e.lifecycle_stage === 'active')) && clauses.every((c) => (0, mlflow_filter_1.matches)(value(e, c), c)));
        const order = (0, mlflow_filter_1.parseOrderBy)((0, mlflow_util_1.optList)(a, 'order_by'));
        const keys = order.length ? order : [{ entity: '', key: 'creation_time', desc: true }];
        list = [...list].sort((x, y) => {
            for (const k of keys) {
                const r = (0, mlflow_filter_1.compareValues)(value(x, k), value(y, k), k.desc);
                if (r)
                    return r;
            }
            return x.experiment_id < y.experiment_id ? -1 : 1;
        });
        const p = (0, mlflow_util_1.page)(list, a, { defaultSize: 1000, maxSize: 50000 });
        return { experiments: p.items, next_page_token: p.next_page_token };
    };
    route('POST', 'experiments/search', searchExperiments);
    route('GET', 'experiments/search', searchExperiments);
    route('POST', 'experiments/delete', (a) => {
        const e = findExperiment((0, mlflow_util_1.reqString)(a, 'experiment_id'));
        e.lifecycle_stage = 'deleted';
        e.last_update_time = now();
        return {};
    });
    route('POST', 'experiments/restore', (a) => {
        const e = findExperiment((0, mlflow_util_1.reqString)(a, 'experiment_id'));
        e.lifecycle_stage = 'active';
        e.last_update_time = now();
        return {};
    });
    route('POST', 'experiments/update', (a) => {
        const e = findExperiment((0, mlflow_util_1.reqString)(a, 'experiment_id'));
        const name = (0, mlflow_util_1.optString)(a, 'new_name');
        if (name && name !== e.name) {
            if (state.experiments.some((x) => x.name === name))
                throw (0, mlflow_util_1.alreadyExists)(`Experiment '${name}' already exists.`);
            e.name = name;
        }
        e.last_update_time = now();
        return {};
    });
    route('POST', 'experiments/set-experiment-tag', (a) => {
        const e = findExperiment((0, mlflow_util_1.reqString)(a, 'experiment_id'));
        (0, mlflow_util_1.putTag)(e.tags, { key: (0, mlflow_util_1.reqString)(a, 'key'), value: (0, mlflow_util_1.optString)(a, 'value') ?? '' });
        return {};
    });
    // ---- runs ---------------------------------------------------------------------------------------
    route('POST', 'runs/create', (a) => {
        const experimentId = (0, mlflow_util_1.optString)(a, 'experiment_id') ?? '0';
        const exp = findExperiment(experimentId);
        if (exp.lifecycle_stage !== 'active')
            throw (0, mlflow_util_1.invalid)(`The experiment ${experimentId} must be in the 'active' state.`);
        const tags = (0, mlflow_util_1.tagList)(a);
        const id = (0, node_crypto_1.randomUUID)().replace(/-/g, '');
        const runName = (0, mlflow_util_1.optString)(a, 'run_name') ?? tags.find((t) => t.key === 'mlflow.runName')?.value ?? `local-run-${id.slice(0, 8)}`;
        (0, mlflow_util_1.putTag)(tags, { key: 'mlflow.runName', value: runName });
        const userId = (0, mlflow_util_1.optString)(a, 'user_id') ?? mlflow_util_1.LOCAL_USER;
        if (!tags.some((t) => t.key === 'mlflow.user'))
            tags.push({ key: 'mlflow.user', value: userId });
        const run = {
            info: {
                run_id: id,
                run_uuid: id,
                run_name: runName,
                experiment_id: experimentId,
                user_id: userId,
                status: 'RUNNING',
                start_time: (0, mlflow_util_1.optNumber)(a, 'start_time') ?? now(),
                artifact_uri: `${exp.artifact_location}/${id}/artifacts`,
                lifecycle_stage: 'active',
            },
            params: [],
            tags,
            history: {},
        };
        state.runs.push(run);
        exp.last_update_time = now();
        return { run: runView(run) };
    });
    route('GET', 'runs/get', (a) => ({ run: runView(findRun((0, mlflow_util_1.reqString)(a, 'run_id') ?? '')) }));
    route('POST', 'runs/update', (a) => {
        const run = findRun((0, mlflow_util_1.optString)(a, 'run_id') ?? (0, mlflow_util_1.reqString)(a, 'run_uuid'));
        const status = (0, mlflow_util_1.optString)(a, 'status');
        if (status !== undefined) {
            if (!RUN_STATUSES.includes(status))
                throw (0, mlflow_util_1.invalid)(`Invalid value '${status}' for parameter 'status'. Expected one of ${RUN_STATUSES.join(', ')}.`);
            run.info.status = status;
        }
        const end = (0, mlflow_util_1.optNumber)(a, 'end_time');
        if (end !== undefined)
            run.info.end_time = end;
        const name = (0, mlflow_util_1.optString)(a, 'run_name');
        if (name) {
            run.info.run_name = name;
            (0, mlflow_util_1.putTag)(run.tags, { key: 'mlflow.runName', value: name });
        }
        return { run_info: run.info };
    });
    route('POST', 'runs/delete', (a) => {
        findRun((0, mlflow_util_1.reqString)(a, 'run_id')).info.lifecycle_stage = 'deleted';
        return {};
    });
    route('POST', 'runs/restore', (a) => {
        findRun((0, mlflow_util_1.reqString)(a, 'run_id')).info.lifecycle_stage = 'active';
        return {};
    });
    const logMetric = (run, m) => {
        const key = (0, mlflow_util_1.reqString)(m, 'key');
        const raw = m.value;
        const value = typeof raw === 'number' ? raw : typeof raw === 'bigint' ? Number(raw) : typeof raw === 'string' ? Number(raw) : NaN;
        if (raw === undefined || raw === null || (Number.isNaN(value) && raw !== 'NaN')) {
            throw (0, mlflow_util_1.invalid)(`Got invalid value ${JSON.stringify(String(raw))} for metric '${key}'. Expected a number.`);
        }
        const metric = { key, value, timestamp: (0, mlflow_util_1.optNumber)(m, 'timestamp') ?? now(), step: (0, mlflow_util_1.optNumber)(m, 'step') ?? 0 };
        (run.history[key] ??= []).push(metric);
    };
    const logParam = (run, p) => {
        const key = (0, mlflow_util_1.reqString)(p, 'key');
        const value = (0, mlflow_util_1.optString)(p, 'value') ?? '';
        const prev = run.params.find((x) => x.key === key);
        if (prev && prev.value !== value) {
            throw (0, mlflow_util_1.invalid)(`Changing param values is not allowed. Param with key='${key}' was already logged with value='${prev.value}' for run ID='${run.info.run_id}'. Attempted logging new value '${value}'.`);
        }
        if (!prev)
            run.params.push({ key, value });
    };
    const setTag = (run, t) => {
        const key = (0, mlflow_util_1.reqString)(t, 'key');
        const value = (0, mlflow_util_1.optString)(t, 'value') ?? '';
        (0, mlflow_util_1.putTag)(run.tags, { key, value });
        if (key === 'mlflow.runName')
            run.info.run_name = value;
    };
    const runOf = (a) => activeRun((0, mlflow_util_1.optString)(a, 'run_id') ?? (0, mlflow_util_1.reqString)(a, 'run_uuid'));
    route('POST', 'runs/log-metric', (a) => {
        logMetric(runOf(a), a);
        return {};
    });
    route('POST', 'runs/log-parameter', (a) => {
        logParam(runOf(a), a);
        return {};
    });
    route('POST', 'runs/set-tag', (a) => {
        setTag(runOf(a), a);
        return {};
    });
    route('POST', 'runs/delete-tag', (a) => {
        const run = runOf(a);
        const key = (0, mlflow_util_1.reqString)(a, 'key');
        const i = run.tags.findIndex((t) => t.key === key);
        if (i < 0)
            throw (0, mlflow_util_1.notFound)(`No tag with name: ${key} in run with id ${run.info.run_id}`);
        run.tags.splice(i, 1);
        return {};
    });
    route('POST', 'runs/log-batch', (a) => {
        const run = runOf(a);
        const metrics = ((0, mlflow_util_1.optList)(a, 'metrics') ?? []);
        const params = ((0, mlflow_util_1.optList)(a, 'params') ?? []);
        const tags = ((0, mlflow_util_1.optList)(a, 'tags') ?? []);
        // MLflow's documented batch limits.
        if (metrics.length > 1000)
            throw (0, mlflow_util_1.invalid)(`A batch logging request can contain at most 1000 metrics. Got ${metrics.length} metrics.`);
        if (params.length > 100)
            throw (0, mlflow_util_1.invalid)(`A batch logging request can contain at most 100 params. Got ${params.length} params.`);
        if (tags.length > 100)
            throw (0, mlflow_util_1.invalid)(`A batch logging request can contain at most 100 tags. Got ${tags.length} tags.`);
        // Validate everything before changing anything, so that a bad batch leaves the run as it was.
        const probe = JSON.parse(JSON.stringify(run));
        for (const p of params)
            logParam(probe, p);
        for (const m of metrics)
            logMetric(probe, m);
        for (const t of tags)
            setTag(probe, t);
        for (const p of params)
            logParam(run, p);
        for (const m of metrics)
            logMetric(run, m);
        for (const t of tags)
            setTag(run, t);
        return {};
    });
    route('GET', 'metrics/get-history', (a) => {
        const run = findRun((0, mlflow_util_1.optString)(a, 'run_id') ?? (0, mlflow_util_1.reqString)(a, 'run_uuid'));
        const key = (0, mlflow_util_1.reqString)(a, 'metric_key');
        const p = (0, mlflow_util_1.page)(run.history[key] ?? [], a, { defaultSize: 25000, maxSize: 25000 });
        return { metrics: p.items, next_page_token: p.next_page_token };
    });
    const searchRuns = (a) => {
        const ids = ((0, mlflow_util_1.optList)(a, 'experiment_ids') ?? []).map(String);
        if (!ids.length)
            throw (0, mlflow_util_1.invalid)("Missing value for required parameter 'experiment_ids'.");
        const clauses = (0, mlflow_filter_1.parseFilter)((0, mlflow_util_1.optString)(a, 'filter'));
        const view = (0, mlflow_util_1.optString)(a, 'run_view_type') ?? 'ACTIVE_ONLY';
        const value = (r, c) => {
            switch (c.entity) {
                case 'metrics': {
                    const h = r.history[c.key];
                    return h?.length ? latest(h).value : undefined;
                }
                case 'params':
                    return r.params.find((p) => p.key === c.key)?.value;
                case 'tags':
                    return r.tags.find((t) => t.key === c.key)?.value;
                case '':
                case 'attributes': {
                    const k = c.key === 'run_uuid' ? 'run_id' : c.key;
                    if (!['run_id', 'run_name', 'status', 'start_time', 'end_time', 'user_id', 'artifact_uri', 'lifecycle_stage', 'experiment_id'].includes(k)) {
                        throw (0, mlflow_util_1.invalid)(`Invalid attribute key '${c.key}' specified. Valid keys are run_id, run_name, status, start_time, end_time, user_id, artifact_uri.`);
                    }
                    return r.info[k];
                }
                default:
                    throw (0, mlflow_util_1.invalid)(`Invalid entity type '${c.entity}'. Valid values are metrics, params, tags, attributes.`);
            }
        };
        const filtered = state.runs.filter((r) => ids.includes(r.info.experiment_id) &&
            (view === 'ALL' || (view === 'DELETED_ONLY' ? r.info.lifecycle_stage === 'deleted' : r.info.lifecycle_stage === 'active')) &&
            clauses.every((c) => (0, mlflow_filter_1.matches)(value(r, c), c)));
        const order = (0, mlflow_filter_1.parseOrderBy)((0, mlflow_util_1.optList)(a, 'order_by'));
        const keys = [...order, { entity: 'attributes', key: 'start_time', desc: true }];
        filtered.sort((x, y) => {
            for (const k of keys) {
                const r = (0, mlflow_filter_1.compareValues)(value(x, k), value(y, k), k.desc);
                if (r)
                    return r;
            }
            return x.info.run_id < y.info.run_id ? -1 : 1;
        });
        const p = (0, mlflow_util_1.page)(filtered, a, { defaultSize: 1000, maxSize: 50000 });
        return { runs: p.items.map(runView), next_page_token: p.next_page_token };
    };
    route('POST', 'runs/search', searchRuns);
    route('GET', 'runs/search', searchRuns);
    (0, mlflow_registry_1.registerWorkspaceRegistry)(ctx);
}


/***/ }),

/***/ 2135:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.apiModules = void 0;
const mlflow_1 = __nccwpck_require__(5585);
const unity_catalog_1 = __nccwpck_require__(8317);
const serving_1 = __nccwpck_require__(9698);
const sql_1 = __nccwpck_require__(9378);
/**
 * API modules that the core registers besides its own (auth, jobs, workspace, faults). Each adds its
 * routes to `ctx.router` and its state to `ctx.persist`.
 */
exports.apiModules = [mlflow_1.register, unity_catalog_1.register, serving_1.register, sql_1.register];


/***/ }),

/***/ 193:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OAuthService = void 0;
exports.decodeJwt = decodeJwt;
const crypto_1 = __nccwpck_require__(6982);
const json_1 = __nccwpck_require__(1526);
/**
 * `/oidc/v1/token`: the OAuth M2M client-credentials grant and the RFC 8693 token exchange that
 * GitHub / Azure DevOps OIDC federation uses. Exchanged JWTs are checked for shape and expiry only:
 * there is no federation policy to check them against.
 */
const TOKEN_EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';
function b64url(value) {
    return Buffer.from(JSON.stringify(value)).toString('base64url');
}
function oauthError(status, error, description) {
    return { status, body: { error, error_description: description }, headers: { 'cache-control': 'no-store' } };
}
function same(a, b) {
    const x = Buffer.from(a);
    const y = Buffer.from(b);
    return x.length === y.length && (0, crypto_1.timingSafeEqual)(x, y);
}
/** Decodes a JWT's payload without verifying it; `undefined` when the text is not JWT-shaped. */
function decodeJwt(token) {
    const parts = token.split('.');
    if (parts.length !== 3 || parts.some((s) => !/^[A-Za-z0-9_-]*$/.test(s)) || !parts[0] || !parts[1])
        return undefined;
    try {
        const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
        const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
        if (!header || typeof header !== 'object' || !payload || typeof payload !== 'object')
            return undefined;
        return payload;
    }
    catch {
        return undefined;
    }
}
class OAuthService {
    clientId;
    clientSecret;
    ttl;
    issued = new Map();
    constructor(options) {
        this.clientId = options.clientId ?? 'local-sp';
        this.clientSecret = options.clientSecret ?? `dose${(0, crypto_1.randomBytes)(16).toString('hex')}`;
        this.ttl = options.oauthTokenTtlSeconds ?? 3600;
    }
    discovery(host) {
        return {
            issuer: `${host}/oidc`,
            authorization_endpoint: `${host}/oidc/v1/authorize`,
            token_endpoint: `${host}/oidc/v1/token`,
            jwks_uri: `${host}/oidc/jwks.json`,
            grant_types_supported: ['client_credentials', TOKEN_EXCHANGE],
            scopes_supported: ['all-apis', 'offline_access'],
            token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
        };
    }
    lookup(token) {
        const t = this.issued.get(token);
        if (!t)
            return undefined;
        if (Date.now() >= t.expiresAt)
            return 'expired';
        return t.identity;
    }
    token(text, contentType, authorization, host) {
        let params;
        if (contentType.includes('json')) {
            try {
                const obj = (0, json_1.parseJson)(text);
                params = new URLSearchParams(Object.entries(obj ?? {}).map(([k, v]) => [k, String(v)]));
            }
            catch {
                return oauthError(400, 'invalid_request', 'The request body is not valid JSON.');
            }
        }
        else
            params = new URLSearchParams(text);
        const grant = params.get('grant_type');
        const scope = params.get('scope') ?? 'all-apis';
        let identity;
        if (grant === 'client_credentials') {
            let id = params.get('client_id') ?? undefined;
            let secret = params.get('client_secret') ?? undefined;
            const basic = /^Basic\s+(\S+)$/i.exec(authorization ?? '');
            if (basic) {
                const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
                const i = decoded.indexOf(':');
                id = decodeURIComponent(decoded.slice(0, i < 0 ? undefined : i));
                secret = i < 0 ? '' : decodeURIComponent(decoded.slice(i + 1));
            }
            if (!id || secret === undefined)
                return oauthError(401, 'invalid_client', 'Client authentication failed: send client_id and client_secret.');
            if (!same(id, this.clientId) || !same(secret, this.clientSecret)) {
                return oauthError(401, 'invalid_client', 'Client authentication failed');
            }
            identity = { userName: id, servicePrincipal: true };
        }
        else if (grant === TOKEN_EXCHANGE) {
            const subject = params.get('subject_token');
            if (!subject)
                return oauthError(400, 'invalid_request', 'Missing subject_token.');
            const type = params.get('subject_token_type');
            if (type && !/^urn:ietf:params:oauth:token-type:(jwt|id_token)$/.test(type)) {
                return oauthError(400, 'invalid_request', `Unsupported subject_token_type '${type}'.`);
            }
            const claims = decodeJwt(subject);
            if (!claims)
                return oauthError(400, 'invalid_request', 'subject_token is not a JWT.');
            if (typeof claims.exp === 'number' && claims.exp * 1000 <= Date.now()) {
                return oauthError(400, 'invalid_grant', 'subject_token is expired.');
            }
            const clientId = params.get('client_id');
            identity = clientId
                ? { userName: clientId, servicePrincipal: true }
                : { userName: typeof claims.sub === 'string' ? claims.sub : 'federated-identity', servicePrincipal: true };
        }
        else {
            return oauthError(400, 'unsupported_grant_type', `Unsupported grant_type '${grant ?? ''}'.`);
        }
        const now = Math.floor(Date.now() / 1000);
        const accessToken = [
            b64url({ alg: 'RS256', typ: 'JWT', kid: 'local' }),
            b64url({ iss: `${host}/oidc`, aud: host, sub: identity.userName, client_id: identity.userName, scope, iat: now, exp: now + this.ttl }),
            (0, crypto_1.randomBytes)(32).toString('base64url'),
        ].join('.');
        this.issued.set(accessToken, { identity, expiresAt: Date.now() + this.ttl * 1000 });
        return {
            status: 200,
            headers: { 'cache-control': 'no-store' },
            body: { access_token: accessToken, token_type: 'Bearer', expires_in: this.ttl, scope },
        };
    }
}
exports.OAuthService = OAuthService;


/***/ }),

/***/ 3425:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LocalRouter = void 0;
/** Exact paths are looked up in a map (most routes); RegExp routes are tried in registration order. */
class LocalRouter {
    exact = new Map();
    exactPaths = new Set();
    patterns = [];
    add(method, path, handler) {
        if (typeof path === 'string') {
            const key = `${method} ${path}`;
            if (this.exact.has(key))
                throw new Error(`Route registered twice: ${key}`);
            this.exact.set(key, handler);
            this.exactPaths.add(path);
        }
        else {
            this.patterns.push({ method, pattern: path, handler });
        }
    }
    /** `undefined` when nothing matches; `'method'` when the path exists under another method. */
    match(method, path) {
        const handler = this.exact.get(`${method} ${path}`);
        if (handler)
            return { handler, params: {} };
        for (const route of this.patterns) {
            if (route.method !== method)
                continue;
            const m = route.pattern.exec(path);
            if (m && m[0] === path)
                return { handler: route.handler, params: { ...(m.groups ?? {}) } };
        }
        return undefined;
    }
}
exports.LocalRouter = LocalRouter;


/***/ }),

/***/ 9342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TaskProcess = exports.TailBuffer = exports.LOG_LIMIT_BYTES = void 0;
const child_process_1 = __nccwpck_require__(5317);
/**
 * One task process: python in its own process group (so cancel reaches whatever the task started),
 * stdout and stderr kept as one log with the tail preserved like the real API (last 5 MB).
 */
exports.LOG_LIMIT_BYTES = 5 * 1024 * 1024;
class TailBuffer {
    limit;
    chunks = [];
    size = 0;
    truncated = false;
    constructor(limit = exports.LOG_LIMIT_BYTES) {
        this.limit = limit;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size > this.limit && this.chunks.length > 0) {
            const first = this.chunks[0];
            const excess = this.size - this.limit;
            this.truncated = true;
            if (first.length <= excess) {
                this.chunks.shift();
                this.size -= first.length;
            }
            else {
                this.chunks[0] = first.subarray(excess);
                this.size -= excess;
            }
        }
    }
    text() {
        // Dropping bytes from the front may split a UTF-8 sequence; the replacement character is fine.
        return Buffer.concat(this.chunks).toString('utf8');
    }
}
exports.TailBuffer = TailBuffer;
class TaskProcess {
    done;
    child;
    killTimer;
    exited = false;
    constructor(opts) {
        this.child = (0, child_process_1.spawn)(opts.python, opts.args, { cwd: opts.cwd, env: opts.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
        this.child.stdout.on('data', (c) => opts.log.push(c));
        this.child.stderr.on('data', (c) => opts.log.push(c));
        this.done = new Promise((resolve) => {
            let result;
            let settled = false;
            const settle = () => {
                if (settled || !result)
                    return;
                settled = true;
                if (this.killTimer)
                    clearTimeout(this.killTimer);
                // Whatever the task left running in its group ends with it, as on a cluster's REPL teardown.
                this.signalGroup('SIGKILL');
                resolve(result);
            };
            this.child.on('error', (e) => {
                this.exited = true;
                result = { code: null, signal: null, spawnError: `Could not start '${opts.python}': ${e.message}` };
                settle();
            });
            this.child.on('exit', (code, signal) => {
                this.exited = true;
                result = { code, signal };
                // Grandchildren may hold the pipes open; don't wait for them beyond a moment.
                setTimeout(settle, 300).unref();
            });
            this.child.on('close', () => settle());
        });
    }
    signalGroup(signal) {
        if (this.child.pid === undefined)
            return;
        try {
            process.kill(-this.child.pid, signal);
        }
        catch {
            // ESRCH: the group is already gone.
        }
    }
    /** SIGTERM to the whole group, then SIGKILL after `graceMs` if the task is still there. */
    stop(graceMs) {
        this.signalGroup('SIGTERM');
        if (this.killTimer)
            return;
        this.killTimer = setTimeout(() => this.signalGroup('SIGKILL'), graceMs);
        this.killTimer.unref();
        if (this.exited)
            this.signalGroup('SIGKILL');
    }
}
exports.TaskProcess = TaskProcess;


/***/ }),

/***/ 7119:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.startLocalWorkspace = startLocalWorkspace;
const fs = __importStar(__nccwpck_require__(9896));
const http = __importStar(__nccwpck_require__(8611));
const https = __importStar(__nccwpck_require__(5692));
const os = __importStar(__nccwpck_require__(857));
const path = __importStar(__nccwpck_require__(6928));
const crypto_1 = __nccwpck_require__(6982);
const types_1 = __nccwpck_require__(3927);
const router_1 = __nccwpck_require__(3425);
const json_1 = __nccwpck_require__(1526);
const faults_1 = __nccwpck_require__(7553);
const modules_1 = __nccwpck_require__(2135);
const workspace_api_1 = __nccwpck_require__(3830);
const jobs_1 = __nccwpck_require__(1688);
const identity_1 = __nccwpck_require__(4150);
const oauth_1 = __nccwpck_require__(193);
const shim_1 = __nccwpck_require__(9773);
const MAX_BODY = 64 * 1024 * 1024;
const MAX_LOG = 10_000;
const BAD_GATEWAY_HTML = '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';
class Persistence {
    dir;
    entries = [];
    lastWritten = new Map();
    constructor(dir) {
        this.dir = dir;
    }
    register(name, save, load) {
        if (this.entries.some((e) => e.name === name))
            throw new Error(`Persistence name registered twice: ${name}`);
        this.entries.push({ name, save, load });
    }
    loadAll() {
        if (!this.dir)
            return;
        for (const e of this.entries) {
            const file = path.join(this.dir, `${e.name}.json`);
            if (!fs.existsSync(file))
                continue;
            const text = fs.readFileSync(file, 'utf8');
            this.lastWritten.set(e.name, text);
            e.load((0, json_1.parseJson)(text));
        }
    }
    saveAll() {
        if (!this.dir)
            return;
        fs.mkdirSync(this.dir, { recursive: true });
        for (const e of this.entries) {
            const text = (0, json_1.toJson)(e.save() ?? null);
            if (this.lastWritten.get(e.name) === text)
                continue;
            const file = path.join(this.dir, `${e.name}.json`);
            const tmp = `${file}.${process.pid}.tmp`;
            fs.writeFileSync(tmp, text);
            fs.renameSync(tmp, file);
            this.lastWritten.set(e.name, text);
        }
    }
}
function errorBody(code, message) {
    return { error_code: code, message };
}
function stripApiPrefix(p) {
    return p.replace(/^\/api\/\d+\.\d+/, '');
}
/** Starts an HTTP(S) server that answers like a Databricks workspace. */
async function startLocalWorkspace(options = {}) {
    const bind = options.bind ?? '127.0.0.1';
    const token = options.token ?? `dapi${(0, crypto_1.randomBytes)(16).toString('hex')}`;
    const tls = options.tlsCert || options.tlsKey;
    if (tls && !(options.tlsCert && options.tlsKey))
        throw new Error('TLS needs both a certificate (tlsCert) and a key (tlsKey).');
    const router = new router_1.LocalRouter();
    const persistence = new Persistence(options.dataDir ? path.join(options.dataDir, 'state') : undefined);
    const faults = new faults_1.FaultInjector();
    const faultSpec = options.faults ?? process.env.DATABRICKS_LOCAL_FAULTS;
    if (faultSpec)
        faults.set(faultSpec);
    const oauth = new oauth_1.OAuthService(options);
    let hostUrl = '';
    // Ids start just below 2^53 so that clients meet unsafe integers within the first few objects.
    let idCounter = 2n ** 53n - 8n;
    persistence.register('core', () => ({ next_id: idCounter }), (saved) => {
        const n = saved?.next_id;
        if (typeof n === 'bigint' || typeof n === 'number')
            idCounter = BigInt(n);
    });
    const ctx = {
        router,
        host: () => hostUrl,
        now: () => Date.now(),
        nextId: () => {
            idCounter += BigInt(1 + Math.floor(Math.random() * 3));
            return idCounter;
        },
        persist: (name, save, load) => persistence.register(name, save, load),
        options,
    };
    const scratchRoot = options.dataDir ? path.join(options.dataDir, 'scratch') : fs.mkdtempSync(path.join(os.tmpdir(), 'databricks-local-'));
    fs.mkdirSync(scratchRoot, { recursive: true });
    const workspace = (0, workspace_api_1.registerWorkspace)(ctx);
    const jobs = (0, jobs_1.registerJobs)(ctx, { workspace, scratchDir: scratchRoot, token, shimDir: (0, shim_1.shimDir)() });
    router.add('GET', '/api/2.0/preview/scim/v2/Me', (req) => ({
        status: 200,
        body: (0, identity_1.meResponse)(identities.get(req.user ?? '') ?? { userName: identity_1.LOCAL_USER, servicePrincipal: false }),
    }));
    for (const register of modules_1.apiModules)
        register(ctx);
    persistence.loadAll();
    jobs.afterLoad();
    const identities = new Map([[identity_1.LOCAL_USER, { userName: identity_1.LOCAL_USER, servicePrincipal: false }]]);
    const requestLog = [];
    let seq = 0;
    let dirty = false;
    function authenticate(header) {
        if (!header)
            return 'Credential was not sent or was of an unsupported type for this API.';
        const m = /^Bearer\s+(\S+)$/i.exec(header);
        if (!m)
            return 'Credential was not sent or was of an unsupported type for this API.';
        if (m[1] === token)
            return identities.get(identity_1.LOCAL_USER);
        const issued = oauth.lookup(m[1]);
        if (issued === 'expired')
            return 'Token is expired.';
        if (!issued)
            return 'Invalid access token.';
        if (!identities.has(issued.userName))
            identities.set(issued.userName, issued);
        return issued;
    }
    async function localEndpoint(method, p, query, body) {
        if (p === '/__local/requests' && method === 'GET') {
            const since = Number(query.get('since') ?? '0');
            return { status: 200, body: { requests: requestLog.filter((r) => r.seq > since) } };
        }
        if (p === '/__local/requests' && method === 'DELETE') {
            requestLog.length = 0;
            return { status: 200, body: {} };
        }
        if (p === '/__local/faults' && method === 'GET')
            return { status: 200, body: { rules: faults.describe() } };
        if (p === '/__local/faults' && method === 'DELETE') {
            faults.clear();
            return { status: 200, body: {} };
        }
        if (p === '/__local/faults' && method === 'POST') {
            const b = (body ?? {});
            if (typeof b.spec !== 'string')
                throw new types_1.ApiError(400, 'INVALID_PARAMETER_VALUE', 'Send {"spec": "<fault rules>"} (see the local workspace README).');
            try {
                faults.set(b.spec, b.append === true);
            }
            catch (e) {
                if (e instanceof faults_1.FaultSpecError)
                    throw new types_1.ApiError(400, 'INVALID_PARAMETER_VALUE', e.message);
                throw e;
            }
            return { status: 200, body: { rules: faults.describe() } };
        }
        const logs = /^\/__local\/runs\/(\d+)\/logs$/.exec(p);
        if (logs && method === 'GET')
            return { status: 200, body: jobs.rawLogs(logs[1]) };
        throw new types_1.ApiError(404, 'ENDPOINT_NOT_FOUND', `No local endpoint '${method} ${p}'`);
    }
    function send(res, r) {
        const headers = { 'x-databricks-org-id': identity_1.WORKSPACE_ID, ...(r.headers ?? {}) };
        let payload;
        if (Buffer.isBuffer(r.body))
            payload = r.body;
        else if (typeof r.body === 'string' && headers['content-type'] && !headers['content-type'].includes('json'))
            payload = r.body;
        else {
            payload = (0, json_1.toJson)(r.body === undefined ? {} : r.body);
            headers['content-type'] ??= 'application/json';
        }
        res.writeHead(r.status, headers);
        res.end(payload);
    }
    function faultResponse(rule, p) {
        if (rule.action.kind !== 'status')
            return undefined;
        const retryAfter = rule.retryAfter !== undefined ? { 'retry-after': String(rule.retryAfter) } : undefined;
        switch (rule.action.status) {
            case 429:
                return {
                    status: 429,
                    headers: { 'retry-after': String(rule.retryAfter ?? 1) },
                    body: errorBody('REQUEST_LIMIT_EXCEEDED', 'Too many requests. Please wait a moment and try again.'),
                };
            case 503:
                return {
                    status: 503,
                    headers: retryAfter,
                    body: errorBody('TEMPORARILY_UNAVAILABLE', `The service at ${stripApiPrefix(p)} is temporarily unavailable. Please try again later.`),
                };
            case 500:
                return { status: 500, body: errorBody('INTERNAL_ERROR', 'Injected internal error.') };
            case 502:
                return { status: 502, headers: { 'content-type': 'text/html' }, body: BAD_GATEWAY_HTML };
            case 504:
                // What the gateway in front of a workspace sends: plain text, not JSON.
                return { status: 504, headers: { 'content-type': 'text/plain' }, body: 'upstream request timeout' };
        }
    }
    async function handle(req, res, raw) {
        const started = Date.now();
        const method = (req.method ?? 'GET').toUpperCase();
        const url = new URL(req.url ?? '/', 'http://local');
        const p = url.pathname;
        const entry = { seq: ++seq, time: started, method, path: p, query: url.search.replace(/^\?/, ''), status: 0, duration_ms: 0 };
        const finish = (r) => {
            entry.duration_ms = Date.now() - started;
            if (r === 'reset') {
                entry.status = 0;
                req.socket.resetAndDestroy();
            }
            else {
                entry.status = r.status;
                send(res, r);
                if (method !== 'GET' && r.status < 400)
                    dirty = true;
            }
            if (!p.startsWith('/__local/')) {
                requestLog.push(entry);
                if (requestLog.length > MAX_LOG)
                    requestLog.splice(0, requestLog.length - MAX_LOG);
            }
        };
        let dropAfter = false;
        try {
            if (!p.startsWith('/__local/')) {
                const rule = faults.pick(method, p);
                if (rule) {
                    entry.fault = rule.text;
                    if (rule.action.kind === 'reset')
                        return finish('reset');
                    if (rule.action.kind === 'drop')
                        dropAfter = true;
                    else if (rule.action.kind === 'delay')
                        await new Promise((r) => setTimeout(r, rule.action.ms));
                    else
                        return finish(faultResponse(rule, p));
                }
            }
            const contentType = String(req.headers['content-type'] ?? '');
            if (p === '/oidc/v1/token' && method === 'POST') {
                return finish(oauth.token(raw.toString('utf8'), contentType, req.headers.authorization, hostUrl));
            }
            if (p === '/oidc/.well-known/oauth-authorization-server' && method === 'GET') {
                return finish({ status: 200, body: oauth.discovery(hostUrl) });
            }
            const who = authenticate(req.headers.authorization);
            if (typeof who === 'string')
                return finish({ status: 401, body: errorBody('UNAUTHENTICATED', who) });
            let body;
            const text = raw.toString('utf8');
            if (text.trim() !== '') {
                if (contentType.includes('application/x-www-form-urlencoded'))
                    body = Object.fromEntries(new URLSearchParams(text));
                else {
                    try {
                        body = (0, json_1.parseJson)(text);
                    }
                    catch (e) {
                        return finish({ status: 400, body: errorBody('MALFORMED_REQUEST', `Invalid JSON given in the body of the request - ${e.message}`) });
                    }
                }
                if (raw.length <= 65536)
                    entry.body = body;
            }
            // Older clients send GET parameters as a JSON body; the service accepts both.
            const query = new URLSearchParams(url.searchParams);
            if (method === 'GET' && body && typeof body === 'object' && !Array.isArray(body)) {
                for (const [k, v] of Object.entries(body)) {
                    if (!query.has(k) && v !== null && typeof v !== 'object')
                        query.set(k, String(v));
                }
            }
            let response;
            if (p.startsWith('/__local/'))
                response = await localEndpoint(method, p, query, body);
            else {
                const match = router.match(method, p);
                if (!match) {
                    response = { status: 404, body: errorBody('ENDPOINT_NOT_FOUND', `No API found for '${method} ${stripApiPrefix(p)}'`) };
                }
                else {
                    const request = { method, path: p, query, body, headers: req.headers, params: match.params, user: who.userName };
                    response = await match.handler(request);
                }
            }
            if (dropAfter)
                return finish('reset');
            finish(response);
        }
        catch (e) {
            if (dropAfter)
                return finish('reset');
            if (e instanceof types_1.ApiError)
                finish({ status: e.status, body: errorBody(e.errorCode, e.message) });
            else
                finish({ status: 500, body: errorBody('INTERNAL_ERROR', `Local workspace bug: ${e?.stack ?? String(e)}`) });
        }
    }
    const listener = (req, res) => {
        const chunks = [];
        let size = 0;
        req.on('data', (c) => {
            size += c.length;
            if (size > MAX_BODY) {
                res.writeHead(413, { 'content-type': 'application/json' });
                res.end((0, json_1.toJson)(errorBody('RESOURCE_EXHAUSTED', 'Request body too large.')));
                req.destroy();
                return;
            }
            chunks.push(c);
        });
        req.on('end', () => {
            if (size > MAX_BODY)
                return;
            void handle(req, res, Buffer.concat(chunks));
        });
    };
    const server = tls
        ? https.createServer({ cert: fs.readFileSync(options.tlsCert), key: fs.readFileSync(options.tlsKey) }, listener)
        : http.createServer(listener);
    const sockets = new Set();
    server.on('connection', (s) => {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, bind, () => {
            server.off('error', reject);
            resolve();
        });
    });
    const port = server.address().port;
    const scheme = tls ? 'https' : 'http';
    const hostName = bind === '0.0.0.0' || bind === '::' ? '127.0.0.1' : bind.includes(':') ? `[${bind}]` : bind;
    const defaultPort = (tls && port === 443) || (!tls && port === 80);
    hostUrl = `${scheme}://${hostName}${defaultPort ? '' : `:${port}`}`;
    const saveTimer = options.dataDir
        ? setInterval(() => {
            if (!dirty && !jobs.changed())
                return;
            dirty = false;
            try {
                persistence.saveAll();
            }
            catch {
                // A failed periodic save is retried on the next tick and at close.
            }
        }, 500)
        : undefined;
    saveTimer?.unref();
    let closing;
    const close = () => {
        closing ??= (async () => {
            if (saveTimer)
                clearInterval(saveTimer);
            await new Promise((resolve) => {
                server.close(() => resolve());
                for (const s of sockets)
                    s.destroy();
            });
            await jobs.shutdown();
            persistence.saveAll();
            if (!options.dataDir)
                fs.rmSync(scratchRoot, { recursive: true, force: true });
        })();
        return closing;
    };
    return { host: hostUrl, token, clientId: oauth.clientId, clientSecret: oauth.clientSecret, close };
}


/***/ }),

/***/ 9698:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.register = register;
const types_1 = __nccwpck_require__(3927);
const mlflow_util_1 = __nccwpck_require__(3658);
const API = '/api/2.0/serving-endpoints';
const ENTITY_FIELDS_LEGACY = { model_name: 'entity_name', model_version: 'entity_version' };
/** Validates an EndpointCoreConfigInput and normalises it to served entities + routes. */
function parseConfig(raw, version) {
    if (!raw || typeof raw !== 'object')
        throw (0, mlflow_util_1.invalid)("Missing value for required parameter 'config'.");
    const c = raw;
    const legacy = c.served_entities === undefined && c.served_models !== undefined;
    const list = ((0, mlflow_util_1.optList)(c, legacy ? 'served_models' : 'served_entities') ?? []);
    if (!list.length)
        throw (0, mlflow_util_1.invalid)('The endpoint config must contain at least one served entity.');
    const entities = list.map((e) => {
        if (!e || typeof e !== 'object')
            throw (0, mlflow_util_1.invalid)('Each served entity must be an object.');
        const out = { name: '' };
        for (const [k, v] of Object.entries(e))
            out[ENTITY_FIELDS_LEGACY[k] ?? k] = v;
        const entityName = (0, mlflow_util_1.optString)(out, 'entity_name');
        const entityVersion = (0, mlflow_util_1.optString)(out, 'entity_version');
        if (!entityName && !out.external_model)
            throw (0, mlflow_util_1.invalid)(`Served entity ${JSON.stringify(e)} needs '${legacy ? 'model_name' : 'entity_name'}'.`);
        if (entityName && !out.external_model && !entityVersion) {
            throw (0, mlflow_util_1.invalid)(`Served entity '${entityName}' needs '${legacy ? 'model_version' : 'entity_version'}'.`);
        }
        if (entityVersion !== undefined)
            out.entity_version = entityVersion;
        out.name = (0, mlflow_util_1.optString)(e, 'name') || `${entityName}-${entityVersion ?? ''}`;
        return out;
    });
    const names = new Set();
    for (const e of entities) {
        if (names.has(e.name))
            throw (0, mlflow_util_1.invalid)(`Served entity names must be unique; '${e.name}' appears more than once.`);
        names.add(e.name);
    }
    const tc = c.traffic_config;
    let routes;
    if (tc && (0, mlflow_util_1.optList)(tc, 'routes')) {
        routes = (0, mlflow_util_1.optList)(tc, 'routes').map((r) => {
            const target = (0, mlflow_util_1.optString)(r, 'served_entity_name') ?? (0, mlflow_util_1.optString)(r, 'served_model_name');
            if (!target)
                throw (0, mlflow_util_1.invalid)("Each traffic route needs 'served_entity_name'.");
            if (!names.has(target))
                throw (0, mlflow_util_1.invalid)(`Traffic route refers to '${target}', which is not a served entity of this config (${[...names].join(', ')}).`);
            const pct = Number(r.traffic_percentage ?? 0);
            if (!Number.isInteger(pct) || pct < 0 || pct > 100)
                throw (0, mlflow_util_1.invalid)(`Invalid traffic_percentage ${String(r.traffic_percentage)} for '${target}': must be a whole number from 0 to 100.`);
            return { served_entity_name: target, traffic_percentage: pct };
        });
        const total = routes.reduce((s, r) => s + r.traffic_percentage, 0);
        if (total !== 100)
            throw (0, mlflow_util_1.invalid)(`The traffic config's routes must add up to 100 percent; they add up to ${total}.`);
    }
    else {
        // Without a traffic config, traffic is split evenly (the remainder to the first entity) [inferred].
        const share = Math.floor(100 / entities.length);
        routes = entities.map((e, i) => ({ served_entity_name: e.name, traffic_percentage: share + (i === 0 ? 100 - share * entities.length : 0) }));
    }
    return { config_version: version, legacy, served_entities: entities, traffic_config: { routes }, ...(c.auto_capture_config ? { auto_capture_config: c.auto_capture_config } : {}) };
}
function register(ctx) {
    const state = { endpoints: [] };
    ctx.persist('serving-endpoints', () => state, (saved) => {
        state.endpoints = saved?.endpoints ?? [];
    });
    const now = () => ctx.now();
    const updateMs = () => ctx.options.servingUpdateMs ?? 2000;
    /** Lands or fails a pending config whose time is up. */
    const settle = (ep) => {
        if (ep.pending && now() - ep.pending.start_time >= updateMs()) {
            const uc = (0, mlflow_util_1.shared)(ctx, 'unity-catalog');
            const missing = ep.pending.config.served_entities.find((e) => e.entity_name && e.entity_name.split('.').length === 3 && !e.external_model && uc && !uc.versionExists(e.entity_name, String(e.entity_version)));
            if (missing) {
                ep.failure = `Served entity '${missing.name}' failed to deploy: model version ${missing.entity_name}/${missing.entity_version} does not exist.`;
            }
            else {
                ep.config = ep.pending.config;
                ep.failure = undefined;
            }
            ep.pending = undefined;
            ep.last_updated_timestamp = now();
        }
        return ep;
    };
    const find = (name) => {
        const ep = state.endpoints.find((e) => e.name === name);
        if (!ep)
            throw (0, mlflow_util_1.notFound)(`Endpoint with name '${name}' does not exist.`);
        return settle(ep);
    };
    const configView = (c, deployment, message, startTime) => {
        const entities = c.served_entities.map((e) => {
            const base = c.legacy
                ? Object.fromEntries(Object.entries(e).map(([k, v]) => [k === 'entity_name' ? 'model_name' : k === 'entity_version' ? 'model_version' : k, v]))
                : { ...e };
            return { ...base, creator: mlflow_util_1.LOCAL_USER, state: { deployment, deployment_state_message: message } };
        });
        const routes = c.traffic_config.routes.map((r) => (c.legacy ? { served_model_name: r.served_entity_name, traffic_percentage: r.traffic_percentage } : r));
        return {
            config_version: c.config_version,
            ...(startTime !== undefined ? { start_time: startTime } : {}),
            [c.legacy ? 'served_models' : 'served_entities']: entities,
            traffic_config: { routes },
            ...(c.auto_capture_config ? { auto_capture_config: c.auto_capture_config } : {}),
        };
    };
    const view = (ep) => ({
        name: ep.name,
        id: ep.id,
        creator: ep.creator,
        creation_timestamp: ep.creation_timestamp,
        last_updated_timestamp: ep.last_updated_timestamp,
        state: {
            ready: ep.config ? 'READY' : 'NOT_READY',
            config_update: ep.pending ? 'IN_PROGRESS' : ep.failure ? 'UPDATE_FAILED' : 'NOT_UPDATING',
        },
        ...(ep.config ? { config: configView(ep.config, 'DEPLOYMENT_READY', 'Served entity is ready.') } : {}),
        ...(ep.pending ? { pending_config: configView(ep.pending.config, 'DEPLOYMENT_CREATING', 'Creating the served entity.', ep.pending.start_time) } : {}),
        ...(ep.failure ? { failure_message: ep.failure } : {}),
        tags: ep.tags,
        ...(ep.description !== undefined ? { description: ep.description } : {}),
        ...ep.extra,
        permission_level: 'CAN_MANAGE',
        endpoint_url: `${ctx.host()}/serving-endpoints/${encodeURIComponent(ep.name)}/invocations`,
    });
    const byName = (rest) => new RegExp(`^${API.replace(/\//g, '\\/')}\\/(?<name>[^/]+)${rest}$`);
    const nameOf = (req) => decodeURIComponent(req.params.name ?? '');
    ctx.router.add('POST', API, (req) => {
        const a = (0, mlflow_util_1.args)(req);
        const name = (0, mlflow_util_1.optString)(a, 'name') ?? '';
        // Databricks' naming rule for endpoints [inferred from the UI's validation].
        if (!/^[A-Za-z0-9_-]{1,63}$/.test(name)) {
            throw (0, mlflow_util_1.invalid)(`Invalid endpoint name '${name}': use 1 to 63 letters, digits, dashes and underscores.`);
        }
        if (state.endpoints.some((e) => e.name === name))
            throw (0, mlflow_util_1.alreadyExists)(`Endpoint with name '${name}' already exists.`);
        const config = parseConfig(a.config, 1);
        const extra = {};
        for (const k of ['ai_gateway', 'rate_limits', 'route_optimized', 'budget_policy_id', 'email_notifications']) {
            if (a[k] !== undefined)
                extra[k] = a[k];
        }
        const ep = {
            name,
            id: ctx.nextId().toString(16),
            creator: mlflow_util_1.LOCAL_USER,
            creation_timestamp: now(),
            last_updated_timestamp: now(),
            tags: (0, mlflow_util_1.tagList)(a),
            description: (0, mlflow_util_1.optString)(a, 'description'),
            extra,
            pending: { config, start_time: now() },
            next_version: 2,
        };
        state.endpoints.push(ep);
        return (0, mlflow_util_1.ok)(view(ep));
    });
    ctx.router.add('GET', API, () => (0, mlflow_util_1.ok)({ endpoints: state.endpoints.map((e) => view(settle(e))) }));
    ctx.router.add('GET', byName(''), (req) => (0, mlflow_util_1.ok)(view(find(nameOf(req)))));
    ctx.router.add('DELETE', byName(''), (req) => {
        const ep = find(nameOf(req));
        state.endpoints.splice(state.endpoints.indexOf(ep), 1);
        return (0, mlflow_util_1.ok)({});
    });
    ctx.router.add('PUT', byName('\\/config'), (req) => {
        const ep = find(nameOf(req));
        if (ep.pending) {
            throw new types_1.ApiError(409, 'RESOURCE_CONFLICT', `Endpoint '${ep.name}' has a config update in progress (version ${ep.pending.config.config_version}); wait until config_update is NOT_UPDATING and retry.`);
        }
        const config = parseConfig(req.body, ep.next_version);
        ep.next_version++;
        ep.pending = { config, start_time: now() };
        ep.failure = undefined;
        ep.last_updated_timestamp = now();
        return (0, mlflow_util_1.ok)(view(ep));
    });
    ctx.router.add('PATCH', byName('\\/tags'), (req) => {
        const ep = find(nameOf(req));
        const a = (0, mlflow_util_1.args)(req);
        for (const t of (0, mlflow_util_1.tagList)(a, 'add_tags'))
            (0, mlflow_util_1.putTag)(ep.tags, t);
        const del = ((0, mlflow_util_1.optList)(a, 'delete_keys') ?? []).map(String);
        ep.tags = ep.tags.filter((t) => !del.includes(t.key));
        ep.last_updated_timestamp = now();
        return (0, mlflow_util_1.ok)({ tags: ep.tags });
    });
}


/***/ }),

/***/ 9773:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shimDir = shimDir;
const fs = __importStar(__nccwpck_require__(9896));
const path = __importStar(__nccwpck_require__(6928));
/**
 * The folder holding the Python shim (`dbutils`, the task launcher, the mlflow fallback). From
 * source it sits beside this file; the bundled CLI in dist/ carries a copy named
 * `local-workspace-python`.
 */
function shimDir() {
    const fromEnv = process.env.DATABRICKS_MLOPS_SHIM_DIR;
    if (fromEnv)
        return fromEnv;
    const candidates = [path.join(__dirname, 'python'), path.join(__dirname, 'local-workspace-python')];
    return candidates.find((c) => fs.existsSync(path.join(c, 'dbutils.py'))) ?? candidates[0];
}


/***/ }),

/***/ 2449:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

/**
 * Maps a Databricks SQL statement onto SQLite: Unity Catalog table names (`catalog.schema.table`,
 * `schema.table`, or `table` resolved against the request's catalog and schema) become one SQLite
 * table named `catalog__schema__table`; double-quoted text becomes a string (Spark's default);
 * `current_timestamp()` loses its parentheses; `USING DELTA` and `CREATE OR REPLACE` are handled.
 * It is a tokenizer with a small state machine, not a SQL parser: see README-ml.md for its limits.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.engineName = engineName;
exports.quoteIdent = quoteIdent;
exports.tokenize = tokenize;
exports.translate = translate;
exports.displayNames = displayNames;
function engineName(catalog, schema, table) {
    return `${catalog}__${schema}__${table}`.toLowerCase();
}
function quoteIdent(name) {
    return `"${name.replace(/"/g, '""')}"`;
}
function quoteString(s) {
    return `'${s.replace(/'/g, "''")}'`;
}
function tokenize(sql) {
    const out = [];
    let i = 0;
    const push = (kind, start, value) => out.push({ kind, text: sql.slice(start, i), value });
    while (i < sql.length) {
        const start = i;
        const c = sql[i];
        if (/\s/.test(c)) {
            while (i < sql.length && /\s/.test(sql[i]))
                i++;
            push('ws', start);
        }
        else if (c === '-' && sql[i + 1] === '-') {
            while (i < sql.length && sql[i] !== '\n')
                i++;
            push('comment', start);
        }
        else if (c === '/' && sql[i + 1] === '*') {
            const end = sql.indexOf('*/', i + 2);
            i = end < 0 ? sql.length : end + 2;
            push('comment', start);
        }
        else if (c === "'" || c === '"' || c === '`') {
            let value = '';
            i++;
            while (i < sql.length) {
                if (sql[i] === '\\' && c !== '`' && i + 1 < sql.length) {
                    // Spark strings accept backslash escapes.
                    const n = sql[i + 1];
                    value += n === 'n' ? '\n' : n === 't' ? '\t' : n;
                    i += 2;
                    continue;
                }
                if (sql[i] === c) {
                    if (sql[i + 1] === c) {
                        value += c;
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                value += sql[i++];
            }
            if (c === '`')
                push('ident', start, value);
            else {
                out.push({ kind: 'string', text: quoteString(value), value });
            }
        }
        else if (c === ':' && /[A-Za-z_]/.test(sql[i + 1] ?? '') && sql[i - 1] !== ':') {
            i++;
            while (i < sql.length && /\w/.test(sql[i]))
                i++;
            push('param', start, sql.slice(start + 1, i));
        }
        else if (c === '?') {
            i++;
            push('qmark', start);
        }
        else if (/[A-Za-z_]/.test(c)) {
            while (i < sql.length && /\w/.test(sql[i]))
                i++;
            push('word', start, sql.slice(start, i));
        }
        else if (/\d/.test(c) || (c === '.' && /\d/.test(sql[i + 1] ?? ''))) {
            while (i < sql.length && /[\d.eE]/.test(sql[i])) {
                if ((sql[i] === 'e' || sql[i] === 'E') && /[-+]/.test(sql[i + 1] ?? ''))
                    i++;
                i++;
            }
            // Spark numeric suffixes (1L, 2.0D, 3BD) have no SQLite meaning.
            const m = /^(BD|[LSYDF])\b/i.exec(sql.slice(i));
            const text = sql.slice(start, i);
            if (m)
                i += m[0].length;
            out.push({ kind: 'number', text });
        }
        else {
            i++;
            if ((c === ':' && sql[i] === ':') || (c === '<' && /[=>]/.test(sql[i] ?? '')) || (c === '>' && sql[i] === '=') || (c === '!' && sql[i] === '=') || (c === '|' && sql[i] === '|'))
                i++;
            push('punct', start);
        }
    }
    return out;
}
const AFTER_TABLE_KEYWORDS = new Set('WHERE JOIN INNER LEFT RIGHT FULL CROSS OUTER NATURAL ON USING GROUP ORDER LIMIT OFFSET UNION EXCEPT INTERSECT HAVING WINDOW SET VALUES SELECT RETURNING INDEXED NOT LATERAL PIVOT TABLESAMPLE'.split(' '));
const END_OF_FROM = new Set('WHERE GROUP ORDER LIMIT HAVING WINDOW UNION EXCEPT INTERSECT ON USING SET VALUES SELECT RETURNING'.split(' '));
const isName = (t) => !!t && (t.kind === 'word' || t.kind === 'ident');
const upper = (t) => (t && t.kind === 'word' ? t.text.toUpperCase() : '');
function translate(sql, defaults) {
    const all = tokenize(sql);
    // Split on top-level semicolons; anything after the first statement makes it "multiple".
    const semi = all.findIndex((t) => t.kind === 'punct' && t.text === ';');
    const tokens = semi < 0 ? all : all.slice(0, semi);
    const multiple = semi >= 0 && all.slice(semi + 1).some((t) => t.kind !== 'ws' && t.kind !== 'comment' && t.text !== ';');
    const sig = tokens.map((t, i) => [t, i]).filter(([t]) => t.kind !== 'ws' && t.kind !== 'comment');
    const words = sig.map(([t]) => upper(t));
    const verb = words[0] ?? '';
    const result = {
        statements: [],
        noop: false,
        verb,
        tables: [],
        params: [],
        positional: tokens.some((t) => t.kind === 'qmark'),
        multiple,
    };
    for (const t of tokens)
        if (t.kind === 'param' && !result.params.includes(t.value))
            result.params.push(t.value);
    if (verb === 'USE' || ((verb === 'CREATE' || verb === 'DROP' || verb === 'ALTER') && /^(SCHEMA|DATABASE|CATALOG)$/.test(words[1] ?? ''))) {
        result.noop = true;
        return result;
    }
    // CTE names (`name [(cols)] AS (`) are not tables.
    const ctes = new Set();
    for (let k = 0; k < sig.length; k++) {
        const [t] = sig[k];
        if (!isName(t) || ['TABLE', 'VIEW', 'EXISTS'].includes(words[k - 1] ?? ''))
            continue;
        let j = k + 1;
        if (sig[j]?.[0].text === '(') {
            let depth = 0;
            for (; j < sig.length; j++) {
                if (sig[j][0].text === '(')
                    depth++;
                else if (sig[j][0].text === ')' && --depth === 0)
                    break;
            }
            j++;
        }
        if (words[j] === 'AS' && sig[j + 1]?.[0].text === '(')
            ctes.add((t.value ?? t.text).toLowerCase());
    }
    // Walk the significant tokens, rewriting table references in place.
    const rewritten = tokens.map((t) => t.text);
    const fromStack = [false];
    let expect = '';
    const dropToken = new Set();
    for (let k = 0; k < sig.length; k++) {
        const [t, idx] = sig[k];
        const w = words[k];
        if (t.text === '(') {
            // A subquery or function call in a FROM clause is not a table name.
            fromStack.push(false);
            if (expect === 'from' || expect === 'update')
                expect = '';
            continue;
        }
        if (t.text === ')') {
            if (fromStack.length > 1)
                fromStack.pop();
            continue;
        }
        if (t.text === ',' && fromStack[fromStack.length - 1]) {
            expect = 'from';
            continue;
        }
        // `current_timestamp()` is Spark; SQLite has the keyword only.
        if (/^(CURRENT_TIMESTAMP|CURRENT_DATE)$/.test(w) && sig[k + 1]?.[0].text === '(' && sig[k + 2]?.[0].text === ')') {
            dropToken.add(sig[k + 1][1]);
            dropToken.add(sig[k + 2][1]);
            k += 2;
            continue;
        }
        if (w === 'USING' && verb === 'CREATE' && sig[k + 1] && sig[k + 1][0].kind === 'word' && sig[k + 2]?.[0].text !== '(') {
            dropToken.add(idx);
            dropToken.add(sig[k + 1][1]);
            k++;
            continue;
        }
        if (w === 'FROM' || w === 'JOIN') {
            fromStack[fromStack.length - 1] = true;
            expect = 'from';
            continue;
        }
        if (END_OF_FROM.has(w)) {
            fromStack[fromStack.length - 1] = false;
            expect = '';
            continue;
        }
        if (w === 'INTO') {
            expect = 'into';
            continue;
        }
        if (w === 'UPDATE') {
            expect = 'update';
            continue;
        }
        if (w === 'TABLE' || w === 'VIEW') {
            expect = 'table';
            continue;
        }
        if (expect && (w === 'IF' || w === 'NOT' || w === 'EXISTS' || w === 'ONLY'))
            continue;
        if (!expect || !isName(t)) {
            expect = '';
            continue;
        }
        // A name in table position: gather the dotted chain.
        const chain = [sig[k]];
        while (sig[k + 1]?.[0].text === '.' && isName(sig[k + 2]?.[0])) {
            chain.push(sig[k + 2]);
            k += 2;
        }
        const kindOfPosition = expect;
        expect = '';
        const names = chain.map(([c]) => (c.value ?? c.text).toLowerCase());
        if (names.length === 1 && ctes.has(names[0]))
            continue;
        if (kindOfPosition === 'from' && names.length === 1 && sig[k + 1]?.[0].text === '(')
            continue; // table function
        if (names.length > 3)
            continue;
        const [catalog, schema, table] = names.length === 3 ? names : names.length === 2 ? [defaults.catalog.toLowerCase(), names[0], names[1]] : [defaults.catalog.toLowerCase(), defaults.schema.toLowerCase(), names[0]];
        const engine = engineName(catalog, schema, table);
        if (!result.tables.some((x) => x.engine === engine))
            result.tables.push({ catalog, schema, table, engine });
        let replacement = quoteIdent(engine);
        if (kindOfPosition === 'from' || kindOfPosition === 'update') {
            const next = sig[k + 1]?.[0];
            const hasAlias = next && ((next.kind === 'word' && !AFTER_TABLE_KEYWORDS.has(upper(next))) || next.kind === 'ident' || upper(next) === 'AS');
            // Keep `table.column` references working after the rename.
            if (!hasAlias && names.length > 0)
                replacement += ` AS ${quoteIdent(table)}`;
        }
        rewritten[chain[0][1]] = replacement;
        for (let c = chain[0][1] + 1; c <= chain[chain.length - 1][1]; c++)
            rewritten[c] = '';
    }
    const text = rewritten.map((s, i) => (dropToken.has(i) ? '' : s)).join('');
    if (verb === 'CREATE' && words[1] === 'OR' && words[2] === 'REPLACE' && (words[3] === 'TABLE' || words[3] === 'VIEW') && result.tables[0]) {
        const kind = words[3];
        result.statements.push(`DROP ${kind} IF EXISTS ${quoteIdent(result.tables[0].engine)}`);
        result.statements.push(text.replace(/^(\s*(?:--[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*)CREATE\s+OR\s+REPLACE\s+/i, '$1CREATE '));
    }
    else {
        result.statements.push(text);
    }
    return result;
}
/** Rewrites engine table names in an SQLite message back to `catalog`.`schema`.`table`. */
function displayNames(message) {
    return message.replace(/"?\b(?:main\.)?([a-z0-9_]+?)__([a-z0-9_]+?)__([a-z0-9_]+)\b"?/gi, '`$1`.`$2`.`$3`');
}


/***/ }),

/***/ 9378:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CHUNK_ROWS = void 0;
exports.loadSqlEngine = loadSqlEngine;
exports.register = register;
/**
 * SQL Statement Execution (`/api/2.0/sql/statements`, reference §4.6) on SQLite compiled to
 * WebAssembly (sql.js). One database per workspace holds every Unity Catalog table as
 * `catalog__schema__table` (sql-translate.ts). A SQL failure is an HTTP 200 with `state: FAILED`;
 * HTTP errors are for bad requests only, as on Databricks.
 */
const node_fs_1 = __importDefault(__nccwpck_require__(3024));
const node_crypto_1 = __nccwpck_require__(7598);
const mlflow_util_1 = __nccwpck_require__(3658);
const sql_translate_1 = __nccwpck_require__(2449);
const API = '/api/2.0/sql/statements';
/** Rows per result chunk. Real chunks are sized by bytes; a fixed row count keeps paging testable. */
exports.CHUNK_ROWS = 5000;
/** How long an asynchronous (`wait_timeout: "0s"`) statement waits before it runs unless polled. */
const ASYNC_START_MS = 50;
const KEEP_STATEMENTS = 1000;
let engine;
/**
 * Loads the SQLite engine once per process. This is the one place that knows where the wasm file
 * lives, so that the bundler step (ncc does not follow `require.resolve` to a .wasm) is adjusted here.
 */
function loadSqlEngine() {
    engine ??= (async () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const initSqlJs = __nccwpck_require__(4398);
        const wasm = node_fs_1.default.readFileSync(/*require.resolve*/(9491));
        return initSqlJs({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) });
    })();
    return engine;
}
/** Declared column types (from CREATE TABLE) to the `type_name` Databricks reports. */
function typeName(declared) {
    const d = declared.toUpperCase().replace(/\(.*$/, '').trim();
    if (/^(INT|INTEGER)$/.test(d))
        return 'INT';
    if (/^(BIGINT|LONG)$/.test(d))
        return 'LONG';
    if (/^(SMALLINT|SHORT)$/.test(d))
        return 'SHORT';
    if (/^(TINYINT|BYTE)$/.test(d))
        return 'BYTE';
    if (/^(DOUBLE|REAL)$/.test(d))
        return 'DOUBLE';
    if (d === 'FLOAT')
        return 'FLOAT';
    if (/^(DECIMAL|DEC|NUMERIC)$/.test(d))
        return 'DECIMAL';
    if (/^(BOOLEAN|BOOL)$/.test(d))
        return 'BOOLEAN';
    if (d === 'TIMESTAMP' || d === 'TIMESTAMP_NTZ')
        return d;
    if (d === 'DATE')
        return 'DATE';
    if (d === 'BINARY' || d === 'BLOB')
        return 'BINARY';
    return 'STRING';
}
const TYPE_TEXT = { LONG: 'BIGINT', SHORT: 'SMALLINT', BYTE: 'TINYINT' };
function render(v, type) {
    if (v === null || v === undefined)
        return null;
    if (type === 'BOOLEAN')
        return v === 0 || v === 0n || v === '0' || v === 'false' ? 'false' : 'true';
    if (v instanceof Uint8Array)
        return Buffer.from(v).toString('base64');
    if ((type === 'DOUBLE' || type === 'FLOAT') && typeof v === 'number' && Number.isInteger(v))
        return v.toFixed(1);
    return String(v);
}
/** Binds a Databricks parameter to a SQLite value; the type decides the conversion (default STRING). */
function bindValue(p) {
    const name = String(p.name);
    const value = p.value;
    if (value === undefined || value === null)
        return null;
    const type = String(p.type ?? 'STRING').toUpperCase().replace(/\(.*$/, '');
    const s = String(value);
    if (/^(INT|INTEGER|BIGINT|LONG|SMALLINT|SHORT|TINYINT|BYTE)$/.test(type)) {
        if (!/^[-+]?\d+$/.test(s.trim()))
            throw (0, mlflow_util_1.invalid)(`Parameter '${name}' has type ${type} but its value '${s}' is not a whole number.`);
        const b = BigInt(s.trim());
        return b >= BigInt(Number.MIN_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
    }
    if (/^(DOUBLE|FLOAT|REAL|DECIMAL|DEC|NUMERIC)$/.test(type)) {
        const n = Number(s);
        if (s.trim() === '' || Number.isNaN(n))
            throw (0, mlflow_util_1.invalid)(`Parameter '${name}' has type ${type} but its value '${s}' is not a number.`);
        return n;
    }
    if (type === 'BOOLEAN') {
        if (!/^(true|false)$/i.test(s))
            throw (0, mlflow_util_1.invalid)(`Parameter '${name}' has type BOOLEAN but its value '${s}' is not true or false.`);
        return /^true$/i.test(s) ? 1 : 0;
    }
    return s;
}
class SqlFailure extends Error {
    errorCode;
    sqlState;
    constructor(errorCode, message, sqlState) {
        super(message);
        this.errorCode = errorCode;
        this.sqlState = sqlState;
    }
}
/** SQLite's messages in Databricks' words (error class, SQLSTATE), with UC names restored. */
function failureFrom(e) {
    const msg = e instanceof Error ? e.message : String(e);
    let m;
    if ((m = /no such table: (\S+)/.exec(msg))) {
        return new SqlFailure('BAD_REQUEST', `[TABLE_OR_VIEW_NOT_FOUND] The table or view ${(0, sql_translate_1.displayNames)(m[1])} cannot be found. SQLSTATE: 42P01`, '42P01');
    }
    if ((m = /(?:table|view) (\S+) already exists/.exec(msg))) {
        return new SqlFailure('ALREADY_EXISTS', `[TABLE_OR_VIEW_ALREADY_EXISTS] Cannot create table or view ${(0, sql_translate_1.displayNames)(m[1])} because it already exists. SQLSTATE: 42P07`, '42P07');
    }
    if ((m = /no such column: (\S+)/.exec(msg))) {
        return new SqlFailure('BAD_REQUEST', `[UNRESOLVED_COLUMN.WITHOUT_SUGGESTION] A column, variable, or function parameter with name \`${m[1]}\` cannot be resolved. SQLSTATE: 42703`, '42703');
    }
    if (/syntax error|incomplete input|unrecognized token/.test(msg)) {
        return new SqlFailure('BAD_REQUEST', `[PARSE_SYNTAX_ERROR] Syntax error: ${(0, sql_translate_1.displayNames)(msg)}. SQLSTATE: 42601`, '42601');
    }
    if (/constraint failed/.test(msg))
        return new SqlFailure('BAD_REQUEST', `[CONSTRAINT_VIOLATION] ${(0, sql_translate_1.displayNames)(msg)}`, '23000');
    return new SqlFailure('BAD_REQUEST', (0, sql_translate_1.displayNames)(msg));
}
function register(ctx) {
    const state = { statements: [] };
    let db;
    let dbReady;
    const timers = new Map();
    ctx.persist('sql', () => ({ statements: state.statements, database: db ? Buffer.from(db.export()).toString('base64') : state.database }), (saved) => {
        const s = saved;
        state.statements = s?.statements ?? [];
        state.database = s?.database;
    });
    const database = () => (dbReady ??= loadSqlEngine().then((SQL) => {
        db = new SQL.Database(state.database ? Buffer.from(state.database, 'base64') : undefined);
        return db;
    }));
    const declaredTypes = (d, t) => {
        const types = new Map();
        for (const ref of t.tables) {
            let info;
            try {
                info = d.exec(`PRAGMA table_info(${(0, sql_translate_1.quoteIdent)(ref.engine)})`)[0];
            }
            catch {
                continue;
            }
            for (const row of info?.values ?? []) {
                const col = String(row[1]).toLowerCase();
                types.set(col, [...(types.get(col) ?? []), String(row[2] ?? '')]);
            }
        }
        return types;
    };
    /** Runs a statement to completion (sql.js is synchronous) and records the outcome. */
    const execute = (d, rec) => {
        clearTimeout(timers.get(rec.statement_id));
        timers.delete(rec.statement_id);
        if (rec.state !== 'PENDING' && rec.state !== 'RUNNING')
            return;
        rec.state = 'RUNNING';
        try {
            const t = (0, sql_translate_1.translate)(rec.statement, { catalog: rec.catalog, schema: rec.schema });
            if (t.multiple)
                throw new SqlFailure('BAD_REQUEST', '[PARSE_SYNTAX_ERROR] Only one statement can be executed per request. SQLSTATE: 42601', '42601');
            const given = new Map(rec.parameters.map((p) => [String(p.name), p]));
            const unbound = t.params.find((p) => !given.has(p));
            if (unbound)
                throw new SqlFailure('BAD_REQUEST', `[UNBOUND_SQL_PARAMETER] Found the unbound parameter: ${unbound}. SQLSTATE: 42P02`, '42P02');
            if (t.noop) {
                Object.assign(rec, { state: 'SUCCEEDED', columns: [], rows: [] });
                return;
            }
            const binding = {};
            for (const name of t.params)
                binding[`:${name}`] = bindValue(given.get(name));
            let columns = [];
            let rows = [];
            for (const sql of t.statements) {
                let stmt;
                try {
                    stmt = d.prepare(sql);
                }
                catch (e) {
                    throw failureFrom(e);
                }
                try {
                    if (t.params.length)
                        stmt.bind(binding);
                    columns = stmt.getColumnNames();
                    rows = [];
                    // useBigInt keeps 64-bit integers exact; @types/sql.js does not declare the option.
                    const get = stmt.get.bind(stmt);
                    while (stmt.step())
                        rows.push(get(null, { useBigInt: true }));
                }
                catch (e) {
                    throw failureFrom(e);
                }
                finally {
                    stmt.free();
                }
            }
            const modified = d.getRowsModified();
            if (['INSERT', 'UPDATE', 'DELETE', 'MERGE'].includes(t.verb) && columns.length === 0) {
                const names = t.verb === 'INSERT' ? ['num_affected_rows', 'num_inserted_rows'] : ['num_affected_rows'];
                rec.columns = names.map((name, position) => ({ name, type_name: 'LONG', type_text: 'BIGINT', position }));
                rec.rows = [names.map(() => String(modified))];
            }
            else {
                const declared = declaredTypes(d, t);
                rec.columns = columns.map((name, position) => {
                    const candidates = declared.get(name.toLowerCase()) ?? [];
                    let type;
                    if (candidates.length === 1)
                        type = typeName(candidates[0]);
                    else {
                        const sample = rows.find((r) => r[position] !== null && r[position] !== undefined)?.[position];
                        type = typeof sample === 'bigint' || (typeof sample === 'number' && Number.isInteger(sample)) ? 'LONG' : typeof sample === 'number' ? 'DOUBLE' : sample instanceof Uint8Array ? 'BINARY' : 'STRING';
                    }
                    return { name, type_name: type, type_text: TYPE_TEXT[type] ?? type, position };
                });
                const limit = rec.row_limit;
                rec.truncated = limit !== undefined && rows.length > limit;
                if (rec.truncated)
                    rows = rows.slice(0, limit);
                rec.rows = rows.map((r) => r.map((v, i) => render(v, rec.columns[i].type_name)));
            }
            rec.state = 'SUCCEEDED';
        }
        catch (e) {
            const f = e instanceof SqlFailure ? e : failureFrom(e);
            rec.state = 'FAILED';
            rec.error = { error_code: f.errorCode, message: f.message };
            if (f.sqlState)
                rec.sql_state = f.sqlState;
        }
    };
    const chunk = (rec, index) => {
        const rows = rec.rows ?? [];
        const offset = index * exports.CHUNK_ROWS;
        const data = rows.slice(offset, offset + exports.CHUNK_ROWS);
        const total = Math.max(1, Math.ceil(rows.length / exports.CHUNK_ROWS));
        return {
            chunk_index: index,
            row_offset: offset,
            row_count: data.length,
            ...(data.length ? { data_array: data } : {}),
            ...(index + 1 < total
                ? { next_chunk_index: index + 1, next_chunk_internal_link: `${API}/${rec.statement_id}/result/chunks/${index + 1}` }
                : {}),
        };
    };
    const view = (rec) => {
        const status = {
            state: rec.state,
            ...(rec.error ? { error: rec.error } : {}),
            ...(rec.sql_state ? { sql_state: rec.sql_state } : {}),
        };
        if (rec.state !== 'SUCCEEDED')
            return { statement_id: rec.statement_id, status };
        const rows = rec.rows ?? [];
        const chunks = Math.max(1, Math.ceil(rows.length / exports.CHUNK_ROWS));
        return {
            statement_id: rec.statement_id,
            status,
            manifest: {
                format: 'JSON_ARRAY',
                schema: { column_count: rec.columns.length, columns: rec.columns },
                total_chunk_count: chunks,
                chunks: Array.from({ length: chunks }, (_, i) => ({
                    chunk_index: i,
                    row_offset: i * exports.CHUNK_ROWS,
                    row_count: Math.min(exports.CHUNK_ROWS, rows.length - i * exports.CHUNK_ROWS),
                })),
                total_row_count: rows.length,
                truncated: rec.truncated ?? false,
            },
            result: chunk(rec, 0),
        };
    };
    const find = (id) => {
        const rec = state.statements.find((s) => s.statement_id === id);
        if (!rec)
            throw (0, mlflow_util_1.notFound)(`Statement '${id}' does not exist.`);
        return rec;
    };
    const byId = (rest) => new RegExp(`^${API.replace(/\//g, '\\/')}\\/(?<id>[^/]+)${rest}$`);
    ctx.router.add('POST', API, async (req) => {
        const a = (0, mlflow_util_1.args)(req);
        (0, mlflow_util_1.reqString)(a, 'warehouse_id');
        const statement = (0, mlflow_util_1.reqString)(a, 'statement');
        if (Buffer.byteLength(statement) > 16 * 1024 * 1024)
            throw (0, mlflow_util_1.invalid)('The statement is larger than 16 MiB.');
        const wait = (0, mlflow_util_1.optString)(a, 'wait_timeout') ?? '10s';
        const wm = /^(\d+)s$/.exec(wait);
        const waitSeconds = wm ? Number(wm[1]) : NaN;
        if (!(waitSeconds === 0 || (waitSeconds >= 5 && waitSeconds <= 50))) {
            throw (0, mlflow_util_1.invalid)(`Invalid wait_timeout '${wait}': use "0s" or a value from "5s" to "50s".`);
        }
        const onTimeout = (0, mlflow_util_1.optString)(a, 'on_wait_timeout') ?? 'CONTINUE';
        if (onTimeout !== 'CONTINUE' && onTimeout !== 'CANCEL')
            throw (0, mlflow_util_1.invalid)(`Invalid on_wait_timeout '${onTimeout}': use CONTINUE or CANCEL.`);
        const disposition = (0, mlflow_util_1.optString)(a, 'disposition') ?? 'INLINE';
        const format = (0, mlflow_util_1.optString)(a, 'format') ?? 'JSON_ARRAY';
        if (disposition !== 'INLINE')
            throw (0, mlflow_util_1.invalid)(`The local workspace supports only disposition INLINE, not ${disposition}.`);
        if (format !== 'JSON_ARRAY')
            throw (0, mlflow_util_1.invalid)(`Format ${format} is not supported with disposition INLINE; use JSON_ARRAY.`);
        const parameters = ((0, mlflow_util_1.optList)(a, 'parameters') ?? []);
        for (const p of parameters) {
            if (!p || typeof p !== 'object' || !p.name)
                throw (0, mlflow_util_1.invalid)("Each parameter needs a 'name'.");
            bindValue(p); // validate now: a malformed parameter is a bad request, not a SQL failure
        }
        if ((0, sql_translate_1.translate)(statement, { catalog: 'x', schema: 'x' }).positional) {
            throw (0, mlflow_util_1.invalid)('Positional parameter markers (?) are not supported; use named markers such as :name.');
        }
        const rowLimit = (0, mlflow_util_1.optNumber)(a, 'row_limit');
        const rec = {
            statement_id: (0, node_crypto_1.randomUUID)(),
            state: 'PENDING',
            submitted_at: ctx.now(),
            statement,
            catalog: (0, mlflow_util_1.optString)(a, 'catalog') ?? 'main',
            schema: (0, mlflow_util_1.optString)(a, 'schema') ?? 'default',
            parameters,
            ...(rowLimit !== undefined ? { row_limit: rowLimit } : {}),
        };
        state.statements.push(rec);
        if (state.statements.length > KEEP_STATEMENTS)
            state.statements.splice(0, state.statements.length - KEEP_STATEMENTS);
        const d = await database();
        if (waitSeconds === 0) {
            // Asynchronous: answer PENDING now; it runs shortly, or as soon as it is polled.
            const timer = setTimeout(() => execute(d, rec), ASYNC_START_MS);
            timer.unref();
            timers.set(rec.statement_id, timer);
        }
        else {
            execute(d, rec);
        }
        return (0, mlflow_util_1.ok)(view(rec));
    });
    ctx.router.add('GET', byId(''), async (req) => {
        const rec = find(req.params.id);
        if (rec.state === 'PENDING' || rec.state === 'RUNNING')
            execute(await database(), rec);
        return (0, mlflow_util_1.ok)(view(rec));
    });
    ctx.router.add('POST', byId('\\/cancel'), (req) => {
        const rec = find(req.params.id);
        if (rec.state === 'PENDING' || rec.state === 'RUNNING') {
            clearTimeout(timers.get(rec.statement_id));
            timers.delete(rec.statement_id);
            rec.state = 'CANCELED';
        }
        return (0, mlflow_util_1.ok)({});
    });
    ctx.router.add('GET', byId('\\/result\\/chunks\\/(?<chunk>\\d+)'), async (req) => {
        const rec = find(req.params.id);
        if (rec.state === 'PENDING' || rec.state === 'RUNNING')
            execute(await database(), rec);
        if (rec.state !== 'SUCCEEDED')
            throw (0, mlflow_util_1.invalid)(`Statement '${rec.statement_id}' has no result: its state is ${rec.state}.`);
        const index = Number(req.params.chunk);
        const total = Math.max(1, Math.ceil((rec.rows ?? []).length / exports.CHUNK_ROWS));
        if (index >= total)
            throw (0, mlflow_util_1.invalid)(`Chunk index ${index} is out of range: the result has ${total} chunk(s).`);
        return (0, mlflow_util_1.ok)(chunk(rec, index));
    });
}


/***/ }),

/***/ 1075:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SetupError = exports.RESULT_LIMIT_BYTES = void 0;
exports.taskSource = taskSource;
exports.validateGitSource = validateGitSource;
exports.checkoutGit = checkoutGit;
exports.resolveTaskFile = resolveTaskFile;
exports.launch = launch;
exports.readLauncherOutput = readLauncherOutput;
exports.truncateResult = truncateResult;
exports.readTaskValues = readTaskValues;
const fs = __importStar(__nccwpck_require__(9896));
const path = __importStar(__nccwpck_require__(6928));
const child_process_1 = __nccwpck_require__(5317);
const url_1 = __nccwpck_require__(7016);
const runner_1 = __nccwpck_require__(9342);
const workspace_api_1 = __nccwpck_require__(3830);
const types_1 = __nccwpck_require__(3927);
const jobs_model_1 = __nccwpck_require__(2088);
/** Where a task's code comes from and how it is started: sources, the launcher's context, outcomes. */
exports.RESULT_LIMIT_BYTES = 5 * 1024 * 1024;
class SetupError extends Error {
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
exports.SetupError = SetupError;
function taskSource(task, settings) {
    const body = ((0, jobs_model_1.isObject)(task.notebook_task) && task.notebook_task) || ((0, jobs_model_1.isObject)(task.spark_python_task) && task.spark_python_task);
    if (!body)
        return undefined;
    if (body.source === 'GIT' || body.source === 'WORKSPACE')
        return body.source;
    return (0, jobs_model_1.isObject)(settings.git_source) ? 'GIT' : 'WORKSPACE';
}
/** Checks made at submit time: a git source needs a URL and exactly one ref. */
function validateGitSource(gitSource, tasks) {
    const needsGit = tasks.some((t) => {
        const b = ((0, jobs_model_1.isObject)(t.notebook_task) && t.notebook_task) || ((0, jobs_model_1.isObject)(t.spark_python_task) && t.spark_python_task);
        return b && b.source === 'GIT';
    });
    if (gitSource === undefined || gitSource === null) {
        if (needsGit)
            throw new types_1.ApiError(400, 'INVALID_PARAMETER_VALUE', 'A task has source GIT but the job has no git_source.');
        return;
    }
    if (!(0, jobs_model_1.isObject)(gitSource) || typeof gitSource.git_url !== 'string' || gitSource.git_url === '') {
        throw new types_1.ApiError(400, 'INVALID_PARAMETER_VALUE', 'Missing required field: git_source.git_url');
    }
    const refs = ['git_branch', 'git_tag', 'git_commit'].filter((k) => typeof gitSource[k] === 'string' && gitSource[k] !== '');
    if (refs.length !== 1) {
        throw new types_1.ApiError(400, 'INVALID_PARAMETER_VALUE', 'git_source needs exactly one of git_branch, git_tag and git_commit.');
    }
}
function git(args, cwd) {
    return new Promise((resolve, reject) => {
        (0, child_process_1.execFile)('git', args, { cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' }, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
            if (err)
                reject(new Error((stderr || err.message).trim()));
            else
                resolve(stdout);
        });
    });
}
/** Clones a local repository (path or file:// URL) and checks out the requested ref. */
async function checkoutGit(gitSource, dest) {
    const url = String(gitSource.git_url);
    let source;
    if (url.startsWith('file://'))
        source = (0, url_1.fileURLToPath)(url);
    else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) || /^[\w.-]+@[\w.-]+:/.test(url)) {
        throw new SetupError('REPOSITORY_CHECKOUT_FAILED', `Failed to checkout Git repository ${url}: the local workspace has no network access. Use a local path or a file:// URL of a clone as git_url.`);
    }
    else
        source = path.resolve(url);
    if (!fs.existsSync(source)) {
        throw new SetupError('REPOSITORY_CHECKOUT_FAILED', `Failed to checkout Git repository: ${source} does not exist.`);
    }
    const ref = typeof gitSource.git_commit === 'string'
        ? gitSource.git_commit
        : typeof gitSource.git_tag === 'string'
            ? `refs/tags/${gitSource.git_tag}`
            : `origin/${String(gitSource.git_branch)}`;
    try {
        fs.rmSync(dest, { recursive: true, force: true });
        await git(['clone', '--quiet', '--no-checkout', source, dest]);
        await git(['-c', 'advice.detachedHead=false', 'checkout', '--quiet', '--detach', ref], dest);
    }
    catch (e) {
        throw new SetupError('REPOSITORY_CHECKOUT_FAILED', `Failed to checkout Git repository ${url} at ${ref}: ${e.message}`);
    }
}
function firstExisting(candidates) {
    return candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
}
function resolveTaskFile(task, settings, dirs) {
    const source = taskSource(task, settings);
    const nb = (0, jobs_model_1.isObject)(task.notebook_task) ? task.notebook_task : undefined;
    const py = (0, jobs_model_1.isObject)(task.spark_python_task) ? task.spark_python_task : undefined;
    const raw = String(nb ? nb.notebook_path : py?.python_file);
    let file;
    let roots;
    if (source === 'GIT') {
        const rel = raw.replace(/^\/+/, '');
        const full = path.join(dirs.git, rel);
        if (!full.startsWith(dirs.git))
            throw new SetupError('RESOURCE_NOT_FOUND', `Invalid path ${raw} in the Git repository.`);
        file = firstExisting(nb ? [full, `${full}.py`] : [full]);
        roots = [dirs.git];
    }
    else {
        if (/^dbfs:|^s3:|^abfss:|^gs:/.test(raw)) {
            throw new SetupError('RESOURCE_NOT_FOUND', `${raw}: only workspace and Git sources are supported by the local workspace (no DBFS or cloud storage).`);
        }
        let wsPath;
        try {
            wsPath = (0, workspace_api_1.normaliseWorkspacePath)(raw.startsWith('file:') ? raw.slice(5) : raw, nb ? 'notebook_path' : 'python_file');
        }
        catch (e) {
            throw new SetupError('RESOURCE_NOT_FOUND', e.message);
        }
        const full = path.join(dirs.ws, wsPath);
        file = firstExisting(nb ? [full, `${full}.py`] : [full]);
        roots = [];
    }
    if (!file) {
        throw new SetupError('RESOURCE_NOT_FOUND', nb
            ? `Unable to access the notebook "${raw}"${source === 'GIT' ? ' in the Git repository' : ''}. Either it does not exist, or the identity used to run this job lacks the required permissions.`
            : `Cannot read the python file ${raw}${source === 'GIT' ? ' in the Git repository' : ''}: it does not exist.`);
    }
    return { kind: nb ? 'notebook' : 'python_file', file, workspaceRoot: source === 'GIT' ? dirs.git : dirs.ws, sourceRoots: [path.dirname(file), ...roots.filter((r) => r !== path.dirname(file))] };
}
function launch(ctx, taskDir, exec, log) {
    fs.mkdirSync(taskDir, { recursive: true });
    fs.mkdirSync(ctx.task_values_dir, { recursive: true });
    const ctxFile = path.join(taskDir, 'context.json');
    fs.writeFileSync(ctxFile, JSON.stringify(ctx));
    const env = {};
    for (const [k, v] of Object.entries(process.env)) {
        // The task talks to this workspace only, whatever credentials the server was started with.
        if (!k.startsWith('DATABRICKS_') && !k.startsWith('ARM_') && !k.startsWith('ACTIONS_ID_TOKEN'))
            env[k] = v;
    }
    Object.assign(env, {
        DATABRICKS_HOST: exec.host,
        DATABRICKS_TOKEN: exec.token,
        DATABRICKS_LOCAL_TASK_CONTEXT: ctxFile,
        DATABRICKS_MLOPS_SHIM_DIR: exec.shimDir,
        MLFLOW_TRACKING_URI: 'databricks',
        PYTHONPATH: [exec.shimDir, ...ctx.sys_path, process.env.PYTHONPATH].filter(Boolean).join(path.delimiter),
        PYTHONUNBUFFERED: '1',
        PYTHONDONTWRITEBYTECODE: '1',
    });
    return new runner_1.TaskProcess({
        python: exec.python,
        args: [path.join(exec.shimDir, '_local_task_runner.py'), ctxFile],
        cwd: path.dirname(ctx.file),
        env,
        log,
    });
}
function readLauncherOutput(file) {
    try {
        const parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
        return (0, jobs_model_1.isObject)(parsed) ? parsed : {};
    }
    catch {
        return {};
    }
}
function truncateResult(value) {
    const buf = Buffer.from(value, 'utf8');
    if (buf.length <= exports.RESULT_LIMIT_BYTES)
        return { notebookResult: value, notebookTruncated: false };
    return { notebookResult: buf.subarray(0, exports.RESULT_LIMIT_BYTES).toString('utf8'), notebookTruncated: true };
}
function readTaskValues(dir, taskKey) {
    try {
        const parsed = JSON.parse(fs.readFileSync(path.join(dir, `${taskKey}.json`), 'utf8'));
        return (0, jobs_model_1.isObject)(parsed) ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 3927:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

/**
 * The contract between the local workspace's HTTP core (server.ts: routing, auth, faults,
 * persistence) and its API modules (jobs, workspace, mlflow, unity catalog, serving, sql).
 * Modules never touch http.IncomingMessage: they get a parsed request and return a response.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ApiError = void 0;
/**
 * A Databricks-shaped error: answered as `{"error_code": code, "message": message}` with `status`.
 * Throw it from a handler.
 */
class ApiError extends Error {
    status;
    errorCode;
    constructor(status, errorCode, message) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
    }
}
exports.ApiError = ApiError;


/***/ }),

/***/ 8317:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.splitName = splitName;
exports.register = register;
/**
 * Unity Catalog models, one store served through both REST flavours (reference §4.3, §4.4):
 *  - the MLflow-UC endpoints under `/api/2.0/mlflow/unity-catalog/` that the MLflow client calls with
 *    `registry_uri="databricks-uc"`: string versions, `description`, `aliases[{alias, version}]`, tags;
 *  - the public `/api/2.1/unity-catalog/models` API: int `version`/`version_num`, `comment`,
 *    `aliases[{alias_name, version_num}]` only with `include_aliases=true`, no tags.
 * Catalogs and schemas are implicit: any three-part name is accepted. Names are case-insensitive and
 * stored lower-cased, as Unity Catalog does.
 */
const node_crypto_1 = __nccwpck_require__(7598);
const mlflow_filter_1 = __nccwpck_require__(72);
const mlflow_util_1 = __nccwpck_require__(3658);
const types_1 = __nccwpck_require__(3927);
const MLFLOW_UC = '/api/2.0/mlflow/unity-catalog';
const UC = '/api/2.1/unity-catalog/models';
const METASTORE_ID = '00000000-0000-0000-0000-00000000c0de';
const fullName = (m) => `${m.catalog_name}.${m.schema_name}.${m.name}`;
function splitName(name) {
    const parts = name.split('.');
    if (parts.length !== 3 || parts.some((p) => !p.trim())) {
        throw (0, mlflow_util_1.invalid)(`Invalid name '${name}'. A Unity Catalog model name must have three parts: <catalog>.<schema>.<model>.`);
    }
    return parts.map((p) => p.toLowerCase());
}
function checkAlias(alias) {
    if (!alias)
        throw (0, mlflow_util_1.invalid)("Missing value for required parameter 'alias'.");
    if (alias.toLowerCase() === 'latest')
        throw (0, mlflow_util_1.invalid)("'latest' alias name (case insensitive) is reserved.");
}
function decode(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}
function register(ctx) {
    const state = { models: [] };
    ctx.persist('unity-catalog-models', () => state, (saved) => {
        state.models = saved?.models ?? [];
    });
    const now = () => ctx.now();
    const registrationMs = () => ctx.options.registrationMs ?? 200;
    const lookup = (name) => {
        const [c, s, n] = splitName(name);
        return state.models.find((m) => m.catalog_name === c && m.schema_name === s && m.name === n);
    };
    const findModel = (name) => {
        const m = lookup(name);
        if (!m)
            throw (0, mlflow_util_1.notFound)(`Registered model '${name.toLowerCase()}' does not exist.`);
        return m;
    };
    const findVersion = (m, raw) => {
        const n = Number(raw);
        const v = Number.isInteger(n) ? m.versions.find((x) => x.version === n) : undefined;
        if (!v)
            throw (0, mlflow_util_1.notFound)(`Model version ${fullName(m)}/${String(raw)} does not exist.`);
        return settle(v);
    };
    /** Registration completes on finalize, or by itself `registrationMs` after creation. */
    const settle = (v) => {
        if (v.status === 'PENDING_REGISTRATION' && (v.finalized || now() - v.created_at >= registrationMs())) {
            v.status = 'READY';
            v.status_message = '';
        }
        return v;
    };
    const aliasesOf = (m, v) => m.aliases.filter((x) => x.version === v.version);
    const storage = (m, v) => `dbfs:/local-workspace/unity-catalog/models/${m.id}${v ? `/versions/${v.version}` : ''}`;
    (0, mlflow_util_1.share)(ctx, 'unity-catalog', {
        versionExists: (name, version) => {
            try {
                const m = lookup(name);
                return !!m && m.versions.some((v) => String(v.version) === String(version));
            }
            catch {
                return false;
            }
        },
    });
    const createModel = (name, description, tags) => {
        const [c, s, n] = splitName(name);
        if (lookup(name))
            throw (0, mlflow_util_1.alreadyExists)(`Registered model '${c}.${s}.${n}' already exists.`);
        const m = {
            id: (0, node_crypto_1.randomUUID)(),
            catalog_name: c,
            schema_name: s,
            name: n,
            description,
            owner: mlflow_util_1.LOCAL_USER,
            created_at: now(),
            updated_at: now(),
            tags,
            aliases: [],
            last_version: 0,
            versions: [],
        };
        state.models.push(m);
        return m;
    };
    const setAlias = (m, alias, version) => {
        checkAlias(alias);
        const v = findVersion(m, version);
        m.aliases = m.aliases.filter((x) => x.alias !== alias);
        m.aliases.push({ alias, version: v.version });
        m.updated_at = now();
        return v;
    };
    const deleteAlias = (m, alias) => {
        checkAlias(alias);
        if (!m.aliases.some((x) => x.alias === alias))
            throw (0, mlflow_util_1.notFound)(`Alias '${alias}' does not exist on registered model '${fullName(m)}'.`);
        m.aliases = m.aliases.filter((x) => x.alias !== alias);
        m.updated_at = now();
    };
    const byAlias = (m, alias) => {
        const a = m.aliases.find((x) => x.alias === alias);
        if (!a)
            throw (0, mlflow_util_1.notFound)(`Alias '${alias}' does not exist on registered model '${fullName(m)}'.`);
        return findVersion(m, a.version);
    };
    // ---- MLflow-UC flavour ------------------------------------------------------------------------
    const mModel = (m) => ({
        name: fullName(m),
        creation_timestamp: m.created_at,
        last_updated_timestamp: m.updated_at,
        user_id: m.owner,
        description: m.description,
        aliases: m.aliases.map((x) => ({ alias: x.alias, version: String(x.version) })),
        tags: m.tags,
    });
    const mVersion = (m, v, withAliases = true) => ({
        name: fullName(m),
        version: String(v.version),
        creation_timestamp: v.created_at,
        last_updated_timestamp: v.updated_at,
        user_id: mlflow_util_1.LOCAL_USER,
        description: v.description,
        source: v.source,
        run_id: v.run_id,
        run_experiment_id: v.run_experiment_id,
        run_tracking_server_id: v.run_tracking_server_id,
        status: settle(v).status,
        status_message: v.status_message,
        storage_location: storage(m, v),
        ...(withAliases ? { aliases: aliasesOf(m, v).map((x) => ({ alias: x.alias, version: String(x.version) })) } : {}),
        tags: v.tags,
    });
    const mroute = (method, path, fn) => ctx.router.add(method, `${MLFLOW_UC}/${path}`, (req) => (0, mlflow_util_1.ok)(fn((0, mlflow_util_1.args)(req), req)));
    const mVersionOf = (a) => {
        const m = findModel((0, mlflow_util_1.reqString)(a, 'name'));
        return [m, findVersion(m, (0, mlflow_util_1.reqString)(a, 'version'))];
    };
    mroute('POST', 'registered-models/create', (a) => ({
        registered_model: mModel(createModel((0, mlflow_util_1.reqString)(a, 'name'), (0, mlflow_util_1.optString)(a, 'description') ?? '', (0, mlflow_util_1.tagList)(a))),
    }));
    mroute('GET', 'registered-models/get', (a) => ({ registered_model: mModel(findModel((0, mlflow_util_1.reqString)(a, 'name'))) }));
    mroute('PATCH', 'registered-models/update', (a) => {
        const m = findModel((0, mlflow_util_1.reqString)(a, 'name'));
        const d = (0, mlflow_util_1.optString)(a, 'description');
        if (d !== undefined)
            m.description = d;
        m.updated_at = now();
        return { registered_model: mModel(m) };
    });
    mroute('DELETE', 'registered-models/delete', (a) => {
        const m = findModel((0, mlflow_util_1.reqString)(a, 'name'));
        state.models.splice(state.models.indexOf(m), 1);
        return {};
    });
    mroute('GET', 'registered-models/search', (a) => {
        const p = (0, mlflow_util_1.page)([...state.models].sort((x, y) => (fullName(x) < fullName(y) ? -1 : 1)), a, { defaultSize: 100, maxSize: 1000 });
        return { registered_models: p.items.map(mModel), next_page_token: p.next_page_token };
    });
    mroute('POST', 'registered-models/alias', (a) => {
        setAlias(findModel((0, mlflow_util_1.reqString)(a, 'name')), (0, mlflow_util_1.reqString)(a, 'alias'), (0, mlflow_util_1.reqString)(a, 'version'));
        return {};
    });
    mroute('DELETE', 'registered-models/alias', (a) => {
        deleteAlias(findModel((0, mlflow_util_1.reqString)(a, 'name')), (0, mlflow_util_1.reqString)(a, 'alias'));
        return {};
    });
    mroute('GET', 'registered-models/alias', (a) => {
        const m = findModel((0, mlflow_util_1.reqString)(a, 'name'));
        return { model_version: mVersion(m, byAlias(m, (0, mlflow_util_1.reqString)(a, 'alias'))) };
    });
    mroute('POST', 'registered-models/tags', (a) => {
        const m = findModel((0, mlflow_util_1.reqString)(a, 'name'));
        (0, mlflow_util_1.putTag)(m.tags, { key: (0, mlflow_util_1.reqString)(a, 'key'), value: (0, mlflow_util_1.optString)(a, 'value') ?? '' });
        return {};
    });
    mroute('DELETE', 'registered-models/tags', (a) => {
        const m = findModel((0, mlflow_util_1.reqString)(a, 'name'));
        const key = (0, mlflow_util_1.reqString)(a, 'key');
        m.tags = m.tags.filter((t) => t.key !== key);
        return {};
    });
    mroute('POST', 'model-versions/create', (a) => {
        const m = findModel((0, mlflow_util_1.reqString)(a, 'name'));
        const v = {
            version: ++m.last_version,
            id: (0, node_crypto_1.randomUUID)(),
            created_at: now(),
            updated_at: now(),
            description: (0, mlflow_util_1.optString)(a, 'description') ?? '',
            source: (0, mlflow_util_1.reqString)(a, 'source'),
            run_id: (0, mlflow_util_1.optString)(a, 'run_id') ?? '',
            run_experiment_id: (0, mlflow_util_1.optString)(a, 'run_experiment_id') ?? '',
            run_tracking_server_id: (0, mlflow_util_1.optString)(a, 'run_tracking_server_id') ?? '',
            status: 'PENDING_REGISTRATION',
            status_message: '',
            finalized: false,
            tags: (0, mlflow_util_1.tagList)(a),
        };
        m.versions.push(v);
        m.updated_at = now();
        return { model_version: mVersion(m, v) };
    });
    mroute('POST', 'model-versions/finalize', (a) => {
        const [m, v] = mVersionOf(a);
        v.finalized = true;
        v.updated_at = now();
        return { model_version: mVersion(m, settle(v)) };
    });
    mroute('GET', 'model-versions/get', (a) => {
        const [m, v] = mVersionOf(a);
        return { model_version: mVersion(m, v) };
    });
    mroute('PATCH', 'model-versions/update', (a) => {
        const [m, v] = mVersionOf(a);
        const d = (0, mlflow_util_1.optString)(a, 'description');
        if (d !== undefined)
            v.description = d;
        v.updated_at = now();
        return { model_version: mVersion(m, v) };
    });
    mroute('DELETE', 'model-versions/delete', (a) => {
        const [m, v] = mVersionOf(a);
        m.versions.splice(m.versions.indexOf(v), 1);
        m.aliases = m.aliases.filter((x) => x.version !== v.version);
        return {};
    });
    mroute('GET', 'model-versions/search', (a) => {
        const clauses = (0, mlflow_filter_1.parseFilter)((0, mlflow_util_1.optString)(a, 'filter'));
        if (!clauses.some((c) => c.entity === '' && (c.key === 'name' || c.key === 'run_id') && c.op === '=')) {
            throw (0, mlflow_util_1.invalid)("Unity Catalog model version search requires a filter of the form name='<catalog>.<schema>.<model>' or run_id='<run id>'.");
        }
        const rows = state.models.flatMap((m) => m.versions.map((v) => [m, v]));
        const value = (m, v, c) => {
            if (c.entity === 'tags')
                return v.tags.find((t) => t.key === c.key)?.value;
            if (c.key === 'name')
                return fullName(m);
            if (c.key === 'run_id')
                return v.run_id;
            if (c.key === 'source_path')
                return v.source;
            if (c.key === 'version_number')
                return v.version;
            throw (0, mlflow_util_1.invalid)(`Invalid filter key '${c.key}' for model version search.`);
        };
        const list = rows
            .filter(([m, v]) => clauses.every((c) => (0, mlflow_filter_1.matches)(value(m, v, c), c.key === 'name' && typeof c.value === 'string' ? { ...c, value: c.value.toLowerCase() } : c)))
            .sort(([m1, v1], [m2, v2]) => (m1 === m2 ? v2.version - v1.version : fullName(m1) < fullName(m2) ? -1 : 1));
        const p = (0, mlflow_util_1.page)(list, a, { defaultSize: 10000, maxSize: 10000 });
        // The reference: aliases are not populated by search.
        return { model_versions: p.items.map(([m, v]) => mVersion(m, v, false)), next_page_token: p.next_page_token };
    });
    mroute('POST', 'model-versions/tags', (a) => {
        const [, v] = mVersionOf(a);
        (0, mlflow_util_1.putTag)(v.tags, { key: (0, mlflow_util_1.reqString)(a, 'key'), value: (0, mlflow_util_1.optString)(a, 'value') ?? '' });
        return {};
    });
    mroute('DELETE', 'model-versions/tags', (a) => {
        const [, v] = mVersionOf(a);
        const key = (0, mlflow_util_1.reqString)(a, 'key');
        v.tags = v.tags.filter((t) => t.key !== key);
        return {};
    });
    mroute('POST', 'model-versions/generate-temporary-credentials', () => {
        throw new types_1.ApiError(501, 'FEATURE_DISABLED', 'The local workspace stores no model artifacts, so it issues no temporary storage credentials. Register versions with a source URI only.');
    });
    // ---- public UC REST flavour (/api/2.1/unity-catalog/models) -----------------------------------
    const aliasInfo = (m, x, full = false) => ({
        alias_name: x.alias,
        version_num: x.version,
        ...(full ? { catalog_name: m.catalog_name, schema_name: m.schema_name, model_name: m.name, id: `${m.id}/${x.alias}` } : {}),
    });
    const uModel = (m, includeAliases) => ({
        name: m.name,
        catalog_name: m.catalog_name,
        schema_name: m.schema_name,
        full_name: fullName(m),
        comment: m.description,
        owner: m.owner,
        storage_location: storage(m),
        metastore_id: METASTORE_ID,
        created_at: m.created_at,
        created_by: m.owner,
        updated_at: m.updated_at,
        updated_by: m.owner,
        ...(includeAliases && m.aliases.length ? { aliases: m.aliases.map((x) => aliasInfo(m, x)) } : {}),
    });
    const uVersion = (m, v, includeAliases) => {
        const aliases = aliasesOf(m, v);
        return {
            model_name: m.name,
            catalog_name: m.catalog_name,
            schema_name: m.schema_name,
            version: v.version,
            id: v.id,
            comment: v.description,
            source: v.source,
            run_id: v.run_id,
            run_workspace_id: 0,
            status: settle(v).status,
            storage_location: storage(m, v),
            metastore_id: METASTORE_ID,
            created_at: v.created_at,
            created_by: mlflow_util_1.LOCAL_USER,
            updated_at: v.updated_at,
            updated_by: mlflow_util_1.LOCAL_USER,
            ...(includeAliases && aliases.length ? { aliases: aliases.map((x) => aliasInfo(m, x)) } : {}),
        };
    };
    const include = (req) => (0, mlflow_util_1.optBool)((0, mlflow_util_1.args)(req), 'include_aliases') ?? false;
    const modelPath = (rest) => new RegExp(`^${UC.replace(/\//g, '\\/')}\\/(?<full>[^/]+)${rest}$`);
    const fullParam = (req) => decode(req.params.full ?? '');
    ctx.router.add('POST', UC, (req) => {
        const a = (0, mlflow_util_1.args)(req);
        const c = (0, mlflow_util_1.reqString)(a, 'catalog_name');
        const s = (0, mlflow_util_1.reqString)(a, 'schema_name');
        const n = (0, mlflow_util_1.reqString)(a, 'name');
        if (n.includes('.'))
            throw (0, mlflow_util_1.invalid)(`Invalid name '${n}': 'name' is the model's own name; pass catalog_name and schema_name separately.`);
        return (0, mlflow_util_1.ok)(uModel(createModel(`${c}.${s}.${n}`, (0, mlflow_util_1.optString)(a, 'comment') ?? '', []), false));
    });
    ctx.router.add('GET', UC, (req) => {
        const a = (0, mlflow_util_1.args)(req);
        const c = (0, mlflow_util_1.optString)(a, 'catalog_name')?.toLowerCase();
        const s = (0, mlflow_util_1.optString)(a, 'schema_name')?.toLowerCase();
        if (s && !c)
            throw (0, mlflow_util_1.invalid)("'schema_name' requires 'catalog_name'.");
        const list = state.models
            .filter((m) => (!c || m.catalog_name === c) && (!s || m.schema_name === s))
            .sort((x, y) => (fullName(x) < fullName(y) ? -1 : 1));
        // max_results 0 (or absent) means "server default" in UC list APIs.
        const size = (0, mlflow_util_1.optNumber)(a, 'max_results');
        const p = (0, mlflow_util_1.page)(list, { ...a, max_results: size ? size : 100 }, { defaultSize: 100, maxSize: 1000 });
        return (0, mlflow_util_1.ok)({ registered_models: p.items.map((m) => uModel(m, false)), next_page_token: p.next_page_token });
    });
    ctx.router.add('GET', modelPath(''), (req) => (0, mlflow_util_1.ok)(uModel(findModel(fullParam(req)), include(req))));
    ctx.router.add('PATCH', modelPath(''), (req) => {
        const a = (0, mlflow_util_1.args)(req);
        const m = findModel(fullParam(req));
        const comment = (0, mlflow_util_1.optString)(a, 'comment');
        if (comment !== undefined)
            m.description = comment;
        const owner = (0, mlflow_util_1.optString)(a, 'owner');
        if (owner)
            m.owner = owner;
        const newName = (0, mlflow_util_1.optString)(a, 'new_name');
        if (newName) {
            const target = newName.includes('.') ? newName : `${m.catalog_name}.${m.schema_name}.${newName}`;
            const [c, s, n] = splitName(target);
            if (lookup(target) && lookup(target) !== m)
                throw (0, mlflow_util_1.alreadyExists)(`Registered model '${c}.${s}.${n}' already exists.`);
            Object.assign(m, { catalog_name: c, schema_name: s, name: n });
        }
        m.updated_at = now();
        return (0, mlflow_util_1.ok)(uModel(m, false));
    });
    ctx.router.add('DELETE', modelPath(''), (req) => {
        const m = findModel(fullParam(req));
        state.models.splice(state.models.indexOf(m), 1);
        return (0, mlflow_util_1.ok)({});
    });
    ctx.router.add('GET', modelPath('\\/versions'), (req) => {
        const a = (0, mlflow_util_1.args)(req);
        const m = findModel(fullParam(req));
        const size = (0, mlflow_util_1.optNumber)(a, 'max_results');
        const list = [...m.versions].sort((x, y) => y.version - x.version);
        const p = (0, mlflow_util_1.page)(list, { ...a, max_results: size ? size : 100 }, { defaultSize: 100, maxSize: 1000 });
        return (0, mlflow_util_1.ok)({ model_versions: p.items.map((v) => uVersion(m, v, false)), next_page_token: p.next_page_token });
    });
    ctx.router.add('GET', modelPath('\\/versions\\/(?<version>[^/]+)'), (req) => {
        const m = findModel(fullParam(req));
        return (0, mlflow_util_1.ok)(uVersion(m, findVersion(m, req.params.version), include(req)));
    });
    ctx.router.add('PATCH', modelPath('\\/versions\\/(?<version>[^/]+)'), (req) => {
        const m = findModel(fullParam(req));
        const v = findVersion(m, req.params.version);
        const comment = (0, mlflow_util_1.optString)((0, mlflow_util_1.args)(req), 'comment');
        if (comment !== undefined)
            v.description = comment;
        v.updated_at = now();
        return (0, mlflow_util_1.ok)(uVersion(m, v, false));
    });
    ctx.router.add('DELETE', modelPath('\\/versions\\/(?<version>[^/]+)'), (req) => {
        const m = findModel(fullParam(req));
        const v = findVersion(m, req.params.version);
        m.versions.splice(m.versions.indexOf(v), 1);
        m.aliases = m.aliases.filter((x) => x.version !== v.version);
        return (0, mlflow_util_1.ok)({});
    });
    ctx.router.add('PUT', modelPath('\\/aliases\\/(?<alias>[^/]+)'), (req) => {
        const m = findModel(fullParam(req));
        const alias = decode(req.params.alias);
        const a = (0, mlflow_util_1.args)(req);
        const num = (0, mlflow_util_1.optNumber)(a, 'version_num');
        if (num === undefined)
            throw (0, mlflow_util_1.invalid)("Missing value for required parameter 'version_num'.");
        const v = setAlias(m, alias, num);
        return (0, mlflow_util_1.ok)(aliasInfo(m, { alias, version: v.version }, true));
    });
    ctx.router.add('DELETE', modelPath('\\/aliases\\/(?<alias>[^/]+)'), (req) => {
        deleteAlias(findModel(fullParam(req)), decode(req.params.alias));
        return (0, mlflow_util_1.ok)({});
    });
    ctx.router.add('GET', modelPath('\\/aliases\\/(?<alias>[^/]+)'), (req) => {
        const m = findModel(fullParam(req));
        return (0, mlflow_util_1.ok)(uVersion(m, byAlias(m, decode(req.params.alias)), include(req)));
    });
}


/***/ }),

/***/ 3830:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.WorkspaceStore = void 0;
exports.normaliseWorkspacePath = normaliseWorkspacePath;
exports.registerWorkspace = registerWorkspace;
const fs = __importStar(__nccwpck_require__(9896));
const path = __importStar(__nccwpck_require__(6928));
const types_1 = __nccwpck_require__(3927);
const identity_1 = __nccwpck_require__(4150);
const NOTEBOOK_HEADERS = [
    [/^# Databricks notebook source\r?\n?/, 'PYTHON'],
    [/^-- Databricks notebook source\r?\n?/, 'SQL'],
    [/^\/\/ Databricks notebook source\r?\n?/, 'SCALA'],
];
const EXTENSIONS = { '.py': 'PYTHON', '.sql': 'SQL', '.scala': 'SCALA', '.r': 'R' };
const LANGUAGES = new Set(['PYTHON', 'SQL', 'SCALA', 'R']);
function str(v) {
    return typeof v === 'string' ? v : undefined;
}
/** Accepts `/Users/x` and its `/Workspace/Users/x` alias (the path jobs and FUSE use). */
function normaliseWorkspacePath(raw, field = 'path') {
    if (typeof raw !== 'string' || raw === '') {
        throw new types_1.ApiError(400, 'INVALID_PARAMETER_VALUE', `Missing required field: ${field}`);
    }
    if (!raw.startsWith('/')) {
        throw new types_1.ApiError(400, 'INVALID_PARAMETER_VALUE', `Path (${raw}) is not absolute. Use a path that starts with '/'.`);
    }
    let p = raw.replace(/\/+/g, '/');
    if (p.length > 1)
        p = p.replace(/\/$/, '');
    if (p.split('/').some((s) => s === '..' || s === '.')) {
        throw new types_1.ApiError(400, 'INVALID_PARAMETER_VALUE', `Path (${raw}) must not contain '.' or '..' segments.`);
    }
    if (p === '/Workspace')
        return '/';
    if (p.startsWith('/Workspace/'))
        p = p.slice('/Workspace'.length);
    return p;
}
function parentOf(p) {
    const i = p.lastIndexOf('/');
    return i <= 0 ? '/' : p.slice(0, i);
}
function boolParam(v) {
    return v === true || v === 'true';
}
class WorkspaceStore {
    ctx;
    objects = new Map();
    constructor(ctx) {
        this.ctx = ctx;
        for (const p of ['/', '/Users', '/Shared', '/Repos', `/Users/${identity_1.LOCAL_USER}`])
            this.mkdir(p);
    }
    get(p) {
        return this.objects.get(p);
    }
    mkdir(p) {
        if (this.objects.has(p))
            return;
        const now = this.ctx.now();
        this.objects.set(p, { path: p, objectType: 'DIRECTORY', objectId: this.ctx.nextId().toString(), createdAt: now, modifiedAt: now });
    }
    children(dir) {
        const prefix = dir === '/' ? '/' : `${dir}/`;
        return [...this.objects.values()].filter((o) => o.path !== dir && o.path.startsWith(prefix) && !o.path.slice(prefix.length).includes('/'));
    }
    mkdirs(p) {
        const parts = p.split('/').filter(Boolean);
        let cur = '';
        for (const part of parts) {
            cur += `/${part}`;
            const existing = this.objects.get(cur);
            if (existing && existing.objectType !== 'DIRECTORY') {
                throw new types_1.ApiError(400, 'RESOURCE_ALREADY_EXISTS', `Cannot create directory ${p}: ${cur} exists and is a ${existing.objectType.toLowerCase()}.`);
            }
        }
        cur = '';
        for (const part of parts) {
            cur += `/${part}`;
            this.mkdir(cur);
        }
    }
    put(p, objectType, content, language, overwrite) {
        const parent = this.objects.get(parentOf(p));
        if (!parent || parent.objectType !== 'DIRECTORY') {
            throw new types_1.ApiError(404, 'RESOURCE_DOES_NOT_EXIST', `The parent folder (${parentOf(p)}) does not exist.`);
        }
        const existing = this.objects.get(p);
        if (existing && (!overwrite || existing.objectType === 'DIRECTORY')) {
            throw new types_1.ApiError(400, 'RESOURCE_ALREADY_EXISTS', `Path (${p}) already exists.`);
        }
        const now = this.ctx.now();
        this.objects.set(p, {
            path: p,
            objectType,
            language: objectType === 'NOTEBOOK' ? language : undefined,
            objectId: existing?.objectId ?? this.ctx.nextId().toString(),
            createdAt: existing?.createdAt ?? now,
            modifiedAt: now,
            content,
        });
    }
    delete(p, recursive) {
        const obj = this.objects.get(p);
        if (!obj)
            throw new types_1.ApiError(404, 'RESOURCE_DOES_NOT_EXIST', `Path (${p}) doesn't exist.`);
        if (obj.objectType === 'DIRECTORY') {
            const prefix = p === '/' ? '/' : `${p}/`;
            const inside = [...this.objects.keys()].filter((k) => k.startsWith(prefix) && k !== p);
            if (inside.length > 0 && !recursive) {
                throw new types_1.ApiError(400, 'DIRECTORY_NOT_EMPTY', `Folder (${p}) is not empty. Set recursive to true to delete it with its contents.`);
            }
            for (const k of inside)
                this.objects.delete(k);
        }
        if (p !== '/')
            this.objects.delete(p);
    }
    /** Writes the whole tree under `dest` (notebooks keep their extension-less names) for a run to use. */
    materialise(dest) {
        fs.mkdirSync(dest, { recursive: true });
        const sorted = [...this.objects.values()].sort((a, b) => a.path.length - b.path.length);
        for (const o of sorted) {
            const target = path.join(dest, o.path);
            if (o.objectType === 'DIRECTORY')
                fs.mkdirSync(target, { recursive: true });
            else {
                fs.mkdirSync(path.dirname(target), { recursive: true });
                fs.writeFileSync(target, o.content ?? Buffer.alloc(0));
            }
        }
    }
    info(o) {
        const out = {
            object_type: o.objectType,
            path: o.path,
            object_id: BigInt(o.objectId),
            created_at: o.createdAt,
            modified_at: o.modifiedAt,
            resource_id: o.objectId,
        };
        if (o.language)
            out.language = o.language;
        if (o.objectType === 'FILE')
            out.size = o.content?.length ?? 0;
        return out;
    }
    save() {
        return [...this.objects.values()].map((o) => ({ ...o, content: o.content?.toString('base64') }));
    }
    load(saved) {
        if (!Array.isArray(saved))
            return;
        this.objects.clear();
        for (const raw of saved) {
            const o = raw;
            this.objects.set(o.path, {
                ...o,
                objectId: String(o.objectId),
                content: typeof o.content === 'string' ? Buffer.from(o.content, 'base64') : undefined,
            });
        }
    }
}
exports.WorkspaceStore = WorkspaceStore;
function args(req) {
    if (req.body && typeof req.body === 'object' && !Array.isArray(req.body))
        return req.body;
    return Object.fromEntries(req.query.entries());
}
function notebookLanguage(content) {
    const head = content.subarray(0, 64).toString('utf8');
    return NOTEBOOK_HEADERS.find(([re]) => re.test(head))?.[1];
}
function registerWorkspace(ctx) {
    const store = new WorkspaceStore(ctx);
    ctx.persist('workspace', () => store.save(), (saved) => store.load(saved));
    const ok = (body = {}) => ({ status: 200, body });
    ctx.router.add('POST', '/api/2.0/workspace/import', (req) => {
        const a = args(req);
        const p = normaliseWorkspacePath(a.path);
        const format = (str(a.format) ?? 'SOURCE').toUpperCase();
        const content = Buffer.from(str(a.content) ?? '', 'base64');
        const overwrite = boolParam(a.overwrite);
        const language = str(a.language)?.toUpperCase();
        if (language !== undefined && !LANGUAGES.has(language)) {
            throw new types_1.ApiError(400, 'INVALID_PARAMETER_VALUE', `Invalid language '${a.language}'. Use PYTHON, SQL, SCALA or R.`);
        }
        switch (format) {
            case 'SOURCE':
                if (!language) {
                    throw new types_1.ApiError(400, 'INVALID_PARAMETER_VALUE', 'To import a single file as SOURCE, set the language field (importing a directory archive is not supported by the local workspace).');
                }
                // The export header is optional on import; strip nothing, the runner understands both forms.
                store.put(p, 'NOTEBOOK', content, language, overwrite);
                return ok();
            case 'AUTO': {
                const nbLang = notebookLanguage(content);
                if (nbLang) {
                    const ext = path.posix.extname(p);
                    const stripped = EXTENSIONS[ext.toLowerCase()] ? p.slice(0, -ext.length) : p;
                    store.put(stripped, 'NOTEBOOK', content, language ?? nbLang, overwrite);
                }
                else {
                    store.put(p, 'FILE', content, undefined, overwrite);
                }
                return ok();
            }
            case 'RAW':
                store.put(p, 'FILE', content, undefined, overwrite);
                return ok();
            case 'HTML':
            case 'JUPYTER':
            case 'DBC':
            case 'R_MARKDOWN':
                throw new types_1.ApiError(400, 'INVALID_PARAMETER_VALUE', `Import format ${format} is not supported by the local workspace; use SOURCE, AUTO or RAW.`);
            default:
                throw new types_1.ApiError(400, 'INVALID_PARAMETER_VALUE', `Invalid format '${a.format}'.`);
        }
    });
    ctx.router.add('POST', '/api/2.0/workspace/mkdirs', (req) => {
        store.mkdirs(normaliseWorkspacePath(args(req).path));
        return ok();
    });
    ctx.router.add('GET', '/api/2.0/workspace/get-status', (req) => {
        const p = normaliseWorkspacePath(args(req).path);
        const o = store.get(p);
        if (!o)
            throw new types_1.ApiError(404, 'RESOURCE_DOES_NOT_EXIST', `Path (${p}) doesn't exist.`);
        return ok(store.info(o));
    });
    ctx.router.add('GET', '/api/2.0/workspace/list', (req) => {
        const p = normaliseWorkspacePath(args(req).path);
        const o = store.get(p);
        if (!o)
            throw new types_1.ApiError(404, 'RESOURCE_DOES_NOT_EXIST', `Path (${p}) doesn't exist.`);
        const objects = o.objectType === 'DIRECTORY' ? store.children(p) : [o];
        objects.sort((x, y) => x.path.localeCompare(y.path));
        // Real workspaces omit `objects` for an empty folder.
        return ok(objects.length ? { objects: objects.map((x) => store.info(x)) } : {});
    });
    ctx.router.add('POST', '/api/2.0/workspace/delete', (req) => {
        const a = args(req);
        store.delete(normaliseWorkspacePath(a.path), boolParam(a.recursive));
        return ok();
    });
    ctx.router.add('GET', '/api/2.0/workspace/export', (req) => {
        const a = args(req);
        const p = normaliseWorkspacePath(a.path);
        const o = store.get(p);
        if (!o)
            throw new types_1.ApiError(404, 'RESOURCE_DOES_NOT_EXIST', `Path (${p}) doesn't exist.`);
        if (o.objectType === 'DIRECTORY') {
            throw new types_1.ApiError(400, 'INVALID_PARAMETER_VALUE', 'Exporting a directory is not supported by the local workspace.');
        }
        const content = o.content ?? Buffer.alloc(0);
        if (boolParam(a.direct_download)) {
            return { status: 200, body: content.toString('utf8'), headers: { 'content-type': 'application/octet-stream' } };
        }
        const fileType = o.objectType === 'NOTEBOOK' ? { PYTHON: 'py', SQL: 'sql', SCALA: 'scala', R: 'r' }[o.language ?? 'PYTHON'] : path.posix.extname(p).slice(1);
        return ok({ content: content.toString('base64'), file_type: fileType });
    });
    return store;
}


/***/ }),

/***/ 993:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.capabilities = void 0;
exports.findCapability = findCapability;
const whoami_1 = __nccwpck_require__(1331);
/** Every capability, in the order the CLI lists them. */
exports.capabilities = [whoami_1.whoami];
function findCapability(name) {
    return exports.capabilities.find((c) => c.manifest.name === name);
}


/***/ }),

/***/ 1331:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.whoami = void 0;
const connect_1 = __nccwpck_require__(1660);
const manifest_1 = __nccwpck_require__(3654);
exports.whoami = {
    manifest: manifest_1.manifest,
    async main(ctx) {
        const { client, host } = await (0, connect_1.connect)(ctx);
        const me = await client.currentUser();
        ctx.logger.info(`Connected to ${host} as ${me.userName}`);
        ctx.outputs.set('user-name', me.userName);
        ctx.outputs.set('user-id', me.id);
        ctx.outputs.set('host', host);
        await ctx.summary.append(`### Databricks connection\n\nConnected to ${host} as \`${me.userName}\`.\n`);
    },
};


/***/ }),

/***/ 3654:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.manifest = void 0;
const manifest_1 = __nccwpck_require__(9273);
exports.manifest = (0, manifest_1.defineManifest)({
    name: 'whoami',
    description: 'Checks the Databricks connection and prints who the credentials belong to.',
    task: {
        name: 'DatabricksWhoAmI',
        id: '05648163-e201-4874-bc27-d8b59ec81fae',
        friendlyName: 'Databricks: who am I',
        category: 'Utility',
        instanceNameFormat: 'Databricks: who am I',
    },
    groups: { ...manifest_1.connectionGroup },
    inputs: { ...manifest_1.connectionInputs },
    outputs: {
        'user-name': {
            ado: 'userName',
            description: 'The user or service principal the credentials belong to.',
        },
        'user-id': { ado: 'userId', description: 'Its SCIM id.' },
        host: { ado: 'host', description: 'The workspace URL that answered.' },
    },
});


/***/ }),

/***/ 1660:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.connect = connect;
const errors_1 = __nccwpck_require__(2635);
async function connect(ctx) {
    const hostInput = ctx.inputs.string('databricks-host') ?? ctx.connectionDefaults.host;
    const token = ctx.inputs.string('databricks-token') ?? ctx.connectionDefaults.token;
    if (!hostInput) {
        throw new errors_1.InputError('databricks-host', 'is not set', 'Set it to the workspace URL, or set DATABRICKS_HOST.');
    }
    if (!token)
        throw new errors_1.InputError('databricks-token', 'is not set', 'Set it to a personal access token, or set DATABRICKS_TOKEN.');
    ctx.maskSecret(token);
    const host = (/^https?:\/\//.test(hostInput) ? hostInput : `https://${hostInput}`).replace(/\/+$/, '');
    const client = {
        async currentUser() {
            const res = await fetch(`${host}/api/2.0/preview/scim/v2/Me`, {
                headers: { authorization: `Bearer ${token}` },
                signal: ctx.signal,
            });
            if (!res.ok)
                throw new errors_1.UserError(`Databricks answered HTTP ${res.status} to GET /api/2.0/preview/scim/v2/Me`);
            const body = (await res.json());
            return { userName: body.userName, id: body.id };
        },
    };
    return { client, host };
}


/***/ }),

/***/ 2635:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CapabilityFailure = exports.InputError = exports.UserError = void 0;
exports.errorMessage = errorMessage;
/**
 * A mistake the user can fix: bad or missing input, missing permission, a resource that does not
 * exist. Reported as one line without a stack trace. Anything else that is thrown is our bug.
 */
class UserError extends Error {
    name = 'UserError';
    constructor(message, options) {
        super(message, options);
    }
}
exports.UserError = UserError;
/**
 * A problem with one declared input. `input` is the canonical (GitHub kebab-case) name; each host
 * renders it the way its users write it (`job-name`, `jobName`, `--job-name`).
 */
class InputError extends UserError {
    input;
    problem;
    fix;
    name = 'InputError';
    constructor(input, 
    /** What is wrong with the value, e.g. "must be a whole number of seconds, got 'ten'". */
    problem, 
    /** How to fix it, e.g. "Set it to 600 for ten minutes." May be empty. */
    fix = '') {
        super(formatInputProblem(`'${input}'`, problem, fix));
        this.input = input;
        this.problem = problem;
        this.fix = fix;
    }
    /** The message with the input named as the host's users write it. */
    render(label) {
        return formatInputProblem(label(this.input), this.problem, this.fix);
    }
}
exports.InputError = InputError;
function formatInputProblem(label, problem, fix) {
    const first = `Input ${label} ${problem}`.replace(/\.?$/, '.');
    return fix ? `${first} ${fix}` : first;
}
/**
 * The capability ran and its verdict is "failed" (a run failed, a gate failed). Not a bug and not
 * a user error: outputs are set, the step fails, the CLI exits 1.
 */
class CapabilityFailure extends Error {
    name = 'CapabilityFailure';
}
exports.CapabilityFailure = CapabilityFailure;
function errorMessage(err) {
    if (err instanceof Error)
        return err.message;
    return String(err);
}


/***/ }),

/***/ 3991:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CliHost = void 0;
exports.cliEnvName = cliEnvName;
const fs = __importStar(__nccwpck_require__(9896));
/** Environment variable the CLI reads an input from when no flag is given: DATABRICKS_MLOPS_JOB_NAME. */
function cliEnvName(name) {
    return `DATABRICKS_MLOPS_${name.replace(/-/g, '_').toUpperCase()}`;
}
/** A terminal: logs to stderr, outputs to stdout, summary to a file or stderr. */
class CliHost {
    options;
    kind = 'cli';
    env;
    outputs = {};
    secrets = new Set();
    state = new Map();
    summary = '';
    stdout;
    stderr;
    constructor(options) {
        this.options = options;
        this.env = options.env ?? process.env;
        this.stdout = options.stdout ?? process.stdout;
        this.stderr = options.stderr ?? process.stderr;
    }
    inputLabel(name) {
        return `--${name}`;
    }
    getInput(name, _ado, env = []) {
        const flag = this.options.flags.get(name);
        if (flag !== undefined && flag !== '')
            return flag;
        for (const key of [cliEnvName(name), ...env]) {
            const value = this.env[key];
            if (value !== undefined && value !== '')
                return value;
        }
        return undefined;
    }
    setOutput(name, _ado, value) {
        this.outputs[name] = value;
    }
    setSecret(value) {
        if (value.length >= 4)
            this.secrets.add(value);
    }
    /** Replaces every registered secret with ***, as the CI hosts' masking does. */
    redact(text) {
        let out = text;
        for (const s of this.secrets)
            out = out.split(s).join('***');
        return out;
    }
    async appendSummary(markdown) {
        this.summary += markdown.endsWith('\n') ? markdown : `${markdown}\n`;
    }
    saveState(key, value) {
        this.state.set(key, value);
    }
    getState(key) {
        return this.state.get(key);
    }
    setOutcome(outcome, message) {
        if (outcome === 'failed')
            this.write(`error: ${message ?? 'failed'}`);
        else if (outcome === 'succeededWithIssues' && message)
            this.write(`warning: ${message}`);
    }
    /** Prints the summary and the outputs; called once after the last phase. */
    finish() {
        if (this.summary) {
            if (this.options.summaryFile)
                fs.writeFileSync(this.options.summaryFile, this.redact(this.summary));
            else
                this.write(`\n${this.summary.trimEnd()}\n`);
        }
        if (this.options.json) {
            this.stdout.write(`${this.redact(JSON.stringify(this.outputs, null, 2))}\n`);
        }
        else {
            for (const [k, v] of Object.entries(this.outputs)) {
                if (v !== '')
                    this.stdout.write(`${k}=${this.redact(v.includes('\n') ? JSON.stringify(v) : v)}\n`);
            }
        }
    }
    ci() {
        return { provider: 'cli' };
    }
    connectionDefaults() {
        return {};
    }
    echoUntrusted(text) {
        this.stderr.write(this.redact(text.endsWith('\n') ? text : `${text}\n`));
    }
    publishTestResults() { }
    write(line) {
        this.stderr.write(`${this.redact(line)}\n`);
    }
    debug(message) {
        if (this.options.verbose)
            this.write(`debug: ${message}`);
    }
    info(message) {
        this.write(message);
    }
    warning(message, location) {
        this.write(`warning: ${where(location)}${message}`);
    }
    error(message, location) {
        this.write(`error: ${where(location)}${message}`);
    }
    async group(name, fn) {
        this.write(`── ${name}`);
        return fn();
    }
}
exports.CliHost = CliHost;
function where(location) {
    if (!location?.file)
        return '';
    return `${location.file}${location.line ? `:${location.line}` : ''}: `;
}


/***/ }),

/***/ 4152:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.cancellationSignal = cancellationSignal;
/**
 * Turns SIGINT/SIGTERM (how the GitHub runner and the ADO agent cancel a step) into an abort
 * signal, so the capability can stop what it started (e.g. cancel the Databricks run) before the
 * process ends. A second signal ends the process at once.
 */
function cancellationSignal(onSignal) {
    const controller = new AbortController();
    const handler = (sig) => {
        if (controller.signal.aborted)
            process.exit(130);
        onSignal?.(sig);
        controller.abort(new Error(`Cancelled by ${sig}`));
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
    return {
        signal: controller.signal,
        dispose() {
            process.off('SIGINT', handler);
            process.off('SIGTERM', handler);
        },
    };
}


/***/ }),

/***/ 8573:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Inputs = void 0;
const yaml_1 = __importDefault(__nccwpck_require__(8815));
const errors_1 = __nccwpck_require__(2635);
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
/**
 * Typed access to a capability's inputs. Every accessor validates against the manifest and throws
 * an InputError naming the input, the problem and the fix. Capabilities turn this into one typed
 * settings object up front, so their logic never reads raw strings.
 */
class Inputs {
    manifest;
    read;
    maskSecret;
    constructor(manifest, read, maskSecret = () => undefined) {
        this.manifest = manifest;
        this.read = read;
        this.maskSecret = maskSecret;
    }
    spec(name) {
        const spec = this.manifest.inputs[name];
        if (!spec)
            throw new Error(`Bug: input '${name}' is not declared in the ${this.manifest.name} manifest`);
        return spec;
    }
    /** The raw text (default applied), or undefined. */
    raw(name) {
        const spec = this.spec(name);
        const value = this.read(name, spec);
        const text = value === undefined || value.trim() === '' ? spec.default : value;
        if (text !== undefined && spec.secret && text !== '')
            this.maskSecret(text);
        if (text === undefined && spec.required) {
            throw new errors_1.InputError(name, 'is required but was not set', `Set it: ${spec.description}`);
        }
        return text === undefined || text === '' ? undefined : text;
    }
    has(name) {
        return this.raw(name) !== undefined;
    }
    string(name) {
        const v = this.raw(name);
        return v === undefined ? undefined : v.trim();
    }
    requiredString(name) {
        const v = this.string(name);
        if (v === undefined)
            throw new errors_1.InputError(name, 'is required but was not set', this.spec(name).description);
        return v;
    }
    boolean(name) {
        const v = this.string(name);
        if (v === undefined)
            return undefined;
        if (TRUE.has(v))
            return true;
        if (FALSE.has(v))
            return false;
        throw new errors_1.InputError(name, `must be true or false, got '${shorten(v)}'`, 'Use `true` or `false`.');
    }
    number(name) {
        const spec = this.spec(name);
        const v = this.string(name);
        if (v === undefined)
            return undefined;
        const n = Number(v);
        if (!Number.isFinite(n) || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(v)) {
            throw new errors_1.InputError(name, `must be a number, got '${shorten(v)}'`, spec.default ? `The default is ${spec.default}.` : '');
        }
        if (spec.integer && !Number.isInteger(n)) {
            throw new errors_1.InputError(name, `must be a whole number, got '${shorten(v)}'`);
        }
        if (spec.min !== undefined && n < spec.min)
            throw new errors_1.InputError(name, `must be at least ${spec.min}, got ${v}`);
        if (spec.max !== undefined && n > spec.max)
            throw new errors_1.InputError(name, `must be at most ${spec.max}, got ${v}`);
        return n;
    }
    /** Items one per line or separated by commas; blank items and `#` comments dropped. */
    list(name) {
        const v = this.raw(name);
        if (v === undefined)
            return [];
        return v
            .split(/\r?\n|,/)
            .map((s) => s.trim())
            .filter((s) => s !== '' && !s.startsWith('#'));
    }
    choice(name) {
        const spec = this.spec(name);
        const v = this.string(name);
        if (v === undefined)
            return undefined;
        const options = spec.options ?? [];
        const match = options.find((o) => o.toLowerCase() === v.toLowerCase());
        if (!match) {
            throw new errors_1.InputError(name, `must be one of ${options.join(', ')}, got '${shorten(v)}'`);
        }
        return match;
    }
    json(name) {
        const v = this.raw(name);
        if (v === undefined)
            return undefined;
        try {
            return JSON.parse(v);
        }
        catch (err) {
            throw new errors_1.InputError(name, `is not valid JSON (${err.message})`, 'Check quotes and brackets.');
        }
    }
    yaml(name) {
        const v = this.raw(name);
        if (v === undefined)
            return undefined;
        const doc = yaml_1.default.parseDocument(v, { prettyErrors: true });
        if (doc.errors.length > 0) {
            const e = doc.errors[0];
            const where = e.linePos ? ` at line ${e.linePos[0].line}, column ${e.linePos[0].col}` : '';
            throw new errors_1.InputError(name, `is not valid YAML${where}: ${e.message.split('\n')[0]}`);
        }
        return doc.toJS();
    }
    /** An object of string values (JSON or YAML mapping, or `key=value` lines). */
    stringMap(name) {
        const v = this.raw(name);
        if (v === undefined)
            return undefined;
        const trimmed = v.trim();
        if (!trimmed.startsWith('{') && /^[^:\n=]+=/.test(trimmed)) {
            const out = {};
            for (const line of this.list(name)) {
                const i = line.indexOf('=');
                if (i <= 0)
                    throw new errors_1.InputError(name, `has a line without '=': '${shorten(line)}'`, 'Write one key=value per line.');
                out[line.slice(0, i).trim()] = line.slice(i + 1).trim();
            }
            return out;
        }
        const value = this.yaml(name);
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            throw new errors_1.InputError(name, 'must be a mapping of names to values', 'Write JSON like {"a": "1"}, YAML, or key=value lines.');
        }
        const out = {};
        for (const [k, val] of Object.entries(value)) {
            out[k] = typeof val === 'string' ? val : JSON.stringify(val);
        }
        return out;
    }
    /** Fails fast on every required input, so a missing one is reported before any work starts. */
    checkRequired() {
        for (const [name, spec] of Object.entries(this.manifest.inputs)) {
            if (spec.required)
                this.raw(name);
        }
    }
}
exports.Inputs = Inputs;
function shorten(v) {
    const one = v.replace(/\s+/g, ' ');
    return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}


/***/ }),

/***/ 9273:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

/**
 * A capability's inputs and outputs, declared once. action.yml, task.json, the CLI's help and the
 * README's tables are generated from it; the input reader validates against it.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.connectionGroup = exports.connectionInputs = void 0;
exports.defineManifest = defineManifest;
function defineManifest(manifest) {
    return manifest;
}
/** Inputs for reaching a Databricks workspace, shared by every capability that needs one. */
exports.connectionInputs = {
    'databricks-connection': {
        ado: 'databricksConnection',
        adoType: 'connectedService:databricks',
        adoOnly: true,
        description: 'The Databricks service connection (workspace URL and credentials). The settings below override it.',
        type: 'string',
        group: 'connection',
    },
    'databricks-host': {
        ado: 'databricksHost',
        description: 'Workspace URL, e.g. `https://adb-123.azuredatabricks.net`. Defaults to `DATABRICKS_HOST`. In the CLI, `local` runs the command against a local workspace started for it.',
        type: 'string',
        group: 'connection',
        env: ['DATABRICKS_HOST'],
    },
    'databricks-token': {
        ado: 'databricksToken',
        description: 'Personal access token (auth type `pat`). Defaults to `DATABRICKS_TOKEN`.',
        type: 'string',
        secret: true,
        group: 'connection',
        env: ['DATABRICKS_TOKEN'],
    },
    'auth-type': {
        ado: 'authType',
        description: 'How to authenticate: `pat`, `oauth-m2m`, `azure-client-secret`, `github-oidc`, `github-oidc-azure` or `azure-devops-oidc`. Default: the first whose settings are present.',
        type: 'string',
        group: 'connection',
        env: ['DATABRICKS_AUTH_TYPE'],
    },
    'client-id': {
        ado: 'clientId',
        description: 'Service principal application id (OAuth M2M and OIDC federation). Defaults to `DATABRICKS_CLIENT_ID`.',
        type: 'string',
        group: 'connection',
        env: ['DATABRICKS_CLIENT_ID'],
    },
    'client-secret': {
        ado: 'clientSecret',
        description: 'OAuth secret of the service principal. Defaults to `DATABRICKS_CLIENT_SECRET`.',
        type: 'string',
        secret: true,
        group: 'connection',
        env: ['DATABRICKS_CLIENT_SECRET'],
    },
    'azure-tenant-id': {
        ado: 'azureTenantId',
        description: 'Entra ID tenant (Azure auth types). Defaults to `ARM_TENANT_ID`.',
        type: 'string',
        group: 'connection',
        env: ['ARM_TENANT_ID'],
    },
    'azure-client-id': {
        ado: 'azureClientId',
        description: 'Entra ID application id (Azure auth types). Defaults to `ARM_CLIENT_ID`.',
        type: 'string',
        group: 'connection',
        env: ['ARM_CLIENT_ID'],
    },
    'azure-client-secret': {
        ado: 'azureClientSecret',
        description: 'Entra ID client secret (`azure-client-secret`). Defaults to `ARM_CLIENT_SECRET`.',
        type: 'string',
        secret: true,
        group: 'connection',
        env: ['ARM_CLIENT_SECRET'],
    },
    'oidc-audience': {
        ado: 'oidcAudience',
        description: 'Audience of the CI OIDC token for federation. Default: the Databricks account, or `api://AzureADTokenExchange` for Entra ID.',
        type: 'string',
        group: 'connection',
    },
    'config-profile': {
        ado: 'configProfile',
        description: 'Profile in `~/.databrickscfg`. Defaults to `DATABRICKS_CONFIG_PROFILE`.',
        type: 'string',
        group: 'connection',
        env: ['DATABRICKS_CONFIG_PROFILE'],
    },
};
exports.connectionGroup = {
    connection: { title: 'Databricks connection', collapsed: false },
};


/***/ }),

/***/ 2798:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.EXIT_USER_ERROR = exports.EXIT_FAILED = exports.EXIT_OK = void 0;
exports.runCapability = runCapability;
const errors_1 = __nccwpck_require__(2635);
const inputs_1 = __nccwpck_require__(8573);
const version_1 = __nccwpck_require__(4402);
/** Exit codes the CLI uses: success, capability failed (run or gate failed), user error. */
exports.EXIT_OK = 0;
exports.EXIT_FAILED = 1;
exports.EXIT_USER_ERROR = 2;
/**
 * Runs one phase of a capability through a host: reads inputs, calls the capability, and on every
 * outcome sets every declared output (empty when the capability did not produce it) before the
 * result is marked. Returns the exit code the CLI would use.
 */
async function runCapability(host, capability, phase, options = {}) {
    const { manifest } = capability;
    const produced = new Map();
    const inputs = new inputs_1.Inputs(manifest, (name, spec) => host.getInput(name, spec.ado, spec.env), (v) => host.setSecret(v));
    const ctx = {
        inputs,
        logger: host,
        outputs: {
            set(name, value) {
                const spec = manifest.outputs[name];
                if (!spec)
                    throw new Error(`Bug: output '${name}' is not declared in the ${manifest.name} manifest`);
                const text = value === undefined
                    ? ''
                    : typeof value === 'string'
                        ? value
                        : typeof value === 'object'
                            ? JSON.stringify(value)
                            : String(value);
                produced.set(name, text);
                host.setOutput(name, spec.ado, text);
            },
        },
        summary: { append: (md) => host.appendSummary(md) },
        state: { save: (k, v) => host.saveState(k, v), get: (k) => host.getState(k) },
        maskSecret: (v) => host.setSecret(v),
        ci: host.ci(),
        hostKind: host.kind,
        env: host.env,
        connectionDefaults: host.connectionDefaults(),
        signal: options.signal ?? new AbortController().signal,
        echoUntrusted: (t) => host.echoUntrusted(t),
        publishTestResults: (files, title) => host.publishTestResults(files, title),
        version: version_1.VERSION,
    };
    const finishOutputs = () => {
        if (phase !== 'main')
            return;
        for (const [name, spec] of Object.entries(manifest.outputs)) {
            if (!produced.has(name))
                host.setOutput(name, spec.ado, '');
        }
    };
    let outcome = 'succeeded';
    let message;
    let code = exports.EXIT_OK;
    try {
        if (phase === 'main') {
            inputs.checkRequired();
            const result = await capability.main(ctx);
            if (result) {
                outcome = result.outcome;
                message = result.message;
                if (outcome === 'failed')
                    code = exports.EXIT_FAILED;
            }
        }
        else if (capability.post) {
            await capability.post(ctx);
        }
    }
    catch (err) {
        outcome = 'failed';
        if (err instanceof errors_1.InputError) {
            message = err.render((name) => host.inputLabel(name, manifest.inputs[name]?.ado ?? name));
            code = exports.EXIT_USER_ERROR;
        }
        else if (err instanceof errors_1.UserError) {
            message = err.message;
            code = exports.EXIT_USER_ERROR;
        }
        else if (err instanceof errors_1.CapabilityFailure) {
            message = err.message;
            code = exports.EXIT_FAILED;
        }
        else {
            // Our bug, not the user's: keep the stack for whoever reports it, out of the main log.
            message = `Internal error in ${manifest.name}: ${(0, errors_1.errorMessage)(err)}. Please report it with the debug log.`;
            host.debug(err instanceof Error && err.stack ? err.stack : String(err));
            code = exports.EXIT_FAILED;
        }
    }
    finishOutputs();
    host.setOutcome(outcome, message);
    return code;
}


/***/ }),

/***/ 4402:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.VERSION = void 0;
// Kept in step with package.json by a unit test; a constant so bundles need not read package.json.
exports.VERSION = '0.1.0';


/***/ }),

/***/ 181:
/***/ ((module) => {

"use strict";
module.exports = require("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

"use strict";
module.exports = require("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

"use strict";
module.exports = require("crypto");

/***/ }),

/***/ 9896:
/***/ ((module) => {

"use strict";
module.exports = require("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

"use strict";
module.exports = require("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

"use strict";
module.exports = require("https");

/***/ }),

/***/ 7598:
/***/ ((module) => {

"use strict";
module.exports = require("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs");

/***/ }),

/***/ 857:
/***/ ((module) => {

"use strict";
module.exports = require("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

"use strict";
module.exports = require("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

"use strict";
module.exports = require("process");

/***/ }),

/***/ 4398:
/***/ ((module) => {

"use strict";
module.exports = require("sql.js");

/***/ }),

/***/ 9491:
/***/ ((module) => {

"use strict";
module.exports = require("sql.js/dist/sql-wasm.wasm");

/***/ }),

/***/ 7016:
/***/ ((module) => {

"use strict";
module.exports = require("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

"use strict";
module.exports = require("util");

/***/ }),

/***/ 5054:
/***/ (function(__unused_webpack_module, exports) {

!function(t,e){ true?e(exports):0}(this,function(t){"use strict";function e(t){return n.test(t)}const n=/^-?[0-9]+$/;function r(t){return o.test(t)}const o=/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;function i(t,n){if(e(t))return Number.isSafeInteger(Number.parseInt(t,10));const r=Number.parseFloat(t);if(Number.isInteger(r)&&!Number.isSafeInteger(r))return!1;const o=String(r);if(t===o)return!0;const i=f(t),u=f(o);if(i===u)return!0;if(!0===n?.approx){const t=14;if(u.length>=t&&i.startsWith(u.substring(0,t)))return!0}return!1}let u=function(t){return t.underflow="underflow",t.overflow="overflow",t.truncate_integer="truncate_integer",t.truncate_float="truncate_float",t}({});function c(t){if(i(t,{approx:!1}))return;if(e(t))return u.truncate_integer;const n=Number.parseFloat(t);return Number.isFinite(n)?0===n?u.underflow:u.truncate_float:u.overflow}function s(t){const e=t.match(/^(-?)(\d+(?:\.\d*)?)([eE]([+-]?\d+))?$/);if(!e)throw new SyntaxError(`Invalid number: ${t}`);const n=e[1],r=e[2];let o=void 0!==e[4]?Number.parseInt(e[4],10):0;const i=r.indexOf(".");o+=-1!==i?i-1:r.length-1;const u=r.replace(".",""),{start:c,end:s}=l(u);o-=c;const a=u.slice(c,s);return a.length>0?{sign:n,digits:a,exponent:o}:{sign:"",digits:"0",exponent:0}}function a(t,e){if(t===e)return 0;const n=s(t),r=s(e),o="-"===n.sign?-1:1;return n.sign!==r.sign?o:"0"===n.digits?"0"===r.digits?0:-1:"0"===r.digits?1:n.exponent!==r.exponent?n.exponent>r.exponent?o:n.exponent<r.exponent?-o:0:n.digits>r.digits?o:n.digits<r.digits?-o:0}function f(t){const{start:e,end:n}=l(t),r=t.substring(e,n),o=r.indexOf(".");return-1===o?r:r.substring(0,o)+r.substring(o+1)}function l(t){let e=0;for("-"===t[0]&&e++;"0"===t[e]||"."===t[e];)e++;let n=t.lastIndexOf("e");for(-1===n&&(n=t.lastIndexOf("E")),-1===n&&(n=t.length);("0"===t[n-1]||"."===t[n-1])&&n>e;)n--;return{start:e,end:n}}const d=Symbol.for("lossless-json.LosslessNumber");class h{value;isLosslessNumber=!0;get[d](){return!0}constructor(t){if(!r(t))throw new Error(`Invalid number (value: "${t}")`);this.value=t}valueOf(){const t=c(this.value);if(void 0===t||t===u.truncate_float)return Number.parseFloat(this.value);if(e(this.value))return BigInt(this.value);throw new Error(`Cannot safely convert to number: the value '${this.value}' would ${t} and become ${Number.parseFloat(this.value)}`)}toString(){return this.value}}function p(t){return null!==t&&"object"==typeof t&&!0===t[d]}function y(t){return new h(t)}function b(t,e,n,r){return Array.isArray(n)?r.call(t,e,function(t,e){for(let n=0;n<t.length;n++){const r=b(t,String(n),t[n],e);void 0===r?delete t[n]:t[n]=r}return t}(n,r)):n&&"object"==typeof n&&!p(n)?r.call(t,e,function(t,e){for(const n of Object.keys(t)){const r=b(t,n,t[n],e);void 0!==r?t[n]=r:delete t[n]}return t}(n,r)):r.call(t,e,n)}function g(t,e,n){"__proto__"===e?Object.defineProperty(t,e,{value:n,writable:!0,enumerable:!0,configurable:!0}):t[e]=n}function m(t){return t===j||t===_||t===k||t===F}function w(t){return t>=B&&t<=R||t>=U&&t<=Z||t>=V&&t<=q}function v(t){return t>=B&&t<=R}function x(t){return t>=32&&t<=1114111}function A(t,e){if(t===e)return!0;if(Array.isArray(t)&&Array.isArray(e))return t.length===e.length&&t.every((t,n)=>A(t,e[n]));if(N(t)&&N(e)){return[...new Set([...Object.keys(t),...Object.keys(e)])].every(n=>A(t[n],e[n]))}return!1}function N(t){return"object"==typeof t&&null!==t}const $={'"':'"',"\\":"\\","/":"/",b:"\b",f:"\f",n:"\n",r:"\r",t:"\t"},S=92,C=123,E=125,I=91,O=93,j=32,_=10,k=9,F=13,J=34,L=43,D=45,B=48,T=49,R=57,M=44,P=46,Q=58,U=65,V=97,K=69,W=101,Z=70,q=102;const z=/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;const G=10;t.LosslessNumber=h,t.UnsafeNumberReason=u,t.compareLosslessNumber=function(t,e){return a(t.value,e.value)},t.compareNumber=a,t.config=function(t){throw new Error("config is deprecated, support for circularRefs is removed from the library. If you encounter circular references in your data structures, please rethink your datastructures: better prevent circular references in the first place.")},t.getUnsafeNumberReason=c,t.isInteger=e,t.isLosslessNumber=p,t.isNumber=r,t.isSafeNumber=i,t.parse=function(t,e,n){const r="function"==typeof n?{parseNumber:n}:n,o=r?.parseNumber??y,i=r?.onDuplicateKey??function({key:t,position:e}){throw new SyntaxError(`Duplicate key '${t}' encountered at position ${e}`)};let u=0;const c=f();return function(t){if(void 0===t)throw new SyntaxError(`JSON value expected ${z()}`)}(c),function(){if(u<t.length)throw new SyntaxError(`Expected end of input ${z()}`)}(),e?function(t,e){return b({"":t},"",t,e)}(c,e):c;function s(){if(t.charCodeAt(u)===C){u++,d();const e={};let n=!0;for(;u<t.length&&t.charCodeAt(u)!==E;){n?n=!1:(p(),d());const t=u,r=h();if(void 0===r)return void k();d(),N();const o=f();if(void 0===o)return void V();if(Object.prototype.hasOwnProperty.call(e,r)&&!A(o,e[r])){const n=i({key:r,position:t+1,oldValue:e[r],newValue:o});void 0!==n&&g(e,r,n)}else g(e,r,o)}return t.charCodeAt(u)!==E&&function(){throw new SyntaxError(`Quoted object key or end of object '}' expected ${z()}`)}(),u++,e}}function a(){if(t.charCodeAt(u)===I){u++,d();const e=[];let n=!0;for(;u<t.length&&t.charCodeAt(u)!==O;){n?n=!1:p();const t=f();j(t),e.push(t)}return t.charCodeAt(u)!==O&&function(){throw new SyntaxError(`Array item or end of array ']' expected ${z()}`)}(),u++,e}}function f(){d();const e=h()??function(){const e=u;t.charCodeAt(u)===D&&(u++,_(e));if(t.charCodeAt(u)===B)u++;else{if(!((n=t.charCodeAt(u))>=T&&n<=R))return;for(u++;v(t.charCodeAt(u));)u++}var n;if(t.charCodeAt(u)===P)for(u++,_(e);v(t.charCodeAt(u));)u++;if(t.charCodeAt(u)===W||t.charCodeAt(u)===K)for(u++,t.charCodeAt(u)!==D&&t.charCodeAt(u)!==L||u++,_(e);v(t.charCodeAt(u));)u++;if(u>e)return o(t.slice(e,u))}()??s()??a()??l("true",!0)??l("false",!1)??l("null",null);return d(),e}function l(e,n){if(t.slice(u,u+e.length)===e)return u+=e.length,n}function d(){for(;m(t.charCodeAt(u));)u++}function h(){if(t.charCodeAt(u)===J){u++;let e="";for(;u<t.length&&t.charCodeAt(u)!==J;){if(t.charCodeAt(u)===S){const n=t[u+1],r=$[n];void 0!==r?(e+=r,u++):"u"===n?w(t.charCodeAt(u+2))&&w(t.charCodeAt(u+3))&&w(t.charCodeAt(u+4))&&w(t.charCodeAt(u+5))?(e+=String.fromCharCode(Number.parseInt(t.slice(u+2,u+6),16)),u+=5):Z(u):U(u)}else x(t.charCodeAt(u))?e+=t[u]:F(t[u]);u++}return function(){if(t.charCodeAt(u)!==J)throw new SyntaxError(`End of string '"' expected ${z()}`)}(),u++,e}}function p(){if(t.charCodeAt(u)!==M)throw new SyntaxError(`Comma ',' expected after value ${z()}`);u++}function N(){if(t.charCodeAt(u)!==Q)throw new SyntaxError(`Colon ':' expected after property name ${z()}`);u++}function j(t){if(void 0===t)throw new SyntaxError(`Array item expected ${z()}`)}function _(e){if(!v(t.charCodeAt(u))){const n=t.slice(e,u);throw new SyntaxError(`Invalid number '${n}', expecting a digit ${z()}`)}}function k(){throw new SyntaxError(`Quoted object key expected ${z()}`)}function F(t){throw new SyntaxError(`Invalid character '${t}' ${q()}`)}function U(e){const n=t.slice(e,e+2);throw new SyntaxError(`Invalid escape character '${n}' ${q()}`)}function V(){throw new SyntaxError(`Object value expected after ':' ${q()}`)}function Z(e){const n=t.slice(e,e+6);throw new SyntaxError(`Invalid unicode character '${n}' ${q()}`)}function q(){return`at position ${u}`}function z(){return`${u<t.length?`but got '${t[u]}'`:"but reached end of input"} ${q()}`}},t.parseLosslessNumber=y,t.parseNumberAndBigInt=function(t){return e(t)?BigInt(t):Number.parseFloat(t)},t.reviveDate=function(t,e){return"string"==typeof e&&z.test(e)?new Date(e):e},t.splitNumber=s,t.stringify=function(t,e,n,o){const i=function(t){if("number"==typeof t){const e=Math.min(Math.trunc(t),G);return e>=1?" ".repeat(e):void 0}if("string"==typeof t&&""!==t)return t.slice(0,G);return}(n);return u("function"==typeof e?e.call({"":t},"",t):t,"");function u(t,n){if(Array.isArray(o)){const e=o.find(e=>e.test(t));if(e){const n=e.stringify(t);if("string"!=typeof n||!r(n))throw new Error(`Invalid JSON number: output of a number stringifier must be a string containing a JSON number (output: ${n})`);return n}}return"boolean"==typeof t||"number"==typeof t||"string"==typeof t||null===t||t instanceof Date||t instanceof Boolean||t instanceof Number||t instanceof String?JSON.stringify(t):p(t)||"bigint"==typeof t?t.toString():Array.isArray(t)?function(t,n){if(0===t.length)return"[]";const r=i?n+i:void 0;let o=i?"[\n":"[";for(let n=0;n<t.length;n++){const c="function"==typeof e?e.call(t,String(n),t[n]):t[n];if(i&&(o+=r),void 0!==c&&"function"!=typeof c){const t=u(c,r);o+=void 0===t?"null":t}else o+="null";n<t.length-1&&(o+=i?",\n":",")}return o+=i?`\n${n}]`:"]",o}(t,n):t&&"object"==typeof t?function(t,n){if("function"==typeof t.toJSON)return u(t.toJSON(),n);const r=Array.isArray(e)?[...new Set(e.map(String))]:Object.keys(t);if(0===r.length)return"{}";const o=i?n+i:void 0;let s=!0,a=i?"{\n":"{";for(const n of r){const r="function"==typeof e?e.call(t,n,t[n]):t[n];if(c(n,r)){const t=u(r,o);if(void 0===t)continue;s?s=!1:a+=i?",\n":",";const e=JSON.stringify(n);a+=i?`${o+e}: `:`${e}:`,a+=t}}return a+=i?`\n${n}}`:"}",a}(t,n):void 0}function c(t,e){return void 0!==e&&"function"!=typeof e&&"symbol"!=typeof e}},t.toLosslessNumber=function(t){if(function(t){const{start:e,end:n}=l(t),r=t.indexOf(".");return-1===r||r<e||r>n?n-e:n-e-1}(String(t))>15)throw new Error(`Invalid number: contains more than 15 digits and is most likely truncated and unsafe by itself (value: ${t})`);if(Number.isNaN(t))throw new Error("Invalid number: NaN");if(!Number.isFinite(t))throw new Error(`Invalid number: ${t}`);return new h(String(t))},t.toSafeNumberOrThrow=function(t,e){const n=Number.parseFloat(t),r=c(t);if(!0===e?.approx?r&&r!==u.truncate_float:r){const e=r?.replace(/_\w+$/,"");throw new Error(`Cannot safely convert to number: the value '${t}' would ${e} and become ${n}`)}return n}});//# sourceMappingURL=lossless-json.js.map


/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



exports.Composer = composer.Composer;
exports.Document = Document.Document;
exports.Schema = Schema.Schema;
exports.YAMLError = errors.YAMLError;
exports.YAMLParseError = errors.YAMLParseError;
exports.YAMLWarning = errors.YAMLWarning;
exports.Alias = Alias.Alias;
exports.isAlias = identity.isAlias;
exports.isCollection = identity.isCollection;
exports.isDocument = identity.isDocument;
exports.isMap = identity.isMap;
exports.isNode = identity.isNode;
exports.isPair = identity.isPair;
exports.isScalar = identity.isScalar;
exports.isSeq = identity.isSeq;
exports.Pair = Pair.Pair;
exports.Scalar = Scalar.Scalar;
exports.YAMLMap = YAMLMap.YAMLMap;
exports.YAMLSeq = YAMLSeq.YAMLSeq;
exports.CST = cst;
exports.Lexer = lexer.Lexer;
exports.LineCounter = lineCounter.LineCounter;
exports.Parser = parser.Parser;
exports.parse = publicApi.parse;
exports.parseAllDocuments = publicApi.parseAllDocuments;
exports.parseDocument = publicApi.parseDocument;
exports.stringify = publicApi.stringify;
exports.visit = visit.visit;
exports.visitAsync = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it need to be in strict mode.
(() => {
"use strict";
var exports = __webpack_exports__;

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.mainHelp = mainHelp;
exports.commandHelp = commandHelp;
exports.cli = cli;
// The `databricks-mlops` command: every capability, plus `local` (the local workspace).
const capabilities_1 = __nccwpck_require__(993);
const cli_1 = __nccwpck_require__(3991);
const signals_1 = __nccwpck_require__(4152);
const runner_1 = __nccwpck_require__(2798);
const version_1 = __nccwpck_require__(4402);
const GLOBAL_FLAGS = `Options for every command:
  --json                 print all outputs as one JSON object on stdout
  --summary-file FILE    write the markdown summary to FILE instead of stderr
  --verbose              print debug messages
  --help                 show the command's inputs`;
function mainHelp() {
    const width = Math.max(...capabilities_1.capabilities.map((c) => c.manifest.name.length), 5) + 2;
    const rows = capabilities_1.capabilities.map((c) => `  ${c.manifest.name.padEnd(width)} ${c.manifest.description}`);
    return [
        `databricks-mlops ${version_1.VERSION}: carry ML code from a pull request to production on Databricks.`,
        '',
        'Usage: databricks-mlops <command> [--input value ...] [--json]',
        '',
        'Commands:',
        ...rows,
        `  ${'local'.padEnd(width)} Start a local workspace (a Databricks stand-in on this machine).`,
        '',
        GLOBAL_FLAGS,
        '',
        'Run `databricks-mlops <command> --help` for its inputs. Exit codes: 0 success, 1 the run or',
        'gate failed, 2 bad or missing input.',
    ].join('\n');
}
function describeInput(name, spec) {
    const facts = [spec.type === 'choice' ? (spec.options ?? []).join('|') : spec.type];
    if (spec.required)
        facts.push('required');
    if (spec.default !== undefined && !spec.default.includes('${{'))
        facts.push(`default: ${spec.default}`);
    const envs = [(0, cli_1.cliEnvName)(name), ...(spec.env ?? [])];
    facts.push(`env: ${envs.join(', ')}`);
    return `  --${name}\n      ${spec.description}\n      (${facts.join('; ')})`;
}
function commandHelp(capability) {
    const { manifest } = capability;
    const lines = [`databricks-mlops ${manifest.name}: ${manifest.description}`, '', 'Inputs:'];
    for (const [name, spec] of Object.entries(manifest.inputs)) {
        if (spec.adoOnly)
            continue;
        lines.push(describeInput(name, spec));
    }
    lines.push('', 'Outputs:');
    for (const [name, spec] of Object.entries(manifest.outputs))
        lines.push(`  ${name}: ${spec.description}`);
    lines.push('', GLOBAL_FLAGS);
    return lines.join('\n');
}
class UsageError extends Error {
}
function parseArgs(capability, argv) {
    const { inputs } = capability.manifest;
    const parsed = { flags: new Map(), json: false, verbose: false, help: false };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--json')
            parsed.json = true;
        else if (arg === '--verbose')
            parsed.verbose = true;
        else if (arg === '--help' || arg === '-h')
            parsed.help = true;
        else if (arg.startsWith('--')) {
            const eq = arg.indexOf('=');
            const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
            let value = eq > 0 ? arg.slice(eq + 1) : undefined;
            const spec = inputs[name];
            if (name === 'summary-file') {
                parsed.summaryFile = value ?? argv[++i];
                continue;
            }
            if (!spec || spec.adoOnly) {
                const hint = closest(name, Object.keys(inputs));
                throw new UsageError(`Unknown option --${name} for ${capability.manifest.name}.${hint ? ` Did you mean --${hint}?` : ''} Run \`databricks-mlops ${capability.manifest.name} --help\` for its inputs.`);
            }
            if (value === undefined) {
                const next = argv[i + 1];
                if (spec.type === 'boolean' && (next === undefined || next.startsWith('--')))
                    value = 'true';
                else if (next === undefined)
                    throw new UsageError(`Option --${name} needs a value.`);
                else
                    value = argv[++i];
            }
            parsed.flags.set(name, value);
        }
        else {
            throw new UsageError(`Unexpected argument '${arg}'. Inputs are given as --name value.`);
        }
    }
    return parsed;
}
function closest(name, candidates) {
    let best;
    let bestScore = Infinity;
    for (const c of candidates) {
        const d = distance(name, c);
        if (d < bestScore) {
            bestScore = d;
            best = c;
        }
    }
    return bestScore <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return row[b.length];
}
async function cli(argv, io) {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
        io.stdout.write(`${mainHelp()}\n`);
        return command === undefined ? runner_1.EXIT_USER_ERROR : runner_1.EXIT_OK;
    }
    if (command === '--version' || command === '-v') {
        io.stdout.write(`${version_1.VERSION}\n`);
        return runner_1.EXIT_OK;
    }
    if (command === 'local') {
        // Loaded on demand: the local workspace is most of the bundle and no other command needs it.
        const { localCommand } = __nccwpck_require__(7740);
        return localCommand(rest, io);
    }
    const capability = (0, capabilities_1.findCapability)(command);
    if (!capability) {
        const hint = closest(command, capabilities_1.capabilities.map((c) => c.manifest.name));
        io.stderr.write(`error: Unknown command '${command}'.${hint ? ` Did you mean '${hint}'?` : ''} Run \`databricks-mlops --help\` for the list.\n`);
        return runner_1.EXIT_USER_ERROR;
    }
    let args;
    try {
        args = parseArgs(capability, rest);
    }
    catch (err) {
        if (err instanceof UsageError) {
            io.stderr.write(`error: ${err.message}\n`);
            return runner_1.EXIT_USER_ERROR;
        }
        throw err;
    }
    if (args.help) {
        io.stdout.write(`${commandHelp(capability)}\n`);
        return runner_1.EXIT_OK;
    }
    const host = new cli_1.CliHost({
        flags: args.flags,
        env: io.env,
        stdout: io.stdout,
        stderr: io.stderr,
        verbose: args.verbose || io.env.RUNNER_DEBUG === '1',
        json: args.json,
        summaryFile: args.summaryFile,
    });
    const cancel = (0, signals_1.cancellationSignal)((sig) => host.info(`Received ${sig}: cancelling.`));
    try {
        let code = await (0, runner_1.runCapability)(host, capability, 'main', { signal: cancel.signal });
        // A terminal has no separate post step: clean up right after the main phase.
        if (capability.post) {
            const postCode = await (0, runner_1.runCapability)(host, capability, 'post', { signal: cancel.signal });
            if (code === runner_1.EXIT_OK)
                code = postCode;
        }
        host.finish();
        return code;
    }
    finally {
        cancel.dispose();
    }
}
if (require.main === require.cache[eval('__filename')]) {
    cli(process.argv.slice(2), {
        stdout: process.stdout,
        stderr: process.stderr,
        env: process.env,
    }).then((code) => {
        process.exitCode = code;
    }, (err) => {
        process.stderr.write(`error: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exitCode = 1;
    });
}

})();

module.exports = __webpack_exports__;
/******/ })()
;