def gen(n):
    for i in range(n):
        yield i
    x = yield
    yield from other(x)
    return "done"
def genexp_arg():
    return sum(x * x for x in range(10))
