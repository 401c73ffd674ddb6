# StopIteration carries a generator's return value; raising StopIteration inside a generator is a RuntimeError
def gen():
    yield 1
    return "result"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value, e.args)
def bad():
    yield 1
    raise StopIteration("leaked")
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
def delegating():
    r = yield from gen()
    print("yield from returned", r)
    yield r
print(list(delegating()))
it = iter([])
try:
    next(it)
except StopIteration as e:
    print("empty iterator:", e.args, e.value)
print(next(iter([]), "default"))
e = StopIteration(1, 2)
print(e.value, e.args)
