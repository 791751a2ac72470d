"use strict";
exports.id = 782;
exports.ids = [782];
exports.modules = {

/***/ 9782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   azureDevOpsBackend: () => (/* binding */ azureDevOpsBackend)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);

const ZERO = '0'.repeat(40);
const MAX_COMMITS = 1000;
/** Which repository permission a write needs, as the Security page names it. */
const PERMISSION = {
    branch: 'Create branch',
    move: 'Contribute',
    force: 'Force push (rewrite history, delete branches and tags)',
    tag: 'Create tag',
};
/**
 * The Azure DevOps Git REST API (refs, annotated tags, commits) for the pipeline's repository,
 * with the job's access token. ADO has no release object: the notes go to the summary.
 */
async function azureDevOpsBackend(ci, token) {
    if (!ci.serverUrl || !ci.project || !ci.repository)
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('The collection URL, project or repository of this pipeline is unknown (System.CollectionUri, System.TeamProject, Build.Repository.Name): release-branch must run in an Azure Pipelines job.');
    if (ci.gitProvider && ci.gitProvider !== 'TfsGit')
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`This pipeline's repository is on ${ci.gitProvider}, not Azure Repos: release it from that host (the GitHub action for GitHub) or with the CLI.`);
    if (!token)
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('The job access token (System.AccessToken) is not available to the task: allow scripts to access the OAuth token, or check that the job is not restricted.');
    const project = ci.project;
    const repo = ci.repository;
    const where = `Azure DevOps ${project}/${repo}`;
    // GitApi on its own rather than WebApi, which would load every ADO API client (see pr-comment.ts).
    const [{ GitApi: Api }, { BearerCredentialHandler }, { GitRefUpdateStatus, GitVersionType }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(648), __webpack_require__.e(815)]).then(__webpack_require__.t.bind(__webpack_require__, 7815, 23)),
        __webpack_require__.e(/* import() */ 519).then(__webpack_require__.bind(__webpack_require__, 1519)),
        __webpack_require__.e(/* import() */ 648).then(__webpack_require__.bind(__webpack_require__, 6648)),
    ]);
    const collection = ci.serverUrl.replace(/\/+$/, '');
    const git = new Api(collection, [new BearerCredentialHandler(token)], {
        allowRetries: true,
        maxRetries: 2,
    });
    const refused = (what, permission, detail) => {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Azure DevOps refused to ${what} in ${project}/${repo} (${detail}). Allow "${permission}" for the build service: Project settings › Repositories › ${repo} › Security › "${project} Build Service" (or "Project Collection Build Service").`);
    };
    const call = async (what, permission, run) => {
        try {
            return await run();
        }
        catch (err) {
            const e = err;
            const text = firstLine(e.message);
            if (permission && (e.statusCode === 403 || text.includes('TF401027')))
                return refused(what, permission, text);
            if (e.statusCode === 401 || e.statusCode === 403)
                throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Azure DevOps refused to ${what} in ${project}/${repo} (HTTP ${e.statusCode}: ${text}): the job token may not read the repository.`);
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Azure DevOps could not ${what} in ${project}/${repo}: ${text}`);
        }
    };
    const refs = async (filter) => (await call(`list refs ${filter}`, undefined, () => git.getRefs(repo, project, filter, false, false, false, false, true))) ?? [];
    const exact = async (name) => {
        const r = (await refs(name.replace(/^refs\//, ''))).find((x) => x.name === name);
        return r ? (r.peeledObjectId ?? r.objectId) : undefined;
    };
    const checkUpdate = (what, permission, results) => {
        const r = results?.[0];
        if (r?.success)
            return;
        const status = r?.updateStatus;
        const name = typeof status === 'number' ? GitRefUpdateStatus[status] : String(status ?? 'unknown');
        if (/PermissionRequired$/i.test(name))
            refused(what, permission, name);
        if (/^ForcePushRequired$/i.test(name))
            refused(what, PERMISSION.force, name);
        if (/^StaleOldObjectId$/i.test(name))
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Could not ${what} in ${project}/${repo}: it moved while the release ran. Run the release again.`);
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Azure DevOps could not ${what} in ${project}/${repo}: ${name}${r?.customMessage ? ` (${r.customMessage})` : ''}.`);
    };
    return {
        where,
        async resolveCommit(ref) {
            if (/^[0-9a-f]{40}$/i.test(ref)) {
                const c = await call(`read commit ${ref}`, undefined, async () => {
                    try {
                        return await git.getCommit(ref, repo, project);
                    }
                    catch (err) {
                        if (err.statusCode === 404)
                            return undefined;
                        throw err;
                    }
                });
                return c?.commitId;
            }
            if (ref.startsWith('refs/'))
                return exact(ref);
            return (await exact(`refs/heads/${ref}`)) ?? (await exact(`refs/tags/${ref}`));
        },
        async listTags(prefix) {
            return (await refs(`tags/${prefix}`))
                .map((r) => (r.name ?? '').replace(/^refs\/tags\//, ''))
                .filter(Boolean);
        },
        tagCommit: (name) => exact(`refs/tags/${name}`),
        branchCommit: (name) => exact(`refs/heads/${name}`),
        async commitsBetween(from, to) {
            const found = await call('list commits', undefined, () => git.getCommitsBatch({
                itemVersion: { version: to, versionType: GitVersionType.Commit },
                ...(from
                    ? { compareVersion: { version: from, versionType: GitVersionType.Commit } }
                    : {}),
                $top: MAX_COMMITS,
            }, repo, project));
            return (found ?? []).map((c) => ({
                sha: c.commitId ?? '',
                message: c.comment ?? '',
            }));
        },
        async isAncestor(ancestor, descendant) {
            // Commits in `ancestor` that `descendant` lacks: none means it is an ancestor.
            const missing = await call('compare commits', undefined, () => git.getCommitsBatch({
                itemVersion: { version: ancestor, versionType: GitVersionType.Commit },
                compareVersion: { version: descendant, versionType: GitVersionType.Commit },
                $top: 1,
            }, repo, project));
            return (missing ?? []).length === 0;
        },
        async createBranch(name, sha) {
            const what = `create branch ${name}`;
            checkUpdate(what, PERMISSION.branch, await call(what, PERMISSION.branch, () => git.updateRefs([{ name: `refs/heads/${name}`, oldObjectId: ZERO, newObjectId: sha }], repo, project)));
        },
        async moveBranch(name, from, to, force) {
            const what = `move branch ${name}`;
            const permission = force ? PERMISSION.force : PERMISSION.move;
            checkUpdate(what, permission, await call(what, permission, () => git.updateRefs([{ name: `refs/heads/${name}`, oldObjectId: from, newObjectId: to }], repo, project)));
        },
        async createAnnotatedTag(name, sha, message) {
            await call(`create tag ${name}`, PERMISSION.tag, () => git.createAnnotatedTag({ name, message, taggedObject: { objectId: sha } }, project, repo));
        },
        releaseUrl: (tag) => `${collection}/${encodeURIComponent(project)}/_git/${encodeURIComponent(repo)}?version=GT${encodeURIComponent(tag)}`,
    };
}
function firstLine(s) {
    const l = (s ?? '').split('\n')[0];
    return l.length > 300 ? `${l.slice(0, 297)}...` : l;
}


/***/ })

};
;