// evaluate-model through the CLI front door (in process) against a local workspace: real registry
// answers, real MLflow runs, the SQL results table read back.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { connectionArgs, runCli, runCliJson } from '../../helpers/cli-run';
import { startLocalWorkspace, type LocalWorkspace } from '../../../local-workspace/server';
import { Registry } from '../../helpers/model-registry';

let ws: LocalWorkspace;
let reg: Registry;
let dir: string;

beforeAll(async () => {
  ws = await startLocalWorkspace({ port: 0 });
  reg = new Registry(ws);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gate-'));
});
afterAll(async () => {
  await ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const THRESHOLDS = JSON.stringify({
  rmse: { threshold: 1.0, min_absolute_change: 0.05, greater_is_better: false },
});

function gate(args: string[]) {
  return runCliJson(['evaluate-model', ...connectionArgs(ws), '--json', ...args]);
}

let n = 0;
const model = () => `main.gate.m${++n}`;

test('a first model has no champion: comparisons are skipped, the threshold decides, tags are written', async () => {
  const name = model();
  const v1 = await reg.ucVersion(name, { runId: await reg.run({ metrics: { rmse: 0.8 } }) });
  const r = await gate(['--model-name', name, '--thresholds', THRESHOLDS]);
  expect(r.stderr).not.toMatch(/error:/);
  expect(r.code).toBe(0);
  expect(r.outputs['passed']).toBe('true');
  expect(r.outputs['candidate-version']).toBe(v1);
  expect(r.outputs['baseline-version']).toBe('');
  const report = JSON.parse(r.outputs['report-json']);
  expect(report.metrics[0]).toMatchObject({
    metric: 'rmse',
    candidate: 0.8,
    comparisonSkipped: true,
  });
  const tags = await reg.ucTags(name, v1);
  expect(tags['mlops.gate.status']).toBe('passed');
  expect(tags['mlops.gate.baseline_version']).toBe('none');
});

test('a better challenger passes against the champion and gets the challenger alias; a worse one fails', async () => {
  const name = model();
  const v1 = await reg.ucVersion(name, { runId: await reg.run({ metrics: { rmse: 0.8 } }) });
  await reg.setAlias(name, 'champion', v1);
  const v2 = await reg.ucVersion(name, { runId: await reg.run({ metrics: { rmse: 0.7 } }) });
  const pass = await gate([
    '--model-name',
    name,
    '--thresholds',
    THRESHOLDS,
    '--alias-on-pass',
    'challenger',
  ]);
  expect(pass.code).toBe(0);
  expect(pass.outputs['baseline-version']).toBe(v1);
  expect(pass.outputs['candidate-version']).toBe(v2);
  expect(await reg.aliasVersion(name, 'challenger')).toBe(v2);

  const v3 = await reg.ucVersion(name, { runId: await reg.run({ metrics: { rmse: 0.78 } }) });
  const fail = await gate(['--model-name', name, '--thresholds', THRESHOLDS]);
  expect(fail.code).toBe(1);
  expect(fail.outputs['candidate-version']).toBe(v3);
  expect(fail.outputs['passed']).toBe('false');
  expect(JSON.parse(fail.outputs['failed-metrics'])).toEqual(['rmse']);
  expect(fail.stderr).toMatch(/error: The model gate failed: metric\(s\) rmse/);
  expect(fail.stderr).toMatch(/minimum absolute change check failed/);
  expect((await reg.ucTags(name, v3))['mlops.gate.status']).toBe('failed');
});

test('warn reports a failed gate without failing; dry-run writes nothing', async () => {
  const name = model();
  const v1 = await reg.ucVersion(name, { runId: await reg.run({ metrics: { rmse: 2 } }) });
  const warn = await gate(['--model-name', name, '--thresholds', THRESHOLDS, '--mode', 'warn']);
  expect(warn.code).toBe(0);
  expect(warn.outputs['passed']).toBe('false');
  expect(warn.stderr).toMatch(/warning: The model gate failed.*not enforced/);
  expect((await reg.ucTags(name, v1))['mlops.gate.status']).toBe('failed');

  const name2 = model();
  const w1 = await reg.ucVersion(name2, { runId: await reg.run({ metrics: { rmse: 2 } }) });
  const dry = await gate(['--model-name', name2, '--thresholds', THRESHOLDS, '--mode', 'dry-run']);
  expect(dry.code).toBe(0);
  expect(dry.outputs['passed']).toBe('false');
  expect((await reg.ucTags(name2, w1))['mlops.gate.status']).toBeUndefined();
});

test('latest-unevaluated picks the newest ungated READY version, then none', async () => {
  const name = model();
  await reg.ucVersion(name, { runId: await reg.run({ metrics: { rmse: 0.5 } }) });
  const v2 = await reg.ucVersion(name, { runId: await reg.run({ metrics: { rmse: 0.5 } }) });
  const first = await gate([
    '--model-name',
    name,
    '--thresholds',
    THRESHOLDS,
    '--candidate',
    'latest-unevaluated',
  ]);
  expect(first.code).toBe(0);
  expect(first.outputs['candidate-version']).toBe(v2);
  // v1 is older and ungated: the newest ungated READY version is still v1 now.
  const second = await gate([
    '--model-name',
    name,
    '--thresholds',
    THRESHOLDS,
    '--candidate',
    'latest-unevaluated',
  ]);
  expect(second.outputs['candidate-version']).toBe('1');
  const third = await gate([
    '--model-name',
    name,
    '--thresholds',
    THRESHOLDS,
    '--candidate',
    'latest-unevaluated',
  ]);
  expect(third.code).toBe(0);
  expect(third.outputs['has-candidate']).toBe('false');
  expect(third.outputs['candidate-version']).toBe('');
});

test('compliance checks: tags, description, lineage to the commit, params', async () => {
  const name = model();
  const runId = await reg.run({
    metrics: { rmse: 0.5 },
    params: { alpha: '0.1' },
    tags: { 'mlflow.source.git.commit': 'abc1234def5678' },
  });
  await reg.ucVersion(name, { runId, tags: { owner: 'ml-team' } });
  const rules = JSON.stringify({
    required_tags: { owner: null, data_classification: ['public', 'internal'] },
    description: true,
    git_commit: true,
    required_params: ['alpha', 'beta'],
  });
  const r = await gate([
    '--model-name',
    name,
    '--thresholds',
    THRESHOLDS,
    '--compliance-rules',
    rules,
    '--commit',
    'abc1234',
  ]);
  expect(r.code).toBe(1);
  expect(JSON.parse(r.outputs['failed-checks'])).toEqual([
    'tag data_classification',
    'description',
    'param beta',
  ]);
  expect(JSON.parse(r.outputs['failed-metrics'])).toEqual([]);
});

test('results go to a SQL table, one row per metric and check, replaced on a re-run', async () => {
  const name = model();
  await reg.ucVersion(name, { runId: await reg.run({ metrics: { rmse: 0.5, mae: 0.3 } }) });
  const thresholds = JSON.stringify({
    rmse: { threshold: 1, greater_is_better: false },
    mae: { threshold: 0.2, greater_is_better: false },
  });
  const args = [
    '--model-name',
    name,
    '--thresholds',
    thresholds,
    '--warehouse-id',
    'wh1',
    '--results-table',
    'main.mlops.gate_results',
    '--compliance-rules',
    '{status_ready: true}',
    '--mode',
    'warn',
  ];
  expect((await gate(args)).code).toBe(0);
  expect((await gate(args)).code).toBe(0);
  const rows = await reg.sql(
    `SELECT kind, name, candidate_value, passed FROM main.mlops.gate_results WHERE model_name = '${name}' ORDER BY kind, name`,
  );
  // The CLI has no CI run id: each invocation is its own run, so two runs' rows exist.
  expect(rows.filter((r) => r[1] === 'rmse')).toHaveLength(2);
  expect(rows.find((r) => r[1] === 'mae')?.[3]).toMatch(/^(false|0)$/);
  expect(rows.find((r) => r[0] === 'check')?.[1]).toBe('status READY');
});

test('metric files with no model gate with no workspace at all', async () => {
  const cand = path.join(dir, 'cand.json');
  const base = path.join(dir, 'base.json');
  fs.writeFileSync(cand, JSON.stringify({ rmse: 0.9 }));
  fs.writeFileSync(base, JSON.stringify({ rmse: 0.9 }));
  const { code, stdout: out } = await runCli([
    'evaluate-model',
    '--json',
    '--thresholds',
    THRESHOLDS,
    '--candidate-metrics-file',
    cand,
    '--baseline-metrics-file',
    base,
  ]);
  expect(code).toBe(1);
  expect(JSON.parse(JSON.parse(out)['failed-metrics'])).toEqual(['rmse']);
});

test('bad input is one clear line naming the input', async () => {
  const name = model();
  const cases: Array<[string[], RegExp]> = [
    [
      ['--model-name', name, '--thresholds', '{rmse: {threshold: 1}}'],
      /--thresholds: metric 'rmse' has no greater_is_better/,
    ],
    [
      ['--model-name', name, '--thresholds', 'missing.yml'],
      /--thresholds names a file that does not exist/,
    ],
    [
      ['--model-name', name, '--thresholds', THRESHOLDS, '--candidate', '3'],
      /Version 3 of model .* does not exist\. Check --candidate/,
    ],
    [
      [
        '--model-name',
        name,
        '--thresholds',
        THRESHOLDS,
        '--results-table',
        'x; DROP TABLE y',
        '--warehouse-id',
        'w',
      ],
      /--results-table is not a table name/,
    ],
    [
      ['--model-name', 'plain', '--thresholds', THRESHOLDS, '--alias-on-pass', 'challenger'],
      /--alias-on-pass needs a Unity Catalog model/,
    ],
  ];
  await reg.ucVersion(name, { runId: await reg.run({ metrics: { rmse: 0.5 } }) });
  for (const [args, message] of cases) {
    const r = await gate(args);
    expect(r.code).toBe(2);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('error:'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }
});
