// The unit-tests task's source through the task-lib mock runner: Tests tab, variables, result.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../../helpers/github-runner';
import { runAdoTask } from '../../helpers/ado-runner';

let project: string;
beforeAll(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'ut-ado-'));
  fs.cpSync(path.join(ROOT, 'examples/ml-project'), project, {
    recursive: true,
    filter: (s) => !s.includes('__pycache__'),
  });
});
afterAll(() => fs.rmSync(project, { recursive: true, force: true }));

test('results are published to the Tests tab and totals set as output variables', async () => {
  const run = await runAdoTask('unit-tests', {
    inputs: {
      command: 'python3 run_tests.py --junit-xml test-results/junit.xml',
      workingDirectory: project,
      results: 'test-results/*.xml',
    },
    variables: { 'Build.SourcesDirectory': project, 'Agent.TempDirectory': project },
  });
  expect(run.stdout).toMatch(/##vso\[results\.publish [^\]]*type=JUnit[^\]]*\]/);
  expect(run.stdout).toMatch(/resultFiles=[^;\]]*junit\.xml/);
  expect(Number(run.outputs.total)).toBeGreaterThanOrEqual(10);
  expect(run.outputs.failed).toBe('0');
  expect(run.result).toBe('Succeeded');
});

test('a missing results pattern fails naming the ADO input', async () => {
  const run = await runAdoTask('unit-tests', {
    inputs: { workingDirectory: project, results: 'none/*.xml' },
  });
  expect(run.result).toBe('Failed');
  expect(run.outputs.total).toBe('0');
});
