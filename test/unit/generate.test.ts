import * as fs from 'fs';
import * as path from 'path';
import YAML from 'yaml';
import { capabilities } from '../../shared/capabilities';
import { VERSION } from '../../shared/version';
import { staleFiles } from '../../scripts/generate';

const ROOT = path.resolve(__dirname, '..', '..');

test('every generated file matches its manifest (run `npm run generate` when this fails)', () => {
  expect(staleFiles()).toEqual([]);
});

test('the version constant follows package.json', () => {
  expect(VERSION).toBe(require('../../package.json').version);
});

describe.each(capabilities.map((c) => [c.manifest.name, c] as const))('%s', (_name, capability) => {
  const { manifest } = capability;
  const taskPath = path.join(ROOT, 'tasks', manifest.task.name, 'task.json');

  test('task.json is valid for the agent (tfx only warns about mistakes)', () => {
    const task = JSON.parse(fs.readFileSync(taskPath, 'utf8'));
    expect(task.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(Object.keys(task.execution).sort()).toEqual(['Node20_1', 'Node24']);
    expect(task.name).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
    const names = task.inputs.map((i: { name: string }) => i.name);
    expect(new Set(names).size).toBe(names.length);
    const groups = new Set(task.groups.map((g: { name: string }) => g.name));
    for (const input of task.inputs) {
      if (input.groupName) expect(groups).toContain(input.groupName);
      expect([
        'string',
        'boolean',
        'multiLine',
        'pickList',
        'filePath',
        'connectedService:databricks',
      ]).toContain(input.type);
      if (input.type === 'pickList') expect(Object.keys(input.options).length).toBeGreaterThan(0);
    }
    for (const name of names) expect(name).toMatch(/^[a-z][A-Za-z0-9]*$/);
  });

  test('the manifest declares a post step exactly when the capability has one', () => {
    expect(manifest.post === true).toBe(typeof capability.load().post === 'function');
  });

  test('action.yml runs on node24 and points at committed bundles', () => {
    const action = YAML.parse(
      fs.readFileSync(path.join(ROOT, 'actions', manifest.name, 'action.yml'), 'utf8'),
    );
    expect(action.runs.using).toBe('node24');
    const main = path.resolve(ROOT, 'actions', manifest.name, action.runs.main);
    expect(fs.existsSync(main)).toBe(true);
    if (manifest.post)
      expect(fs.existsSync(path.resolve(ROOT, 'actions', manifest.name, action.runs.post))).toBe(
        true,
      );
    for (const name of Object.keys(action.inputs)) expect(name).toMatch(/^[a-z][a-z0-9-]*$/);
  });
});

test('task GUIDs and names are unique across tasks', () => {
  const ids = capabilities.map((c) => c.manifest.task.id);
  const names = capabilities.map((c) => c.manifest.task.name);
  expect(new Set(ids).size).toBe(ids.length);
  expect(new Set(names).size).toBe(names.length);
});

test('task GUIDs never change once written', () => {
  // A task's identity in ADO is its GUID: changing one breaks every pipeline that uses it.
  const known: Record<string, string> = {
    DatabricksWhoAmI: '05648163-e201-4874-bc27-d8b59ec81fae',
    RunUnitTests: '51fc0de4-a671-4c38-b0f5-5995a7be6f6a',
    RunDatabricksJob: '4fbb8ff3-fe98-4d77-a0fb-58cae4e1dba3',
  };
  for (const c of capabilities) {
    if (known[c.manifest.task.name]) expect(c.manifest.task.id).toBe(known[c.manifest.task.name]);
  }
});

test('the extension manifest lists every task folder', () => {
  const ext = JSON.parse(fs.readFileSync(path.join(ROOT, 'tasks', 'vss-extension.json'), 'utf8'));
  expect(ext.files.map((f: { path: string }) => f.path).sort()).toEqual(
    capabilities.map((c) => c.manifest.task.name).sort(),
  );
  expect(ext.version).toBe(VERSION);
});
