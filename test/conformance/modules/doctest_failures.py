# doctest's failure report: wrong output, wrong and unexpected exceptions, flags, directives, summary
import doctest
from _mod_doctest_report import captured

def wrong(x):
    """Return x + 1.

    >>> wrong(1)
    3
    >>> wrong(2)
    3
    >>> print("a   b")
    a b
    >>> print("a   b")  # doctest: +NORMALIZE_WHITESPACE
    a b
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> list(range(20))
    [0, 1, ..., 19]
    >>> print("x")
    >>> 5
    """
    return x + 1


def exceptions():
    """Exceptions.

    >>> 1 / 0
    Traceback (most recent call last):
      ...
    ValueError: nope
    >>> {}["k"]
    1
    >>> raise KeyError("k")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    KeyError: 'other'
    >>> raise TypeError("multi\\nline")
    Traceback (most recent call last):
    TypeError: multi
    line
    >>> 1 + 
    """


def blank():
    """Blank lines.

    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    c
    >>> print("")
    <BLANKLINE>
    >>> print("")  # doctest: +DONT_ACCEPT_BLANKLINE
    <BLANKLINE>
    >>> True
    1
    >>> True  # doctest: +DONT_ACCEPT_TRUE_FOR_1
    1
    >>> undefined_name  # doctest: +SKIP
    never checked
    """


def first_line():
    """>>> first_line()
    'first'
    """
    return "first"


class Thing:
    @property
    def prop(self):
        """>>> Thing().prop
        1
        """
        return 2


if __name__ == "__main__":
    print(captured(doctest.testmod))
    print(captured(doctest.testmod, verbose=False, report=False))
    print(captured(doctest.testmod, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE))
    print(captured(doctest.testmod, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE))
    print(captured(doctest.testmod, optionflags=doctest.FAIL_FAST))
