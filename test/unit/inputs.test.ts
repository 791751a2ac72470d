import { InputError } from '../../shared/errors';
import { Inputs } from '../../shared/inputs';
import { defineManifest } from '../../shared/manifest';

const manifest = defineManifest({
  name: 'demo',
  description: 'demo',
  task: {
    name: 'Demo',
    id: '00000000-0000-0000-0000-000000000000',
    friendlyName: 'Demo',
    category: 'Utility',
    instanceNameFormat: 'Demo',
  },
  inputs: {
    'job-name': { ado: 'jobName', description: 'The job.', type: 'string', required: true },
    wait: { ado: 'wait', description: 'Wait.', type: 'boolean', default: 'true' },
    timeout: {
      ado: 'timeout',
      description: 'Seconds.',
      type: 'number',
      integer: true,
      min: 1,
      max: 86400,
      default: '600',
    },
    ratio: { ado: 'ratio', description: 'Ratio.', type: 'number', min: 0, max: 1 },
    files: { ado: 'files', description: 'Files.', type: 'list' },
    mode: { ado: 'mode', description: 'Mode.', type: 'choice', options: ['fast', 'safe'] },
    params: { ado: 'params', description: 'Params.', type: 'yaml' },
    spec: { ado: 'spec', description: 'Spec.', type: 'json' },
    map: { ado: 'map', description: 'Map.', type: 'string' },
    token: { ado: 'token', description: 'Token.', type: 'string', secret: true },
  },
  outputs: {},
});

function inputs(values: Record<string, string>, masked: string[] = []) {
  return new Inputs(
    manifest,
    (name) => values[name],
    (v) => masked.push(v),
  );
}

function problem(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as InputError).render((n) => `--${n}`);
  }
  throw new Error('expected an InputError');
}

test('defaults apply when an input is unset or blank', () => {
  const i = inputs({ 'job-name': 'x', wait: '  ' });
  expect(i.boolean('wait')).toBe(true);
  expect(i.number('timeout')).toBe(600);
  expect(i.list('files')).toEqual([]);
});

test('booleans are strict', () => {
  expect(inputs({ wait: 'False' }).boolean('wait')).toBe(false);
  expect(problem(() => inputs({ wait: 'yes' }).boolean('wait'))).toBe(
    "Input --wait must be true or false, got 'yes'. Use `true` or `false`.",
  );
});

test('numbers are validated against the manifest', () => {
  expect(problem(() => inputs({ timeout: 'ten' }).number('timeout'))).toBe(
    "Input --timeout must be a whole number from 1 to 86400, got 'ten'. The default is 600.",
  );
  expect(problem(() => inputs({ timeout: '1.5' }).number('timeout'))).toContain(
    'must be a whole number from 1 to 86400',
  );
  for (const bad of ['0', '86401', '1e300', '-1e300', 'Infinity', '0x10', '12abc'])
    expect(problem(() => inputs({ timeout: bad }).number('timeout'))).toContain(
      `must be a whole number from 1 to 86400, got '${bad}'`,
    );
  expect(inputs({ timeout: '1e3' }).number('timeout')).toBe(1000);
  expect(inputs({ ratio: '0.25' }).number('ratio')).toBe(0.25);
  expect(problem(() => inputs({ ratio: '2' }).number('ratio'))).toBe(
    "Input --ratio must be a number from 0 to 1, got '2'.",
  );
});

test('values no input takes: too long, or with control characters, named and cut', () => {
  const long = problem(() => inputs({ map: 'x'.repeat(1024 * 1024) }).string('map'));
  expect(long).toBe(
    'Input --map is 1048576 characters long; the limit is 65536. Check what is passed to it; put long content in a file.',
  );
  const nul = problem(() => inputs({ files: 'a.xml\u0000b' }).list('files'));
  expect(nul).toBe(
    "Input --files contains a control character (U+0000) at position 6: 'a.xml\\x00b'. Inputs are printable text; remove it.",
  );
  expect(problem(() => inputs({ map: 'a\u001b]0;x\u0007' }).string('map'))).toContain(
    "'a\\x1b]0;x\\x07'",
  );
  // Line breaks and tabs are text: commands and key=value lines need them.
  expect(inputs({ map: 'a=1\n\tb=2' }).stringMap('map')).toEqual({ a: '1', b: '2' });
});

