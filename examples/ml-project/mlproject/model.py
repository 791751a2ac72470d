"""Logistic regression trained by batch gradient descent."""

import math
from typing import Dict, List, Sequence


def sigmoid(z: float) -> float:
    # Split by sign so that large |z| never overflows math.exp.
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


class LogisticRegression:
    def __init__(self, learning_rate: float = 0.1, epochs: int = 500, l2: float = 0.0):
        if learning_rate <= 0 or epochs <= 0:
            raise ValueError("learning_rate and epochs must be positive")
        self.learning_rate = learning_rate
        self.epochs = epochs
        self.l2 = l2
        self.weights: List[float] = []
        self.bias = 0.0

    def fit(self, X: Sequence[Sequence[float]], y: Sequence[int]) -> "LogisticRegression":
        if len(X) != len(y) or not X:
            raise ValueError("X and y must be non-empty and of the same length")
        n, d = len(X), len(X[0])
        self.weights = [0.0] * d
        self.bias = 0.0
        for _ in range(self.epochs):
            grad_w = [0.0] * d
            grad_b = 0.0
            for row, target in zip(X, y):
                err = self._raw_proba(row) - target
                for j in range(d):
                    grad_w[j] += err * row[j]
                grad_b += err
            for j in range(d):
                self.weights[j] -= self.learning_rate * (grad_w[j] / n + self.l2 * self.weights[j])
            self.bias -= self.learning_rate * grad_b / n
        return self

    def _raw_proba(self, row: Sequence[float]) -> float:
        return sigmoid(self.bias + sum(w * x for w, x in zip(self.weights, row)))

    def predict_proba(self, X: Sequence[Sequence[float]]) -> List[float]:
        if not self.weights:
            raise RuntimeError("the model is not fitted")
        return [self._raw_proba(row) for row in X]

    def predict(self, X: Sequence[Sequence[float]], threshold: float = 0.5) -> List[int]:
        return [1 if p >= threshold else 0 for p in self.predict_proba(X)]

    def to_dict(self) -> Dict[str, object]:
        return {"weights": list(self.weights), "bias": self.bias}

    @classmethod
    def from_dict(cls, data: Dict[str, object]) -> "LogisticRegression":
        model = cls()
        model.weights = [float(w) for w in data["weights"]]  # type: ignore[union-attr]
        model.bias = float(data["bias"])  # type: ignore[arg-type]
        return model


def accuracy(y_true: Sequence[int], y_pred: Sequence[int]) -> float:
    if len(y_true) != len(y_pred) or not y_true:
        raise ValueError("y_true and y_pred must be non-empty and of the same length")
    return sum(1 for a, b in zip(y_true, y_pred) if a == b) / len(y_true)


def log_loss(y_true: Sequence[int], proba: Sequence[float], eps: float = 1e-12) -> float:
    total = 0.0
    for t, p in zip(y_true, proba):
        p = min(max(p, eps), 1 - eps)
        total += -(t * math.log(p) + (1 - t) * math.log(1 - p))
    return total / len(y_true)
