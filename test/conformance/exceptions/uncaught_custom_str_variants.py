# how an uncaught user exception is named and shown: nested class qualname, empty str
class Outer:
    class Problem(Exception):
        pass
try:
    raise Outer.Problem("nested class")
except Exception as e:
    print(type(e).__name__, type(e).__qualname__)
class Empty(Exception):
    def __str__(self):
        return ""
try:
    raise Empty("hidden")
except Empty as e:
    print(repr(str(e)))
raise Outer.Problem("shown with its qualified name")
