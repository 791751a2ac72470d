"use strict";
exports.id = 802;
exports.ids = [802];
exports.modules = {

/***/ 3802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployServing: () => (/* binding */ deployServing)
});

// EXTERNAL MODULE: ./shared/connect.ts
var connect = __webpack_require__(1660);
// EXTERNAL MODULE: ./shared/databricks/index.ts + 23 modules
var databricks = __webpack_require__(80670);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
;// CONCATENATED MODULE: ./shared/capabilities/deploy-serving/config.ts
/**
 * Shares that resolve to the same version are served once, under the first share's name: after a
 * promotion champion and challenger can be the same version, and two copies would only cost more.
 */
function mergeShares(shares) {
    const merged = [];
    const notes = [];
    for (const s of shares) {
        const same = merged.find((m) => m.version === s.version);
        if (same) {
            same.percent += s.percent;
            notes.push(`${s.from} is version ${s.version}, like ${same.from}: served once as '${same.name}' with ${same.percent}%.`);
        }
        else
            merged.push({ ...s });
    }
    return { merged, notes };
}
function desiredConfig(shares, e) {
    return {
        served_entities: shares.map((s) => ({
            name: s.name,
            entity_name: e.modelName,
            entity_version: s.version,
            workload_size: e.workloadSize,
            scale_to_zero_enabled: e.scaleToZero,
            ...(Object.keys(e.environmentVars).length ? { environment_vars: e.environmentVars } : {}),
        })),
        traffic_config: {
            routes: shares.map((s) => ({ served_entity_name: s.name, traffic_percentage: s.percent })),
        },
    };
}
/** Fields of a served entity that a config input carries (the output adds state, creator, …). */
const INPUT_FIELDS = [
    'name',
    'entity_name',
    'entity_version',
    'workload_size',
    'workload_type',
    'scale_to_zero_enabled',
    'environment_vars',
    'min_provisioned_concurrency',
    'max_provisioned_concurrency',
    'instance_profile_arn',
    'burst_scaling_enabled',
    'provisioned_model_units',
    'external_model',
];
/**
 * The endpoint's current config as an input that would recreate it (for rollback and the
 * `previous-config` output); undefined when the endpoint has none yet. Reads the legacy
 * `served_models` shape too.
 */
function currentConfig(ep) {
    const c = ep?.config;
    if (!c)
        return undefined;
    const raw = (c.served_entities ?? c.served_models);
    if (!raw?.length)
        return undefined;
    const served_entities = raw.map((e) => {
        const src = {
            ...e,
            entity_name: e.entity_name ?? e.model_name,
            entity_version: e.entity_version ?? e.model_version,
        };
        const out = {};
        for (const k of INPUT_FIELDS)
            if (src[k] !== undefined)
                out[k] = src[k];
        if (out.entity_version !== undefined)
            out.entity_version = String(out.entity_version);
        return out;
    });
    const routes = c.traffic_config?.routes?.map((r) => ({
        served_entity_name: String(r.served_entity_name ?? r.served_model_name ?? ''),
        traffic_percentage: Number(r.traffic_percentage ?? 0),
    }));
    return {
        served_entities,
        ...(routes?.length ? { traffic_config: { routes } } : {}),
    };
}
function canonical(c) {
    const entities = c.served_entities
        .map((e) => ({
        name: e.name ?? '',
        entity_name: String(e.entity_name ?? '').toLowerCase(),
        entity_version: String(e.entity_version ?? ''),
        workload_size: e.workload_size ?? '',
        scale_to_zero_enabled: e.scale_to_zero_enabled === true,
        environment_vars: Object.entries(e.environment_vars ?? {}).sort(([a], [b]) => a < b ? -1 : 1),
    }))
        .sort((a, b) => (a.name < b.name ? -1 : 1));
    const routes = (c.traffic_config?.routes ?? [])
        .map((r) => [r.served_entity_name, r.traffic_percentage])
        .sort(([a], [b]) => (a < b ? -1 : 1));
    return JSON.stringify({ entities, routes });
}
/** Whether the endpoint already serves exactly this: same entities (by name) and routes. */
function sameConfig(a, b) {
    return b !== undefined && canonical(a) === canonical(b);
}
/** `champion=90,challenger=10` for outputs and logs. */
function trafficText(c) {
    const routes = c?.traffic_config?.routes ??
        (c?.served_entities.length === 1
            ? [{ served_entity_name: c.served_entities[0].name ?? '', traffic_percentage: 100 }]
            : []);
    return routes.map((r) => `${r.served_entity_name}=${r.traffic_percentage}`).join(',');
}
/** Served entity name → model version. */
function servedVersions(c) {
    const out = {};
    for (const e of c?.served_entities ?? [])
        out[e.name ?? ''] = String(e.entity_version ?? '');
    return out;
}

