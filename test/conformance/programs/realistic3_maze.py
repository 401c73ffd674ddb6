# Maze generation (recursive backtracker) and solving (BFS, DFS, A*) on a grid.
import random
import heapq
from collections import deque
import sys

sys.setrecursionlimit(5000)

W, H = 12, 8
random.seed(11)


def carve(grid, x, y, visited):
    visited.add((x, y))
    dirs = [(0, -1), (1, 0), (0, 1), (-1, 0)]
    random.shuffle(dirs)
    for dx, dy in dirs:
        nx, ny = x + dx, y + dy
        if 0 <= nx < W and 0 <= ny < H and (nx, ny) not in visited:
            grid[2 * y + 1 + dy][2 * x + 1 + dx] = " "
            grid[2 * ny + 1][2 * nx + 1] = " "
            carve(grid, nx, ny, visited)


grid = [["#"] * (2 * W + 1) for _ in range(2 * H + 1)]
grid[1][1] = " "
carve(grid, 0, 0, set())
start, goal = (1, 1), (2 * H - 1, 2 * W - 1)


def show(grid, path=frozenset(), marks=None):
    for r, row in enumerate(grid):
        line = []
        for c, ch in enumerate(row):
            if (r, c) == start:
                line.append("S")
            elif (r, c) == goal:
                line.append("G")
            elif marks and (r, c) in marks:
                line.append(marks[(r, c)])
            elif (r, c) in path:
                line.append(".")
            else:
                line.append("\u2588" if ch == "#" else ch)
        print("".join(line).rstrip())


def neighbours(p):
    r, c = p
    for dr, dc in ((-1, 0), (0, 1), (1, 0), (0, -1)):
        q = (r + dr, c + dc)
        if grid[q[0]][q[1]] == " ":
            yield q


def bfs():
    prev = {start: None}
    dq = deque([start])
    expanded = 0
    while dq:
        p = dq.popleft()
        expanded += 1
        if p == goal:
            break
        for q in neighbours(p):
            if q not in prev:
                prev[q] = p
                dq.append(q)
    path = []
    p = goal
    while p is not None:
        path.append(p)
        p = prev[p]
    return path[::-1], expanded


def dfs(p, seen, path):
    if p == goal:
        return list(path)
    seen.add(p)
    for q in neighbours(p):
        if q not in seen:
            path.append(q)
            res = dfs(q, seen, path)
            if res:
                return res
            path.pop()
    return None


def astar():
    h = lambda p: abs(p[0] - goal[0]) + abs(p[1] - goal[1])
    openq = [(h(start), 0, start)]
    best = {start: 0}
    expanded = 0
    while openq:
        f, g, p = heapq.heappop(openq)
        expanded += 1
        if p == goal:
            return g, expanded
        for q in neighbours(p):
            if g + 1 < best.get(q, 1 << 30):
                best[q] = g + 1
                heapq.heappush(openq, (g + 1 + h(q), g + 1, q))
    return None, expanded


show(grid)
path, n = bfs()
print(f"BFS: length {len(path) - 1}, expanded {n}")
show(grid, set(path))
d = dfs(start, set(), [start])
print("DFS length:", len(d) - 1, "same as BFS:", d == path)
print("A*:", astar())
open_cells = sum(row.count(" ") for row in grid)
print("open cells:", open_cells, "walls:", sum(row.count("#") for row in grid))
dead_ends = {(r, c) for r in range(1, 2 * H, 2) for c in range(1, 2 * W, 2) if len(list(neighbours((r, c)))) == 1}
print("dead ends:", len(dead_ends), sorted(dead_ends)[:5])
arrows = {}
for a, b in zip(path, path[1:]):
    arrows[a] = {(0, 1): ">", (0, -1): "<", (1, 0): "v", (-1, 0): "^"}[(b[0] - a[0], b[1] - a[1])]
show(grid, marks=arrows)
components = 0
seen = set()
for r in range(len(grid)):
    for c in range(len(grid[0])):
        if grid[r][c] == " " and (r, c) not in seen:
            components += 1
            stack = [(r, c)]
            while stack:
                p = stack.pop()
                if p in seen:
                    continue
                seen.add(p)
                stack.extend(neighbours(p))
print("connected components:", components)
