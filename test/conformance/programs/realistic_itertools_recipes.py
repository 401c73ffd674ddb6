# itertools and the documentation's recipes (grouper, roundrobin, powerset, sliding_window, partition)
from itertools import *
import operator
data = [("fruit", "apple", 3), ("fruit", "pear", 1), ("veg", "leek", 4), ("fruit", "fig", 2), ("veg", "kale", 5)]
for k, g in groupby(sorted(data), key=lambda t: t[0]):
    g = list(g)
    print(k, [x[1] for x in g], sum(x[2] for x in g))
print([(k, len(list(g))) for k, g in groupby("aaabccddde")])
print(list(permutations("abc", 2)), len(list(permutations(range(5)))), list(permutations([1, 2, 3]))[-1])
print(list(combinations("abcd", 3)), list(combinations_with_replacement("ab", 3)))
print(list(product("ab", [0, 1])), list(product([1, 2], repeat=2)), list(product()))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([5, 1, 7, 2], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([])), list(accumulate("abc")))
print(list(chain("ab", [1, 2], ())), list(chain.from_iterable(["xy", "z"])), list(islice(count(10, 5), 3)))
print(list(islice("abcdefgh", 2, None, 3)), list(islice(range(10), 4)), list(islice(range(10), 2, 8, 2)))
print(list(zip_longest("abc", [1], fillvalue="-")), list(zip_longest()), list(starmap(pow, [(2, 5), (3, 2)])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 2])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 2])))
print(list(filterfalse(None, [0, 1, "", "a"])), list(compress("abcdef", [1, 0, 1, 0, 1])), list(repeat("x", 3)))
print(list(islice(cycle("ab"), 5)), list(pairwise("abcd")), [list(t) for t in tee("ab", 3)])
print(list(map(operator.itemgetter(1), data))[:2], sorted(data, key=operator.itemgetter(2, 1))[0])
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)
def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))
def powerset(it):
    s = list(it)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
def unique_everseen(iterable, key=None):
    seen = set()
    for el in iterable:
        k = el if key is None else key(el)
        if k not in seen:
            seen.add(k)
            yield el
def sliding_window(iterable, n):
    from collections import deque
    it = iter(iterable)
    window = deque(islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)
def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)
print(list(grouper("ABCDEFG", 3, "x")), list(roundrobin("ABC", "D", "EF")), list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(sliding_window(range(6), 3)), [list(p) for p in partition(lambda x: x % 2, range(10))])
c = count(); next(c); print(next(c), repr(c), repr(count(1.5, 0.5)), repr(repeat(1, 2)), repr(cycle))
print(sum(1 for _ in permutations(range(7), 3)), next(islice(permutations(range(20)), 1000, None))[:6])
g = groupby([1, 1, 2])
k1, g1 = next(g); k2, g2 = next(g); print(k1, list(g1), k2, list(g2))
it = iter(range(10)); print(list(zip(it, it)))
print(list(map(lambda x, y: x * y, range(4), count(1))), list(filter(str.isdigit, "a1b2")))
a, b = tee(iter([1, 2, 3])); next(a); print(list(a), list(b))
try:
    list(islice(range(3), -1))
except ValueError as e:
    print("ValueError:", e)
try:
    permutations("abc", -1)
except ValueError as e:
    print("ValueError:", e)
print(list(batched(range(7), 3)) if "batched" in dir() else "no batched")
