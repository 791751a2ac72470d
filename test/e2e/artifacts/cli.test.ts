// upload-artifact in the CLI: the files are kept in a folder, whose path the step prints.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../helpers/cli-run';

const JUNIT = path.join(__dirname, '../../fixtures/junit/disabled-and-mixed.xml');

test('unit-tests keeps the report and result files in --artifact-dir/<name>', async () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-artifact-'));
  try {
    fs.mkdirSync(path.join(work, 'results'));
    fs.copyFileSync(JUNIT, path.join(work, 'results', 'junit.xml'));
    const dir = path.join(work, 'kept');
    const run = await runCli([
      'unit-tests',
      '--results',
      'results/*.xml',
      '--working-directory',
      work,
      '--fail-on',
      'nothing',
      '--upload-artifact',
      '--artifact-name',
      'local-tests',
      '--artifact-dir',
      dir,
      '--json',
    ]);
    expect(run.code).toBe(0);
    const target = path.join(dir, 'local-tests');
    const outputs = JSON.parse(run.stdout) as Record<string, string>;
    expect(outputs['artifact-url']).toBe(target);
    expect(run.stderr).toContain(`Artifact 'local-tests' kept: ${target}`);
    expect(fs.readdirSync(target).sort()).toEqual(['results', 'unit-tests-report.json']);
    expect(fs.readFileSync(path.join(target, 'results', 'junit.xml'), 'utf8')).toBe(
      fs.readFileSync(JUNIT, 'utf8'),
    );
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
});
