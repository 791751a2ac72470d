"use strict";
exports.id = 660;
exports.ids = [660];
exports.modules = {

/***/ 1660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ connect)
/* harmony export */ });
/* unused harmony export givenConnectionSettings */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70857);
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _connection_settings__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94420);
/* harmony import */ var _databricks__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80670);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32635);





/** The connection settings as given: explicit inputs first, then the host's (ADO service connection). */
function givenConnectionSettings(ctx) {
    const inputs = {};
    const sources = {};
    for (const { input, key } of _connection_settings__WEBPACK_IMPORTED_MODULE_2__/* .CONNECTION_SETTINGS */ .rE) {
        // Environment fallbacks are resolveConfig's job: it knows the unified-auth order and names the variable.
        const value = ctx.inputs.string(input);
        if (value !== undefined) {
            inputs[key] = value;
            continue;
        }
        const fromHost = ctx.connectionDefaults[key];
        if (fromHost !== undefined) {
            inputs[key] = fromHost;
            sources[key] = `the service connection ${(0,_errors__WEBPACK_IMPORTED_MODULE_4__/* .inputRef */ .io)('databricks-connection')}`;
        }
    }
    return { inputs, sources };
}
/** A Databricks client for the capability's connection inputs, cancelled with the step by default. */
function connect(ctx, options = {}) {
    const given = givenConnectionSettings(ctx);
    // The job's own token (ADO's SystemVssConnection) requests the pipeline's OIDC token, so that
    // a federated connection needs no `SYSTEM_ACCESSTOKEN` mapping.
    const systemAccessToken = ctx.env.SYSTEM_ACCESSTOKEN ?? ctx.connectionDefaults.systemAccessToken;
    const config = (0,_databricks__WEBPACK_IMPORTED_MODULE_3__/* .resolveConfig */ .pE)(given.inputs, { ...ctx.env, SYSTEM_ACCESSTOKEN: systemAccessToken }, {
        inputSources: given.sources,
        homeDir: ctx.env.HOME ?? os__WEBPACK_IMPORTED_MODULE_1__.homedir(),
        readFile: (p) => {
            try {
                return fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(p, 'utf8');
            }
            catch {
                return undefined;
            }
        },
    });
    const client = (0,_databricks__WEBPACK_IMPORTED_MODULE_3__/* .createClient */ .UU)(config, {
        logger: ctx.logger,
        maskSecret: ctx.maskSecret,
        userAgent: { version: ctx.version, host: ctx.hostKind },
        signal: options.signal === null ? undefined : (options.signal ?? ctx.signal),
    });
    return { client, host: client.host };
}


/***/ }),

/***/ 80670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rC: () => (/* reexport */ DatabricksError),
  Do: () => (/* reexport */ WaitTimeoutError),
  UU: () => (/* reexport */ createClient),
  pE: () => (/* reexport */ resolveConfig),
  fm: () => (/* reexport */ waitFor)
});

// UNUSED EXPORTS: AUTH_TYPES, AZURE_DATABRICKS_RESOURCE, JobsApi, MAX_RUNS_PAGE, MlflowApi, MlflowUcApi, PermissionsApi, RegistryApi, ServingApi, SqlApi, TERMINAL_STATEMENT_STATES, Transport, UnityCatalogApi, WorkspaceApi, backoffMs, createCredentialsProvider, defaultRetryPolicy, describeSetting, idsToStrings, idsToWire, isLoopback, normalizeHost, parseErrorBody, parseIni, parseJson, parseRetryAfter, realTiming, selectAuthType, sendWithRetries, stringifyJson, toId, wireId

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: external "net"
var external_net_ = __webpack_require__(69278);
// EXTERNAL MODULE: ./shared/connection-settings.ts
var connection_settings = __webpack_require__(94420);
;// CONCATENATED MODULE: ./shared/databricks/config.ts




/** How a setting is named to the user: its input and its environment variables. */
function describeSetting(key) {
    const s = (0,connection_settings/* connectionSetting */.Ty)(key);
    return `${(0,errors/* inputRef */.io)(s.input)} (${s.env.join(' or ')})`;
}
/**
 * Resolves the connection settings with the Databricks unified-auth names: explicit inputs first,
 * then environment variables, then a `~/.databrickscfg` profile. The only code that reads the
 * environment for them; each value keeps its source, so that every mistake is a UserError naming
 * where the value came from and how to fix it.
 */
function resolveConfig(inputs, env, opts = {}) {
    const values = {};
    const sources = {};
    for (const s of connection_settings/* CONNECTION_SETTINGS */.rE) {
        const fromInput = clean(inputs[s.key]);
        if (fromInput !== undefined) {
            values[s.key] = fromInput;
            sources[s.key] = opts.inputSources?.[s.key] ?? `input ${(0,errors/* inputRef */.io)(s.input)}`;
            continue;
        }
        for (const name of s.env) {
            const fromEnv = clean(env[name]);
            if (fromEnv !== undefined) {
                values[s.key] = fromEnv;
                sources[s.key] = name;
                break;
            }
        }
    }
    const profileName = values.profile;
    // An implicit DEFAULT profile only fills in when no host was given at all, so that a developer's
    // personal profile never mixes with a CI's explicit settings.
    if (profileName !== undefined || values.host === undefined) {
        applyProfile(profileName, sources.profile ?? '', env, opts, values, sources);
    }
    if (values.host === undefined) {
        throw new errors/* InputError */.dz('databricks-host', 'is not set', `Set it to your workspace URL, e.g. https://adb-1234567890123456.7.azuredatabricks.net, or set ${(0,connection_settings/* connectionSetting */.Ty)('host').env.join(' or ')}.`);
    }
    const host = normalizeHost(values.host, 'databricks-host', sources.host);
    checkWorkspaceHostName(host, values.host, sources.host);
    let authType;
    if (values.authType !== undefined) {
        const wanted = values.authType.toLowerCase();
        if (!connection_settings/* AUTH_TYPES */.tG.includes(wanted)) {
            const problem = `is ${(0,errors/* quoteValue */.cl)(values.authType)}, which is not an authentication type this suite supports`;
            const fix = `Use one of: ${connection_settings/* AUTH_TYPES */.tG.join(', ')}; or leave it empty to pick the first whose settings are present.`;
            throw settingError('auth-type', sources.authType, problem, fix);
        }
        authType = wanted;
    }
    let authority = connection_settings/* PUBLIC_AZURE_AUTHORITY */.yN;
    if (values.azureAuthorityHost !== undefined) {
        authority = normalizeHost(values.azureAuthorityHost, 'azure-authority-host', sources.azureAuthorityHost);
    }
    else {
        const armEnv = clean(env.ARM_ENVIRONMENT)?.toLowerCase();
        if (armEnv !== undefined) {
            const known = connection_settings/* AZURE_AUTHORITIES */.Qu[armEnv];
            if (!known) {
                throw new errors/* UserError */.yo(`ARM_ENVIRONMENT is ${(0,errors/* quoteValue */.cl)(env.ARM_ENVIRONMENT ?? '')}, which is not a known Azure cloud. Use public, usgovernment or china, or set ${describeSetting('azureAuthorityHost')} to the Entra ID login URL.`);
            }
            authority = known;
        }
    }
    const githubUrl = clean(env.ACTIONS_ID_TOKEN_REQUEST_URL);
    const github = {
        requestUrl: githubUrl === undefined
            ? undefined
            : checkEndpointUrl(githubUrl, 'ACTIONS_ID_TOKEN_REQUEST_URL'),
        requestToken: clean(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN),
    };
    const config = {
        host,
        authType,
        token: values.token,
        clientId: values.clientId,
        clientSecret: values.clientSecret,
        azureTenantId: values.azureTenantId,
        azureClientId: values.azureClientId,
        azureClientSecret: values.azureClientSecret,
        azureResourceId: values.azureResourceId,
        azureAuthorityHost: authority,
        oidcAudience: values.oidcAudience,
        github,
        azureDevOps: {
            oidcRequestUri: adoOidcRequestUri(env),
            accessToken: clean(env.SYSTEM_ACCESSTOKEN),
            serviceConnectionId: values.azureDevOpsServiceConnectionId,
        },
        profile: profileName,
        sources,
    };
    return config;
}
function adoOidcRequestUri(env) {
    const direct = clean(env.SYSTEM_OIDCREQUESTURI);
    if (direct !== undefined)
        return checkEndpointUrl(direct, 'SYSTEM_OIDCREQUESTURI');
    // Agents older than sprint 240 do not set SYSTEM_OIDCREQUESTURI; the same URL is built from parts.
    const collection = clean(env.SYSTEM_TEAMFOUNDATIONCOLLECTIONURI);
    const project = clean(env.SYSTEM_TEAMPROJECTID);
    const plan = clean(env.SYSTEM_PLANID);
    const job = clean(env.SYSTEM_JOBID);
    if (!collection || !project || !plan || !job)
        return undefined;
    const hub = clean(env.SYSTEM_HOSTTYPE) ?? 'build';
    const base = collection.replace(/\/+$/, '');
    return checkEndpointUrl(`${base}/${project}/_apis/distributedtask/hubs/${hub}/plans/${plan}/jobs/${job}/oidctoken`, 'SYSTEM_TEAMFOUNDATIONCOLLECTIONURI');
}
function applyProfile(name, nameSource, env, opts, values, sources) {
    const explicitFile = clean(env.DATABRICKS_CONFIG_FILE);
    const file = explicitFile ??
        (opts.homeDir ? `${opts.homeDir.replace(/[\\/]+$/, '')}/.databrickscfg` : undefined);
    const text = file && opts.readFile ? opts.readFile(file) : undefined;
    if (text === undefined) {
        if (name !== undefined) {
            throw new errors/* UserError */.yo(`${capitalize(nameSource)} asks for profile ${(0,errors/* quoteValue */.cl)(name)}, but ${file ?? '~/.databrickscfg'} does not exist. Create it with 'databricks configure --profile <name>', point DATABRICKS_CONFIG_FILE at your config file, or remove the profile setting and pass ${(0,errors/* inputRef */.io)('databricks-host')} and the credentials directly.`);
        }
        return;
    }
    const profiles = parseIni(text);
    const wanted = name ?? 'DEFAULT';
    const profile = profiles.get(wanted);
    if (!profile) {
        if (name === undefined)
            return;
        const known = [...profiles.keys()];
        throw new errors/* UserError */.yo(`${capitalize(nameSource)} asks for profile ${(0,errors/* quoteValue */.cl)(name)}, which ${file} does not have${known.length ? ` (it has: ${known.join(', ')})` : ''}. Fix the profile name or add a section for it.`);
    }
    for (const s of connection_settings/* CONNECTION_SETTINGS */.rE) {
        if (s.cfg === undefined || values[s.key] !== undefined)
            continue;
        const v = clean(profile.get(s.cfg));
        if (v !== undefined) {
            values[s.key] = v;
            sources[s.key] = `'${s.cfg}' in profile [${wanted}] of ${file}`;
        }
    }
}
/** The subset of INI that ~/.databrickscfg uses: `[section]`, `key = value`, `;`/`#` comments. */
function parseIni(text) {
    const sections = new Map();
    let current;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line || line.startsWith(';') || line.startsWith('#'))
            continue;
        const header = /^\[(.+)\]$/.exec(line);
        if (header) {
            const name = header[1].trim();
            current = sections.get(name) ?? new Map();
            sections.set(name, current);
            continue;
        }
        const eq = line.indexOf('=');
        if (eq < 0 || !current)
            continue;
        current.set(line.slice(0, eq).trim().toLowerCase(), line.slice(eq + 1).trim());
    }
    return sections;
}
/**
 * `adb-1.2.azuredatabricks.net/?o=1#job/2` → `https://adb-1.2.azuredatabricks.net`. A pasted
 * workspace URL often carries a path or fragment; the API lives at the root.
 */
function normalizeHost(raw, input, source) {
    let text = raw.trim();
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text))
        text = `https://${text}`;
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw settingError(input, source, `is ${(0,errors/* quoteValue */.cl)(raw)}, which is not a URL`, `Use the workspace URL, e.g. https://adb-1234567890123456.7.azuredatabricks.net.`);
    }
    if (url.username !== '' || url.password !== '') {
        // The value is not echoed: whatever sits before the '@' is likely a credential.
        throw settingError(input, source, 'contains a user name or password before the host', `Remove the part before '@'; credentials go in ${(0,errors/* inputRef */.io)('databricks-token')} or the other authentication settings.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw settingError(input, source, `uses the scheme '${url.protocol}'`, `Use an https:// URL.`);
    }
    if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
        throw settingError(input, source, `is ${(0,errors/* quoteValue */.cl)(url.origin)}, a plain http:// address that is not loopback, so credentials would cross the network unencrypted`, `Use https://${url.host} instead; plain http is accepted only for loopback addresses (localhost, 127.0.0.0/8, [::1]) such as the local workspace.`);
    }
    return url.origin;
}
const DNS_LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;
/**
 * A workspace is always reached by a full domain name or an IP address; a bare word such as `abc`
 * is a typo (or `local` outside the CLI) that would otherwise fail later as a DNS error naming
 * no setting.
 */
