# Graph algorithms on a small road network: Dijkstra with heapq and tie-breaking tuples,
# path reconstruction, topological sort with graphlib (static_order, get_ready/done, CycleError),
# union-find Kruskal MST, BFS shortest paths on a grid, Floyd-Warshall with math.inf, SCCs.
import heapq
import math
from collections import defaultdict, deque
from graphlib import TopologicalSorter, CycleError

roads = [("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15),
         ("C", "D", 11), ("C", "F", 2), ("D", "E", 6), ("E", "F", 9), ("G", "H", 1)]
graph = defaultdict(dict)
for u, v, w in roads:
    graph[u][v] = w
    graph[v][u] = w


def dijkstra(src):
    dist = {src: 0}
    prev = {}
    heap = [(0, src)]
    order = []
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist.get(u, math.inf):
            continue
        order.append(u)
        for v, w in sorted(graph[u].items()):
            nd = d + w
            if nd < dist.get(v, math.inf):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(heap, (nd, v))
    return dist, prev, order


def path(prev, dst):
    out = [dst]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return "->".join(reversed(out))


dist, prev, order = dijkstra("A")
print("visit order", order)
for node in sorted(graph):
    d = dist.get(node, math.inf)
    print(f"  {node}: {d!s:>4}  {path(prev, node) if d < math.inf else 'unreachable'}")

nodes = sorted(graph)
INF = math.inf
fw = {u: {v: (0 if u == v else graph[u].get(v, INF)) for v in nodes} for u in nodes}
for k in nodes:
    for i in nodes:
        for j in nodes:
            if fw[i][k] + fw[k][j] < fw[i][j]:
                fw[i][j] = fw[i][k] + fw[k][j]
print("     " + "".join(f"{n:>5}" for n in nodes))
for i in nodes:
    print(f"{i:>5}" + "".join(f"{fw[i][j]:>5}" for j in nodes))
print(fw["A"]["G"], fw["A"]["G"] == INF, -fw["A"]["G"], fw["A"]["G"] - fw["A"]["G"], max(fw["A"].values()))


class DSU:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = dict.fromkeys(items, 0)

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.rank[ra] += self.rank[ra] == self.rank[rb]
        return True


dsu = DSU(nodes)
mst = [(u, v, w) for u, v, w in sorted(roads, key=lambda e: (e[2], e[0], e[1])) if dsu.union(u, v)]
print("MST", mst, sum(w for *_, w in mst))
comps = defaultdict(list)
for n in nodes:
    comps[dsu.find(n)].append(n)
print("components", sorted(comps.values()))

deps = {"app": {"lib", "utils"}, "lib": {"core"}, "utils": {"core"}, "tests": {"app"}, "core": set()}
print(list(TopologicalSorter(deps).static_order()))
ts = TopologicalSorter()
for k, v in deps.items():
    ts.add(k, *sorted(v))
ts.prepare()
rounds = 0
while ts:
    batch = sorted(ts.get_ready())
    rounds += 1
    print(f"round {rounds}: build {batch}")
    ts.done(*batch)
deps["core"] = {"tests"}
try:
    list(TopologicalSorter(deps).static_order())
except CycleError as e:
    print("CycleError:", e.args[0], "cycle:", e.args[1], type(e).__mro__[1].__name__)
ts2 = TopologicalSorter({"x": {"y"}})
try:
    ts2.get_ready()
except ValueError as e:
    print(e)
ts2.prepare()
try:
    ts2.add("z")
except ValueError as e:
    print(e)
try:
    ts2.done("x")
except ValueError as e:
    print(e)

grid = ["S.#.....",
        ".##.###.",
        "....#...",
        "#.#.#.#.",
        "..#...#E"]
start = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "S")
seen = {start: None}
q = deque([start])
while q:
    r, c = q.popleft()
    if grid[r][c] == "E":
        break
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#" and (nr, nc) not in seen:
            seen[(nr, nc)] = (r, c)
            q.append((nr, nc))
cells, cur = set(), (r, c)
while cur:
    cells.add(cur)
    cur = seen[cur]
print("steps", len(cells) - 1)
for r, row in enumerate(grid):
    print("".join("*" if (r, c) in cells and ch == "." else ch for c, ch in enumerate(row)))

dg = {1: [2], 2: [3, 4], 3: [1], 4: [5], 5: [6], 6: [4], 7: [6, 8], 8: []}
index, low, stack, on, sccs, counter = {}, {}, [], set(), [], [0]


def strong(v):
    index[v] = low[v] = counter[0]
    counter[0] += 1
    stack.append(v)
    on.add(v)
    for w in dg[v]:
        if w not in index:
            strong(w)
            low[v] = min(low[v], low[w])
        elif w in on:
            low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        comp = []
        while True:
            w = stack.pop()
            on.discard(w)
            comp.append(w)
            if w == v:
                break
        sccs.append(sorted(comp))


for v in dg:
    if v not in index:
        strong(v)
print("SCCs", sccs)
