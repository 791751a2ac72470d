// The example workflows under examples/**/.github/workflows work when copied: every action of ours
// they use exists, and every output they read (`steps.<id>.outputs.<name>` of one of our steps,
// `needs.<job>.outputs.<name>`) is one the action or job declares. (GitHub's parser and the
// declared-inputs check run over the same files in action-yml-workflows.test.ts.)
import { existsSync, readdirSync, readFileSync } from 'fs';
import path from 'path';
import YAML from 'yaml';
import { workflowErrors } from '../helpers/github-parser';

const ROOT = path.join(__dirname, '..', '..');
// Ours as a user names them, or as this repository's own CI does (`./actions/<name>`).
const OURS = /^(?:OWNER\/databricks-mlops-actions(?:\/actions\/([\w-]+))?@|\.\/actions\/([\w-]+)$)/;

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  steps?: Step[];
  outputs?: Record<string, string>;
}
interface Workflow {
  jobs: Record<string, Job>;
}

const workflows = readdirSync(path.join(ROOT, 'examples'), { recursive: true, encoding: 'utf8' })
  .map((f) => `examples/${f.split(path.sep).join('/')}`)
  .filter((f) => /\/\.github\/workflows\/[^/]+\.ya?ml$/.test(f))
  .sort();

function actionFile(uses: string): string | undefined {
  const m = OURS.exec(uses);
  if (!m) return undefined;
  const name = m[1] ?? m[2];
  return path.join(ROOT, name ? `actions/${name}/action.yml` : 'action.yml');
}

/** Problems of one workflow text: unknown actions of ours and outputs that nothing declares. */
export function workflowProblems(text: string): string[] {
  const wf = YAML.parse(text) as Workflow;
  const problems: string[] = [];
  for (const [jobName, job] of Object.entries(wf.jobs)) {
    const outputsOf = new Map<string, string[] | undefined>();
    for (const step of job.steps ?? []) {
      const file = step.uses ? actionFile(step.uses) : undefined;
      if (file && !existsSync(file)) problems.push(`${jobName}: no action ${step.uses}`);
      if (file && existsSync(file)) {
        const declared = Object.keys(
          (YAML.parse(readFileSync(file, 'utf8')) as { inputs?: object }).inputs ?? {},
        );
        for (const k of Object.keys(step.with ?? {}))
          if (!declared.includes(k)) problems.push(`${jobName}: ${step.uses} has no input ${k}`);
      }
      if (!step.id) continue;
      outputsOf.set(
        step.id,
        file && existsSync(file)
          ? Object.keys(
              (YAML.parse(readFileSync(file, 'utf8')) as { outputs?: object }).outputs ?? {},
            )
          : undefined, // not one of ours: its outputs are not known here
      );
    }
    const body = YAML.stringify(job);
    for (const m of body.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      if (!outputsOf.has(m[1])) problems.push(`${jobName}: no step with id ${m[1]}`);
      const known = outputsOf.get(m[1]);
      if (known && !known.includes(m[2]))
        problems.push(`${jobName}: ${m[1]} has no output ${m[2]}`);
    }
    for (const m of body.matchAll(/needs\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      const declared = Object.keys(wf.jobs[m[1]]?.outputs ?? {});
      if (!declared.includes(m[2])) problems.push(`${jobName}: job ${m[1]} has no output ${m[2]}`);
    }
  }
  return problems;
}

test('there are PR, release and promote workflows', () => {
  expect(workflows.map((f) => path.basename(f))).toEqual(
    expect.arrayContaining(['pr.yml', 'release.yml', 'promote.yml']),
  );
});

test.each(workflows)('%s: our actions exist and every output read is declared', (file) => {
  expect(workflowProblems(readFileSync(path.join(ROOT, file), 'utf8'))).toEqual([]);
});

test('a misspelt output, an unknown action or input and an undeclared job output are each reported', () => {
  const text = readFileSync(
    path.join(ROOT, 'examples/github/.github/workflows/release.yml'),
    'utf8',
  )
    .replace('steps.deploy.outputs.job-ids', 'steps.deploy.outputs.job-id')
    .replace('target: prod', 'targett: prod')
    .replace('actions/release-branch@v1', 'actions/release-branch-x@v1')
    .replace(
      'needs.release.outputs.tag }}\n      - uses',
      'needs.release.outputs.version }}\n      - uses',
    );
  expect(workflowProblems(text)).toEqual([
    'release: no action OWNER/databricks-mlops-actions/actions/release-branch-x@v1',
    'deploy-prod: OWNER/databricks-mlops-actions/actions/deploy-jobs@v1 has no input targett',
    'deploy-prod: deploy has no output job-id',
    'deploy-prod: job release has no output version',
  ]);
});

test("this repository's CI loads in GitHub's parser and runs its own actions with declared inputs", async () => {
  const text = readFileSync(path.join(ROOT, '.github/workflows/ci.yml'), 'utf8');
  expect(await workflowErrors('ci.yml', text)).toEqual([]);
  expect(workflowProblems(text)).toEqual([]);
  expect(text).toMatch(/uses: \.\/actions\/run-job\n/);
  expect(text).toContain('npm test');
});
