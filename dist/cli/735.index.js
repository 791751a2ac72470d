"use strict";
exports.id = 735;
exports.ids = [735];
exports.modules = {

/***/ 8735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   localGitBackend: () => (/* binding */ localGitBackend)
/* harmony export */ });
/* harmony import */ var child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5317);
/* harmony import */ var child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2635);




/** Separates commits in `git log` output: a byte that cannot occur in a commit message. */
const RECORD = '\x1e';
/**
 * The CLI's backend: the local repository through the git binary. Branch and tag are created
 * locally; pushing them is left to the user, who can look at them first.
 */
function localGitBackend(repositoryPath, env, signal) {
    const dir = path__WEBPACK_IMPORTED_MODULE_2__.resolve(repositoryPath);
    if (!fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(dir))
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('repository-path', `names a folder that does not exist: ${dir}`, 'Give the path of a git repository.');
    const git = (args) => new Promise((resolve, reject) => {
        (0,child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['-C', dir, ...args], { maxBuffer: 64 * 1024 * 1024, signal, env: { ...env, LC_ALL: 'C' } }, (err, stdout, stderr) => {
            if (err && err.code === 'ENOENT')
                reject(new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('git is not installed or not on PATH: install git to release from the CLI.'));
            else
                resolve({ ok: !err, stdout, stderr });
        });
    });
    const must = async (args, what) => {
        const r = await git(args);
        if (!r.ok)
            throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`git could not ${what} in ${dir}: ${firstLine(r.stderr)}`);
        return r.stdout;
    };
    const verify = async (name) => {
        const r = await git(['rev-parse', '--verify', '--quiet', `${name}^{commit}`]);
        return r.ok ? r.stdout.trim() : undefined;
    };
    let checked = false;
    const ensureRepo = async () => {
        if (checked)
            return;
        const r = await git(['rev-parse', '--git-dir']);
        if (!r.ok)
            throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('repository-path', `is not a git repository: ${dir}`, 'Run the CLI in the repository, or point the option at it.');
        checked = true;
    };
    return {
        where: `the git repository ${dir}`,
        async resolveCommit(ref) {
            await ensureRepo();
            return verify(ref);
        },
        async listTags(prefix) {
            await ensureRepo();
            const out = await must(['tag', '--list', `${prefix}*`], 'list tags');
            return out.split('\n').filter(Boolean);
        },
        tagCommit: (name) => verify(`refs/tags/${name}`),
        branchCommit: (name) => verify(`refs/heads/${name}`),
        async commitsBetween(from, to) {
            const range = from ? [`${from}..${to}`] : [to];
            const out = await must(['log', `--format=%H%n%B${RECORD}`, ...range, '--'], 'list commits');
            return out
                .split(RECORD)
                .map((r) => r.replace(/^\n+/, ''))
                .filter((r) => r.trim() !== '')
                .map((r) => {
                const nl = r.indexOf('\n');
                return { sha: r.slice(0, nl), message: r.slice(nl + 1).trimEnd() };
            });
        },
        async isAncestor(ancestor, descendant) {
            return (await git(['merge-base', '--is-ancestor', ancestor, descendant])).ok;
        },
        async createBranch(name, sha) {
            await must(['branch', '--no-track', name, sha], `create branch ${name}`);
        },
        async moveBranch(name, from, to) {
            // update-ref with the old value refuses when someone moved the branch in between; this also
            // works when the branch is checked out elsewhere, which `git branch -f` refuses.
            await must(['update-ref', '-m', 'release-branch', `refs/heads/${name}`, to, from], `move branch ${name}`);
        },
        async createAnnotatedTag(name, sha, message) {
            await must(['tag', '-a', name, '-m', message, sha], `create tag ${name}`);
        },
    };
}
function firstLine(s) {
    const l = s.trim().split('\n')[0] ?? '';
    return l.length > 300 ? `${l.slice(0, 297)}...` : l;
}


/***/ })

};
;