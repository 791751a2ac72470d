"""HTTP to the workspace named by DATABRICKS_HOST with DATABRICKS_TOKEN (stdlib only)."""
import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request

from mlflow.exceptions import MlflowException, RestException

_RETRY_STATUSES = (429, 503)
_MAX_ATTEMPTS = 6


def host():
    h = os.environ.get("DATABRICKS_HOST", "").strip().rstrip("/")
    if not h:
        raise MlflowException(
            "DATABRICKS_HOST is not set: the mlflow fallback talks to a Databricks (or local) workspace.",
            error_code="INVALID_PARAMETER_VALUE",
        )
    if "://" not in h:
        h = "https://" + h
    return h


def _query(params):
    pairs = []
    for k, v in (params or {}).items():
        if v is None:
            continue
        for item in v if isinstance(v, (list, tuple)) else [v]:
            pairs.append((k, "true" if item is True else "false" if item is False else str(item)))
    return urllib.parse.urlencode(pairs)


def call(method, path, body=None):
    """Calls ``/api/2.0/mlflow/<path>`` (or an absolute ``/api/...`` path) and returns the JSON answer.

    GET sends its arguments as a query string, the others as a JSON body, as MLflow's REST client
    does. 429 and 503 are retried, honouring Retry-After.
    """
    url = host() + (path if path.startswith("/api/") else "/api/2.0/mlflow/" + path)
    data = None
    if method == "GET":
        q = _query(body)
        if q:
            url += "?" + q
    elif body is not None:
        data = json.dumps({k: v for k, v in body.items() if v is not None}).encode("utf-8")
    headers = {"Content-Type": "application/json", "User-Agent": "mlflow-local-fallback/0.1"}
    token = os.environ.get("DATABRICKS_TOKEN")
    if token:
        headers["Authorization"] = "Bearer " + token
    attempt = 0
    while True:
        attempt += 1
        req = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                text = resp.read().decode("utf-8")
                return json.loads(text) if text.strip() else {}
        except urllib.error.HTTPError as e:
            text = e.read().decode("utf-8", "replace")
            if e.code in _RETRY_STATUSES and attempt < _MAX_ATTEMPTS:
                retry_after = e.headers.get("Retry-After") if e.headers else None
                try:
                    delay = float(retry_after) if retry_after else 1.0
                except ValueError:
                    delay = 1.0
                time.sleep(min(delay, 10.0))
                continue
            try:
                parsed = json.loads(text)
                if not isinstance(parsed, dict):
                    raise ValueError()
            except ValueError:
                parsed = {"error_code": "HTTP_%d" % e.code, "message": text[:500]}
            raise RestException(parsed, status_code=e.code) from None
        except (urllib.error.URLError, ConnectionError) as e:
            if attempt < _MAX_ATTEMPTS:
                time.sleep(min(attempt, 5))
                continue
            raise MlflowException("Could not reach %s: %s" % (host(), e), error_code="TEMPORARILY_UNAVAILABLE") from None
