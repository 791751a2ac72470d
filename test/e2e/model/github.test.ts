// The model CD flow through the committed bundles, as the GitHub runner runs them, on a local
// workspace: versions trained by a real job (run-job bundle, the workspace's mlflow shim), gated by
// evaluate-model, promoted by promote-model, results read back from tags, aliases and SQL.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { RUNNER_GITHUB_TOKEN, runAction, ROOT, type ActionRun } from '../../helpers/github-runner';
import { startLocalWorkspace, type LocalWorkspace } from '../../../local-workspace';
import { Registry } from '../../helpers/model-registry';
import { startFakeServer } from '../../helpers/fake-server';

const RUN_JOB = 'dist/actions/run-job/main.js';
const RUN_JOB_POST = 'dist/actions/run-job/post.js';
const EVALUATE = 'dist/actions/evaluate-model/main.js';
const PROMOTE = 'dist/actions/promote-model/main.js';
const CODE = path.join(ROOT, 'test/fixtures/model/code');
const MODEL = 'main.e2e.churn';
const COMMIT = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const THRESHOLDS = JSON.stringify({
  rmse: { threshold: 1.0, min_absolute_change: 0.05, greater_is_better: false },
  mae: { threshold: 1.0, greater_is_better: false },
});

let ws: LocalWorkspace;
let reg: Registry;
let conn: Record<string, string>;
let ciRun = 1000;

beforeAll(async () => {
  ws = await startLocalWorkspace({ port: 0 });
  reg = new Registry(ws);
  conn = { 'databricks-host': ws.host, 'databricks-token': ws.token };
});
afterAll(() => ws.close());

/** A GitHub Actions run context: each call is another workflow run of the same repository. */
function github(): Record<string, string> {
  ciRun += 1;
  return {
    GITHUB_REPOSITORY: 'acme/churn',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: String(ciRun),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'cd',
    GITHUB_SHA: COMMIT,
    GITHUB_ACTOR: 'release-bot',
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_WORKFLOW: 'model-cd',
  };
}

/** Trains and registers a version with the given rmse, through the run-job bundle. */
async function train(rmse: number): Promise<string> {
  const env = github();
  const run = await runAction(RUN_JOB, {
    inputs: {
      ...conn,
      'git-source': 'none',
      upload: CODE,
      'python-file': 'train.py',
      parameters: JSON.stringify([MODEL, String(rmse), COMMIT]),
    },
    env,
  });
  expect(run.stderr).toBe('');
  expect(run.outputs['result-state']).toBe('SUCCESS');
  await runAction(RUN_JOB_POST, { inputs: { ...conn }, env, state: run.state });
  const versions = await reg.call(
    'GET',
    `/api/2.0/mlflow/unity-catalog/model-versions/search?filter=${encodeURIComponent(`name='${MODEL}'`)}`,
  );
  return String(
    Math.max(...versions.model_versions.map((v: { version: string }) => Number(v.version))),
  );
}

function evaluate(inputs: Record<string, string>, env = github()): Promise<ActionRun> {
  return runAction(EVALUATE, {
    inputs: { ...conn, 'model-name': MODEL, thresholds: THRESHOLDS, ...inputs },
    env,
  });
}

function promote(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction(PROMOTE, { inputs: { ...conn, 'model-name': MODEL, ...inputs }, env: github() });
}

const EVAL_OUTPUTS = [
  'baseline-version',
  'candidate-version',
  'failed-checks',
  'failed-metrics',
  'has-candidate',
  'passed',
  'report-json',
];

