# __exit__ receives the exception; returning True suppresses it
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit: no exception")
            return False
        print("exit:", exc_type.__name__, exc)
        return issubclass(exc_type, self.types)
with Suppress(ZeroDivisionError):
    print("before error")
    1 / 0
    print("not reached")
print("continued after suppressed error")
with Suppress(KeyError):
    print("nothing raised")
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("propagated:", e)
with Suppress(LookupError):
    [][0]
print("done")
