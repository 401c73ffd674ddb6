"""Route planning on a weighted graph: Dijkstra, A*, BFS, DFS recursion, topological sort."""
import heapq
from collections import deque, defaultdict
from math import hypot, inf, isclose
from graphlib import TopologicalSorter, CycleError

CITIES = {
    "A": (0, 0), "B": (2, 1), "C": (4, 0), "D": (1, 3), "E": (3, 4), "F": (5, 3), "G": (6, 1), "H": (7, 4),
}
ROADS = [("A", "B", 2.5), ("A", "D", 3.2), ("B", "C", 2.3), ("B", "D", 2.4), ("C", "G", 2.2),
         ("D", "E", 2.3), ("E", "F", 2.2), ("C", "F", 3.2), ("F", "H", 2.3), ("G", "H", 3.2), ("B", "E", 3.2)]

graph = defaultdict(dict)
for a, b, w in ROADS:
    graph[a][b] = w
    graph[b][a] = w


def dijkstra(src):
    dist = {src: 0.0}
    prev = {}
    pq = [(0.0, src)]
    seen = set()
    while pq:
        d, u = heapq.heappop(pq)
        if u in seen:
            continue
        seen.add(u)
        for v, w in sorted(graph[u].items()):
            nd = d + w
            if nd < dist.get(v, inf):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev


def path_to(prev, dst):
    out = [dst]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]


def astar(src, dst):
    h = lambda n: hypot(CITIES[n][0] - CITIES[dst][0], CITIES[n][1] - CITIES[dst][1])
    open_ = [(h(src), 0.0, src, [src])]
    best = {}
    expanded = 0
    while open_:
        f, g, node, path = heapq.heappop(open_)
        if node == dst:
            return g, path, expanded
        if best.get(node, inf) <= g:
            continue
        best[node] = g
        expanded += 1
        for nxt, w in graph[node].items():
            heapq.heappush(open_, (g + w + h(nxt), g + w, nxt, path + [nxt]))
    return inf, [], expanded


def bfs_layers(src):
    layers, seen, q = defaultdict(list), {src}, deque([(src, 0)])
    while q:
        n, d = q.popleft()
        layers[d].append(n)
        for m in sorted(graph[n]):
            if m not in seen:
                seen.add(m)
                q.append((m, d + 1))
    return dict(layers)


def all_paths(u, dst, seen=(), limit=6):
    if u == dst:
        yield (u,)
        return
    if len(seen) >= limit:
        return
    for v in sorted(graph[u]):
        if v not in seen and v != u:
            for rest in all_paths(v, dst, seen + (u,), limit):
                yield (u,) + rest


dist, prev = dijkstra("A")
for city in sorted(dist, key=dist.get):
    print(f"A->{city}: {dist[city]:5.2f} via {'-'.join(path_to(prev, city))}")
g, path, expanded = astar("A", "H")
print("A*:", round(g, 2), path, "expanded", expanded, isclose(g, dist["H"]))
print("layers:", bfs_layers("A"))
paths = sorted(all_paths("A", "H"), key=lambda p: (len(p), p))
print(len(paths), "simple paths; shortest hops:", "".join(paths[0]), "longest:", "".join(paths[-1]))
cost = lambda p: sum(graph[a][b] for a, b in zip(p, p[1:]))
print("cheapest by enumeration:", "".join(min(paths, key=cost)), f"{min(map(cost, paths)):.2f}")

deg = {c: len(n) for c, n in graph.items()}
print(sorted(deg.items(), key=lambda kv: (-kv[1], kv[0])))
mst, seen, edges = [], {"A"}, [(w, "A", v) for v, w in graph["A"].items()]
heapq.heapify(edges)
while edges and len(seen) < len(graph):
    w, a, b = heapq.heappop(edges)
    if b in seen:
        continue
    seen.add(b)
    mst.append(f"{a}{b}")
    for c, w2 in graph[b].items():
        if c not in seen:
            heapq.heappush(edges, (w2, b, c))
print("MST:", mst, round(sum(graph[e[0]][e[1]] for e in mst), 2))

deps = {"deploy": {"test", "build"}, "test": {"build"}, "build": {"fetch", "configure"}, "configure": {"fetch"}}
ts = TopologicalSorter(deps)
print(list(ts.static_order()))
ts = TopologicalSorter(deps)
ts.prepare()
rounds = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    rounds.append(ready)
    ts.done(*ready)
print(rounds)
try:
    list(TopologicalSorter({"a": {"b"}, "b": {"c"}, "c": {"a"}}).static_order())
except CycleError as e:
    print(e.args[0], sorted(e.args[1]))
print(heapq.nsmallest(3, ROADS, key=lambda r: r[2]), heapq.nlargest(2, dist.values()))
