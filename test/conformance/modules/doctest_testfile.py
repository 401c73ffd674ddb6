# doctest.testfile on a text file (module_relative=False), script_from_examples, DebugRunner, DocTestSuite
import doctest
import os
import tempfile
import unittest
from _mod_doctest_report import strip_report

TEXT = """Using the calc
==============

    >>> x = 2
    >>> x * 21
    42
    >>> print("ok")
    ok
    >>> x + 1
    4
"""

fd, path = tempfile.mkstemp(suffix=".txt")
os.write(fd, TEXT.encode())
os.close(fd)


def show(fn, *args, **kwargs):
    import contextlib, io
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        r = fn(*args, **kwargs)
    print(buf.getvalue().replace(path, "TMP.txt"), end="")
    return r


try:
    print(show(doctest.testfile, path, module_relative=False, name="calc.txt"))
    print(show(doctest.testfile, path, module_relative=False, name="calc", verbose=True))
    print(show(doctest.testfile, path, module_relative=False, report=False, name="c", extraglobs={"y": 1}))
    try:
        doctest.testfile(path, module_relative=False, package="x")
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        doctest.testfile(path)
    except ValueError as e:
        print(type(e).__name__, e)
finally:
    os.remove(path)


def broken():
    """
    >>> 1 + 1
    3
    """


def boom():
    """
    >>> {}[0]
    """


r = doctest.DebugRunner(verbose=False)
for fn in (broken, boom):
    test = doctest.DocTestFinder().find(fn)[0]
    try:
        r.run(test)
    except doctest.DocTestFailure as f:
        print("DocTestFailure", f.test.name, repr(f.example.source), repr(f.example.want), repr(f.got))
    except doctest.UnexpectedException as u:
        print("UnexpectedException", u.test.name, u.exc_info[0].__name__, u.exc_info[1])

try:
    doctest.testmod(raise_on_error=True)
except (doctest.DocTestFailure, doctest.UnexpectedException) as f:
    print("testmod raised", type(f).__name__, f.test.name)

print(doctest.script_from_examples(TEXT), end="")
try:
    doctest.testmod(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    doctest.DocTestFinder().find(42)
except ValueError as e:
    print(type(e).__name__, e)

suite = doctest.DocTestSuite()
print(suite.countTestCases(), [t.id() for t in suite])
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, len(result.failures), len(result.errors))
for case, text in result.failures + result.errors:
    print(case.id(), repr(case), case.shortDescription())
    here = os.path.dirname(os.path.abspath(__file__)) + os.sep
    print(strip_report(text[text.index('AssertionError: '):], here), end='')
