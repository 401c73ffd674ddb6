# copy.deepcopy: nested lists, dicts, tuples and object chains hit the recursion limit at the depths CPython's do; memo, cycles, methods, sets
import copy, sys
def nest(n):
    x = []
    for _ in range(n):
        x = [x]
    return x
for n in (300, 480, 520, 900):
    try:
        c = copy.deepcopy(nest(n)); print(n, "ok")
    except RecursionError as e:
        print(n, "RecursionError")
def nestd(n):
    x = {}
    for _ in range(n):
        x = {"k": x}
    return x
for n in (300, 480, 520):
    try:
        copy.deepcopy(nestd(n)); print("d", n, "ok")
    except RecursionError as e:
        print("d", n, "RecursionError")
def nestt(n):
    x = ()
    for _ in range(n):
        x = (x, [])
    return x
for n in (300, 320, 340):
    try:
        copy.deepcopy(nestt(n)); print("t", n, "ok")
    except RecursionError as e:
        print("t", n, "RecursionError")
class Node:
    def __init__(self, v, nxt): self.v, self.nxt = v, nxt
def chain(n):
    x = None
    for i in range(n): x = Node(i, x)
    return x
for n in (200, 240, 260, 330):
    try:
        copy.deepcopy(chain(n)); print("n", n, "ok")
    except RecursionError as e:
        print("n", n, "RecursionError")
a = [1, 2]
t = (a, a, {1: a})
c = copy.deepcopy(t)
print(c, c[0] is c[1], c[2][1] is c[0], c[0] is not a)
class K:
    def m(self): return self.x
k = K(); k.x = 5
bm = copy.deepcopy(k.m)
print(bm(), bm.__self__ is not k, copy.deepcopy({1, 2}), copy.deepcopy(frozenset({(1,)})), copy.deepcopy(bytearray(b"ab")))
r = []; r.append(r); c = copy.deepcopy(r); print(c[0] is c)
tt = ([],); lst = [tt]; tt[0].append(lst)
c = copy.deepcopy(lst); print(c[0][0][0] is c)
print(copy.deepcopy(len) is len, copy.deepcopy(K) is K, copy.deepcopy(range(3)))
