// Every command the demo prints, pasted into a shell at the repository root as a person would,
// with nothing from the demo's own environment: it must run and succeed.
import { spawn } from 'child_process';
import * as path from 'path';
import { STEPS, pasteable, type DemoContext } from '../../../examples/demo';
import { ROOT } from '../../helpers/github-runner';

function shell(line: string) {
  return new Promise<{ status: number | null; output: string }>((resolve) => {
    const child = spawn('sh', ['-c', line], {
      cwd: ROOT,
      // What a fresh terminal has: no DATABRICKS_*, CI or GITHUB_* variables.
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    child.on('close', (status) => resolve({ status, output }));
  });
}

test.each(STEPS.map((s) => [s.title, s] as const))(
  'demo step %s: each printed command works when pasted',
  async (_title, step) => {
    const printed: string[] = [];
    const ctx: DemoContext = {
      root: ROOT,
      project: path.join(ROOT, 'examples', 'ml-project'),
      async cli(args) {
        const line = pasteable(args);
        printed.push(line);
        const r = await shell(line);
        if (r.status !== 0) process.stderr.write(`$ ${line}\n${r.output}\n`);
        return r.status ?? 1;
      },
    };
    await step.run(ctx);
    expect(printed.length).toBeGreaterThan(0);
    for (const line of printed) expect(line).toMatch(/^npx databricks-mlops [a-z-]+ /);
  },
  180_000,
);

test('pasteable quotes what a shell would split or expand', () => {
  expect(pasteable(['run-job', '--run-name', "it's a test", '--results', 'out/*.xml'])).toBe(
    "npx databricks-mlops run-job --run-name 'it'\\''s a test' --results 'out/*.xml'",
  );
});
