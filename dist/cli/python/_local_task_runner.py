"""Runs one job task for the local workspace: a Databricks source-format notebook (cells split on
``# COMMAND ----------``), a plain .py notebook, or a Python file. Writes the outcome (exit value,
error and trace) as JSON for the server. Usage: python _local_task_runner.py CONTEXT.json
"""
import json
import linecache
import os
import re
import runpy
import subprocess
import sys
import traceback

HERE = os.path.abspath(__file__)
CELL_SEPARATOR = re.compile(r"^# COMMAND -{10}\s*$")
HEADER = "# Databricks notebook source"


class _NoSpark:
    """`spark` in a notebook: there is no Spark here, and the error says so on first use."""

    def __getattr__(self, name):
        raise RuntimeError("Spark is not available in the local workspace (tasks run as plain Python processes): spark.%s" % name)

    def __bool__(self):
        return False


def _display(*objects, **_kwargs):
    for o in objects:
        print(o.to_string() if hasattr(o, "to_string") else o)


def _notebook_globals(dbutils_module):
    return {
        "__name__": "__main__",
        "dbutils": dbutils_module.dbutils,
        "spark": _NoSpark(),
        "display": _display,
        "displayHTML": print,
    }


def _resolve_run_target(target, notebook_path, workspace_root):
    if target.startswith("/"):
        base = os.path.join(workspace_root or os.path.dirname(notebook_path), target.lstrip("/"))
    else:
        base = os.path.normpath(os.path.join(os.path.dirname(notebook_path), target))
    for candidate in (base, base + ".py"):
        if os.path.isfile(candidate):
            return candidate
    raise FileNotFoundError("%%run: notebook %s not found (looked for %s)" % (target, base))


def _display_name(path, ctx):
    """The name a trace shows: the workspace path (`/Workspace/...`) or the path in the repository,
    rather than the run's scratch copy."""
    root = ctx.get("workspace_root")
    if root and path.startswith(root.rstrip(os.sep) + os.sep):
        rel = path[len(root.rstrip(os.sep)):]
        return "/Workspace" + rel if ctx.get("source") == "WORKSPACE" else rel.lstrip("/")
    return path


def _compile(source, path, ctx, first_line=0):
    name = _display_name(path, ctx)
    if name != path:
        full = open(path, encoding="utf-8").read()
        linecache.cache[name] = (len(full), None, full.splitlines(True), name)
    return compile("\n" * first_line + source, name, "exec")


def _run_magic(lines, first_line, path, g, ctx, dbutils_module):
    text = "\n".join(re.sub(r"^# MAGIC ?", "", l) for l in lines)
    stripped = text.lstrip()
    command = stripped.split(None, 1)[0] if stripped else ""
    if command in ("%md", "%md-sandbox", ""):
        return
    if command in ("%pip", "%conda"):
        print("local workspace: skipped `%s` (install packages into the Python that runs tasks instead)" % stripped.splitlines()[0])
        return
    if command == "%run":
        target = stripped.split(None, 1)[1].strip().split()[0]
        run_notebook(_resolve_run_target(target, path, ctx.get("workspace_root")), g, ctx, dbutils_module)
        return
    if command == "%python":
        body = stripped.split("\n", 1)[1] if "\n" in stripped else ""
        exec(_compile(body, path, ctx, first_line), g)
        return
    if command == "%sh":
        script = stripped.split("\n", 1)[1] if "\n" in stripped else stripped[3:]
        done = subprocess.run(["bash", "-c", script], cwd=os.path.dirname(path))
        if done.returncode != 0:
            raise RuntimeError("%%sh cell exited with code %d" % done.returncode)
        return
    raise RuntimeError("Cell magic %s is not supported by the local workspace (only Python, %%md, %%pip, %%run and %%sh cells run)." % command)


def run_notebook(path, g, ctx, dbutils_module):
    with open(path, encoding="utf-8") as f:
        source = f.read()
    lines = source.split("\n")
    if not lines or lines[0].rstrip() != HEADER:
        exec(_compile(source, path, ctx), g)
        return
    cells = []
    start, current = 1, []
    for i, line in enumerate(lines[1:], start=1):
        if CELL_SEPARATOR.match(line):
            cells.append((start, current))
            start, current = i + 1, []
        else:
            current.append(line)
    cells.append((start, current))
    for first_line, cell in cells:
        meaningful = [l for l in cell if l.strip()]
        if meaningful and all(l.startswith("# MAGIC") for l in meaningful):
            _run_magic(meaningful, first_line, path, g, ctx, dbutils_module)
            continue
        # Padding keeps the notebook's line numbers in tracebacks.
        exec(_compile("\n".join(cell), path, ctx, first_line), g)


def _user_traceback(e):
    tb = e.__traceback__
    while tb is not None and (tb.tb_frame.f_code.co_filename == HERE or "runpy" in tb.tb_frame.f_code.co_filename):
        tb = tb.tb_next
    return "".join(traceback.format_exception(type(e), e, tb))


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        ctx = json.load(f)
    file_dir = os.path.dirname(ctx["file"])
    # As on Databricks, the notebook's (or script's) folder comes first, so sibling modules import;
    # the shim stays ahead of site-packages (a PyPI package is also named `dbutils`).
    shim = os.path.dirname(HERE)
    rest = [p for p in sys.path if os.path.abspath(p or ".") not in (shim, file_dir)]
    sys.path[:] = [file_dir, shim] + rest
    import dbutils as dbutils_module

    out = {}
    code = 0
    try:
        if ctx["kind"] == "notebook":
            run_notebook(ctx["file"], _notebook_globals(dbutils_module), ctx, dbutils_module)
        else:
            sys.argv = [ctx["file"]] + list(ctx.get("argv", []))
            runpy.run_path(ctx["file"], run_name="__main__")
    except dbutils_module.NotebookExit as e:
        out["notebook_result"] = e.value
    except SystemExit as e:
        if e.code not in (None, 0):
            code = e.code if isinstance(e.code, int) else 1
            if not isinstance(e.code, int):
                sys.stderr.write("%s\n" % e.code)
            out["error"] = "SystemExit: %s" % e.code
    except BaseException as e:  # noqa: B902 - every failure of user code is reported
        trace = _user_traceback(e)
        sys.stderr.write(trace)
        out["error"] = "".join(traceback.format_exception_only(type(e), e)).strip()
        out["error_trace"] = trace
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    with open(ctx["output_file"], "w", encoding="utf-8") as f:
        json.dump(out, f)
    sys.exit(code)


if __name__ == "__main__":
    main()