test('train, gate against no champion, promote; train better, gate, promote; worse fails; rollback', async () => {
  const v1 = await train(0.8);
  const record = { 'warehouse-id': 'wh', 'results-table': 'main.mlops.gate_results' };
  const compliance = JSON.stringify({
    signature: true,
    git_commit: true,
    required_params: ['alpha'],
  });

  // First model: no champion yet, the comparison is skipped, the threshold decides.
  const first = await evaluate({
    ...record,
    'compliance-rules': compliance,
    'alias-on-pass': 'challenger',
  });
  expect(first.stderr).toBe('');
  expect(first.code).toBe(0);
  expect(Object.keys(first.outputs).sort()).toEqual(EVAL_OUTPUTS);
  expect(first.outputs).toMatchObject({
    passed: 'true',
    'candidate-version': v1,
    'baseline-version': '',
  });
  expect(first.summary).toContain('### Model gate: ✅ passed');
  expect(first.summary).toContain('comparison skipped: no baseline');
  expect(first.summary).toMatch(/\| git commit \| ✅ \|/);
  const tags1 = await reg.ucTags(MODEL, v1);
  expect(tags1).toMatchObject({
    'mlops.gate.status': 'passed',
    'mlops.gate.commit': COMMIT,
    'mlops.gate.run_url': expect.stringMatching(
      /^https:\/\/github\.com\/acme\/churn\/actions\/runs\/\d+$/,
    ),
  });
  expect(await reg.aliasVersion(MODEL, 'challenger')).toBe(v1);

  const p1 = await promote({});
  expect(p1.stderr).toBe('');
  expect(p1.outputs).toMatchObject({
    'promoted-version': v1,
    'previous-version': '',
    changed: 'true',
  });
  expect(await reg.aliasVersion(MODEL, 'champion')).toBe(v1);
  expect((await reg.ucTags(MODEL, v1))['mlops.promotion.by']).toBe('release-bot');

  // A better model passes against the champion.
  const v2 = await train(0.7);
  const second = await evaluate({ ...record, 'alias-on-pass': 'challenger' });
  expect(second.code).toBe(0);
  expect(second.outputs).toMatchObject({
    passed: 'true',
    'candidate-version': v2,
    'baseline-version': v1,
  });
  const p2 = await promote({ 'expected-current-version': v1 });
  expect(p2.outputs).toMatchObject({ 'promoted-version': v2, 'previous-version': v1 });
  expect(await reg.aliasVersion(MODEL, 'previous-champion')).toBe(v1);

  // A worse one fails in enforce, is reported in warn, and leaves no trace in dry-run.
  const v3 = await train(0.69);
  const enforce = await evaluate({ ...record });
  expect(enforce.code).toBe(1);
  expect(enforce.outputs).toMatchObject({ passed: 'false', 'candidate-version': v3 });
  expect(JSON.parse(enforce.outputs['failed-metrics'])).toEqual(['rmse']);
  expect(enforce.stdout).toMatch(/^::error::The model gate failed: metric\(s\) rmse\.$/m);
  const warn = await evaluate({ mode: 'warn' });
  expect(warn.code).toBe(0);
  expect(warn.stdout).toMatch(/^::warning::The model gate failed: metric\(s\) rmse\. \(mode warn/m);
  const refused = await promote({ version: v3 });
  expect(refused.code).toBe(1);
  expect(refused.stdout).toMatch(/::error::Version 3 .* gate status 'failed'/);
  expect(await reg.aliasVersion(MODEL, 'champion')).toBe(v2);

  // The results table holds one row per metric and check, per CI run.
  const rows = await reg.sql(
    `SELECT model_version, kind, name, passed FROM main.mlops.gate_results WHERE model_name = '${MODEL}' ORDER BY model_version, kind, name`,
  );
  expect(rows.map((r) => `${r[0]}:${r[1]}:${r[2]}`)).toEqual([
    `${v1}:check:git commit`,
    `${v1}:check:param alpha`,
    `${v1}:check:signature`,
    `${v1}:check:status READY`,
    `${v1}:metric:mae`,
    `${v1}:metric:rmse`,
    `${v2}:metric:mae`,
    `${v2}:metric:rmse`,
    `${v3}:metric:mae`,
    `${v3}:metric:rmse`,
  ]);

  // Rollback restores v1.
  const back = await promote({ rollback: 'true', reason: 'latency regression' });
  expect(back.code).toBe(0);
  expect(back.outputs).toMatchObject({ 'promoted-version': v1, 'previous-version': v2 });
  expect(await reg.aliasVersion(MODEL, 'champion')).toBe(v1);
});

test('a re-run of the same CI run replaces its rows in the results table', async () => {
  const name = 'main.e2e.rerun';
  const runId = await reg.run({ metrics: { rmse: 0.5, mae: 0.2 } });
  await reg.ucVersion(name, { runId });
  const env = github();
  const inputs = {
    'model-name': name,
    'warehouse-id': 'wh',
    'results-table': 'main.mlops.rerun_results',
  };
  expect((await evaluate(inputs, env)).code).toBe(0);
  expect((await evaluate(inputs, env)).code).toBe(0);
  const rows = await reg.sql(
    `SELECT name FROM main.mlops.rerun_results WHERE model_name = '${name}'`,
  );
  expect(rows.map((r) => r[0]).sort()).toEqual(['mae', 'rmse']);
});

test('latest-unevaluated gates the newest ungated version, then finds none', async () => {
  const name = 'main.e2e.sched';
  await reg.ucVersion(name, { runId: await reg.run({ metrics: { rmse: 0.5, mae: 0.2 } }) });
  const a = await evaluate({ 'model-name': name, candidate: 'latest-unevaluated' });
  expect(a.outputs).toMatchObject({ 'has-candidate': 'true', 'candidate-version': '1' });
  const b = await evaluate({ 'model-name': name, candidate: 'latest-unevaluated' });
  expect(b.code).toBe(0);
  expect(b.outputs).toMatchObject({
    'has-candidate': 'false',
    passed: '',
    'candidate-version': '',
  });
  expect(Object.keys(b.outputs).sort()).toEqual(EVAL_OUTPUTS);
  expect(b.summary).toContain('nothing to evaluate');
});

test('an approval tag must be present before promotion', async () => {
  const name = 'main.e2e.approve';
  const v = await reg.ucVersion(name, { tags: { 'mlops.gate.status': 'passed' } });
  await reg.setAlias(name, 'challenger', v);
  const denied = await promote({ 'model-name': name, 'approval-tag': 'Approval_Check' });
  expect(denied.code).toBe(1);
  expect(denied.outputs.changed).toBe('false');
  await reg.call('POST', '/api/2.0/mlflow/unity-catalog/model-versions/tags', {
    name,
    version: v,
    key: 'Approval_Check',
    value: 'approved',
  });
  const ok = await promote({ 'model-name': name, 'approval-tag': 'Approval_Check' });
  expect(ok.code).toBe(0);
  expect(await reg.aliasVersion(name, 'champion')).toBe(v);
});

test('the verdict and the promotion go into their own sticky PR reports, updated in place', async () => {
  const comments: Array<{ id: number; body: string }> = [];
  const api = await startFakeServer((req) => {
    if (/^\/repos\/acme\/churn\/actions\/runs\/\d+\/approvals/.test(req.url))
      return {
        status: 200,
        body: [
          { state: 'approved', user: { login: 'alice' }, environments: [{ name: 'production' }] },
        ],
      };
    const list = /^\/repos\/acme\/churn\/issues\/9\/comments/;
    if (req.method === 'GET' && list.test(req.url)) return { status: 200, body: comments };
    if (req.method === 'POST' && list.test(req.url)) {
      const c = { id: comments.length + 1, body: (JSON.parse(req.body) as { body: string }).body };
      comments.push(c);
      return { status: 201, body: c };
    }
    const patch = /^\/repos\/acme\/churn\/issues\/comments\/(\d+)/.exec(req.url);
    if (req.method === 'PATCH' && patch) {
      const c = comments.find((x) => x.id === Number(patch[1]))!;
      c.body = (JSON.parse(req.body) as { body: string }).body;
      return { status: 200, body: c };
    }
    return undefined;
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'model-pr-'));
  try {
    const event = path.join(dir, 'event.json');
    fs.writeFileSync(event, JSON.stringify({ pull_request: { number: 9, head: { sha: COMMIT } } }));
    const name = 'main.e2e.pr';
    const v1 = await reg.ucVersion(name, {
      runId: await reg.run({ metrics: { rmse: 0.5, mae: 0.2 } }),
    });
    const env = {
      ...github(),
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_API_URL: api.url,
    };
    const inputs = { 'model-name': name, 'pr-comment': 'true', 'alias-on-pass': 'challenger' };
    const gate = await evaluate(inputs, env);
    expect(gate.code).toBe(0);
    expect(await evaluate(inputs, env)).toMatchObject({ code: 0 });
    const promoted = await runAction(PROMOTE, {
      inputs: { ...conn, 'model-name': name, 'pr-comment': 'true' },
      env,
    });
    expect(promoted.code).toBe(0);
    // The environment's reviewer, read from the run's approvals, is in the audit.
    expect(JSON.parse(promoted.outputs.approvers)).toEqual(['github:alice (production)']);
    expect((await reg.ucTags(name, v1))['mlops.promotion.approvers']).toBe(
      'github:alice (production)',
    );
    // One comment per report key, however often each step runs.
    expect(comments).toHaveLength(2);
    expect(comments[0].body).toContain('### Model gate: ✅ passed');
    expect(comments[1].body).toContain(`version (none) → **${v1}**`);
    // The job token the runner passes by default, never printed.
    expect(api.requests.length).toBeGreaterThan(0);
    expect(
      api.requests.every((r) => r.headers.authorization === `Bearer ${RUNNER_GITHUB_TOKEN}`),
    ).toBe(true);
    // Registered with the runner's masking, and shown nowhere else.
    const shown = gate.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(shown.join('\n')).not.toContain(RUNNER_GITHUB_TOKEN);
    expect(gate.stdout).toContain(`::add-mask::${RUNNER_GITHUB_TOKEN}`);
  } finally {
    await api.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
