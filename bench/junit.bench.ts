import { execFileSync } from 'child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'fs';
import { once } from 'events';
import os from 'os';
import path from 'path';
import { interleaved, ratio, spread, type Row } from './stats';

/** What a generated report holds, so that tests can assert the parsed counts. */
export interface BigReportShape {
  total: number;
  failed: number;
  errored: number;
  skipped: number;
  flaky: number;
  passed: number;
}

/**
 * Writes a pytest-like JUnit file with `cases` test cases in suites of 100: every 100th case
 * fails with a Python traceback, every 250th errors, every 50th is skipped, every 500th passed
 * on a rerun (Surefire flakyFailure). Names and output carry escaped characters, so the parser
 * works as it does on real files.
 */
export async function writeBigJUnit(file: string, cases = 100_000): Promise<BigReportShape> {
  const shape: BigReportShape = {
    total: 0,
    failed: 0,
    errored: 0,
    skipped: 0,
    flaky: 0,
    passed: 0,
  };
  const out = createWriteStream(file, { encoding: 'utf8' });
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  await write(
    `<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="pytest tests" tests="${cases}">\n`,
  );
  const perSuite = 100;
  for (let start = 0; start < cases; start += perSuite) {
    const suite = `tests.test_module_${start / perSuite}`;
    const chunk: string[] = [
      `  <testsuite name="${suite}" tests="${Math.min(perSuite, cases - start)}" time="1.5">\n`,
    ];
    for (let i = start; i < Math.min(start + perSuite, cases); i++) {
      const name = `test_case_${i}[param-&lt;${i % 7}&gt;]`;
      const head = `    <testcase classname="${suite}" name="${name}" file="tests/test_module_${start / perSuite}.py" line="${(i % 90) + 10}" time="0.00${i % 10}"`;
      shape.total++;
      if (i % 250 === 249) {
        shape.errored++;
        chunk.push(
          `${head}>\n      <error message="RuntimeError: boom &amp; bust" type="RuntimeError"><![CDATA[Traceback (most recent call last):\n  File "tests/test_module_${start / perSuite}.py", line ${(i % 90) + 12}, in test_case_${i}\n    raise RuntimeError("boom & bust")\nRuntimeError: boom & bust]]></error>\n      <system-out>setup output for ${i}</system-out>\n    </testcase>\n`,
        );
      } else if (i % 100 === 99) {
        shape.failed++;
        chunk.push(
          `${head}>\n      <failure message="AssertionError: assert ${i} == ${i + 1}">def test_case_${i}():\n&gt;       assert value == ${i + 1}\nE       AssertionError: assert ${i} == ${i + 1}\n\ntests/test_module_${start / perSuite}.py:${(i % 90) + 11}: AssertionError</failure>\n    </testcase>\n`,
        );
      } else if (i % 50 === 49) {
        shape.skipped++;
        chunk.push(
          `${head}>\n      <skipped type="pytest.skip" message="needs a GPU"/>\n    </testcase>\n`,
        );
      } else if (i % 500 === 7) {
        shape.passed++;
        shape.flaky++;
        chunk.push(
          `${head}>\n      <flakyFailure message="timeout" type="TimeoutError"><stackTrace>TimeoutError: timeout</stackTrace></flakyFailure>\n    </testcase>\n`,
        );
      } else {
        shape.passed++;
        chunk.push(`${head}/>\n`);
      }
    }
    chunk.push('  </testsuite>\n');
    await write(chunk.join(''));
  }
  await write('</testsuites>\n');
  out.end();
  await once(out, 'finish');
  return shape;
}

// Runs in a child process so that the peak RSS belongs to the parse alone.
const CHILD = `
const { performance } = require('perf_hooks');
if (process.argv[1].endsWith('.ts')) {
  // Sources, not a build: transpile on require with the project's TypeScript.
  const ts = require('typescript');
  const fs = require('fs');
  require.extensions['.ts'] = (m, filename) => {
    const out = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
      fileName: filename,
    });
    m._compile(out.outputText, filename);
  };
}
const { parseJUnitFile } = require(process.argv[1]);
const file = process.argv[2];
global.gc && global.gc();
const heap0 = process.memoryUsage().heapUsed;
const rss0 = process.memoryUsage().rss;
let peakHeap = heap0;
const timer = setInterval(() => { peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed); }, 5);
const t0 = performance.now();
parseJUnitFile(file).then((r) => {
  const ms = performance.now() - t0;
  clearInterval(timer);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const ru = process.resourceUsage();
  console.log(JSON.stringify({ ms, total: r.counts.total, failed: r.counts.failed, heapDelta: peakHeap - heap0, rss0, maxRss: ru.maxRSS * 1024 }));
});
`;

