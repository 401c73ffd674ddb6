"""unittest: test cases, suites, loaders, the text runner and unittest.main, as in CPython 3.11.

IsolatedAsyncioTestCase (unittest/async_case.py) is imported at its first use, as in CPython,
so that importing unittest does not import asyncio; unittest.mock is unittest/mock.py.
"""

__all__ = ['TestResult', 'TestCase', 'TestSuite', 'TextTestRunner', 'TestLoader',
           'FunctionTestCase', 'main', 'defaultTestLoader', 'SkipTest', 'skip', 'skipIf',
           'skipUnless', 'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler', 'addModuleCleanup',
           'doModuleCleanups', 'enterModuleContext', 'getTestCaseNames', 'makeSuite',
           'findTestCases', 'IsolatedAsyncioTestCase']

__unittest = True

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest, skip, skipIf,
                   skipUnless, expectedFailure, doModuleCleanups, enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader, getTestCaseNames, makeSuite, findTestCases
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult


def installHandler():
    raise NotImplementedError("tpy's unittest cannot catch Ctrl-C (unittest -c)")


def removeHandler(method=None):
    if method is not None:
        return method


def registerResult(result):
    pass


def removeResult(result):
    return False


def __dir__():
    return globals().keys() | {'IsolatedAsyncioTestCase'}


def __getattr__(name):
    if name == 'IsolatedAsyncioTestCase':
        global IsolatedAsyncioTestCase
        from .async_case import IsolatedAsyncioTestCase
        return IsolatedAsyncioTestCase
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