// EXTERNAL MODULE: ./shared/capabilities/deploy-serving/manifest.ts
var manifest = __webpack_require__(41275);
// EXTERNAL MODULE: ./shared/report/markdown.ts
var markdown = __webpack_require__(90216);
;// CONCATENATED MODULE: ./shared/capabilities/deploy-serving/report.ts

function rows(c) {
    const out = new Map();
    const routes = new Map((c?.traffic_config?.routes ?? []).map((r) => [r.served_entity_name, r.traffic_percentage]));
    for (const e of c?.served_entities ?? []) {
        const pct = routes.get(e.name ?? '') ?? (c?.served_entities.length === 1 ? 100 : 0);
        out.set(e.name ?? '', `v${String(e.entity_version ?? '?')} · ${pct}% · ${e.workload_size ?? '?'}${e.scale_to_zero_enabled ? ', scales to zero' : ''}`);
    }
    return out;
}
/**
 * Before and after side by side, one row per served entity name; with the requested config too
 * when it did not land (failed update or rollback), so the summary shows what was refused.
 */
function configTable(before, after, requested) {
    const columns = [rows(before), ...(requested ? [rows(requested)] : []), rows(after)];
    const names = [...new Set(columns.flatMap((c) => [...c.keys()]))];
    if (!names.length)
        return '_No served entities._\n';
    return (0,markdown/* table */.tp)(['Served entity', 'Before', ...(requested ? ['Requested'] : []), 'After'], names.map((n) => [(0,markdown/* escapeCell */.kq)(n), ...columns.map((c) => (0,markdown/* escapeCell */.kq)(c.get(n) ?? '—'))]));
}
async function writeSummary(ctx, r) {
    const verdict = r.failure
        ? `❌ ${(0,markdown/* escapeCell */.kq)(ctx.nameInputs(r.failure).replace(/\.$/, ''))}`
        : r.changed
            ? `✅ ${r.created ? 'Created and deployed' : 'Deployed'}`
            : '✅ Already serving this config: no update';
    const lines = [
        `### Model serving: \`${(0,markdown/* escapeCell */.kq)(r.endpoint)}\``,
        '',
        `${verdict}. Model \`${(0,markdown/* escapeCell */.kq)(r.model)}\`.`,
        '',
        configTable(r.before, r.after, r.failure ? r.desired : undefined),
    ];
    if (r.rollback)
        lines.push('', `Rollback: ${(0,markdown/* escapeCell */.kq)(r.rollback)}.`);
    if (r.smoke)
        lines.push('', `Smoke test: ${r.smoke.passed ? 'passed' : 'failed'}, ${(0,markdown/* escapeCell */.kq)(r.smoke.detail)}.`);
    lines.push('');
    await ctx.summary.append(lines.join('\n'));
}

;// CONCATENATED MODULE: ./shared/capabilities/deploy-serving/rollout.ts
/** Waiting for a serving endpoint's config update, with timestamped progress lines. */

