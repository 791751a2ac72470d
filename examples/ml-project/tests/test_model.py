import random
import unittest

from mlproject.model import LogisticRegression, accuracy, log_loss, sigmoid


def separable_data(n=200, seed=7):
    rng = random.Random(seed)
    X, y = [], []
    for _ in range(n):
        a, b = rng.uniform(-3, 3), rng.uniform(-3, 3)
        X.append([a, b])
        y.append(1 if a + 0.5 * b > 0 else 0)
    return X, y


class SigmoidTest(unittest.TestCase):
    def test_symmetry_and_extremes(self):
        self.assertEqual(sigmoid(0), 0.5)
        self.assertAlmostEqual(sigmoid(2) + sigmoid(-2), 1.0)
        self.assertEqual(sigmoid(-1000), 0.0)
        self.assertEqual(sigmoid(1000), 1.0)


class LogisticRegressionTest(unittest.TestCase):
    def setUp(self):
        self.X, self.y = separable_data()

    def test_learns_a_separable_problem(self):
        model = LogisticRegression(learning_rate=0.5, epochs=300).fit(self.X, self.y)
        self.assertGreaterEqual(accuracy(self.y, model.predict(self.X)), 0.95)

    def test_training_lowers_the_loss(self):
        short = LogisticRegression(epochs=1).fit(self.X, self.y)
        long = LogisticRegression(epochs=200).fit(self.X, self.y)
        self.assertLess(log_loss(self.y, long.predict_proba(self.X)), log_loss(self.y, short.predict_proba(self.X)))

    def test_probabilities_are_probabilities(self):
        model = LogisticRegression(epochs=50).fit(self.X, self.y)
        for p in model.predict_proba(self.X):
            self.assertTrue(0.0 <= p <= 1.0)

    def test_round_trips_through_a_dict(self):
        model = LogisticRegression(epochs=50).fit(self.X, self.y)
        again = LogisticRegression.from_dict(model.to_dict())
        self.assertEqual(again.predict(self.X), model.predict(self.X))

    def test_unfitted_model_refuses_to_predict(self):
        with self.assertRaises(RuntimeError):
            LogisticRegression().predict([[0.0, 0.0]])

    def test_rejects_mismatched_input(self):
        with self.assertRaises(ValueError):
            LogisticRegression().fit([[1.0]], [1, 0])


class MetricsTest(unittest.TestCase):
    def test_accuracy(self):
        self.assertEqual(accuracy([1, 0, 1, 1], [1, 0, 0, 1]), 0.75)

    def test_log_loss_of_a_perfect_model_is_small(self):
        self.assertLess(log_loss([1, 0], [0.999, 0.001]), 0.01)


if __name__ == "__main__":
    unittest.main()