test('a secret with a line break or control character is refused before use, never shown', () => {
  for (const secret of ['dapi-abc\ndef', 'dapi-abc\rdef', 'dapi-abc\u0000', 'dapi\u007fabc']) {
    const masked: string[] = [];
    const text = problem(() => inputs({ token: secret }, masked).string('token'));
    expect(text).toMatch(
      /^Input --token contains a control character \(U\+00[0-9A-F]{2}\) at position \d+\./,
    );
    expect(text).not.toContain('dapi');
    // Masked piece by piece (hosts refuse a multi-line secret), so no line of it can show later.
    expect(masked.some((m) => /[\r\n]/.test(m))).toBe(false);
    expect(masked).toContain(secret.split(/[\r\n\u0000\u007f]/)[0]);
  }
  const masked: string[] = [];
  expect(inputs({ token: ' dapi-1234\n' }, masked).string('token')).toBe('dapi-1234');
});

test('every input is checked up front, also those read only later', () => {
  expect(problem(() => inputs({ 'job-name': 'x', map: 'a\u0000' }).checkRequired())).toContain(
    'Input --map contains a control character',
  );
});

test('lists split on lines and commas and drop comments', () => {
  expect(inputs({ files: 'a.xml\n# note\n b.xml , c.xml\n\n' }).list('files')).toEqual([
    'a.xml',
    'b.xml',
    'c.xml',
  ]);
});

test('choices are case-insensitive and list the options', () => {
  expect(inputs({ mode: 'FAST' }).choice('mode')).toBe('fast');
  expect(problem(() => inputs({ mode: 'slow' }).choice('mode'))).toBe(
    "Input --mode must be one of fast, safe, got 'slow'.",
  );
});

test('YAML and JSON errors give the position', () => {
  expect(inputs({ params: 'a: 1\nb: [2, 3]' }).yaml('params')).toEqual({ a: 1, b: [2, 3] });
  expect(problem(() => inputs({ params: 'a: [1, 2\nb: 3' }).yaml('params'))).toMatch(
    /^Input --params is not valid YAML at line \d+, column \d+/,
  );
  expect(problem(() => inputs({ spec: '{"a": 1,}' }).json('spec'))).toMatch(
    /^Input --spec is not valid JSON/,
  );
});

test('string maps accept key=value lines, JSON and YAML', () => {
  expect(inputs({ map: 'a=1\nb = two=2' }).stringMap('map')).toEqual({ a: '1', b: 'two=2' });
  expect(inputs({ map: '{"a": 1, "b": "x"}' }).stringMap('map')).toEqual({ a: '1', b: 'x' });
  expect(inputs({ map: 'a: 1' }).stringMap('map')).toEqual({ a: '1' });
  expect(problem(() => inputs({ map: '- 1\n- 2' }).stringMap('map'))).toContain(
    'must be a mapping',
  );
});

test('required inputs are checked up front', () => {
  expect(problem(() => inputs({}).checkRequired())).toBe(
    'Input --job-name is required but was not set. Set it: The job.',
  );
});

test('secret inputs are masked as soon as they are read', () => {
  const masked: string[] = [];
  const i = inputs({ token: 'dapi-1234' }, masked);
  expect(i.string('token')).toBe('dapi-1234');
  expect(masked).toEqual(['dapi-1234']);
});

test('an undeclared input is a bug, not a user error', () => {
  // A typo does not compile (the manifest keeps its literal names); at run time it is a bug.
  // @ts-expect-error 'nope' is not an input of this manifest
  expect(() => inputs({}).string('nope')).toThrow(/not declared/);
});
