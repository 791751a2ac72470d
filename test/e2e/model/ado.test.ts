// The EvaluateModel and PromoteModel tasks' source through the task-lib mock runner, with a
// Databricks service connection. The mock runner blocks this process while a task runs, so the
// local workspace runs in a process of its own (the CLI's `local`).
import { adoWorkspace, runAdoTask } from '../../helpers/ado-runner';
import { Registry } from '../../helpers/model-registry';
import type { LocalWorkspace } from '../../../local-workspace/server';

const ado = adoWorkspace();
let reg: Registry;

beforeAll(async () => {
  reg = new Registry(ado.server as unknown as LocalWorkspace);
});

const variables = {
  'Build.BuildId': '777',
  'System.JobAttempt': '1',
  'System.CollectionUri': 'https://dev.azure.com/acme/',
  'System.TeamProject': 'churn',
  'Build.RequestedFor': 'Release Bot',
};
const THRESHOLDS = JSON.stringify({
  rmse: { threshold: 1, min_absolute_change: 0.05, greater_is_better: false },
});

test('gate and promote through the ADO tasks with a service connection', async () => {
  const name = 'main.ado.churn';
  const v1 = await reg.ucVersion(name, { runId: await reg.run({ metrics: { rmse: 0.8 } }) });
  const gate = await runAdoTask('evaluate-model', {
    inputs: {
      databricksConnection: 'databricks-prod',
      modelName: name,
      thresholds: THRESHOLDS,
      aliasOnPass: 'challenger',
    },
    endpoints: ado.endpoints,
    variables,
  });
  expect(gate.result).toBe('Succeeded');
  expect(gate.outputs).toMatchObject({
    passed: 'true',
    candidateVersion: v1,
    hasCandidate: 'true',
  });
  expect(gate.stdout).toContain('##vso[task.uploadsummary]');
  expect((await reg.ucTags(name, v1))['mlops.gate.run_url']).toBe(
    'https://dev.azure.com/acme/churn/_build/results?buildId=777',
  );

  const promote = await runAdoTask('promote-model', {
    inputs: { databricksConnection: 'databricks-prod', modelName: name },
    endpoints: ado.endpoints,
    variables,
  });
  expect(promote.result).toBe('Succeeded');
  expect(promote.outputs).toMatchObject({ promotedVersion: v1, changed: 'true' });
  expect(await reg.aliasVersion(name, 'champion')).toBe(v1);
  expect((await reg.ucTags(name, v1))['mlops.promotion.by']).toBe('Release Bot');
});

test('a failed gate in warn mode is SucceededWithIssues; in enforce it fails the task', async () => {
  const name = 'main.ado.warn';
  await reg.ucVersion(name, { runId: await reg.run({ metrics: { rmse: 3 } }) });
  const inputs = {
    databricksConnection: 'databricks-prod',
    modelName: name,
    thresholds: THRESHOLDS,
  };
  const warn = await runAdoTask('evaluate-model', {
    inputs: { ...inputs, mode: 'warn' },
    endpoints: ado.endpoints,
    variables,
  });
  expect(warn.result).toBe('SucceededWithIssues');
  expect(warn.outputs.passed).toBe('false');
  expect(warn.outputs.failedMetrics).toBe('["rmse"]');
  const enforce = await runAdoTask('evaluate-model', {
    inputs,
    endpoints: ado.endpoints,
    variables,
  });
  expect(enforce.result).toBe('Failed');
  expect(enforce.stdout).toMatch(/The model gate failed: metric\(s\) rmse/);
});
