# return in a generator sets StopIteration.value
def g():
    yield 1
    return "result"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
def no_return():
    yield 1
it = no_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
def empty():
    return 5
    yield
try:
    next(empty())
except StopIteration as e:
    print("value:", e.value)
def with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("generator finally")
print(list(with_finally()))
