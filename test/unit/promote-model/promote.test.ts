// promote-model through the CLI front door (in process) against a local workspace.
import { connectionArgs, runCliJson } from '../../helpers/cli-run';
import { startLocalWorkspace, type LocalWorkspace } from '../../../local-workspace/server';
import { Registry } from '../../helpers/model-registry';

let ws: LocalWorkspace;
let reg: Registry;

beforeAll(async () => {
  ws = await startLocalWorkspace({ port: 0 });
  reg = new Registry(ws);
});
afterAll(() => ws.close());

function promote(args: string[]) {
  return runCliJson(['promote-model', ...connectionArgs(ws), '--json', ...args]);
}

let n = 0;
/** A model with a champion (v1) and a gated challenger (v2). */
async function modelWithChallenger(gate = 'passed') {
  const name = `main.promote.m${++n}`;
  const v1 = await reg.ucVersion(name, { tags: { 'mlops.gate.status': 'passed' } });
  await reg.setAlias(name, 'champion', v1);
  const v2 = await reg.ucVersion(name, { tags: { 'mlops.gate.status': gate } });
  await reg.setAlias(name, 'challenger', v2);
  return { name, v1, v2 };
}

test('promotes the challenger: champion moves, the former champion is kept, challenger removed, audit recorded', async () => {
  const { name, v1, v2 } = await modelWithChallenger();
  const r = await promote(['--model-name', name, '--reason', 'weekly retrain']);
  expect(r.stderr).not.toMatch(/error:/);
  expect(r.code).toBe(0);
  expect(r.outputs).toMatchObject({
    'promoted-version': v2,
    'previous-version': v1,
    changed: 'true',
  });
  expect(await reg.aliasVersion(name, 'champion')).toBe(v2);
  expect(await reg.aliasVersion(name, 'previous-champion')).toBe(v1);
  expect(await reg.aliasVersion(name, 'challenger')).toBeUndefined();
  const tags = await reg.ucTags(name, v2);
  expect(tags).toMatchObject({
    'mlops.promotion.action': 'promoted',
    'mlops.promotion.previous_version': v1,
    'mlops.promotion.reason': 'weekly retrain',
    'mlops.promotion.target': '@champion',
  });
  expect(Date.parse(tags['mlops.promotion.time'])).toBeGreaterThan(0);
});

test('promoting the version that already holds the alias is a success with no write', async () => {
  const { name, v2 } = await modelWithChallenger();
  await promote(['--model-name', name]);
  const before = await reg.ucTags(name, v2);
  const again = await promote(['--model-name', name, '--version', v2]);
  expect(again.code).toBe(0);
  expect(again.outputs.changed).toBe('false');
  expect(again.outputs['promoted-version']).toBe(v2);
  expect(await reg.ucTags(name, v2)).toEqual(before);
});

test('a version without a passed gate is refused unless forced with a reason', async () => {
  const { name, v1, v2 } = await modelWithChallenger('failed');
  const refused = await promote(['--model-name', name]);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toMatch(/gate status 'failed'.*--force with a --reason/);
  expect(await reg.aliasVersion(name, 'champion')).toBe(v1);

  const noReason = await promote(['--model-name', name, '--force']);
  expect(noReason.code).toBe(2);
  expect(noReason.stderr).toMatch(/error: Input --reason is required with --force/);

  const forced = await promote(['--model-name', name, '--force', '--reason', 'hotfix INC-42']);
  expect(forced.code).toBe(0);
  expect(await reg.aliasVersion(name, 'champion')).toBe(v2);
  expect((await reg.ucTags(name, v2))['mlops.promotion.action']).toBe('forced');
});

test('a promotion made by someone else in between is detected and nothing is overwritten', async () => {
  const { name, v1, v2 } = await modelWithChallenger();
  const v3 = await reg.ucVersion(name, { tags: { 'mlops.gate.status': 'passed' } });
  // Someone promotes v3 after our gate compared v2 with v1.
  await reg.setAlias(name, 'champion', v3);
  const r = await promote(['--model-name', name, '--expected-current-version', v1]);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/holds version 3, not version 1.*someone promoted in between/);
  expect(await reg.aliasVersion(name, 'champion')).toBe(v3);
  expect(await reg.aliasVersion(name, 'challenger')).toBe(v2);
});

test('rollback restores the previous champion with the same audit', async () => {
  const { name, v1, v2 } = await modelWithChallenger();
  expect((await promote(['--model-name', name])).code).toBe(0);
  const r = await promote(['--model-name', name, '--rollback', '--reason', 'latency regression']);
  expect(r.code).toBe(0);
  expect(r.outputs).toMatchObject({ 'promoted-version': v1, 'previous-version': v2 });
  expect(await reg.aliasVersion(name, 'champion')).toBe(v1);
  expect((await reg.ucTags(name, v1))['mlops.promotion.action']).toBe('rollback');
});

test('an approval tag is required and then present', async () => {
  const { name, v2 } = await modelWithChallenger();
  const missing = await promote(['--model-name', name, '--approval-tag', 'Approval_Check']);
  expect(missing.code).toBe(1);
  expect(missing.stderr).toMatch(/is not approved: its tag 'Approval_Check' is not set/);
  await reg.call('POST', '/api/2.0/mlflow/unity-catalog/model-versions/tags', {
    name,
    version: v2,
    key: 'Approval_Check',
    value: 'Approved',
  });
  const ok = await promote(['--model-name', name, '--approval-tag', 'Approval_Check']);
  expect(ok.code).toBe(0);
  expect(JSON.parse(ok.outputs.approvers)).toEqual(['databricks:Approval_Check']);
});

test('workspace registry: the version moves to Production and the old one is archived', async () => {
  const name = `promote-ws-${++n}`;
  const v1 = await reg.workspaceVersion(name);
  await reg.call('POST', '/api/2.0/mlflow/model-versions/set-tag', {
    name,
    version: v1,
    key: 'mlops.gate.status',
    value: 'passed',
  });
  const first = await promote(['--model-name', name, '--version', v1]);
  expect(first.stderr).not.toMatch(/error:/);
  expect(first.code).toBe(0);
  const v2 = await reg.workspaceVersion(name);
  await reg.call('POST', '/api/2.0/mlflow/model-versions/set-tag', {
    name,
    version: v2,
    key: 'mlops.gate.status',
    value: 'passed',
  });
  const r = await promote(['--model-name', name, '--version', v2]);
  expect(r.code).toBe(0);
  expect(r.outputs['previous-version']).toBe(v1);
  const old = await reg.call(
    'GET',
    `/api/2.0/mlflow/model-versions/get?name=${name}&version=${v1}`,
  );
  expect(old.model_version.current_stage).toBe('Archived');
});

test('bad input: one line naming the input', async () => {
  const cases: Array<[string[], RegExp]> = [
    [[], /Input --model-name is required/],
    [['--model-name', 'm', '--target-alias', 'latest'], /--target-alias is not a usable alias/],
    [['--model-name', 'plain-model'], /--version is required for a workspace registry model/],
    [
      ['--model-name', 'a.b.c', '--rollback', '--version', '3'],
      /--version cannot be combined with --rollback/,
    ],
    [
      ['--model-name', 'a.b.c', '--expected-current-version', 'v1'],
      /--expected-current-version must be a version number or none/,
    ],
    [['--model-name', 'a.b.nope', '--version', '7'], /Check --model-name 'a\.b\.nope'/],
  ];
  for (const [args, message] of cases) {
    const r = await promote(args);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('error:'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
    expect(r.code).toBe(2);
  }
});
