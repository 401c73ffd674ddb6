# AoC-style: elves carrying calories -- blank-line groups, sums, heapq.nlargest, sorted
import heapq

DATA = """\
1000
2000
3000

4000

5000
6000

7000
8000
9000

10000

"""

groups = [list(map(int, block.split())) for block in DATA.strip().split("\n\n")]
totals = [sum(g) for g in groups]
print("groups:", groups)
print("totals:", totals)
print("part1:", max(totals), "elf #", totals.index(max(totals)) + 1)
print("part2:", sum(heapq.nlargest(3, totals)), heapq.nlargest(3, totals))
print("sorted desc:", sorted(totals, reverse=True))
print("nsmallest:", heapq.nsmallest(2, enumerate(totals), key=lambda p: p[1]))
ranking = sorted(range(len(totals)), key=lambda i: (-totals[i], i))
for place, i in enumerate(ranking, 1):
    print(f"{place:>2}. elf {i + 1:<3}{totals[i]:>8,} {'*' * (totals[i] // 2000)}")

# a bigger deterministic input
import random
rng = random.Random(2022)
big = "\n\n".join("\n".join(str(rng.randint(1000, 9999)) for _ in range(rng.randint(1, 8))) for _ in range(500))
tots = [sum(map(int, b.splitlines())) for b in big.split("\n\n")]
print(len(tots), max(tots), min(tots), sum(heapq.nlargest(3, tots)))
h = []
for t in tots:
    if len(h) < 5:
        heapq.heappush(h, t)
    else:
        heapq.heappushpop(h, t)
print(sorted(h, reverse=True) == heapq.nlargest(5, tots), sorted(h))
print(heapq.heapreplace(h, 0), h[0])
merged = list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 5]))
print(merged, list(heapq.merge(["b", "d"], ["a", "c"], key=str.upper, reverse=False)))
