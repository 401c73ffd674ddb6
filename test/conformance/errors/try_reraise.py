# bare raise and `raise e` re-raise the current exception
def f():
    try:
        int("x")
    except ValueError:
        print("f handled, re-raising")
        raise
try:
    f()
except ValueError as e:
    print("outer got:", e)
def g():
    try:
        [].pop()
    except IndexError as e:
        err = e
    raise err
try:
    g()
except IndexError as e:
    print("g raised:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
