// The DeployModelServing task's source through the task-lib mock runner, with a Databricks service
// connection. The mock runner blocks this process while a task runs, so the local workspace runs
// in a process of its own (the CLI's `local`, serving updates taking its default 2 s).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { adoWorkspace, runAdoTask } from '../../helpers/ado-runner';
import { Registry } from '../../helpers/model-registry';
import type { LocalWorkspace } from '../../../local-workspace/server';

const ado = adoWorkspace();
let reg: Registry;
let dir: string;

beforeAll(async () => {
  reg = new Registry(ado.server as unknown as LocalWorkspace);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serving-ado-'));
});

afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const variables = { 'Build.BuildId': '778', 'System.JobAttempt': '1' };

test('create with the champion, A/B split, then a failed smoke test rolled back', async () => {
  const name = 'main.ado.fraud';
  const v1 = await reg.ucVersion(name);
  const v2 = await reg.ucVersion(name);
  await reg.setAlias(name, 'champion', v1);
  await reg.setAlias(name, 'challenger', v2);
  const base = {
    databricksConnection: 'databricks-prod',
    endpointName: 'ado-fraud',
    modelName: name,
  };

  const created = await runAdoTask('deploy-serving', {
    inputs: base,
    endpoints: ado.endpoints,
    variables,
  });
  expect(created.result).toBe('Succeeded');
  expect(created.outputs).toMatchObject({ traffic: 'champion=100', changed: 'true' });
  expect(created.stdout).toMatch(
    /\[\d\d:\d\d:\d\d\] Endpoint ado-fraud: NOT_READY, config update IN_PROGRESS/,
  );
  expect(created.stdout).toContain('##vso[task.uploadsummary]');

  const ab = await runAdoTask('deploy-serving', {
    inputs: { ...base, traffic: 'champion=90,challenger=10' },
    endpoints: ado.endpoints,
    variables,
  });
  expect(ab.result).toBe('Succeeded');
  expect(ab.outputs['traffic']).toBe('champion=90,challenger=10');
  expect(JSON.parse(ab.outputs['servedVersions'])).toEqual({ champion: v1, challenger: v2 });

  const payload = path.join(dir, 'smoke.json');
  fs.writeFileSync(payload, JSON.stringify({ inputs: [[1, 2]] }));
  const smoke = await runAdoTask('deploy-serving', {
    inputs: {
      ...base,
      version: 'challenger',
      smokeTestPayload: payload,
      smokeTestExpected: '{"predictions": [4]}',
    },
    endpoints: ado.endpoints,
    variables,
  });
  expect(smoke.result).toBe('Failed');
  expect(smoke.stdout).toMatch(
    /##vso\[task\.issue type=error[^\]]*\]The smoke test failed: unexpected answer: \$\.predictions\[0\] is 3, expected 4\. Rollback: restored champion=90,challenger=10\./,
  );
  expect(JSON.parse(smoke.outputs['servedVersions'])).toEqual({ champion: v1, challenger: v2 });
});

test('a bad environment variable is one error naming the ADO input, secret not shown', async () => {
  const r = await runAdoTask('deploy-serving', {
    inputs: {
      databricksConnection: 'databricks-prod',
      endpointName: 'ado-x',
      modelName: 'main.ado.x',
      environmentVars: 'DB_PASSWORD=hunter2',
    },
    endpoints: ado.endpoints,
    variables,
  });
  expect(r.result).toBe('Failed');
  expect(r.stdout).toMatch(
    /Input 'environmentVars' sets DB_PASSWORD to a literal value that looks like a secret/,
  );
  // task-lib itself debug-logs every input it reads (visible only with system.debug); nothing else
  // may carry the value.
  const shown = r.stdout.split('\n').filter((l) => !l.startsWith('##vso[task.debug]'));
  expect(shown.join('\n')).not.toContain('hunter2');
});
