# e.args, str(e) and repr(e) with zero, one and two arguments, for several classes
for cls in (Exception, ValueError, KeyError, OSError, StopIteration, AssertionError):
    for args in ((), ("one",), ("one", 2)):
        e = cls(*args)
        print(cls.__name__, e.args, "str=%r" % str(e), "repr=%s" % repr(e))
print(str(KeyError("quoted")), str(KeyError(5)), str(KeyError("")), str(KeyError(("a", 1))))
print(repr(Exception(None)), str(Exception(None)), str(Exception([1, "x"])))
print(repr(ValueError("it's")), repr(ValueError('say "hi"')))
e = Exception("a", "b")
e.args = ["now", "a", "list"]
print(e.args, type(e.args).__name__, e)
e.args = ()
print(repr(e), repr(str(e)))
