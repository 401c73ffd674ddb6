# __traceback__ is set when an exception is raised and grows with each frame it passes
e = ValueError("never raised")
print("unraised:", e.__traceback__)
def inner():
    raise KeyError("k")
def outer():
    inner()
try:
    outer()
except KeyError as err:
    tb = err.__traceback__
    print(tb is not None, type(tb).__name__)
    count = 0
    while tb is not None:
        count += 1
        print("frame line", tb.tb_lineno)
        tb = tb.tb_next
    print("frames:", count)
try:
    raise e
except ValueError as again:
    print("same object:", again is e, e.__traceback__ is not None)
e.__traceback__ = None
print("cleared:", e.__traceback__)
try:
    e.__traceback__ = 5
except TypeError as err:
    print("TypeError:", err)
