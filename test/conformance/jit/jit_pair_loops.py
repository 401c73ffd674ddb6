# for a, b in enumerate(...), zip(...), d.items(), and for k in d, in hot loops: pairs found
# without running tpy code go straight onto the stack; everything else takes the long way.


def enum_sum(xs, start=0):
    t = 0
    for i, x in enumerate(xs, start):
        t += i * x
    return t


def enum_grow(xs):
    out = []
    for i, x in enumerate(xs):
        if i < 3:
            xs.append(x + 100)
        out.append((i, x))
    return out[-4:], len(out)


def gen(n):
    for i in range(n):
        yield i * 2


def zip_sum(a, b):
    t = 0
    for x, y in zip(a, b):
        t += x - y
    return t


def zip_strict(a, b):
    t = 0
    for x, y in zip(a, b, strict=True):
        t += x
    return t


def items_sum(d):
    t = 0
    for k, v in d.items():
        t += k * v
    return t


def keys_values(d):
    ks = 0
    for k in d:
        ks += k
    vs = 0
    for v in d.values():
        vs += v
    return ks, vs


def items_mutate(d):
    n = 0
    for k, v in d.items():
        n += 1
        if n == 2500:
            d[-1] = 0
    return n


def keys_reassign(d):
    for k in d:
        d[k] = d[k] + 1
    return sum(d.values())


def nested_unpack(pairs):
    t = 0
    for i, (a, b) in enumerate(pairs):
        t += i + a * b
    return t


def with_break(xs):
    for i, x in enumerate(xs):
        if x == 2999:
            break
    else:
        return "no break"
    return i


class MyEnum(enumerate):
    def __next__(self):
        i, x = super().__next__()
        return i, x * 10


xs = list(range(3000))
print(enum_sum(xs), enum_sum(tuple(xs), 5), enum_sum(range(3000), 2 ** 70))
print(enum_grow(list(range(3000))))
print(enum_sum(gen(3000)))
print(zip_sum(xs, range(2999, -1, -1)), zip_sum(xs, xs[:1000]), zip_sum(xs[:1000], xs), zip_sum(gen(3000), xs))
print(zip_strict(xs, xs))
try:
    zip_strict(xs, xs[:2999])
except ValueError as e:
    print("ValueError", e)
d = {i: i % 7 for i in range(3000)}
print(items_sum(d), keys_values(d))
try:
    items_mutate(dict(d))
except RuntimeError as e:
    print("RuntimeError", e)
print(keys_reassign(dict(d)))
print(nested_unpack([(i, i + 1) for i in range(3000)]))
print(with_break(xs), with_break(xs[:10]))
t = 0
for i, x in MyEnum(xs):
    t += x
print(t)
m = {True: "t", 1.0: "f", 2: "two"}
for rep in range(1000):
    out = []
    for k, v in m.items():
        out.append((k, v))
print(out)
