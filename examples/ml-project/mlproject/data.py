"""Synthetic customer records: the churn data a real project would read from its source tables."""

import math
import random
from typing import Dict, List

CONTRACTS = ("month-to-month", "one-year", "two-year")


def make_customers(rows: int, seed: int, drift: float = 0.0) -> List[Dict[str, object]]:
    """`rows` customers with a churn label from a known rule plus noise.

    `drift` shifts monthly charges and support calls up, as a price rise would: the rows still
    look valid, but the model's inputs no longer match what it was trained on."""
    if rows <= 0:
        raise ValueError("rows must be positive, got %d" % rows)
    rng = random.Random(seed)
    customers = []
    for i in range(rows):
        tenure = rng.randint(0, 72)
        charges = round(rng.uniform(20, 120) * (1 + drift), 2)
        contract = rng.choice(CONTRACTS)
        calls = rng.randint(0, 6) + (1 if rng.random() < drift else 0)
        # Short tenure, high charges, no contract and many support calls make churn likely.
        score = (
            1.5
            - tenure / 18.0
            + (charges - 70) / 25.0
            + (1.2 if contract == "month-to-month" else -0.8)
            + 0.45 * calls
        )
        churned = 1 if rng.random() < 1 / (1 + math.exp(-score)) else 0
        customers.append(
            {
                "customer_id": "c%05d" % i,
                "tenure_months": tenure,
                "monthly_charges": charges,
                "contract": contract,
                "support_calls": calls,
                "churned": churned,
            }
        )
    return customers


def split(rows: List[Dict[str, object]], test_fraction: float, seed: int):
    """A reproducible train/test split."""
    if not 0 < test_fraction < 1:
        raise ValueError("test_fraction must be between 0 and 1, got %r" % test_fraction)
    shuffled = list(rows)
    random.Random(seed).shuffle(shuffled)
    cut = max(1, int(len(shuffled) * (1 - test_fraction)))
    return shuffled[:cut], shuffled[cut:]
