// The whole MLOps flow of examples/ml-project on one local workspace: the same `databricks-mlops`
// commands a CI pipeline runs, in the order of the seed architecture, each through the CLI's own
// code in this process. Adding a step is one entry in FLOW; a step whose capability is not in this
// build is listed as skipped with a note.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Writable } from 'stream';
import { cli } from '../cli/cli';
import { findCapability } from '../shared/capabilities';
import { formatDuration } from '../shared/duration';
import { startLocalWorkspace, type LocalWorkspace } from '../local-workspace/server';

const PROJECT = path.resolve(__dirname, 'ml-project');
const MODEL = 'prod.churn.churn_model';
const ENDPOINT = 'churn-scoring';

/** A command's outputs as `--json` prints them (JSON outputs already parsed). */
export type Outputs = Record<string, string>;

export interface FlowContext {
  ws: LocalWorkspace;
  /** The example's git clone, where every command runs (as in a CI checkout). */
  repo: string;
  /** The bare repository standing in for the Git server (origin). */
  origin: string;
  /** What earlier steps found out, e.g. the released tag. */
  facts: Record<string, string>;
}

export interface FlowStep {
  title: string;
  /** The capability the step needs: without it in this build, the step is skipped. */
  capability: string;
  /** The command's arguments (after `databricks-mlops`), from what earlier steps found. */
  args(ctx: FlowContext): string[];
  /** A few lines for a terminal, from the command's outputs; may record facts for later steps. */
  show(outputs: Outputs, ctx: FlowContext): string[];
  /** The exit code the step expects: 1 for a gate meant to fail. */
  expect?: number;
}

export interface StepResult {
  title: string;
  outcome: 'passed' | 'failed' | 'skipped';
  ms: number;
  lines: string[];
}

