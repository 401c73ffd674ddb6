# __exit__ receives (type, value, traceback) for an exception and (None, None, None) otherwise
class Show:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit args:", exc_type, exc, tb)
        else:
            print("exit args:", exc_type.__name__, repr(exc), tb is not None, type(tb).__name__)
            print("value is instance of type:", isinstance(exc, exc_type))
            print("tb is exc.__traceback__:", tb is exc.__traceback__)
        return False
with Show():
    print("clean body")
try:
    with Show():
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
try:
    with Show():
        int("nope")
except ValueError as e:
    print("propagated", e)
class Counter:
    calls = 0
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        Counter.calls += 1
        print("len(args) =", len(exc))
with Counter():
    pass
print("calls:", Counter.calls)
