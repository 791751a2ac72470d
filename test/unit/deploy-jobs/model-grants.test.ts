// `grants` on a Unity Catalog registered model: planned as a change, added through the UC
// permissions API, never revoked, and a re-run writes nothing.
import * as fs from 'fs';
import * as path from 'path';
import type { LocalWorkspace } from '../../../local-workspace/server';
import { api, clearLog, copyProject, deployCli, writes, workspacePerTest } from './helpers';

let ws: LocalWorkspace;
const dirs = workspacePerTest((w) => (ws = w));

/** The fixture bundle with `grants` (YAML lines) added to its registered model. */
function project(grants: string): string {
  const dir = copyProject({ staging: ws.host, prod: ws.host });
  dirs.push(dir);
  const bundle = path.join(dir, 'fraud_model');
  const file = path.join(bundle, 'resources', 'ml-artifacts-resource.yml');
  const text = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(
    file,
    text.replace(
      '      schema_name: fraud\n',
      `      schema_name: fraud\n      grants:\n${grants}`,
    ),
  );
  return bundle;
}

const grantsPath = (model: string) => `/api/2.1/unity-catalog/permissions/function/${model}`;
interface Assignments {
  privilege_assignments: { principal: string; privileges: string[] }[];
}
const grantsOf = async (model: string) =>
  Object.fromEntries(
    (await api<Assignments>(ws, grantsPath(model))).privilege_assignments.map((a) => [
      a.principal,
      [...a.privileges].sort(),
    ]),
  );

async function patch(model: string, changes: unknown[]): Promise<void> {
  const res = await fetch(`${ws.host}${grantsPath(model)}`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${ws.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ changes }),
  });
  expect(res.status).toBe(200);
}

const MODEL = 'staging.fraud.fraud_model';

test('grants are planned, applied, left alone when held, and never revoked', async () => {
  const bundle = project(
    '        - principal: account users\n          privileges: [EXECUTE]\n        - principal: ml-engineers\n          privileges: [EXECUTE, APPLY_TAG]\n',
  );
  const args = ['--bundle', bundle, '--target', 'staging'];
  const dry = await deployCli(ws, [...args, '--dry-run', 'true']);
  expect(dry.code).toBe(0);
  expect(dry.stdout + dry.stderr).toContain('grants[ml-engineers]: (unset) → "EXECUTE, APPLY_TAG"');
  expect(dry.stdout + dry.stderr).not.toContain('are not applied');

  const first = await deployCli(ws, args);
  expect(first.code).toBe(0);
  const name = (JSON.parse(first.outputs.plan) as { kind: string; name: string }[]).find(
    (e) => e.kind === 'registered_models',
  )?.name;
  expect(name).toBe(MODEL);
  expect(await grantsOf(MODEL)).toEqual({
    'account users': ['EXECUTE'],
    'ml-engineers': ['APPLY_TAG', 'EXECUTE'],
  });

  // Granted elsewhere: a privilege the bundle does not name, and a principal it does not know.
  await patch(MODEL, [
    { principal: 'account users', add: ['APPLY_TAG'] },
    { principal: 'auditors', add: ['EXECUTE'] },
  ]);
  await clearLog(ws);
  const again = await deployCli(ws, args);
  expect(again.code).toBe(0);
  expect(JSON.parse(again.outputs.unchanged)).toContain('model');
  expect(await writes(ws)).toEqual([]);

  // Revoked by hand: the next deploy adds back only what is missing, without other writes.
  await patch(MODEL, [{ principal: 'ml-engineers', remove: ['APPLY_TAG'] }]);
  await clearLog(ws);
  const restored = await deployCli(ws, args);
  expect(restored.code).toBe(0);
  expect(JSON.parse(restored.outputs.updated)).toEqual(['model']);
  expect(restored.stdout + restored.stderr).toContain(
    'grants[ml-engineers]: "EXECUTE" → "EXECUTE, APPLY_TAG"',
  );
  expect(await writes(ws)).toEqual([`PATCH ${grantsPath(encodeURIComponent(MODEL))}`]);
  expect(await grantsOf(MODEL)).toEqual({
    'account users': ['APPLY_TAG', 'EXECUTE'],
    'ml-engineers': ['APPLY_TAG', 'EXECUTE'],
    auditors: ['EXECUTE'],
  });
});

test('a privilege a model cannot take fails that resource alone, with the API message', async () => {
  const bundle = project('        - principal: ml-engineers\n          privileges: [SELECT]\n');
  const r = await deployCli(ws, ['--bundle', bundle, '--target', 'staging']);
  expect(r.code).toBe(1);
  expect(JSON.parse(r.outputs.failed)).toEqual(['model']);
  expect(r.stderr).toContain('Privilege SELECT is not applicable');
  expect(JSON.parse(r.outputs.created)).toContain('model_training_job');
});

test('a hostile principal name is neutralised in the CLI output inside a CI step', async () => {
  const bundle = project(
    '        - principal: "ops\\n::error::x ##vso[task.complete result=Failed]"\n          privileges: [EXECUTE]\n',
  );
  const r = await deployCli(ws, ['--bundle', bundle, '--target', 'staging'], undefined, {
    GITHUB_ACTIONS: 'true',
    TF_BUILD: 'True',
  });
  expect(r.code).toBe(0);
  const printed = r.stdout + r.stderr;
  expect(printed).toContain('Granted EXECUTE on registered model');
  expect(printed).not.toMatch(/^\s*::error::x/m);
  expect(printed).not.toContain('##vso[task.complete');
});
