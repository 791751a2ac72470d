// The generated task.json files and extension manifest, checked the way ADO would reject them:
// `tfx extension create` only warns, so a mistake would surface only when a pipeline runs.
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv-draft-04';
import { capabilities } from '../../shared/capabilities';

const ROOT = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const schema = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'test/fixtures/ado/tasks.schema.json'), 'utf8'),
);
const recordedGuids: Record<string, string> = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'test/fixtures/task-guids.json'), 'utf8'),
);
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const ext = JSON.parse(fs.readFileSync(path.join(ROOT, 'tasks/vss-extension.json'), 'utf8'));

interface TaskInput {
  name: string;
  type: string;
  groupName?: string;
  visibleRule?: string;
  options?: Record<string, string>;
}

// unicodeRegExp off: the schema's patterns escape ':', which the u flag rejects.
const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);

/** GitHub's anchor for a README heading: lower case, punctuation dropped, spaces as dashes. */
function anchors(markdown: string): Set<string> {
  const out = new Set<string>();
  for (const m of markdown.matchAll(/^#{1,6} +(.+)$/gm))
    out.add(
      m[1]
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, '')
        .replace(/ /g, '-'),
    );
  return out;
}

describe.each(capabilities.map((c) => [c.manifest.task.name, c.manifest] as const))(
  '%s task.json',
  (taskName, manifest) => {
    const dir = path.join(ROOT, 'tasks', taskName);
    const task = JSON.parse(fs.readFileSync(path.join(dir, 'task.json'), 'utf8'));
    const inputs: TaskInput[] = task.inputs;
    const names = new Set(inputs.map((i) => i.name));

    test("matches Microsoft's task schema", () => {
      const ok = validate(task);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });

    test('keeps the GUID recorded for it', () => {
      expect(recordedGuids[taskName]).toBe(task.id);
    });

    test('has a name and friendly name within the limits ADO enforces', () => {
      expect(task.name).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
      expect(task.name.length).toBeLessThanOrEqual(64);
      expect(task.friendlyName.length).toBeGreaterThan(0);
      expect(task.friendlyName.length).toBeLessThanOrEqual(40);
    });

    test('runs on Node24 with Node20_1 as fallback, with its handler files in the task folder', () => {
      for (const phase of ['execution', ...(manifest.post ? ['postjobexecution'] : [])]) {
        expect(Object.keys(task[phase]).sort()).toEqual(['Node20_1', 'Node24']);
        for (const handler of Object.values(task[phase]) as Array<{ target: string }>)
          expect(fs.existsSync(path.join(dir, handler.target))).toBe(true);
      }
      if (!manifest.post) expect(task.postjobexecution).toBeUndefined();
    });

    test('has its version in step with package.json', () => {
      const [major, minor, patch] = pkg.version.split('.').map(Number);
      expect(task.version).toEqual({ Major: major, Minor: minor, Patch: patch });
    });

    test('every visibleRule names an existing input, every groupName an existing group', () => {
      const groups = new Set(task.groups.map((g: { name: string }) => g.name));
      for (const input of inputs) {
        if (input.groupName) expect(groups).toContain(input.groupName);
        if (!input.visibleRule) continue;
        for (const clause of input.visibleRule.split(/\s*(?:\|\||&&)\s*/)) {
          const m = /^([A-Za-z][A-Za-z0-9]*)\s*(=|!=|<|>|<=|>=|Contains|NotContains)\s*(.+)$/.exec(
            clause,
          );
          expect(m).not.toBeNull();
          expect(names).toContain(m![1]);
          expect(m![1]).not.toBe(input.name);
          // The value must be one the referenced input can take.
          const target = inputs.find((i) => i.name === m![1])!;
          if (target.options) expect(Object.keys(target.options)).toContain(m![3]);
        }
      }
    });

    test('instanceNameFormat refers only to its inputs', () => {
      expect(task.instanceNameFormat).toMatch(/\S/);
      for (const m of (task.instanceNameFormat as string).matchAll(/\$\(([^)]+)\)/g))
        expect(names).toContain(m[1]);
    });

    test('choices are pick lists, paths are file pickers, connections are of type Databricks', () => {
      for (const [name, spec] of Object.entries(manifest.inputs)) {
        if (spec.githubOnly) continue;
        const input = inputs.find((i) => i.name === spec.ado)!;
        if (spec.options) {
          expect([name, input.type]).toEqual([name, 'pickList']);
          expect(Object.keys(input.options ?? {})).toEqual([...spec.options]);
        }
        if (spec.path) expect([name, input.type]).toEqual([name, 'filePath']);
      }
      const connection = inputs.find((i) => i.name === 'databricksConnection');
      if (connection) expect(connection.type).toBe('connectedService:databricks');
    });

    test('the connection overrides are folded away in the collapsed Advanced connection group', () => {
      const overrides = inputs.filter((i) => i.groupName === 'advancedConnection');
      if (!names.has('databricksConnection')) return expect(overrides).toEqual([]);
      const group = task.groups.find((g: { name: string }) => g.name === 'advancedConnection');
      expect(group).toEqual({
        name: 'advancedConnection',
        displayName: 'Advanced connection',
        isExpanded: false,
      });
      expect(overrides.map((i) => i.name)).toEqual(
        expect.arrayContaining(['databricksHost', 'databricksToken', 'authType', 'clientSecret']),
      );
      const token = overrides.find((i) => i.name === 'databricksToken')!;
      expect(token.visibleRule).toBe('authType = pat');
    });

    test('help is written for users and links to the README section that exists', () => {
      expect(task.helpMarkDown).not.toMatch(/generated|do not edit/i);
      expect(task.helpMarkDown).toContain(`(${task.helpUrl})`);
      const [base, anchor] = (task.helpUrl as string).split('#');
      expect(base).toBe(pkg.repository.url);
      expect(anchors(readme)).toContain(anchor);
    });
  },
);

