// `npm run demo`: the suite end to end on this machine, with no Databricks account and no
// network. Each step below is one `databricks-mlops` command, printed exactly as a person can paste
// it at the repository root (`npx databricks-mlops ...`, every flag included) and then run through
// the BUILT command line (dist/cli.js, what `npx databricks-mlops` runs). Commands that talk to
// Databricks take `--databricks-host local`: each starts its own local workspace (a Databricks
// stand-in on a loopback port) for that command alone, so a pasted command needs nothing else.
// Capabilities add their step to STEPS, in the order of the MLOps flow.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const PROJECT = path.join(ROOT, 'examples', 'ml-project');

export interface DemoContext {
  root: string;
  project: string;
  /**
   * Prints `npx databricks-mlops <args>` and runs it from the repository root; resolves with the
   * exit code. Paths in `args` are relative to the root, as a person at the root would type them.
   */
  cli(args: string[]): Promise<number>;
}

export interface DemoStep {
  title: string;
  /** What the step shows, in one sentence. */
  about: string;
  run(ctx: DemoContext): Promise<void>;
}

/** One argument as a POSIX shell reads it back unchanged. */
function shellQuote(arg: string): string {
  return /^[\w./=:@%+,-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** The command line a person pastes at the repository root. */
export function pasteable(args: string[]): string {
  return ['npx', 'databricks-mlops', ...args].map(shellQuote).join(' ');
}

export const STEPS: DemoStep[] = [
  {
    title: 'Unit tests of the ML code (unit-tests)',
    about:
      "Runs examples/ml-project's standard-library tests with its JUnit-writing runner, then reads the report: totals, failures with their lines, and the summary a PR check shows.",
    async run(ctx) {
      const results = path.join(ctx.project, 'test-results');
      fs.rmSync(results, { recursive: true, force: true });
      const code = await ctx.cli([
        'unit-tests',
        // -B: no __pycache__ left behind in the example project, pasted or run here.
        '--command',
        'python3 -B run_tests.py --junit-xml test-results/junit.xml',
        '--working-directory',
        'examples/ml-project',
        '--results',
        'test-results/*.xml',
        '--title',
        'ml-project unit tests (demo)',
      ]);
      fs.rmSync(results, { recursive: true, force: true });
      if (code !== 0) throw new Error(`unit-tests exited with ${code}`);
    },
  },
  {
    title: 'Integration test on Databricks (run-job)',
    about:
      'Uploads examples/ml-project and runs its three-task integration test (prepare_data → train → validate), printing each state change, the run link and the summary.',
    async run(ctx) {
      const code = await ctx.cli([
        'run-job',
        '--databricks-host',
        'local',
        '--run-spec',
        'examples/ml-project/integration-test.yml',
        '--upload',
        'examples/ml-project',
        '--run-name',
        'ml-project integration test (demo)',
        '--heartbeat-interval',
        '5',
      ]);
      if (code !== 0) throw new Error(`run-job exited with ${code}`);
    },
  },
];

function banner(text: string): void {
  const line = '─'.repeat(Math.min(100, text.length + 4));
  process.stdout.write(`\n${line}\n  ${text}\n${line}\n`);
}

/** Runs dist/cli.js as `npx databricks-mlops` would, from the root, streaming its output. */
function runCli(args: string[]): Promise<number> {
  process.stdout.write(`\n$ ${pasteable(args)}\n\n`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

async function main(): Promise<number> {
  if (!fs.existsSync(CLI)) {
    process.stderr.write('dist/cli.js is missing: run `npm run build` first.\n');
    return 1;
  }
  process.stdout.write(
    'Each command below can be pasted at the repository root. `--databricks-host local` starts a local\nworkspace (a Databricks stand-in; tasks run as local python3 processes) for that command alone.\n',
  );
  const ctx: DemoContext = { root: ROOT, project: PROJECT, cli: runCli };
  const failed: string[] = [];
  for (const [i, step] of STEPS.entries()) {
    banner(`${i + 1}/${STEPS.length} ${step.title}`);
    process.stdout.write(`${step.about}\n`);
    try {
      await step.run(ctx);
    } catch (err) {
      failed.push(step.title);
      process.stderr.write(`\nStep failed: ${(err as Error).message}\n`);
    }
  }
  banner(
    failed.length
      ? `Demo finished with ${failed.length} failed step(s): ${failed.join(', ')}`
      : `Demo finished: ${STEPS.length} step(s) passed`,
  );
  return failed.length ? 1 : 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
      process.exit(1);
    },
  );
}
