"use strict";
exports.id = 412;
exports.ids = [412];
exports.modules = {

/***/ 42412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  unitTests: () => (/* binding */ unitTests)
});

// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(79896);
// EXTERNAL MODULE: external "path"
var external_path_ = __webpack_require__(16928);
var external_path_default = /*#__PURE__*/__webpack_require__.n(external_path_);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(76448);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/report/markdown.ts
var markdown = __webpack_require__(90216);
// EXTERNAL MODULE: ./shared/report/pr-comment.ts
var pr_comment = __webpack_require__(47563);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 23 modules
var XMLParser = __webpack_require__(41143);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(75824);
;// CONCATENATED MODULE: ./shared/capabilities/unit-tests/trace.ts
// Frames in these places are the test framework or the runtime, not the user's code.
const LIBRARY = /(^|[\\/])(site-packages|dist-packages|node_modules|lib[\\/]python\d|unittest[\\/]|_pytest[\\/]|pluggy[\\/])|^internal[\\/]|^node:/;
const PYTHON = /File "([^"]+)", line (\d+)/g;
const JAVA = /at\s+([\w$.]+)\.[^.(\s][^(]*\(([\w$-]+\.(?:java|kt|kts|scala|groovy)):(\d+)\)/g;
const DOTNET = / in (.+?):line (\d+)/g;
const JS = /(?:\(|at )((?:[A-Za-z]:)?[^\s():]+\.(?:[cm]?[jt]sx?|vue|svelte)):(\d+):\d+\)?/g;
const GENERIC = /((?:[A-Za-z]:)?[\w.@~/\\-]*[\w-]\.(?:py|go|rs|c|cc|cpp|cxx|h|hpp|cs|fs|php|rb|swift|kt|java|scala|pl|t|m|mm|lua|r|R|sql|ts|js)):(\d+)\b/g;
const CUNIT = /File:\s*(\S+)\s*\n\s*Line:\s*(\d+)/;
function trace_frames(text, re, map) {
    const out = [];
    re.lastIndex = 0;
    let m;
    while ((m = re.exec(text)) !== null)
        out.push(map(m));
    return out;
}
const isUser = (f) => !LIBRARY.test(f.file.replace(/\\/g, '/'));
function endsWithPath(a, b) {
    const na = a.replace(/\\/g, '/');
    const nb = b.replace(/\\/g, '/').replace(/^\.\//, '');
    return na === nb || na.endsWith(`/${nb}`) || nb.endsWith(`/${na}`);
}
function pick(list, hints, innermostLast) {
    if (list.length === 0)
        return undefined;
    const ordered = innermostLast ? [...list].reverse() : list;
    if (hints.file) {
        const inTestFile = ordered.find((f) => endsWithPath(f.file, hints.file));
        if (inTestFile)
            return inTestFile;
    }
    return ordered.find(isUser) ?? ordered[0];
}
/**
 * Finds the file and line a failure points at in a stack trace or message: Python tracebacks,
 * pytest's `path.py:N: Error`, Java/Kotlin `at pkg.Class.method(File.java:N)`, .NET `in path:line N`,
 * JavaScript `(path:line:col)`, and `path.ext:N` as written by Go, Rust, C/C++ and others.
 */
function locateInTrace(text, hints = {}) {
    if (!text)
        return undefined;
    // Python prints the innermost frame last.
    const py = trace_frames(text, PYTHON, (m) => ({ file: m[1], line: Number(m[2]) }));
    const pyFrame = pick(py, hints, true);
    if (pyFrame)
        return { file: pyFrame.file, line: pyFrame.line };
    const java = trace_frames(text, JAVA, (m) => {
        const cls = m[1];
        const pkg = cls.includes('.') ? cls.slice(0, cls.lastIndexOf('.')) : '';
        // Only the file name is in the trace; the package gives the directories under the source root.
        const file = pkg ? `${pkg.replace(/\./g, '/')}/${m[2]}` : m[2];
        return { file, line: Number(m[3]), cls };
    });
    if (java.length > 0) {
        const testClass = hints.classname?.replace(/\$.*$/, '');
        const own = testClass
            ? java.find((f) => f.cls === testClass || f.cls?.startsWith(`${testClass}$`))
            : undefined;
        const userFrame = own ??
            java.find((f) => !/^(java|javax|jdk|sun|org\.junit|org\.testng|org\.hamcrest|org\.assertj|kotlin|junit)\./.test(f.cls ?? ''));
        const f = userFrame ?? java[0];
        return { file: f.file, line: f.line };
    }
    const dotnet = pick(trace_frames(text, DOTNET, (m) => ({ file: m[1].trim(), line: Number(m[2]) })), hints, false);
    if (dotnet)
        return { file: dotnet.file, line: dotnet.line };
    const js = pick(trace_frames(text, JS, (m) => ({ file: m[1], line: Number(m[2]) })), hints, false);
    if (js)
        return { file: js.file, line: js.line };
    const cunit = CUNIT.exec(text);
    if (cunit)
        return { file: cunit[1], line: Number(cunit[2]) };
    const generic = pick(trace_frames(text, GENERIC, (m) => ({ file: m[1], line: Number(m[2]) })), hints, false);
    if (generic)
        return { file: generic.file, line: generic.line };
    return undefined;
}

;// CONCATENATED MODULE: ./shared/capabilities/unit-tests/formats.ts



/**
 * The .NET result formats besides JUnit, told by their root element: TRX (`<TestRun>`, VSTest),
 * NUnit 3 (`<test-run>`) and xUnit.net v2 (`<assemblies>`). Each is read into the same cases and
 * suites as JUnit and counted by the same rule: every case once, by its status.
 */
function otherFormat(root) {
    if (root === 'TestRun')
        return parseTrx;
    if (root === 'test-run')
        return parseNUnit;
    if (root === 'assemblies')
        return parseXunit;
    return undefined;
}
// Made on first use: this module and junit.ts import each other.
const parsers = new Map();
function parse(kind, tags, xml, file) {
    let p = parsers.get(kind);
    if (!p)
        parsers.set(kind, (p = resultParser(new Set(tags))));
    try {
        return p.parse(xml);
    }
    catch (err) {
        throw new JUnitParseError(file, `not readable as XML: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
}
function toCase(c, file) {
    const tc = { ...c, flaky: false, reportFile: file };
    if (!tc.message)
        delete tc.message;
    if (!tc.details)
        delete tc.details;
    if (!tc.type)
        delete tc.type;
    if (c.status === 'failed' || c.status === 'errored') {
        tc.location = locateInTrace([c.details, c.message].filter(Boolean).join('\n'), {
            classname: c.classname,
        });
    }
    else
        delete tc.systemOut;
    return tc;
}
/** Cases grouped into suites (in order of first appearance) and counted. */
function assemble(file, cases, durationSeconds) {
    const suites = new Map();
    const counts = emptyCounts();
    let caseTime = 0;
    for (const c of cases) {
        let s = suites.get(c.suite);
        if (!s) {
            s = { name: c.suite, reportFile: file, counts: emptyCounts(), cases: [], durationSeconds: 0 };
            suites.set(c.suite, s);
        }
        s.cases.push(c);
        s.counts.total++;
        s.counts[c.status]++;
        s.durationSeconds = (s.durationSeconds ?? 0) + (c.durationSeconds ?? 0);
        caseTime += c.durationSeconds ?? 0;
    }
    for (const s of suites.values())
        addCounts(counts, s.counts);
    return {
        file,
        suites: [...suites.values()],
        counts,
        durationSeconds: durationSeconds ?? caseTime,
    };
}
/** `hh:mm:ss.fffffff`, as TRX writes durations. */
function timeSpan(raw) {
    const m = /^(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(raw?.trim() ?? '');
    if (!m)
        return parseTime(raw);
    return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}
// ---------------------------------------------------------------- TRX
const TRX_STATUS = {
    passed: 'passed',
    passedbutrunaborted: 'passed',
    warning: 'passed',
    failed: 'failed',
    error: 'errored',
    timeout: 'errored',
    aborted: 'errored',
    disconnected: 'errored',
};
function parseTrx(xml, file) {
    const doc = parse('trx', ['TestRun', 'Results', 'UnitTestResult', 'TestDefinitions', 'UnitTest', 'TestMethod'], xml, file);
    const run = children(doc, 'TestRun')[0];
    const classOf = new Map();
    for (const defs of children(run, 'TestDefinitions'))
        for (const t of children(defs, 'UnitTest')) {
            const m = children(t, 'TestMethod')[0];
            const id = attr(t, 'id');
            const cls = m ? attr(m, 'className') : undefined;
            if (id && cls)
                classOf.set(id, cls.split(',')[0].trim());
        }
    const cases = [];
    for (const results of children(run, 'Results'))
        for (const r of children(results, 'UnitTestResult')) {
            const outcome = (attr(r, 'outcome') ?? '').toLowerCase();
            const output = r.Output;
            const info = output
                ? output.ErrorInfo
                : undefined;
            const cls = classOf.get(attr(r, 'testId') ?? '');
            const full = attr(r, 'testName') ?? '(unnamed)';
            const name = cls && full.startsWith(`${cls}.`) ? full.slice(cls.length + 1) : full;
            cases.push(toCase({
                suite: cls ?? attr(r, 'computerName') ?? 'TRX',
                classname: cls,
                name,
                // NotExecuted, Inconclusive, Pending, NotRunnable...: did not run to a verdict.
                status: TRX_STATUS[outcome] ?? 'skipped',
                durationSeconds: timeSpan(attr(r, 'duration')),
                message: info
                    ? textOf(info.Message)
                    : undefined,
                details: info
                    ? textOf(info.StackTrace)
                    : undefined,
                systemOut: output
                    ? textOf(output.StdOut)
                    : undefined,
            }, file));
        }
    return { ...assemble(file, cases), format: 'trx' };
}
// ---------------------------------------------------------------- NUnit 3
function nunitStatus(result, label) {
    const r = result.toLowerCase();
    if (r === 'passed' || r === 'warning')
        return 'passed';
    if (r === 'failed') {
        const l = label.toLowerCase();
        return l === 'error' || l === 'cancelled' || l === 'invalid' ? 'errored' : 'failed';
    }
    // Skipped (Ignored, Explicit) and Inconclusive: no verdict.
    return 'skipped';
}
function parseNUnit(xml, file) {
    const doc = parse('nunit', [
        'test-run',
        'test-suite',
        'test-case',
        'failure',
        'reason',
        'message',
        'stack-trace',
        'output',
    ], xml, file);
    const cases = [];
    const walk = (node, suite) => {
        for (const s of children(node, 'test-suite')) {
            const type = attr(s, 'type') ?? '';
            // Fixtures name the suite; parameterized methods and theories stay under their fixture.
            const here = type === 'TestFixture' || (!suite && type !== 'ParameterizedMethod' && type !== 'Theory')
                ? (attr(s, 'fullname') ?? attr(s, 'name') ?? suite)
                : suite;
            walk(s, here);
        }
        for (const c of children(node, 'test-case')) {
            const failure = children(c, 'failure')[0];
            const reason = children(c, 'reason')[0];
            const detail = failure ?? reason;
            cases.push(toCase({
                suite: suite || (attr(c, 'classname') ?? 'NUnit'),
                classname: attr(c, 'classname'),
                name: attr(c, 'name') ?? '(unnamed)',
                status: nunitStatus(attr(c, 'result') ?? '', attr(c, 'label') ?? ''),
                durationSeconds: parseTime(attr(c, 'duration')),
                message: detail ? textOf(children(detail, 'message')[0]) : undefined,
                details: failure ? textOf(children(failure, 'stack-trace')[0]) : undefined,
                systemOut: textOf(children(c, 'output')[0]) || undefined,
            }, file));
        }
    };
    const run = children(doc, 'test-run')[0];
    walk(run, '');
    return { ...assemble(file, cases, parseTime(attr(run, 'duration'))), format: 'nunit' };
}
// ---------------------------------------------------------------- xUnit.net v2
const XUNIT_STATUS = { pass: 'passed', fail: 'failed' };
function parseXunit(xml, file) {
    const doc = parse('xunit', [
        'assemblies',
        'assembly',
        'collection',
        'test',
        'failure',
        'reason',
        'message',
        'stack-trace',
        'output',
        'errors',
        'error',
    ], xml, file);
    const cases = [];
    let time = 0;
    let timed = false;
    for (const root of children(doc, 'assemblies'))
        for (const a of children(root, 'assembly')) {
            const t = parseTime(attr(a, 'time'));
            if (t !== undefined) {
                time += t;
                timed = true;
            }
            for (const col of children(a, 'collection'))
                for (const test of children(col, 'test')) {
                    const failure = children(test, 'failure')[0];
                    const type = attr(test, 'type');
                    const method = attr(test, 'method');
                    const full = attr(test, 'name') ?? '(unnamed)';
                    // The display name carries theory arguments: keep it whole unless it is type.method.
                    const name = type && method && full === `${type}.${method}` ? method : full;
                    cases.push(toCase({
                        suite: type ?? attr(col, 'name') ?? 'xUnit',
                        classname: type,
                        name,
                        // Skip and NotRun: no verdict.
                        status: XUNIT_STATUS[(attr(test, 'result') ?? '').toLowerCase()] ?? 'skipped',
                        durationSeconds: parseTime(attr(test, 'time')),
                        message: failure
                            ? textOf(children(failure, 'message')[0])
                            : textOf(children(test, 'reason')[0]) || undefined,
                        type: failure ? attr(failure, 'exception-type') : undefined,
                        details: failure ? textOf(children(failure, 'stack-trace')[0]) : undefined,
                        systemOut: textOf(children(test, 'output')[0]) || undefined,
                    }, file));
                }
            // Failures outside any test (a fixture's constructor, a collection's cleanup) count as errors.
            for (const errors of children(a, 'errors'))
                for (const e of children(errors, 'error')) {
                    const failure = children(e, 'failure')[0];
                    cases.push(toCase({
                        suite: attr(a, 'name') ?? 'xUnit',
                        name: `${attr(e, 'type') ?? 'error'}: ${attr(e, 'name') ?? '(unnamed)'}`,
                        status: 'errored',
                        message: failure ? textOf(children(failure, 'message')[0]) : undefined,
                        type: failure ? attr(failure, 'exception-type') : undefined,
                        details: failure ? textOf(children(failure, 'stack-trace')[0]) : undefined,
                    }, file));
                }
        }
    return { ...assemble(file, cases, timed ? time : undefined), format: 'xunit' };
}

;// CONCATENATED MODULE: ./shared/capabilities/unit-tests/junit.ts





class JUnitParseError extends Error {
    file;
    reason;
    name = 'JUnitParseError';
    constructor(file, reason) {
        super(`${file}: ${reason}`);
        this.file = file;
        this.reason = reason;
    }
}
function emptyCounts() {
    return { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0 };
}
function addCounts(into, from) {
    into.total += from.total;
    into.passed += from.passed;
    into.failed += from.failed;
    into.errored += from.errored;
    into.skipped += from.skipped;
    into.flaky += from.flaky;
    return into;
}
// Elements that may repeat; forcing arrays keeps the walker free of "one or many" checks.
const ARRAY_TAGS = new Set([
    'testsuites',
    'testsuite',
    'testcase',
    'failure',
    'error',
    'skipped',
    'disabled',
    'flakyFailure',
    'flakyError',
    'rerunFailure',
    'rerunError',
    'property',
    'properties',
    'system-out',
    'system-err',
    'stackTrace',
]);
/** The XML reader for every result format: safe settings, and the elements to read as lists. */
function resultParser(arrayTags) {
    return new XMLParser/* default */.A({
        ...PARSER_OPTIONS,
        isArray: (name) => arrayTags.has(name),
    });
}
const PARSER_OPTIONS = {
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    textNodeName: '#text',
    cdataPropName: '#cdata',
    // Entity expansion off: a DOCTYPE cannot define entities that blow up (billion laughs). The
    // five predefined entities and character references are decoded by `decode` below.
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    maxNestedTags: 200,
};
const parser = resultParser(ARRAY_TAGS);
const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/g;
const NAMED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** Decodes the five predefined XML entities and numeric character references; leaves others as written. */
function decode(text) {
    if (text.indexOf('&') < 0)
        return text;
    return text.replace(ENTITY, (whole, dec, hex, name) => {
        if (name)
            return NAMED[name];
        const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex, 16);
        if (!Number.isFinite(code) || code > 0x10ffff)
            return whole;
        try {
            return String.fromCodePoint(code);
        }
        catch {
            return whole;
        }
    });
}
function attr(node, name) {
    if (typeof node !== 'object' || node === null)
        return undefined;
    const v = node[`@${name}`];
    return typeof v === 'string' ? decode(v) : undefined;
}
function children(node, name) {
    if (typeof node !== 'object' || node === null)
        return [];
    const v = node[name];
    return Array.isArray(v) ? v : [];
}
/** An element's text: decoded character data plus raw CDATA, trimmed. */
function textOf(node) {
    if (node === undefined)
        return '';
    if (typeof node === 'string')
        return decode(node).trim();
    const parts = [];
    const text = node['#text'];
    if (typeof text === 'string')
        parts.push(decode(text));
    const cdata = node['#cdata'];
    if (typeof cdata === 'string')
        parts.push(cdata);
    else if (Array.isArray(cdata))
        parts.push(...cdata.filter((c) => typeof c === 'string'));
    return parts.join('').trim();
}
/**
 * Parses a `time` attribute as seconds. Accepts what reporters write in the wild: `1.5`, `1,234.5`
 * (thousands separators), `1,5` (decimal comma), `4.5e-05`, `0.5s`. Empty, `NaN`, negative or
 * otherwise unreadable values give undefined rather than poisoning the totals.
 */
function parseTime(raw) {
    if (raw === undefined)
        return undefined;
    let s = raw.trim().replace(/s$/i, '').trim();
    if (s === '')
        return undefined;
    if (s.includes(',')) {
        if (s.includes('.') || /^\d{1,3}(,\d{3})+$/.test(s))
            s = s.replace(/,/g, '');
        else
            s = s.replace(',', '.');
    }
    if (!/^[+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s))
        return undefined;
    const n = Number(s);
    return Number.isFinite(n) && n >= 0 ? n : undefined;
}
const SKIP_STATUS = new Set([
    'disabled',
    'skipped',
    'skip',
    'notrun',
    'not run',
    'ignored',
    'pending',
]);
function caseOf(node, suitePath, file) {
    const name = attr(node, 'name') ?? '(unnamed)';
    const classname = attr(node, 'classname') || attr(node, 'class') || undefined;
    const errors = children(node, 'error');
    const failures = children(node, 'failure');
    const skipped = [...children(node, 'skipped'), ...children(node, 'disabled')];
    const flakyNodes = [
        ...children(node, 'flakyFailure'),
        ...children(node, 'flakyError'),
        ...children(node, 'rerunFailure'),
        ...children(node, 'rerunError'),
    ];
    const statusAttr = attr(node, 'status')?.toLowerCase();
    let status;
    let detailNodes = [];
    // A disabled test did not run, whatever stale failure text it carries.
    if (statusAttr !== undefined && SKIP_STATUS.has(statusAttr)) {
        status = 'skipped';
        detailNodes = skipped;
    }
    else if (errors.length > 0) {
        // Both failure and error: the error is the graver outcome (the test did not complete).
        status = 'errored';
        detailNodes = [...errors, ...failures];
    }
    else if (failures.length > 0) {
        status = 'failed';
        detailNodes = failures;
    }
    else if (skipped.length > 0) {
        status = 'skipped';
        detailNodes = skipped;
    }
    else {
        status = 'passed';
        detailNodes = flakyNodes;
    }
    const flaky = status === 'passed' && flakyNodes.length > 0;
    const tc = {
        suite: suitePath,
        classname,
        name,
        status,
        flaky,
        durationSeconds: parseTime(attr(node, 'time')),
        reportFile: file,
    };
    if (detailNodes.length > 0) {
        const first = detailNodes[0];
        tc.message = attr(first, 'message') || undefined;
        tc.type = attr(first, 'type') || undefined;
        const texts = detailNodes
            .map((d) => {
            const own = textOf(d);
            // Surefire nests the trace of flaky runs in <stackTrace>.
            const nested = children(d, 'stackTrace').map(textOf).join('\n');
            return [own, nested].filter((t) => t !== '').join('\n');
        })
            .filter((t) => t !== '');
        if (texts.length > 0)
            tc.details = texts.join('\n\n');
    }
    if (status === 'failed' || status === 'errored') {
        const out = children(node, 'system-out').map(textOf).join('\n');
        const err = children(node, 'system-err').map(textOf).join('\n');
        if (out)
            tc.systemOut = out;
        if (err)
            tc.systemErr = err;
        tc.location = locate(node, detailNodes[0], tc);
    }
    return tc;
}
function locate(node, detail, tc) {
    const lineOf = (n) => {
        const l = Number.parseInt(attr(n ?? '', 'line') ?? '', 10);
        return Number.isFinite(l) && l > 0 ? l : undefined;
    };
    // The failure element's own location (Catch2, mocha) is closer to the cause than the test's start line.
    const detailFile = detail ? attr(detail, 'file') : undefined;
    if (detailFile)
        return { file: detailFile, line: lineOf(detail) };
    const caseFile = attr(node, 'file');
    const fromTrace = locateInTrace([tc.details, tc.message].filter(Boolean).join('\n'), {
        classname: tc.classname,
        file: caseFile,
    });
    if (fromTrace && (!caseFile || sameFile(fromTrace.file, caseFile)))
        return fromTrace;
    if (caseFile && caseFile !== '.py')
        return { file: caseFile, line: lineOf(node) };
    return fromTrace;
}
function sameFile(a, b) {
    const na = a.replace(/\\/g, '/');
    const nb = b.replace(/\\/g, '/').replace(/^\.\//, '');
    return na === nb || na.endsWith(`/${nb}`) || nb.endsWith(`/${na}`);
}
function propertiesOf(node) {
    const props = children(node, 'properties').flatMap((p) => children(p, 'property'));
    if (props.length === 0)
        return undefined;
    const out = {};
    for (const p of props) {
        const name = attr(p, 'name');
        if (name)
            out[name] = attr(p, 'value') ?? textOf(p);
    }
    return out;
}
function walkSuite(node, parentPath, walk) {
    const own = attr(node, 'name') || '';
    const path = parentPath && own ? `${parentPath} › ${own}` : own || parentPath || '(unnamed suite)';
    const cases = children(node, 'testcase').map((c) => caseOf(c, path, walk.file));
    const counts = emptyCounts();
    let caseTime = 0;
    for (const c of cases) {
        counts.total++;
        counts[c.status]++;
        if (c.flaky)
            counts.flaky++;
        caseTime += c.durationSeconds ?? 0;
    }
    const index = walk.suites.length;
    const suite = {
        name: path,
        reportFile: walk.file,
        durationSeconds: parseTime(attr(node, 'time')),
        properties: propertiesOf(node),
        counts,
        cases,
    };
    if (cases.length > 0 || children(node, 'testsuite').length === 0)
        walk.suites.push(suite);
    let nestedTime = 0;
    const total = { ...counts };
    for (const child of [...children(node, 'testsuite'), ...children(node, 'testsuites')]) {
        const r = walkSuite(child, path, walk);
        addCounts(total, r.counts);
        nestedTime += r.duration;
    }
    const duration = suite.durationSeconds ?? caseTime + nestedTime;
    if (suite.durationSeconds === undefined && walk.suites[index] === suite)
        suite.durationSeconds = caseTime;
    return { counts: total, duration };
}
/** Parses JUnit XML text. Throws JUnitParseError when the text is not well-formed JUnit XML. */
function parseJUnit(xml, file) {
    const valid = fxp/* XMLValidator */.iI.validate(xml, { allowBooleanAttributes: true });
    if (valid !== true) {
        const e = valid.err;
        throw new JUnitParseError(file, `not well-formed XML at line ${e.line}${e.col ? `, column ${e.col}` : ''}: ${e.msg}`);
    }
    let doc;
    try {
        doc = parser.parse(xml);
    }
    catch (err) {
        throw new JUnitParseError(file, `not readable as XML: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    const walk = { file, suites: [] };
    const counts = emptyCounts();
    let duration = 0;
    const roots = children(doc, 'testsuites');
    const bare = children(doc, 'testsuite');
    if (roots.length === 0 && bare.length === 0) {
        const root = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#')) ?? 'nothing';
        // The other formats are told by their root element: TRX, NUnit 3, xUnit.net v2.
        const other = otherFormat(root);
        if (other)
            return other(xml, file);
        throw new JUnitParseError(file, `not a test report: the root element is <${root}>, expected JUnit (<testsuites> or <testsuite>), TRX (<TestRun>), NUnit 3 (<test-run>) or xUnit.net v2 (<assemblies>)`);
    }
    for (const root of roots) {
        let rootDuration = 0;
        for (const s of [...children(root, 'testsuite'), ...children(root, 'testsuites')]) {
            const r = walkSuite(s, '', walk);
            addCounts(counts, r.counts);
            rootDuration += r.duration;
        }
        // Bare <testcase> directly under <testsuites> (seen from some Go and CTest reporters).
        if (children(root, 'testcase').length > 0) {
            const r = walkSuite({ ...root, testsuite: [], testsuites: [] }, '', walk);
            addCounts(counts, r.counts);
        }
        duration += parseTime(attr(root, 'time')) ?? rootDuration;
    }
    for (const s of bare) {
        const r = walkSuite(s, '', walk);
        addCounts(counts, r.counts);
        duration += r.duration;
    }
    return { file, suites: walk.suites, counts, durationSeconds: duration };
}
async function parseJUnitFile(file) {
    let xml;
    try {
        xml = await external_fs_.promises.readFile(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new JUnitParseError(file, `cannot be read (${code ?? (0,errors/* errorMessage */.gJ)(err)})`);
    }
    if (xml.charCodeAt(0) === 0xfeff)
        xml = xml.slice(1);
    if (xml.trim() === '')
        throw new JUnitParseError(file, 'is empty');
    return parseJUnit(xml, file);
}
/** Parses every file; a file that fails is listed in `unreadable` and the others still count. */
async function readReports(files) {
    const report = {
        files: [],
        unreadable: [],
        counts: emptyCounts(),
        durationSeconds: 0,
    };
    for (const file of files) {
        try {
            const parsed = await parseJUnitFile(file);
            report.files.push(parsed);
            addCounts(report.counts, parsed.counts);
            report.durationSeconds += parsed.durationSeconds;
        }
        catch (err) {
            if (err instanceof JUnitParseError)
                report.unreadable.push({ file, reason: err.reason });
            else
                throw err;
        }
    }
    return report;
}
function* allCases(report) {
    for (const f of report.files)
        for (const s of f.suites)
            for (const c of s.cases)
                yield c;
}

// EXTERNAL MODULE: ./shared/duration.ts
var duration = __webpack_require__(15784);
;// CONCATENATED MODULE: ./shared/capabilities/unit-tests/summary.ts



function displayName(c) {
    const prefix = c.classname && !c.name.startsWith(c.classname) ? `${c.classname} › ` : '';
    return `${prefix}${c.name}`;
}
function locationText(c) {
    if (!c.location)
        return undefined;
    return c.location.line ? `${c.location.file}:${c.location.line}` : c.location.file;
}
function headline(input) {
    const { counts } = input.report;
    const icon = input.failure ? '❌' : counts.failed + counts.errored > 0 ? '⚠️' : '✅';
    const parts = [`${counts.passed} passed`];
    if (counts.failed)
        parts.push(`${counts.failed} failed`);
    if (counts.errored)
        parts.push(`${counts.errored} errored`);
    if (counts.skipped)
        parts.push(`${counts.skipped} skipped`);
    if (counts.total === 0)
        parts.splice(0, parts.length, 'no tests found');
    return `### ${icon} ${(0,markdown/* escapeMarkdown */.FV)(input.title)}: ${parts.join(', ')}\n\n`;
}
function totalsTable(input) {
    const { counts, durationSeconds } = input.report;
    const headers = ['Total', 'Passed', 'Failed', 'Errored', 'Skipped'];
    const row = [
        counts.total,
        counts.passed,
        counts.failed,
        counts.errored,
        counts.skipped,
    ];
    if (counts.flaky) {
        headers.push('Flaky');
        row.push(counts.flaky);
    }
    headers.push('Duration');
    row.push((0,duration/* formatDuration */.a)(durationSeconds * 1000));
    return (0,markdown/* table */.tp)(headers, [row], headers.map(() => 'right'));
}
function statusLines(input) {
    const lines = [];
    const cmd = input.command;
    if (cmd) {
        const how = cmd.timedOut
            ? `timed out after ${(0,duration/* formatDuration */.a)(cmd.durationSeconds * 1000)} and was stopped`
            : cmd.cancelled
                ? 'was cancelled'
                : cmd.exitCode === 0
                    ? 'exited with code 0'
                    : `exited with code ${cmd.exitCode ?? `signal ${cmd.signal}`}`;
        lines.push(`The test command ${how} (${(0,duration/* formatDuration */.a)(cmd.durationSeconds * 1000)}).`);
    }
    const cov = input.coverage;
    if (cov) {
        const gate = input.minCoverage === undefined
            ? ''
            : cov.lineRate * 100 >= input.minCoverage
                ? ` — meets the minimum of ${input.minCoverage}% ✅`
                : ` — below the minimum of ${input.minCoverage}% ❌`;
        const branch = cov.branchRate === undefined ? '' : `, branches ${(0,markdown/* formatPercent */.l9)(cov.branchRate)}`;
        lines.push(`Coverage: lines ${(0,markdown/* formatPercent */.l9)(cov.lineRate)}${branch}${gate}.`);
    }
    for (const u of input.report.unreadable) {
        lines.push(`⚠️ Not read: \`${(0,markdown/* escapeMarkdown */.FV)(u.file)}\`: ${(0,markdown/* escapeMarkdown */.FV)(u.reason)}`);
    }
    if (input.failure)
        lines.push(`**Failed:** ${(0,markdown/* escapeMarkdown */.FV)(input.failure)}`);
    if (input.annotationsLeftOut) {
        lines.push(`${input.annotationsLeftOut} failed tests were not annotated (annotation limit); all are listed below.`);
    }
    if (input.runUrl)
        lines.push(`[Run](${input.runUrl})`);
    return lines.length ? `${lines.join('  \n')}\n\n` : '';
}
function failureSection(c, limits) {
    const where = locationText(c);
    const icon = c.status === 'errored' ? '💥' : '❌';
    let md = `${icon} **${(0,markdown/* escapeMarkdown */.FV)(displayName(c))}**`;
    if (c.suite && c.suite !== c.classname)
        md += ` · ${(0,markdown/* escapeMarkdown */.FV)(c.suite)}`;
    if (where)
        md += ` · \`${where.replace(/`/g, "'")}\``;
    md += '\n\n';
    const message = c.message || c.type;
    if (message)
        md += (0,markdown/* codeBlock */.DV)((0,markdown/* trimText */.Oj)(message, 10, 1000));
    const trace = c.details && c.details !== c.message ? c.details : undefined;
    if (trace) {
        md += (0,markdown/* details */.zH)('Trace', (0,markdown/* codeBlock */.DV)((0,markdown/* trimText */.Oj)(trace, limits.traceLines ?? 30, limits.traceChars ?? 4000)));
    }
    return `${md}\n`;
}
/**
 * The step summary: the verdict and totals first, then each failed test with its message and a
 * trimmed trace, then the suites collapsed. Kept under `maxBytes`; what did not fit is counted in
 * a closing note.
 */
function renderSummary(input, limits) {
    const doc = new markdown/* BoundedMarkdown */.P_(limits.maxBytes, 1024);
    doc.force(headline(input));
    doc.force(totalsTable(input));
    doc.force('\n');
    doc.add(statusLines(input));
    const failed = [];
    const flaky = [];
    for (const c of allCases(input.report)) {
        if (c.status === 'failed' || c.status === 'errored')
            failed.push(c);
        else if (c.flaky)
            flaky.push(c);
    }
    let leftOutFailures = 0;
    if (failed.length > 0) {
        doc.add(`#### Failed tests (${failed.length})\n\n`);
        for (let i = 0; i < failed.length; i++) {
            if (!doc.add(failureSection(failed[i], limits))) {
                leftOutFailures = failed.length - i;
                break;
            }
        }
    }
    if (flaky.length > 0 && leftOutFailures === 0) {
        const rows = flaky
            .slice(0, 200)
            .map((c) => `- ${(0,markdown/* escapeMarkdown */.FV)(displayName(c))}${c.message ? `: ${(0,markdown/* escapeMarkdown */.FV)((0,markdown/* trimText */.Oj)(c.message, 1, 200))}` : ''}`);
        if (flaky.length > 200)
            rows.push(`- … and ${flaky.length - 200} more`);
        doc.add((0,markdown/* details */.zH)(`Flaky tests: passed on a rerun (${flaky.length})`, rows.join('\n')));
    }
    const suites = input.report.files.flatMap((f) => f.suites);
    // Failures matter more than the suite table: when they did not all fit, the table is left out.
    let leftOutSuites = leftOutFailures > 0 ? suites.length : 0;
    if (suites.length > 0 && leftOutFailures === 0) {
        const header = (0,markdown/* table */.tp)(['Suite', 'Tests', 'Passed', 'Failed', 'Errored', 'Skipped', 'Time'], [], ['left', 'right', 'right', 'right', 'right', 'right', 'right']);
        const rows = [];
        // The rows must fit along with the <details> wrapper; count as we go.
        let budget = doc.remaining() - header.length - 200;
        for (const s of suites) {
            const icon = s.counts.failed + s.counts.errored > 0 ? '❌ ' : '';
            const row = `| ${icon}${(0,markdown/* escapeCell */.kq)(s.name)} | ${s.counts.total} | ${s.counts.passed} | ${s.counts.failed} | ${s.counts.errored} | ${s.counts.skipped} | ${(0,duration/* formatDuration */.a)(s.durationSeconds === undefined ? undefined : s.durationSeconds * 1000)} |\n`;
            const size = Buffer.byteLength(row);
            if (size > budget) {
                leftOutSuites = suites.length - rows.length;
                break;
            }
            budget -= size;
            rows.push(row);
        }
        if (rows.length > 0)
            doc.add((0,markdown/* details */.zH)(`Suites (${suites.length})`, header + rows.join('')));
        else
            leftOutSuites = suites.length;
    }
    if (leftOutFailures || leftOutSuites) {
        const what = [
            leftOutFailures ? `${leftOutFailures} failed tests` : '',
            leftOutSuites ? `${leftOutSuites} suites` : '',
        ].filter(Boolean);
        doc.force(`\n_${what.join(' and ')} not shown: the summary is limited to ${Math.round(limits.maxBytes / 1024)} KiB. The full list is in the JSON report (\`report-json\` output)._\n`);
    }
    return doc.toString();
}

;// CONCATENATED MODULE: ./shared/capabilities/unit-tests/annotations.ts







const toSlash = (p) => p.replace(/\\/g, '/');
/**
 * Turns a path from a report into one relative to the repository, which is what GitHub needs to
 * place an annotation on the diff. Reports carry absolute paths from other machines
 * (`/Users/me/proj/tests/x.py`), Java package paths (`org/acme/FooTest.java`) and Go file names
 * relative to the package: each is looked for under the workspace.
 */
function resolveSourcePath(file, workspace, workingDirectory, cache = new Map()) {
    const cached = cache.get(file);
    if (cached !== undefined)
        return cached;
    const result = resolveUncached(file, external_path_default().resolve(workspace), external_path_default().resolve(workingDirectory));
    cache.set(file, result);
    return result;
}
function resolveUncached(file, workspace, cwd) {
    const given = toSlash(file);
    const rel = (abs) => toSlash(external_path_default().relative(workspace, abs));
    const isAbs = external_path_default().isAbsolute(file) || /^[A-Za-z]:[\\/]/.test(file);
    if (isAbs) {
        const ws = toSlash(workspace);
        if (given.startsWith(`${ws}/`))
            return given.slice(ws.length + 1);
        // From another machine: the longest tail of the path that exists here.
        const parts = given
            .replace(/^[A-Za-z]:/, '')
            .split('/')
            .filter(Boolean);
        for (let i = 1; i < parts.length; i++) {
            const tail = parts.slice(i).join('/');
            for (const base of [cwd, workspace]) {
                if ((0,external_fs_.existsSync)(external_path_default().join(base, tail)))
                    return rel(external_path_default().join(base, tail));
            }
        }
        return given;
    }
    const clean = given.replace(/^\.\//, '');
    if ((0,external_fs_.existsSync)(external_path_default().join(cwd, clean)))
        return rel(external_path_default().join(cwd, clean));
    if ((0,external_fs_.existsSync)(external_path_default().join(workspace, clean)))
        return clean;
    try {
        const found = (0,dist/* globSync */.AZ)(`**/${clean}`, {
            cwd,
            ignore: ['**/node_modules/**', '**/.git/**', '**/.venv/**', '**/venv/**'],
            absolute: true,
            onlyFiles: true,
            dot: false,
        });
        if (found.length > 0)
            return rel(found.sort((a, b) => a.length - b.length)[0]);
    }
    catch {
        // A pattern tinyglobby refuses: keep the path as the report gave it.
    }
    return clean;
}
/**
 * Rewrites the locations of failed and errored tests to repository paths, so that the summary,
 * the annotations and the JSON report all show the path a reader can open. The search for a
 * path that is not where the report says is bounded, for reports with thousands of failures.
 */
function resolveLocations(report, workspace, workingDirectory, maxSearches = 200) {
    const cache = new Map();
    for (const c of allCases(report)) {
        if (!c.location || (c.status !== 'failed' && c.status !== 'errored'))
            continue;
        if (!cache.has(c.location.file) && cache.size >= maxSearches)
            continue;
        c.location = {
            ...c.location,
            file: resolveSourcePath(c.location.file, workspace, workingDirectory, cache),
        };
    }
}
/**
 * One error annotation per failed or errored test, on its file and line where known, at most
 * `max`; says how many were left out.
 */
function annotateFailures(report, opts) {
    const cache = new Map();
    let written = 0;
    let failedTotal = 0;
    for (const c of allCases(report)) {
        if (c.status !== 'failed' && c.status !== 'errored')
            continue;
        failedTotal++;
        if (written >= opts.max)
            continue;
        const title = `${c.status === 'errored' ? 'Error in' : 'Failed:'} ${displayName(c)}`;
        const body = [c.message, c.details && c.details !== c.message ? c.details : undefined]
            .filter(Boolean)
            .join('\n\n') ||
            c.type ||
            'Test failed';
        const file = c.location
            ? resolveSourcePath(c.location.file, opts.workspace, opts.workingDirectory, cache)
            : undefined;
        opts.logger.error((0,markdown/* trimText */.Oj)(body, 20, 2000), {
            file,
            line: c.location?.line,
            title: (0,markdown/* trimText */.Oj)(title, 1, 200),
        });
        written++;
    }
    const leftOut = failedTotal - written;
    if (leftOut > 0) {
        opts.logger.warning(`${leftOut} more failed tests were not annotated: at most ${opts.max} annotations are written (${(0,errors/* inputRef */.io)('max-annotations')}). The job summary lists them all.`);
    }
    return { written, leftOut };
}

;// CONCATENATED MODULE: ./shared/capabilities/unit-tests/check-run.ts



const check_run_toSlash = (p) => p.replace(/\\/g, '/');
/**
 * One failure annotation per failed or errored test, for the check run. Locations are already
 * repository paths (resolveLocations); a test without one is placed on its result file, line 1,
 * since GitHub needs a path for every annotation.
 */
function checkAnnotations(report, workspace) {
    const out = [];
    for (const c of allCases(report)) {
        if (c.status !== 'failed' && c.status !== 'errored')
            continue;
        const reportPath = check_run_toSlash(external_path_default().relative(workspace, c.reportFile));
        out.push({
            path: c.location?.file ?? reportPath,
            line: c.location?.line ?? 1,
            level: 'failure',
            title: `${c.status === 'errored' ? 'Error in' : 'Failed:'} ${displayName(c)}`,
            message: c.message || c.type || 'Test failed',
            details: c.details && c.details !== c.message ? c.details : undefined,
        });
    }
    return out;
}
/** The check's own verdict: the step's verdict, so that the checks list agrees with the step. */
function checkConclusion(failure, failedTests) {
    if (failure)
        return 'failure';
    return failedTests > 0 ? 'neutral' : 'success';
}

;// CONCATENATED MODULE: ./shared/capabilities/unit-tests/pr-state.ts


/** What the PR report records for the next run to compare with: counts and failed tests by name. */
function reportState(report, failure, sha) {
    const failures = [];
    for (const c of allCases(report))
        if (c.status === 'failed' || c.status === 'errored')
            failures.push(displayName(c));
    const { passed, failed, errored, skipped } = report.counts;
    return {
        failed: failure !== undefined || failed + errored > 0,
        counts: { passed, failed, errored, skipped },
        failures,
        durationSeconds: Number(report.durationSeconds.toFixed(3)),
        sha,
    };
}

// EXTERNAL MODULE: external "child_process"
var external_child_process_ = __webpack_require__(35317);
;// CONCATENATED MODULE: ./shared/capabilities/unit-tests/command.ts


const TAIL_LINES = 30;
/**
 * Like GitHub's `run:` on Linux and macOS: bash without profiles, `-e` and `pipefail`, so that
 * `pytest | tee log` fails when pytest fails. Falls back to sh, and to cmd on Windows.
 */
function defaultShell(command) {
    if (process.platform === 'win32')
        return { file: 'cmd.exe', args: ['/d', '/s', '/c', command] };
    const bash = ['/bin/bash', '/usr/bin/bash', '/usr/local/bin/bash'].find((p) => (0,external_fs_.existsSync)(p));
    if (bash)
        return { file: bash, args: ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command] };
    return { file: '/bin/sh', args: ['-e', '-c', command] };
}
/**
 * Runs the test command in its own process group, streaming its output line by line. On timeout
 * or abort the whole group gets SIGTERM, then SIGKILL after a grace period, so test runners that
 * spawn workers (pytest-xdist, jest) do not outlive the step.
 */
function runCommand(opts) {
    const shell = opts.shell ?? defaultShell(opts.command);
    const startedAt = Date.now();
    const tail = [];
    const windows = process.platform === 'win32';
    return new Promise((resolve, reject) => {
        const child = (0,external_child_process_.spawn)(shell.file, shell.args, {
            cwd: opts.cwd,
            env: opts.env,
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: !windows,
            windowsHide: true,
        });
        let timedOut = false;
        let cancelled = false;
        let killTimer;
        const stop = () => {
            if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null)
                return;
            signalGroup(child.pid, 'SIGTERM', windows);
            killTimer = setTimeout(() => {
                if (child.pid !== undefined)
                    signalGroup(child.pid, 'SIGKILL', windows);
            }, (opts.killGraceSeconds ?? 10) * 1000);
            killTimer.unref();
        };
        const timer = opts.timeoutSeconds && opts.timeoutSeconds > 0
            ? setTimeout(() => {
                timedOut = true;
                opts.onLine(`The command ran longer than the timeout of ${opts.timeoutSeconds} s: stopping it.`, 'stderr');
                stop();
            }, opts.timeoutSeconds * 1000)
            : undefined;
        const onAbort = () => {
            cancelled = true;
            stop();
        };
        if (opts.signal?.aborted)
            onAbort();
        else
            opts.signal?.addEventListener('abort', onAbort, { once: true });
        const lineReader = (stream) => {
            let buffer = '';
            return {
                data(chunk) {
                    buffer += chunk.toString('utf8');
                    let nl;
                    while ((nl = buffer.indexOf('\n')) >= 0) {
                        emit(buffer.slice(0, nl).replace(/\r$/, ''), stream);
                        buffer = buffer.slice(nl + 1);
                    }
                },
                flush() {
                    if (buffer !== '')
                        emit(buffer, stream);
                    buffer = '';
                },
            };
        };
        const emit = (line, stream) => {
            tail.push(line);
            if (tail.length > TAIL_LINES)
                tail.shift();
            opts.onLine(line, stream);
        };
        const out = lineReader('stdout');
        const err = lineReader('stderr');
        child.stdout?.on('data', out.data);
        child.stderr?.on('data', err.data);
        const cleanup = () => {
            if (timer)
                clearTimeout(timer);
            if (killTimer)
                clearTimeout(killTimer);
            opts.signal?.removeEventListener('abort', onAbort);
        };
        child.on('error', (e) => {
            cleanup();
            reject(e);
        });
        // Background processes the command left behind would hold the pipes open and 'close' would
        // never come: end them with the group once the shell itself has exited.
        child.on('exit', () => {
            if (child.pid !== undefined && !windows)
                signalGroup(child.pid, 'SIGTERM', windows);
        });
        child.on('close', (code, signal) => {
            cleanup();
            out.flush();
            err.flush();
            resolve({
                exitCode: code,
                signal,
                timedOut,
                cancelled,
                durationSeconds: (Date.now() - startedAt) / 1000,
                tail,
                startedAt,
            });
        });
    });
}
function signalGroup(pid, signal, windows) {
    try {
        if (windows) {
            // No process groups: taskkill ends the tree.
            (0,external_child_process_.spawn)('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true });
        }
        else {
            process.kill(-pid, signal);
        }
    }
    catch {
        // Already gone.
    }
}

;// CONCATENATED MODULE: ./shared/capabilities/unit-tests/coverage.ts



class CoverageError extends Error {
    name = 'CoverageError';
}
// Only the root element's attributes are needed: stop at <packages> so big reports stay cheap.
const coverage_parser = new XMLParser/* default */.A({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    processEntities: false,
    htmlEntities: false,
    parseAttributeValue: false,
    parseTagValue: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    stopNodes: ['coverage.packages', 'coverage.sources'],
});
const num = (v) => {
    if (typeof v !== 'string' || v.trim() === '')
        return undefined;
    const n = Number(v);
    return Number.isFinite(n) && n >= 0 ? n : undefined;
};
function parseCobertura(xml, file) {
    const valid = fxp/* XMLValidator */.iI.validate(xml);
    if (valid !== true)
        throw new CoverageError(`${file}: not well-formed XML at line ${valid.err.line}: ${valid.err.msg}`);
    const doc = coverage_parser.parse(xml);
    const cov = doc.coverage;
    if (!cov || typeof cov !== 'object')
        throw new CoverageError(`${file}: not a Cobertura report (no <coverage> root element)`);
    const linesCovered = num(cov['@lines-covered']);
    const linesValid = num(cov['@lines-valid']);
    const branchesCovered = num(cov['@branches-covered']);
    const branchesValid = num(cov['@branches-valid']);
    const lineRate = num(cov['@line-rate']) ?? (linesValid ? (linesCovered ?? 0) / linesValid : undefined);
    if (lineRate === undefined)
        throw new CoverageError(`${file}: the <coverage> element has no line-rate`);
    const branchRate = branchesValid === 0 ? undefined : num(cov['@branch-rate']);
    return {
        lineRate: Math.min(1, lineRate),
        branchRate,
        linesCovered,
        linesValid,
        branchesCovered,
        branchesValid,
    };
}
/**
 * Reads Cobertura reports and combines them: weighted by line (and branch) counts when every file
 * gives them, else the plain mean of the rates.
 */
async function readCoverage(files) {
    const roots = [];
    for (const file of files) {
        let xml;
        try {
            xml = await external_fs_.promises.readFile(file, 'utf8');
        }
        catch (err) {
            throw new CoverageError(`${file}: cannot be read (${err.code ?? (0,errors/* errorMessage */.gJ)(err)})`);
        }
        roots.push(parseCobertura(xml.replace(/^\ufeff/, ''), file));
    }
    if (roots.length === 0)
        throw new CoverageError('no coverage files');
    const weighted = roots.every((r) => r.linesValid !== undefined && r.linesCovered !== undefined);
    const linesValid = weighted ? roots.reduce((a, r) => a + (r.linesValid ?? 0), 0) : undefined;
    const linesCovered = weighted ? roots.reduce((a, r) => a + (r.linesCovered ?? 0), 0) : undefined;
    const lineRate = weighted && linesValid
        ? linesCovered / linesValid
        : roots.reduce((a, r) => a + r.lineRate, 0) / roots.length;
    const withBranches = roots.filter((r) => r.branchRate !== undefined);
    let branchRate;
    if (withBranches.length > 0) {
        const bValid = withBranches.reduce((a, r) => a + (r.branchesValid ?? 0), 0);
        branchRate =
            withBranches.every((r) => r.branchesValid !== undefined && r.branchesCovered !== undefined) &&
                bValid > 0
                ? withBranches.reduce((a, r) => a + (r.branchesCovered ?? 0), 0) / bValid
                : withBranches.reduce((a, r) => a + r.branchRate, 0) / withBranches.length;
    }
    return { lineRate, branchRate, linesCovered, linesValid, files };
}
/** The min-coverage gate: `min` is a percentage (0–100) of lines. Returns why it failed, or undefined. */
function coverageGate(result, min) {
    if (min === undefined)
        return undefined;
    const pct = result.lineRate * 100;
    // Compare at the precision we print, so that "80.0% is below 80%" never happens.
    if (Math.round(pct * 10) / 10 >= min)
        return undefined;
    return `line coverage ${pct.toFixed(1)}% is below the minimum of ${min}% (${(0,errors/* inputRef */.io)('min-coverage')})`;
}

// EXTERNAL MODULE: ./shared/capabilities/unit-tests/manifest.ts
var manifest = __webpack_require__(49979);
;// CONCATENATED MODULE: ./shared/capabilities/unit-tests/policy.ts

const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/**
 * The reasons the step fails, in the order a user would look at them; empty when it passes.
 * A timeout or cancellation always fails: the results are incomplete.
 */
function failureReasons(p) {
    const reasons = [];
    const { counts, command } = p;
    if (command?.timedOut)
        reasons.push(`the test command timed out after ${p.timeoutSeconds ?? Math.round(command.durationSeconds)} s`);
    else if (command?.cancelled)
        reasons.push('the test command was cancelled');
    if (p.failOn === 'failures' && counts.failed + counts.errored > 0) {
        const parts = [
            counts.failed ? plural(counts.failed, 'test') + ' failed' : '',
            counts.errored ? plural(counts.errored, 'test') + ' errored' : '',
        ];
        reasons.push(parts.filter(Boolean).join(', '));
    }
    else if (p.failOn === 'errors' && counts.errored > 0) {
        reasons.push(`${plural(counts.errored, 'test')} errored`);
    }
    if (p.failOnEmpty && counts.total === 0) {
        reasons.push(p.filesFound === 0
            ? `no test results matched ${p.patterns.map((x) => (0,errors/* quoteValue */.cl)(x)).join(', ')} (${(0,errors/* inputRef */.io)('fail-on-empty')})`
            : `the ${plural(p.filesFound, 'result file')} held no test cases (${(0,errors/* inputRef */.io)('fail-on-empty')})`);
    }
    if (p.failOnExitCode &&
        command &&
        !command.timedOut &&
        !command.cancelled &&
        command.exitCode !== 0) {
        // Test failures already explain a non-zero exit; say it only when the results do not.
        const explained = counts.failed + counts.errored > 0 && p.failOn !== 'nothing';
        if (!explained) {
            reasons.push(command.exitCode === null
                ? `the test command was killed by ${command.signal}`
                : `the test command exited with code ${command.exitCode} (${(0,errors/* inputRef */.io)('fail-on-exit-code')})`);
        }
    }
    if (p.coverageProblem)
        reasons.push(p.coverageProblem);
    return reasons;
}

// EXTERNAL MODULE: ./shared/report/report-state.ts
var report_state = __webpack_require__(3119);
// EXTERNAL MODULE: ./shared/report/event-target.ts
var event_target = __webpack_require__(60123);
// EXTERNAL MODULE: ./shared/artifacts.ts
var artifacts = __webpack_require__(93197);
;// CONCATENATED MODULE: ./shared/capabilities/unit-tests/settings.ts






/**
 * The longest glob pattern taken: a path is at most 4096 bytes on Linux, and far longer patterns
 * make the matcher throw from inside its directory walk ("Regular expression too large"), where
 * it cannot be caught.
 */
const MAX_PATTERN_CHARS = 4096;
function readSettings(ctx) {
    const { inputs } = ctx;
    const workspace = ctx.workspaceDir;
    const workingDirectory = external_path_default().resolve(workspace, inputs.string('working-directory'));
    let isDir = false;
    try {
        isDir = (0,external_fs_.statSync)(workingDirectory).isDirectory();
    }
    catch {
        isDir = false;
    }
    if (!isDir) {
        throw new errors/* InputError */.dz('working-directory', `points to ${(0,errors/* quoteValue */.cl)(workingDirectory)}, which is not a directory`, 'Give a folder relative to the repository root.');
    }
    const timeout = inputs.number('timeout');
    const coverage = patterns(ctx, 'coverage');
    const minCoverage = inputs.number('min-coverage');
    if (minCoverage !== undefined && coverage.length === 0) {
        throw new errors/* InputError */.dz('min-coverage', 'needs coverage reports to check', `Set ${(0,errors/* inputRef */.io)('coverage')} to your Cobertura XML file, e.g. \`coverage.xml\`.`);
    }
    const results = patterns(ctx, 'results');
    if (results.length === 0) {
        throw new errors/* InputError */.dz('results', 'has no pattern', 'Give the JUnit XML files, e.g. `test-results/**/*.xml`.');
    }
    return {
        command: inputs.string('command'),
        workingDirectory,
        env: inputs.stringMap('env') ?? {},
        timeoutSeconds: timeout && timeout > 0 ? timeout : undefined,
        results,
        failOn: inputs.choice('fail-on'),
        failOnExitCode: inputs.boolean('fail-on-exit-code'),
        failOnEmpty: inputs.boolean('fail-on-empty'),
        coverage,
        minCoverage,
        prComment: (0,report_state/* prCommentMode */.XS)(inputs.choice('pr-comment')),
        reportKey: inputs.string('report-key'),
        checkName: inputs.string('check-name')?.trim() || undefined,
        target: (0,event_target/* readReportTarget */.E)(workspace, inputs.string('event-file'), inputs.string('event-name'), inputs.string('commit')),
        // GitHub only (the ADO host uses the job's own token); the runner fills its default there.
        token: inputs.string('github-token'),
        maxAnnotations: inputs.number('max-annotations'),
        title: inputs.string('title'),
        workspace,
        artifactName: artifactName(ctx),
        tempDirectory: ctx.tempDir,
    };
}
function artifactName(ctx) {
    return (0,artifacts/* chosenArtifactName */.Ai)(ctx.ci, 'unit-tests', {
        upload: ctx.inputs.boolean('upload-artifact'),
        name: ctx.inputs.string('artifact-name'),
        reportKey: ctx.inputs.string('report-key'),
    });
}
function patterns(ctx, input) {
    const list = ctx.inputs.list(input);
    const long = list.find((p) => p.length > MAX_PATTERN_CHARS);
    if (long !== undefined) {
        throw new errors/* InputError */.dz(input, `has a pattern of ${long.length} characters, ${(0,errors/* quoteValue */.cl)(long)}; the limit is ${MAX_PATTERN_CHARS}`, 'Give glob patterns like `test-results/**/*.xml`, one per line.');
    }
    return list;
}

;// CONCATENATED MODULE: ./shared/capabilities/unit-tests/index.ts

















// Room for whatever else the job writes to the same step summary.
const SUMMARY_BYTES = markdown/* GITHUB_SUMMARY_LIMIT_BYTES */.d4 - 64 * 1024;
// Bytes ≥ characters, so a byte budget keeps the comment under GitHub's character limit.
const PR_REPORT_BYTES = 60_000;
/** Files matching `input`'s patterns; a pattern the matcher refuses is that input's error. */
async function findFiles(input, patterns, cwd) {
    let files;
    try {
        files = await (0,dist/* glob */.TI)(patterns, {
            cwd,
            absolute: true,
            onlyFiles: true,
            dot: true,
            ignore: patterns.some((p) => p.includes('node_modules')) ? [] : ['**/node_modules/**'],
        });
    }
    catch (err) {
        throw new errors/* InputError */.dz(input, `has a pattern that cannot be used (${(0,errors/* cutText */.IN)(errorText(err))})`, 'Write glob patterns like `test-results/**/*.xml`, one per line.');
    }
    return files.sort();
}
function errorText(err) {
    return err instanceof Error ? err.message : String(err);
}
function patternList(patterns) {
    const shown = patterns.slice(0, 5).map((p) => (0,errors/* quoteValue */.cl)(p));
    return patterns.length > 5
        ? `${shown.join(', ')} and ${patterns.length - 5} more`
        : shown.join(', ');
}
async function run(settings, ctx) {
    if (!settings.command)
        return undefined;
    ctx.logger.info(`Running: ${settings.command}`);
    try {
        return await ctx.logger.group('Test command output', () => runCommand({
            command: settings.command,
            cwd: settings.workingDirectory,
            env: { ...ctx.env, ...settings.env },
            timeoutSeconds: settings.timeoutSeconds,
            signal: ctx.signal,
            onLine: (line) => ctx.logger.info(line),
        }));
    }
    catch (err) {
        throw new errors/* UserError */.yo(`The test command could not be started: ${(0,errors/* cutText */.IN)(errorText(err))}. Check ${(0,errors/* inputRef */.io)('command')} and ${(0,errors/* inputRef */.io)('working-directory')}.`);
    }
}
/** Warns about result files older than the command: left over from an earlier run, not this one. */
function warnStale(files, command, ctx) {
    if (!command)
        return;
    for (const f of files) {
        try {
            if ((0,external_fs_.statSync)(f).mtimeMs < command.startedAt - 2000) {
                ctx.logger.warning(`${f} was not written by this run (it is older than the test command): it may hold stale results.`);
            }
        }
        catch {
            // Reported when it is read.
        }
    }
}
async function collectCoverage(settings, ctx) {
    if (settings.coverage.length === 0)
        return {};
    const files = await findFiles('coverage', settings.coverage, settings.workingDirectory);
    if (files.length === 0) {
        const msg = `no coverage report matched ${patternList(settings.coverage)}`;
        ctx.logger.warning(`${msg}.`);
        return {
            problem: settings.minCoverage !== undefined
                ? `${msg} (${(0,errors/* inputRef */.io)('min-coverage')} cannot be checked)`
                : undefined,
        };
    }
    try {
        const coverage = await readCoverage(files);
        return { coverage, problem: coverageGate(coverage, settings.minCoverage) };
    }
    catch (err) {
        ctx.logger.warning(`Coverage not read: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return {
            problem: settings.minCoverage !== undefined
                ? `coverage could not be read (${(0,errors/* errorMessage */.gJ)(err)})`
                : undefined,
        };
    }
}
/** The machine-readable report: totals, coverage and every case; failures with message, location and trace. */
async function writeJsonReport(settings, ctx, data) {
    const dir = external_path_default().join(settings.tempDirectory, 'databricks-mlops');
    await external_fs_.promises.mkdir(dir, { recursive: true });
    const file = external_path_default().join(dir, `unit-tests-${ctx.ci.runId ?? 'local'}-${ctx.ci.step ?? process.pid}-${Date.now()}.json`);
    const cases = [];
    for (const c of allCases(data.report)) {
        const failed = c.status === 'failed' || c.status === 'errored';
        cases.push({
            suite: c.suite,
            classname: c.classname,
            name: c.name,
            status: c.status,
            flaky: c.flaky || undefined,
            durationSeconds: c.durationSeconds,
            message: failed || c.flaky ? c.message : undefined,
            type: failed ? c.type : undefined,
            file: c.location?.file,
            line: c.location?.line,
            details: failed ? c.details : undefined,
            reportFile: failed ? c.reportFile : undefined,
        });
    }
    const json = {
        title: settings.title,
        outcome: data.failure ? 'failed' : 'passed',
        failure: data.failure,
        counts: data.report.counts,
        durationSeconds: data.report.durationSeconds,
        coverage: data.coverage,
        command: data.command
            ? {
                exitCode: data.command.exitCode,
                signal: data.command.signal,
                timedOut: data.command.timedOut,
                durationSeconds: data.command.durationSeconds,
            }
            : undefined,
        files: data.report.files.map((f) => f.file),
        unreadable: data.report.unreadable,
        cases,
    };
    await external_fs_.promises.writeFile(file, JSON.stringify(json));
    return file;
}
/** The JSON report and the result files it was read from, as one artifact. */
async function keepArtifact(ctx, name, jsonReport, report) {
    const files = [];
    if (jsonReport)
        files.push({ name: 'unit-tests-report.json', source: jsonReport });
    const sources = [...report.files.map((f) => f.file), ...report.unreadable.map((u) => u.file)];
    for (const file of sources)
        files.push({ name: `results/${external_path_default().basename(file)}`, source: file });
    const result = await ctx.artifacts.upload({ name, files });
    ctx.outputs.set('artifact-url', result.url);
    return result;
}
const unitTests = {
    manifest: manifest/* manifest */.e,
    async main(ctx) {
        const settings = readSettings(ctx);
        const command = await run(settings, ctx);
        const files = await findFiles('results', settings.results, settings.workingDirectory);
        warnStale(files, command, ctx);
        if (files.length === 0)
            ctx.logger.warning(`No test result file matched ${patternList(settings.results)} in ${(0,errors/* quoteValue */.cl)(settings.workingDirectory)}.`);
        const report = await readReports(files);
        for (const u of report.unreadable)
            ctx.logger.warning(`Test results not read: ${u.file}: ${u.reason}`);
        const { coverage, problem: coverageProblem } = await collectCoverage(settings, ctx);
        const reasons = failureReasons({
            counts: report.counts,
            failOn: settings.failOn,
            failOnExitCode: settings.failOnExitCode,
            failOnEmpty: settings.failOnEmpty,
            command,
            timeoutSeconds: settings.timeoutSeconds,
            filesFound: files.length,
            patterns: settings.results,
            coverageProblem,
        });
        // Rendered here: the failure also goes into the JSON report and the PR comment.
        const failure = reasons.length > 0 ? ctx.nameInputs(capitalize(reasons.join('; '))) : undefined;
        resolveLocations(report, settings.workspace, settings.workingDirectory);
        const annotations = annotateFailures(report, {
            max: settings.maxAnnotations,
            workspace: settings.workspace,
            workingDirectory: settings.workingDirectory,
            logger: ctx.logger,
        });
        // Outputs first: they must exist whatever happens to the summary or the PR report.
        const { counts } = report;
        ctx.outputs.set('total', counts.total);
        ctx.outputs.set('passed', counts.passed);
        ctx.outputs.set('failed', counts.failed);
        ctx.outputs.set('errored', counts.errored);
        ctx.outputs.set('skipped', counts.skipped);
        ctx.outputs.set('duration-seconds', Number(report.durationSeconds.toFixed(3)));
        ctx.outputs.set('coverage-line-rate', coverage ? Number(coverage.lineRate.toFixed(4)) : undefined);
        ctx.outputs.set('coverage-branch-rate', coverage?.branchRate !== undefined ? Number(coverage.branchRate.toFixed(4)) : undefined);
        let jsonReport;
        try {
            jsonReport = await writeJsonReport(settings, ctx, { report, coverage, command, failure });
            ctx.outputs.set('report-json', jsonReport);
        }
        catch (err) {
            ctx.logger.warning(`The JSON report could not be written: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
        const artifact = settings.artifactName
            ? await keepArtifact(ctx, settings.artifactName, jsonReport, report)
            : undefined;
        const summaryInput = {
            title: settings.title,
            report,
            coverage,
            minCoverage: settings.minCoverage,
            command,
            failure,
            annotationsLeftOut: annotations.leftOut,
        };
        await ctx.summary.append(renderSummary(summaryInput, { maxBytes: SUMMARY_BYTES }) +
            (artifact ? (0,artifacts/* artifactSummaryLine */.RJ)(artifact) : ''));
        // One publish per format: the ADO Tests tab reads each with its own parser. Files that could
        // not be read go as JUnit, for the agent to say what it makes of them.
        const byFormat = new Map();
        for (const f of report.files)
            byFormat.set(f.format ?? 'junit', [...(byFormat.get(f.format ?? 'junit') ?? []), f.file]);
        for (const u of report.unreadable)
            byFormat.set('junit', [...(byFormat.get('junit') ?? []), u.file]);
        for (const [format, list] of byFormat)
            ctx.publishTestResults(list, settings.title, format);
        if (settings.prComment !== 'off') {
            await ctx.prReport.upsert(renderSummary({ ...summaryInput, annotationsLeftOut: 0, runUrl: ctx.ci.runUrl }, { maxBytes: PR_REPORT_BYTES, traceLines: 15, traceChars: 1500 }), {
                key: settings.reportKey || (0,pr_comment/* defaultReportKey */.Hi)(ctx.ci, manifest/* manifest */.e.name),
                token: settings.token,
                resolved: !failure && counts.failed + counts.errored === 0,
                mode: settings.prComment,
                state: reportState(report, failure, settings.target?.sha ?? ctx.ci.sha),
                target: settings.target,
            });
        }
        if (settings.checkName) {
            const failedTests = counts.failed + counts.errored;
            await ctx.checkRun.publish({
                name: settings.checkName,
                conclusion: checkConclusion(failure, failedTests),
                title: failure ?? `${counts.passed} passed, ${failedTests} failed, ${counts.skipped} skipped`,
                summary: renderSummary({ ...summaryInput, annotationsLeftOut: 0, runUrl: ctx.ci.runUrl }, { maxBytes: PR_REPORT_BYTES, traceLines: 15, traceChars: 1500 }),
                annotations: checkAnnotations(report, settings.workspace),
                token: settings.token,
                sha: settings.target?.sha,
            });
        }
        if (failure)
            return { outcome: 'failed', message: failure };
        const issues = report.unreadable.length > 0 || counts.failed + counts.errored > 0;
        if (issues) {
            const what = [
                counts.failed + counts.errored > 0
                    ? `${counts.failed + counts.errored} tests failed (${(0,errors/* inputRef */.io)('fail-on')} is ${settings.failOn})`
                    : '',
                report.unreadable.length
                    ? `${report.unreadable.length} result files could not be read`
                    : '',
            ].filter(Boolean);
            return { outcome: 'succeededWithIssues', message: capitalize(what.join('; ')) };
        }
        ctx.logger.info(`${counts.passed} of ${counts.total} tests passed${counts.skipped ? `, ${counts.skipped} skipped` : ''}.`);
        return { outcome: 'succeeded' };
    },
};
function capitalize(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}


/***/ })

};
;