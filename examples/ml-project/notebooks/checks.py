"""Helpers shared by the integration-test notebooks. A plain module next to them: notebooks
import it as a sibling, which works on Databricks (the notebook's folder is on sys.path) and in
the local workspace alike."""
import json
import math
import random


def make_dataset(rows, seed):
    """A small, deterministic regression dataset: y = 3x + 2 + noise."""
    rng = random.Random(seed)
    xs = [rng.uniform(0, 10) for _ in range(rows)]
    return [(x, 3.0 * x + 2.0 + rng.gauss(0, 0.5)) for x in xs]


def fit_line(points):
    """Least squares fit of y = a*x + b."""
    n = len(points)
    if n < 2:
        raise ValueError("need at least two points to fit a line, got %d" % n)
    mx = sum(p[0] for p in points) / n
    my = sum(p[1] for p in points) / n
    sxx = sum((p[0] - mx) ** 2 for p in points)
    sxy = sum((p[0] - mx) * (p[1] - my) for p in points)
    a = sxy / sxx
    return a, my - a * mx


def rmse(points, a, b):
    return math.sqrt(sum((y - (a * x + b)) ** 2 for x, y in points) / len(points))


def result(**values):
    """What a task passes to dbutils.notebook.exit: one JSON object, easy to read back in CI."""
    return json.dumps(values, sort_keys=True)