function clock(now) {
    return new Date(now).toISOString().slice(11, 19);
}
function entitiesOf(config) {
    const c = config;
    return (c?.served_entities ?? c?.served_models) ?? [];
}
/** `ready/config_update (entity: deployment, …)`: what changes between polls. */
function stateLine(ep) {
    const pending = entitiesOf(ep.pending_config)
        .map((e) => `${String(e.name)}: ${String(e.state?.deployment ?? '?')}`)
        .join(', ');
    return `${ep.state?.ready ?? 'UNKNOWN'}, config update ${ep.state?.config_update ?? 'UNKNOWN'}${pending ? ` (${pending})` : ''}`;
}
function isSettled(ep) {
    const update = ep.state?.config_update;
    if (update === 'IN_PROGRESS')
        return false;
    // A landed update is done only once the endpoint serves it.
    return !(update === 'NOT_UPDATING' && ep.state?.ready !== 'READY');
}
function failed(ep) {
    const update = ep.state?.config_update;
    return update === 'UPDATE_FAILED' || update === 'UPDATE_CANCELED';
}
/** What the server says went wrong: the endpoint's message, or the failed entities' states. */
function failureMessage(ep) {
    const own = ep.failure_message;
    if (typeof own === 'string' && own.trim())
        return own.trim();
    const entities = [...entitiesOf(ep.pending_config), ...entitiesOf(ep.config)]
        .map((e) => ({ name: String(e.name), state: e.state ?? {} }))
        .filter((e) => e.state.deployment === 'DEPLOYMENT_FAILED' && e.state.deployment_state_message);
    if (entities.length)
        return entities.map((e) => `${e.name}: ${String(e.state.deployment_state_message)}`).join('; ');
    return `the config update ended ${ep.state?.config_update ?? 'in an unknown state'} without a message`;
}
async function waitForUpdate(client, name, opts) {
    const now = opts.now ?? Date.now;
    return (0,databricks/* waitFor */.fm)({
        poll: (signal) => client.serving.get(name, signal),
        isDone: isSettled,
        stateOf: stateLine,
        onChange: (ep) => opts.logger.info(`[${clock(now())}] Endpoint ${name}: ${stateLine(ep)}.`),
        deadline: opts.deadline,
        signal: opts.signal,
        maxIntervalMs: 10_000,
        description: `serving endpoint ${name}'s config update`,
    });
}
/** Puts `config` on the endpoint and waits for it; the endpoint as it ends. */
async function applyConfig(client, name, config, opts) {
    await client.serving.updateConfig(name, config, opts.signal);
    return waitForUpdate(client, name, opts);
}

// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(79896);
// EXTERNAL MODULE: external "path"
var external_path_ = __webpack_require__(16928);
;// CONCATENATED MODULE: ./shared/capabilities/deploy-serving/settings.ts



