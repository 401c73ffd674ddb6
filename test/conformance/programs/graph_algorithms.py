# Graph algorithms: BFS, DFS, Dijkstra with heapq, topological sort, SCC, MST
import heapq
from collections import defaultdict, deque
from graphlib import TopologicalSorter, CycleError


class Graph:
    def __init__(self, directed=False):
        self.adj = defaultdict(dict)
        self.directed = directed

    def add(self, u, v, w=1):
        self.adj[u][v] = w
        if not self.directed:
            self.adj[v][u] = w
        else:
            self.adj[v]  # touch so it exists

    def bfs(self, start):
        seen, order, q = {start}, [], deque([start])
        while q:
            u = q.popleft()
            order.append(u)
            for v in sorted(self.adj[u]):
                if v not in seen:
                    seen.add(v)
                    q.append(v)
        return order

    def dfs(self, start, seen=None):
        if seen is None:
            seen = []
        seen.append(start)
        for v in sorted(self.adj[start]):
            if v not in seen:
                self.dfs(v, seen)
        return seen

    def dijkstra(self, src):
        dist = {src: 0}
        prev = {}
        pq = [(0, src)]
        done = set()
        while pq:
            d, u = heapq.heappop(pq)
            if u in done:
                continue
            done.add(u)
            for v, w in self.adj[u].items():
                nd = d + w
                if nd < dist.get(v, float("inf")):
                    dist[v] = nd
                    prev[v] = u
                    heapq.heappush(pq, (nd, v))
        return dist, prev

    def path(self, prev, target):
        out = [target]
        while out[-1] in prev:
            out.append(prev[out[-1]])
        return out[::-1]

    def toposort(self):
        indeg = {u: 0 for u in self.adj}
        for u in self.adj:
            for v in self.adj[u]:
                indeg[v] += 1
        ready = [u for u, d in indeg.items() if d == 0]
        heapq.heapify(ready)
        out = []
        while ready:
            u = heapq.heappop(ready)
            out.append(u)
            for v in self.adj[u]:
                indeg[v] -= 1
                if indeg[v] == 0:
                    heapq.heappush(ready, v)
        if len(out) != len(indeg):
            raise ValueError("graph has a cycle")
        return out

    def scc(self):
        index, low, stack, on, out = {}, {}, [], set(), []
        counter = [0]

        def strong(v):
            index[v] = low[v] = counter[0]
            counter[0] += 1
            stack.append(v)
            on.add(v)
            for w in sorted(self.adj[v]):
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
                out.append(sorted(comp))

        for v in sorted(self.adj):
            if v not in index:
                strong(v)
        return out

    def kruskal(self):
        parent = {u: u for u in self.adj}

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        edges = sorted((w, u, v) for u in self.adj for v, w in self.adj[u].items() if u < v)
        tree = []
        for w, u, v in edges:
            ru, rv = find(u), find(v)
            if ru != rv:
                parent[ru] = rv
                tree.append((u, v, w))
        return tree


g = Graph()
for u, v, w in [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3),
                ("E", "D", 4), ("D", "F", 11), ("E", "F", 20), ("G", "H", 1)]:
    g.add(u, v, w)
print("bfs", g.bfs("A"))
print("dfs", g.dfs("A"))
dist, prev = g.dijkstra("A")
for node in sorted(dist):
    print(f"  {node}: {dist[node]:>3} via {'->'.join(g.path(prev, node))}")
print("unreachable", sorted(set(g.adj) - set(dist)))
print("mst", g.kruskal(), sum(w for *_, w in g.kruskal()))

dg = Graph(directed=True)
for pair in ["shirt tie", "tie jacket", "pants shoes", "pants belt", "belt jacket", "shirt belt", "socks shoes", "undershorts pants", "undershorts shoes"]:
    dg.add(*pair.split())
print("topo", dg.toposort())
dg.add("jacket", "shirt")
try:
    dg.toposort()
except ValueError as e:
    print("ValueError:", e)
print("scc", dg.scc())

ts = TopologicalSorter({"d": {"b", "c"}, "c": {"a"}, "b": {"a"}, "e": set()})
order = list(ts.static_order())
print(order.index("a") < order.index("b") < order.index("d"), sorted(order))
ts2 = TopologicalSorter()
ts2.add(1, 2)
ts2.add(2, 3)
ts2.add(3, 1)
try:
    ts2.prepare()
except CycleError as e:
    print("CycleError:", e.args[0], sorted(e.args[1]))

# grid BFS shortest path
grid = """\
S.#.....
.##.###.
....#...
.##...#E""".splitlines()
start = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "S")
end = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "E")
q = deque([(start, 0)])
seen = {start: None}
while q:
    (r, c), d = q.popleft()
    if (r, c) == end:
        print("grid distance", d)
        break
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#" and (nr, nc) not in seen:
            seen[(nr, nc)] = (r, c)
            q.append(((nr, nc), d + 1))
cell = end
rows = [list(r) for r in grid]
while seen[cell] is not None:
    cell = seen[cell]
    if rows[cell[0]][cell[1]] == ".":
        rows[cell[0]][cell[1]] = "*"
print("\n".join("".join(r) for r in rows))
print(heapq.nsmallest(3, dist.items(), key=lambda kv: kv[1]), heapq.nlargest(2, [5, 1, 8, 3]))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))
