import math
import unittest

from mlproject.features import FEATURES, build_features, standardize


class StandardizeTest(unittest.TestCase):
    def test_mean_zero_unit_variance(self):
        z = standardize([1.0, 2.0, 3.0, 4.0])
        self.assertAlmostEqual(sum(z), 0.0)
        self.assertAlmostEqual(sum(v * v for v in z) / len(z), 1.0)

    def test_constant_column_is_zero(self):
        self.assertEqual(standardize([5.0, 5.0]), [0.0, 0.0])

    def test_empty_is_an_error(self):
        with self.assertRaises(ValueError):
            standardize([])


class BuildFeaturesTest(unittest.TestCase):
    def test_vector_in_declared_order(self):
        x = build_features({"tenure_months": 24, "monthly_charges": 70.0, "contract": "one-year", "support_calls": 2})
        self.assertEqual(len(x), len(FEATURES))
        self.assertEqual(x[0], 2.0)
        self.assertAlmostEqual(x[1], math.log1p(70.0))
        self.assertEqual(x[2:], [1.0, 2.0])

    def test_defaults_for_missing_fields(self):
        self.assertEqual(build_features({}), [0.0, 0.0, 0.0, 0.0])

    def test_negative_values_rejected(self):
        with self.assertRaises(ValueError):
            build_features({"tenure_months": -1})


if __name__ == "__main__":
    unittest.main()
