# Graph algorithms: BFS, DFS (recursive and iterative), Dijkstra with heapq, topological sort, cycles, components
import heapq
from collections import deque, defaultdict
from graphlib import TopologicalSorter, CycleError

class Graph:
    def __init__(self, directed=False):
        self.adj = defaultdict(dict)
        self.directed = directed

    def add_edge(self, u, v, w=1):
        self.adj[u][v] = w
        if not self.directed:
            self.adj[v][u] = w
        else:
            self.adj[v]

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
        seen = set() if seen is None else seen
        seen.add(start)
        out = [start]
        for v in sorted(self.adj[start]):
            if v not in seen:
                out += self.dfs(v, seen)
        return out

    def dfs_iter(self, start):
        seen, stack, out = set(), [start], []
        while stack:
            u = stack.pop()
            if u in seen:
                continue
            seen.add(u)
            out.append(u)
            stack.extend(sorted(self.adj[u], reverse=True))
        return out

    def dijkstra(self, src):
        dist = {src: 0}
        prev = {}
        pq = [(0, src)]
        while pq:
            d, u = heapq.heappop(pq)
            if d > dist.get(u, float("inf")):
                continue
            for v, w in self.adj[u].items():
                nd = d + w
                if nd < dist.get(v, float("inf")):
                    dist[v] = nd
                    prev[v] = u
                    heapq.heappush(pq, (nd, v))
        return dist, prev

    def path(self, src, dst):
        dist, prev = self.dijkstra(src)
        if dst not in dist:
            raise KeyError(dst)
        p = [dst]
        while p[-1] != src:
            p.append(prev[p[-1]])
        return p[::-1], dist[dst]

    def topo(self):
        indeg = {u: 0 for u in self.adj}
        for u in self.adj:
            for v in self.adj[u]:
                indeg[v] += 1
        q = deque(sorted(u for u, d in indeg.items() if d == 0))
        out = []
        while q:
            u = q.popleft()
            out.append(u)
            for v in sorted(self.adj[u]):
                indeg[v] -= 1
                if indeg[v] == 0:
                    q.append(v)
        if len(out) != len(self.adj):
            raise ValueError("graph has a cycle")
        return out

    def components(self):
        seen, comps = set(), []
        for u in sorted(self.adj):
            if u not in seen:
                c = self.dfs(u, seen)
                comps.append(sorted(c))
        return comps

g = Graph()
for u, v, w in [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("X", "Y", 1)]:
    g.add_edge(u, v, w)
print(g.bfs("A"), g.dfs("A"), g.dfs_iter("A"))
dist, prev = g.dijkstra("A")
print(sorted(dist.items()))
print(g.path("A", "F"))
print(g.components())
try:
    g.path("A", "X")
except KeyError as e:
    print("KeyError", e)

dag = Graph(directed=True)
for u, v in [("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"), ("belt", "jacket"), ("shirt", "belt"), ("socks", "shoes")]:
    dag.add_edge(u, v)
print(dag.topo())
dag.add_edge("jacket", "shirt")
try:
    dag.topo()
except ValueError as e:
    print("ValueError:", e)

ts = TopologicalSorter({"d": {"b", "c"}, "c": {"a"}, "b": {"a"}})
order = list(ts.static_order())
print(order[0], order[-1], sorted(order[1:3]))
ts2 = TopologicalSorter({"a": {"b"}, "b": {"a"}})
try:
    list(ts2.static_order())
except CycleError as e:
    print("CycleError", e.args[0], sorted(e.args[1]))

grid = ["S.#.....", ".##.###.", "....#...", "##.##.#E"]
def maze(grid):
    R, C = len(grid), len(grid[0])
    start = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == "S")
    q = deque([(start, 0)])
    seen = {start}
    while q:
        (r, c), d = q.popleft()
        if grid[r][c] == "E":
            return d
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                q.append(((nr, nc), d + 1))
    return -1
print("maze", maze(grid))
h = [5, 3, 8, 1, 9, 2]
heapq.heapify(h)
print(h, heapq.nsmallest(3, h), heapq.nlargest(2, h, key=lambda x: -x), heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
