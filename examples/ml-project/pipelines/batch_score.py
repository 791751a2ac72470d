# Databricks notebook source
# MAGIC %md
# MAGIC ### Batch scoring
# MAGIC Scores the feature table with the model version that holds the `champion` alias, writes the
# MAGIC predictions, and appends one row per run to the monitoring table (feature means, churn rate).

# COMMAND ----------

dbutils.widgets.text("feature_table", "main.churn.customer_features")
dbutils.widgets.text("predictions_table", "main.churn.predictions")
dbutils.widgets.text("monitoring_table", "main.churn.monitoring")
dbutils.widgets.text("warehouse_id", "local")
dbutils.widgets.text("model_name", "main.churn.churn_model")
warehouse = dbutils.widgets.get("warehouse_id")
model_name = dbutils.widgets.get("model_name")
predictions_table = dbutils.widgets.get("predictions_table")
monitoring_table = dbutils.widgets.get("monitoring_table")

# COMMAND ----------

import json

import mlflow
from mlflow import MlflowClient
from ops import MODEL_TAG, customers_from, insert_rows, sql
from mlproject.model import LogisticRegression
from mlproject.training import feature_means, predict

mlflow.set_registry_uri("databricks-uc")
champion = MlflowClient().get_model_version_by_alias(model_name, "champion")
model = LogisticRegression.from_dict(json.loads(mlflow.get_run(champion.run_id).data.tags[MODEL_TAG]))
customers = customers_from(dbutils.widgets.get("feature_table"), warehouse)
proba = predict(model, customers)

sql("CREATE TABLE IF NOT EXISTS %s (customer_id STRING, churn_probability DOUBLE, model_version STRING)" % predictions_table, warehouse)
insert_rows(predictions_table, [{"customer_id": c["customer_id"], "churn_probability": p, "model_version": champion.version} for c, p in zip(customers, proba)], warehouse)
means = feature_means(customers)
sql("CREATE TABLE IF NOT EXISTS %s (scored_at STRING, model_version STRING, feature STRING, mean DOUBLE)" % monitoring_table, warehouse)
insert_rows(monitoring_table, [{"scored_at": sql("SELECT current_timestamp() AS t", warehouse)[0]["t"], "model_version": champion.version, "feature": k, "mean": v} for k, v in sorted(means.items())], warehouse)
print("scored %d customers with %s version %s (champion)" % (len(customers), model_name, champion.version))

# COMMAND ----------

dbutils.notebook.exit(json.dumps({"scored": len(customers), "version": champion.version, "mean_churn_probability": round(sum(proba) / len(proba), 3)}))