function checkWorkspaceHostName(origin, raw, source) {
    const hostname = new URL(origin).hostname.replace(/^\[|\]$/g, '');
    if (isLoopback(hostname) || external_net_.isIP(hostname) !== 0)
        return;
    const labels = hostname.replace(/\.$/, '').split('.');
    const fix = 'Use the workspace URL as your browser shows it, e.g. https://adb-1234567890123456.7.azuredatabricks.net or https://my-workspace.cloud.databricks.com.';
    if (!labels.every((l) => DNS_LABEL.test(l))) {
        throw settingError('databricks-host', source, `is ${(0,errors/* quoteValue */.cl)(raw)}, whose host name ${(0,errors/* quoteValue */.cl)(hostname)} is not a valid domain name`, fix);
    }
    if (labels.length < 2) {
        const local = hostname === 'local'
            ? " 'local' (a local workspace started for the command) works only in the databricks-mlops CLI."
            : '';
        throw settingError('databricks-host', source, `is ${(0,errors/* quoteValue */.cl)(raw)}, a single word rather than a full host name, so it cannot be a Databricks workspace`, `${fix}${local}`);
    }
}
/** URLs that receive a credential (OIDC request endpoints) follow the same https rule as the host. */
function checkEndpointUrl(raw, envName) {
    let url;
    try {
        url = new URL(raw.trim());
    }
    catch {
        throw new errors/* UserError */.yo(`${envName} is ${(0,errors/* quoteValue */.cl)(raw)}, which is not a URL. It is set by the CI system; do not override it.`);
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
        throw new errors/* UserError */.yo(`${envName} points at ${url.origin}, which is not https; a token would be sent there unencrypted. It is set by the CI system; do not override it with a plain http address.`);
    }
    return url.toString();
}
function isLoopback(hostname) {
    const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
    if (h === 'localhost' || h.endsWith('.localhost'))
        return true;
    if (h === '::1')
        return true;
    const m = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
    return m !== null && m.slice(1).every((o) => Number(o) <= 255);
}
function settingError(input, source, problem, fix) {
    if (source === `input ${(0,errors/* inputRef */.io)(input)}`)
        return new errors/* InputError */.dz(input, problem, fix);
    return new errors/* UserError */.yo(`${capitalize(source)} ${problem}. ${fix}`);
}
function capitalize(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}
function clean(v) {
    if (v === undefined)
        return undefined;
    const t = v.trim();
    return t === '' ? undefined : t;
}
/** Whether the host is an Azure Databricks workspace. */
function isAzureHost(host) {
    const h = new URL(host).hostname;
    return /\.(azuredatabricks\.net|databricks\.azure\.us|databricks\.azure\.cn)$/.test(h);
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: ./node_modules/lossless-json/lib/esm/index.js + 6 modules
var esm = __webpack_require__(875);
;// CONCATENATED MODULE: ./shared/databricks/ids.ts

/**
 * Parses a response body. Integers that do not fit a double become `bigint` so that nothing is
 * rounded; every other number stays a `number` so ordinary fields remain easy to use.
 */
function parseJson(text) {
    return (0,esm/* parse */.qg)(text, null, (value) => {
        if ((0,esm/* isInteger */.Fq)(value) && !(0,esm/* isSafeNumber */.Lz)(value))
            return BigInt(value);
        return Number(value);
    });
}
/** Serialises a request body; `bigint` values become plain JSON integers, not strings. */
function stringifyJson(value) {
    return (0,esm/* stringify */.As)(value) ?? 'null';
}
/** Normalises an id given by a caller; throws on anything that is not a whole decimal number. */
function toId(value, what = 'id') {
    if (typeof value === 'bigint')
        return value.toString();
    if (typeof value === 'number') {
        if (!Number.isSafeInteger(value) || value < 0) {
            throw new TypeError(`${what} ${value} is not exact as a number; pass it as a decimal string`);
        }
        return String(value);
    }
    const trimmed = value.trim();
    if (!/^\d+$/.test(trimmed))
        throw new TypeError(`${what} '${value}' is not a decimal number`);
    return trimmed.replace(/^0+(?=\d)/, '');
}
/** An id as it goes on the wire: a JSON integer even above 2^53. */
function wireId(value, what = 'id') {
    return BigInt(toId(value, what));
}
/**
 * Replaces, at any depth, the values of the named integer fields with decimal strings. Applied to
 * the Jobs API responses, where `job_id`, `run_id` and friends are int64.
 */
function idsToStrings(value, keys) {
    return convert(value, keys);
}
function convert(value, keys) {
    if (Array.isArray(value))
        return value.map((v) => convert(v, keys));
    if (value === null || typeof value !== 'object')
        return value;
    const out = {};
    for (const [k, v] of Object.entries(value)) {
        if (keys.has(k) && (typeof v === 'number' || typeof v === 'bigint'))
            out[k] = String(v);
        else
            out[k] = convert(v, keys);
    }
    return out;
}
/** The reverse of `idsToStrings` for request bodies: decimal-string ids become JSON integers. */
function idsToWire(value, keys) {
    return toWire(value, keys);
}
function toWire(value, keys) {
    if (Array.isArray(value))
        return value.map((v) => toWire(v, keys));
    if (value === null || typeof value !== 'object')
        return value;
    const out = {};
    for (const [k, v] of Object.entries(value)) {
        if (keys.has(k) && (typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint')) {
            out[k] = wireId(v, k);
        }
        else {
            out[k] = toWire(v, keys);
        }
    }
    return out;
}
/** The int64 fields of the Jobs API. */
const JOB_ID_FIELDS = new Set([
    'job_id',
    'run_id',
    'job_run_id',
    'number_in_job',
    'original_attempt_run_id',
    'parent_run_id',
]);

;// CONCATENATED MODULE: ./shared/databricks/errors.ts



/**
 * Every failure of a Databricks call: HTTP errors, network errors, and retries running out. A
 * UserError because the user fixes it (permissions, ids, credentials, or simply re-running when the
 * service is down); its message is one line that names the call and, where we can, the fix.
 */
class DatabricksError extends errors/* UserError */.yo {
    name = 'DatabricksError';
    method;
    path;
    status;
    errorCode;
    serverMessage;
    requestId;
    retryAfter;
    resource;
    attempts;
    elapsedMs;
    constructor(init) {
        super(formatMessage(init), init.cause === undefined ? undefined : { cause: init.cause });
        this.method = init.method;
        this.path = init.path;
        this.status = init.status;
        this.errorCode = init.errorCode;
        this.serverMessage = init.serverMessage;
        this.requestId = init.requestId;
        this.retryAfter = init.retryAfter;
        this.resource = init.resource;
        this.attempts = init.attempts ?? 1;
        this.elapsedMs = init.elapsedMs ?? 0;
    }
    /** The same error, re-worded once retries ran out. */
    withGaveUp(attempts, elapsedMs, gaveUp) {
        return new DatabricksError({ ...this.init(), attempts, elapsedMs, gaveUp, cause: this });
    }
    init() {
        return {
            method: this.method,
            path: this.path,
            status: this.status,
            errorCode: this.errorCode,
            serverMessage: this.serverMessage,
            requestId: this.requestId,
            retryAfter: this.retryAfter,
            resource: this.resource,
        };
    }
    /**
     * The resource does not exist. Covers the 400 INVALID_PARAMETER_VALUE "Run N does not exist." and
     * "Job N does not exist." that the Jobs API sends instead of a 404; not an unknown API path
     * (ENDPOINT_NOT_FOUND), which means the API itself is missing.
     */
    get isNotFound() {
        if (this.errorCode === 'ENDPOINT_NOT_FOUND')
            return false;
        if (this.status === 404)
            return true;
        if (this.errorCode === 'RESOURCE_DOES_NOT_EXIST' || this.errorCode === 'NOT_FOUND')
            return true;
        return this.status === 400 && isJobsNotFoundMessage(this.path, this.serverMessage);
    }
    /** The API path is unknown to this workspace (e.g. Jobs 2.2 on an older deployment). */
    get isEndpointNotFound() {
        return this.status === 404 && this.errorCode === 'ENDPOINT_NOT_FOUND';
    }
    get isPermissionDenied() {
        return this.status === 403 || this.errorCode === 'PERMISSION_DENIED';
    }
    get isUnauthenticated() {
        return this.status === 401 || this.errorCode === 'UNAUTHENTICATED';
    }
    get isConflict() {
        return this.status === 409;
    }
    /** The caller's deadline (e.g. the step's timeout) came before an answer. */
    get isDeadline() {
        return this.errorCode === 'DEADLINE';
    }
    /** No HTTP answer at all: reset, refused, timed out. */
    get isNetworkError() {
        return this.status === undefined;
    }
}
// The SDK overrides match these on jobs/get and runs/get(-output); the message is all we have.
const JOBS_NOT_FOUND = /(Run .* does not exist|Run: .* in job: .* doesn't exist|Job .* does not exist)/;
function isJobsNotFoundMessage(path, message) {
    return /^\/api\/2\.\d+\/jobs\//.test(path) && JOBS_NOT_FOUND.test(message);
}
function formatMessage(init) {
    let text;
    if (init.status === undefined) {
        text = `${init.method} ${init.path} failed: ${init.serverMessage}`;
    }
    else if (init.status === 403 || init.errorCode === 'PERMISSION_DENIED') {
        text = permissionMessage(init);
    }
    else if (init.status === 401) {
        const hint = init.authHint ? ` ${init.authHint}` : '';
        text = `Databricks rejected the credentials (HTTP 401) on ${init.method} ${init.path}: ${init.serverMessage.replace(/\.$/, '')}.${hint}`;
    }
    else if (init.errorCode === 'NON_JSON') {
        text = init.serverMessage;
    }
    else if (init.resource &&
        init.status === 400 &&
        isJobsNotFoundMessage(init.path, init.serverMessage)) {
        text = `${init.resource.kind} ${init.resource.id} does not exist (or was removed: runs are kept for 60 days) (${init.method} ${init.path})`;
    }
    else {
        const code = init.errorCode && init.errorCode !== String(init.status) ? ` ${init.errorCode}` : '';
        text = `${init.method} ${init.path} failed with HTTP ${init.status}${code}: ${init.serverMessage}`;
    }
    if (init.requestId)
        text += ` (request id ${init.requestId})`;
    if (init.gaveUp)
        text = `${init.gaveUp}; last error: ${text}`;
    return text;
}
function permissionMessage(init) {
    const who = init.principal ?? 'the user or service principal behind these credentials';
    const said = ` (Databricks said: ${quoteOneLine(init.serverMessage)}; ${init.method} ${init.path})`;
    if (init.resource) {
        const needs = init.resource.needs
            ? `${who} needs ${init.resource.needs} on it; grant it in the ${init.resource.kind}'s permissions`
            : `${who} lacks the permission this call needs`;
        return `permission denied on ${init.resource.kind} ${init.resource.id}: ${needs}${said}`;
    }
    return `permission denied: ${who} lacks the permission for this call${said}`;
}
function quoteOneLine(s) {
    const line = s.replace(/\s+/g, ' ').trim();
    return `"${line.length > 300 ? `${line.slice(0, 297)}...` : line}"`;
}
/**
 * Reads an error body the way the SDK parsers do: JSON (`error_code`/`message`, legacy `error`,
 * SCIM `detail`, OAuth `error_description`), then `ERROR_CODE: message` text, then a summary for
 * HTML or anything else. A body is never dumped: gateway pages are large and unhelpful.
 */
function parseErrorBody(status, path, contentType, text) {
    const trimmed = text.trim();
    if (trimmed.startsWith('{')) {
        try {
            const body = parseJson(trimmed);
            const rawCode = body.error_code ??
                (typeof body.error === 'string' && body.error_description ? body.error : undefined);
            // Some legacy endpoints put the HTTP status in error_code.
            const errorCode = typeof rawCode === 'string' && !/^\d+$/.test(rawCode) ? rawCode : statusCodeName(status);
            const message = str(body.message) ??
                str(body.error_description) ??
                str(body.detail) ??
                str(body.error) ??
                statusLine(status);
            return {
                errorCode,
                message: oneLine(message),
                requestId: requestIdFromDetails(body.details),
                nonJson: false,
            };
        }
        catch {
            // fall through to the text forms
        }
    }
    const coded = /^([A-Z][A-Z_]+): (.*)$/s.exec(trimmed);
    if (coded && !/<[a-z!]/i.test(trimmed.slice(0, 200))) {
        return { errorCode: coded[1], message: oneLine(coded[2]), nonJson: false };
    }
    const bytes = Buffer.byteLength(text);
    const kind = /html/i.test(contentType) || /^<(!doctype|html|head|body|pre)/i.test(trimmed)
        ? 'HTML page'
        : trimmed
            ? 'text'
            : 'empty body';
    const size = kind === 'empty body' ? 'empty body' : `${kind}, ${bytes} bytes`;
    return {
        errorCode: 'NON_JSON',
        message: `${statusLine(status)} from ${path} (${size})`,
        nonJson: true,
    };
}
function requestIdFromDetails(details) {
    if (!Array.isArray(details))
        return undefined;
    for (const d of details) {
        if (d &&
            typeof d === 'object' &&
            typeof d.request_id === 'string') {
            return d.request_id;
        }
    }
    return undefined;
}
function str(v) {
    return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}
function oneLine(s) {
    const line = s.replace(/\s+/g, ' ').trim();
    return line.length > 500 ? `${line.slice(0, 497)}...` : line;
}
function statusLine(status) {
    const text = external_node_http_.STATUS_CODES[status];
    return text ? `HTTP ${status} ${text}` : `HTTP ${status}`;
}
/** The SDK's class for a status, used when the body names no error_code. */
function statusCodeName(status) {
    const byStatus = {
        400: 'BAD_REQUEST',
        401: 'UNAUTHENTICATED',
        403: 'PERMISSION_DENIED',
        404: 'NOT_FOUND',
        409: 'RESOURCE_CONFLICT',
        429: 'TOO_MANY_REQUESTS',
        499: 'CANCELLED',
        500: 'INTERNAL_ERROR',
        501: 'NOT_IMPLEMENTED',
        503: 'TEMPORARILY_UNAVAILABLE',
        504: 'DEADLINE_EXCEEDED',
    };
    return byStatus[status] ?? String(status);
}

// EXTERNAL MODULE: ./shared/duration.ts
var duration = __webpack_require__(15784);
;// CONCATENATED MODULE: ./shared/databricks/retry.ts
const realTiming = {
    now: () => Date.now(),
    sleep: realSleep,
    random: () => Math.random(),
};
function realSleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(abortReason(signal));
            return;
        }
        const onAbort = () => {
            clearTimeout(timer);
            reject(abortReason(signal));
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
function abortReason(signal) {
    return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}
const defaultRetryPolicy = {
    budgetMs: 5 * 60_000,
    baseDelayMs: 1_000,
    maxDelayMs: 10_000,
    requestTimeoutMs: 60_000,
    unreachableBudgetMs: 30_000,
};
/**
 * Exponential backoff with full jitter: uniform in [0, min(max, base·2^(n-1))]. Full jitter spreads
 * the retries of many CI jobs hitting the same workspace limit instead of having them collide again.
 */
function backoffMs(attempt, policy, random) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
    return Math.floor(random() * ceiling);
}
/** `Retry-After` as seconds or an HTTP date; `undefined` when absent or unreadable. */
function parseRetryAfter(value, now) {
    if (value === null || value === undefined)
        return undefined;
    const v = value.trim();
    if (/^\d+(\.\d+)?$/.test(v))
        return Math.round(Number(v) * 1000);
    const at = Date.parse(v);
    if (Number.isNaN(at))
        return undefined;
    return Math.max(0, at - now);
}
/**
 * 500 is here because Databricks answers many passing faults with INTERNAL_ERROR; like every other
 * failure that may have taken effect, it is repeated only for requests that are safe to repeat.
 */
const RETRYABLE_STATUSES = new Set([429, 500, 502, 503, 504]);
const RETRYABLE_ERROR_CODES = new Set([
    'REQUEST_LIMIT_EXCEEDED',
    'TEMPORARILY_UNAVAILABLE',
]);
/** Network failures worth retrying, as Node and undici name them. */
const RETRYABLE_NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'ETIMEDOUT',
    'EPIPE',
    'EAI_AGAIN',
    'ENOTFOUND',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'TIMEOUT',
]);
/** The code of a network error however deeply fetch wrapped it (`TypeError: fetch failed` → cause). */
function networkErrorCode(err) {
    let e = err;
    for (let depth = 0; depth < 5 && e; depth++) {
        if (typeof e === 'object' && e !== null) {
            const code = e.code;
            if (typeof code === 'string' && code)
                return code;
            e = e.cause;
        }
        else {
            break;
        }
    }
    const text = err instanceof Error
        ? `${err.message} ${String(err.cause ?? '')}`
        : String(err);
    if (/socket hang up|other side closed|terminated/i.test(text))
        return 'ECONNRESET';
    return undefined;
}
function isRetryableNetworkCode(code) {
    return code !== undefined && RETRYABLE_NETWORK_CODES.has(code);
}
/**
 * Whether the request provably never ran, so that even a non-idempotent call may be repeated: the
 * host was not reached at all. Such failures are retried under the short unreachable budget.
 */
