// upload-artifact through the committed GitHub bundle: @actions/artifact (in its own lazily
// loaded chunk) talks to a loopback fake of the runner's results service, which keeps the zip.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { runAction, type ActionRun } from '../../helpers/github-runner';
import {
  JOB_BACKEND_ID,
  RUN_BACKEND_ID,
  startArtifactService,
  type ArtifactService,
} from '../../helpers/artifact-service';
import { startLocalWorkspace, type LocalWorkspace } from '../../../local-workspace';
import { CODE, MAIN as RUN_JOB, githubEnv } from '../run-job/helpers';

const UNIT_TESTS = 'dist/actions/unit-tests/main.js';
const JUNIT = path.join(__dirname, '../../fixtures/junit/disabled-and-mixed.xml');

let ws: LocalWorkspace;
let service: ArtifactService;
let workDir: string;

beforeAll(async () => {
  ws = await startLocalWorkspace({ port: 0 });
});
afterAll(() => ws.close());
beforeEach(async () => {
  service = await startArtifactService();
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'artifact-e2e-'));
});
afterEach(async () => {
  await service.close();
  fs.rmSync(workDir, { recursive: true, force: true });
});

const conn = () => ({ 'databricks-host': ws.host, 'databricks-token': ws.token });
const env = (extra: Record<string, string> = {}) => ({
  ...githubEnv(),
  GITHUB_WORKSPACE: workDir,
  RUNNER_TEMP: workDir,
  ...service.env,
  ...extra,
});

/** The stored artifact's files; its link (this run's artifact page) in the output and summary. */
async function unzip(
  run: ActionRun,
  name: string,
  runEnv: Record<string, string>,
): Promise<Record<string, string>> {
  const stored = service.artifacts.find((a) => a.name === name);
  expect(stored?.finalized).toBe(true);
  const zip = await JSZip.loadAsync(stored!.zip!);
  const out: Record<string, string> = {};
  for (const [file, entry] of Object.entries(zip.files))
    if (!entry.dir) out[file] = await entry.async('string');
  expect(run.outputs['artifact-url']).toBe(
    `https://github.com/acme/ml-project/actions/runs/${runEnv.GITHUB_RUN_ID}/artifacts/${stored!.id}`,
  );
  expect(run.summary).toContain(`](${run.outputs['artifact-url']})`);
  return out;
}

test("run-job with a failing task keeps the report and the task's log; the step still fails for the run", async () => {
  const runEnv = env();
  const run = await runAction(RUN_JOB, {
    inputs: {
      ...conn(),
      'git-source': 'none',
      upload: CODE,
      'notebook-path': 'fail',
      'upload-artifact': 'true',
      'artifact-name': 'integration-logs',
    },
    env: runEnv,
  });
  expect(run.code).toBe(1);
  expect(run.outputs['result-state']).toBe('FAILED');
  expect(service.unauthorised).toBe(0);
  // The backend ids come from the runtime token's scope claim.
  expect(service.artifacts[0]).toEqual(
    expect.objectContaining({
      workflowRunBackendId: RUN_BACKEND_ID,
      workflowJobRunBackendId: JOB_BACKEND_ID,
    }),
  );
  expect(service.calls).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/CreateArtifact$/),
      expect.stringMatching(/\?comp=block$/),
      expect.stringMatching(/\?comp=blocklist$/),
      expect.stringMatching(/FinalizeArtifact$/),
    ]),
  );
  const files = await unzip(run, 'integration-logs', runEnv);
  expect(Object.keys(files).sort()).toEqual(['failed-tasks/fail.log', 'run-job-report.json']);
  const report = JSON.parse(files['run-job-report.json']) as Record<string, unknown>;
  expect(report).toEqual(
    expect.objectContaining({ runId: run.outputs['run-id'], resultState: 'FAILED' }),
  );
  expect(files['failed-tasks/fail.log']).toMatch(/===== Error =====\n.*ZeroDivisionError/);
  expect(files['failed-tasks/fail.log']).toContain('divide(1, 0)');
  expect(run.summary).toContain('📦 Artifact: [integration\\-logs](');
});

