"use strict";
exports.id = 494;
exports.ids = [494];
exports.modules = {

/***/ 1494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   promoteModel: () => (/* binding */ promoteModel)
/* harmony export */ });
/* harmony import */ var _connect__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1660);
/* harmony import */ var _databricks__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(670);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2635);
/* harmony import */ var _report_markdown__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(216);
/* harmony import */ var _report_pr_comment__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7563);
/* harmony import */ var _models_registry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7726);
/* harmony import */ var _models_tags__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4272);
/* harmony import */ var _manifest__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5745);








const VERSION = /^[1-9][0-9]{0,18}$/;
const ALIAS = /^[A-Za-z0-9_-]{1,255}$/;
function readSettings(ctx) {
    const { inputs } = ctx;
    const modelName = inputs.string('model-name');
    const choice = inputs.choice('registry');
    const registry = (0,_models_registry__WEBPACK_IMPORTED_MODULE_4__/* .registryKindFor */ .r6)(modelName, choice === 'auto' ? undefined : choice);
    const alias = (name) => {
        const v = inputs.string(name);
        if (!ALIAS.test(v) || v.toLowerCase() === 'latest')
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, `is not a usable alias: ${(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .quoteValue */ .cl)(v)}`, "Use letters, digits, '_' or '-'; 'latest' is reserved.");
        return v;
    };
    const targetAlias = alias('target-alias');
    const previousAlias = alias('previous-alias');
    if (targetAlias.toLowerCase() === previousAlias.toLowerCase())
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('previous-alias', `must differ from ${(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputRef */ .io)('target-alias')} ('${targetAlias}')`);
    const version = inputs.string('version');
    if (version !== undefined && !VERSION.test(version) && !ALIAS.test(version))
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('version', `must be a version number or an alias, got ${(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .quoteValue */ .cl)(version)}`);
    if (registry === 'workspace' && version !== undefined && !VERSION.test(version))
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('version', `must be a version number for a workspace registry model, got ${(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .quoteValue */ .cl)(version)}`);
    const rollback = inputs.boolean('rollback');
    if (rollback && version !== undefined)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('version', `cannot be combined with ${(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputRef */ .io)('rollback')}`, `A rollback restores the version under ${(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputRef */ .io)('previous-alias')}.`);
    if (rollback && registry === 'workspace')
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('rollback', 'needs a Unity Catalog model', 'For the workspace registry, promote the earlier version by number.');
    if (registry === 'workspace' && version === undefined && !rollback)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('version', 'is required for a workspace registry model', 'Workspace models have no challenger alias: give the version number.');
    const expected = inputs.string('expected-current-version');
    if (expected !== undefined && expected.toLowerCase() !== 'none' && !VERSION.test(expected))
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('expected-current-version', `must be a version number or none, got ${(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .quoteValue */ .cl)(expected)}`);
    const force = inputs.boolean('force');
    const reason = inputs.string('reason');
    if (force && !reason)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('reason', `is required with ${(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputRef */ .io)('force')}`, 'Say why the gate is overridden: it is recorded on the version.');
    const approvalTag = inputs.string('approval-tag');
    if (approvalTag !== undefined && !/^[^\u0000-\u001f]{1,250}$/.test(approvalTag))
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('approval-tag', `is not a tag name: ${(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .quoteValue */ .cl)(approvalTag)}`);
    return {
        modelName,
        registry,
        version,
        targetAlias,
        targetStage: inputs.choice('target-stage'),
        previousAlias,
        removeChallenger: inputs.boolean('remove-challenger'),
        rollback,
        expectedCurrent: expected?.toLowerCase() === 'none' ? 'none' : expected,
        force,
        reason,
        approvalTag,
        githubToken: inputs.string('github-token'),
        prComment: inputs.boolean('pr-comment'),
        reportKey: inputs.string('report-key'),
    };
}
const CHALLENGER = 'challenger';
const promoteModel = {
    manifest: _manifest__WEBPACK_IMPORTED_MODULE_6__/* .manifest */ .e,
    async main(ctx) {
        const s = readSettings(ctx);
        const { client } = (0,_connect__WEBPACK_IMPORTED_MODULE_0__/* .connect */ .N)(ctx);
        const registry = (0,_models_registry__WEBPACK_IMPORTED_MODULE_4__/* .openRegistry */ .Me)(client, s.modelName, s.registry, ctx.signal);
        try {
            return await promote(ctx, s, registry);
        }
        catch (err) {
            if (err instanceof _databricks__WEBPACK_IMPORTED_MODULE_1__/* .DatabricksError */ .rC && err.isNotFound)
                throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${err.message} Check ${(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputRef */ .io)('model-name')} '${s.modelName}' and ${(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputRef */ .io)('version')}.`, { cause: err });
            throw err;
        }
    },
};
/** Where the promotion points: a Unity Catalog alias or a workspace stage. */
function targetName(s) {
    return s.registry === 'unity-catalog' ? `@${s.targetAlias}` : `stage ${s.targetStage}`;
}
async function current(registry, s) {
    return registry.resolvePointer(s.registry === 'unity-catalog' ? s.targetAlias : s.targetStage);
}
async function resolveVersion(registry, s) {
    if (s.rollback) {
        const prev = await registry.resolvePointer(s.previousAlias);
        if (!prev)
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Nothing to roll back to: model '${s.modelName}' has no @${s.previousAlias} alias (it is set by a promotion that replaced a champion). Check ${(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputRef */ .io)('previous-alias')}.`);
        return prev;
    }
    const ref = s.version ?? CHALLENGER;
    if (VERSION.test(ref))
        return registry.getVersion(ref);
    const v = await registry.resolvePointer(ref);
    if (!v)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Model '${s.modelName}' has no @${ref} alias, so there is no version to promote. ${s.version ? `Check ${(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputRef */ .io)('version')}.` : `Run evaluate-model with alias-on-pass: challenger first, or set ${(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputRef */ .io)('version')}.`}`);
    return v;
}
async function promote(ctx, s, registry) {
    const log = ctx.logger;
    const candidate = await resolveVersion(registry, s);
    const before = await current(registry, s);
    ctx.outputs.set('previous-version', before?.version);
    ctx.outputs.set('promoted-version', before?.version);
    ctx.outputs.set('changed', false);
    const target = targetName(s);
    log.info(`${s.rollback ? 'Rolling back' : 'Promoting'} ${s.modelName} version ${candidate.version} to ${target} (now ${before ? `version ${before.version}` : 'unset'}).`);
    if (s.expectedCurrent !== undefined) {
        const holds = before?.version ?? 'none';
        if (holds !== s.expectedCurrent)
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .CapabilityFailure */ .Fn(`${target} of ${s.modelName} holds ${holds === 'none' ? 'no version' : `version ${holds}`}, not ${s.expectedCurrent === 'none' ? 'no version' : `version ${s.expectedCurrent}`} as expected-current-version says: someone promoted in between. Nothing was changed; re-run the gate against the new champion.`);
    }
    if (before?.version === candidate.version) {
        log.info(`Version ${candidate.version} already holds ${target}: nothing to do.`);
        ctx.outputs.set('promoted-version', candidate.version);
        ctx.outputs.set('previous-version', candidate.tags[_models_tags__WEBPACK_IMPORTED_MODULE_5__/* .PROMOTION_TAGS */ .ar.previous] ?? '');
        await publish(ctx, s, `### Model promotion\n\n\`${(0,_report_markdown__WEBPACK_IMPORTED_MODULE_7__/* .escapeCell */ .kq)(s.modelName)}\` version ${candidate.version} already holds ${(0,_report_markdown__WEBPACK_IMPORTED_MODULE_7__/* .escapeCell */ .kq)(target)}: nothing changed.\n`);
        return;
    }
    if (candidate.status !== 'READY')
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Version ${candidate.version} of ${s.modelName} is ${candidate.status}, not READY: it cannot be served. Wait for its registration, or promote another version.`);
    const gate = candidate.tags[_models_tags__WEBPACK_IMPORTED_MODULE_5__/* .GATE_STATUS_TAG */ .Of];
    if (!s.rollback && gate !== 'passed') {
        if (!s.force)
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .CapabilityFailure */ .Fn(`Version ${candidate.version} of ${s.modelName} has ${gate ? `gate status ${(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .quoteValue */ .cl)(gate)}` : 'no gate result'} (${_models_tags__WEBPACK_IMPORTED_MODULE_5__/* .GATE_STATUS_TAG */ .Of}): only a version that passed evaluate-model is promoted. Gate it first, or set ${(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputRef */ .io)('force')} with a ${(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .inputRef */ .io)('reason')}.`);
        log.warning(`Promoting version ${candidate.version} without a passed gate (force): ${s.reason ?? ''}`);
    }
    const approvers = [];
    if (s.approvalTag) {
        const value = candidate.tags[s.approvalTag];
        if (value?.toLowerCase() !== 'approved')
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .CapabilityFailure */ .Fn(`Version ${candidate.version} of ${s.modelName} is not approved: its tag ${(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .quoteValue */ .cl)(s.approvalTag)} is ${value === undefined ? 'not set' : `${(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .quoteValue */ .cl)(value)}`}, not 'approved'. Approve it in the Databricks UI (or set the tag), then re-run.`);
        approvers.push(`databricks:${s.approvalTag}`);
    }
    approvers.push(...(await ctx.ciApprovers(s.githubToken)));
    ctx.outputs.set('approvers', approvers);
    if (s.registry === 'unity-catalog') {
        await registry.setAlias(s.targetAlias, candidate.version);
        await verify(registry, s, candidate.version);
        if (before && !s.rollback)
            await registry.setAlias(s.previousAlias, before.version);
        if (s.removeChallenger && !s.rollback && candidate.aliases.includes(CHALLENGER))
            await registry.deleteAlias(CHALLENGER);
    }
    else {
        await registry.transitionStage(candidate.version, s.targetStage, `databricks-mlops promote-model${s.reason ? `: ${s.reason}` : ''}`);
        await verify(registry, s, candidate.version);
    }
    const audit = [
        [_models_tags__WEBPACK_IMPORTED_MODULE_5__/* .PROMOTION_TAGS */ .ar.time, new Date().toISOString()],
        [
            _models_tags__WEBPACK_IMPORTED_MODULE_5__/* .PROMOTION_TAGS */ .ar.action,
            s.rollback ? 'rollback' : s.force && gate !== 'passed' ? 'forced' : 'promoted',
        ],
        [_models_tags__WEBPACK_IMPORTED_MODULE_5__/* .PROMOTION_TAGS */ .ar.target, target],
        [_models_tags__WEBPACK_IMPORTED_MODULE_5__/* .PROMOTION_TAGS */ .ar.previous, before?.version ?? 'none'],
    ];
    if (ctx.ci.actor)
        audit.push([_models_tags__WEBPACK_IMPORTED_MODULE_5__/* .PROMOTION_TAGS */ .ar.by, ctx.ci.actor]);
    if (ctx.ci.runUrl)
        audit.push([_models_tags__WEBPACK_IMPORTED_MODULE_5__/* .PROMOTION_TAGS */ .ar.runUrl, ctx.ci.runUrl]);
    if (s.reason)
        audit.push([_models_tags__WEBPACK_IMPORTED_MODULE_5__/* .PROMOTION_TAGS */ .ar.reason, s.reason]);
    if (approvers.length)
        audit.push([_models_tags__WEBPACK_IMPORTED_MODULE_5__/* .PROMOTION_TAGS */ .ar.approvers, approvers.join(', ')]);
    for (const [k, v] of audit)
        await registry.setTag(candidate.version, k, v);
    ctx.outputs.set('promoted-version', candidate.version);
    ctx.outputs.set('changed', true);
    log.info(`${s.modelName} ${target} is now version ${candidate.version}${before ? ` (was ${before.version}${s.registry === 'unity-catalog' && !s.rollback ? `, kept as @${s.previousAlias}` : ''})` : ''}.`);
    await publish(ctx, s, [
        `### Model ${s.rollback ? 'rollback' : 'promotion'}`,
        '',
        `\`${(0,_report_markdown__WEBPACK_IMPORTED_MODULE_7__/* .escapeCell */ .kq)(s.modelName)}\` ${(0,_report_markdown__WEBPACK_IMPORTED_MODULE_7__/* .escapeCell */ .kq)(target)}: version ${before?.version ?? '(none)'} → **${candidate.version}**.`,
        '',
        `Gate: ${(0,_report_markdown__WEBPACK_IMPORTED_MODULE_7__/* .escapeCell */ .kq)(gate ?? 'none')}${s.force && gate !== 'passed' ? ' (overridden with force)' : ''}. Approvers: ${approvers.length ? (0,_report_markdown__WEBPACK_IMPORTED_MODULE_7__/* .escapeCell */ .kq)(approvers.join(', ')) : 'none recorded'}.${s.reason ? ` Reason: ${(0,_report_markdown__WEBPACK_IMPORTED_MODULE_7__/* .escapeCell */ .kq)(s.reason)}.` : ''}`,
        '',
        `[Version ${candidate.version}](${registry.versionUrl(candidate.version)})`,
        '',
    ].join('\n'));
}
/** The summary, and the sticky PR report when asked for. */
async function publish(ctx, s, markdown) {
    await ctx.summary.append(markdown);
    if (s.prComment)
        await ctx.prReport.upsert(markdown, {
            key: s.reportKey ?? `${(0,_report_pr_comment__WEBPACK_IMPORTED_MODULE_3__/* .defaultReportKey */ .Hi)(ctx.ci, _manifest__WEBPACK_IMPORTED_MODULE_6__/* .manifest */ .e.name)}/${s.modelName}`,
            token: s.githubToken,
            resolved: true,
        });
}
/** Re-reads the target after the write: a concurrent promotion between write and read is reported. */
async function verify(registry, s, version) {
    const now = await current(registry, s);
    if (now?.version !== version)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .CapabilityFailure */ .Fn(`After setting ${targetName(s)} to version ${version}, it holds ${now ? `version ${now.version}` : 'nothing'}: another promotion ran at the same time. Check the model's history before re-running.`);
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