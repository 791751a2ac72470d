# Databricks notebook source
# MAGIC %md
# MAGIC ### Train
# MAGIC Trains the churn model on the feature table with the project's own code, logs params and
# MAGIC metrics to MLflow and registers a Unity Catalog model version.

# COMMAND ----------

dbutils.widgets.text("feature_table", "main.churn.customer_features")
dbutils.widgets.text("warehouse_id", "local")
dbutils.widgets.text("experiment_name", "/Shared/churn")
dbutils.widgets.text("model_name", "main.churn.churn_model")
dbutils.widgets.text("learning_rate", "0.05")
dbutils.widgets.text("epochs", "20")
dbutils.widgets.text("git_commit", "")
dbutils.widgets.text("register", "true")
table = dbutils.widgets.get("feature_table")
warehouse = dbutils.widgets.get("warehouse_id")
learning_rate = float(dbutils.widgets.get("learning_rate"))
epochs = int(dbutils.widgets.get("epochs"))
model_name = dbutils.widgets.get("model_name")
commit = dbutils.widgets.get("git_commit")
register = dbutils.widgets.get("register") == "true"

# COMMAND ----------

import json

import mlflow
from ops import MODEL_TAG, customers_from
from mlproject.data import split
from mlproject.features import FEATURES
from mlproject.training import train_and_evaluate

train_rows, test_rows = split(customers_from(table, warehouse), 0.25, seed=1)
mlflow.set_registry_uri("databricks-uc")
mlflow.set_experiment(dbutils.widgets.get("experiment_name"))
with mlflow.start_run(run_name="train churn model") as run:
    model, metrics = train_and_evaluate(train_rows, test_rows, learning_rate, epochs)
    mlflow.log_params({"learning_rate": learning_rate, "epochs": epochs, "rows": len(train_rows)})
    mlflow.log_metrics(metrics)
    if commit:
        mlflow.set_tag("mlflow.source.git.commit", commit)
    # The model itself rides on the run as a tag: the local workspace stores no artifacts. On
    # Databricks, mlflow.pyfunc.log_model(...) stores it and records this same history tag.
    mlflow.set_tag(MODEL_TAG, json.dumps(model.to_dict()))
    signature = {"inputs": json.dumps([{"name": f, "type": "double"} for f in FEATURES]),
                 "outputs": json.dumps([{"type": "double", "name": "churn_probability"}])}
    mlflow.set_tag("mlflow.log-model.history", json.dumps([{"artifact_path": "model", "signature": signature}]))
    print("accuracy %.3f, log_loss %.3f (learning_rate %s, epochs %d)" % (metrics["accuracy"], metrics["log_loss"], learning_rate, epochs))
    version = None
    if register:
        version = mlflow.register_model("runs:/%s/model" % run.info.run_id, model_name).version
        print("registered %s version %s" % (model_name, version))

# COMMAND ----------

dbutils.jobs.taskValues.set(key="run_id", value=run.info.run_id)
dbutils.jobs.taskValues.set(key="log_loss", value=metrics["log_loss"])
dbutils.notebook.exit(json.dumps({"version": version, "accuracy": round(metrics["accuracy"], 3), "log_loss": round(metrics["log_loss"], 3)}))
