"""What the pipelines need from the platform, in one place: the project root on `sys.path`, SQL
through the Statement Execution API, and the model stored on its MLflow run.

Standard library only. On Databricks, `DATABRICKS_HOST`/`DATABRICKS_TOKEN` come from the notebook
context (or a secret scope) and `warehouse_id` names a SQL warehouse; the local workspace sets both
variables for every task it runs."""
import json
import os
import sys
import time
import urllib.error
import urllib.request

# The pipelines import the project's own ML code from the repository root, one folder up, both in a
# Git folder and in an uploaded copy (a notebook's working directory is its own folder).
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

MODEL_TAG = "churn.model"


def _call(method, path, body=None):
    host = os.environ["DATABRICKS_HOST"].rstrip("/")
    req = urllib.request.Request(
        host + path,
        data=json.dumps(body).encode() if body is not None else None,
        method=method,
        headers={
            "Authorization": "Bearer " + os.environ["DATABRICKS_TOKEN"],
            "Content-Type": "application/json",
        },
    )
    try:
        with urllib.request.urlopen(req, timeout=60) as res:
            return json.loads(res.read().decode() or "{}")
    except urllib.error.HTTPError as e:
        # The API's own message says what is wrong (a missing table, a bad parameter).
        raise RuntimeError("%s %s: HTTP %d %s" % (method, path, e.code, e.read().decode()[:500])) from None


def sql(statement, warehouse_id, **params):
    """Runs one statement; returns its rows as dicts (every value a string or None, as the API)."""
    answer = _call(
        "POST",
        "/api/2.0/sql/statements",
        {
            "statement": statement,
            "warehouse_id": warehouse_id,
            "wait_timeout": "30s",
            "parameters": [{"name": k, "value": None if v is None else str(v)} for k, v in params.items()],
        },
    )
    deadline = time.time() + 600
    while answer["status"]["state"] in ("PENDING", "RUNNING"):
        if time.time() > deadline:
            raise TimeoutError("statement %s still %s" % (answer["statement_id"], answer["status"]["state"]))
        time.sleep(1)
        answer = _call("GET", "/api/2.0/sql/statements/%s" % answer["statement_id"])
    if answer["status"]["state"] != "SUCCEEDED":
        raise RuntimeError("SQL failed: %s" % answer["status"].get("error", {}).get("message"))
    columns = [c["name"] for c in answer.get("manifest", {}).get("schema", {}).get("columns", [])]
    return [dict(zip(columns, row)) for row in answer.get("result", {}).get("data_array", []) or []]


def insert_rows(table, rows, warehouse_id):
    """Appends rows (dicts with the same keys) in a few statements, values passed as parameters."""
    if not rows:
        return
    keys = list(rows[0])
    for start in range(0, len(rows), 200):
        chunk = rows[start : start + 200]
        params, tuples = {}, []
        for i, row in enumerate(chunk):
            names = []
            for key in keys:
                name = "%s_%d" % (key, i)
                params[name] = row[key]
                names.append(":" + name)
            tuples.append("(%s)" % ", ".join(names))
        sql("INSERT INTO %s (%s) VALUES %s" % (table, ", ".join(keys), ", ".join(tuples)), warehouse_id, **params)


def customers_from(table, warehouse_id):
    """Feature table rows back as the typed records the ML code takes."""
    rows = sql("SELECT * FROM %s ORDER BY customer_id" % table, warehouse_id)
    return [
        {
            "customer_id": r["customer_id"],
            "tenure_months": int(r["tenure_months"]),
            "monthly_charges": float(r["monthly_charges"]),
            "contract": r["contract"],
            "support_calls": int(r["support_calls"]),
            "churned": int(r["churned"]) if r.get("churned") is not None else None,
        }
        for r in rows
    ]