/** A JSON output as `--json` prints it: already parsed, or a string holding JSON. */
function parsed(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

function parseList(value: unknown): string[] {
  if (value === undefined || value === '') return [];
  const list = parsed(value);
  if (Array.isArray(list)) return list.map(String);
  if (list && typeof list === 'object')
    return Object.entries(list).map(([k, v]) => `${k} ${String(v)}`);
  return [String(list)];
}

/** One argument as a POSIX shell reads it back unchanged. */
export function shellQuote(arg: string): string {
  return /^[\w./=:@%+,-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

interface TaskOutput {
  key?: string;
  result?: string;
  state?: string;
  output?: string;
}

function short(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

function runJobLines(outputs: Outputs): string[] {
  const list = parsed(outputs.tasks);
  const tasks = Array.isArray(list) ? (list as TaskOutput[]) : [];
  const lines = [
    `run ${outputs['run-id']}: ${outputs['result-state']} in ${outputs['duration-seconds']} s`,
    `link: ${outputs['run-url']}`,
  ];
  if (tasks.length)
    lines.push(`tasks: ${tasks.map((t) => `${t.key} ${t.result ?? t.state ?? ''}`).join(', ')}`);
  const said = [...tasks].reverse().find((t) => t.output)?.output ?? outputs['notebook-output'];
  if (said) lines.push(`it said: ${short(said)}`);
  return lines;
}

function gateLines(outputs: Outputs): string[] {
  const failed = [...parseList(outputs['failed-metrics']), ...parseList(outputs['failed-checks'])];
  return [
    `candidate version ${outputs['candidate-version']} against ${outputs['baseline-version'] ? `champion version ${outputs['baseline-version']}` : 'no champion (first model)'}`,
    `verdict: ${outputs.passed === 'true' ? 'passed' : `failed (${failed.join(', ')})`}`,
  ];
}

function trainArgs(learningRate: string, epochs: string): (ctx: FlowContext) => string[] {
  return () => [
    'run-job',
    '--job-name',
    'prod-churn-training',
    '--notebook-params',
    JSON.stringify({ learning_rate: learningRate, epochs }),
  ];
}

function serveLines(outputs: Outputs): string[] {
  return [
    `endpoint ${outputs['endpoint-url']}`,
    `traffic ${outputs.traffic}; served ${parseList(outputs['served-versions']).join(', ')}`,
    'smoke test answered as expected',
  ];
}

export const FLOW: FlowStep[] = [
  {
    title: 'PR: unit tests',
    capability: 'unit-tests',
    args: () => [
      'unit-tests',
      '--command',
      'python3 -B run_tests.py --junit-xml test-results/junit.xml',
      '--results',
      'test-results/*.xml',
    ],
    show: (o) => [`${o.passed} of ${o.total} tests passed in ${o['duration-seconds']} s`],
  },
  {
    title: 'PR: deploy the pipelines to staging',
    capability: 'deploy-jobs',
    args: () => ['deploy-jobs', '--bundle', '.', '--target', 'staging'],
    show: (o) => [
      `created ${parseList(o.created).join(', ') || 'nothing'}; updated ${parseList(o.updated).join(', ') || 'nothing'}`,
    ],
  },
  {
    title: 'PR: integration test at the commit',
    capability: 'run-job',
    args: () => [
      'run-job',
      '--run-spec',
      'integration-test.yml',
      '--run-name',
      'churn integration test',
      '--heartbeat-interval',
      '30',
    ],
    show: runJobLines,
  },
  {
    title: 'Release: branch and tag',
    capability: 'release-branch',
    args: () => ['release-branch', '--version', '1.0.0'],
    show: (o, ctx) => {
      ctx.facts.tag = o.tag;
      // The CLI tags the local repository and pushes nothing; CI pushes, so the demo does too.
      execFileSync('git', ['push', '-q', 'origin', o.branch, o.tag], { cwd: ctx.repo });
      return [`tag ${o.tag} on ${o.sha.slice(0, 12)}, branch ${o.branch} (pushed to origin)`];
    },
  },
  {
    title: 'Release: deploy prod, pinned to the tag',
    capability: 'deploy-jobs',
    args: (ctx) => [
      'deploy-jobs',
      '--bundle',
      '.',
      '--target',
      'prod',
      '--source',
      'git',
      '--git-url',
      ctx.origin,
      '--git-ref',
      `tag:${ctx.facts.tag}`,
    ],
    show: (o, ctx) => [
      `created ${parseList(o.created).join(', ')}, code at ${ctx.facts.tag} of ${path.basename(ctx.origin)}`,
    ],
  },
  {
    title: 'Train: a first model',
    capability: 'run-job',
    args: trainArgs('0.05', '20'),
    show: runJobLines,
  },
  {
    title: 'Gate: the first model (no champion yet)',
    capability: 'evaluate-model',
    args: () => [
      'evaluate-model',
      '--model-name',
      MODEL,
      '--thresholds',
      'thresholds.yml',
      '--compliance-rules',
      'compliance.yml',
      '--alias-on-pass',
      'challenger',
    ],
    show: gateLines,
  },
  {
    title: 'Promote: first champion',
    capability: 'promote-model',
    args: () => [
      'promote-model',
      '--model-name',
      MODEL,
      '--version',
      'challenger',
      '--reason',
      'first model passed the gate',
    ],
    show: (o) => [
      `champion is version ${o['promoted-version']} (was ${o['previous-version'] || 'none'})`,
    ],
  },
  {
    title: 'Serve: the champion',
    capability: 'deploy-serving',
    args: () => [
      'deploy-serving',
      '--endpoint-name',
      ENDPOINT,
      '--model-name',
      MODEL,
      '--smoke-test-payload',
      'serving/smoke.json',
      '--smoke-test-expected',
      '{"predictions": [4]}',
    ],
    show: serveLines,
  },
  {
    title: 'Train: a better model (more epochs)',
    capability: 'run-job',
    args: trainArgs('0.3', '300'),
    show: runJobLines,
  },
  {
    title: 'Gate: the new model against the champion',
    capability: 'evaluate-model',
    args: () => [
      'evaluate-model',
      '--model-name',
      MODEL,
      '--thresholds',
      'thresholds.yml',
      '--compliance-rules',
      'compliance.yml',
      '--alias-on-pass',
      'challenger',
    ],
    show: gateLines,
  },
  {
    title: 'Serve: A/B test, champion 90 / challenger 10',
    capability: 'deploy-serving',
    args: () => [
      'deploy-serving',
      '--endpoint-name',
      ENDPOINT,
      '--model-name',
      MODEL,
      '--traffic',
      'champion=90,challenger=10',
      '--smoke-test-payload',
      'serving/smoke.json',
      '--smoke-test-expected',
      '{"predictions": [4]}',
    ],
    show: serveLines,
  },
  {
    title: 'Promote: the challenger becomes champion',
    capability: 'promote-model',
    args: () => [
      'promote-model',
      '--model-name',
      MODEL,
      '--version',
      'challenger',
      '--reason',
      'beat the champion on log_loss',
    ],
    show: (o) => [
      `champion is version ${o['promoted-version']}; version ${o['previous-version']} kept as previous-champion for rollback`,
    ],
  },
  {
    title: 'Serve: full rollout of the new champion',
    capability: 'deploy-serving',
    args: () => [
      'deploy-serving',
      '--endpoint-name',
      ENDPOINT,
      '--model-name',
      MODEL,
      '--smoke-test-payload',
      'serving/smoke.json',
      '--smoke-test-expected',
      '{"predictions": [4]}',
    ],
    show: serveLines,
  },
  {
    title: 'Batch scoring with @champion',
    capability: 'run-job',
    args: () => ['run-job', '--job-name', 'prod-churn-batch-scoring'],
    show: runJobLines,
  },
  {
    title: 'Monitor: refresh the drift metrics (with injected drift)',
    capability: 'run-job',
    args: () => [
      'run-job',
      '--notebook-path',
      'pipelines/monitor_refresh',
      '--parameters',
      JSON.stringify({ predictions_table: 'prod.churn.predictions', shift: '0.3' }),
      '--run-name',
      'churn monitor refresh',
    ],
    show: runJobLines,
  },
  {
    title: 'Monitor: drift check, retraining on drift',
    capability: 'check-drift',
    args: () => [
      'check-drift',
      '--warehouse-id',
      'local',
      '--table',
      'prod.churn.predictions',
      '--metric',
      'js_distance',
      '--column',
      'churn_probability',
      '--threshold',
      '0.2',
      '--on-drift',
      'run-job',
      '--retrain-job-name',
      'prod-churn-training',
    ],
    show: (o) => [
      `drifted: ${o.drifted}; latest ${o['latest-value']}, ${o.breaches} of ${o.windows} windows over the threshold`,
      o['retrain-run-id'] ? `retraining run ${o['retrain-run-id']} started` : 'no retraining',
    ],
  },
];

function sink(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=Demo', '-c', 'user.email=demo@example.com', ...args],
    { cwd, encoding: 'utf8' },
  ).trim();
}

/** A clone of the example with origin a local bare repository, its targets on `host`. */
export function makeRepository(base: string, host: string): { repo: string; origin: string } {
  const origin = path.join(base, 'churn.git');
  const repo = path.join(base, 'churn');
  fs.cpSync(PROJECT, repo, {
    recursive: true,
    filter: (src) => !/(__pycache__|test-results)$/.test(src),
  });
  // The demo's staging and prod are both this one local workspace.
  const bundle = path.join(repo, 'databricks.yml');
  fs.writeFileSync(
    bundle,
    fs
      .readFileSync(bundle, 'utf8')
      .replace(/https:\/\/(dev|staging|prod)\.example\.cloud\.databricks\.com/g, host),
  );
  fs.writeFileSync(path.join(repo, '.gitignore'), 'test-results/\n__pycache__/\n');
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', origin]);
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '.');
  git(repo, 'commit', '-qm', 'churn model: features, training, pipelines');
  git(repo, 'remote', 'add', 'origin', origin);
  git(repo, 'push', '-q', 'origin', 'main');
  return { repo, origin };
}

export interface FlowOptions {
  /** Where a step's lines go as it finishes. */
  print(line: string): void;
  /** The workspace's data directory (temporary by default). */
  dataDir?: string;
}

/** Runs FLOW on a fresh local workspace; resolves with each step's result and the workspace. */
export async function runFlow(
  options: FlowOptions,
): Promise<{ results: StepResult[]; ctx: FlowContext; base: string }> {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'mlops-demo-'));
  const ws = await startLocalWorkspace({ port: 0, dataDir: options.dataDir ?? base });
  const { repo, origin } = makeRepository(base, ws.host);
  const ctx: FlowContext = { ws, repo, origin, facts: {} };
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATABRICKS_HOST: ws.host,
    DATABRICKS_TOKEN: ws.token,
  };
  const results: StepResult[] = [];
  const home = process.cwd();
  process.chdir(repo);
  try {
    for (const [i, step] of FLOW.entries()) {
      options.print(`\n${i + 1}/${FLOW.length} ${step.title}`);
      if (!findCapability(step.capability)) {
        const note = `skipped: this build has no ${step.capability} command yet`;
        options.print(`   ${note}`);
        results.push({ title: step.title, outcome: 'skipped', ms: 0, lines: [note] });
        continue;
      }
      const args = step.args(ctx);
      options.print(`   $ databricks-mlops ${args.map(shellQuote).join(' ')}`);
      const out = sink();
      const err = sink();
      const summary = path.join(base, `summary-${i + 1}.md`);
      const start = Date.now();
      const code = await cli([...args, '--json', '--summary-file', summary], {
        stdout: out.stream,
        stderr: err.stream,
        env,
      });
      const ms = Date.now() - start;
      let lines: string[];
      let outcome: StepResult['outcome'] = code === (step.expect ?? 0) ? 'passed' : 'failed';
      try {
        lines = step.show(JSON.parse(out.text() || '{}') as Outputs, ctx);
      } catch (e) {
        outcome = 'failed';
        lines = [`could not read the outputs: ${(e as Error).message}`];
      }
      if (outcome === 'failed') {
        lines.push(`exit code ${code}; the command said:`);
        lines.push(...err.text().trim().split('\n').slice(-15));
      }
      for (const line of lines) options.print(`   ${line}`);
      results.push({ title: step.title, outcome, ms, lines });
    }
  } finally {
    process.chdir(home);
  }
  return { results, ctx, base };
}

/** The closing table: every step with its outcome and duration. */
export function resultTable(results: StepResult[]): string {
  const width = Math.max(...results.map((r) => r.title.length));
  return results
    .map(
      (r, i) =>
        `${String(i + 1).padStart(2)}  ${r.title.padEnd(width)}  ${r.outcome.padEnd(7)}  ${r.outcome === 'skipped' ? '' : formatDuration(r.ms)}`,
    )
    .join('\n');
}

/**
 * The retraining the drift check started runs on after the step (it is not waited for, as in CI):
 * let it finish before the workspace and its folders go, at most two minutes.
 */
export async function untilIdle(ws: { host: string; token: string }): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const res = await fetch(`${ws.host}/api/2.2/jobs/runs/list?active_only=true`, {
      headers: { Authorization: `Bearer ${ws.token}` },
    });
    const body = (await res.json()) as { runs?: unknown[] };
    if (!body.runs?.length) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}
