# raising the same exception object twice: identity is kept and the traceback grows
def raiser(e):
    raise e
err = ValueError("shared")
def count(tb):
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    return n
try:
    raiser(err)
except ValueError as e:
    print(e is err, count(e.__traceback__))
try:
    raiser(err)
except ValueError as e:
    print(e is err, count(e.__traceback__))
err.__traceback__ = None
try:
    raiser(err)
except ValueError as e:
    print("after reset:", count(e.__traceback__))
saved = []
for i in range(3):
    try:
        raise KeyError(i)
    except KeyError as e:
        saved.append(e)
print([repr(s) for s in saved], saved[0] is saved[1])
