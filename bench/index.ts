// `npm run bench`: speed, calls and memory, printed as tables and written to bench/results.md.
// Each timing row is compared with a baseline measured in the same run, interleaved with it,
// because the machines are shared and noisy: read the ratios, not the milliseconds.
// `npm run bench -- <word>` runs only the sections whose title holds the word and writes nothing.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Row } from './stats';

export function markdownTable(rows: Row[]): string {
  if (rows.length === 0) return '(no rows)\n';
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: unknown) =>
    (v === undefined ? '' : typeof v === 'number' ? fmt(v) : String(v)).replace(/\|/g, '\\|');
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (vals: string[]) => `| ${vals.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
  return [
    line(cols),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map((r) => line(cols.map((c) => cell(r[c])))),
  ]
    .join('\n')
    .concat('\n');
}

export function printTable(title: string, rows: Row[]): void {
  console.log(`\n## ${title}\n`);
  console.log(markdownTable(rows));
}

function fmt(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2);
}

/** A section: its title, the module and function that measure it, and what its rows mean. */
type Section = [title: string, file: string, fn: string];

const sections: Section[] = [
  ['Cold start and bundle size', './cold-start.bench', 'benchColdStart'],
  ['run-job: detection latency and API calls', './run-job.bench', 'benchRunJob'],
  ['Scale: 200 concurrent run-job invocations on one workspace', './scale.bench', 'benchScale'],
  ['deploy-jobs: plan + apply and the no-op redeploy', './deploy-jobs.bench', 'benchDeployJobs'],
  ['evaluate-model and promote-model', './model.bench', 'benchModel'],
  ['JUnit parsing (unit-tests)', './junit.bench', 'benchJunit'],
  [
    'Local workspace: 200 concurrent clients polling runs/get',
    './local-workspace.bench',
    'benchLocalWorkspace',
  ],
];

export interface Measured {
  rows: Row[];
  /** What the rows mean and how they were taken, printed under the table. */
  notes?: string[];
}

function machine(): string[] {
  const cpus = os.cpus();
  return [
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB memory, ${os.type()} ${os.release()}`,
    `- Node ${process.version}; load average at start ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' / ')}`,
    '- The machine was shared with other jobs running tests at the same time: absolute times are',
    '  noisy, so every timing row carries a ratio to a baseline measured in the same run,',
    '  interleaved with it. min / median / max are over the repetitions the row names.',
  ];
}

async function main(): Promise<void> {
  const only = process.argv[2];
  const selected = (name: string) => !only || name.toLowerCase().includes(only.toLowerCase());
  const started = Date.now();
  const head = machine();
  console.log(`# databricks-mlops-actions benchmarks\n\n${head.join('\n')}`);
  const out: string[] = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (bench/index.ts); do not edit by hand.',
    '',
    ...head,
  ];
  for (const [title, file, fn] of sections) {
    if (!selected(title)) continue;
    const mod = require(file) as Record<string, () => Promise<Measured | Row[]>>;
    const t0 = Date.now();
    const got = await mod[fn]();
    const { rows, notes = [] } = Array.isArray(got) ? { rows: got } : got;
    const took = `(section took ${Math.round((Date.now() - t0) / 1000)} s)`;
    printTable(title, rows);
    for (const n of notes) console.log(n);
    console.log(took);
    out.push('', `## ${title}`, '', markdownTable(rows).trimEnd());
    if (notes.length) out.push('', ...notes);
  }
  const total = `Whole run: ${Math.round((Date.now() - started) / 1000)} s.`;
  console.log(`\n${total}`);
  if (!only) {
    out.push('', total, '');
    fs.writeFileSync(path.join(__dirname, 'results.md'), out.join('\n'));
    console.log('Wrote bench/results.md');
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
