# AoC-style: hill climbing -- BFS on a character grid with deque, dict of distances, path reconstruction
from collections import deque

GRID = """Sabqponm
abcryxxl
accszExk
acctuvwj
abdefghi"""

rows = GRID.splitlines()
H, W = len(rows), len(rows[0])
height = {}
for r, line in enumerate(rows):
    for c, ch in enumerate(line):
        if ch == "S":
            start = (r, c)
            ch = "a"
        elif ch == "E":
            end = (r, c)
            ch = "z"
        height[r, c] = ord(ch) - ord("a")
print(start, end, H, W, len(height))


def bfs(sources, goal):
    dist = {s: 0 for s in sources}
    prev = {}
    q = deque(sources)
    while q:
        cur = q.popleft()
        if cur == goal:
            break
        r, c = cur
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nxt = (r + dr, c + dc)
            if nxt in height and nxt not in dist and height[nxt] - height[cur] <= 1:
                dist[nxt] = dist[cur] + 1
                prev[nxt] = cur
                q.append(nxt)
    path = [goal]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return dist.get(goal), path[::-1]


d1, path = bfs([start], end)
print("part1:", d1)
arrows = {(0, 1): ">", (1, 0): "v", (0, -1): "<", (-1, 0): "^"}
canvas = [["."] * W for _ in range(H)]
for (r1, c1), (r2, c2) in zip(path, path[1:]):
    canvas[r1][c1] = arrows[r2 - r1, c2 - c1]
canvas[end[0]][end[1]] = "E"
print("\n".join(map("".join, canvas)))
lows = sorted(p for p, h in height.items() if h == 0)
d2, _ = bfs(lows, end)
print("part2:", d2, len(lows))
best = min((bfs([p], end)[0] or 10**9, p) for p in lows)
print(best)
# a bigger generated maze
import random
rnd = random.Random(7)
N = 60
walls = {(r, c) for r in range(N) for c in range(N) if rnd.random() < 0.28} - {(0, 0), (N - 1, N - 1)}
height = {(r, c): 0 for r in range(N) for c in range(N) if (r, c) not in walls}
d, p = bfs([(0, 0)], (N - 1, N - 1))
print(len(walls), d, len(p), p[:4])
