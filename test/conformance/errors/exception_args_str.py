# args, str() and repr() of builtin exceptions with zero, one and several arguments
for exc in (ValueError(), ValueError("msg"), ValueError("a", 2), KeyError("k"), KeyError(), KeyError("a", "b"),
            IndexError(3), Exception(None), RuntimeError(""), StopIteration(5), ZeroDivisionError("division by zero")):
    print(type(exc).__name__, exc.args, repr(str(exc)), repr(exc))
e = ValueError("x")
e.args = ("changed",)
print(e, e.args)
class MyErr(Exception):
    pass
print(repr(MyErr("m")), str(MyErr("m", 1)), MyErr().args)