const VERSION = /^[1-9][0-9]{0,18}$/;
const ALIAS = /^[A-Za-z0-9_-]{1,255}$/;
const ENDPOINT = /^[A-Za-z0-9_-]{1,63}$/;
const UC_NAME = /^[^.\s]+\.[^.\s]+\.[^.\s]+$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** The only way Model Serving takes a secret: a reference resolved at deployment. */
const SECRET_REF = /^\{\{secrets\/[^/{}\s]+\/[^/{}\s]+\}\}$/;
const SECRET_NAME = /SECRET|TOKEN|PASSWORD|PASSWD|PWD|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL/i;
/** Shapes of well-known credentials: a Databricks PAT, GitHub, AWS, Slack, OpenAI keys, PEM blocks. */
const SECRET_VALUE = /^(dapi[0-9a-f]{32}|dose[0-9a-f]{32}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_\w{30,}|AKIA[0-9A-Z]{16}|xox[abpr]-[\w-]{10,}|sk-[A-Za-z0-9_-]{20,})|-----BEGIN [A-Z ]*PRIVATE KEY-----/;
/** A share's key as the served entity's name: aliases keep theirs, numbers become `version-N`. */
function entityName(key) {
    return VERSION.test(key) ? `version-${key}` : key;
}
function refOf(key) {
    return VERSION.test(key) ? { kind: 'version', version: key } : { kind: 'alias', alias: key };
}
/** `champion=90,challenger=10` (commas or new lines) → shares adding up to 100. */
function parseTraffic(text) {
    const items = text
        .split(/\r?\n|,/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
    const fix = 'Write it as champion=90,challenger=10: aliases or version numbers, whole percentages adding up to 100.';
    if (items.length === 0)
        throw new errors/* InputError */.dz('traffic', 'is empty', fix);
    const shares = [];
    for (const item of items) {
        const m = /^([^=\s]+)\s*=\s*([^=\s]+)$/.exec(item);
        if (!m)
            throw new errors/* InputError */.dz('traffic', `has ${(0,errors/* quoteValue */.cl)(item)}, which is not key=percent`, fix);
        const [, key, pct] = m;
        if (!VERSION.test(key) &&
            (!ALIAS.test(key) || key.length > 63 || key.toLowerCase() === 'latest'))
            throw new errors/* InputError */.dz('traffic', `names ${(0,errors/* quoteValue */.cl)(key)}, which is neither a version number nor an alias usable as a served entity name`, "Use letters, digits, '_' or '-' (at most 63; 'latest' is reserved), or a version number.");
        if (!/^\d{1,3}$/.test(pct) || Number(pct) > 100)
            throw new errors/* InputError */.dz('traffic', `gives ${(0,errors/* quoteValue */.cl)(key)} ${(0,errors/* cutText */.IN)(pct)} percent, which is not a whole number from 0 to 100`, fix);
        const name = entityName(key);
        if (shares.some((s) => s.name.toLowerCase() === name.toLowerCase()))
            throw new errors/* InputError */.dz('traffic', `names ${(0,errors/* quoteValue */.cl)(key)} twice`, fix);
        shares.push({ name, ref: refOf(key), percent: Number(pct) });
    }
    const total = shares.reduce((sum, s) => sum + s.percent, 0);
    if (total !== 100)
        throw new errors/* InputError */.dz('traffic', `adds up to ${total} percent, not 100`, fix);
    return shares;
}
/** `NAME=value` lines; a secret goes in only as a `{{secrets/scope/key}}` reference. */
function parseEnvironmentVars(lines) {
    const out = {};
    for (const line of lines) {
        const eq = line.indexOf('=');
        const name = eq > 0 ? line.slice(0, eq).trim() : '';
        // Never echo the value: it may be the very secret being refused.
        if (!ENV_NAME.test(name))
            throw new errors/* InputError */.dz('environment-vars', `has a line that is not NAME=value${name ? ` (name ${(0,errors/* quoteValue */.cl)(name)})` : ''}`, 'Write one NAME=value per line; names are letters, digits and underscores.');
        const value = line.slice(eq + 1).trim();
        if (!SECRET_REF.test(value) && (SECRET_NAME.test(name) || SECRET_VALUE.test(value)))
            throw new errors/* InputError */.dz('environment-vars', `sets ${name} to a literal value that looks like a secret (the value is not shown)`, `Store it in a Databricks secret scope and write ${name}={{secrets/<scope>/<key>}}; the endpoint resolves it when it deploys.`);
        if (out[name] !== undefined)
            throw new errors/* InputError */.dz('environment-vars', `sets ${name} twice`);
        out[name] = value;
    }
    return out;
}
function readPayload(file) {
    const full = external_path_.resolve(file);
    let text;
    try {
        text = external_fs_.readFileSync(full, 'utf8');
    }
    catch {
        throw new errors/* InputError */.dz('smoke-test-payload', `names a file that cannot be read: ${(0,errors/* cutText */.IN)(file)} (resolved to ${(0,errors/* cutText */.IN)(full)})`, 'Give the path of a JSON request body, relative to the working directory.');
    }
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new errors/* InputError */.dz('smoke-test-payload', `is not valid JSON (${(0,errors/* cutText */.IN)(file)}: ${(0,errors/* cutText */.IN)(err.message)})`);
    }
}
function readSettings(inputs) {
    const endpointName = inputs.requiredString('endpoint-name');
    if (!ENDPOINT.test(endpointName))
        throw new errors/* InputError */.dz('endpoint-name', `is not a valid endpoint name: ${(0,errors/* quoteValue */.cl)(endpointName)}`, 'Use 1 to 63 letters, digits, dashes and underscores.');
    const modelName = inputs.requiredString('model-name');
    if (!UC_NAME.test(modelName))
        throw new errors/* InputError */.dz('model-name', `is not a Unity Catalog name: ${(0,errors/* quoteValue */.cl)(modelName)}`, 'Write it as catalog.schema.model; Model Serving deploys Unity Catalog models.');
    const trafficText = inputs.string('traffic');
    let shares;
    if (trafficText !== undefined) {
        shares = parseTraffic(trafficText);
    }
    else {
        const version = inputs.requiredString('version');
        if (!VERSION.test(version) && (!ALIAS.test(version) || version.length > 63))
            throw new errors/* InputError */.dz('version', `must be a version number or an alias, got ${(0,errors/* quoteValue */.cl)(version)}`);
        shares = [{ name: entityName(version), ref: refOf(version), percent: 100 }];
    }
    const payloadFile = inputs.string('smoke-test-payload');
    const expected = inputs.json('smoke-test-expected');
    const maxLatencyMs = inputs.number('smoke-test-max-latency-ms');
    if (!payloadFile && (expected !== undefined || maxLatencyMs !== undefined))
        throw new errors/* InputError */.dz(expected !== undefined ? 'smoke-test-expected' : 'smoke-test-max-latency-ms', `needs ${(0,errors/* inputRef */.io)('smoke-test-payload')}`, 'Give the JSON request to send, or remove this input.');
    return {
        endpointName,
        modelName,
        shares,
        workloadSize: inputs.choice('workload-size'),
        scaleToZero: inputs.boolean('scale-to-zero'),
        environmentVars: parseEnvironmentVars(rawLines(inputs)),
        timeoutMs: inputs.number('wait-timeout') * 1000,
        rollbackOnFailure: inputs.boolean('rollback-on-failure'),
        smoke: payloadFile
            ? { file: payloadFile, payload: readPayload(payloadFile), expected, maxLatencyMs }
            : undefined,
    };
}
/** Lines, not `list()`: a comma may belong to a value. */
function rawLines(inputs) {
    return (inputs.raw('environment-vars') ?? '')
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('#'));
}

