import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import YAML from 'yaml';
import { capabilities } from '../../shared/capabilities';
import { actionErrors } from '../helpers/github-parser';

const ROOT = path.join(__dirname, '..', '..');
const actionFiles = [
  'action.yml',
  ...readdirSync(path.join(ROOT, 'actions'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `actions/${d.name}/action.yml`),
];
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** Every string under the given object, with the path of keys that leads to it. */
function strings(value: unknown, at: string[] = []): { at: string[]; text: string }[] {
  if (typeof value === 'string') return [{ at, text: value }];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => strings(v, [...at, k]));
  }
  return [];
}

describe("every generated action.yml passes GitHub's action parser", () => {
  it('finds the root action and one per capability', () => {
    expect(actionFiles).toEqual(
      expect.arrayContaining([
        'action.yml',
        ...capabilities.map((c) => `actions/${c.manifest.name}/action.yml`),
      ]),
    );
  });

  it.each(actionFiles)('%s loads without errors', (file) => {
    expect(actionErrors(file, read(file))).toEqual([]);
  });

  it('the parser rejects an expression with an unknown context in a description', () => {
    // The mistake that made every unit-tests step fail at "Set up job".
    const broken = read('actions/unit-tests/action.yml').replace(
      /(\n {4}description: )"?([^\n"]*)"?\n/,
      '$1"Set it per matrix entry: ${{ matrix.python }}. $2"\n',
    );
    expect(broken).toContain('${{ matrix.python }}');
    expect(actionErrors('broken.yml', broken).map((e) => e.message)).toEqual([
      expect.stringContaining("Unrecognized named-value: 'matrix'"),
    ]);
  });
});

describe('no description holds an expression', () => {
  // GitHub evaluates `${{ }}` in action.yml descriptions with almost no context available, and
  // the same text is the CLI's help and the ADO task's help, where it means nothing.
  it.each(capabilities.map((c) => [c.manifest.name, c.manifest] as const))(
    'manifest of %s',
    (_name, manifest) => {
      const offending = strings(manifest)
        .filter(
          (s) =>
            !['default', 'githubDefault'].includes(s.at[s.at.length - 1]) && s.text.includes('${{'),
        )
        .map((s) => s.at.join('.'));
      expect(offending).toEqual([]);
    },
  );

  it.each(actionFiles)('%s', (file) => {
    const offending = strings(YAML.parse(read(file)))
      .filter((s) => s.at[s.at.length - 1] === 'description' && s.text.includes('${{'))
      .map((s) => s.at.join('.'));
    expect(offending).toEqual([]);
  });
});
