# list.sort() and sorted() of ints and strs already in order, in reverse order (with equal
# neighbours), all equal, or in order but for one item at either end: one pass finds the
# order, and the result is CPython's whatever `reverse` says.
import random

asc = list(range(0, 3000, 3))
desc = asc[::-1]
print(sorted(asc) == asc, sorted(desc) == asc, sorted(asc, reverse=True) == desc)
print(sorted(desc, reverse=True) == desc)
ties = [5, 5, 4, 4, 4, 3, 1, 1, 0, -2, -2]
print(sorted(ties), sorted(ties, reverse=True))
up_ties = ties[::-1]
print(sorted(up_ties), sorted(up_ties, reverse=True))
print(sorted([7] * 5), sorted([7] * 5, reverse=True))
print(sorted(asc[1:] + [asc[0]])[:3], sorted([desc[-1]] + desc[:-1])[:3])
print(sorted([2, 1]), sorted([1, 2]), sorted([1, 2], reverse=True), sorted([2, 1], reverse=True))
l = list(range(5000))
l.reverse()
l.sort()
print(l[:3], l[-3:], l == sorted(l))
words = ['w%04d' % i for i in range(2000)]
words.reverse()
print(sorted(words)[:2], sorted(words, reverse=True)[:2])
s = ['b', 'b', 'a', 'a', '']
print(sorted(s), sorted(s, reverse=True), sorted(s[::-1], reverse=True))
big = [2 ** 60, 3, 2, 1]
print(sorted(big), sorted(big[::-1], reverse=True))
mixed = [3.5, 3, 2.5, 2, True]
print(sorted(mixed), sorted(mixed, reverse=True))
rng = random.Random(5)
for n in (2, 3, 10, 3000, 5000):
    xs = [rng.randrange(50) for _ in range(n)]
    a = sorted(xs)
    d = sorted(xs, reverse=True)
    print(n, sorted(a) == a, sorted(d) == a, sorted(a, reverse=True) == d, sorted(d, reverse=True) == d)

# `count += x > 0` in a hot loop: an int plus a bool stays an int.
def count_positive(xs):
    c = 0
    for x in xs:
        c += x > 0
        c = c + (x < -5)
    return c
print(count_positive(range(-10, 400)), type(count_positive([1])).__name__)
def near_limit(n):
    c = 2 ** 53 - 2
    for _ in range(n):
        c += True
    return c
print(near_limit(300), near_limit(1), type(near_limit(300)).__name__)
def bools(xs):
    t = 0
    for x in xs:
        t += (x > 1) + (x > 2)
    return t
print(bools(range(300)))
