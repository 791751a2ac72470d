"use strict";
exports.id = 999;
exports.ids = [999];
exports.modules = {

/***/ 26999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishGithubCheckRun: () => (/* binding */ publishGithubCheckRun)
/* harmony export */ });
/* unused harmony exports ANNOTATIONS_PER_REQUEST, MAX_CHECK_ANNOTATIONS */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _secrets__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22992);
/* harmony import */ var _report_markdown__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90216);



/** GitHub takes at most 50 annotations per create or update request. */
const ANNOTATIONS_PER_REQUEST = 50;
/** Bounded so that thousands of failures cost a bounded number of calls (20 requests). */
const MAX_CHECK_ANNOTATIONS = 1000;
/** GitHub's limit on output.summary and output.text. */
const OUTPUT_LIMIT_CHARS = 65_535;
const PERMISSION_HINT = 'the token may not write check runs. Grant `permissions: checks: write` to the job. Pull requests from forks get a read-only token: publish from a `workflow_run` workflow instead.';
/**
 * Creates the named check run on the commit with the first 50 annotations, then adds the rest by
 * updates of 50 each. Never throws: a refusal is a warning.
 */
async function publishGithubCheckRun(ci, request, token, logger, signal) {
    const skip = (reason) => {
        logger.warning(`Check run '${request.name}' not written: ${reason}`);
        return { action: 'skipped', reason };
    };
    if (!token)
        return skip('no token. Set the `github-token` input (its default is the job token).');
    const [owner, repo] = (ci.repository ?? '').split('/');
    if (!owner || !repo)
        return skip('the repository (owner/name) is unknown.');
    const sha = request.sha ?? ci.sha;
    if (!sha)
        return skip('the commit is unknown.');
    // Loaded here, not at the top: only check runs need Octokit (its own chunk; cold start of every
    // other step).
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(529), __webpack_require__.e(228)]).then(__webpack_require__.t.bind(__webpack_require__, 93228, 23));
    const octokit = getOctokit(token, {
        baseUrl: (ci.apiUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
        request: { signal },
    });
    const all = request.annotations.slice(0, MAX_CHECK_ANNOTATIONS);
    const leftOut = request.annotations.length - all.length;
    const batches = [];
    for (let i = 0; i < all.length; i += ANNOTATIONS_PER_REQUEST)
        batches.push(all.slice(i, i + ANNOTATIONS_PER_REQUEST));
    const summary = (0,_report_markdown__WEBPACK_IMPORTED_MODULE_2__/* .trimMarkdown */ .Cc)((0,_secrets__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(leftOut > 0
        ? `${request.summary}\n\n${leftOut} more annotations were left out (at most ${MAX_CHECK_ANNOTATIONS}).`
        : request.summary), OUTPUT_LIMIT_CHARS - 100);
    const title = (0,_secrets__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(request.title).slice(0, 1000);
    const output = (batch = []) => ({
        title,
        summary,
        annotations: batch.map((a) => ({
            path: a.path,
            start_line: a.line,
            end_line: a.line,
            annotation_level: a.level,
            title: a.title ? (0,_secrets__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(a.title).slice(0, 255) : undefined,
            message: (0,_secrets__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(a.message).slice(0, 64 * 1024 - 1),
            raw_details: a.details ? (0,_secrets__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(a.details).slice(0, 64 * 1024 - 1) : undefined,
        })),
    });
    const done = { status: 'completed', conclusion: request.conclusion };
    try {
        // Always a new check run: an update appends annotations, so updating a rerun's check would
        // keep its stale ones; the checks list shows the newest run of each name.
        const r = await octokit.rest.checks.create({
            owner,
            repo,
            name: request.name,
            head_sha: sha,
            ...done,
            output: output(batches[0]),
        });
        const { id } = r.data;
        const url = r.data.html_url ?? undefined;
        for (const batch of batches.slice(1)) {
            await octokit.rest.checks.update({ owner, repo, check_run_id: id, output: output(batch) });
        }
        logger.info(`Created check run '${request.name}' (${request.conclusion}${all.length ? `, ${all.length} annotations` : ''})${url ? `: ${url}` : ''}`);
        return { action: 'created', id, url, annotations: all.length, leftOut };
    }
    catch (err) {
        const status = err.status;
        const what = `GitHub answered ${status ?? 'with an error'}: ${firstLine((0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err))}`;
        if (status === 401)
            return skip(`${what}. The token is not valid.`);
        if (status === 403 || status === 404)
            return skip(`${what}. ${PERMISSION_HINT}`);
        return skip(what);
    }
}
function firstLine(s) {
    const l = s.split('\n')[0];
    return l.length > 300 ? `${l.slice(0, 297)}...` : l;
}


/***/ })

};
;