test('every recorded GUID still belongs to a task (a task is never dropped silently)', () => {
  const tasks = capabilities.map((c) => c.manifest.task.name);
  expect(Object.keys(recordedGuids).sort()).toEqual([...tasks].sort());
});

describe('the extension manifest', () => {
  test('takes its identity and version from package.json', () => {
    expect(ext.publisher).toBe(pkg.adoExtension.publisher);
    expect(ext.id).toBe(pkg.adoExtension.id);
    expect(ext.version).toBe(pkg.version);
  });

  test('contributes every task, and the README links it points to exist', () => {
    const contributed = ext.contributions
      .filter((c: { type: string }) => c.type === 'ms.vss-distributed-task.task')
      .map((c: { properties: { name: string } }) => c.properties.name);
    expect(contributed.sort()).toEqual(capabilities.map((c) => c.manifest.task.name).sort());
    const anchor = (ext.links.getstarted.uri as string).split('#')[1];
    expect(anchors(readme)).toContain(anchor);
  });

  test('declares the Databricks connection type with a Verify call and both kinds of credential', () => {
    const endpoint = ext.contributions.find(
      (c: { type: string }) => c.type === 'ms.vss-endpoint.service-endpoint-type',
    );
    expect(endpoint.properties.name).toBe('databricks');
    const test = endpoint.properties.dataSources.find(
      (d: { name: string }) => d.name === 'TestConnection',
    );
    expect(test.endpointUrl).toBe('{{endpoint.url}}/api/2.0/preview/scim/v2/Me');
    const schemes = endpoint.properties.authenticationSchemes;
    expect(schemes.map((s: { type: string }) => s.type)).toEqual([
      'ms.vss-endpoint.endpoint-auth-scheme-token',
      'ms.vss-endpoint.endpoint-auth-scheme-basic',
    ]);
    expect(schemes[0].headers).toEqual([
      { name: 'Authorization', value: 'Bearer {{endpoint.apitoken}}' },
    ]);
    for (const scheme of schemes)
      for (const d of scheme.inputDescriptors)
        if (/token|secret/i.test(d.name)) {
          expect(d.isConfidential).toBe(true);
          expect(d.inputMode).toBe('passwordbox');
        }
  });
});
