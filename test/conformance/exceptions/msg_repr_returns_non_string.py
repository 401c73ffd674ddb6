# a __repr__ returning a non-string: which check reports it (str() goes through object.__str__)
class A:
    def __repr__(self): return 5
for f in (lambda: str(A()), lambda: repr(A()), lambda: object.__str__(A()), lambda: f"{A()}", lambda: print(A()), lambda: "%s" % A(), lambda: format(A())):
    try:
        print(repr(f()))
    except TypeError as e:
        print(e)
