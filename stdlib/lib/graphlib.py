"""graphlib: TopologicalSorter, a topological order of a graph of hashable nodes.

Written for tpy from the module's documentation and behaviour. Nodes are kept in the order
they were first named (a node before its predecessors), which decides the order of
get_ready() and of the cycle prepare() reports.
"""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# A node's predecessor count doubles as its state once it has been handed out.
_HANDED_OUT = -1
_DONE = -2


class _Node:
    __slots__ = ("node", "waiting_on", "successors")

    def __init__(self, node):
        self.node = node
        # Predecessors not yet done (or _HANDED_OUT / _DONE).
        self.waiting_on = 0
        self.successors = []


class CycleError(ValueError):
    """Raised by prepare(): args[1] lists the nodes of one cycle, the first repeated at the end."""
    pass


class TopologicalSorter:
    """Hands out the nodes of a graph in batches, each node after all of its predecessors."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._handed_out = 0
        self._finished = 0
        if graph is not None:
            for node, preds in graph.items():
                self.add(node, *preds)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        """Adds a node and edges to it from each predecessor (which are added too)."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.waiting_on += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        """Marks the graph finished; raises CycleError if it has a cycle."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [i.node for i in self._nodes.values() if i.waiting_on == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def _check_prepared(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        """A tuple of the nodes whose predecessors are all done and that were not handed out yet."""
        self._check_prepared()
        result = tuple(self._ready)
        for node in result:
            self._nodes[node].waiting_on = _HANDED_OUT
        self._ready.clear()
        self._handed_out += len(result)
        return result

    def is_active(self):
        """True while there are nodes to hand out or handed out and not yet done."""
        self._check_prepared()
        return self._finished < self._handed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Marks nodes handed out by get_ready() as processed: their successors may become ready."""
        self._check_prepared()
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = info.waiting_on
            if state != _HANDED_OUT:
                if state >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.waiting_on = _DONE
            for successor in info.successors:
                succ = self._nodes[successor]
                succ.waiting_on -= 1
                if succ.waiting_on == 0:
                    self._ready.append(successor)
            self._finished += 1

    def _find_cycle(self):
        # Depth-first along successor edges, from each node in order; a node met again while
        # it is on the current path closes a cycle.
        seen = set()
        for start in self._nodes:
            if start in seen:
                continue
            path = []
            position = {}
            pending = []  # per path entry: an iterator over its successors
            node = start
            while True:
                if node in seen:
                    if node in position:
                        return path[position[node]:] + [node]
                else:
                    seen.add(node)
                    position[node] = len(path)
                    path.append(node)
                    pending.append(iter(self._nodes[node].successors))
                # The next successor of the deepest node that has one left.
                while path:
                    node = next(pending[-1], _NO_MORE)
                    if node is not _NO_MORE:
                        break
                    del position[path.pop()]
                    pending.pop()
                else:
                    break
        return None

    def static_order(self):
        """All the nodes, one at a time, in a topological order (prepare() is called)."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    __class_getitem__ = classmethod(GenericAlias)


_NO_MORE = object()
