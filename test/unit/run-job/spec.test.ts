import {
  buildShorthand,
  finishSubmit,
  formatProblem,
  shorthandTaskKey,
} from '../../../shared/capabilities/run-job/spec';
import { loadRunSpec } from '../../../shared/capabilities/run-job/spec-file';
import type { RunJobSettings } from '../../../shared/capabilities/run-job/settings';

const base: RunJobSettings = {
  target: { kind: 'notebook', path: 'notebooks/train' },
  cluster: { kind: 'serverless' },
  gitSource: 'auto',
  workspaceDir: '/Workspace/Shared/x',
  wait: true,
  timeoutSeconds: 3600,
  cancelOnTimeout: true,
  maxPollIntervalMs: 10_000,
  heartbeatMs: 60_000,
  predictivePolling: true,
};

describe('loadRunSpec', () => {
  test('a valid YAML spec: parameter values become strings', () => {
    const r = loadRunSpec(
      'spec.yml',
      'tasks:\n  - task_key: a\n    notebook_task:\n      notebook_path: nb\n      base_parameters: {epochs: 3, fast: true}\n',
    );
    expect(r.errors).toEqual([]);
    expect(r.spec?.tasks[0]).toEqual({
      task_key: 'a',
      notebook_task: { notebook_path: 'nb', base_parameters: { epochs: '3', fast: 'true' } },
    });
  });

  test('JSON is read too, with lines', () => {
    const text =
      '{\n  "tasks": [\n    {"task_key": "a",\n     "spark_python_task": {"python_file": 5}}\n  ]\n}\n';
    const r = loadRunSpec('spec.json', text);
    expect(r.errors.map(formatProblem)).toEqual([
      'spec.json:4:28: tasks[0].spark_python_task.python_file: must be a string',
    ]);
  });

  test('each problem has the line of its key', () => {
    const text = [
      'tasks:', // 1
      '  - task_key: a', // 2
      '    notebook_task:', // 3
      '      source: SVN', // 4
      '  - task_key: a', // 5
      '    existing_cluster_id: x', // 6
      '    environment_key: missing', // 7
      '    notebook_task: {notebook_path: n}', // 8
      '    spark_python_task: {python_file: f.py}', // 9
      'git_source:', // 10
      '  git_url: https://github.com/a/b', // 11
      '  git_provider: gitHub', // 12
      'timeout_seconds: -5', // 13
    ].join('\n');
    const r = loadRunSpec('s.yml', text);
    expect(r.spec).toBeUndefined();
    expect(r.errors.map((e) => `${e.line} ${e.where}: ${e.message}`).sort()).toEqual(
      [
        "3 tasks[0].notebook_task: missing required field 'notebook_path'",
        '4 tasks[0].notebook_task.source: must be one of GIT, WORKSPACE',
        "5 tasks[1].task_key: 'a' is used by tasks[0] too",
        "7 tasks[1].environment_key: 'missing' is not in environments",
        '9 tasks[1].spark_python_task: a task has exactly one type, this one also has notebook_task',
        '10 git_source: needs exactly one of git_branch, git_tag and git_commit',
        '13 timeout_seconds: must be >= 0',
      ].sort(),
    );
  });

  test('a task without a type, and unknown fields as warnings', () => {
    const r = loadRunSpec('s.yml', 'taks: []\ntasks:\n  - task_key: a\n    notebok_task: {}\n');
    expect(r.errors.map((e) => `${e.line} ${e.message}`)).toEqual([
      expect.stringMatching(/^3 has no task type: add one of notebook_task/),
    ]);
    expect(r.warnings.map((e) => `${e.line} ${e.where}`)).toEqual([
      '1 taks',
      '4 tasks[0].notebok_task',
    ]);
  });

  test('YAML syntax errors have a line', () => {
    const r = loadRunSpec('s.yml', 'tasks:\n  - task_key: a\n   bad: [\n');
    expect(r.errors[0].line).toBeGreaterThanOrEqual(2);
    expect(r.errors[0].message).toMatch(/not valid YAML/);
  });

  test('the top level must be a mapping with tasks', () => {
    expect(loadRunSpec('s.yml', '- a\n').errors[0].message).toMatch(/must be a mapping/);
    expect(loadRunSpec('s.yml', 'run_name: x\n').errors[0].message).toBe(
      "missing required field 'tasks'",
    );
  });
});

