"""A stdlib-only stand-in for Databricks' ``dbutils``, for tasks run by the local workspace.

Notebook tasks get a ``dbutils`` global; Python file tasks can ``from dbutils import dbutils``.
It covers what job code uses: ``widgets`` (values from base_parameters, job parameters and
``--name value`` arguments), ``notebook.exit`` (becomes ``notebook_output.result`` of get-output)
and ``jobs.taskValues`` (shared between the tasks of one run). The task's context comes from the
JSON file named by ``DATABRICKS_LOCAL_TASK_CONTEXT``; outside a job every widget is undefined and
``taskValues.get`` returns its ``debugValue``, as on Databricks.
"""
import json
import os
import tempfile

__all__ = ["dbutils", "DBUtils", "NotebookExit", "InputWidgetNotDefined"]

_context_cache = None


def _context():
    global _context_cache
    if _context_cache is None:
        path = os.environ.get("DATABRICKS_LOCAL_TASK_CONTEXT")
        _context_cache = {}
        if path and os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                _context_cache = json.load(f)
    return _context_cache


class NotebookExit(BaseException):
    """Raised by ``dbutils.notebook.exit``. A BaseException so that ``except Exception`` in the
    notebook does not swallow it, as the real exit is not catchable either."""

    def __init__(self, value):
        super().__init__(value)
        self.value = value


class InputWidgetNotDefined(Exception):
    pass


class _Widgets:
    def __init__(self):
        self._defaults = {}

    def _passed(self):
        return _context().get("widgets", {})

    def text(self, name, defaultValue="", label=None):
        self._defaults[name] = str(defaultValue)

    def dropdown(self, name, defaultValue, choices, label=None):
        if defaultValue not in choices:
            raise ValueError("Default value %r for widget %r is not one of the choices %r" % (defaultValue, name, choices))
        self._defaults[name] = str(defaultValue)

    def combobox(self, name, defaultValue, choices, label=None):
        self._defaults[name] = str(defaultValue)

    def multiselect(self, name, defaultValue, choices, label=None):
        self._defaults[name] = str(defaultValue)

    def get(self, name):
        passed = self._passed()
        if name in passed:
            return str(passed[name])
        if name in self._defaults:
            return self._defaults[name]
        raise InputWidgetNotDefined("No input widget named %s is defined" % name)

    def getArgument(self, name, optional=None):
        try:
            return self.get(name)
        except InputWidgetNotDefined:
            return optional

    def getAll(self):
        out = dict(self._defaults)
        out.update({k: str(v) for k, v in self._passed().items()})
        return out

    def remove(self, name):
        self._defaults.pop(name, None)

    def removeAll(self):
        self._defaults.clear()


class _Notebook:
    def exit(self, value):
        raise NotebookExit(value if isinstance(value, str) else str(value))

    def run(self, path, timeout_seconds=0, arguments=None):
        raise NotImplementedError("dbutils.notebook.run is not supported by the local workspace; use a job with several tasks instead.")


class _TaskValues:
    def __init__(self):
        self._local = {}

    def _file(self, task_key):
        directory = _context().get("task_values_dir")
        return os.path.join(directory, "%s.json" % task_key) if directory else None

    def _read(self, task_key):
        path = self._file(task_key)
        if not path or not os.path.exists(path):
            return {}
        with open(path, encoding="utf-8") as f:
            return json.load(f)

    def set(self, key, value):
        encoded = json.dumps(value)  # raises TypeError for values that are not JSON-serialisable, as on Databricks
        if len(encoded.encode("utf-8")) > 48 * 1024:
            raise ValueError("Task value %r is larger than 48 KiB once serialised to JSON." % key)
        task_key = _context().get("task_key")
        path = self._file(task_key) if task_key else None
        if not path:
            self._local[key] = value
            return
        values = self._read(task_key)
        values[key] = json.loads(encoded)
        directory = os.path.dirname(path)
        os.makedirs(directory, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(values, f)
        os.replace(tmp, path)

    def get(self, taskKey, key, default=None, debugValue=None):
        if not _context().get("task_values_dir"):
            if debugValue is None:
                raise TypeError("Must pass debugValue when calling get outside of a job context. debugValue cannot be None.")
            return debugValue
        values = self._read(taskKey)
        if key in values:
            return values[key]
        if default is not None:
            return default
        raise ValueError("No task value found for key %r of task %r, and no default was given." % (key, taskKey))


class _Jobs:
    def __init__(self):
        self.taskValues = _TaskValues()


class _Library:
    def restartPython(self):
        """Nothing to restart: each task is already a fresh Python process."""


class _Unsupported:
    def __init__(self, name):
        self._name = name

    def __getattr__(self, attr):
        raise NotImplementedError("dbutils.%s.%s is not supported by the local workspace." % (self._name, attr))


class DBUtils:
    def __init__(self, spark=None):
        self.widgets = _Widgets()
        self.notebook = _Notebook()
        self.jobs = _Jobs()
        self.library = _Library()
        self.fs = _Unsupported("fs")
        self.secrets = _Unsupported("secrets")

    def help(self):
        print("Local workspace dbutils: widgets, notebook.exit, jobs.taskValues, library.restartPython.")


dbutils = DBUtils()
