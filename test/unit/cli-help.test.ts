// What `--help` and the generated files tell a user: host-neutral text, each host's notes only
// where they apply, and every flag `local` accepts.
import * as fs from 'fs';
import * as path from 'path';
import YAML from 'yaml';
import { commandHelp, mainHelp } from '../../cli/cli';
import { localCommand, localHelp } from '../../local-workspace/cli';
import { actionYml, readmeTables, taskJson } from '../../scripts/generate';
import { capabilities } from '../../shared/capabilities';
import { describeInput } from '../../shared/describe';
import { inputRef } from '../../shared/errors';
import { captured } from '../helpers/cli-run';

const ROOT = path.resolve(__dirname, '..', '..');

describe.each(capabilities.map((c) => [c.manifest.name, c] as const))('%s', (_name, entry) => {
  const { manifest } = entry;
  const help = commandHelp(entry);

  test('--help is plain text with no GitHub-only wording', () => {
    expect(help).not.toContain('`');
    expect(help).not.toContain('${{');
    expect(help).not.toMatch(/post step|post-job/i);
    expect(help).not.toMatch(/\{\{input:/);
  });

  test('--help lists every input the CLI accepts, naming other inputs as --flags', () => {
    for (const [name, spec] of Object.entries(manifest.inputs)) {
      if (spec.adoOnly) expect(help).not.toContain(`  --${name}\n`);
      else expect(help).toContain(`  --${name}\n`);
    }
  });

  test("each host's note is shown on that host only; the README shows all of them", () => {
    const action = YAML.parse(actionYml(entry).content) as {
      inputs: Record<string, { description: string }>;
    };
    const task = JSON.parse(taskJson(entry).content) as {
      inputs: { name: string; helpMarkDown: string }[];
    };
    const readme = readmeTables(manifest);
    for (const [name, spec] of Object.entries(manifest.inputs)) {
      const { github, ado, cli } = spec.notes ?? {};
      const gh = action.inputs[name]?.description ?? '';
      const adoHelp = task.inputs.find((i) => i.name === spec.ado)?.helpMarkDown ?? '';
      if (github) {
        if (!spec.adoOnly) expect(gh).toContain(github);
        expect(adoHelp).not.toContain(github);
        expect(readme).toContain(github);
      }
      if (ado) {
        if (!spec.githubOnly) expect(adoHelp).toContain(ado);
        expect(gh).not.toContain(ado);
        expect(readme).toContain(ado);
      }
      if (cli) {
        expect(help.replace(/\s+/g, ' ')).toContain(cli.replace(/`/g, ''));
        expect(gh).not.toContain(cli);
        expect(adoHelp).not.toContain(cli);
      }
      expect(gh).not.toContain('${{');
      expect(adoHelp).not.toMatch(/\{\{input:/);
    }
  });
});

test('an input reference is rendered as each host spells the input', () => {
  const inputs = { 'git-source': { ado: 'gitSource' } };
  const spec = { description: `Needs ${inputRef('git-source')}.` };
  expect(describeInput(spec, 'github', inputs)).toBe('Needs `git-source`.');
  expect(describeInput(spec, 'ado', inputs)).toBe('Needs `gitSource`.');
  expect(describeInput(spec, 'cli', inputs)).toBe('Needs --git-source.');
});

test('a description holding ${{ is refused: GitHub rejects the action.yml', () => {
  expect(() => describeInput({ description: 'e.g. ${{ matrix.python }}' }, 'github', {})).toThrow(
    /GitHub's parser rejects/,
  );
});

test('the main help is plain text too', () => {
  expect(mainHelp()).not.toContain('`');
  for (const c of capabilities) expect(mainHelp()).toContain(`  ${c.manifest.name} `);
});

describe('local --help', () => {
  const local = (argv: string[]) => captured((io) => localCommand(argv, io));

  test('documents every flag of the local workspace README, one entry each', async () => {
    const r = await local(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${localHelp()}\n`);
    const readme = fs.readFileSync(path.join(ROOT, 'local-workspace', 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('| flag | meaning |'));
    const flags = [
      ...new Set(
        [...table.slice(0, table.indexOf('\n\n')).matchAll(/`(--[a-z-]+)/g)].map((m) => m[1]),
      ),
    ];
    expect(flags.length).toBeGreaterThan(5);
    for (const flag of [...flags, '--tls-key', '--client-secret', '--json'])
      expect(r.stdout).toMatch(new RegExp(`^  ${flag}( |$)`, 'm'));
  });

  test('an unknown flag is one error line that points at --help', async () => {
    const r = await local(['--prot', '8080']);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--prot.*see --help/);
  });
});
