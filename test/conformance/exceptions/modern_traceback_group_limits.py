# traceback.TracebackException's max_group_width and max_group_depth, and groups wider than 15 in print_exception
import traceback
eg = ExceptionGroup("many", [ValueError(i) for i in range(17)])
traceback.print_exception(eg)
def nest(n):
    if n == 0:
        return ValueError("leaf")
    return ExceptionGroup(f"level{n}", [nest(n-1)])
traceback.print_exception(nest(12))
print(traceback.format_exception_only(eg))
e = TypeError("t"); e.__notes__ = "not a list"
traceback.print_exception(e)
e.__notes__ = [1, "x"]
traceback.print_exception(e)
class BadNote:
    def __str__(self): raise RuntimeError
e.__notes__ = [BadNote()]
traceback.print_exception(e)
te = traceback.TracebackException.from_exception(eg, max_group_width=3, max_group_depth=2)
print("".join(te.format()))
def nest(n):
    if n == 0:
        return ValueError("leaf")
    return ExceptionGroup(f"level{n}", [nest(n-1), KeyError(n)])
te = traceback.TracebackException.from_exception(nest(4), max_group_width=1, max_group_depth=2)
print("".join(te.format()))
te = traceback.TracebackException(ExceptionGroup, nest(2), None, max_group_depth=0)
print("".join(te.format()))
