"""The fluent API (mlflow.start_run, mlflow.log_metric, …) of the fallback package."""
import atexit
import os
import time

from mlflow import _rest
from mlflow.entities import Experiment, Run
from mlflow.exceptions import MlflowException, RestException
from mlflow.tracking.client import MlflowClient

_tracking_uri = None
_registry_uri = None
_experiment_id = None
_active = []
_last = None


def set_tracking_uri(uri):
    global _tracking_uri
    _tracking_uri = uri


def get_tracking_uri():
    return _tracking_uri or os.environ.get("MLFLOW_TRACKING_URI") or "databricks"


def set_registry_uri(uri):
    global _registry_uri
    _registry_uri = uri


def get_registry_uri():
    """``databricks-uc`` unless set: Unity Catalog is the default registry in MLflow 3."""
    return _registry_uri or os.environ.get("MLFLOW_REGISTRY_URI") or "databricks-uc"


def _client():
    return MlflowClient(get_tracking_uri(), get_registry_uri())


def set_experiment(experiment_name=None, experiment_id=None):
    global _experiment_id
    client = _client()
    if experiment_id is not None:
        exp = client.get_experiment(experiment_id)
    elif experiment_name:
        exp = client.get_experiment_by_name(experiment_name)
        if exp is None:
            try:
                client.create_experiment(experiment_name)
            except RestException as e:
                if e.error_code != "RESOURCE_ALREADY_EXISTS":
                    raise
            exp = client.get_experiment_by_name(experiment_name)
    else:
        raise MlflowException("Must specify exactly one of experiment_name or experiment_id.", error_code="INVALID_PARAMETER_VALUE")
    _experiment_id = exp.experiment_id
    return exp


def get_experiment(experiment_id):
    return _client().get_experiment(experiment_id)


def get_experiment_by_name(name):
    return _client().get_experiment_by_name(name)


def _current_experiment_id():
    if _experiment_id is not None:
        return _experiment_id
    if os.environ.get("MLFLOW_EXPERIMENT_ID"):
        return os.environ["MLFLOW_EXPERIMENT_ID"]
    if os.environ.get("MLFLOW_EXPERIMENT_NAME"):
        return set_experiment(os.environ["MLFLOW_EXPERIMENT_NAME"]).experiment_id
    return "0"


def _job_context():
    """The job, run and task this process runs for: the local workspace's task context file, or env."""
    path = os.environ.get("DATABRICKS_LOCAL_TASK_CONTEXT")
    if path:
        try:
            import json

            with open(path, encoding="utf-8") as f:
                return json.load(f)
        except (OSError, ValueError):
            pass
    if os.environ.get("DATABRICKS_JOB_RUN_ID"):
        return {"job_id": os.environ.get("DATABRICKS_JOB_ID"), "run_id": os.environ["DATABRICKS_JOB_RUN_ID"]}
    return {}


class ActiveRun(Run):
    """The run returned by start_run; ending the ``with`` block ends the run (FAILED on an exception)."""

    def __init__(self, run):
        self.info = run.info
        self.data = run.data

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        end_run("FINISHED" if exc_type is None else "FAILED")
        return False


def start_run(run_id=None, experiment_id=None, run_name=None, nested=False, tags=None, description=None, parent_run_id=None, log_system_metrics=None):
    global _last
    if _active and not nested:
        raise MlflowException(
            "Run with UUID %s is already active. To start a new run, first end the current run with "
            "mlflow.end_run(). To start a nested run, call start_run with nested=True" % _active[-1].info.run_id,
            error_code="INVALID_PARAMETER_VALUE",
        )
    client = _client()
    if run_id:
        run = client.get_run(run_id)
        client.update_run(run_id, status="RUNNING")
        run = client.get_run(run_id)
    else:
        all_tags = dict(tags or {})
        parent = parent_run_id or (_active[-1].info.run_id if _active and nested else None)
        if parent:
            all_tags["mlflow.parentRunId"] = parent
        if description:
            all_tags["mlflow.note.content"] = description
        job = _job_context()
        for key, tag in (("job_id", "mlflow.databricks.jobID"), ("run_id", "mlflow.databricks.jobRunID"), ("task_key", "mlflow.databricks.taskKey")):
            if job.get(key):
                all_tags.setdefault(tag, str(job[key]))
        all_tags.setdefault("mlflow.source.type", "JOB" if job else "LOCAL")
        run = client.create_run(experiment_id or _current_experiment_id(), tags=all_tags, run_name=run_name)
    active = ActiveRun(run)
    _active.append(active)
    _last = active
    return active


def end_run(status="FINISHED"):
    if not _active:
        return
    run = _active.pop()
    _client().set_terminated(run.info.run_id, status)


def _end_all_at_exit():
    while _active:
        try:
            end_run("FINISHED")
        except Exception:  # the process is ending; a failed status update must not mask its own error
            _active.clear()


atexit.register(_end_all_at_exit)


def active_run():
    return _active[-1] if _active else None


def last_active_run():
    return get_run(_last.info.run_id) if _last else None


def _run_id(run_id=None):
    if run_id:
        return run_id
    if not _active:
        start_run()
    return _active[-1].info.run_id


def log_metric(key, value, step=None, timestamp=None, run_id=None, **_):
    _client().log_metric(_run_id(run_id), key, value, timestamp=timestamp, step=step)


def log_metrics(metrics, step=None, timestamp=None, run_id=None, **_):
    from mlflow.entities import Metric

    ts = timestamp or int(time.time() * 1000)
    _client().log_batch(_run_id(run_id), metrics=[Metric(k, float(v), ts, step or 0) for k, v in metrics.items()])


def log_param(key, value, synchronous=None):
    return _client().log_param(_run_id(), key, value)


def log_params(params, synchronous=None, run_id=None):
    _client().log_batch(_run_id(run_id), params=list(params.items()))


def set_tag(key, value, synchronous=None):
    _client().set_tag(_run_id(), key, value)


def set_tags(tags, synchronous=None):
    _client().log_batch(_run_id(), tags=list(tags.items()))


def get_run(run_id):
    return _client().get_run(run_id)


def search_runs(experiment_ids=None, filter_string="", max_results=1000, order_by=None, output_format="list", **_):
    ids = experiment_ids or [_current_experiment_id()]
    return _client().search_runs(ids, filter_string=filter_string, max_results=max_results, order_by=order_by)


def register_model(model_uri, name, await_registration_for=300, *, tags=None, **_):
    """Registers ``model_uri`` (``runs:/<run_id>/<path>`` or any URI) as a new version of ``name``.

    With the ``databricks-uc`` registry (the default) ``name`` is ``catalog.schema.model``.
    """
    client = _client()
    run_id = None
    source = model_uri
    if model_uri.startswith("runs:/"):
        rest = model_uri[len("runs:/"):]
        run_id, _, path = rest.partition("/")
        source = client.get_run(run_id).info.artifact_uri.rstrip("/") + ("/" + path if path else "")
    try:
        client.create_registered_model(name)
        print("Successfully registered model '%s'." % name)
    except RestException as e:
        if e.error_code != "RESOURCE_ALREADY_EXISTS":
            raise
        print("Registered model '%s' already exists. Creating a new version of this model..." % name)
    mv = client.create_model_version(name, source, run_id=run_id, tags=tags, await_creation_for=await_registration_for)
    print("Created version '%s' of model '%s'." % (mv.version, mv.name))
    return mv
