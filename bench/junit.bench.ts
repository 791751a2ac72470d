import { execFileSync } from 'child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'fs';
import { once } from 'events';
import os from 'os';
import path from 'path';

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
export async function benchJunit(): Promise<Array<Record<string, string | number>>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'junit-bench-'));
  try {
    const file = path.join(dir, 'junit-100k.xml');
    const shape = await writeBigJUnit(file, 100_000);
    const size = statSync(file).size;
    const junitModule = resolveParserModule();
    const outText = execFileSync(
      process.execPath,
      ['--expose-gc', '-e', CHILD, junitModule, file],
      {
        encoding: 'utf8',
        maxBuffer: 16 * MB,
        cwd: path.join(__dirname, '..'),
      },
    );
    const r = JSON.parse(outText.trim().split('\n').pop() as string) as {
      ms: number;
      total: number;
      failed: number;
      heapDelta: number;
      maxRss: number;
    };
    if (r.total !== shape.total)
      throw new Error(`bench parsed ${r.total} cases, expected ${shape.total}`);
    return [
      {
        bench: 'junit parse 100k cases',
        'file MB': Number((size / MB).toFixed(1)),
        'parse s': Number((r.ms / 1000).toFixed(2)),
        'peak RSS MB': Math.round(r.maxRss / MB),
        'heap delta MB': Math.round(r.heapDelta / MB),
        target: '≤ 3 s, ≤ 400 MB',
        verdict: r.ms <= 3000 && r.maxRss <= 400 * MB ? 'ok' : 'over target',
      },
    ];
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
