"""Training and evaluation of the churn model, independent of where the data comes from."""

from typing import Dict, List, Sequence

from mlproject.features import FEATURES, build_features
from mlproject.model import LogisticRegression, accuracy, log_loss


def matrix(customers: Sequence[Dict[str, object]]) -> List[List[float]]:
    return [build_features(c) for c in customers]


def labels(customers: Sequence[Dict[str, object]]) -> List[int]:
    return [int(c["churned"]) for c in customers]  # type: ignore[call-overload]


def train_and_evaluate(train_rows, test_rows, learning_rate: float, epochs: int, l2: float = 0.0):
    """Fits the model on `train_rows` and scores it on `test_rows`: (model, metrics)."""
    model = LogisticRegression(learning_rate=learning_rate, epochs=epochs, l2=l2)
    model.fit(matrix(train_rows), labels(train_rows))
    X, y = matrix(test_rows), labels(test_rows)
    proba = model.predict_proba(X)
    metrics = {
        "accuracy": accuracy(y, [1 if p >= 0.5 else 0 for p in proba]),
        "log_loss": log_loss(y, proba),
    }
    return model, metrics


def predict(model: LogisticRegression, customers: Sequence[Dict[str, object]]) -> List[float]:
    """Churn probabilities in the order of `customers`."""
    return model.predict_proba(matrix(customers))


def feature_means(customers: Sequence[Dict[str, object]]) -> Dict[str, float]:
    """The mean of each model input: what the monitoring table records per scoring run."""
    X = matrix(customers)
    return {name: sum(row[j] for row in X) / len(X) for j, name in enumerate(FEATURES)}
