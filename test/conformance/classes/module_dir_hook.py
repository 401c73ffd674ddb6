# PEP 562 module __dir__: dir(module) calls the module's own __dir__ function (with __getattr__ for lazy names)
import collections
import sys
import types
import unittest

lazy = types.ModuleType("lazy")
exec("""
_LAZY = {'heavy': 42, 'other': 'x'}

def __getattr__(name):
    if name in _LAZY:
        return _LAZY[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

def __dir__():
    return ['visible', *_LAZY]

visible = 1
""", lazy.__dict__)
print(dir(lazy), lazy.heavy, lazy.__dir__())
lazy.__dir__ = lambda: ("b", "a", "c")
print(dir(lazy))
lazy.__dir__ = lambda: 5
try:
    dir(lazy)
except TypeError as e:
    print("TypeError:", e)
plain = types.ModuleType("plain")
plain.x = 1
print(dir(plain))
del lazy.__dir__
print(dir(lazy)[:3])
print([x for x in dir(collections) if not x.startswith("_")])
print("IsolatedAsyncioTestCase" in dir(unittest), "abc" in dir(collections))
this = sys.modules[__name__]


def __dir__():
    return ["only", "these"]


print(dir(this))
import os
import re
import typing
import doctest
print("environ" in dir(os), "PathLike" in dir(os), "__getattr__" in dir(os), "Scanner" in dir(re), "__getattr__" in dir(re))
print([x for x in ("Pattern", "Match", "ContextManager", "AsyncContextManager", "__getattr__", "__dir__") if x in dir(typing)])
print([x for x in ("DocTestSuite", "DocFileSuite", "__getattr__", "__dir__") if x in dir(doctest)])
