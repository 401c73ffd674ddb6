# e.with_traceback(tb) sets __traceback__ and returns the same exception
def fail():
    raise ValueError("original")
try:
    fail()
except ValueError as e:
    saved_tb = e.__traceback__
    print("frames in saved tb:", saved_tb.tb_next is not None)
fresh = KeyError("fresh")
print(fresh.__traceback__)
same = fresh.with_traceback(saved_tb)
print("returns self:", same is fresh)
print("tb set:", fresh.__traceback__ is saved_tb)
try:
    raise fresh
except KeyError as k:
    tb = k.__traceback__
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    print("entries after raising:", n)
print(fresh.with_traceback(None).__traceback__)
try:
    fresh.with_traceback("nope")
except TypeError as err:
    print("TypeError:", err)
try:
    raise RuntimeError("rt").with_traceback(None)
except RuntimeError as r:
    print("raised with_traceback(None):", r.__traceback__ is not None)
