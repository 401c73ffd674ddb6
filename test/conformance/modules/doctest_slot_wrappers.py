# doctest's finder meets a slot wrapper or method descriptor in a class body (inherited from a
# C type): it belongs to the C type's module, and the search goes on.
import doctest


class Box(dict):
    """A dict.

    >>> Box(a=1)['a']
    1
    """
    get = dict.get
    init = dict.__init__
    keys = dict.keys

    def total(self):
        """
        >>> Box(a=1, b=2).total()
        3
        """
        return sum(self.values())


finder = doctest.DocTestFinder()
tests = finder.find(Box, 'Box', globs={'Box': Box})
print(sorted(t.name for t in tests))
import collections
print(len(doctest.DocTestSuite(collections)._tests) >= 0)
runner = doctest.DocTestRunner(verbose=False)
for t in sorted(tests, key=lambda t: t.name):
    print(t.name, runner.run(t))
