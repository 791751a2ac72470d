# Databricks notebook source
# MAGIC %md
# MAGIC ### Train
# MAGIC Fits the model on the prepared data and reports its error.

# COMMAND ----------

dbutils.widgets.text("seed", "7")
dbutils.widgets.text("env", "test")
seed = int(dbutils.widgets.get("seed"))
env = dbutils.widgets.get("env")
rows = int(dbutils.jobs.taskValues.get(taskKey="prepare_data", key="rows", default=200, debugValue=200))

# COMMAND ----------

from checks import fit_line, make_dataset, result, rmse

points = make_dataset(rows, seed)
a, b = fit_line(points)
error = rmse(points, a, b)
print("env=%s slope=%.3f intercept=%.3f rmse=%.3f" % (env, a, b, error))
dbutils.jobs.taskValues.set(key="rmse", value=error)

# COMMAND ----------

dbutils.notebook.exit(result(slope=round(a, 3), intercept=round(b, 3), rmse=round(error, 3)))
