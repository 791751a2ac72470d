// `npm run demo`: the suite end to end on this machine, with no Databricks account and no
// network. It starts a local workspace (a Databricks stand-in on a loopback port) and runs each
// step below through the BUILT command line (dist/cli.js), exactly as a user or CI would.
// Capabilities add their step to STEPS, in the order of the MLOps flow.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { startLocalWorkspace } from '../local-workspace';

const ROOT = path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const PROJECT = path.join(ROOT, 'examples', 'ml-project');

export interface DemoContext {
  root: string;
  project: string;
  /** The local workspace every step talks to. */
  host: string;
  token: string;
  /** Runs `databricks-mlops <args>` from dist/, streaming its output; resolves with the exit code. */
  cli(args: string[], options?: { cwd?: string }): Promise<number>;
}

export interface DemoStep {
  title: string;
  /** What the step shows, in one sentence. */
  about: string;
  run(ctx: DemoContext): Promise<void>;
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
        '--command',
        'python3 run_tests.py --junit-xml test-results/junit.xml',
        '--working-directory',
        path.relative(ctx.root, ctx.project),
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
        '--run-spec',
        path.relative(ctx.root, path.join(ctx.project, 'integration-test.yml')),
        '--git-source',
        'none',
        '--upload',
        path.relative(ctx.root, ctx.project),
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

async function main(): Promise<number> {
  if (!fs.existsSync(CLI)) {
    process.stderr.write('dist/cli.js is missing: run `npm run build` first.\n');
    return 1;
  }
  const workspace = await startLocalWorkspace({ port: 0 });
  process.stdout.write(
    `Local workspace: ${workspace.host} (a Databricks stand-in; tasks run as local python3 processes)\n`,
  );
  const ctx: DemoContext = {
    root: ROOT,
    project: PROJECT,
    host: workspace.host,
    token: workspace.token,
    cli: (args, options = {}) =>
      new Promise((resolve, reject) => {
        process.stdout.write(
          `\n$ databricks-mlops ${args.map((a) => (/\s/.test(a) ? JSON.stringify(a) : path.isAbsolute(a) ? path.relative(ROOT, a) || '.' : a)).join(' ')}\n\n`,
        );
        const child = spawn(process.execPath, [CLI, ...args], {
          cwd: options.cwd ?? ROOT,
          // The token goes in the environment, never on a command line other processes can read.
          env: {
            ...process.env,
            DATABRICKS_HOST: workspace.host,
            DATABRICKS_TOKEN: workspace.token,
          },
          stdio: ['ignore', 'inherit', 'inherit'],
        });
        child.on('error', reject);
        child.on('close', (code) => resolve(code ?? 1));
      }),
  };
  const failed: string[] = [];
  try {
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
  } finally {
    await workspace.close();
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
