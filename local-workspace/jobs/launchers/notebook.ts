import type { Json } from '../../jobs-model';
import { stringMap } from '../settings';
import type { TaskLauncher } from './launcher';
import { jobParameterWidgets, runPython, taskFile } from './python-process';

/** `notebook_task`: widgets from `base_parameters`, then run-now `notebook_params`, then job parameters. */
export const notebookLauncher: TaskLauncher = (l) => {
  const file = taskFile(l);
  if (!file) return;
  const { run, task: t, engine } = l;
  const nb = t.spec.notebook_task as Json;
  const base = stringMap(nb.base_parameters, 'base_parameters');
  const overrides = stringMap(run.overriding?.notebook_params, 'notebook_params');
  const widgets = Object.fromEntries(
    Object.entries({ ...base, ...overrides }).map(([k, v]) => [k, engine.resolve(v, run, t)]),
  );
  Object.assign(widgets, jobParameterWidgets(l));
  runPython(l, file, { widgets, argv: [] });
};
