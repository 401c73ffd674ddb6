# an exception in __enter__ skips the body and that manager's __exit__; earlier managers still exit
class CM:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail
    def __enter__(self):
        print("enter", self.name)
        if self.fail:
            raise RuntimeError("enter failed: " + self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return False
try:
    with CM("solo", fail=True):
        print("never")
except RuntimeError as e:
    print("caught", e)
try:
    with CM("first"), CM("second", fail=True), CM("third"):
        print("never")
except RuntimeError as e:
    print("caught", e)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except Exception as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except Exception as e:
    print(type(e).__name__, e)
try:
    with 42:
        pass
except Exception as e:
    print(type(e).__name__, e)
