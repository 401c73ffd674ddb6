# bare raise with no exception being handled is a RuntimeError
def f():
    raise
try:
    f()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError("v")
except ValueError:
    pass
try:
    raise
except RuntimeError as e:
    print("after a finished handler:", e)
def g():
    try:
        return 1
    finally:
        try:
            raise
        except RuntimeError as e:
            print("in finally without exception:", e)
g()
