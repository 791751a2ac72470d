// `npm run demo`: the whole MLOps flow of examples/ml-project on this machine, with no Databricks
// account and no network (examples/demo-flow.ts), then a closing table of every step. `--keep`
// leaves the local workspace running so that its links and the CLI can be used against it.
// STEPS are the standalone commands the demo prints: each, pasted at the repository root, starts
// its own local workspace (`--databricks-host local`) and needs nothing else
// (test/e2e/demo/cli-demo.test.ts pastes them).
import * as fs from 'fs';
import * as path from 'path';
import { formatDuration } from '../shared/duration';
import { resultTable, runFlow, shellQuote, untilIdle } from './demo-flow';

const ROOT = path.resolve(__dirname, '..');
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
      'Uploads examples/ml-project and runs its three-task integration test (feature_refresh → train → validate), printing each state change, the run link and the summary.',
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

/** The standalone commands of STEPS, as a person pastes them (each starts its own workspace). */
async function pasteables(): Promise<string[]> {
  const lines: string[] = [];
  const ctx: DemoContext = {
    root: ROOT,
    project: PROJECT,
    cli: (args) => {
      lines.push(pasteable(args));
      return Promise.resolve(0);
    },
  };
  for (const step of STEPS) await step.run(ctx);
  return lines;
}

async function main(argv: string[]): Promise<number> {
  const keep = argv.includes('--keep');
  process.stdout.write(
    'The MLOps flow of examples/ml-project on a local workspace (a Databricks stand-in on this machine;\ntasks run as local python3 processes): each step is one databricks-mlops command, run through the\nCLI code in this process, in a git clone of the example whose origin is a local bare repository.\n',
  );
  const started = Date.now();
  const { results, ctx, base } = await runFlow({
    print: (line) => process.stdout.write(`${line}\n`),
  });
  const failed = results.filter((r) => r.outcome === 'failed');
  banner(
    failed.length
      ? `Demo finished with ${failed.length} failed step(s) in ${formatDuration(Date.now() - started)}`
      : `Demo finished in ${formatDuration(Date.now() - started)}`,
  );
  process.stdout.write(`${resultTable(results)}\n`);
  process.stdout.write(
    '\nEach of these runs on its own when pasted at the repository root (after `npm run build`):\n',
  );
  for (const line of await pasteables()) process.stdout.write(`  ${line}\n`);
  if (keep) {
    process.stdout.write(
      `\nThe local workspace keeps running (Ctrl-C stops it). Point the CLI at it from the example's clone:\n  cd ${ctx.repo}\n  export DATABRICKS_HOST=${ctx.ws.host} DATABRICKS_TOKEN=${ctx.ws.token}\n  npx --prefix ${ROOT} databricks-mlops promote-model --model-name prod.churn.churn_model --rollback true\nThe run links above open in a browser after this one-time login link (this machine only):\n  ${ctx.ws.loginUrl()}\n`,
    );
    await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
  }
  await untilIdle(ctx.ws);
  await ctx.ws.close();
  fs.rmSync(base, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  return failed.length ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
      process.exit(1);
    },
  );
}
