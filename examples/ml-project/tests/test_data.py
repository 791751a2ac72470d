import unittest

from mlproject.data import make_customers, split


class MakeCustomersTest(unittest.TestCase):
    def test_deterministic_for_a_seed(self):
        self.assertEqual(make_customers(20, seed=3), make_customers(20, seed=3))
        self.assertNotEqual(make_customers(20, seed=3), make_customers(20, seed=4))

    def test_both_labels_occur(self):
        churned = {c["churned"] for c in make_customers(300, seed=1)}
        self.assertEqual(churned, {0, 1})

    def test_drift_raises_charges(self):
        base = make_customers(200, seed=5)
        drifted = make_customers(200, seed=5, drift=0.3)
        mean = lambda rows: sum(r["monthly_charges"] for r in rows) / len(rows)
        self.assertGreater(mean(drifted), mean(base) * 1.2)

    def test_rows_must_be_positive(self):
        with self.assertRaises(ValueError):
            make_customers(0, seed=1)


class SplitTest(unittest.TestCase):
    def test_split_keeps_every_row_once(self):
        rows = make_customers(50, seed=2)
        train, test = split(rows, 0.2, seed=9)
        self.assertEqual(len(train), 40)
        self.assertEqual(len(test), 10)
        ids = sorted(r["customer_id"] for r in train + test)
        self.assertEqual(ids, sorted(r["customer_id"] for r in rows))

    def test_fraction_must_be_inside_zero_one(self):
        with self.assertRaises(ValueError):
            split([], 1.0, seed=1)


if __name__ == "__main__":
    unittest.main()
