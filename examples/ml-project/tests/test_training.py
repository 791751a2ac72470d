import unittest

from mlproject.data import make_customers, split
from mlproject.features import FEATURES
from mlproject.training import feature_means, predict, train_and_evaluate


class TrainAndEvaluateTest(unittest.TestCase):
    def setUp(self):
        self.train, self.test = split(make_customers(400, seed=11), 0.25, seed=11)

    def test_learns_better_than_chance(self):
        _, metrics = train_and_evaluate(self.train, self.test, learning_rate=0.3, epochs=300)
        self.assertGreater(metrics["accuracy"], 0.65)
        self.assertLess(metrics["log_loss"], 0.69)  # log(2): a coin flip

    def test_more_training_is_better_here(self):
        _, short = train_and_evaluate(self.train, self.test, learning_rate=0.05, epochs=20)
        _, longer = train_and_evaluate(self.train, self.test, learning_rate=0.3, epochs=300)
        self.assertLess(longer["log_loss"], short["log_loss"])

    def test_predictions_are_probabilities_in_order(self):
        model, _ = train_and_evaluate(self.train, self.test, learning_rate=0.3, epochs=50)
        proba = predict(model, self.test[:5])
        self.assertEqual(len(proba), 5)
        self.assertTrue(all(0 < p < 1 for p in proba))


class FeatureMeansTest(unittest.TestCase):
    def test_one_mean_per_feature(self):
        means = feature_means(make_customers(30, seed=1))
        self.assertEqual(sorted(means), sorted(FEATURES))


if __name__ == "__main__":
    unittest.main()
