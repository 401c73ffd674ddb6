# multiple context managers in one with statement exit in reverse order
class CM:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter
    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError("cannot enter " + self.name)
        print("enter", self.name)
        return self.name
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
with CM("a") as a, CM("b") as b:
    print("body", a, b)
with CM("outer"):
    with CM("inner"):
        print("nested body")
try:
    with CM("x"), CM("y", fail_enter=True), CM("z"):
        print("never")
except RuntimeError as e:
    print("caught:", e)
try:
    with CM("p"), CM("q"):
        raise KeyError("in body")
except KeyError as e:
    print("caught:", e)
