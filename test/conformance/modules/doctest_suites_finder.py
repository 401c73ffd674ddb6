# doctest's less-used corners: DocFileSuite, unittest report flags, testsource, DocTest order/equality, finder options and errors, runner merge and summaries
import doctest
import os
import tempfile
import unittest
from _mod_doctest_report import captured, strip_report

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def good():
    """
    >>> 2 + 2
    4
    """


def bad():
    """
    >>> print("one")
    two
    >>> print("a\\nb\\nc\\nd")
    a
    B
    c
    d
    """


def no_examples():
    """Prose only."""


def no_doc():
    pass


class K:
    """Class doc.

    >>> K.sm()
    'sm'
    """

    @staticmethod
    def sm():
        """>>> K.sm()
        'sm'
        """
        return 'sm'

    @classmethod
    def cm(cls):
        """>>> K.cm()
        'cm'
        """
        return 'cm'

    class Inner:
        """>>> 1
        1
        """


__test__ = {"t1": ">>> 3\n3\n", "t2": good}

# -- finder ------------------------------------------------------------------
f = doctest.DocTestFinder()
tests = f.find(K)
print([(t.name, len(t.examples), t.lineno is not None) for t in tests])
print([t.name for t in doctest.DocTestFinder(recurse=False).find(K)])
print([t.name for t in doctest.DocTestFinder(exclude_empty=False).find(no_examples)])
print([t.name for t in doctest.DocTestFinder(exclude_empty=False).find(no_doc)])
print([t.name for t in doctest.DocTestFinder().find(no_doc)])
print([t.name for t in doctest.DocTestFinder().find(good, "renamed")])
print([(t.name, t.filename) for t in doctest.DocTestFinder().find(good, module=False)])
print(len(captured(doctest.DocTestFinder(verbose=True).find, K)))
import sys
me = sys.modules[__name__]
names = [t.name for t in doctest.DocTestFinder().find(me)]
print(names)
print(doctest.DocTestFinder().find(me, globs={"a": 1})[0].globs.get("a"),
      doctest.DocTestFinder().find(me, extraglobs={"b": 2})[0].globs.get("b"))
for bad_test in ({1: "x"}, {"k": 42}):
    me.__test__ = bad_test
    try:
        doctest.DocTestFinder().find(me)
    except ValueError as e:
        print(type(e).__name__, e)
me.__test__ = {"t1": ">>> 3\n3\n", "t2": good}
try:
    doctest.DocTestFinder().find("text >>> 1")
except ValueError as e:
    print(type(e).__name__, e)
print([t.name for t in doctest.DocTestFinder().find(">>> 1\n1\n", "txt")])

# -- DocTest ordering, equality -----------------------------------------------
p = doctest.DocTestParser()
a = p.get_doctest(">>> 1\n1\n", {}, "a", "f.py", 3)
b = p.get_doctest(">>> 1\n1\n", {}, "b", "f.py", 1)
a2 = p.get_doctest(">>> 1\n1\n", {}, "a", "f.py", 3)
print(a == a2, a == b, a != b, hash(a) == hash(a2), a < b, b < a, sorted([b, a]) == [a, b])
print(a.__eq__(3), a.__lt__(3))
try:
    a < 3
except TypeError as e:
    print(type(e).__name__, e)
ex = doctest.Example("x", "y")
print(hash(ex) == hash(doctest.Example("x\n", "y\n")), ex != doctest.Example("x", "z"), ex.__eq__(1))
try:
    doctest.DocTest("string", {}, "n", None, 0, "")
except AssertionError as e:
    print(type(e).__name__, e)
print(repr(doctest.DocTest([ex], {}, "one", "f", 1, "")), repr(doctest.DocTest([ex, ex], {}, "two", "f", None, "")))

# -- runner: merge, summarize, quiet report flags -------------------------------
r1 = doctest.DocTestRunner(verbose=False)
r2 = doctest.DocTestRunner(verbose=False)
for t in doctest.DocTestFinder().find(good):
    print(captured(r1.run, t))
for t in doctest.DocTestFinder().find(bad):
    print(captured(r2.run, t))
