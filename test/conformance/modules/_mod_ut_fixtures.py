# Helper for unittest_suite_fixtures: a module with setUpModule/tearDownModule.
import unittest

log = []
fail_setup = False


def setUpModule():
    log.append('setUpModule')
    unittest.addModuleCleanup(log.append, 'module cleanup')
    if fail_setup:
        raise ValueError('module setup failed')


def tearDownModule():
    log.append('tearDownModule')


class InModule(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')
        cls.addClassCleanup(log.append, 'class cleanup')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def test_1(self):
        log.append('test_1')

    def test_2(self):
        log.append('test_2')