describe('buildShorthand', () => {
  test('a serverless notebook with widgets', () => {
    expect(buildShorthand({ ...base, parameters: { env: 'test' } })).toEqual({
      tasks: [
        {
          task_key: 'train',
          notebook_task: { notebook_path: 'notebooks/train', base_parameters: { env: 'test' } },
        },
      ],
    });
  });

  test('a python file on serverless gets an environment; on a cluster it does not', () => {
    const py = {
      ...base,
      target: { kind: 'python-file' as const, path: 'jobs/score-batch.py' },
      parameters: ['--x', '1'],
    };
    expect(buildShorthand(py)).toEqual({
      environments: [{ environment_key: 'default', spec: { environment_version: '2' } }],
      tasks: [
        {
          task_key: 'score-batch',
          environment_key: 'default',
          spark_python_task: { python_file: 'jobs/score-batch.py', parameters: ['--x', '1'] },
        },
      ],
    });
    expect(
      buildShorthand({ ...py, cluster: { kind: 'existing', clusterId: 'c-1' } }).tasks[0],
    ).toEqual(expect.objectContaining({ existing_cluster_id: 'c-1' }));
  });

  test('task keys are safe', () => {
    expect(shorthandTaskKey('a/b/my notebook.v2.py')).toBe('my_notebook_v2');
    expect(shorthandTaskKey('...')).toBe('main');
  });
});

describe('finishSubmit', () => {
  const spec = {
    tasks: [
      { task_key: 'a', notebook_task: { notebook_path: 'nb/train.py' } },
      { task_key: 'b', spark_python_task: { python_file: '/Workspace/x.py' } },
    ],
  };
  const git = { git_url: 'https://github.com/a/b', git_provider: 'gitHub', git_commit: 'abc1234' };

  test('git source: relative paths come from Git, absolute ones from the workspace', () => {
    const { request, problems } = finishSubmit(spec, {
      runName: 'r',
      idempotencyToken: 't',
      gitSource: git,
      timeoutSeconds: 600,
    });
    expect(problems).toEqual([]);
    expect(request).toEqual({
      run_name: 'r',
      idempotency_token: 't',
      git_source: git,
      timeout_seconds: 900,
      tasks: [
        { task_key: 'a', notebook_task: { notebook_path: 'nb/train.py', source: 'GIT' } },
        {
          task_key: 'b',
          spark_python_task: { python_file: '/Workspace/x.py', source: 'WORKSPACE' },
        },
      ],
    });
  });

  test('upload: relative paths move into the uploaded folder, notebooks lose their extension', () => {
    const { request } = finishSubmit(spec, {
      runName: 'r',
      idempotencyToken: 't',
      uploadRoot: '/Workspace/up',
      isUploadedNotebookFile: (p) => p === 'nb/train.py',
    });
    expect(request.tasks[0]).toEqual({
      task_key: 'a',
      notebook_task: { notebook_path: '/Workspace/up/nb/train', source: 'WORKSPACE' },
    });
    expect(request.git_source).toBeUndefined();
  });

  test('a relative path with nowhere to resolve it is a problem', () => {
    const { problems } = finishSubmit(spec, { runName: 'r', idempotencyToken: 't' });
    expect(problems).toEqual([
      expect.stringContaining("tasks[0] (a): notebook_path 'nb/train.py' is relative"),
    ]);
  });

  test("the spec's own run name and git source win", () => {
    const own = { ...spec, run_name: 'mine', git_source: { ...git, git_commit: 'fff0000' } };
    const { request } = finishSubmit(own, { runName: 'r', idempotencyToken: 't', gitSource: git });
    expect(request.run_name).toBe('mine');
    expect(request.git_source).toEqual(own.git_source);
  });
});