const MB = 1024 * 1024;

/**
 * Parse time and peak memory for a generated 100k-case JUnit file, measured in a fresh child
 * process. Targets: ≤ 3 s, ≤ 400 MB peak RSS.
 */
/** The floor: a child that streams the same file and counts its test cases, parsing nothing. */
const BASELINE_CHILD = `
const { performance } = require('perf_hooks');
const fs = require('fs');
const t0 = performance.now();
let total = 0;
let tail = '';
fs.createReadStream(process.argv[1], { encoding: 'utf8' })
  .on('data', (chunk) => {
    const text = tail + chunk;
    total += text.split('<testcase ').length - 1;
    tail = text.slice(-10);
    if (tail.includes('<testcase ')) tail = '';
  })
  .on('end', () => {
    const ru = process.resourceUsage();
    console.log(JSON.stringify({ ms: performance.now() - t0, total, maxRss: ru.maxRSS * 1024 }));
  });
`;

interface Parsed {
  ms: number;
  total: number;
  maxRss: number;
  heapDelta?: number;
}

function child(args: string[]): Parsed {
  const outText = execFileSync(process.execPath, args, {
    encoding: 'utf8',
    maxBuffer: 16 * MB,
    cwd: path.join(__dirname, '..'),
  });
  return JSON.parse(outText.trim().split('\n').pop() as string) as Parsed;
}

const REPEATS = Number(process.env.BENCH_JUNIT_REPEATS ?? 3);

/**
 * Parse time and peak memory for a generated 100k-case JUnit file, each measured in a fresh child
 * process, alternating with a child that only streams the file and counts its cases. Targets:
 * ≤ 3 s, ≤ 400 MB peak RSS.
 */
export async function benchJunit(): Promise<{ rows: Row[]; notes: string[] }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'junit-bench-'));
  try {
    const file = path.join(dir, 'junit-100k.xml');
    const shape = await writeBigJUnit(file, 100_000);
    const size = statSync(file).size;
    const junitModule = resolveParserModule();
    const runs = await interleaved(
      REPEATS,
      async () => child(['-e', BASELINE_CHILD, file]),
      async () => child(['--expose-gc', '-e', CHILD, junitModule, file]),
    );
    for (const r of [...runs.subject, ...runs.baseline])
      if (r.total !== shape.total)
        throw new Error(`bench counted ${r.total} cases, expected ${shape.total}`);
    const ms = (l: Parsed[]) => l.map((r) => r.ms);
    const rss = (l: Parsed[]) => l.map((r) => r.maxRss / MB);
    const worst = Math.max(...ms(runs.subject));
    const worstRss = Math.max(...rss(runs.subject));
    return {
      rows: [
        {
          bench: 'unit-tests JUnit parse, 100k cases',
          'file MB': Number((size / MB).toFixed(1)),
          'ms (min / median / max)': spread(ms(runs.subject)),
          'peak RSS MB (min / median / max)': spread(rss(runs.subject)),
          'time ratio': ratio(ms(runs.subject), ms(runs.baseline)),
          'RSS ratio': ratio(rss(runs.subject), rss(runs.baseline)),
          target: '≤ 3 s, ≤ 400 MB',
          verdict: worst <= 3000 && worstRss <= 400 ? 'ok' : 'over target',
        },
        {
          bench: 'baseline: stream the file, count <testcase',
          'file MB': Number((size / MB).toFixed(1)),
          'ms (min / median / max)': spread(ms(runs.baseline)),
          'peak RSS MB (min / median / max)': spread(rss(runs.baseline)),
          'time ratio': '1.00×',
          'RSS ratio': '1.00×',
        },
      ],
      notes: [
        `${REPEATS} repetitions, alternating, each in a fresh Node process; the parser is shared/capabilities/unit-tests/junit.ts transpiled on load (the load is not timed). The file is generated: suites of 100, a failure with a traceback every 100th case, an error every 250th, a skip every 50th, a flaky rerun every 500th. Peak RSS is the process's (Node itself included).`,
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function resolveParserModule(): string {
  const compiled = path.join(__dirname, '..', 'shared', 'capabilities', 'unit-tests', 'junit.js');
  try {
    statSync(compiled);
    return compiled;
  } catch {
    return path.join(__dirname, '..', 'shared', 'capabilities', 'unit-tests', 'junit.ts');
  }
}
