"""MlflowClient: the subset the MLOps flow uses, with MLflow's method names and signatures."""
import time

from mlflow import _rest
from mlflow.entities import Experiment, Metric, ModelVersion, RegisteredModel, Run
from mlflow.exceptions import MlflowException, RestException

_UC = "unity-catalog/"


def _is_uc(registry_uri):
    return (registry_uri or "").startswith("databricks-uc")


def _check_uc_name(name):
    if len(name.split(".")) != 3 or not all(name.split(".")):
        raise MlflowException(
            "Model name must be a three-level name <catalog>.<schema>.<model> when the registry URI is "
            "'databricks-uc'; got '%s'." % name,
            error_code="INVALID_PARAMETER_VALUE",
        )


def _now_ms():
    return int(time.time() * 1000)


class MlflowClient:
    def __init__(self, tracking_uri=None, registry_uri=None):
        import mlflow

        self._tracking_uri = tracking_uri or mlflow.get_tracking_uri()
        self._registry_uri = registry_uri or mlflow.get_registry_uri()

    # ---- tracking ----------------------------------------------------------------------------
    def create_experiment(self, name, artifact_location=None, tags=None):
        body = {"name": name, "artifact_location": artifact_location}
        if tags:
            body["tags"] = [{"key": k, "value": str(v)} for k, v in tags.items()]
        return _rest.call("POST", "experiments/create", body)["experiment_id"]

    def get_experiment(self, experiment_id):
        return Experiment(_rest.call("GET", "experiments/get", {"experiment_id": experiment_id})["experiment"])

    def get_experiment_by_name(self, name):
        try:
            return Experiment(_rest.call("GET", "experiments/get-by-name", {"experiment_name": name})["experiment"])
        except RestException as e:
            if e.error_code == "RESOURCE_DOES_NOT_EXIST":
                return None
            raise

    def create_run(self, experiment_id, start_time=None, tags=None, run_name=None):
        body = {
            "experiment_id": str(experiment_id),
            "start_time": start_time or _now_ms(),
            "run_name": run_name,
            "tags": [{"key": k, "value": str(v)} for k, v in (tags or {}).items()],
        }
        return Run(_rest.call("POST", "runs/create", body)["run"])

    def get_run(self, run_id):
        return Run(_rest.call("GET", "runs/get", {"run_id": run_id})["run"])

    def update_run(self, run_id, status=None, name=None):
        _rest.call("POST", "runs/update", {"run_id": run_id, "status": status, "run_name": name})

    def set_terminated(self, run_id, status=None, end_time=None):
        _rest.call("POST", "runs/update", {"run_id": run_id, "status": status or "FINISHED", "end_time": end_time or _now_ms()})

    def log_metric(self, run_id, key, value, timestamp=None, step=None):
        body = {"run_id": run_id, "key": key, "value": float(value), "timestamp": timestamp or _now_ms(), "step": step or 0}
        _rest.call("POST", "runs/log-metric", body)

    def log_param(self, run_id, key, value):
        _rest.call("POST", "runs/log-parameter", {"run_id": run_id, "key": key, "value": str(value)})
        return value

    def set_tag(self, run_id, key, value):
        _rest.call("POST", "runs/set-tag", {"run_id": run_id, "key": key, "value": str(value)})

    def delete_tag(self, run_id, key):
        _rest.call("POST", "runs/delete-tag", {"run_id": run_id, "key": key})

    def log_batch(self, run_id, metrics=(), params=(), tags=()):
        def kv(x):
            return {"key": x.key, "value": str(x.value)} if hasattr(x, "key") else {"key": x[0], "value": str(x[1])}

        body = {
            "run_id": run_id,
            "metrics": [
                {"key": m.key, "value": float(m.value), "timestamp": m.timestamp or _now_ms(), "step": m.step or 0} for m in metrics
            ],
            "params": [kv(p) for p in params],
            "tags": [kv(t) for t in tags],
        }
        _rest.call("POST", "runs/log-batch", body)

    def get_metric_history(self, run_id, key):
        out = _rest.call("GET", "metrics/get-history", {"run_id": run_id, "metric_key": key})
        return [Metric.from_dict(m) for m in out.get("metrics") or []]

    def search_runs(self, experiment_ids, filter_string="", run_view_type=None, max_results=1000, order_by=None, page_token=None):
        if isinstance(experiment_ids, str):
            experiment_ids = [experiment_ids]
        body = {
            "experiment_ids": [str(e) for e in experiment_ids],
            "filter": filter_string,
            "max_results": max_results,
            "order_by": order_by or [],
            "page_token": page_token,
        }
        if run_view_type:
            body["run_view_type"] = run_view_type
        return [Run(r) for r in _rest.call("POST", "runs/search", body).get("runs") or []]

    # ---- registry ----------------------------------------------------------------------------
    def _uc(self):
        return _is_uc(self._registry_uri)

    def _path(self, path, name=None):
        if self._uc():
            if name is not None:
                _check_uc_name(name)
            return _UC + path
        return path

    def create_registered_model(self, name, tags=None, description=None):
        body = {"name": name, "description": description, "tags": [{"key": k, "value": str(v)} for k, v in (tags or {}).items()]}
        return RegisteredModel(_rest.call("POST", self._path("registered-models/create", name), body)["registered_model"])

    def get_registered_model(self, name):
        return RegisteredModel(_rest.call("GET", self._path("registered-models/get", name), {"name": name})["registered_model"])

    def create_model_version(self, name, source, run_id=None, tags=None, run_link=None, description=None, await_creation_for=300):
        body = {
            "name": name,
            "source": source,
            "run_id": run_id,
            "description": description,
            "tags": [{"key": k, "value": str(v)} for k, v in (tags or {}).items()],
        }
        if self._uc():
            _check_uc_name(name)
            body["run_tracking_server_id"] = _rest.host()
            mv = _rest.call("POST", _UC + "model-versions/create", body)["model_version"]
            # MLflow uploads the artifacts between create and finalize; the fallback has none to upload.
            mv = _rest.call("POST", _UC + "model-versions/finalize", {"name": name, "version": mv["version"]})["model_version"]
        else:
            body["run_link"] = run_link
            mv = _rest.call("POST", "model-versions/create", body)["model_version"]
        return self._await_ready(ModelVersion(mv), await_creation_for)

    def _await_ready(self, mv, timeout):
        deadline = time.time() + (timeout or 0)
        delay = 0.05
        while mv.status == "PENDING_REGISTRATION" and time.time() < deadline:
            time.sleep(delay)
            delay = min(delay * 2, 1.0)
            mv = self.get_model_version(mv.name, mv.version)
        if mv.status == "FAILED_REGISTRATION":
            raise MlflowException("Model version %s/%s failed to register: %s" % (mv.name, mv.version, mv.status_message))
        return mv

    def get_model_version(self, name, version):
        return ModelVersion(_rest.call("GET", self._path("model-versions/get", name), {"name": name, "version": str(version)})["model_version"])

    def update_model_version(self, name, version, description=None):
        body = {"name": name, "version": str(version), "description": description}
        return ModelVersion(_rest.call("PATCH", self._path("model-versions/update", name), body)["model_version"])

    def delete_model_version(self, name, version):
        _rest.call("DELETE", self._path("model-versions/delete", name), {"name": name, "version": str(version)})

    def search_model_versions(self, filter_string=None, max_results=None, order_by=None, page_token=None):
        body = {"filter": filter_string, "max_results": max_results, "order_by": order_by, "page_token": page_token}
        out = _rest.call("GET", self._path("model-versions/search"), body)
        return [ModelVersion(v) for v in out.get("model_versions") or []]

    def set_registered_model_alias(self, name, alias, version):
        self._require_uc_or_alias_support(name)
        _rest.call("POST", self._path("registered-models/alias", name), {"name": name, "alias": alias, "version": str(version)})

    def delete_registered_model_alias(self, name, alias):
        self._require_uc_or_alias_support(name)
        _rest.call("DELETE", self._path("registered-models/alias", name), {"name": name, "alias": alias})

    def get_model_version_by_alias(self, name, alias):
        self._require_uc_or_alias_support(name)
        out = _rest.call("GET", self._path("registered-models/alias", name), {"name": name, "alias": alias})
        return ModelVersion(out["model_version"])

    def _require_uc_or_alias_support(self, name):
        if not self._uc():
            raise MlflowException(
                "Model aliases are served only for Unity Catalog models by the local workspace; "
                "set the registry URI to 'databricks-uc'.",
                error_code="INVALID_PARAMETER_VALUE",
            )

    def set_model_version_tag(self, name, version=None, key=None, value=None, stage=None):
        if self._uc():
            _check_uc_name(name)
            _rest.call("POST", _UC + "model-versions/tags", {"name": name, "version": str(version), "key": key, "value": str(value)})
        else:
            _rest.call("POST", "model-versions/set-tag", {"name": name, "version": str(version), "key": key, "value": str(value)})

    def delete_model_version_tag(self, name, version=None, key=None, stage=None):
        if self._uc():
            _rest.call("DELETE", _UC + "model-versions/tags", {"name": name, "version": str(version), "key": key})
        else:
            _rest.call("DELETE", "model-versions/delete-tag", {"name": name, "version": str(version), "key": key})

    def set_registered_model_tag(self, name, key, value):
        if self._uc():
            _rest.call("POST", _UC + "registered-models/tags", {"name": name, "key": key, "value": str(value)})
        else:
            _rest.call("POST", "registered-models/set-tag", {"name": name, "key": key, "value": str(value)})

    def get_latest_versions(self, name, stages=None):
        if self._uc():
            raise MlflowException(
                "Method 'get_latest_versions' is unsupported for models in the Unity Catalog. "
                "Use aliases and get_model_version_by_alias instead.",
                error_code="INVALID_PARAMETER_VALUE",
            )
        out = _rest.call("POST", "registered-models/get-latest-versions", {"name": name, "stages": stages or []})
        return [ModelVersion(v) for v in out.get("model_versions") or []]

    def transition_model_version_stage(self, name, version, stage, archive_existing_versions=False):
        if self._uc():
            raise MlflowException(
                "Method 'transition_model_version_stage' is unsupported for models in the Unity Catalog. Use aliases instead.",
                error_code="INVALID_PARAMETER_VALUE",
            )
        body = {"name": name, "version": str(version), "stage": stage, "archive_existing_versions": bool(archive_existing_versions)}
        return ModelVersion(_rest.call("POST", "model-versions/transition-stage", body)["model_version"])
