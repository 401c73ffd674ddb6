# repr/str of deeply nested containers: each level counts toward the recursion limit
for n in (100, 990, 997, 998, 1000, 5000):
    x = []
    for i in range(n):
        x = [x]
    try:
        print(n, len(repr(x)))
    except RecursionError as e:
        print(n, e)
    d = {}
    for i in range(n):
        d = {1: d}
    try:
        print(n, len(str(d)))
    except RecursionError as e:
        print(n, e)
