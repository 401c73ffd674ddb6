a = [x * 2 for x in range(10) if x % 2]
b = {x for x in xs}
c = {k: v for k, v in items}
d = (y for y in ys)
e = [(i, j) for i in range(3) for j in range(i) if i != j if j]
def f(n):
    return [x + n for x in range(n)]
