"use strict";
exports.id = 837;
exports.ids = [837];
exports.modules = {

/***/ 42837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releaseBranch: () => (/* binding */ releaseBranch)
});

// EXTERNAL MODULE: ./shared/capabilities/release-branch/manifest.ts
var manifest = __webpack_require__(82473);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/report/markdown.ts
var markdown = __webpack_require__(90216);
;// CONCATENATED MODULE: ./shared/capabilities/release-branch/notes.ts

/** Kept short: notes go into outputs, tag messages and summaries, which all have size limits. */
const MAX_ITEMS_PER_SECTION = 100;
/**
 * Pull requests named in merge commit messages: GitHub merge commits and squash merges, and Azure
 * DevOps completions. Used where the host cannot list the pull requests of a commit.
 */
function pullRequestsFromMessages(commits) {
    const found = new Map();
    for (const c of commits) {
        const [subject = '', ...rest] = c.message.replace(/\r\n/g, '\n').split('\n');
        const body = rest.join('\n').trim();
        let m = /^Merge pull request #(\d+) from \S+/.exec(subject);
        if (m) {
            found.set(Number(m[1]), { number: Number(m[1]), title: body.split('\n')[0] || subject });
            continue;
        }
        m = /^Merged PR (\d+): (.+)$/.exec(subject);
        if (m) {
            found.set(Number(m[1]), { number: Number(m[1]), title: m[2].trim() });
            continue;
        }
        m = /^(.+?)\s*\(#(\d+)\)$/.exec(subject);
        if (m)
            found.set(Number(m[2]), { number: Number(m[2]), title: m[1].trim() });
    }
    return [...found.values()].sort((a, b) => a.number - b.number);
}
/** Release notes in markdown: breaking changes first, then features, fixes, the rest and the PRs. */
function releaseNotes(input) {
    const { commits } = input;
    const line = (c) => `- ${c.scope ? `**${(0,markdown/* escapeMarkdown */.FV)(c.scope)}:** ` : ''}${(0,markdown/* escapeMarkdown */.FV)(c.subject)} (${c.sha.slice(0, 7)})`;
    const sections = [
        ['Breaking changes', commits.filter((c) => c.breaking)],
        ['Features', commits.filter((c) => !c.breaking && c.type === 'feat')],
        ['Fixes', commits.filter((c) => !c.breaking && c.type === 'fix')],
        [
            'Other changes',
            commits.filter((c) => !c.breaking && c.type !== 'feat' && c.type !== 'fix' && !isMerge(c)),
        ],
    ];
    const out = [
        input.previousTag
            ? `Changes since ${input.previousTag}: ${plural(commits.length, 'commit')}.`
            : `First release: ${plural(commits.length, 'commit')}.`,
    ];
    for (const [title, items] of sections) {
        if (items.length === 0)
            continue;
        out.push('', `### ${title}`, '', ...clip(items.map(line), items.length));
    }
    if (input.pullRequests.length > 0) {
        const prs = input.pullRequests.map((p) => `- ${p.url ? `[#${p.number}](${p.url})` : `#${p.number}`} ${(0,markdown/* escapeMarkdown */.FV)(p.title)}${p.author ? ` (@${(0,markdown/* escapeMarkdown */.FV)(p.author)})` : ''}`);
        out.push('', '### Merged pull requests', '', ...clip(prs, prs.length));
    }
    return out.join('\n');
}
function isMerge(c) {
    return (!c.type &&
        /^(Merge (pull request|branch|remote-tracking branch) |Merged PR \d+:)/.test(c.subject));
}
function clip(lines, total) {
    if (total <= MAX_ITEMS_PER_SECTION)
        return lines;
    return [
        ...lines.slice(0, MAX_ITEMS_PER_SECTION),
        `- … and ${total - MAX_ITEMS_PER_SECTION} more`,
    ];
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./shared/capabilities/release-branch/version.ts

/** `type(scope)!: subject`: the Conventional Commits header. */
const HEADER = /^(?<type>[A-Za-z]+)(?:\((?<scope>[^()\r\n]*)\))?(?<bang>!)?:\s*(?<subject>.*)$/;
/** A footer that marks a breaking change; the spec allows both spellings. */
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE:\s/m;
function parseCommit(commit) {
    const lines = commit.message.replace(/\r\n/g, '\n').split('\n');
    // Azure Repos squash-merges as "Merged PR 12: <PR title>": the title carries the type.
    const header = (lines[0] ?? '').trim().replace(/^Merged PR \d+:\s*/, '');
    const body = lines.slice(1).join('\n');
    const m = HEADER.exec(header);
    if (!m?.groups)
        return { sha: commit.sha, subject: header, breaking: BREAKING_FOOTER.test(body) };
    return {
        sha: commit.sha,
        type: m.groups.type.toLowerCase(),
        scope: m.groups.scope || undefined,
        subject: m.groups.subject.trim(),
        breaking: m.groups.bang === '!' || BREAKING_FOOTER.test(body),
    };
}
/**
 * The bump the commits call for. Below 1.0.0 everything moves down one level, as
 * conventional-recommended-bump's `preMajor` (standard-version, commit-and-tag-version) does: an
 * API that is not stable yet signals a breaking change with a minor bump.
 */
function recommendedBump(commits, current) {
    let level = 'patch';
    if (commits.some((c) => c.breaking))
        level = 'major';
    else if (commits.some((c) => c.type === 'feat'))
        level = 'minor';
    if (semver.lt(current, '1.0.0')) {
        if (level === 'major')
            return 'minor';
        if (level === 'minor')
            return 'patch';
    }
    return level;
}
/** `1.4.0` for `v1.4.0` or `1.4.0`; undefined when it is not a plain X.Y.Z (no pre-release, no build). */
function plainVersion(text) {
    const t = text.trim().replace(/^v/, '');
    const v = semver.valid(t);
    if (!v || v !== t || semver.prerelease(v) !== null)
        return undefined;
    return v;
}
/** The version tags (vX.Y.Z) among `tags`, highest first. */
function versionTags(tags) {
    const out = [];
    for (const tag of tags) {
        if (!/^v\d+\.\d+\.\d+$/.test(tag))
            continue;
        const version = plainVersion(tag);
        if (version)
            out.push({ tag, version });
    }
    return out.sort((a, b) => semver.rcompare(a.version, b.version));
}
function bumpVersion(current, bump) {
    const next = semver.inc(current, bump);
    if (!next)
        throw new Error(`Bug: cannot bump ${current}`);
    return next;
}

;// CONCATENATED MODULE: ./shared/capabilities/release-branch/release.ts




const release_short = (sha) => sha.slice(0, 12);
/**
 * Everything release-branch will do, worked out by reading only. An existing branch or tag at the
 * same commit is a re-run and plans no write; at another commit it is an error, so a re-run never
 * moves a release that others may already have deployed.
 */
async function planRelease(backend, settings, defaultRef) {
    const ref = settings.ref ?? defaultRef;
    if (!ref)
        throw new errors/* InputError */.dz('ref', 'is empty and this run names no commit', 'Set it to a branch, a tag or a commit SHA.');
    const sha = await backend.resolveCommit(ref);
    if (!sha)
        throw new errors/* InputError */.dz('ref', `names no commit in ${backend.where}: '${ref}'`, 'Give a branch, a tag or a commit SHA that exists there.');
    const tags = versionTags(await backend.listTags('v'));
    let version;
    let previous;
    let versionReason;
    if (settings.version) {
        version = settings.version;
        previous = tags.find((t) => semver.lt(t.version, settings.version));
        versionReason = 'given as the version input';
    }
    else {
        const latest = tags[0];
        const latestSha = latest ? await backend.tagCommit(latest.tag) : undefined;
        if (!latest || !latestSha) {
            version = settings.initialVersion;
            versionReason = 'the first release: the initial version';
        }
        else if (latestSha === sha) {
            // A re-run: the latest release already is this commit.
            version = latest.version;
            previous = tags[1];
            versionReason = `${latest.tag} is already this commit`;
        }
        else {
            previous = latest;
            const since = (await backend.commitsBetween(latestSha, sha)).map(parseCommit);
            if (since.length === 0)
                throw new errors/* UserError */.yo(`Nothing to release: ${release_short(sha)} is already in ${latest.tag} (${release_short(latestSha)}). Release a newer commit (${(0,errors/* inputRef */.io)('ref')}), or set ${(0,errors/* inputRef */.io)('version')} to release it under another version.`);
            const bump = settings.bump === 'auto' ? recommendedBump(since, latest.version) : settings.bump;
            version = bumpVersion(latest.version, bump);
            versionReason =
                settings.bump === 'auto'
                    ? `a ${bump} bump of ${latest.tag} from ${since.length} commit(s) since it`
                    : `a ${bump} bump of ${latest.tag}`;
        }
    }
    const tag = `v${version}`;
    const tagSha = await backend.tagCommit(tag);
    if (tagSha && tagSha !== sha)
        throw new errors/* UserError */.yo(`Tag ${tag} already exists in ${backend.where} at ${release_short(tagSha)}, not at the commit to release (${release_short(sha)}). A released tag is never moved: set ${(0,errors/* inputRef */.io)('version')} to release another version, or delete the tag if it was a mistake.`);
    const branch = settings.branch.replace(/\{version\}/g, version);
    const branchSha = await backend.branchCommit(branch);
    let branchAction;
    if (branchSha === undefined)
        branchAction = 'create';
    else if (branchSha === sha)
        branchAction = 'unchanged';
    else if (settings.style === 'versioned')
        throw new errors/* UserError */.yo(`Branch ${branch} already exists in ${backend.where} at ${release_short(branchSha)}, not at the commit to release (${release_short(sha)}). Release another version (${(0,errors/* inputRef */.io)('version')}), or delete the branch if it was a mistake.`);
    else if (await backend.isAncestor(branchSha, sha))
        branchAction = 'fast-forward';
    else if (settings.force)
        branchAction = 'force';
    else
        throw new errors/* UserError */.yo(`Branch ${branch} is at ${release_short(branchSha)}, which is not an ancestor of ${release_short(sha)}: moving it there is not a fast-forward and would drop the commits only on ${branch}. Merge ${branch} into the commit first, or set ${(0,errors/* inputRef */.io)('force')} to true to move it anyway.`);
    const previousSha = previous ? await backend.tagCommit(previous.tag) : undefined;
    const commits = await backend.commitsBetween(previousSha, sha);
    const pullRequests = backend.mergedPullRequests
        ? await backend.mergedPullRequests(commits)
        : pullRequestsFromMessages(commits);
    const notes = releaseNotes({
        tag,
        previousTag: previous?.tag,
        commits: commits.map(parseCommit),
        pullRequests,
    });
    return {
        version,
        tag,
        branch,
        sha,
        previousTag: previous?.tag,
        versionReason,
        branchAction,
        branchFrom: branchSha,
        tagAction: tagSha ? 'unchanged' : 'create',
        notes,
    };
}
/** Writes what the plan says, branch first: a tag is the last word that a release exists. */
async function applyRelease(backend, plan) {
    if (plan.branchAction === 'create')
        await backend.createBranch(plan.branch, plan.sha);
    else if (plan.branchAction === 'fast-forward' || plan.branchAction === 'force')
        await backend.moveBranch(plan.branch, plan.branchFrom, plan.sha, plan.branchAction === 'force');
    if (plan.tagAction === 'create')
        await backend.createAnnotatedTag(plan.tag, plan.sha, `Release ${plan.tag}\n\n${plan.notes}\n`);
    const releaseUrl = backend.publishRelease
        ? await backend.publishRelease(plan.tag, plan.tag, plan.notes)
        : backend.releaseUrl?.(plan.tag);
    return { releaseUrl };
}

;// CONCATENATED MODULE: ./shared/capabilities/release-branch/report.ts

const ACTION = {
    create: 'created',
    'fast-forward': 'fast-forwarded',
    force: 'force-moved',
    unchanged: 'already there',
};
/** The step summary: what was released where, then the notes. */
function releaseSummary(plan, opts) {
    const verb = (done) => (opts.dryRun ? `would be ${done}` : done);
    const branchState = plan.branchAction === 'unchanged'
        ? ACTION.unchanged
        : `${verb(ACTION[plan.branchAction])}${plan.branchFrom ? ` (from ${plan.branchFrom.slice(0, 12)})` : ''}`;
    const rows = [
        ['Version', `\`${plan.version}\` (${(0,markdown/* escapeCell */.kq)(plan.versionReason)})`],
        ['Commit', `\`${plan.sha}\``],
        ['Branch', `\`${(0,markdown/* escapeCell */.kq)(plan.branch)}\` ${branchState}`],
        [
            'Tag',
            `\`${plan.tag}\` ${plan.tagAction === 'unchanged' ? ACTION.unchanged : verb('created')}`,
        ],
        ['Previous tag', plan.previousTag ? `\`${plan.previousTag}\`` : 'none (first release)'],
    ];
    if (opts.releaseUrl)
        rows.push(['Release', opts.releaseUrl]);
    return [
        `### Release ${plan.tag}${opts.dryRun ? ' (dry run: nothing written)' : ''}`,
        '',
        `In ${(0,markdown/* escapeCell */.kq)(opts.where)}.`,
        '',
        (0,markdown/* table */.tp)(['', ''], rows),
        '',
        '#### Release notes',
        '',
        plan.notes,
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./shared/capabilities/release-branch/ref-names.ts
/**
 * git's rules for ref names (`git help check-ref-format`), checked before any write so that a bad
 * pattern fails with the rule it breaks rather than with whatever the server says. Returns the
 * problem in words, or undefined when the name is valid.
 */
function refNameProblem(name) {
    if (name === '')
        return 'is empty';
    if (name === '@')
        return "is '@', which git reserves";
    if (name === 'HEAD')
        return "is 'HEAD', which git reserves";
    if (name.startsWith('-'))
        return "starts with '-'";
    if (name.startsWith('/') || name.endsWith('/'))
        return "starts or ends with '/'";
    if (name.includes('//'))
        return "contains '//'";
    if (name.endsWith('.'))
        return "ends with '.'";
    if (name.includes('..'))
        return "contains '..'";
    if (name.includes('@{'))
        return "contains '@{'";
    const bad = /[\x00-\x20\x7f~^:?*[\\]/.exec(name);
    if (bad) {
        const c = bad[0];
        const shown = c === ' '
            ? 'a space'
            : c.charCodeAt(0) < 0x21 || c === '\x7f'
                ? 'a control character'
                : `'${c}'`;
        return `contains ${shown}`;
    }
    for (const part of name.split('/')) {
        if (part.startsWith('.'))
            return `has a part that starts with '.' ('${part}')`;
        if (part.endsWith('.lock'))
            return `has a part that ends with '.lock' ('${part}')`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./shared/capabilities/release-branch/settings.ts



const DEFAULT_BRANCH = {
    versioned: 'release/v{version}',
    // MLOps Stacks' CD workflow deploys to prod on pushes to `release`.
    'long-lived': 'release',
};
function readSettings(inputs) {
    const rawVersion = inputs.string('version');
    const version = rawVersion === undefined ? undefined : plainVersion(rawVersion);
    if (rawVersion !== undefined && version === undefined)
        throw new errors/* InputError */.dz('version', `is not a plain X.Y.Z version: ${(0,errors/* quoteValue */.cl)(rawVersion)}`, 'Write it as 1.4.0 or v1.4.0 (no pre-release or build part), or leave it empty to bump.');
    const rawInitial = inputs.requiredString('initial-version');
    const initialVersion = plainVersion(rawInitial);
    if (initialVersion === undefined)
        throw new errors/* InputError */.dz('initial-version', `is not a plain X.Y.Z version: ${(0,errors/* quoteValue */.cl)(rawInitial)}`, 'Write it as 0.1.0 or 1.0.0.');
    const style = inputs.choice('style');
    const branch = inputs.string('branch') ?? DEFAULT_BRANCH[style];
    if (style === 'versioned' && !branch.includes('{version}'))
        throw new errors/* InputError */.dz('branch', `must contain {version} for style versioned, got ${(0,errors/* quoteValue */.cl)(branch)}`, `Use a pattern such as release/v{version}, or set ${(0,errors/* inputRef */.io)('style')} to long-lived for one release branch.`);
    if (style === 'long-lived' && branch.includes('{version}'))
        throw new errors/* InputError */.dz('branch', `names one branch for style long-lived and cannot contain {version}, got ${(0,errors/* quoteValue */.cl)(branch)}`, `Use a name such as release, or set ${(0,errors/* inputRef */.io)('style')} to versioned.`);
    const sample = branch.replace(/\{version\}/g, '1.0.0');
    const problem = refNameProblem(sample);
    if (problem)
        throw new errors/* InputError */.dz('branch', `is not a valid git branch name: ${(0,errors/* quoteValue */.cl)(sample)} ${problem}`, 'See git help check-ref-format for the rules.');
    const ref = inputs.string('ref');
    if (ref !== undefined && /[\x00-\x20\x7f]/.test(ref))
        throw new errors/* InputError */.dz('ref', `contains a space or control character: ${(0,errors/* quoteValue */.cl)(ref)}`);
    if (ref?.startsWith('-'))
        throw new errors/* InputError */.dz('ref', `starts with '-': ${(0,errors/* quoteValue */.cl)(ref)}`, 'Give a branch, a tag or a commit SHA.');
    const force = inputs.boolean('force');
    if (force && style !== 'long-lived')
        throw new errors/* InputError */.dz('force', 'only applies to style long-lived', 'A versioned release branch is never moved: release another version instead.');
    return {
        version,
        bump: inputs.choice('bump'),
        initialVersion,
        ref,
        style,
        branch,
        force,
        dryRun: inputs.boolean('dry-run'),
        githubToken: inputs.string('github-token'),
        repositoryPath: inputs.string('repository-path') ?? '.',
    };
}

;// CONCATENATED MODULE: ./shared/capabilities/release-branch/index.ts




const releaseBranch = {
    manifest: manifest/* manifest */.e,
    async main(ctx) {
        const settings = readSettings(ctx.inputs);
        const { backend, defaultRef } = await ctx.gitHosting({
            token: settings.githubToken,
            repositoryPath: settings.repositoryPath,
            signal: ctx.signal,
        });
        const plan = await planRelease(backend, settings, defaultRef);
        const where = backend.where;
        ctx.logger.info(`Release ${plan.tag} of ${plan.sha} in ${where} (${plan.versionReason}); previous tag: ${plan.previousTag ?? 'none'}.`);
        const created = plan.branchAction !== 'unchanged' || plan.tagAction !== 'unchanged';
        let releaseUrl;
        if (settings.dryRun) {
            ctx.logger.info(`Dry run: branch ${plan.branch} would be ${plan.branchAction === 'unchanged' ? 'left as it is' : plan.branchAction === 'create' ? 'created' : `moved from ${plan.branchFrom?.slice(0, 12)}${plan.branchAction === 'force' ? ' (force)' : ''}`}, tag ${plan.tag} ${plan.tagAction === 'create' ? 'created' : 'left as it is'}. Nothing written.`);
            releaseUrl = undefined;
        }
        else {
            if (!created)
                ctx.logger.info(`${plan.branch} and ${plan.tag} are already at ${plan.sha}: nothing to write.`);
            ({ releaseUrl } = await applyRelease(backend, plan));
            if (plan.branchAction !== 'unchanged')
                ctx.logger.info(`Branch ${plan.branch}: ${plan.branchAction} at ${plan.sha}.`);
            if (plan.tagAction === 'create')
                ctx.logger.info(`Tag ${plan.tag} created.`);
            if (releaseUrl)
                ctx.logger.info(`Release: ${releaseUrl}`);
        }
        ctx.logger.info('Release notes:');
        // Commit messages are written by anyone with push access: echoed so they cannot act as log commands.
        ctx.echoUntrusted(plan.notes);
        ctx.outputs.set('version', plan.version);
        ctx.outputs.set('branch', plan.branch);
        ctx.outputs.set('tag', plan.tag);
        ctx.outputs.set('sha', plan.sha);
        ctx.outputs.set('previous-tag', plan.previousTag ?? '');
        ctx.outputs.set('release-url', releaseUrl ?? '');
        ctx.outputs.set('notes', plan.notes);
        ctx.outputs.set('created', !settings.dryRun && created);
        await ctx.summary.append(releaseSummary(plan, { dryRun: settings.dryRun, where, releaseUrl }));
    },
};


/***/ })

};
;