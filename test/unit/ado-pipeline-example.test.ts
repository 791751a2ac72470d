// examples/azure-devops/azure-pipelines.yml against the task.json files it uses: a pipeline that
// names a task, an input, a choice or an output variable that does not exist fails only when it
// runs, so the example is checked here the way the ADO server would read it.
import * as fs from 'fs';
import * as path from 'path';
import YAML from 'yaml';

const ROOT = path.resolve(__dirname, '..', '..');
const FILE = 'examples/azure-devops/azure-pipelines.yml';
const pipeline = YAML.parse(fs.readFileSync(path.join(ROOT, FILE), 'utf8'));
/** Microsoft's built-in tasks the example uses; any other task must be one of ours. */
const BUILT_IN = ['UsePythonVersion'];

interface TaskJson {
  version: { Major: number };
  inputs: Array<{
    name: string;
    type: string;
    required?: boolean;
    defaultValue?: string;
    options?: Record<string, string>;
  }>;
  outputVariables: Array<{ name: string }>;
}

type Node = Record<string, unknown>;

function taskJson(name: string): TaskJson | undefined {
  const file = path.join(ROOT, 'tasks', name, 'task.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
}

/** Every step, with the stage and job it belongs to. */
function steps(): Array<{ stage: Node; job: Node; step: Node }> {
  const out: Array<{ stage: Node; job: Node; step: Node }> = [];
  const collect = (node: unknown, stage: Node, job: Node): void => {
    if (Array.isArray(node)) return node.forEach((n) => collect(n, stage, job));
    if (!node || typeof node !== 'object') return;
    const o = node as Node;
    if ('task' in o || 'script' in o || 'checkout' in o) out.push({ stage, job, step: o });
    else for (const v of Object.values(o)) collect(v, stage, job);
  };
  for (const stage of pipeline.stages as Node[])
    for (const job of stage.jobs as Node[]) collect(job, stage, job);
  return out;
}

const ours = steps().filter((s) => typeof s.step.task === 'string' && taskJson(taskName(s.step)));
function taskName(step: Node): string {
  return String(step.task).split('@')[0];
}

test('uses our tasks, at the major version their task.json declares, and known built-ins only', () => {
  expect(ours.length).toBeGreaterThan(0);
  for (const { step } of steps()) {
    if (typeof step.task !== 'string') continue;
    const [name, major] = step.task.split('@');
    const task = taskJson(name);
    if (!task) {
      expect(BUILT_IN).toContain(name);
      continue;
    }
    expect([name, Number(major)]).toEqual([name, task.version.Major]);
  }
});

test("every input is declared, every required one given, every choice one of the task's options", () => {
  for (const { step } of ours) {
    const task = taskJson(taskName(step))!;
    const given = (step.inputs ?? {}) as Record<string, unknown>;
    for (const [key, value] of Object.entries(given)) {
      const input = task.inputs.find((i) => i.name === key);
      expect([step.task, key, input ? 'declared' : 'unknown']).toEqual([
        step.task,
        key,
        'declared',
      ]);
      const text = String(value);
      if (text.includes('$(')) continue; // a variable: resolved at run time
      if (input!.type === 'pickList')
        expect([key, Object.keys(input!.options!)]).toEqual([key, expect.arrayContaining([text])]);
      if (input!.type === 'boolean')
        expect([key, text]).toEqual([key, expect.stringMatching(/^(true|false)$/)]);
    }
    for (const input of task.inputs.filter((i) => i.required && i.defaultValue === undefined))
      expect([step.task, Object.keys(given)]).toEqual([
        step.task,
        expect.arrayContaining([input.name]),
      ]);
  }
});

test('every output variable it reads is one the named step declares', () => {
  const byStepName = new Map(ours.map((s) => [String(s.step.name), taskJson(taskName(s.step))!]));
  const text = fs.readFileSync(path.join(ROOT, FILE), 'utf8');
  // $(step.var) in the same job, and ['job.step.var'] / ['step.var'] across jobs and stages.
  const refs = [
    ...[...text.matchAll(/\$\(([a-z_]\w*)\.(\w+)\)/gi)].map((m) => [m[1], m[2]]),
    ...[...text.matchAll(/\['(?:\w+\.)?(\w+)\.(\w+)'\]/g)].map((m) => [m[1], m[2]]),
  ].filter(([step]) => byStepName.has(step));
  expect(refs.length).toBeGreaterThan(3);
  for (const [step, variable] of refs) {
    const outputs = byStepName.get(step)!.outputVariables.map((o) => o.name);
    expect([step, outputs]).toEqual([step, expect.arrayContaining([variable])]);
  }
});

test('PR validation runs unit tests and a Databricks integration run; promotion waits for an environment approval', () => {
  expect(pipeline.pr).toBeDefined();
  const stageOf = (task: string) => ours.filter((s) => taskName(s.step) === task);
  const validation = stageOf('RunUnitTests')[0].stage;
  expect(stageOf('RunDatabricksJob').map((s) => s.stage)).toContain(validation);
  expect(validation.condition).toBeUndefined();
  const gate = stageOf('EvaluateModel')[0];
  const promote = stageOf('PromoteModel')[0];
  expect(promote.job.deployment).toBeDefined();
  expect(promote.job.environment).toEqual(expect.any(String));
  expect(promote.stage.dependsOn).toBe(gate.stage.stage);
  expect(String(promote.stage.condition)).toContain(`${String(gate.step.name)}.passed`);
  // The release build runs from release branches only.
  expect(String(gate.stage.condition)).toContain("'refs/heads/release/'");
  // Every Databricks task names its service connection.
  for (const { step } of ours.filter((s) => taskName(s.step) !== 'RunUnitTests'))
    expect((step.inputs as Node).databricksConnection).toEqual(expect.any(String));
});
