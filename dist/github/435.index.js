"use strict";
exports.id = 435;
exports.ids = [435];
exports.modules = {

/***/ 89435:
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

;// CONCATENATED MODULE: ./shared/capabilities/deploy-jobs/schema.ts

/** The Jobs API create payload's fields (2.2), plus `permissions` as bundles write them. */
const JOB_FIELDS = {
    name: 'string',
    description: 'string',
    tasks: 'array',
    job_clusters: 'array',
    email_notifications: 'object',
    webhook_notifications: 'object',
    notification_settings: 'object',
    timeout_seconds: 'integer',
    health: 'object',
    schedule: 'object',
    trigger: 'object',
    continuous: 'object',
    max_concurrent_runs: 'integer',
    git_source: 'object',
    tags: 'object',
    format: 'string',
    queue: 'object',
    parameters: 'array',
    run_as: 'object',
    edit_mode: 'string',
    deployment: 'object',
    environments: 'array',
    budget_policy_id: 'string',
    performance_target: 'string',
    usage_policy_id: 'string',
    access_control_list: 'array',
    permissions: 'array',
};
function typeOf(v) {
    if (Array.isArray(v))
        return 'array';
    if (v === null)
        return 'null';
    if (typeof v === 'number' && Number.isInteger(v))
        return 'integer';
    return typeof v;
}
function nearest(word, options) {
    const dist = (a, b) => {
        const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
        for (let j = 1; j <= b.length; j++)
            d[0][j] = j;
        for (let i = 1; i <= a.length; i++)
            for (let j = 1; j <= b.length; j++)
                d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        return d[a.length][b.length];
    };
    const best = options.map((o) => [o, dist(word, o)]).sort((x, y) => x[1] - y[1])[0];
    return best && best[1] <= 3 ? best[0] : undefined;
}
/** Checks a job definition against the Jobs API's shape; the first problem is thrown with its line. */
function validateJob(job, file, keys) {
    const fail = (where, problem) => {
        throw new DefinitionError(at(file, [...keys, ...where]), problem);
    };
    for (const [k, v] of Object.entries(job)) {
        const want = JOB_FIELDS[k];
        if (!want) {
            const guess = nearest(k, Object.keys(JOB_FIELDS));
            fail([k], `'${k}' is not a job setting${guess ? ` (did you mean '${guess}'?)` : ''}.`);
        }
        if (want !== 'any' && typeOf(v) !== want && !(want === 'object' && isMap(v)))
            fail([k], `'${k}' must be ${want === 'integer' ? 'a whole number' : `a${want === 'array' || want === 'object' ? 'n' : ''} ${want}`}, got ${typeOf(v)}.`);
    }
    const tasks = job.tasks ?? [];
    if (tasks.length === 0)
        fail([], 'the job has no tasks.');
    const clusters = new Set((job.job_clusters ?? []).map((c, i) => {
        if (!isMap(c) || typeof c.job_cluster_key !== 'string')
            fail(['job_clusters', i], 'every job cluster needs a job_cluster_key.');
        return c.job_cluster_key;
    }));
    const taskKeys = new Set();
    tasks.forEach((t, i) => {
        if (!isMap(t))
            fail(['tasks', i], 'a task must be a mapping.');
        const task = t;
        if (typeof task.task_key !== 'string' || task.task_key === '')
            fail(['tasks', i], 'every task needs a task_key.');
        if (taskKeys.has(task.task_key))
            fail(['tasks', i, 'task_key'], `task_key '${String(task.task_key)}' is used twice.`);
        taskKeys.add(task.task_key);
        if (typeof task.job_cluster_key === 'string' && !clusters.has(task.job_cluster_key))
            fail(['tasks', i, 'job_cluster_key'], `job_cluster_key '${task.job_cluster_key}' is not among the job's job_clusters.`);
    });
    tasks.forEach((t, i) => {
        const deps = t.depends_on;
        if (deps === undefined)
            return;
        if (!Array.isArray(deps))
            fail(['tasks', i, 'depends_on'], 'depends_on must be a list.');
        deps.forEach((d, j) => {
            const key = isMap(d) ? d.task_key : undefined;
            if (typeof key !== 'string' || !taskKeys.has(key))
                fail(['tasks', i, 'depends_on', j], `depends on task '${String(key)}', which the job does not have.`);
        });
    });
    const schedule = job.schedule;
    if (schedule && typeof schedule.quartz_cron_expression !== 'string')
        fail(['schedule'], 'a schedule needs quartz_cron_expression.');
    if (isMap(job.tags))
        for (const [k, v] of Object.entries(job.tags))
            if (typeof v !== 'string')
                fail(['tags', k], `tag '${k}' must be a string.`);
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
            files.push(readSourceFile(full, displayPath(dir, full)));
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
        if (isMap(decl) && decl.lookup !== undefined)
            throw new DefinitionError(at(file, [...keys, name, 'lookup']), `variable ${name}: lookup variables are not supported; give the id as a value (the variables input or the target's variables).`);
        into.set(name, {
            default: isMap(decl) ? decl.default : decl,
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
            return isMap(v) && 'default' in v ? v.default : v;
        }
        const env = ctx.env[`BUNDLE_VAR_${name}`];
        if (env !== undefined)
            return env;
        return b.variables.get(name)?.default;
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
            if (value.grants !== undefined) {
                warnings.push(`${at(r.file, [...r.keys, 'grants'])}: grants on registered model ${r.key} are not applied.`);
                delete value.grants;
            }
        }
        definitions.push({
            kind,
            key: r.key,
            settings: applyPresets(kind, value, presets),
            permissions,
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
    const plan = { missing: new Map(), grantsOnly: new Set() };
    for (const e of entries) {
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
async function applyGrants(client, e, grants, signal) {
    const type = objectType(e.kind);
    const acl = grants.map((g) => {
        const who = principalOf(g);
        return { [who[0]]: who[1], permission_level: g.level };
    });
    await client.permissions.update(type, e.id, acl, signal);
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




const GIT_PROVIDERS = [
    'gitHub',
    'gitHubEnterprise',
    'bitbucketCloud',
    'bitbucketServer',
    'azureDevOpsServices',
    'gitLab',
    'gitLabEnterpriseEdition',
    'awsCodeCommit',
];
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
        gitProvider = GIT_PROVIDERS.find((p) => p.toLowerCase() === providerText.toLowerCase());
        if (!gitProvider)
            throw new errors/* InputError */.dz('git-provider', `has an unknown value '${providerText}'`, `Use one of ${GIT_PROVIDERS.join(', ')}.`);
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
        const deployment = load(s, opened, user.userName, git, ctx);
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
function load(s, opened, userName, git, ctx) {
    const resolveCtx = {
        userName,
        git,
        variables: s.variables,
        env: ctx.env,
        source: s.source,
        gitRoot: git.root,
    };
    if (opened)
        return resolveBundle(opened, resolveCtx);
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
        d.warnings.push(`permissions of ${modelAcl.map((x) => `registered model ${x.key}`).join(', ')} are not applied: Unity Catalog models take grants, which deploy-jobs does not manage.`);
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
            }
            else {
                await client.unityCatalog.updateModelComment(e.name, String(def.settings.comment), signal);
            }
            ctx.logger.info(`${e.action === 'create' ? 'Created' : 'Updated'} ${e.kind === 'experiments' ? 'experiment' : 'registered model'} ${e.name}.`);
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


/***/ })

};
;