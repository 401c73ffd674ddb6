# An expected traceback's stack lines may be anything that does not start with a word
# character: an indented stack, `...`, or `[...]` as CPython's own docs write it.

def square(x):
    """
    >>> square(3)
    9
    >>> square('a')
    Traceback (most recent call last):
    [...]
    TypeError: can't multiply sequence by non-int of type 'str'
    >>> square(None)
    Traceback (most recent call last):
      ...
    TypeError: unsupported operand type(s) for *: 'NoneType' and 'NoneType'
    >>> square([])
    Traceback (most recent call last):
      File "<doctest>", line 1, in <module>
    (anything here)
    TypeError: can't multiply sequence by non-int of type 'list'
    >>> square({})  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    [...]
    TypeError: a different message
    """
    return x * x


import doctest
print(doctest.testmod())
