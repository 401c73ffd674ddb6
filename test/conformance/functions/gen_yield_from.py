# yield from delegates to a sub-iterator and returns the subgenerator's return value
def inner(n):
    for i in range(n):
        yield i
    return "inner done " + str(n)
def outer():
    r1 = yield from inner(2)
    print("r1 =", r1)
    r2 = yield from inner(3)
    print("r2 =", r2)
    yield from "xy"
    yield from [10, 20]
    return "outer done"
g = outer()
for v in g:
    print("value", v)
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], (3,), range(4, 6), "ab")))
def tree(node):
    value, children = node
    yield value
    for child in children:
        yield from tree(child)
t = (1, [(2, [(4, [])]), (3, [(5, []), (6, [])])])
print(list(tree(t)))
def wrapper():
    result = yield from outer()
    yield result
print(list(wrapper()))
