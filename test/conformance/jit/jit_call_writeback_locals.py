# A compiled caller writes back before a call only the locals stored to since its last
# call: what a callee sees of its caller's frame (f_locals) must still be every local as
# it is at that moment, on every path (a call skipped on one branch, a loop's back edge,
# a break, a deleted local).
import sys

seen = []


def peek(a, b=None, c=None):
    loc = sys._getframe(1).f_locals
    return loc.get(a, '<unbound>'), loc.get(b, '<unbound>'), loc.get(c, '<unbound>')


class Box:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Box({self.v})"

    def touch(self, x):
        self.v = x
        return self


def straight(n):
    a = Box(n)
    b = a.touch(n + 1)
    c = n * 2
    r1 = peek('a', 'b', 'c')
    c = c + 1
    r2 = peek('c', 'r1')
    return r1, r2


def branches(n):
    x = 0
    y = Box(0)
    if n % 3 == 0:
        x = n
        y.touch(n)          # a call on this branch only
    else:
        x = -n
    z = peek('x', 'y')      # x stored on both branches, written back by one call only
    return z


def loop(n):
    acc = 0
    last = None
    for i in range(n):
        acc += i
        if i % 5 == 0:
            last = peek('i', 'acc')
    return acc, last, peek('acc', 'i')


def loop_continue(n):
    acc = 0
    last = None
    for i in range(n):
        acc += i
        if i % 5 == 0:
            last = peek('i', 'acc', 'last')[:2]
        elif i % 7 == 0:
            continue
        acc -= 1
        if acc > 10 ** 9:
            break
    return acc, last, peek('acc', 'i')


def deleted(n):
    t = Box(n)
    t.touch(1)
    del t
    u = peek('t', 'n')
    t = n + 1
    return u, peek('t')


def while_loop(n):
    k = 0
    seen_k = None
    while k < n:
        k += 1
        w = k * k
        if k % 4 == 0:
            seen_k = peek('k', 'w')
    return seen_k, peek('k', 'w')


for n in range(3000):
    s = straight(n)
    b = branches(n)
    d = deleted(n)
    if n % 997 == 0:
        print(n, s, b, d)
for n in (5, 23, 300, 1000, 3000):
    print(loop(n), loop_continue(n))
for n in range(400):
    r = while_loop(n)
    if n % 97 == 0:
        print(n, r)
