// Reading bundles: target choice, overrides, presets, variables and their errors, includes.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  mergeOverride,
  openBundle,
  resolveBundle,
} from '../../../shared/capabilities/deploy-jobs/bundle';
import type { ResolveContext } from '../../../shared/capabilities/deploy-jobs/model';
import { errorMessage } from '../../../shared/errors';

const ctx: ResolveContext = {
  userName: 'jane.doe@example.com',
  git: { commit: 'abc1234', branch: 'main', origin_url: 'https://github.com/acme/x' },
  variables: {},
  env: {},
  source: 'workspace',
};
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function bundle(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const NB = '# Databricks notebook source\nprint(1)\n';
const ROOT = `bundle:
  name: demo
variables:
  env_name:
    default: x
  cluster:
    type: complex
    default:
      num_workers: 1
      spark_version: 15.4.x
targets:
  dev:
    mode: development
    default: true
  prod:
    variables:
      env_name: production
    presets:
      name_prefix: "[prod] "
      tags:
        owner: ml
    resources:
      jobs:
        train:
          tasks:
            - task_key: t
              notebook_task:
                base_parameters:
                  extra: "1"
resources:
  jobs:
    train:
      name: train-\${var.env_name}
      job_clusters:
        - job_cluster_key: c
          new_cluster: \${var.cluster}
      tasks:
        - task_key: t
          job_cluster_key: c
          notebook_task:
            notebook_path: ./nb.py
            base_parameters:
              commit: \${bundle.git.commit}
              where: \${workspace.file_path}
      trigger:
        periodic:
          interval: 1
          unit: HOURS
`;

test('the default target is development mode: prefix with the short name, paused trigger, dev tag', () => {
  const dir = bundle({ 'databricks.yml': ROOT, 'nb.py': NB });
  const d = resolveBundle(openBundle(dir, undefined), ctx);
  expect(d.target).toBe('dev');
  const job = d.definitions[0].settings;
  expect(job.name).toBe('[dev jane_doe] train-x');
  expect(job.trigger).toMatchObject({ pause_status: 'PAUSED' });
  expect(job.tags).toEqual({ dev: 'jane_doe' });
  expect(job.max_concurrent_runs).toBe(4);
  expect((job.job_clusters as { new_cluster: unknown }[])[0].new_cluster).toEqual({
    num_workers: 1,
    spark_version: '15.4.x',
  });
  const task = (job.tasks as { notebook_task: Record<string, unknown> }[])[0].notebook_task;
  expect(task.notebook_path).toBe(
    '/Workspace/Users/jane.doe@example.com/.bundle/demo/dev/files/nb',
  );
  expect(task.base_parameters).toEqual({
    commit: 'abc1234',
    where: '/Workspace/Users/jane.doe@example.com/.bundle/demo/dev/files',
  });
});

test('a target override merges into its task by task_key; presets prefix and tag', () => {
  const dir = bundle({ 'databricks.yml': ROOT, 'nb.py': NB });
  const job = resolveBundle(openBundle(dir, 'prod'), ctx).definitions[0].settings;
  expect(job.name).toBe('[prod] train-production');
  expect(job.tags).toEqual({ owner: 'ml' });
  expect(job.trigger).not.toHaveProperty('pause_status');
  const tasks = job.tasks as { task_key: string; notebook_task: Record<string, unknown> }[];
  expect(tasks).toHaveLength(1);
  expect(tasks[0].notebook_task.base_parameters).toMatchObject({ commit: 'abc1234', extra: '1' });
  expect(tasks[0].notebook_task.notebook_path).toMatch(/\/nb$/);
});

test('an unknown target names the targets there are', () => {
  const dir = bundle({ 'databricks.yml': ROOT, 'nb.py': NB });
  expect(() => openBundle(dir, 'stage')).toThrow(
    "databricks.yml has no target 'stage'; its targets are dev, prod.",
  );
});

test('a variable without a value names where it was declared and how to give one', () => {
  const dir = bundle({
    'databricks.yml':
      'bundle:\n  name: d\nvariables:\n  catalog:\n    description: c\nresources:\n  experiments:\n    e:\n      name: /x/${var.catalog}\n',
  });
  expect(() => resolveBundle(openBundle(dir, undefined), ctx)).toThrow(
    /^databricks.yml:4: variable catalog has no value for target default/,
  );
  const given = resolveBundle(openBundle(dir, undefined), {
    ...ctx,
    variables: { catalog: 'main' },
  });
  expect(given.definitions[0].settings.name).toBe('/x/main');
  const env = resolveBundle(openBundle(dir, undefined), {
    ...ctx,
    env: { BUNDLE_VAR_catalog: 'envcat' },
  });
  expect(env.definitions[0].settings.name).toBe('/x/envcat');
});

test('a value given for an undeclared variable is refused, naming the declared ones', () => {
  const dir = bundle({ 'databricks.yml': ROOT, 'nb.py': NB });
  expect(() =>
    resolveBundle(openBundle(dir, 'prod'), { ...ctx, variables: { catalog: 'x' } }),
  ).toThrow(
    "Variable 'catalog' is given a value but databricks.yml declares no such variable; declared: env_name, cluster.",
  );
});

test('a missing notebook and a plain .py used as a notebook are errors with file and line', () => {
  const yml = 'bundle:\n  name: d\ninclude:\n  - res/*.yml\n';
  const job = (p: string) =>
    `resources:\n  jobs:\n    j:\n      tasks:\n        - task_key: t\n          notebook_task:\n            notebook_path: ${p}\n`;
  const missing = bundle({ 'databricks.yml': yml, 'res/j.yml': job('../nope.py') });
  expect(() => resolveBundle(openBundle(missing, undefined), ctx)).toThrow(
    /^res\/j.yml:7: notebook \.\.\/nope\.py does not exist/,
  );
  const plain = bundle({
    'databricks.yml': yml,
    'res/j.yml': job('../plain.py'),
    'plain.py': 'print(1)\n',
  });
  expect(() => resolveBundle(openBundle(plain, undefined), ctx)).toThrow(
    /^res\/j.yml:7: \.\.\/plain\.py is not a notebook/,
  );
});

test('the same resource key in two files is refused, naming both', () => {
  const r = 'resources:\n  experiments:\n    e:\n      name: /x\n';
  const dir = bundle({
    'databricks.yml': 'bundle:\n  name: d\ninclude:\n  - a.yml\n  - b.yml\n',
    'a.yml': r,
    'b.yml': r,
  });
  let message = '';
  try {
    openBundle(dir, undefined);
  } catch (err) {
    message = errorMessage(err);
  }
  expect(message).toBe('b.yml:3: resources.experiments.e is defined twice (also in a.yml).');
});

test('lists merge by key only where the CLI merges them; other lists are replaced', () => {
  expect(
    mergeOverride(
      { tasks: [{ task_key: 'a', x: 1 }] },
      { tasks: [{ task_key: 'a', y: 2 }, { task_key: 'b' }] },
    ),
  ).toEqual({
    tasks: [{ task_key: 'a', x: 1, y: 2 }, { task_key: 'b' }],
  });
  expect(mergeOverride({ tags: ['a'] }, { tags: ['b'] })).toEqual({ tags: ['b'] });
});
