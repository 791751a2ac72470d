"""Feature engineering for the churn model."""

import math
from typing import Dict, List, Sequence

FEATURES = ("tenure_years", "log_monthly_charges", "has_contract", "support_calls")


def standardize(values: Sequence[float]) -> List[float]:
    """Z-scores; a constant column becomes all zeros rather than a division by zero."""
    if not values:
        raise ValueError("standardize() needs at least one value")
    mean = sum(values) / len(values)
    var = sum((v - mean) ** 2 for v in values) / len(values)
    std = math.sqrt(var)
    if std == 0:
        return [0.0 for _ in values]
    return [(v - mean) / std for v in values]


def build_features(customer: Dict[str, object]) -> List[float]:
    """One customer record to the model's feature vector, in FEATURES order."""
    tenure = float(customer.get("tenure_months", 0))
    charges = float(customer.get("monthly_charges", 0.0))
    if tenure < 0 or charges < 0:
        raise ValueError("tenure_months and monthly_charges must not be negative")
    contract = str(customer.get("contract", "month-to-month"))
    return [
        tenure / 12.0,
        math.log1p(charges),
        0.0 if contract == "month-to-month" else 1.0,
        float(customer.get("support_calls", 0)),
    ]
