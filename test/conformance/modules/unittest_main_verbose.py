# unittest.main(argv=[..., '-v']) and test names on the command line; exit=False returns the program.
import sys
import time
import unittest

time.perf_counter = lambda: 0.0


class Fixtures(unittest.TestCase):
    log = []

    @classmethod
    def setUpClass(cls):
        cls.log.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        cls.log.append('tearDownClass')

    def setUp(self):
        self.log.append('setUp ' + self._testMethodName)

    def tearDown(self):
        self.log.append('tearDown ' + self._testMethodName)

    def test_one(self):
        """The first test."""
        self.addCleanup(self.log.append, 'cleanup one')

    def test_two(self):
        self.assertIn(3, [1, 2, 3])

    def test_three(self):
        for i in range(4):
            with self.subTest(i=i, half=i // 2):
                self.assertNotEqual(i, 2)


class Other(unittest.TestCase):
    def test_x(self):
        self.skipTest('no x')

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_unexpected(self):
        pass


program = unittest.main(argv=['prog', '-v'], exit=False)
print(program.result, program.result.wasSuccessful())
print(Fixtures.log)
Fixtures.log.clear()
try:
    unittest.main(argv=['prog', 'Fixtures.test_two', 'Other.test_x'])
except SystemExit as e:
    print('SystemExit', repr(e.code))
try:
    unittest.main(argv=['prog', '-q', 'Fixtures.test_three'])
except SystemExit as e:
    print('SystemExit', repr(e.code))
try:
    unittest.main(argv=['prog', '-k', 'two', '-k', 'x'])
except SystemExit as e:
    print('SystemExit', repr(e.code))
unittest.defaultTestLoader.testNamePatterns = None
try:
    unittest.main(argv=['prog', 'Nope'])
except SystemExit as e:
    print('SystemExit', repr(e.code))
print(Fixtures.log)
