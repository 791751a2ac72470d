# Databricks notebook source
# MAGIC %md
# MAGIC ### Validate
# MAGIC The integration test's verdict: the model just trained must beat a coin flip on held-out data.

# COMMAND ----------

dbutils.widgets.text("max_log_loss", "0.69")
max_log_loss = float(dbutils.widgets.get("max_log_loss"))
loss = float(dbutils.jobs.taskValues.get(taskKey="train", key="log_loss", debugValue=0.5))

# COMMAND ----------

print("log_loss %.3f, threshold %.3f" % (loss, max_log_loss))
if loss > max_log_loss:
    raise AssertionError("log_loss %.3f is above the threshold %.3f" % (loss, max_log_loss))
dbutils.notebook.exit('{"passed": true, "log_loss": %.3f}' % loss)
