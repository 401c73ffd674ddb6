# Functions that natives call back (sort keys, map, dunder methods, __init__) run their
# compiled bodies once called often (vm/jit_call.ts): results, frames and tracebacks as CPython's.
import sys


class W:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __eq__(self, other):
        return isinstance(other, W) and self.v == other.v

    def __hash__(self):
        return hash(self.v) ^ 0x55

    def __repr__(self):
        return "W(%d)" % self.v


ints = [(i * 37) % 101 - 50 for i in range(600)]
for rev in (False, True, False):
    ws = [W(x) for x in ints]
    s = sorted(ws, reverse=rev)
    print(rev, s[:3], s[-2:], sorted(ints, key=lambda x: -x)[:4], max(ws).v, min(ws, key=lambda w: abs(w.v)).v)

print(sum(map(lambda x: x * 2, ints)), list(filter(lambda x: x % 7 == 0, ints))[:5])
d = {W(x): x for x in ints}
print(len(d), d[W(-50)], W(3) in d, str(ws[:2]), repr(ws[5]))


# A key function that leaves its compiled body (a dict display is not compiled) on some calls.
def key_sometimes(x):
    if x % 5 == 0:
        t = {"x": x}
        return t["x"]
    return x


for _ in range(3):
    r = sorted(ints, key=key_sometimes)
print(r[:5], r[-5:])


# An exception from inside a key function: the traceback goes through the native.
def bad_key(x):
    return 10 // (x + 50 - 17)


def show_tb(e):
    tb = e.__traceback__
    where = []
    while tb is not None:
        where.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(type(e).__name__, e, where)


for _ in range(400):
    bad_key(1)
try:
    sorted(ints, key=bad_key)
except ZeroDivisionError as e:
    show_tb(e)


# Frames seen from a callback's compiled body: its caller is the native's caller.
def caller_name(x):
    return sys._getframe(1).f_code.co_name, x


def mapper():
    return list(map(caller_name, range(500)))[-1]


print(mapper())


# Recursion through a native (sorted inside the key function).
def nested_key(x):
    if x > 0 and x % 50 == 0:
        return sorted([x - 1, -x], key=nested_key)[0]
    return x


print(sorted(range(-3, 300, 7), key=nested_key)[:6])
