# The eval loop's cold instructions in loops hot enough to run compiled (executeCold from
# compiled code): dict, set and string builders, f-strings with specs and conversions,
# slices, item and attribute deletion, starred unpacking, comprehensions' set and dict
# adds, lambdas made in the loop; and errors raised by them, with their tracebacks.


class Box:
    def __init__(self, v):
        self.v = v

    def __format__(self, spec):
        return "Box<" + format(self.v, spec) + ">"

    def __repr__(self):
        return "Box(%r)" % self.v


def builders(n):
    t = 0
    s = "abcdefghijklmnop"
    parts = []
    for i in range(n):
        d = {"i": i, "sq": i * i, i % 3: "x"}
        e = {**d, "extra": -i}
        st = {i % 4, i % 6, *range(2)}
        sl = s[i % 7:i % 7 + 4] + s[::-(i % 3 + 1)][:2]
        a, *mid, b = [i, i + 1, i + 2, i + 3]
        f = lambda y: y + i
        t += len(d) + len(e) + len(st) + len(sl) + sum(mid) + f(b) - a + (+i) + (~i)
        if i % 500 == 0:
            parts.append(f"{i:>6}|{t:,}|{i / 7:.3f}|{Box(i):^9}|{Box(i)!r}|{s[i % 5]!a}")
        lst = list(range(8))
        del lst[i % 8]
        del lst[1:3]
        t += len(lst)
        sq = {k: k * k for k in range(i % 5)}
        odd = {k for k in range(i % 9) if k & 1}
        t += len(sq) + len(odd)
    return t, parts


t, parts = builders(3000)
print(t)
for p in parts:
    print(p)


class Holder:
    pass


def deletes(n):
    h = Holder()
    c = 0
    for i in range(n):
        h.x = i
        del h.x
        c += hasattr(h, "x")
    return c


print("deletes", deletes(2000))


def unhashable(n):
    t = 0
    for i in range(n):
        key = [i] if i == n - 1 else i
        t += len({key: 1})
    return t


try:
    unhashable(2000)
except TypeError as e:
    print("TypeError", e)


def bad_format(n):
    out = 0
    for i in range(n):
        out += len(f"{i:{'x' if i < n - 1 else 'q'}}")
    return out


import traceback

try:
    bad_format(2000)
except ValueError:
    traceback.print_exc()
