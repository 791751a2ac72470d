import * as fs from 'fs';
import * as path from 'path';
import YAML from 'yaml';
import { capabilities } from '../../shared/capabilities';
import { VERSION } from '../../shared/version';
import { rootActionYml, staleFiles } from '../../scripts/generate';
import { actionDefault } from '../../shared/manifest';
import { Inputs } from '../../shared/inputs';
import type { CapabilityManifest, InputSpec } from '../../shared/manifest';
import { ROOT_SELECTOR, carriersFor, isRunnerExpression, rootPlan } from '../../shared/root-action';

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
        'connectedService:AzureRM',
      ]).toContain(input.type);
      if (input.type === 'pickList') expect(Object.keys(input.options).length).toBeGreaterThan(0);
    }
    for (const name of names) expect(name).toMatch(/^[a-z][A-Za-z0-9]*$/);
  });

  test('the manifest declares a post step exactly when the capability has one', async () => {
    expect(manifest.post === true).toBe(typeof (await capability.load()).post === 'function');
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
    ['images', ...capabilities.map((c) => c.manifest.task.name)].sort(),
  );
  expect(ext.version).toBe(VERSION);
});

describe('the root action', () => {
  const manifests = capabilities.map((c) => c.manifest);
  const root = YAML.parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { description: string; required: boolean; default?: string }>;
    outputs: Record<string, { description: string }>;
  };

  function fake(
    name: string,
    inputs: CapabilityManifest['inputs'],
    outputs: CapabilityManifest['outputs'] = {},
  ): CapabilityManifest {
    return {
      name,
      description: name,
      task: {
        name,
        id: '00000000-0000-0000-0000-000000000000',
        friendlyName: name,
        category: 'Utility',
        instanceNameFormat: name,
      },
      inputs,
      outputs,
    };
  }
  const text = (description: string, def?: string): InputSpec => ({
    ado: 'x',
    description,
    type: 'string',
    ...(def === undefined ? {} : { default: def }),
  });

  test(`selects the capability with '${ROOT_SELECTOR}', an input no capability declares`, () => {
    expect(root.inputs[ROOT_SELECTOR]).toEqual(
      expect.objectContaining({ required: true, description: expect.stringContaining('run-job') }),
    );
    for (const m of manifests) expect(Object.keys(m.inputs)).not.toContain(ROOT_SELECTOR);
    expect(root.inputs.command.description).toMatch(/^unit-tests: Shell command/);
  });

  test('the generator refuses a capability input named like the selector', () => {
    const bad = fake('bad-cap', { capability: text('Which capability of the cluster.') });
    expect(() => rootActionYml([...manifests, bad])).toThrow(
      /input 'capability', but bad-cap also declares an input named 'capability'.*Rename/,
    );
  });

  test("every capability gets the default its own action would give it, and no one else's", () => {
    const plan = rootPlan(manifests);
    for (const m of manifests) {
      const carriers = carriersFor(plan, m.name);
      for (const [name, spec] of Object.entries(m.inputs)) {
        if (spec.adoOnly) continue;
        const declared = root.inputs[name];
        expect(declared).toBeDefined();
        const own = actionDefault(spec);
        if (declared.default !== undefined) {
          // The runner passes it to every capability that has the input: all must agree.
          expect([m.name, name, own]).toEqual([m.name, name, declared.default]);
        } else if (own !== undefined && isRunnerExpression(own)) {
          expect(root.inputs[carriers.get(name)!]?.default).toBe(own);
        } else if (spec.default !== undefined) {
          // Applied at run time by the input reader when the runner passes an empty value.
          const read = new Inputs(m, (n) => (n === name ? '' : undefined));
          expect(read.raw(name)).toBe(spec.default);
        }
      }
    }
    expect(root.inputs['github-token'].default).toBe('${{ github.token }}');
  });

  test('defaults that differ are left to the capability and described per capability', () => {
    expect(root.inputs.timeout.default).toBeUndefined();
    expect(root.inputs.timeout.description).toMatch(
      /^unit-tests: Seconds the command may run.*; run-job: Seconds to wait.*\(default: `3600`\)\.$/,
    );
    expect(root.outputs['duration-seconds'].description).toBe(
      'unit-tests: Test time the reports give, in seconds; run-job: Run duration in seconds.',
    );
  });

  test('a runner-expression default that differs between capabilities travels in a hidden input', () => {
    const a = fake(
      'cap-a',
      { token: text('Token for A.', '${{ github.token }}') },
      {
        id: { ado: 'id', description: 'The id.' },
      },
    );
    const b = fake(
      'cap-b',
      { token: text('Token for B.') },
      { id: { ado: 'id', description: 'The id.' } },
    );
    const doc = YAML.parse(rootActionYml([a, b]).content);
    expect(doc.inputs.token.default).toBeUndefined();
    expect(doc.inputs.token.description).toBe(
      'cap-a: Token for A (default: `github.token`, evaluated by the runner); cap-b: Token for B.',
    );
    expect(doc.inputs['default-for-cap-a-token']).toEqual(
      expect.objectContaining({ default: '${{ github.token }}', required: false }),
    );
    expect(Object.keys(doc.inputs)).not.toContain('default-for-cap-b-token');
    expect(doc.outputs.id.description).toBe('The id.');
    expect(carriersFor(rootPlan([a, b]), 'cap-a').get('token')).toBe('default-for-cap-a-token');
    expect(carriersFor(rootPlan([a, b]), 'cap-b').size).toBe(0);
    const clash = fake('cap-c', { 'default-for-cap-a-token': text('Oops.') });
    expect(() => rootActionYml([a, b, clash])).toThrow(
      /needs input 'default-for-cap-a-token'.*cap-c declares an input of that name/,
    );
  });
});