print(captured(r2.run, doctest.DocTestFinder().find(bad)[0], out=lambda s: None))
r1.merge(r2)
print(captured(r1.summarize, True))
print(captured(r1.summarize, False))
print(captured(r2.summarize))
print(r1.tries, r1.failures, r2.tries, r2.failures, r1.optionflags, r1.original_optionflags)
r3 = doctest.DocTestRunner(verbose=False, optionflags=doctest.REPORT_UDIFF)
print(captured(r3.run, doctest.DocTestFinder().find(bad)[0]))
r4 = doctest.DocTestRunner(verbose=False, optionflags=doctest.REPORT_CDIFF)
print(captured(r4.run, doctest.DocTestFinder().find(bad)[0]))
lines = []
r5 = doctest.DocTestRunner(verbose=True)
print(r5.run(doctest.DocTestFinder().find(bad)[0], out=lines.append, clear_globs=False))
print(strip_report(''.join(lines), HERE), end='')
t = doctest.DocTestFinder().find(good)[0]
doctest.DocTestRunner(verbose=False).run(t, clear_globs=False)
print(len(t.globs) > 0)
doctest.DocTestRunner(verbose=False).run(t)
print(t.globs)
t = doctest.DocTestFinder().find(good)[0]
doctest.DebugRunner(verbose=False).run(t, clear_globs=False)
print(len(t.globs) > 0)

# -- testsource ----------------------------------------------------------------
print(doctest.testsource(me, __name__ + ".K"), end="")
print(doctest.testsource(__name__, __name__ + ".bad"), end="")
try:
    doctest.testsource(me, "nope")
except ValueError as e:
    print(type(e).__name__, e)

# -- unittest: report flags, DocTestSuite, DocFileSuite ---------------------------
for flags in (doctest.REPORT_NDIFF, doctest.ELLIPSIS, 0):
    try:
        print(doctest.set_unittest_reportflags(flags))
    except ValueError as e:
        print(type(e).__name__, e)


def run_suite(suite):
    result = unittest.TestResult()
    suite.run(result)
    print(suite.countTestCases(), result.testsRun, len(result.failures), len(result.errors))
    for case, text in result.failures:
        print(case.id(), repr(case), str(case) == object.__str__(case), case.shortDescription())
        print(strip_report(text[text.index('AssertionError: '):], HERE), end='')


print(doctest.set_unittest_reportflags(doctest.REPORT_ONLY_FIRST_FAILURE))
run_suite(doctest.DocTestSuite(me))
print(doctest.set_unittest_reportflags(0))
run_suite(doctest.DocTestSuite(__name__, optionflags=doctest.REPORT_UDIFF))
log = []
run_suite(doctest.DocTestSuite(me, setUp=lambda t: log.append(("up", t.name)),
                               tearDown=lambda t: log.append(("down", t.name)),
                               extraglobs={"zz": 1}))
print(log[:4])
try:
    doctest.DocTestSuite(me, test_finder=doctest.DocTestFinder(recurse=False), bogus=1)
except TypeError as e:
    print(type(e).__name__)

fd, path = tempfile.mkstemp(suffix=".txt")
os.write(fd, b"Text\n\n    >>> x = 20\n    >>> x + n\n    21\n    >>> __file__ == PATH\n    True\n    >>> x\n    2\n")
os.close(fd)
try:
    suite = doctest.DocFileSuite(path, module_relative=False, globs={"n": 1, "PATH": path})
    result = unittest.TestResult()
    suite.run(result)
    print(suite.countTestCases(), result.testsRun, len(result.failures))
    for case, text in result.failures:
        name = os.path.basename(path)
        print(case.id() == name, case.shortDescription() == "Doctest: " + name)
        text = text[text.index('AssertionError: '):].replace(path, "TMP").replace(name, "NAME")
        print(text, end='')
    suite = doctest.DocFileSuite(path, module_relative=False, globs={"n": 0, "PATH": path},
                                 optionflags=doctest.REPORT_NDIFF)
    result = unittest.TestResult()
    suite.run(result)
    for case, text in result.failures:
        print(text[text.index('AssertionError: '):].replace(path, "TMP").replace(os.path.basename(path), "NAME"), end='')
    try:
        doctest.DocFileSuite(path, module_relative=False, package="x")
    except ValueError as e:
        print(type(e).__name__, e)
finally:
    os.remove(path)
try:
    doctest.DocFileSuite("/abs/path.txt")
except ValueError as e:
    print(type(e).__name__, e)
