// What a script reading `databricks-mlops` output sees: the same names whatever the outcome.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { manifest as runJob } from '../../shared/capabilities/run-job/manifest';
import { runCli } from '../helpers/cli-run';

function run(argv: string[], cwd = os.tmpdir()) {
  return runCli(argv, {}, { cwd });
}

const declared = Object.keys(runJob.outputs);

describe('no target', () => {
  test('--json: every declared output, tasks as a JSON array, the error in error-message', async () => {
    const r = await run([
      'run-job',
      '--databricks-host',
      'https://x.invalid',
      '--databricks-token',
      'dapi-test',
      '--json',
    ]);
    expect(r.code).toBe(2);
    const outputs = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(outputs)).toEqual(declared);
    expect(outputs.tasks).toEqual([]);
    expect(outputs['run-id']).toBe('');
    expect(outputs['error-message']).toMatch(/--job-id|--notebook-path|--run-spec/);
    expect(outputs['error-message']).not.toMatch(/'job-id'|jobId/);
  });

  test('plain: one name= line per declared output, empty ones included', async () => {
    const r = await run([
      'run-job',
      '--databricks-host',
      'https://x.invalid',
      '--databricks-token',
      'dapi-test',
    ]);
    expect(r.code).toBe(2);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.map((l) => l.slice(0, l.indexOf('=')))).toEqual(declared);
    expect(lines).toContain('run-id=');
    expect(lines).toContain('tasks=[]');
    expect(lines.find((l) => l.startsWith('error-message='))).toMatch(/^error-message=\S/);
  });
});

test('a missing run spec: the error names --run-spec in error-message', async () => {
  const r = await run([
    'run-job',
    '--databricks-host',
    'https://x.invalid',
    '--databricks-token',
    'dapi-test',
    '--run-spec',
    'missing.yml',
    '--json',
  ]);
  expect(r.code).toBe(2);
  const outputs = JSON.parse(r.stdout) as Record<string, unknown>;
  expect(outputs['error-message']).toContain('--run-spec');
  expect(outputs['error-message']).toContain('missing.yml');
  expect(outputs.tasks).toEqual([]);
});

test('run-spec problems name their file:line:column once', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-spec-'));
  try {
    fs.writeFileSync(
      path.join(dir, 'bad.yml'),
      [
        'tasks:',
        '  - task_key: a',
        '    notebook_task: {notebook_path: n}',
        '    colour: blue',
        '  - task_key: a',
        '    notebook_task: {notebook_path: m}',
      ].join('\n'),
    );
    const r = await run(
      [
        'run-job',
        '--databricks-host',
        'https://x.invalid',
        '--databricks-token',
        'dapi-test',
        '--run-spec',
        'bad.yml',
      ],
      dir,
    );
    expect(r.code).toBe(2);
    const warning = r.stderr.split('\n').find((l) => l.startsWith('warning: '));
    expect(warning).toMatch(/^warning: bad\.yml:4:5: tasks\[0\]\.colour: is not a task field/);
    const error = r.stderr.split('\n').find((l) => l.startsWith('error: bad.yml'));
    expect(error).toMatch(/^error: bad\.yml:5:\d+: tasks\[1\]\.task_key: /);
    for (const line of [warning, error]) expect(line?.match(/bad\.yml/g)).toHaveLength(1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
