# Hot loops left part-way by what only the eval loop does: an exception (with its traceback
# line), break and continue, a changed global, a class changed under an attribute cache,
# an unbound local, calls and frame introspection.
import sys

LIMIT = 700


def divide(xs):
    total = 0.0
    for i, x in enumerate(xs):
        total += 1 / x
    return total


try:
    divide([1.0] * 600 + [0] + [2.0])
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e, 'at line', e.__traceback__.tb_next.tb_lineno)


def search(n):
    found = []
    i = 0
    while True:
        i += 1
        if i % 2:
            continue
        if i > n:
            break
        if i % 97 == 0:
            found.append(i)
    else:
        found.append('else')
    return found


print(search(1000))


def use_global(n):
    total = 0
    for i in range(n):
        total += LIMIT
        if i == n // 2:
            set_limit(1)
    return total


def set_limit(v):
    global LIMIT
    LIMIT = v


print(use_global(1000))


class C:
    def __init__(self):
        self.a = 1


def read_attr(objs):
    total = 0
    for i in range(len(objs)):
        o = objs[i]
        total += o.a
        if i == 400:
            C.a = property(lambda self: 100)   # a data descriptor now shadows the instance dict
    return total


print(read_attr([C() for _ in range(800)]))


def unbound(n):
    for i in range(n):
        if i == n - 1:
            print(later)
        if i > n:
            later = 1


try:
    unbound(500)
except UnboundLocalError as e:
    print('UnboundLocalError:', e)


def locals_seen(n):
    x = 0
    seen = []
    for i in range(n):
        x += 2
        if i % 250 == 249:
            seen.append(sys._getframe().f_locals['x'])
    return seen


print(locals_seen(1000))


def nested(n):
    out = []
    for i in range(n):
        row = 0
        for j in range(i % 13):
            if j == 11:
                break
            row += j
        else:
            row = -row
        out.append(row)
    return sum(out), out[:15]


print(nested(800))


def unpack(pairs):
    a_sum = b_sum = 0
    for a, b in pairs:
        a_sum += a
        b_sum += b
    return a_sum, b_sum


print(unpack([(i, -i) for i in range(600)]))
try:
    unpack([(i, i) for i in range(600)] + [(1, 2, 3)])
except ValueError as e:
    print('ValueError:', e)
items = list(range(1000))
for i in range(len(items)):
    items[i] = items[i] * 2 if items[i] % 3 else -items[i]
print(sum(items), items[:7], items[-1])
print(divide([1.0] * 600 + [None]))
