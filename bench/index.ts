// `npm run bench`: speed and memory, printed as tables. Each row is compared with a baseline
// measured in the same process run, because the machines are shared and noisy: read the ratios.
import * as fs from 'fs';
import * as path from 'path';
import { benchColdStart } from './cold-start.bench';
import { benchLocalWorkspace } from './local-workspace.bench';

type Row = Record<string, string | number>;

export function printTable(title: string, rows: Row[]): void {
  console.log(`\n## ${title}\n`);
  if (rows.length === 0) {
    console.log('(no rows)');
    return;
  }
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: unknown) => (v === undefined ? '' : typeof v === 'number' ? fmt(v) : String(v));
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (vals: string[]) => `| ${vals.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(cols));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(cols.map((c) => cell(r[c]))));
}

function fmt(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2);
}

/** Benches that other parts of the suite contribute, loaded when present. */
const optional: Array<[string, string, string]> = [
  ['JUnit parsing (unit-tests)', './junit.bench', 'benchJunit'],
  ['run-job: detection latency and API calls', './run-job.bench', 'benchRunJob'],
];

async function main(): Promise<void> {
  const only = process.argv[2];
  const selected = (name: string) => !only || name.toLowerCase().includes(only.toLowerCase());
  console.log(
    `# databricks-mlops-actions benchmarks (node ${process.version}, ${new Date().toISOString()})`,
  );
  if (selected('cold start')) printTable('Cold start and bundle size', await benchColdStart());
  if (selected('local workspace'))
    printTable(
      'Local workspace: 200 concurrent clients polling runs/get',
      await benchLocalWorkspace(),
    );
  for (const [title, file, fn] of optional) {
    if (!selected(title)) continue;
    if (!fs.existsSync(path.join(__dirname, `${file}.ts`))) continue;
    const mod = require(file) as Record<string, () => Promise<Row[]>>;
    printTable(title, await mod[fn]());
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
