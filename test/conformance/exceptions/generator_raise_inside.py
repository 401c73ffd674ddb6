# an exception inside a generator reaches the consumer; the generator is then finished
def gen():
    yield 1
    yield 2
    raise ValueError("generator failed")
    yield 3
g = gen()
out = []
try:
    for x in g:
        out.append(x)
except ValueError as e:
    print("consumer caught:", e, "after", out)
print("next after failure:", next(g, "exhausted"))
def counting():
    try:
        yield "a"
        yield 1 / 0
    finally:
        print("generator finally")
try:
    print(list(counting()))
except ZeroDivisionError as e:
    print("list() raised:", e)
def handled_inside():
    for v in ["1", "x", "3"]:
        try:
            yield int(v)
        except ValueError:
            yield -1
print(list(handled_inside()))
def inner():
    yield "i1"
    raise KeyError("from inner")
def outer():
    try:
        yield from inner()
    except KeyError as e:
        yield "outer caught " + repr(e)
print(list(outer()))
