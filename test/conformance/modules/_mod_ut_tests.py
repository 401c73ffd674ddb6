# Helper for unittest_loader_names: a module with test classes and test factories.
import unittest


class Alpha(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        self.assertEqual(2, 2)

    def helper(self):
        pass


class Beta(unittest.TestCase):
    def runTest(self):
        pass


def make_suite():
    return unittest.TestSuite([Alpha('test_one')])


def make_case():
    return Alpha('test_two')


def make_junk():
    return 42


ready_suite = unittest.TestSuite([Alpha('test_two'), Alpha('test_one')])
not_a_test = 'text'
