# a true result from __exit__ suppresses the exception; a false one (None, 0, "", []) lets it propagate
class Ret:
    def __init__(self, result):
        self.result = result
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        return self.result
for result in (True, 1, "yes", [0], None, False, 0, "", []):
    try:
        with Ret(result):
            raise ValueError("boom")
        print(repr(result), "-> suppressed")
    except ValueError:
        print(repr(result), "-> propagated")
def f():
    with Ret(True):
        raise RuntimeError("gone")
    return "function continued after the with"
print(f())
class BadBool:
    def __bool__(self):
        raise ZeroDivisionError("bool failed")
try:
    with Ret(BadBool()):
        raise ValueError("original")
except Exception as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
