from mlflow.tracking.client import MlflowClient  # noqa: F401


def get_tracking_uri():
    import mlflow

    return mlflow.get_tracking_uri()


def set_tracking_uri(uri):
    import mlflow

    mlflow.set_tracking_uri(uri)
