# A unittest suite for a small shopping-cart module, run with TextTestRunner to stdout at
# verbosity 2: subTest failures, skips, expected failures, unexpected successes, errors,
# assertRaises/assertRaisesRegex/assertWarns/assertLogs, setUp/tearDown/setUpClass order.
import io
import os
import logging
import sys
import unittest
import warnings


class Cart:
    def __init__(self):
        self.items = {}

    def add(self, name, price, qty=1):
        if price < 0:
            raise ValueError(f"negative price for {name}")
        if qty == 0:
            warnings.warn("adding zero items", UserWarning)
        self.items[name] = self.items.get(name, (price, 0))[0], self.items.get(name, (price, 0))[1] + qty
        logging.getLogger("cart").info("added %s x%d", name, qty)

    def total(self):
        return round(sum(p * q for p, q in self.items.values()), 2)


events = []


class CartTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        events.append("tearDownClass")

    def setUp(self):
        self.cart = Cart()
        events.append("setUp")

    def tearDown(self):
        events.append("tearDown")

    def test_total(self):
        self.cart.add("apple", 0.5, 4)
        self.cart.add("pear", 0.75)
        self.assertEqual(self.cart.total(), 2.75)

    def test_prices(self):
        for price, qty, expected in [(1, 1, 1), (2.5, 2, 5.0), (0.1, 3, 0.3), (1, 3, 4)]:
            with self.subTest(price=price, qty=qty):
                c = Cart()
                c.add("x", price, qty)
                self.assertAlmostEqual(c.total(), expected)

    def test_negative(self):
        with self.assertRaises(ValueError) as cm:
            self.cart.add("bad", -1)
        self.assertIn("negative", str(cm.exception))
        with self.assertRaisesRegex(ValueError, r"price for \w+"):
            self.cart.add("worse", -2)

    def test_warn_and_log(self):
        with self.assertWarns(UserWarning):
            self.cart.add("none", 1, 0)
        with self.assertLogs("cart", level="INFO") as logs:
            self.cart.add("kiwi", 2)
        self.assertEqual(logs.output, ["INFO:cart:added kiwi x1"])

    def test_dict_diff(self):
        self.cart.add("a", 1)
        self.assertDictEqual(self.cart.items, {"a": (1, 2)})

    def test_list_diff(self):
        self.assertListEqual([1, 2, 3], [1, 2, 4], "lists differ")

    def test_error(self):
        self.cart.missing_method()

    @unittest.skip("not ready")
    def test_skipped(self):
        pass

    @unittest.skipIf(sys.version_info >= (3,), "py3 only skip")
    def test_skip_if(self):
        pass

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        self.assertTrue(True)

    def test_misc_asserts(self):
        self.assertIsNone(None)
        self.assertIsInstance(self.cart, Cart)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertGreater(3, 2)
        self.assertRegex("abc123", r"\d+")
        self.assertNotIn("x", "abc")
        self.assertTrue(isinstance(self.cart.items, dict), msg="items must be a dict")
        self.assertMultiLineEqual("a\nb\n", "a\nc\n")


class MathTests(unittest.TestCase):
    def test_truth(self):
        self.assertTrue(0, "zero is falsy")

    def test_long_string(self):
        self.assertEqual("the quick brown fox", "the quick brown cat")

    def test_sets(self):
        self.assertSetEqual({1, 2}, {2, 3})

    def test_raises_nothing(self):
        with self.assertRaises(KeyError):
            {}.get("x")


loader = unittest.TestLoader()
suite = unittest.TestSuite()
suite.addTests(loader.loadTestsFromTestCase(CartTests))
suite.addTests(loader.loadTestsFromTestCase(MathTests))
stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
result = runner.run(suite)
text = stream.getvalue().replace(os.getcwd() + os.sep, "")
for line in text.splitlines():
    if line.startswith("Ran "):
        line = "Ran N tests in X"
    print(line)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
print(events[:4], events[-2:], events.count("setUp"))
print([t.id().split(".")[-1] for t, _ in result.failures])
