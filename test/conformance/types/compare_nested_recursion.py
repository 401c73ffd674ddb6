# Comparing lists and tuples nested near the recursion limit: each level counts, as CPython's PyObject_RichCompare (' in comparison')
def nest(n, kind=list):
    x = kind()
    for _ in range(n):
        x = kind([x])
    return x
for n in (985, 990, 995, 1000):
    for kind in (list, tuple):
        try:
            r = nest(n, kind) == nest(n, kind)
            print(n, kind.__name__, "ok", r)
        except RecursionError as e:
            print(n, kind.__name__, e)
        try:
            r = nest(n, kind) < nest(n, kind)
            print(n, kind.__name__, "lt ok", r)
        except RecursionError as e:
            print(n, kind.__name__, "lt", e)
def deep(k):
    if k == 0:
        return nest(400) == nest(400)
    return deep(k - 1)
for k in (500, 590, 610):
    try:
        print(k, deep(k))
    except RecursionError as e:
        print(k, e)
print(sorted([(3, "a"), (1, "b"), (2, "c")]), [1, [2, [3]]] == [1, [2, [3]]], (1, 2) < (1, 3))
