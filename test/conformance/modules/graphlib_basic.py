# graphlib: static_order, get_ready/done batches, cycles and the misuse errors
from graphlib import TopologicalSorter, CycleError
graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
graph = {"D": ["B", "C"], "C": ["A"], "B": ["A"], "E": []}
print(list(TopologicalSorter(graph).static_order()))
ts = TopologicalSorter()
ts.add(3, 2, 1); ts.add(1, 0); ts.add(7)
ts.prepare()
while ts.is_active():
    ready = ts.get_ready()
    print("ready", ready)
    ts.done(*ready)
print(bool(ts))
for g in [{1: [2], 2: [3], 3: [1]}, {"a": ["b"], "b": ["c"], "c": ["b"], "d": ["a"]}, {1: [1]}, {0: [1, 2], 2: [3], 3: [0]}]:
    try:
        TopologicalSorter(g).prepare()
    except CycleError as e:
        print(type(e).__name__, e.args, isinstance(e, ValueError))
t = TopologicalSorter({1: [0]})
for f in [t.get_ready, t.is_active, lambda: t.done(1)]:
    try: f()
    except ValueError as e: print(e)
t.prepare()
for f in [t.prepare, lambda: t.add(5), lambda: t.done(9), lambda: t.done(1)]:
    try: f()
    except ValueError as e: print(e)
print(t.get_ready()); t.done(0)
try: t.done(0)
except ValueError as e: print(e)
print(t.get_ready(), t.get_ready(), t.is_active()); t.done(1); print(t.is_active())
print(TopologicalSorter[int])
print(list(TopologicalSorter({"x": "abc"}).static_order()))
