"use strict";
exports.id = 58;
exports.ids = [58];
exports.modules = {

/***/ 88058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   githubBackend: () => (/* binding */ githubBackend)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/** Pull requests are looked up per commit: bounded so that a long release costs a bounded number of calls. */
const MAX_PR_LOOKUPS = 50;
const PAGE = 100;
/** Commits read for notes and bumps; the compare API serves pages of a range. */
const MAX_COMMITS = 1000;
/** The GitHub REST API through @actions/github's Octokit, for the repository of the run. */
async function githubBackend(ci, token, signal) {
    if (!token || token.includes('${{'))
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputRef */ .io)('github-token')} is empty: release-branch writes the branch, tag and release through the GitHub API. Leave it at its default (the job token) and give the job permissions: contents: write.`);
    const [owner, repo] = (ci.repository ?? '').split('/');
    if (!owner || !repo)
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('GITHUB_REPOSITORY is not set: release-branch must run in a GitHub workflow.');
    // Loaded here, not at the top: Octokit is only needed by this backend (cold start of the others).
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(529), __webpack_require__.e(228)]).then(__webpack_require__.t.bind(__webpack_require__, 93228, 23));
    const octokit = getOctokit(token, {
        baseUrl: (ci.apiUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
        request: { signal },
    });
    const where = `GitHub ${owner}/${repo}`;
    const web = `${(ci.serverUrl ?? 'https://github.com').replace(/\/+$/, '')}/${owner}/${repo}`;
    const fail = (what, err) => {
        const e = err;
        if (e.status === 401)
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`GitHub refused the token (HTTP 401) to ${what} in ${owner}/${repo}: check ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputRef */ .io)('github-token')}.`);
        if (e.status === 403 || (e.status === 404 && /create|update|write|move/.test(what)))
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`GitHub refused to ${what} in ${owner}/${repo} (HTTP ${e.status}: ${firstLine(e.message)}). The token needs contents: write: add "permissions: contents: write" to the job, or give ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .inputRef */ .io)('github-token')} a token that may push.`);
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`GitHub could not ${what} in ${owner}/${repo} (${e.status ? `HTTP ${e.status}: ` : ''}${firstLine(e.message)}).`);
    };
    /** Runs a read; a 404 (and 422 for an unknown ref) is "not there". */
    const read = async (what, call) => {
        try {
            return await call();
        }
        catch (err) {
            const status = err.status;
            if (status === 404 || status === 422)
                return undefined;
            return fail(what, err);
        }
    };
    const write = async (what, call) => {
        try {
            return await call();
        }
        catch (err) {
            return fail(what, err);
        }
    };
    const peel = async (ref) => {
        const r = await read(`read ${ref}`, () => octokit.rest.git.getRef({ owner, repo, ref }));
        if (!r)
            return undefined;
        let obj = r.data.object;
        // An annotated tag points at a tag object; follow it (tags of tags too) to the commit.
        for (let i = 0; obj.type === 'tag' && i < 5; i++) {
            const t = await read(`read tag object ${obj.sha}`, () => octokit.rest.git.getTag({ owner, repo, tag_sha: obj.sha }));
            if (!t)
                return undefined;
            obj = t.data.object;
        }
        return obj.type === 'commit' ? obj.sha : undefined;
    };
    const toCommit = (c) => ({
        sha: c.sha,
        message: c.commit.message,
    });
    return {
        where,
        async resolveCommit(ref) {
            const r = await read(`resolve ${ref}`, () => octokit.rest.repos.getCommit({ owner, repo, ref, per_page: 1 }));
            return r?.data.sha;
        },
        async listTags(prefix) {
            const refs = await write('list tags', () => octokit.paginate(octokit.rest.git.listMatchingRefs, {
                owner,
                repo,
                ref: `tags/${prefix}`,
                per_page: 100,
            }));
            return refs.map((r) => r.ref.replace(/^refs\/tags\//, ''));
        },
        tagCommit: (name) => peel(`tags/${name}`),
        branchCommit: (name) => peel(`heads/${name}`),
        async commitsBetween(from, to) {
            const out = [];
            // Pages of 100 up to a bound: a bump must see a breaking change anywhere in the range.
            for (let page = 1; out.length < MAX_COMMITS; page++) {
                const batch = from
                    ? (await write(`compare ${from.slice(0, 12)}...${to.slice(0, 12)}`, () => octokit.rest.repos.compareCommitsWithBasehead({
                        owner,
                        repo,
                        basehead: `${from}...${to}`,
                        per_page: PAGE,
                        page,
                    }))).data.commits
                    : (await write('list commits', () => octokit.rest.repos.listCommits({ owner, repo, sha: to, per_page: PAGE, page }))).data;
                out.push(...batch.map(toCommit));
                if (batch.length < PAGE)
                    break;
            }
            // Compare lists oldest first; listCommits newest first.
            return from ? out.reverse() : out;
        },
        async isAncestor(ancestor, descendant) {
            const r = await write('compare commits', () => octokit.rest.repos.compareCommitsWithBasehead({
                owner,
                repo,
                basehead: `${ancestor}...${descendant}`,
                per_page: 1,
            }));
            return r.data.status === 'identical' || r.data.status === 'ahead';
        },
        async createBranch(name, sha) {
            await write(`create branch ${name}`, () => octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${name}`, sha }));
        },
        async moveBranch(name, _from, to, force) {
            await write(`update branch ${name}`, () => octokit.rest.git.updateRef({ owner, repo, ref: `heads/${name}`, sha: to, force }));
        },
        async createAnnotatedTag(name, sha, message) {
            const tag = await write(`create tag ${name}`, () => octokit.rest.git.createTag({
                owner,
                repo,
                tag: name,
                message,
                object: sha,
                type: 'commit',
            }));
            await write(`create tag ${name}`, () => octokit.rest.git.createRef({ owner, repo, ref: `refs/tags/${name}`, sha: tag.data.sha }));
        },
        async mergedPullRequests(commits) {
            const found = new Map();
            for (const c of commits.slice(0, MAX_PR_LOOKUPS)) {
                const r = await read(`list the pull requests of ${c.sha.slice(0, 12)}`, () => octokit.rest.repos.listPullRequestsAssociatedWithCommit({
                    owner,
                    repo,
                    commit_sha: c.sha,
                }));
                for (const pr of r?.data ?? []) {
                    if (!pr.merged_at || found.has(pr.number))
                        continue;
                    found.set(pr.number, {
                        number: pr.number,
                        title: pr.title,
                        url: pr.html_url,
                        author: pr.user?.login,
                    });
                }
            }
            return [...found.values()].sort((a, b) => a.number - b.number);
        },
        async publishRelease(tag, title, notes) {
            const existing = await read(`read the release of ${tag}`, () => octokit.rest.repos.getReleaseByTag({ owner, repo, tag }));
            if (existing)
                return existing.data.html_url;
            const created = await write(`create the release of ${tag}`, () => octokit.rest.repos.createRelease({ owner, repo, tag_name: tag, name: title, body: notes }));
            return created.data.html_url;
        },
        releaseUrl: (tag) => `${web}/releases/tag/${encodeURIComponent(tag)}`,
    };
}
function firstLine(s) {
    const l = (s ?? '').split('\n')[0];
    return l.length > 300 ? `${l.slice(0, 297)}...` : l;
}


/***/ })

};
;