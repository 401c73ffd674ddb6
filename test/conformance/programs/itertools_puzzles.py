# itertools-heavy program: combinatorics puzzles, batching, run-length encoding, pipelines
import itertools as it
import operator
from functools import reduce

print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(it.chain("ab", [1, 2], range(2))), list(it.chain.from_iterable(["xy", "z"])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.islice("ABCDEFG", 2, None, 2)), list(it.islice(it.count(), 3, 8)))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.zip_longest("ABCD", "xy", fillvalue="-")))
print(list(it.pairwise("ABCDE")), list(it.repeat("x", 3)), list(zip(it.count(10, 2.5), "abc")))
print([(k, len(list(g))) for k, g in it.groupby("AAAABBBCCDAABBB")])
print(["".join(p) for p in it.permutations("ABC", 2)], len(list(it.permutations(range(5)))))
print(list(it.combinations("ABCD", 2)), list(it.combinations_with_replacement("ABC", 2)))
print(list(it.product("AB", repeat=2)), list(it.product([1, 2], "xy", [True])))
a, b, c = it.tee(iter([1, 2, 3]), 3)
print(list(a), next(b), list(c), list(b))
cyc = it.cycle("abc")
print([next(cyc) for _ in range(7)])


def rle(s):
    return "".join(f"{len(list(g))}{k}" for k, g in it.groupby(s))


def unrle(s):
    import re
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))


enc = rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")
print(enc, unrle(enc) == "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")


def batched(iterable, n):
    iterator = iter(iterable)
    while batch := tuple(it.islice(iterator, n)):
        yield batch


print(list(batched(range(10), 3)))

# TO + GO = OUT: a small cryptarithm by permutations
def solve():
    for t, o, g, u in it.permutations(range(10), 4):
        if t == 0 or g == 0 or o == 0:
            continue
        if (10 * t + o) + (10 * g + o) == 100 * o + 10 * u + t:
            return {"T": t, "O": o, "G": g, "U": u}


print(solve())

# magic squares 3x3: permutations of 1..9 with 5 in the centre
squares = []
for rest in it.permutations([1, 2, 3, 4, 6, 7, 8, 9]):
    p = rest[:4] + (5,) + rest[4:]
    rows = [p[0:3], p[3:6], p[6:9]]
    if all(sum(r) == 15 for r in rows) and all(sum(col) == 15 for col in zip(*rows)) and p[0] + p[4] + p[8] == 15 and p[2] + p[4] + p[6] == 15:
        squares.append(p)
print(len(squares), squares[0])

# subset sums with combinations
coins = [1, 5, 10, 25, 50]
ways = sum(1 for r in range(1, len(coins) + 1) for combo in it.combinations(coins, r) if sum(combo) == 60)
print(ways, [c for r in range(len(coins) + 1) for c in it.combinations(coins, r) if sum(c) == 61])
primes = (n for n in it.count(2) if all(n % p for p in range(2, int(n ** 0.5) + 1)))
print(list(it.islice(primes, 20)))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(map(list, zip(*matrix))), list(it.chain(*matrix)), sum(it.starmap(operator.mul, zip([1, 2, 3], [4, 5, 6]))))
print(dict(it.zip_longest("abc", range(2))), sorted(it.chain({3, 1}, {2})), list(it.accumulate("abc")))
try:
    list(it.islice("abc", -1))
except ValueError as e:
    print("ValueError:", e)
try:
    it.permutations("abc", -1)
except ValueError as e:
    print("ValueError:", e)
try:
    next(it.pairwise(5))
except TypeError as e:
    print("TypeError:", e)
g = it.groupby(sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=len), key=len)
print([(k, list(v)) for k, v in g])
c = it.count(5)
next(c)
print(repr(c), repr(it.repeat(1, 2)), repr(it.count(1.5, 0.5)))
print(list(it.product()), list(it.combinations([], 0)), list(it.permutations([], 0)), list(it.product([], [1])))
