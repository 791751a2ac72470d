# Databricks notebook source
# MAGIC %md
# MAGIC ### Prepare data
# MAGIC Builds the integration-test dataset and shares its size with the next tasks.

# COMMAND ----------

dbutils.widgets.text("rows", "200")
dbutils.widgets.text("seed", "7")
rows = int(dbutils.widgets.get("rows"))
seed = int(dbutils.widgets.get("seed"))

# COMMAND ----------

from checks import make_dataset, result

points = make_dataset(rows, seed)
print("prepared %d rows (seed %d)" % (len(points), seed))
dbutils.jobs.taskValues.set(key="rows", value=len(points))

# COMMAND ----------

dbutils.notebook.exit(result(rows=len(points), seed=seed))
