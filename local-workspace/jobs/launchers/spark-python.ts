import type { Json } from '../../jobs-model';
import { paramString } from '../settings';
import type { TaskLauncher } from './launcher';
import { jobParameterWidgets, runPython, taskFile } from './python-process';

/** `--name value` and `--name=value` pairs, so that `dbutils.widgets.get` works in Python file tasks too. */
function widgetsFromArgv(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--?([\w.-]+)(?:=(.*))?$/s.exec(argv[i]);
    if (!m) continue;
    if (m[2] !== undefined) out[m[1]] = m[2];
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('-')) out[m[1]] = argv[++i];
  }
  return out;
}

/** `spark_python_task`: `sys.argv[1:]` from `parameters`, or run-now `python_params` instead. */
export const sparkPythonLauncher: TaskLauncher = (l) => {
  const file = taskFile(l);
  if (!file) return;
  const { run, task: t, engine } = l;
  const py = t.spec.spark_python_task as Json;
  const override = run.overriding?.python_params;
  const list = Array.isArray(override)
    ? override
    : Array.isArray(py.parameters)
      ? py.parameters
      : [];
  const argv = list.map((x) => engine.resolve(paramString(x), run, t));
  runPython(l, file, { widgets: { ...widgetsFromArgv(argv), ...jobParameterWidgets(l) }, argv });
};
