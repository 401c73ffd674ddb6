# a failing __str__ inside "..." % (a, b): the traceback points at the item, as CPython 3.11 compiles it as an f-string
class B:
    def __str__(self):
        raise ValueError("bad str")
b = B()
msg = "value: %s and %r" % (b, 1)
