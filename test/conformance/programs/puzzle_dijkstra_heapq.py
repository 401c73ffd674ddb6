# AoC-style: chiton risk -- Dijkstra with heapq over a tiled grid, tuple priorities, wraparound arithmetic
import heapq

DATA = """1163751742
1381373672
2136511328
3694931569
7463417111
1319128137
1359912421
3125421639
1293138521
2311944581"""

base = [list(map(int, line)) for line in DATA.split()]


def expand(grid, k):
    h, w = len(grid), len(grid[0])
    return [[(grid[r % h][c % w] + r // h + c // w - 1) % 9 + 1 for c in range(w * k)] for r in range(h * k)]


def dijkstra(grid):
    h, w = len(grid), len(grid[0])
    best = {(0, 0): 0}
    pq = [(0, 0, 0)]
    pops = 0
    while pq:
        d, r, c = heapq.heappop(pq)
        pops += 1
        if (r, c) == (h - 1, w - 1):
            return d, pops
        if d > best[r, c]:
            continue
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < h and 0 <= nc < w:
                nd = d + grid[nr][nc]
                if nd < best.get((nr, nc), float("inf")):
                    best[nr, nc] = nd
                    heapq.heappush(pq, (nd, nr, nc))
    return None, pops


print(dijkstra(base))
big = expand(base, 5)
print(len(big), len(big[0]), "".join(map(str, big[0][8:22])), "".join(map(str, big[-1][-10:])))
print(dijkstra(big))
# priority queue with ties broken by insertion counter (entries never compare their payload)
from itertools import count
tick = count()
pq = []
for name, pri in [("write", 2), ("read", 1), ("sleep", 3), ("eat", 1), ("code", 2)]:
    heapq.heappush(pq, (pri, next(tick), {"task": name}))
print([heapq.heappop(pq)[2]["task"] for _ in range(len(pq))])
try:
    heapq.heappush(pq, (1, {"a": 1}))
    heapq.heappush(pq, (1, {"b": 2}))
except TypeError as e:
    print("TypeError:", e)
print(float("inf") > 10**400, min(float("inf"), 3), -float("inf") < -10**400)
