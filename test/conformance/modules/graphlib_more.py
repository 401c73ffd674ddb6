# graphlib: repeated add() calls and duplicate edges, done() of a node not yet handed out, several nodes per done(), static_order after prepare(), cycles through long paths, unhashable nodes
from graphlib import TopologicalSorter, CycleError

def show(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

ts = TopologicalSorter()
ts.add('c', 'a'); ts.add('c', 'b'); ts.add('c', 'a'); ts.add('b'); ts.add('d', 'c', 'c')
ts.prepare()
print(ts.get_ready())
show('not ready', lambda: ts.done('d'))
ts.done('a', 'b')
print(ts.get_ready(), ts.is_active(), bool(ts))
ts.done('c'); print(ts.get_ready()); ts.done('d'); print(ts.get_ready(), ts.is_active())
show('done twice', lambda: ts.done('d'))
show('done unknown', lambda: ts.done('zz'))
t2 = TopologicalSorter({1: [2]}); t2.prepare()
show('static after prepare', lambda: list(t2.static_order()))
g = {i: [i + 1] for i in range(8)}
g[8] = [3]
try:
    TopologicalSorter(g).prepare()
except CycleError as e:
    print(e.args[0], e.args[1], str(e), repr(e)[:40])
show('unhashable', lambda: TopologicalSorter().add([1]))
show('unhashable pred', lambda: TopologicalSorter().add(1, {}))
show('graph no items', lambda: TopologicalSorter([1, 2]))
print(list(TopologicalSorter({'z': [], 'y': [], 'x': ['z', 'y']}).static_order()))
print(list(TopologicalSorter({n: [n - 1] for n in range(1, 6)}).static_order()))
ts3 = TopologicalSorter(); ts3.prepare(); print(ts3.get_ready(), ts3.is_active(), list(ts3.static_order()) if False else '')
print(type(TopologicalSorter[str]), TopologicalSorter[str].__origin__ is TopologicalSorter)