function neverReachedServer(code) {
    return (code === 'ECONNREFUSED' ||
        code === 'EAI_AGAIN' ||
        code === 'ENOTFOUND' ||
        code === 'ENETUNREACH' ||
        code === 'EHOSTUNREACH' ||
        code === 'UND_ERR_CONNECT_TIMEOUT');
}

;// CONCATENATED MODULE: ./shared/databricks/transport.ts





/**
 * One logical call with retries: backoff with full jitter, Retry-After, an overall budget (short
 * for a host that cannot be reached), the caller's deadline, one token refresh on 401. Throws
 * DatabricksError for every non-2xx answer, unreadable body and network failure.
 */
async function sendWithRetries(deps, req) {
    const { timing, policy, logger } = deps;
    const url = new URL(req.url);
    const path = req.logPath ?? url.pathname;
    const shown = deps.redact(`${url.pathname}${url.search}`);
    const signal = linkSignals(deps.signal, req.signal);
    const start = timing.now();
    let attempt = 0;
    let refreshed = false;
    let last;
    for (;;) {
        attempt++;
        if (signal?.aborted)
            throw abortReason(signal);
        const left = req.deadline === undefined ? Infinity : req.deadline - timing.now();
        if (left <= 0)
            throw deadlineError(req, path, attempt - 1, timing.now() - start, last);
        const headers = {
            'User-Agent': deps.userAgent,
            Accept: 'application/json',
            ...(await req.headers()),
        };
        const began = timing.now();
        const ownTimeoutMs = req.timeoutMs ?? policy.requestTimeoutMs;
        const attemptTimeoutMs = Math.min(ownTimeoutMs, left);
        let failure;
        let retryAfterMs;
        let throttled = false;
        let provablyNotRun = false;
        let retryable;
        try {
            const res = await fetchOnce(deps, req, headers, signal, attemptTimeoutMs);
            logger.debug(deps.redact(`${req.method} ${shown} -> ${res.status} in ${(0,duration/* formatDuration */.a)(timing.now() - began)}`));
            if (res.status >= 200 && res.status < 300) {
                const done = {
                    status: res.status,
                    headers: res.headers,
                    text: res.text,
                    attempts: attempt,
                };
                if (!req.parse)
                    return done;
                try {
                    return { ...done, parsed: req.parse(res.text) };
                }
                catch {
                    failure = unreadableBody(req, path, res, attempt, timing.now() - start);
                    // JSON cut short is a fault in transit; an HTML page is the wrong host, every time.
                    retryable = /^\s*[[{]/.test(res.text);
                }
            }
            else {
                const parsed = parseErrorBody(res.status, path, res.headers.get('content-type') ?? '', res.text);
                failure = new DatabricksError({
                    method: req.method,
                    path,
                    status: res.status,
                    errorCode: parsed.errorCode,
                    serverMessage: deps.redact(parsed.message),
                    requestId: res.headers.get('x-request-id') ??
                        res.headers.get('x-databricks-request-id') ??
                        parsed.requestId,
                    retryAfter: res.headers.get('retry-after') ?? undefined,
                    resource: req.resource,
                    principal: req.principal,
                    authHint: req.authHint,
                    attempts: attempt,
                    elapsedMs: timing.now() - start,
                });
                if (res.status === 401 && !refreshed && req.onUnauthorized?.()) {
                    refreshed = true;
                    logger.debug(`${req.method} ${path} -> 401; refreshing the token and trying once more`);
                    continue;
                }
                throttled = res.status === 429 || parsed.errorCode === 'REQUEST_LIMIT_EXCEEDED';
                retryable =
                    RETRYABLE_STATUSES.has(res.status) || RETRYABLE_ERROR_CODES.has(parsed.errorCode);
                retryAfterMs = parseRetryAfter(res.headers.get('retry-after'), timing.now());
            }
        }
        catch (err) {
            if (signal?.aborted)
                throw abortReason(signal);
            if (err instanceof DatabricksError)
                throw err;
            const code = networkErrorCode(err);
            const timedOut = err?.name === 'PerAttemptTimeout';
            if (timedOut && attemptTimeoutMs < ownTimeoutMs) {
                throw deadlineError(req, path, attempt, timing.now() - start, last);
            }
            const effective = timedOut ? 'TIMEOUT' : (code ?? 'NETWORK_ERROR');
            const what = timedOut
                ? `no complete answer within ${(0,duration/* formatDuration */.a)(ownTimeoutMs)}`
                : describeNetworkError(err, effective);
            logger.debug(deps.redact(`${req.method} ${shown} -> ${what}`));
            provablyNotRun = neverReachedServer(code);
            failure = new DatabricksError({
                method: req.method,
                path,
                errorCode: effective,
                serverMessage: deps.redact(provablyNotRun ? `${url.origin}: ${what}` : what),
                resource: req.resource,
                attempts: attempt,
                elapsedMs: timing.now() - start,
                cause: timedOut ? undefined : err,
            });
            retryable = timedOut || isRetryableNetworkCode(code);
        }
        last = failure;
        const elapsed = timing.now() - start;
        if (!retryable)
            throw failure;
        // A throttled or refused request never ran; anything else may have, so repeat it only when safe.
        if (!req.safeToRepeat && !throttled && !provablyNotRun) {
            throw failure.withGaveUp(attempt, elapsed, `Not retried: ${req.method} ${path} may already have taken effect and is not safe to repeat`);
        }
        const budgetMs = provablyNotRun
            ? Math.min(policy.budgetMs, policy.unreachableBudgetMs)
            : policy.budgetMs;
        const delay = Math.max(backoffMs(attempt, policy, timing.random), retryAfterMs ?? 0);
        if (elapsed + delay > budgetMs) {
            const tries = `${attempt} attempt${attempt === 1 ? '' : 's'} over ${(0,duration/* formatDuration */.a)(elapsed)}`;
            if (provablyNotRun) {
                throw failure.withGaveUp(attempt, elapsed, `Cannot reach ${url.origin} (${tries}, retry budget ${(0,duration/* formatDuration */.a)(budgetMs)} for an unreachable host): ${req.unreachableHint ?? 'check that the address is right and reachable from this machine'}`);
            }
            const asked = retryAfterMs !== undefined && elapsed + retryAfterMs > budgetMs
                ? `, and the server asked to wait ${(0,duration/* formatDuration */.a)(retryAfterMs)} more`
                : '';
            throw failure.withGaveUp(attempt, elapsed, `Gave up on ${req.method} ${path} after ${tries} (retry budget ${(0,duration/* formatDuration */.a)(budgetMs)}${asked})`);
        }
        if (req.deadline !== undefined && timing.now() + delay >= req.deadline) {
            throw deadlineError(req, path, attempt, elapsed, failure);
        }
        logger.info(deps.redact(`Databricks: ${req.method} ${path} ${failure.status === undefined ? `failed (${failure.errorCode})` : `answered HTTP ${failure.status}${failure.errorCode && failure.errorCode !== 'NON_JSON' ? ` ${failure.errorCode}` : ''}`}; retrying in ${(0,duration/* formatDuration */.a)(delay)} (attempt ${attempt + 1}, ${(0,duration/* formatDuration */.a)(elapsed)} of the ${(0,duration/* formatDuration */.a)(budgetMs)} budget used)`));
        await timing.sleep(delay, signal);
    }
}
/** The caller's deadline came before an answer; carries the last failure, if any, for the log. */
function deadlineError(req, path, attempts, elapsedMs, last) {
    const before = last ? `; the last attempt: ${last.message}` : '';
    return new DatabricksError({
        method: req.method,
        path,
        errorCode: 'DEADLINE',
        serverMessage: `no answer before the caller's deadline (${attempts} attempt${attempts === 1 ? '' : 's'} over ${(0,duration/* formatDuration */.a)(elapsedMs)})${before}`,
        resource: req.resource,
        attempts,
        elapsedMs,
    });
}
function unreadableBody(req, path, res, attempts, elapsedMs) {
    const cut = /^\s*[[{]/.test(res.text);
    const summary = parseErrorBody(res.status, path, res.headers.get('content-type') ?? '', res.text);
    return new DatabricksError({
        method: req.method,
        path,
        status: res.status,
        errorCode: 'NON_JSON',
        serverMessage: cut
            ? `${statusLine(res.status)} from ${path} with JSON cut short (${Buffer.byteLength(res.text)} bytes)`
            : `${summary.message}: expected a JSON answer`,
        attempts,
        elapsedMs,
    });
}
/** How many same-origin redirects one exchange follows. */
const MAX_REDIRECTS = 5;
/**
 * One HTTP exchange, headers and body, under the per-attempt timeout. Redirects are followed by
 * hand and only within the origin asked for: following one elsewhere would send the credentials
 * to, and take answers from, a host nobody configured.
 */
async function fetchOnce(deps, req, headers, signal, timeoutMs) {
    const ctrl = new AbortController();
    const onAbort = () => ctrl.abort(abortReason(signal));
    signal?.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => {
        const e = new Error(`timed out after ${timeoutMs} ms`);
        e.name = 'PerAttemptTimeout';
        ctrl.abort(e);
    }, timeoutMs);
    try {
        const origin = new URL(req.url).origin;
        let url = req.url;
        let method = req.method;
        let body = req.body;
        for (let hop = 0;; hop++) {
            const res = await deps.fetch(url, {
                method,
                headers,
                body,
                signal: ctrl.signal,
                redirect: 'manual',
            });
            const location = res.headers.get('location');
            if (res.status >= 300 && res.status < 400 && location && hop < MAX_REDIRECTS) {
                await res.body?.cancel().catch(() => undefined);
                const next = new URL(location, url);
                if (next.origin !== origin) {
                    throw new DatabricksError({
                        method: req.method,
                        path: req.logPath ?? new URL(req.url).pathname,
                        status: res.status,
                        errorCode: 'REDIRECT_REFUSED',
                        serverMessage: deps.redact(`redirected from ${origin} to ${next.origin}; refusing to follow a redirect that leaves the configured host (it would get the credentials). If ${next.origin} is the workspace, configure it as the host`),
                        resource: req.resource,
                    });
                }
                // As fetch does: 303, and 301/302 after a POST, continue as a GET without the body.
                if (res.status === 303 ||
                    ((res.status === 301 || res.status === 302) && method === 'POST')) {
                    method = 'GET';
                    body = undefined;
                }
                url = next.toString();
                continue;
            }
            const text = await res.text();
            return { status: res.status, headers: res.headers, text };
        }
    }
    catch (err) {
        // fetch reports an abort as its own error; surface the reason we aborted with.
        if (ctrl.signal.aborted && !signal?.aborted)
            throw ctrl.signal.reason;
        throw err;
    }
    finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
    }
}
function describeNetworkError(err, code) {
    const names = {
        ECONNRESET: 'the connection was reset',
        ECONNREFUSED: 'the connection was refused',
        ETIMEDOUT: 'the connection timed out',
        ENOTFOUND: 'the host name does not resolve (check the host setting)',
        EAI_AGAIN: 'the host name could not be resolved right now',
        UND_ERR_SOCKET: 'the connection was closed by the other side',
    };
    const known = names[code];
    if (known)
        return `${known} (${code})`;
    const msg = err instanceof Error ? err.message : String(err);
    return `network error: ${msg.replace(/\s+/g, ' ')} (${code})`;
}
function linkSignals(a, b) {
    if (!a)
        return b;
    if (!b)
        return a;
    const ctrl = new AbortController();
    const fire = (s) => () => ctrl.abort(abortReason(s));
    if (a.aborted)
        ctrl.abort(abortReason(a));
    else if (b.aborted)
        ctrl.abort(abortReason(b));
    else {
        a.addEventListener('abort', fire(a), { once: true });
        b.addEventListener('abort', fire(b), { once: true });
    }
    return ctrl.signal;
}
const IDEMPOTENT_METHODS = new Set(['GET', 'PUT', 'DELETE']);
/** JSON calls to one workspace. */
class Transport {
    host;
    auth;
    deps;
    constructor(host, auth, deps) {
        this.host = host;
        this.auth = auth;
        this.deps = deps;
    }
    async request(req) {
        const url = new URL(req.path, this.host);
        for (const [k, v] of Object.entries(req.query ?? {})) {
            if (v === undefined)
                continue;
            if (Array.isArray(v))
                for (const item of v)
                    url.searchParams.append(k, item);
            else
                url.searchParams.set(k, String(v));
        }
        const body = req.body === undefined ? undefined : stringifyJson(req.body);
        const safeToRepeat = req.safeToRepeat ?? (IDEMPOTENT_METHODS.has(req.method) || hasIdempotencyToken(req.body));
        const res = await sendWithRetries(this.deps, {
            method: req.method,
            url: url.toString(),
            logPath: req.path,
            headers: async () => ({
                ...(await this.auth.headers(req.signal)),
                ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
            }),
            body,
            safeToRepeat,
            onUnauthorized: () => this.auth.invalidate(),
            resource: req.resource,
            principal: this.auth.principal,
            authHint: this.auth.authHint,
            signal: req.signal,
            timeoutMs: req.timeoutMs,
            deadline: req.deadline,
            unreachableHint: `check the workspace host (${(0,errors/* inputRef */.io)('databricks-host')}, DATABRICKS_HOST or the profile's host) for a typo, a wrong port or a network that cannot reach it`,
            parse: (text) => (text.trim() === '' ? {} : parseJson(text.trim())),
        });
        return res.parsed;
    }
}
function hasIdempotencyToken(body) {
    if (body === null || typeof body !== 'object')
        return false;
    const token = body.idempotency_token;
    return typeof token === 'string' && token.trim() !== '';
}

;// CONCATENATED MODULE: ./shared/databricks/auth/id-tokens.ts




/**
 * The job's OIDC ID token from GitHub: `GET $ACTIONS_ID_TOKEN_REQUEST_URL&audience=…` with the
 * request token as bearer. GitHub only sets the two variables when the job has
 * `permissions: id-token: write`.
 */
async function gitHubIdToken(http, settings, audience, mask, signal) {
    if (!settings.requestUrl || !settings.requestToken) {
        throw new errors/* UserError */.yo(`GitHub did not provide an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL / ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set). Add 'permissions: id-token: write' (and 'contents: read') to the job or workflow.`);
    }
    const url = new URL(settings.requestUrl);
    url.searchParams.set('audience', audience);
    const requestToken = settings.requestToken;
    const text = await fetchIdToken(http, 'GET', url.toString(), { Authorization: `Bearer ${requestToken}` }, 'a GitHub OIDC token', signal);
    const value = field(text, 'value', 'a GitHub OIDC token');
    mask(value);
    return value;
}
/**
 * The pipeline's OIDC token from Azure DevOps: `POST $SYSTEM_OIDCREQUESTURI?api-version=7.1` with
 * System.AccessToken as bearer; with `serviceConnectionId` the token is the service connection's
 * (subject `sc://org/project/connection`), without it the pipeline's own (`p://org/project/pipeline`).
 */
async function azureDevOpsIdToken(http, settings, mask, signal) {
    if (!settings.oidcRequestUri) {
        throw new errors/* UserError */.yo(`Azure DevOps did not provide an OIDC request URL (SYSTEM_OIDCREQUESTURI, or SYSTEM_TEAMFOUNDATIONCOLLECTIONURI with SYSTEM_TEAMPROJECTID, SYSTEM_PLANID and SYSTEM_JOBID). Run this step in an Azure Pipelines job.`);
    }
    if (!settings.accessToken) {
        throw new errors/* UserError */.yo(`SYSTEM_ACCESSTOKEN is not set, so the pipeline's OIDC token cannot be requested. Map it in the step: 'env: { SYSTEM_ACCESSTOKEN: $(System.AccessToken) }'.`);
    }
    const url = new URL(settings.oidcRequestUri);
    url.searchParams.set('api-version', '7.1');
    if (settings.serviceConnectionId)
        url.searchParams.set('serviceConnectionId', settings.serviceConnectionId);
    const text = await fetchIdToken(http, 'POST', url.toString(), {
        Authorization: `Bearer ${settings.accessToken}`,
        'Content-Type': 'application/json',
        // Without it an expired token gets a sign-in page instead of a 401.
        'X-TFS-FedAuthRedirect': 'Suppress',
    }, 'the Azure DevOps OIDC token', signal);
    const value = field(text, 'oidcToken', 'the Azure DevOps OIDC token');
    mask(value);
    return value;
}
async function fetchIdToken(http, method, url, headers, what, signal) {
    try {
        const res = await sendWithRetries(http, {
            method,
            url,
            headers: async () => headers,
            safeToRepeat: true,
            signal,
        });
        return res.text;
    }
    catch (err) {
        if (err instanceof DatabricksError) {
            throw new errors/* UserError */.yo(http.redact(`Could not get ${what}: ${err.message}`), { cause: err });
        }
        throw err;
    }
}
function field(text, name, what) {
    let body;
    try {
        body = parseJson(text);
    }
    catch {
        throw new errors/* UserError */.yo(`Could not get ${what}: the answer was not JSON.`);
    }
    const v = body?.[name];
    if (typeof v !== 'string' || v === '')
        throw new errors/* UserError */.yo(`Could not get ${what}: the answer has no '${name}'.`);
    return v;
}

;// CONCATENATED MODULE: ./shared/databricks/auth/token-cache.ts
/**
 * Keeps one token and fetches a new one before the old one expires, so that a wait of many hours
 * keeps working. Concurrent callers share one refresh.
 */
class TokenCache {
    fetchToken;
    now;
    token;
    obtainedAt = 0;
    inFlight;
    constructor(fetchToken, now) {
        this.fetchToken = fetchToken;
        this.now = now;
    }
    async get(signal) {
        if (this.token && !this.expiringSoon(this.token))
            return this.token.accessToken;
        if (!this.inFlight) {
            this.inFlight = this.fetchToken(signal)
                .then((t) => {
                this.token = t;
                this.obtainedAt = this.now();
                return t;
            })
                .finally(() => {
                this.inFlight = undefined;
            });
        }
        return (await this.inFlight).accessToken;
    }
    invalidate() {
        this.token = undefined;
    }
    /**
     * Refresh with five minutes to spare, or half the lifetime for short-lived tokens: Azure
     * Databricks already rejects a token with 30 s left, and a poll may be a minute away.
     */
    expiringSoon(t) {
        if (t.expiresAt === undefined)
            return false;
        const lifetime = Math.max(0, t.expiresAt - this.obtainedAt);
        const margin = Math.min(5 * 60_000, lifetime / 2);
        return this.now() >= t.expiresAt - margin;
    }
}

;// CONCATENATED MODULE: ./shared/databricks/auth/token-endpoint.ts




/**
 * POSTs a form to an OAuth token endpoint (Databricks `/oidc/v1/token` or Entra ID) and reads the
 * token. Safe to repeat: each call only mints a token. Errors name the endpoint and the fix; the
 * request body (which holds secrets) is never logged.
 */
async function requestToken(http, url, form, opts) {
    const body = new URLSearchParams(form).toString();
    let text;
    try {
        const res = await sendWithRetries(http, {
            method: 'POST',
            url,
            headers: async () => ({
                'Content-Type': 'application/x-www-form-urlencoded',
                ...(opts.headers ?? {}),
            }),
            body,
            safeToRepeat: true,
            signal: opts.signal,
        });
        text = res.text;
    }
    catch (err) {
        if (err instanceof DatabricksError) {
            throw new errors/* UserError */.yo(http.redact(`Could not get ${opts.what}: ${err.message}. ${opts.fix}`), {
                cause: err,
            });
        }
        throw err;
    }
    return readTokenResponse(http, text, url, opts);
}
function readTokenResponse(http, text, url, opts) {
    let body;
    try {
        body = parseJson(text);
    }
    catch {
        throw new errors/* UserError */.yo(`Could not get ${opts.what}: ${new URL(url).pathname} did not answer with JSON. ${opts.fix}`);
    }
    const token = body.access_token;
    if (typeof token !== 'string' || token === '') {
        throw new errors/* UserError */.yo(`Could not get ${opts.what}: the answer from ${new URL(url).pathname} has no access_token. ${opts.fix}`);
    }
    opts.mask(token);
    return { accessToken: token, expiresAt: expiry(body, http.timing.now()) };
}
/** `expires_in` (seconds from now, Databricks and Entra v2) or `expires_on` (epoch seconds, Entra v1). */
function expiry(body, now) {
    const expiresIn = Number(body.expires_in);
    if (Number.isFinite(expiresIn) && expiresIn > 0)
        return now + expiresIn * 1000;
    const expiresOn = Number(body.expires_on);
    if (Number.isFinite(expiresOn) && expiresOn > 0)
        return expiresOn * 1000;
    // No lifetime given: assume the common hour rather than trusting it forever.
    return now + 3600_000;
}

;// CONCATENATED MODULE: ./shared/databricks/auth/databricks-oauth.ts





function tokenEndpoint(host) {
    return `${host}/oidc/v1/token`;
}
/** OAuth M2M: a Databricks service principal's client id and secret, client-credentials grant. */
function oauthM2MProvider(ctx) {
    const { config, http } = ctx;
    const clientId = config.clientId;
    const secret = config.clientSecret;
    ctx.maskSecret(secret);
    const basic = Buffer.from(`${clientId}:${secret}`).toString('base64');
    ctx.maskSecret(basic);
    const fix = `Check ${describeSetting('clientId')} (the service principal's application id) and ${describeSetting('clientSecret')} (an OAuth secret of that service principal), and that the service principal is added to this workspace.`;
    const cache = new TokenCache((signal) => requestToken(http, tokenEndpoint(config.host), { grant_type: 'client_credentials', scope: 'all-apis' }, {
        headers: { Authorization: `Basic ${basic}` },
        what: `an OAuth token for service principal ${clientId}`,
        fix,
        signal,
        mask: ctx.maskSecret,
    }), http.timing.now);
    return bearer('oauth-m2m', cache, `the service principal ${clientId}`, `${fix}`);
}
/**
 * Databricks workload identity federation (RFC 8693 token exchange at `/oidc/v1/token`) with the
 * CI system's OIDC token; needs a federation policy on the service principal.
 */
function federatedProvider(ctx, source) {
    const { config, http } = ctx;
    if (config.github.requestToken)
        ctx.maskSecret(config.github.requestToken);
    if (config.azureDevOps.accessToken)
        ctx.maskSecret(config.azureDevOps.accessToken);
    // The federation policy must list the same value; the default is documented from the same function.
    const audience = config.oidcAudience ?? (0,connection_settings/* defaultOidcAudience */.n3)('databricks', config.host);
    const clientId = config.clientId;
    const issuer = source === 'github'
        ? 'https://token.actions.githubusercontent.com'
        : 'https://vstoken.dev.azure.com/<organization id>';
    const fix = `Check that ${clientId ? `service principal ${clientId}` : 'the account'} has a federation policy for issuer ${issuer} whose audiences include '${audience}' (set ${describeSetting('oidcAudience')} to match the policy) and whose subject matches this ${source === 'github' ? 'repository and environment' : 'pipeline'}.`;
    const cache = new TokenCache(async (signal) => {
        const idToken = source === 'github'
            ? await gitHubIdToken(http, config.github, audience, ctx.maskSecret, signal)
            : await azureDevOpsIdToken(http, config.azureDevOps, ctx.maskSecret, signal);
        const form = {
            grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
            subject_token: idToken,
            subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
            scope: 'all-apis',
        };
        // Omitted for account-wide federation, where the token's subject names the principal.
        if (clientId)
            form.client_id = clientId;
        return requestToken(http, tokenEndpoint(config.host), form, {
            what: `a Databricks token for the ${source === 'github' ? 'GitHub' : 'Azure DevOps'} OIDC token`,
            fix,
            signal,
            mask: ctx.maskSecret,
        });
    }, http.timing.now);
    return bearer(source === 'github' ? 'github-oidc' : 'azure-devops-oidc', cache, clientId ? `the service principal ${clientId}` : 'the federated identity', fix);
}
function bearer(authType, cache, principal, authHint, extraHeaders = {}) {
    return {
        authType,
        principal,
        authHint,
        headers: async (signal) => ({
            ...extraHeaders,
            Authorization: `Bearer ${await cache.get(signal)}`,
        }),
        invalidate: () => {
            cache.invalidate();
            return true;
        },
    };
}

;// CONCATENATED MODULE: ./shared/databricks/auth/entra.ts






/** The Azure Databricks first-party application: the same id in every Azure cloud. */
const AZURE_DATABRICKS_RESOURCE = '2ff814a6-3304-4ab8-85cb-cd0e6f879c1d';
/**
 * An Entra ID token for Azure Databricks, client-credentials grant on the v2 endpoint, with either
 * the client secret or a federated client assertion (the CI system's OIDC token).
 */
function entraProvider(ctx, kind) {
    const { config, http } = ctx;
    const tenant = config.azureTenantId;
    const clientId = config.azureClientId;
    const url = `${config.azureAuthorityHost}/${encodeURIComponent(tenant)}/oauth2/v2.0/token`;
    if (config.azureClientSecret)
        ctx.maskSecret(config.azureClientSecret);
    if (config.github.requestToken)
        ctx.maskSecret(config.github.requestToken);
    if (config.azureDevOps.accessToken)
        ctx.maskSecret(config.azureDevOps.accessToken);
    const audience = config.oidcAudience ?? (0,connection_settings/* defaultOidcAudience */.n3)('entra', config.host);
    const subject = kind === 'azure-client-secret'
        ? `${describeSetting('azureClientSecret')} (a current client secret of that app)`
        : kind === 'github-oidc-azure'
            ? `a federated credential on that app for issuer https://token.actions.githubusercontent.com with this repository's subject and audience ${audience}`
            : `the Azure DevOps service connection ${describeSetting('azureDevOpsServiceConnectionId')} using workload identity federation with that app`;
    const fix = `Check ${describeSetting('azureTenantId')}, ${describeSetting('azureClientId')} and ${subject}, and that the app's service principal is added to the workspace.`;
    const cache = new TokenCache(async (signal) => {
        const form = {
            grant_type: 'client_credentials',
            client_id: clientId,
            scope: `${AZURE_DATABRICKS_RESOURCE}/.default`,
        };
        if (kind === 'azure-client-secret') {
            form.client_secret = config.azureClientSecret;
        }
        else {
            form.client_assertion_type = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
            form.client_assertion =
                kind === 'github-oidc-azure'
                    ? await gitHubIdToken(http, config.github, audience, ctx.maskSecret, signal)
                    : await azureDevOpsIdToken(http, config.azureDevOps, ctx.maskSecret, signal);
        }
        return requestToken(http, url, form, {
            what: `an Entra ID token for app ${clientId} in tenant ${tenant}`,
            fix,
            signal,
            mask: ctx.maskSecret,
        });
    }, http.timing.now);
    // Lets a non-admin service principal be added to the workspace on first use.
    const extra = config.azureResourceId
        ? { 'X-Databricks-Azure-Workspace-Resource-Id': config.azureResourceId }
        : {};
    return bearer(kind, cache, `the service principal ${clientId}`, fix, extra);
}

;// CONCATENATED MODULE: ./shared/databricks/auth/pat.ts

/** A personal access token (or any bearer token given as `token`). Nothing to refresh. */
function patProvider(ctx) {
    const token = ctx.config.token;
    ctx.maskSecret(token);
    const source = ctx.config.sources.token ?? `input ${(0,errors/* inputRef */.io)('databricks-token')}`;
    return {
        authType: 'pat',
        principal: 'the user or service principal that owns the token',
        authHint: `The token from ${source} is invalid, expired or belongs to another workspace: create a new personal access token in ${ctx.config.host} and update the secret.`,
        headers: async () => ({ Authorization: `Bearer ${token}` }),
        invalidate: () => false,
    };
}

;// CONCATENATED MODULE: ./shared/databricks/auth/select.ts





/** What each authentication type needs, in the documented detection order. */
const REQUIREMENTS = {
    pat: (c) => missing(c, ['token']),
    'oauth-m2m': (c) => missing(c, ['clientId', 'clientSecret']),
    'github-oidc': (c) => [...missing(c, ['clientId']), ...githubMissing(c)],
    'azure-devops-oidc': (c) => [...missing(c, ['clientId']), ...adoMissing(c)],
    'github-oidc-azure': (c) => [
        ...missing(c, ['azureTenantId', 'azureClientId']),
        ...githubMissing(c),
    ],
    'azure-devops-oidc-azure': (c) => [
        ...missing(c, ['azureTenantId', 'azureClientId', 'azureDevOpsServiceConnectionId']),
        ...adoMissing(c),
    ],
    'azure-client-secret': (c) => missing(c, ['azureTenantId', 'azureClientId', 'azureClientSecret']),
};
function missing(c, keys) {
    const value = (k) => k === 'azureDevOpsServiceConnectionId' ? c.azureDevOps.serviceConnectionId : c[k];
    return keys.filter((k) => !value(k)).map((k) => describeSetting(k));
}
function githubMissing(c) {
    return c.github.requestUrl && c.github.requestToken
        ? []
        : [
            "GitHub's OIDC variables (ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN; add 'permissions: id-token: write')",
        ];
}
function adoMissing(c) {
    const out = [];
    if (!c.azureDevOps.oidcRequestUri)
        out.push('SYSTEM_OIDCREQUESTURI (set by Azure Pipelines)');
    if (!c.azureDevOps.accessToken)
        out.push('SYSTEM_ACCESSTOKEN (map $(System.AccessToken) into the step env)');
    return out;
}
/**
 * The provider `authType` names, or else the first in the documented order whose settings are all
 * present. A secret-based type wins over an OIDC one only by coming first: PAT, then OAuth M2M.
 */
function selectAuthType(config) {
    if (config.authType) {
        const lacking = REQUIREMENTS[config.authType](config);
        if (lacking.length) {
            throw new errors/* UserError */.yo(`Authentication type '${config.authType}' (from ${config.sources.authType ?? (0,errors/* inputRef */.io)('auth-type')}) needs ${lacking.join(', ')}, which ${lacking.length === 1 ? 'is' : 'are'} not set. Set ${lacking.length === 1 ? 'it' : 'them'}, or choose another ${(0,errors/* inputRef */.io)('auth-type')}.`);
        }
        return config.authType;
    }
    for (const t of connection_settings/* AUTH_TYPES */.tG) {
        if (REQUIREMENTS[t](config).length === 0)
            return t;
    }
    throw new errors/* UserError */.yo(`No Databricks credentials are configured for ${config.host}. Set one of: ${describeSetting('token')} for a personal access token; ${describeSetting('clientId')} and ${describeSetting('clientSecret')} for a service principal (OAuth M2M); ${describeSetting('clientId')} with 'permissions: id-token: write' on GitHub (github-oidc) or SYSTEM_ACCESSTOKEN on Azure DevOps (azure-devops-oidc); or ${describeSetting('azureTenantId')} and ${describeSetting('azureClientId')} with ${describeSetting('azureClientSecret')} or OIDC for an Entra ID service principal.`);
}
function createCredentialsProvider(ctx) {
    const type = selectAuthType(ctx.config);
    switch (type) {
        case 'pat':
            return patProvider(ctx);
        case 'oauth-m2m':
            return oauthM2MProvider(ctx);
        case 'github-oidc':
            return federatedProvider(ctx, 'github');
        case 'azure-devops-oidc':
            return federatedProvider(ctx, 'azure-devops');
        case 'github-oidc-azure':
        case 'azure-devops-oidc-azure':
        case 'azure-client-secret':
            return entraProvider(ctx, type);
    }
}

;// CONCATENATED MODULE: ./shared/databricks/jobs.ts


/** runs/list accepts at most this many runs per page. */
const MAX_RUNS_PAGE = 25;
// The arrays Jobs 2.2 caps at 100 per response; later pages carry the rest.
const PAGED_RUN_ARRAYS = [
    'tasks',
    'job_clusters',
    'job_parameters',
    'repair_history',
    'iterations',
];
const PAGED_JOB_ARRAYS = ['tasks', 'job_clusters', 'parameters', 'environments'];
const MAX_PAGES = 1000;
/** Jobs API 2.2, falling back to 2.1 on a workspace that does not serve 2.2 yet. */
class JobsApi {
    transport;
    version = '2.2';
    constructor(transport) {
        this.transport = transport;
    }
    /** The version in use; `2.1` after a 2.2 path answered 404 ENDPOINT_NOT_FOUND. */
    get apiVersion() {
        return this.version;
    }
    async submit(req, signal) {
        const res = await this.call({
            method: 'POST',
            path: 'runs/submit',
            body: req,
            signal,
        });
        return { run_id: res.run_id };
    }
    /** The run with every page of `tasks` (and the other capped arrays) merged into one object. */
    async getRun(runId, opts = {}) {
        const id = toId(runId, 'run_id');
        const resource = { kind: 'run', id, needs: 'CAN_VIEW' };
        const query = {
            run_id: id,
            include_history: opts.includeHistory,
            include_resolved_values: opts.includeResolvedValues,
        };
        let run = await this.call({
            method: 'GET',
            path: 'runs/get',
            query,
            resource,
            signal: opts.signal,
            deadline: opts.deadline,
        });
        let token = run.next_page_token;
        for (let page = 1; token && page < MAX_PAGES; page++) {
            const next = await this.call({
                method: 'GET',
                path: 'runs/get',
                query: { ...query, page_token: token },
                resource,
                signal: opts.signal,
                deadline: opts.deadline,
            });
            run = mergePages(run, next, PAGED_RUN_ARRAYS);
            token = next.next_page_token;
        }
        delete run.next_page_token;
        run.has_more = false;
        return run;
    }
    /** Output of one task run: pass `tasks[i].run_id`, the parent of a multi-task run is refused. */
    async getRunOutput(taskRunId, signal) {
        const id = toId(taskRunId, 'run_id');
        return this.call({
            method: 'GET',
            path: 'runs/get-output',
            query: { run_id: id },
            resource: { kind: 'run', id, needs: 'CAN_VIEW' },
            signal,
        });
    }
    /** One page of runs/list, newest first. */
    async listRuns(opts = {}) {
        if (opts.limit !== undefined && (opts.limit < 1 || opts.limit > MAX_RUNS_PAGE))
            throw new Error(`Bug: runs/list takes 1 to ${MAX_RUNS_PAGE} runs per page, not ${opts.limit}`);
        const jobId = opts.jobId === undefined ? undefined : toId(opts.jobId, 'job_id');
        const res = await this.call({
            method: 'GET',
            path: 'runs/list',
            query: {
                job_id: jobId,
                active_only: opts.activeOnly,
                completed_only: opts.completedOnly,
                run_type: opts.runType,
                limit: opts.limit,
                page_token: opts.pageToken,
                expand_tasks: opts.expandTasks,
                start_time_from: opts.startTimeFrom,
                start_time_to: opts.startTimeTo,
            },
            resource: jobId === undefined ? undefined : { kind: 'job', id: jobId, needs: 'CAN_VIEW' },
            signal: opts.signal,
        });
        // Like jobs/list, an empty page has no `runs` key at all.
        return {
            runs: res.runs ?? [],
            has_more: res.has_more === true,
            next_page_token: res.next_page_token,
        };
    }
    /** Asks for cancellation; it completes asynchronously (poll until TERMINATED/CANCELED). */
    async cancelRun(runId, signal) {
        const id = toId(runId, 'run_id');
        await this.call({
            method: 'POST',
            path: 'runs/cancel',
            body: { run_id: id },
            safeToRepeat: true,
            resource: { kind: 'run', id, needs: 'CAN_MANAGE_RUN' },
            signal,
        });
    }
    async get(jobId, signal) {
        const id = toId(jobId, 'job_id');
        const resource = { kind: 'job', id, needs: 'CAN_VIEW' };
        let job = await this.call({
            method: 'GET',
            path: 'get',
            query: { job_id: id },
            resource,
            signal,
        });
        let token = job.next_page_token;
        for (let page = 1; token && page < MAX_PAGES; page++) {
            const next = await this.call({
                method: 'GET',
                path: 'get',
                query: { job_id: id, page_token: token },
                resource,
                signal,
            });
            job = {
                ...job,
                settings: mergePages(job.settings ?? {}, next.settings ?? {}, PAGED_JOB_ARRAYS),
            };
            token = next.next_page_token;
        }
        delete job.next_page_token;
        return job;
    }
    /** One page of jobs/list. */
    async list(opts = {}) {
        const res = await this.call({
            method: 'GET',
            path: 'list',
            query: {
                name: opts.name,
                limit: opts.limit,
                page_token: opts.pageToken,
                expand_tasks: opts.expandTasks,
            },
            signal: opts.signal,
        });
        // With no matches the service omits `jobs` entirely.
        return {
            jobs: res.jobs ?? [],
            has_more: res.has_more === true,
            next_page_token: res.next_page_token,
        };
    }
    /**
     * Every job with this exact name (case-insensitive on the service side), across all pages. Names
     * are not unique, so callers must handle zero, one or several.
     */
    async listByName(name, signal) {
        const all = [];
        let pageToken;
        for (let page = 0; page < MAX_PAGES; page++) {
            const res = await this.list({ name, limit: 100, pageToken, signal });
            all.push(...res.jobs);
            if (!res.has_more || !res.next_page_token)
                break;
            pageToken = res.next_page_token;
        }
        return all;
    }
    /** Not retried after a possible success: names are not unique, a repeat would make a second job. */
    async create(settings, signal) {
        const res = await this.call({
            method: 'POST',
            path: 'create',
            body: settings,
            signal,
        });
        return { job_id: res.job_id };
    }
    /** Replaces all settings; repeating it is harmless. */
    async reset(jobId, newSettings, signal) {
        const id = toId(jobId, 'job_id');
        await this.call({
            method: 'POST',
            path: 'reset',
            body: { job_id: id, new_settings: newSettings },
            safeToRepeat: true,
            resource: { kind: 'job', id, needs: 'CAN_MANAGE' },
            signal,
        });
    }
    async delete(jobId, signal) {
        const id = toId(jobId, 'job_id');
        try {
            await this.call({
                method: 'POST',
                path: 'delete',
                body: { job_id: id },
                safeToRepeat: true,
                resource: { kind: 'job', id, needs: 'CAN_MANAGE' },
                signal,
            });
        }
        catch (err) {
            // A retry after a lost answer finds the job already gone: that is the outcome we wanted.
            if (err instanceof DatabricksError && err.isNotFound && err.attempts > 1)
                return;
            throw err;
        }
    }
    async runNow(req, signal) {
        const id = toId(req.job_id, 'job_id');
        const res = await this.call({
            method: 'POST',
            path: 'run-now',
            body: { ...req, job_id: id },
            resource: { kind: 'job', id, needs: 'CAN_MANAGE_RUN' },
            signal,
        });
        return { run_id: res.run_id, number_in_job: res.number_in_job };
    }
    /** `req.path` is relative to the Jobs API root (`runs/get`); the version is chosen here. */
    async call(req) {
        const send = (version) => this.transport.request({
            ...req,
            path: `/api/${version}/jobs/${req.path}`,
            body: req.body === undefined ? undefined : idsToWire(req.body, JOB_ID_FIELDS),
        });
        let raw;
        try {
            raw = await send(this.version);
        }
        catch (err) {
            if (this.version === '2.2' && err instanceof DatabricksError && err.isEndpointNotFound) {
                this.version = '2.1';
                this.transport.deps.logger.debug('Databricks: Jobs API 2.2 is not served here; using 2.1');
                raw = await send(this.version);
            }
            else {
                throw err;
            }
        }
        return idsToStrings(raw, JOB_ID_FIELDS);
    }
}
function mergePages(acc, next, keys) {
    const out = { ...acc };
    for (const k of keys) {
        const more = next[k];
        if (Array.isArray(more) && more.length) {
            const have = Array.isArray(out[k]) ? out[k] : [];
            out[k] = [...have, ...more];
        }
    }
    out.next_page_token = next.next_page_token;
    return out;
}

;// CONCATENATED MODULE: ./shared/databricks/mlflow.ts

/** MLflow tracking (`/api/2.0/mlflow/*`): experiments and runs. */
class MlflowApi {
    transport;
    constructor(transport) {
        this.transport = transport;
    }
    async getExperiment(experimentId, signal) {
        const res = await this.transport.request({
            method: 'GET',
            path: '/api/2.0/mlflow/experiments/get',
            query: { experiment_id: experimentId },
            resource: { kind: 'experiment', id: experimentId, needs: 'CAN_READ' },
            signal,
        });
        return res.experiment;
    }
    async getExperimentByName(name, signal) {
        try {
            const res = await this.transport.request({
                method: 'GET',
                path: '/api/2.0/mlflow/experiments/get-by-name',
                query: { experiment_name: name },
                signal,
            });
            return res.experiment;
        }
        catch (err) {
            if (err instanceof DatabricksError && err.isNotFound)
                return undefined;
            throw err;
        }
    }
    async createExperiment(req, signal) {
        try {
            return await this.transport.request({
                method: 'POST',
                path: '/api/2.0/mlflow/experiments/create',
                body: req,
                safeToRepeat: true,
                signal,
            });
        }
        catch (err) {
            // Our own earlier attempt may have created it before its answer was lost.
            if (err instanceof DatabricksError &&
                err.attempts > 1 &&
                err.errorCode === 'RESOURCE_ALREADY_EXISTS') {
                const existing = await this.getExperimentByName(req.name, signal);
                if (existing)
                    return { experiment_id: existing.experiment_id };
            }
            throw err;
        }
    }
    async getRun(runId, signal) {
        const res = await this.transport.request({
            method: 'GET',
            path: '/api/2.0/mlflow/runs/get',
            query: { run_id: runId },
            resource: { kind: 'MLflow run', id: runId },
            signal,
        });
        return res.run;
    }
    /** One page of runs/search. */
    async searchRuns(req, signal) {
        const res = await this.transport.request({
            method: 'POST',
            path: '/api/2.0/mlflow/runs/search',
            body: req,
            safeToRepeat: true,
            signal,
        });
        return { runs: res.runs ?? [], next_page_token: res.next_page_token || undefined };
    }
    /** Every matching run across pages, up to `limit`. */
    async searchAllRuns(req, limit = 10_000, signal) {
        const out = [];
        let page_token;
        do {
            const page = await this.searchRuns({ ...req, page_token }, signal);
            out.push(...page.runs);
            page_token = page.next_page_token;
        } while (page_token && out.length < limit);
        return out.slice(0, limit);
    }
    async getMetricHistory(runId, metricKey, signal) {
        const res = await this.transport.request({
            method: 'GET',
            path: '/api/2.0/mlflow/metrics/get-history',
            query: { run_id: runId, metric_key: metricKey },
            signal,
        });
        return res.metrics ?? [];
    }
}

;// CONCATENATED MODULE: ./shared/databricks/permissions.ts
/** Object permissions (`/api/2.0/permissions`). Ids in paths are strings, so big ids are exact. */
class PermissionsApi {
    transport;
    constructor(transport) {
        this.transport = transport;
    }
    get(objectType, objectId, signal) {
        return this.call('GET', objectType, objectId, {}, signal);
    }
    /** Adds or raises the listed grants, leaving others as they are. */
    update(objectType, objectId, acl, signal) {
        return this.call('PATCH', objectType, objectId, 
        // Granting the same levels twice leaves the same permissions.
        { body: { access_control_list: acl }, safeToRepeat: true }, signal);
    }
    /** Replaces every direct grant with `acl`. */
    set(objectType, objectId, acl, signal) {
        return this.call('PUT', objectType, objectId, { body: { access_control_list: acl } }, signal);
    }
    /** Every permissions call needs CAN_MANAGE on the object and answers its whole ACL. */
    async call(method, objectType, objectId, req, signal) {
        const res = await this.transport.request({
            method,
            path: path(objectType, objectId),
            ...req,
            resource: { kind: kindOf(objectType), id: objectId, needs: 'CAN_MANAGE' },
            signal,
        });
        return { ...res, access_control_list: res.access_control_list ?? [] };
    }
}
function path(objectType, objectId) {
    const type = objectType.split('/').map(encodeURIComponent).join('/');
    return `/api/2.0/permissions/${type}/${encodeURIComponent(objectId)}`;
}
function kindOf(objectType) {
    const names = {
        jobs: 'job',
        'registered-models': 'registered model',
        'serving-endpoints': 'serving endpoint',
        experiments: 'experiment',
        directories: 'folder',
        notebooks: 'notebook',
        clusters: 'cluster',
        'sql/warehouses': 'SQL warehouse',
    };
    return names[objectType] ?? objectType;
}

;// CONCATENATED MODULE: ./shared/databricks/redact.ts
/**
 * The client's own list of secrets, on top of the host's masking: every log line and error message
 * the client produces passes through `redact`, so a secret stays hidden even under a host (or a
 * test) whose masking is a no-op.
 */
class SecretRegistry {
    hostMask;
    secrets = new Set();
    constructor(hostMask) {
        this.hostMask = hostMask;
    }
    mask = (value) => {
        if (!value || this.secrets.has(value))
            return;
        this.hostMask(value);
        // Very short values would blank out ordinary words in every message; the host still masks them.
        if (value.length >= 6)
            this.secrets.add(value);
    };
    redact = (text) => {
        let out = text;
        for (const s of this.secrets) {
            if (out.includes(s))
                out = out.split(s).join('***');
        }
        return out;
    };
    logger(inner) {
        return {
            debug: (m) => inner.debug(this.redact(m)),
            info: (m) => inner.info(this.redact(m)),
            warning: (m, loc) => inner.warning(this.redact(m), loc),
            error: (m, loc) => inner.error(this.redact(m), loc),
            group: (name, fn) => inner.group(this.redact(name), fn),
        };
    }
}

;// CONCATENATED MODULE: ./shared/databricks/registry.ts
const MODEL_PERMISSION_FOR_STAGE = {
    Staging: 'CAN_MANAGE_STAGING_VERSIONS',
    Production: 'CAN_MANAGE_PRODUCTION_VERSIONS',
};
/** The workspace (stage-based) Model Registry. For Unity Catalog models use `unityCatalog`. */
class RegistryApi {
    transport;
    constructor(transport) {
        this.transport = transport;
    }
    async getModelVersion(name, version, signal) {
        const res = await this.transport.request({
            method: 'GET',
            path: '/api/2.0/mlflow/model-versions/get',
            query: { name, version },
            resource: { kind: 'registered model', id: `${name} version ${version}`, needs: 'CAN_READ' },
            signal,
        });
        return res.model_version;
    }
    /** One page of model-versions/search, e.g. `filter: "name='m'"`. */
    async searchModelVersions(opts) {
        const res = await this.transport.request({
            method: 'GET',
            path: '/api/2.0/mlflow/model-versions/search',
            query: {
                filter: opts.filter,
                max_results: opts.maxResults,
                order_by: opts.orderBy,
                page_token: opts.pageToken,
            },
            signal: opts.signal,
        });
        return {
            model_versions: res.model_versions ?? [],
            next_page_token: res.next_page_token || undefined,
        };
    }
    async searchAllModelVersions(filter, signal) {
        const out = [];
        let pageToken;
        do {
            const page = await this.searchModelVersions({ filter, pageToken, signal });
            out.push(...page.model_versions);
            pageToken = page.next_page_token;
        } while (pageToken);
        return out;
    }
    async getLatestVersions(name, stages, signal) {
        const res = await this.transport.request({
            method: 'POST',
            path: '/api/2.0/mlflow/registered-models/get-latest-versions',
            body: { name, stages },
            safeToRepeat: true,
            resource: { kind: 'registered model', id: name, needs: 'CAN_READ' },
            signal,
        });
        return res.model_versions ?? [];
    }
    async getRegisteredModel(name, signal) {
        const res = await this.transport.request({
            method: 'GET',
            path: '/api/2.0/mlflow/databricks/registered-models/get',
            query: { name },
            resource: { kind: 'registered model', id: name, needs: 'CAN_READ' },
            signal,
        });
        return res.registered_model_databricks;
    }
    /** Moves a version to a stage directly (needs the stage's manage permission). */
    async transitionStage(req, signal) {
        const res = await this.transport.request({
            method: 'POST',
            path: '/api/2.0/mlflow/databricks/model-versions/transition-stage',
            body: { archive_existing_versions: false, ...req },
            // Transitioning to the stage it is already in changes nothing.
            safeToRepeat: true,
            resource: {
                kind: 'registered model',
                id: req.name,
                needs: MODEL_PERMISSION_FOR_STAGE[req.stage] ?? 'CAN_MANAGE',
            },
            signal,
        });
        return res.model_version_databricks;
    }
    async updateModelVersion(name, version, description, signal) {
        const res = await this.transport.request({
            method: 'PATCH',
            path: '/api/2.0/mlflow/model-versions/update',
            body: { name, version, description },
            safeToRepeat: true,
            resource: { kind: 'registered model', id: name, needs: 'CAN_EDIT' },
            signal,
        });
        return res.model_version;
    }
    async setModelVersionTag(name, version, key, value, signal) {
        await this.transport.request({
            method: 'POST',
            path: '/api/2.0/mlflow/model-versions/set-tag',
            body: { name, version, key, value },
            safeToRepeat: true,
            resource: { kind: 'registered model', id: name, needs: 'CAN_EDIT' },
            signal,
        });
    }
    async createTransitionRequest(req, signal) {
        const res = await this.transport.request({
            method: 'POST',
            path: '/api/2.0/mlflow/transition-requests/create',
            body: req,
            resource: { kind: 'registered model', id: req.name, needs: 'CAN_READ' },
            signal,
        });
        return res.request;
    }
    async approveTransitionRequest(req, signal) {
        const res = await this.transport.request({
            method: 'POST',
            path: '/api/2.0/mlflow/transition-requests/approve',
            body: req,
            resource: {
                kind: 'registered model',
                id: req.name,
                needs: MODEL_PERMISSION_FOR_STAGE[req.stage] ?? 'CAN_MANAGE',
            },
            signal,
        });
        return res.activity;
    }
    async rejectTransitionRequest(req, signal) {
        const res = await this.transport.request({
            method: 'POST',
            path: '/api/2.0/mlflow/transition-requests/reject',
            body: req,
            resource: {
                kind: 'registered model',
                id: req.name,
                needs: MODEL_PERMISSION_FOR_STAGE[req.stage] ?? 'CAN_MANAGE',
            },
            signal,
        });
        return res.activity;
    }
    async listTransitionRequests(name, version, signal) {
        const res = await this.transport.request({
            method: 'GET',
            path: '/api/2.0/mlflow/transition-requests/list',
            query: { name, version },
            signal,
        });
        return res.requests ?? [];
    }
}

;// CONCATENATED MODULE: ./shared/databricks/serving.ts

const endpointPath = (name) => `/api/2.0/serving-endpoints/${encodeURIComponent(name)}`;
const endpoint = (name, needs = 'CAN_MANAGE') => ({
    kind: 'serving endpoint',
    id: name,
    needs,
});
/** Model Serving endpoints (`/api/2.0/serving-endpoints`). */
class ServingApi {
    transport;
    constructor(transport) {
        this.transport = transport;
    }
    async get(name, signal) {
        return this.transport.request({
            method: 'GET',
            path: endpointPath(name),
            resource: endpoint(name, 'CAN_VIEW'),
            signal,
        });
    }
    async tryGet(name, signal) {
        try {
            return await this.get(name, signal);
        }
        catch (err) {
            if (err instanceof DatabricksError && err.isNotFound)
                return undefined;
            throw err;
        }
    }
    async list(signal) {
        const res = await this.transport.request({
            method: 'GET',
            path: '/api/2.0/serving-endpoints',
            signal,
        });
        return res.endpoints ?? [];
    }
    async create(req, signal) {
        try {
            return await this.transport.request({
                method: 'POST',
                path: '/api/2.0/serving-endpoints',
                body: req,
                // A repeat either creates it or finds ours: names are unique, unlike job names.
                safeToRepeat: true,
                signal,
            });
        }
        catch (err) {
            if (err instanceof DatabricksError &&
                err.attempts > 1 &&
                /ALREADY_EXISTS/.test(err.errorCode)) {
                return this.get(req.name, signal);
            }
            throw err;
        }
    }
    /** Starts a config update (A/B split, promotion); wait until `config_update` is NOT_UPDATING. */
    async updateConfig(name, config, signal) {
        return this.transport.request({
            method: 'PUT',
            path: `${endpointPath(name)}/config`,
            body: config,
            resource: endpoint(name),
            signal,
        });
    }
    async patchTags(name, change, signal) {
        const res = await this.transport.request({
            method: 'PATCH',
            path: `${endpointPath(name)}/tags`,
            body: change,
            safeToRepeat: true,
            resource: endpoint(name),
            signal,
        });
        return res.tags ?? [];
    }
    async delete(name, signal) {
        await this.transport.request({
            method: 'DELETE',
            path: endpointPath(name),
            resource: endpoint(name),
            signal,
        });
    }
    /**
     * Scores a payload (`/serving-endpoints/{name}/invocations`, outside `/api/2.0`). Never repeated:
     * a scoring call is not known to be free of side effects.
     */
    async invoke(name, payload, signal) {
        return this.transport.request({
            method: 'POST',
            path: `/serving-endpoints/${encodeURIComponent(name)}/invocations`,
            body: payload,
            safeToRepeat: false,
            resource: endpoint(name, 'CAN_QUERY'),
            signal,
        });
    }
    async buildLogs(name, servedModel, signal) {
        const res = await this.transport.request({
            method: 'GET',
            path: `${endpointPath(name)}/served-models/${encodeURIComponent(servedModel)}/build-logs`,
            resource: endpoint(name, 'CAN_VIEW'),
            signal,
        });
        return res.logs ?? '';
    }
}

;// CONCATENATED MODULE: ./shared/databricks/sql.ts
const TERMINAL_STATEMENT_STATES = new Set([
    'SUCCEEDED',
    'FAILED',
    'CANCELED',
    'CLOSED',
]);
/**
 * SQL Statement Execution (`/api/2.0/sql/statements`). A failed statement is an HTTP 200 with
 * `status.state: FAILED`, not an error: callers read `status`.
 */
class SqlApi {
    transport;
    constructor(transport) {
        this.transport = transport;
    }
    /** Not repeated after a possible success: an INSERT run twice inserts twice. */
    async execute(req, signal) {
        return this.transport.request({
            method: 'POST',
            path: '/api/2.0/sql/statements',
            body: req,
            resource: { kind: 'SQL warehouse', id: req.warehouse_id, needs: 'CAN_USE' },
            signal,
        });
    }
    async get(statementId, signal) {
        return this.transport.request({
            method: 'GET',
            path: `/api/2.0/sql/statements/${encodeURIComponent(statementId)}`,
            signal,
        });
    }
    async cancel(statementId, signal) {
        await this.transport.request({
            method: 'POST',
            path: `/api/2.0/sql/statements/${encodeURIComponent(statementId)}/cancel`,
            safeToRepeat: true,
            signal,
        });
    }
    async getChunk(statementId, chunkIndex, signal) {
        return this.transport.request({
            method: 'GET',
            path: `/api/2.0/sql/statements/${encodeURIComponent(statementId)}/result/chunks/${chunkIndex}`,
            signal,
        });
    }
}

;// CONCATENATED MODULE: ./shared/databricks/unity-catalog.ts

const modelPath = (fullName) => `/api/2.1/unity-catalog/models/${encodeURIComponent(fullName)}`;
/**
 * Unity Catalog grants of a registered model. The permissions API knows a registered model as
 * securable type `function`, as the Databricks CLI and Terraform address it ([inferred]:
 * shared/reference/databricks-api.md does not describe the permissions API).
 */
const grantsPath = (fullName) => `/api/2.1/unity-catalog/permissions/function/${encodeURIComponent(fullName)}`;
const ucModel = (fullName, needs) => ({
    kind: 'Unity Catalog model',
    id: fullName,
    needs,
});
/**
 * The endpoints the MLflow client itself calls for `databricks-uc` (`/api/2.0/mlflow/unity-catalog/*`):
 * string versions, aliases and tags.
 */
class MlflowUcApi {
    transport;
    constructor(transport) {
        this.transport = transport;
    }
    async getRegisteredModel(name, signal) {
        const res = await this.transport.request({
            method: 'GET',
            path: '/api/2.0/mlflow/unity-catalog/registered-models/get',
            query: { name },
            resource: ucModel(name, 'EXECUTE'),
            signal,
        });
        return res.registered_model;
    }
    async getModelVersion(name, version, signal) {
        const res = await this.transport.request({
            method: 'GET',
            path: '/api/2.0/mlflow/unity-catalog/model-versions/get',
            query: { name, version },
            resource: ucModel(`${name} version ${version}`, 'EXECUTE'),
            signal,
        });
        return res.model_version;
    }
    /** One page; aliases are not populated by search. */
    async searchModelVersions(opts) {
        const res = await this.transport.request({
            method: 'GET',
            path: '/api/2.0/mlflow/unity-catalog/model-versions/search',
            query: { filter: opts.filter, max_results: opts.maxResults, page_token: opts.pageToken },
            signal: opts.signal,
        });
        return {
            model_versions: res.model_versions ?? [],
            next_page_token: res.next_page_token || undefined,
        };
    }
    async getModelVersionByAlias(name, alias, signal) {
        const res = await this.transport.request({
            method: 'GET',
            path: '/api/2.0/mlflow/unity-catalog/registered-models/alias',
            query: { name, alias },
            resource: ucModel(`${name}@${alias}`, 'EXECUTE'),
            signal,
        });
        return res.model_version;
    }
    /** Moves the alias to `version` (an alias names exactly one version). */
    async setAlias(name, alias, version, signal) {
        await this.transport.request({
            method: 'POST',
            path: '/api/2.0/mlflow/unity-catalog/registered-models/alias',
            body: { name, alias, version },
            safeToRepeat: true,
            resource: ucModel(name, 'MANAGE (or ownership)'),
            signal,
        });
    }
    async deleteAlias(name, alias, signal) {
        await this.transport.request({
            method: 'DELETE',
            path: '/api/2.0/mlflow/unity-catalog/registered-models/alias',
            body: { name, alias },
            resource: ucModel(name, 'MANAGE (or ownership)'),
            signal,
        });
    }
    async setModelVersionTag(name, version, key, value, signal) {
        await this.transport.request({
            method: 'POST',
            path: '/api/2.0/mlflow/unity-catalog/model-versions/tags',
            body: { name, version, key, value },
            safeToRepeat: true,
            resource: ucModel(name, 'APPLY TAG'),
            signal,
        });
    }
    async deleteModelVersionTag(name, version, key, signal) {
        await this.transport.request({
            method: 'DELETE',
            path: '/api/2.0/mlflow/unity-catalog/model-versions/tags',
            body: { name, version, key },
            resource: ucModel(name, 'APPLY TAG'),
            signal,
        });
    }
    async setRegisteredModelTag(name, key, value, signal) {
        await this.transport.request({
            method: 'POST',
            path: '/api/2.0/mlflow/unity-catalog/registered-models/tags',
            body: { name, key, value },
            safeToRepeat: true,
            resource: ucModel(name, 'APPLY TAG'),
            signal,
        });
    }
    async updateModelVersion(name, version, description, signal) {
        const res = await this.transport.request({
            method: 'PATCH',
            path: '/api/2.0/mlflow/unity-catalog/model-versions/update',
            body: { name, version, description },
            safeToRepeat: true,
            resource: ucModel(name, 'MODIFY'),
            signal,
        });
        return res.model_version;
    }
}
/**
 * Unity Catalog models: the public REST API (`/api/2.1/unity-catalog/models`, integer versions) and,
 * under `.mlflow`, the MLflow-UC endpoints. Both flavours name the same models.
 */
class UnityCatalogApi {
    transport;
    mlflow;
    constructor(transport) {
        this.transport = transport;
        this.mlflow = new MlflowUcApi(transport);
    }
    /** With aliases: the service leaves them out unless `include_aliases=true`. */
    async getModel(fullName, signal) {
        return this.transport.request({
            method: 'GET',
            path: modelPath(fullName),
            query: { include_aliases: true },
            resource: ucModel(fullName, 'EXECUTE'),
            signal,
        });
    }
    /** Creates a registered model; not retried after a possible success (a repeat would fail as existing). */
    async createModel(req, signal) {
        return this.transport.request({
            method: 'POST',
            path: '/api/2.1/unity-catalog/models',
            body: req,
            resource: ucModel(`${req.catalog_name}.${req.schema_name}.${req.name}`, 'CREATE_MODEL on the schema'),
            signal,
        });
    }
    /** Changes the comment; repeating it is harmless. */
    async updateModelComment(fullName, comment, signal) {
        await this.transport.request({
            method: 'PATCH',
            path: modelPath(fullName),
            body: { comment },
            safeToRepeat: true,
            resource: ucModel(fullName, 'ownership of the model'),
            signal,
        });
    }
    /** The privileges each principal holds directly on the model. */
    async getModelGrants(fullName, signal) {
        const res = await this.transport.request({
            method: 'GET',
            path: grantsPath(fullName),
            resource: ucModel(fullName, 'MANAGE on the model'),
            signal,
        });
        return new Map((res.privilege_assignments ?? []).map((a) => [a.principal, a.privileges ?? []]));
    }
    /** Adds privileges (PATCH with `add` only): grants made elsewhere stay. */
    async addModelGrants(fullName, grants, signal) {
        await this.transport.request({
            method: 'PATCH',
            path: grantsPath(fullName),
            body: { changes: grants.map((g) => ({ principal: g.principal, add: g.privileges })) },
            // Adding privileges already held changes nothing.
            safeToRepeat: true,
            resource: ucModel(fullName, 'MANAGE on the model'),
            signal,
        });
    }
    async tryGetModel(fullName, signal) {
        try {
            return await this.getModel(fullName, signal);
        }
        catch (err) {
            if (err instanceof DatabricksError && err.isNotFound)
                return undefined;
            throw err;
        }
    }
    async getVersion(fullName, version, signal) {
        return this.transport.request({
            method: 'GET',
            path: `${modelPath(fullName)}/versions/${encodeURIComponent(String(version))}`,
            query: { include_aliases: true },
            resource: ucModel(`${fullName} version ${version}`, 'EXECUTE'),
            signal,
        });
    }
    /** Every version, across pages. */
    async listVersions(fullName, signal) {
        const out = [];
        let page_token;
        do {
            const res = await this.transport.request({
                method: 'GET',
                path: `${modelPath(fullName)}/versions`,
                query: { max_results: 100, page_token },
                resource: ucModel(fullName, 'EXECUTE'),
                signal,
            });
            out.push(...(res.model_versions ?? []));
            page_token = res.next_page_token || undefined;
        } while (page_token);
        return out;
    }
    async getVersionByAlias(fullName, alias, signal) {
        return this.transport.request({
            method: 'GET',
            path: `${modelPath(fullName)}/aliases/${encodeURIComponent(alias)}`,
            query: { include_aliases: true },
            resource: ucModel(`${fullName}@${alias}`, 'EXECUTE'),
            signal,
        });
    }
    /** `undefined` when the alias is not set. */
    async tryGetVersionByAlias(fullName, alias, signal) {
        try {
            return await this.getVersionByAlias(fullName, alias, signal);
        }
        catch (err) {
            if (err instanceof DatabricksError && err.isNotFound)
                return undefined;
            throw err;
        }
    }
    async setAlias(fullName, alias, version, signal) {
        return this.transport.request({
            method: 'PUT',
            path: `${modelPath(fullName)}/aliases/${encodeURIComponent(alias)}`,
            body: { version_num: Number(version) },
            resource: ucModel(fullName, 'MANAGE (or ownership)'),
            signal,
        });
    }
    async deleteAlias(fullName, alias, signal) {
        await this.transport.request({
            method: 'DELETE',
            path: `${modelPath(fullName)}/aliases/${encodeURIComponent(alias)}`,
            resource: ucModel(fullName, 'MANAGE (or ownership)'),
            signal,
        });
    }
    async updateVersion(fullName, version, comment, signal) {
        return this.transport.request({
            method: 'PATCH',
            path: `${modelPath(fullName)}/versions/${encodeURIComponent(String(version))}`,
            body: { comment },
            safeToRepeat: true,
            resource: ucModel(fullName, 'MODIFY'),
            signal,
        });
    }
    async deleteVersion(fullName, version, signal) {
        await this.transport.request({
            method: 'DELETE',
            path: `${modelPath(fullName)}/versions/${encodeURIComponent(String(version))}`,
            resource: ucModel(fullName, 'MANAGE (or ownership)'),
            signal,
        });
    }
}

;// CONCATENATED MODULE: ./shared/databricks/workspace.ts


const ID_FIELDS = new Set(['object_id']);
/** Workspace files and folders (`/api/2.0/workspace/*`). */
class WorkspaceApi {
    transport;
    constructor(transport) {
        this.transport = transport;
    }
    /** Creates the folder and its parents; succeeds when it exists. */
    async mkdirs(path, signal) {
        await this.transport.request({
            method: 'POST',
            path: '/api/2.0/workspace/mkdirs',
            body: { path },
            safeToRepeat: true,
            signal,
        });
    }
    async import(req, signal) {
        await this.transport.request({
            method: 'POST',
            path: '/api/2.0/workspace/import',
            body: req,
            // Overwriting with the same content twice is the same as once; creating twice fails the second time.
            safeToRepeat: req.overwrite === true,
            resource: { kind: 'workspace path', id: req.path, needs: 'CAN_MANAGE on the folder' },
            signal,
        });
    }
    /** Uploads bytes as a workspace file (format AUTO) or notebook source. */
    async importFile(path, bytes, opts = {}) {
        const content = Buffer.from(bytes).toString('base64');
        await this.import({
            path,
            content,
            format: opts.format ?? 'AUTO',
            language: opts.language,
            overwrite: opts.overwrite ?? true,
        }, opts.signal);
    }
    async getStatus(path, signal) {
        const res = await this.transport.request({
            method: 'GET',
            path: '/api/2.0/workspace/get-status',
            query: { path },
            resource: { kind: 'workspace path', id: path },
            signal,
        });
        return idsToStrings(res, ID_FIELDS);
    }
    /** `undefined` when nothing is at `path`. */
    async tryGetStatus(path, signal) {
        try {
            return await this.getStatus(path, signal);
        }
        catch (err) {
            if (err instanceof DatabricksError && err.isNotFound)
                return undefined;
            throw err;
        }
    }
    /** The bytes at `path` (notebooks in source format); `undefined` when nothing is there. */
    async tryExport(path, signal) {
        try {
            const res = await this.transport.request({
                method: 'GET',
                path: '/api/2.0/workspace/export',
                query: { path, format: 'SOURCE' },
                resource: { kind: 'workspace path', id: path, needs: 'CAN_READ' },
                signal,
            });
            return Buffer.from(res.content ?? '', 'base64');
        }
        catch (err) {
            if (err instanceof DatabricksError && err.isNotFound)
                return undefined;
            throw err;
        }
    }
    async list(path, signal) {
        const res = await this.transport.request({
            method: 'GET',
            path: '/api/2.0/workspace/list',
            query: { path },
            resource: { kind: 'workspace path', id: path },
            signal,
        });
        return idsToStrings(res.objects ?? [], ID_FIELDS);
    }
    async delete(path, opts = {}) {
        try {
            await this.transport.request({
                method: 'POST',
                path: '/api/2.0/workspace/delete',
                body: { path, recursive: opts.recursive ?? false },
                safeToRepeat: true,
                resource: { kind: 'workspace path', id: path, needs: 'CAN_MANAGE' },
                signal: opts.signal,
            });
        }
        catch (err) {
            if (err instanceof DatabricksError && err.isNotFound && err.attempts > 1)
                return;
            throw err;
        }
    }
}

;// CONCATENATED MODULE: ./shared/databricks/client.ts












function createClient(config, opts) {
    const secrets = new SecretRegistry(opts.maskSecret);
    const logger = secrets.logger(opts.logger);
    const http = {
        fetch: opts.fetch ?? ((input, init) => globalThis.fetch(input, init)),
        timing: { ...realTiming, ...opts.timing },
        policy: { ...defaultRetryPolicy, ...opts.retry },
        logger,
        userAgent: `databricks-mlops-actions/${opts.userAgent.version} (${opts.userAgent.host})`,
        signal: opts.signal,
        redact: secrets.redact,
    };
    const auth = createCredentialsProvider({ config, http, maskSecret: secrets.mask });
    logger.debug(`Databricks: ${config.host} with auth type ${auth.authType}`);
    const transport = new Transport(config.host, auth, http);
    return {
        host: config.host,
        authType: auth.authType,
        jobs: new JobsApi(transport),
        workspace: new WorkspaceApi(transport),
        mlflow: new MlflowApi(transport),
        registry: new RegistryApi(transport),
        unityCatalog: new UnityCatalogApi(transport),
        permissions: new PermissionsApi(transport),
        serving: new ServingApi(transport),
        sql: new SqlApi(transport),
        request: (req) => transport.request(req),
        currentUser: async (signal) => {
            const me = await transport.request({
                method: 'GET',
                path: '/api/2.0/preview/scim/v2/Me',
                signal,
            });
            return { userName: me.userName ?? '', id: String(me.id ?? ''), displayName: me.displayName };
        },
    };
}

;// CONCATENATED MODULE: ./shared/databricks/waiter.ts





/** How long the last poll, made at the deadline, may take. */
const LAST_POLL_MS = 2_000;
/** The deadline passed before the condition held; `last` is the last state seen. */
class WaitTimeoutError extends errors/* UserError */.yo {
    last;
    polls;
    name = 'WaitTimeoutError';
    constructor(message, last, polls) {
        super(message);
        this.last = last;
        this.polls = polls;
    }
}
/**
 * Polls until `isDone`. The interval starts sub-second and grows while nothing changes, up to the
 * cap; a change resets it, because one transition is often followed by another (PENDING → RUNNING).
 */
async function waitFor(opts) {
    const timing = opts.timing ?? realTiming;
    const initial = opts.initialIntervalMs ?? 250;
    const cap = Math.max(initial, opts.maxIntervalMs ?? 10_000);
    const factor = opts.factor ?? 1.5;
    const stateOf = opts.stateOf ?? ((v) => stringifyJson(v));
    const start = timing.now();
    let interval = initial;
    let last;
    let lastState;
    let polls = 0;
    for (;;) {
        if (opts.signal?.aborted)
            throw abortReason(opts.signal);
        let value;
        try {
            // The poll made right at the deadline still gets a moment to answer.
            const pollDeadline = opts.deadline === undefined
                ? undefined
                : Math.max(opts.deadline, timing.now() + LAST_POLL_MS);
            value = await opts.poll(opts.signal, pollDeadline);
        }
        catch (err) {
            if (err instanceof DatabricksError && err.isDeadline) {
                throw timeoutError(opts, timing.now() - start, polls, last, lastState ?? 'none yet');
            }
            throw err;
        }
        polls++;
        const state = stateOf(value);
        const changed = polls === 1 || state !== lastState;
        if (changed) {
            await opts.onChange?.(value, last);
            if (polls > 1)
                interval = initial;
        }
        else {
            interval = Math.min(cap, Math.round(interval * factor));
        }
        last = value;
        lastState = state;
        if (opts.isDone(value))
            return value;
        const now = timing.now();
        if (opts.deadline !== undefined && now >= opts.deadline) {
            throw timeoutError(opts, now - start, polls, last, state);
        }
        const custom = opts.nextIntervalMs?.({
            value,
            polls,
            changed,
            elapsedMs: now - start,
            backoffMs: interval,
        });
        const chosen = custom !== undefined && Number.isFinite(custom) ? Math.max(0, custom) : interval;
        // Never sleep past the deadline: poll once more right at it.
        const wait = opts.deadline === undefined ? chosen : Math.max(0, Math.min(chosen, opts.deadline - now));
        await timing.sleep(wait, opts.signal);
    }
}
function timeoutError(opts, elapsedMs, polls, last, state) {
    const what = opts.description ? ` for ${opts.description}` : '';
    return new WaitTimeoutError(`Timed out after ${(0,duration/* formatDuration */.a)(elapsedMs)} waiting${what} (${polls} polls; last state: ${truncate(state)})`, last, polls);
}
function truncate(s) {
    return s.length > 200 ? `${s.slice(0, 197)}...` : s;
}

;// CONCATENATED MODULE: ./shared/databricks/index.ts



















/***/ })

};
;