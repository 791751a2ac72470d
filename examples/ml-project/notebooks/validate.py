# Databricks notebook source
# MAGIC %md
# MAGIC ### Validate
# MAGIC Fails the run when the model's error is above the threshold.

# COMMAND ----------

dbutils.widgets.text("max_rmse", "1.0")
max_rmse = float(dbutils.widgets.get("max_rmse"))
error = float(dbutils.jobs.taskValues.get(taskKey="train", key="rmse", debugValue=0.5))

# COMMAND ----------

from checks import result

print("rmse %.3f, threshold %.3f" % (error, max_rmse))
if error > max_rmse:
    raise AssertionError("rmse %.3f is above the threshold %.3f" % (error, max_rmse))
dbutils.notebook.exit(result(passed=True, rmse=round(error, 3), max_rmse=max_rmse))
