# an exception raised in __exit__ replaces the body's exception (which becomes its __context__)
class Failing:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, "saw", t.__name__ if t else None)
        raise KeyError(self.name)
try:
    with Failing("clean"):
        print("body ok")
except KeyError as e:
    print("caught", repr(e), "| context:", e.__context__)
try:
    with Failing("dirty"):
        raise ValueError("from body")
except KeyError as e:
    print("caught", repr(e), "| context:", repr(e.__context__))
class Ok:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("outer exit saw", t.__name__ if t else None, repr(v))
        return True
with Ok():
    with Failing("inner"):
        raise IndexError("body")
print("outer suppressed the KeyError")
