# doctest.testmod() from the main guard prints nothing when every example passes
"""Module docstring with an example.

>>> 1 + 1
2
"""
import doctest


def square(x):
    """Return x squared.

    >>> square(3)
    9
    >>> [square(i) for i in range(4)]
    [0, 1, 4, 9]
    >>> square(-2)   # a comment after the source
    4
    """
    return x * x


def noisy(n):
    """Print and return.

    >>> noisy(2)
    line 0
    line 1
    'done'
    >>> for i in range(2):
    ...     print(i)
    0
    1
    >>> None
    >>> x = noisy(0)
    >>> x
    'done'
    """
    for i in range(n):
        print("line", i)
    return "done"


class Counter:
    """A counter.

    >>> c = Counter()
    >>> c.bump()
    1
    >>> c.bump()
    2
    """

    def __init__(self):
        self.n = 0

    def bump(self):
        """Add one.

        >>> Counter().bump()
        1
        """
        self.n += 1
        return self.n

    @staticmethod
    def helper():
        """
        >>> Counter.helper()
        'help'
        """
        return "help"

    @property
    def value(self):
        """Current count.

        >>> Counter().value
        0
        """
        return self.n


def raises():
    """Expected exceptions match on the last line.

    >>> raises()
    Traceback (most recent call last):
      ...
    ValueError: bad value
    >>> int("x")
    Traceback (most recent call last):
    ValueError: invalid literal for int() with base 10: 'x'
    >>> print("<BLANKLINE> stands for an empty line")
    <BLANKLINE> stands for an empty line
    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    b
    """
    raise ValueError("bad value")


__test__ = {"extra": """
>>> sum([1, 2, 3])
6
"""}

if __name__ == "__main__":
    doctest.testmod()
