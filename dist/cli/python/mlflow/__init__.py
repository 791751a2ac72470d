"""A minimal, stdlib-only stand-in for the ``mlflow`` package, for tasks run by the local workspace.

The real MLflow always wins: if another ``mlflow`` package is importable from the rest of
``sys.path``, this module loads it in its own place (``sys.modules['mlflow']``) and defines
nothing itself. Set ``DATABRICKS_LOCAL_MLFLOW_FALLBACK=force`` to use the fallback anyway.

The fallback speaks the MLflow REST API to ``DATABRICKS_HOST`` with ``DATABRICKS_TOKEN``: runs,
params, metrics, tags, model registration (Unity Catalog by default, as in MLflow 3) and the
MlflowClient calls the MLOps flow uses. It logs no artifacts and loads no models.
"""
import os as _os
import sys as _sys


def _load_real_mlflow():
    if _os.environ.get("DATABRICKS_LOCAL_MLFLOW_FALLBACK") == "force":
        return None
    import importlib.machinery
    import importlib.util

    here = _os.path.dirname(_os.path.dirname(_os.path.abspath(__file__)))
    paths = [p for p in _sys.path if _os.path.abspath(p or _os.getcwd()) != here]
    spec = importlib.machinery.PathFinder.find_spec("mlflow", paths)
    if spec is None or spec.origin is None or _os.path.abspath(spec.origin) == _os.path.abspath(__file__):
        return None
    me = _sys.modules[__name__]
    real = importlib.util.module_from_spec(spec)
    _sys.modules["mlflow"] = real
    try:
        spec.loader.exec_module(real)
    except Exception as e:  # a broken install: fall back rather than fail the task
        for name in [n for n in _sys.modules if n == "mlflow" or n.startswith("mlflow.")]:
            del _sys.modules[name]
        _sys.modules["mlflow"] = me
        _sys.stderr.write("mlflow fallback: the installed mlflow failed to import (%s); using the fallback.\n" % e)
        return None
    return real


_real = _load_real_mlflow()

if _real is None:
    __version__ = "0.0.0+local-fallback"
    IS_LOCAL_FALLBACK = True
    from mlflow import exceptions  # noqa: F401,E402
    from mlflow import entities  # noqa: F401,E402
    from mlflow.exceptions import MlflowException  # noqa: F401,E402
    from mlflow.tracking.client import MlflowClient  # noqa: F401,E402
    from mlflow._fluent import (  # noqa: F401,E402
        ActiveRun,
        active_run,
        end_run,
        get_experiment,
        get_experiment_by_name,
        get_registry_uri,
        get_run,
        get_tracking_uri,
        last_active_run,
        log_metric,
        log_metrics,
        log_param,
        log_params,
        register_model,
        search_runs,
        set_experiment,
        set_registry_uri,
        set_tag,
        set_tags,
        set_tracking_uri,
        start_run,
    )
    import mlflow.tracking as tracking  # noqa: F401,E402
