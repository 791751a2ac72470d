# Databricks notebook source
# MAGIC %md
# MAGIC ### Feature refresh
# MAGIC Rebuilds the customer feature table from the (synthetic) source data, through SQL.

# COMMAND ----------

dbutils.widgets.text("feature_table", "main.churn.customer_features")
dbutils.widgets.text("warehouse_id", "local")
dbutils.widgets.text("rows", "600")
dbutils.widgets.text("seed", "7")
dbutils.widgets.text("drift", "0")
table = dbutils.widgets.get("feature_table")
warehouse = dbutils.widgets.get("warehouse_id")
rows = int(dbutils.widgets.get("rows"))
seed = int(dbutils.widgets.get("seed"))
drift = float(dbutils.widgets.get("drift"))

# COMMAND ----------

from ops import insert_rows, sql
from mlproject.data import make_customers

sql("DROP TABLE IF EXISTS %s" % table, warehouse)
sql(
    "CREATE TABLE %s (customer_id STRING, tenure_months INT, monthly_charges DOUBLE,"
    " contract STRING, support_calls INT, churned INT)" % table,
    warehouse,
)
insert_rows(table, make_customers(rows, seed, drift=drift), warehouse)
count = sql("SELECT COUNT(*) AS n FROM %s" % table, warehouse)[0]["n"]
print("%s: %s rows (seed %d, drift %.2f)" % (table, count, seed, drift))

# COMMAND ----------

dbutils.notebook.exit('{"rows": %d}' % int(count))
