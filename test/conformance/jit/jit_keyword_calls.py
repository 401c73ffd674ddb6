# Calls with keyword arguments (CALL_FUNCTION_KW) in loops hot enough to run compiled:
# tpy functions whose parameters take the keywords (in their slots, defaults filling the
# rest), bound methods, keyword-only parameters and **kwargs (the eval loop binds those),
# natives and built-in classes with keywords, and the errors a bad call raises.


def g(a, b=2, c=3):
    return a * b + c


def kwonly(a, *, scale=1):
    return a * scale


def collect(a, **rest):
    return a + len(rest)


class P:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def m(self, k=1, j=2):
        return self.x + k * j


def run(n):
    t = 0
    p = P(1)
    made = []
    for i in range(n):
        t += g(i, c=1) + g(a=i) + g(c=i, b=1, a=2) + p.m(j=i) + p.m(k=2, j=1)
        t += kwonly(i, scale=2) + collect(i, x=1, y=2)
        t += int("11", base=2) + len(sorted([3, 1, 2], key=lambda v: -v, reverse=True))
        q = P(x=i, y=1)
        t += q.x + q.y
        if i % 500 == 0:
            made.append(dict(a=i, b=round(i / 7, ndigits=2)))
    return t, made


t, made = run(3000)
print(t)
print(made)


def bad(n, fail):
    t = 0
    for i in range(n):
        if i == n - 1:
            t += g(i, **fail)
        else:
            t += g(i, b=i)
    return t


for fail in ({"d": 1}, {"a": 5}):
    try:
        bad(2000, fail)
    except TypeError as e:
        print("TypeError", e)


def bad_native(n):
    t = 0
    for i in range(n):
        t += int("7", base=10 if i < n - 1 else 1)
    return t


try:
    bad_native(2000)
except ValueError as e:
    print("ValueError", e)


def missing(n):
    t = 0
    for i in range(n):
        t += g(b=i) if i == n - 1 else g(i, b=1)
    return t


import traceback

try:
    missing(2000)
except TypeError:
    traceback.print_exc()
