"""A small churn model: feature engineering and a logistic regression, standard library only."""

__version__ = "0.1.0"
