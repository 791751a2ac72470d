# Databricks notebook source
# MAGIC %md
# MAGIC ### Monitor refresh
# MAGIC Stands in for the refresh of a Lakehouse Monitoring monitor on the predictions table: it
# MAGIC writes `<predictions>_drift_metrics` in the monitor's layout (a `window` struct, one row per
# MAGIC window and column, `js_distance` against the first window). On Databricks the monitor
# MAGIC writes this table itself; this notebook lets the demo and tests run the same check-drift
# MAGIC step against it. `shift` moves the last `drifted_windows` windows' predictions by that much
# MAGIC (injected drift, for the demo).

# COMMAND ----------

dbutils.widgets.text("predictions_table", "main.churn.predictions")
dbutils.widgets.text("warehouse_id", "local")
dbutils.widgets.text("windows", "7")
dbutils.widgets.text("drifted_windows", "3")
dbutils.widgets.text("shift", "0")
table = dbutils.widgets.get("predictions_table")
warehouse = dbutils.widgets.get("warehouse_id")
windows = int(dbutils.widgets.get("windows"))
drifted = int(dbutils.widgets.get("drifted_windows"))
shift = float(dbutils.widgets.get("shift"))

# COMMAND ----------

import datetime
import math

from ops import sql

BINS = 10


def histogram(values):
    counts = [0] * BINS
    for v in values:
        counts[min(BINS - 1, max(0, int(v * BINS)))] += 1
    total = float(len(values)) or 1.0
    return [c / total for c in counts]


def js_distance(p, q):
    """Jensen-Shannon distance (base 2), as Lakehouse Monitoring reports it for numeric columns."""
    m = [(a + b) / 2 for a, b in zip(p, q)]

    def kl(x, y):
        return sum(a * math.log(a / b, 2) for a, b in zip(x, y) if a > 0)

    return math.sqrt(max(0.0, (kl(p, m) + kl(q, m)) / 2))


scores = [float(r["churn_probability"]) for r in sql("SELECT churn_probability FROM %s" % table, warehouse)]
if not scores:
    raise ValueError("%s holds no predictions: run batch scoring first" % table)
baseline = histogram(scores)
start = datetime.datetime(2026, 11, 1, tzinfo=datetime.timezone.utc)
rows = []
for i in range(windows):
    moved = shift if i >= windows - drifted else 0.0
    value = js_distance(baseline, histogram([min(1.0, s + moved) for s in scores]))
    lo = (start + datetime.timedelta(days=i)).strftime("%Y-%m-%d %H:%M:%S")
    hi = (start + datetime.timedelta(days=i + 1)).strftime("%Y-%m-%d %H:%M:%S")
    rows.append(
        "(named_struct('start', TIMESTAMP '%s', 'end', TIMESTAMP '%s'), '1 day', '*', NULL, NULL, "
        "'churn_probability', 'CONSECUTIVE', %.6f)" % (lo, hi, value)
    )
sql(
    "CREATE OR REPLACE TABLE %s_drift_metrics (window STRUCT<start: TIMESTAMP, end: TIMESTAMP>, "
    "granularity STRING, model_id STRING, slice_key STRING, slice_value STRING, column_name STRING, "
    "drift_type STRING, js_distance DOUBLE)" % table,
    warehouse,
)
sql("INSERT INTO %s_drift_metrics VALUES %s" % (table, ", ".join(rows)), warehouse)
print("wrote %d windows to %s_drift_metrics (shift %.2f on the last %d)" % (windows, table, shift, drifted))