;// CONCATENATED MODULE: ./shared/capabilities/deploy-serving/smoke.ts

/**
 * Where `actual` differs from `expected`, as a JSON path, or undefined when it contains it: every
 * key of an expected object must be there with a matching value; lists match element by element
 * and in length; anything else must be equal.
 */
function mismatch(expected, actual, at = '$') {
    if (Array.isArray(expected)) {
        if (!Array.isArray(actual))
            return `${at} is not a list`;
        if (actual.length !== expected.length)
            return `${at} has ${actual.length} items, expected ${expected.length}`;
        for (let i = 0; i < expected.length; i++) {
            const m = mismatch(expected[i], actual[i], `${at}[${i}]`);
            if (m)
                return m;
        }
        return undefined;
    }
    if (expected !== null && typeof expected === 'object') {
        if (actual === null || typeof actual !== 'object' || Array.isArray(actual))
            return `${at} is not an object`;
        for (const [k, v] of Object.entries(expected)) {
            if (!(k in actual))
                return `${at}.${k} is missing`;
            const m = mismatch(v, actual[k], `${at}.${k}`);
            if (m)
                return m;
        }
        return undefined;
    }
    return Object.is(expected, actual) || expected === actual
        ? undefined
        : `${at} is ${smoke_short(actual)}, expected ${smoke_short(expected)}`;
}
function smoke_short(v) {
    const s = JSON.stringify(v) ?? String(v);
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
async function runSmokeTest(client, endpoint, smoke, now, signal) {
    const start = now();
    let answer;
    try {
        answer = await client.serving.invoke(endpoint, smoke.payload, signal);
    }
    catch (err) {
        if (!(err instanceof databricks/* DatabricksError */.rC))
            throw err;
        return {
            passed: false,
            latencyMs: now() - start,
            status: err.status,
            detail: `the endpoint answered ${err.status ?? 'nothing'}${err.status ? ` ${err.errorCode}` : ''}: ${err.serverMessage}`,
        };
    }
    const latencyMs = now() - start;
    if (smoke.maxLatencyMs !== undefined && latencyMs > smoke.maxLatencyMs)
        return {
            passed: false,
            latencyMs,
            status: 200,
            detail: `the answer took ${latencyMs} ms, over the budget of ${smoke.maxLatencyMs} ms`,
        };
    if (smoke.expected !== undefined) {
        const m = mismatch(smoke.expected, answer);
        if (m)
            return { passed: false, latencyMs, status: 200, detail: `unexpected answer: ${m}` };
    }
    return {
        passed: true,
        latencyMs,
        status: 200,
        detail: `answered in ${latencyMs} ms${smoke.expected !== undefined ? ' as expected' : ''}`,
    };
}

;// CONCATENATED MODULE: ./shared/capabilities/deploy-serving/index.ts









async function resolveShare(client, s, share, signal) {
    const input = s.shares.length > 1 || share.percent !== 100 ? 'traffic' : 'version';
    let found;
    if (share.ref.kind === 'alias') {
        found = await client.unityCatalog.tryGetVersionByAlias(s.modelName, share.ref.alias, signal);
        if (!found)
            throw new errors/* UserError */.yo(`Model '${s.modelName}' has no @${share.ref.alias} alias, so there is no version to serve as '${share.name}'. Check ${(0,errors/* inputRef */.io)(input)}, or set the alias (evaluate-model, promote-model) first.`);
    }
    else {
        try {
            found = await client.unityCatalog.getVersion(s.modelName, share.ref.version, signal);
        }
        catch (err) {
            if (err instanceof databricks/* DatabricksError */.rC && err.isNotFound)
                throw new errors/* UserError */.yo(`Model '${s.modelName}' has no version ${share.ref.version}. Check ${(0,errors/* inputRef */.io)(input)} and ${(0,errors/* inputRef */.io)('model-name')}.`, { cause: err });
            throw err;
        }
    }
    const version = String(found.version);
    if (found.status && found.status !== 'READY')
        throw new errors/* UserError */.yo(`Version ${version} of ${s.modelName} (${share.name}) is ${found.status}, not READY: it cannot be served yet. Wait for its registration, or choose another version in ${(0,errors/* inputRef */.io)(input)}.`);
    return {
        name: share.name,
        version,
        percent: share.percent,
        from: share.ref.kind === 'alias' ? `@${share.ref.alias}` : `version ${version}`,
    };
}
function setConfigOutputs(ctx, config) {
    ctx.outputs.set('served-versions', servedVersions(config));
    ctx.outputs.set('traffic', trafficText(config));
}
const deployServing = {
    manifest: manifest/* manifest */.e,
    async main(ctx) {
        const s = readSettings(ctx.inputs);
        const { client } = (0,connect/* connect */.N)(ctx);
        const log = ctx.logger;
        ctx.outputs.set('endpoint-url', '');
        ctx.outputs.set('previous-config', {});
        ctx.outputs.set('changed', false);
        setConfigOutputs(ctx, undefined);
        const resolved = [];
        for (const share of s.shares)
            resolved.push(await resolveShare(client, s, share, ctx.signal));
        const { merged, notes } = mergeShares(resolved);
        for (const n of notes)
            log.info(n);
        const desired = desiredConfig(merged, s);
        log.info(`Deploying ${s.modelName} to serving endpoint ${s.endpointName}: ${merged.map((m) => `${m.name} = version ${m.version} (${m.from}) ${m.percent}%`).join(', ')}.`);
        const deadline = Date.now() + s.timeoutMs;
        const wait = { logger: log, deadline, signal: ctx.signal };
        let ep = await client.serving.tryGet(s.endpointName, ctx.signal);
        if (ep?.state?.config_update === 'IN_PROGRESS') {
            log.info(`Endpoint ${s.endpointName} has another config update in progress: waiting for it first.`);
            ep = await waitOrFail(() => waitForUpdate(client, s.endpointName, wait));
        }
        const before = currentConfig(ep);
        ctx.outputs.set('previous-config', before ?? {});
        ctx.outputs.set('endpoint-url', endpointUrl(client.host, s.endpointName, ep));
        setConfigOutputs(ctx, before);
        const rollout = {
            endpoint: s.endpointName,
            model: s.modelName,
            created: !ep,
            before,
            desired,
            changed: false,
        };
        if (ep && ep.state?.ready === 'READY' && sameConfig(desired, before)) {
            log.info(`Endpoint ${s.endpointName} already serves this config (${trafficText(before)}): no update.`);
        }
        else {
            rollout.changed = true;
            ctx.outputs.set('changed', true);
            ep = await startUpdate(client, s, desired, ep, ctx.signal);
            ctx.outputs.set('endpoint-url', endpointUrl(client.host, s.endpointName, ep));
            try {
                ep = await waitForUpdate(client, s.endpointName, wait);
            }
            catch (err) {
                if (!(err instanceof databricks/* WaitTimeoutError */.Do))
                    throw err;
                rollout.failure = timedOut(err);
                // A rollback now would be refused (409) while the update runs.
                rollout.rollback = 'not attempted: the update is still in progress';
                return finish(ctx, client, s, rollout, false);
            }
            if (failed(ep)) {
                rollout.failure = `The config update failed: ${failureMessage(ep)}`;
                return finish(ctx, client, s, rollout, true);
            }
        }
        setConfigOutputs(ctx, currentConfig(ep));
        if (s.smoke) {
            log.info(`Smoke test: sending ${s.smoke.file} to ${s.endpointName}.`);
            const result = await runSmokeTest(client, s.endpointName, s.smoke, Date.now, ctx.signal);
            rollout.smoke = result;
            if (!result.passed) {
                rollout.failure = `The smoke test failed: ${result.detail}`;
                return finish(ctx, client, s, rollout, rollout.changed);
            }
            log.info(`Smoke test passed: ${result.detail}.`);
        }
        return finish(ctx, client, s, rollout, false);
    },
};
function endpointUrl(host, name, ep) {
    const given = ep?.endpoint_url;
    return typeof given === 'string' && given
        ? given
        : `${host.replace(/\/+$/, '')}/serving-endpoints/${encodeURIComponent(name)}/invocations`;
}
async function startUpdate(client, s, desired, ep, signal) {
    try {
        if (!ep)
            return await client.serving.create({ name: s.endpointName, config: desired }, signal);
        return await client.serving.updateConfig(s.endpointName, desired, signal);
    }
    catch (err) {
        if (err instanceof databricks/* DatabricksError */.rC && err.status === 409 && /CONFLICT/.test(err.errorCode))
            throw new errors/* UserError */.yo(`Endpoint ${s.endpointName} started another config update at the same time (${err.serverMessage}). Nothing was changed by this step; re-run it once that update has finished.`, { cause: err });
        throw err;
    }
}
function timedOut(err) {
    return `${err.message}. Raise ${(0,errors/* inputRef */.io)('wait-timeout')} if the endpoint needs longer.`;
}
/** A wait that runs out is the step's failure, not a user mistake. */
async function waitOrFail(wait) {
    try {
        return await wait();
    }
    catch (err) {
        if (err instanceof databricks/* WaitTimeoutError */.Do)
            throw new errors/* CapabilityFailure */.Fn(timedOut(err));
        throw err;
    }
}
/** Rolls back when asked and needed, sets the outputs from the endpoint as it ends, writes the summary. */
async function finish(ctx, client, s, rollout, rollBack) {
    const log = ctx.logger;
    if (rollBack && rollout.failure) {
        if (!s.rollbackOnFailure) {
            rollout.rollback = 'not attempted (rollback-on-failure is false)';
        }
        else if (!rollout.before) {
            rollout.rollback = 'nothing to restore: the endpoint had no config before this step';
        }
        else {
            log.info(`Rolling back ${s.endpointName} to its previous config (${trafficText(rollout.before)}).`);
            try {
                const back = await applyConfig(client, s.endpointName, rollout.before, {
                    logger: log,
                    deadline: Date.now() + s.timeoutMs,
                    signal: ctx.signal,
                });
                rollout.rollback = failed(back)
                    ? `failed too: ${failureMessage(back)}`
                    : `restored ${trafficText(rollout.before)}`;
            }
            catch (err) {
                if (!(err instanceof databricks/* DatabricksError */.rC || err instanceof databricks/* WaitTimeoutError */.Do))
                    throw err;
                rollout.rollback = `failed: ${err.message}`;
            }
            log.info(`Rollback ${rollout.rollback}.`);
        }
    }
    const live = await client.serving.tryGet(s.endpointName, ctx.signal);
    rollout.after = currentConfig(live);
    setConfigOutputs(ctx, rollout.after);
    await writeSummary(ctx, rollout);
    if (rollout.failure)
        throw new errors/* CapabilityFailure */.Fn(`${rollout.failure.replace(/\.?$/, '.')}${rollout.rollback ? ` Rollback: ${rollout.rollback}.` : ''}`);
}


/***/ })

};
;