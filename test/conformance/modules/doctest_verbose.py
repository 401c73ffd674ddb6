# doctest.testmod(verbose=True) and run_docstring_examples: the Trying/Expecting log and the summary
import doctest
from _mod_doctest_report import captured

def add(a, b):
    """Add.

    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> add(1, 1)
    3
    """
    return a + b


def nothing():
    pass


def empty_doc():
    """No examples here."""


class Box:
    """A box.

    >>> Box(2).size
    2
    """

    def __init__(self, size):
        self.size = size

    def grow(self):
        """
        >>> b = Box(1); b.grow(); b.size
        2
        """
        self.size += 1


def with_globs():
    """
    >>> secret * 2
    84
    >>> y = 5
    """


if __name__ == "__main__":
    r = captured(doctest.testmod, verbose=True)
    print(r, r.failed, r.attempted, type(r).__name__, isinstance(r, tuple))
    print("--- quiet, report=False")
    print(captured(doctest.testmod, verbose=False, report=False, extraglobs={"secret": 42}))
    print("--- extraglobs")
    print(captured(doctest.testmod, extraglobs={"secret": 42}, verbose=True))
    print("--- exclude_empty")
    print(captured(doctest.testmod, extraglobs={"secret": 42}, exclude_empty=True, verbose=True))
    print("--- run_docstring_examples")
    print(captured(doctest.run_docstring_examples, add, {"add": add}))
    print(captured(doctest.run_docstring_examples, add, {"add": add}, True))
    print(captured(doctest.run_docstring_examples, Box.grow, {"Box": Box}, True, "growing"))
    print(captured(doctest.run_docstring_examples, with_globs, {"secret": 1}, name="g"))
    print("y" in globals())
    print(captured(doctest.run_docstring_examples, "text\n>>> 6 * 7\n42\n", {}, True))