test('unit-tests keeps the JSON report and the JUnit files it read under a default name', async () => {
  const results = path.join(workDir, 'results');
  fs.mkdirSync(results);
  fs.copyFileSync(JUNIT, path.join(results, 'junit.xml'));
  const runEnv = env({ GITHUB_JOB: 'tests', GITHUB_ACTION: '__run_2' });
  const run = await runAction(UNIT_TESTS, {
    inputs: { results: 'results/*.xml', 'upload-artifact': 'true', 'fail-on': 'nothing' },
    env: runEnv,
  });
  expect(run.code).toBe(0);
  expect(service.artifacts.map((a) => a.name)).toEqual(['unit-tests-tests-__run_2']);
  const files = await unzip(run, 'unit-tests-tests-__run_2', runEnv);
  expect(Object.keys(files).sort()).toEqual(['results/junit.xml', 'unit-tests-report.json']);
  const report = JSON.parse(files['unit-tests-report.json']) as { counts: { total: number } };
  expect(report.counts.total).toBe(Number(run.outputs.total));
  expect(files['results/junit.xml']).toBe(fs.readFileSync(JUNIT, 'utf8'));
  expect(run.summary).toContain(
    `[unit\\-tests\\-tests\\-\\_\\_run\\_2](${run.outputs['artifact-url']})`,
  );
});

test('a refused upload is a warning naming the artifact and the cause; the result stays', async () => {
  const results = path.join(workDir, 'results');
  fs.mkdirSync(results);
  fs.copyFileSync(JUNIT, path.join(results, 'junit.xml'));
  // 403 is not retried; a 500 is, five times over about half a minute, then ends the same way.
  service.failCreateWith(403);
  const run = await runAction(UNIT_TESTS, {
    inputs: { results: 'results/*.xml', 'upload-artifact': 'true', 'fail-on': 'nothing' },
    env: env(),
  });
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(
    /::warning::Artifact 'unit-tests-integration-run-job' not uploaded: .*CreateArtifact.*403/,
  );
  expect(run.outputs['artifact-url']).toBe('');
  expect(run.summary).not.toContain('📦');
  expect(Number(run.outputs.total)).toBeGreaterThan(0);
});

test('outside a runner (no runtime token) the warning says so', async () => {
  const results = path.join(workDir, 'results');
  fs.mkdirSync(results);
  fs.copyFileSync(JUNIT, path.join(results, 'junit.xml'));
  const run = await runAction(UNIT_TESTS, {
    inputs: { results: 'results/*.xml', 'upload-artifact': 'true', 'fail-on': 'nothing' },
    env: env({ ACTIONS_RUNTIME_TOKEN: '' }),
  });
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/::warning::Artifact '[^']+' not uploaded: ACTIONS_RUNTIME_TOKEN/);
  expect(service.calls).toEqual([]);
});

test('hostile text in the artifact name and in a task log is inert in what is printed', async () => {
  const name = '##[error]fake %0A ##vso[task.complete result=Succeeded]x';
  const run = await runAction(RUN_JOB, {
    inputs: {
      ...conn(),
      'git-source': 'none',
      upload: CODE,
      'notebook-path': 'inject',
      'upload-artifact': 'true',
      'artifact-name': name,
    },
    env: env(),
  });
  expect(run.code).toBe(1);
  const stored = service.artifacts.find((a) => a.name === name);
  const zip = await JSZip.loadAsync(stored!.zip!);
  // The file keeps the log as it was: it is data, never read as commands.
  expect(await zip.files['failed-tasks/inject.log'].async('string')).toContain('::error::injected');
  const outside = run.stdout.replace(/::stop-commands::([\w-]+)\n[\s\S]*?::\1::/g, '');
  expect(outside).not.toMatch(/^(::error::injected|##\[error\]fake|##vso\[)/m);
  expect(outside).toContain("Artifact '");
  // The summary shows the name as text: no heading, no HTML, no early end of the link.
  expect(run.summary).toContain(
    '📦 Artifact: [\\#\\#\\[error\\]fake %0A \\#\\#vso\\[task.complete',
  );
});

test('an artifact name GitHub would refuse is a clear input error before anything runs', async () => {
  const run = await runAction(RUN_JOB, {
    inputs: {
      ...conn(),
      'notebook-path': 'fail',
      'upload-artifact': 'true',
      'artifact-name': 'logs/run:1',
    },
    env: env(),
  });
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(
    /::error::Input 'artifact-name' contains ":", "\/", which artifact names may not: 'logs\/run:1'\. Use letters/,
  );
  expect(run.outputs['run-id']).toBe('');
  expect(service.calls).toEqual([]);
});
