# a BST and a MutableSequence linked list with ABCs, abstract properties and collections.abc checks
from abc import ABC, abstractmethod
from collections.abc import MutableSequence, Iterable, Sized, Container, Mapping, Hashable, Callable, Generator, Iterator, Sequence
class Container2(ABC):
    @abstractmethod
    def insert(self, v): ...
    @abstractmethod
    def __contains__(self, v): ...
    def insert_all(self, vs):
        for v in vs: self.insert(v)
        return self
try:
    Container2()
except TypeError as e:
    print("TypeError:", e)
class Node:
    __slots__ = ("val", "left", "right")
    def __init__(self, val): self.val, self.left, self.right = val, None, None
class BST(Container2):
    def __init__(self): self.root = None; self.size = 0
    def insert(self, v):
        def _ins(n):
            if n is None: self.size += 1; return Node(v)
            if v < n.val: n.left = _ins(n.left)
            elif v > n.val: n.right = _ins(n.right)
            return n
        self.root = _ins(self.root)
    def __contains__(self, v):
        n = self.root
        while n:
            if v == n.val: return True
            n = n.left if v < n.val else n.right
        return False
    def __iter__(self):
        stack, n = [], self.root
        while stack or n:
            while n: stack.append(n); n = n.left
            n = stack.pop(); yield n.val; n = n.right
    def __len__(self): return self.size
    def height(self, n=..., ):
        if n is ...: n = self.root
        return 0 if n is None else 1 + max(self.height(n.left), self.height(n.right))
    def __repr__(self): return f"BST({list(self)})"
    def pretty(self, n=..., indent=""):
        if n is ...: n = self.root
        if n is None: return
        self.pretty(n.right, indent + "    ")
        print(indent + str(n.val))
        self.pretty(n.left, indent + "    ")
t = BST().insert_all([50, 30, 70, 20, 40, 60, 80, 35, 45, 65])
print(t, len(t), t.height(), 35 in t, 36 in t, isinstance(t, Sized), isinstance(t, Iterable), isinstance(t, Container), sum(t), max(t), sorted(t, reverse=True)[:3])
t.pretty()
class LinkedList(MutableSequence):
    class _N:
        __slots__ = "v", "nxt"
        def __init__(self, v, nxt=None): self.v, self.nxt = v, nxt
    def __init__(self, it=()):
        self.head = None; self.n = 0
        for x in it: self.append(x)
    def _node(self, i):
        if i < 0: i += self.n
        if not 0 <= i < self.n: raise IndexError("linked list index out of range")
        cur = self.head
        for _ in range(i): cur = cur.nxt
        return cur
    def __getitem__(self, i):
        if isinstance(i, slice): return LinkedList(self[j] for j in range(*i.indices(self.n)))
        return self._node(i).v
    def __setitem__(self, i, v): self._node(i).v = v
    def __delitem__(self, i):
        if i < 0: i += self.n
        if i == 0:
            if not self.head: raise IndexError("empty")
            self.head = self.head.nxt
        else:
            p = self._node(i - 1)
            if p.nxt is None: raise IndexError("linked list index out of range")
            p.nxt = p.nxt.nxt
        self.n -= 1
    def __len__(self): return self.n
    def insert(self, i, v):
        if i <= 0 or not self.head: self.head = self._N(v, self.head)
        else:
            p = self._node(min(i, self.n) - 1); p.nxt = self._N(v, p.nxt)
        self.n += 1
    def __repr__(self): return "LinkedList([" + ", ".join(map(repr, self)) + "])"
ll = LinkedList("abc")
ll.append("d"); ll.insert(0, "z"); ll.extend(["e", "f"]); ll.remove("c"); ll.reverse(); ll += ["g"]
print(ll, len(ll), ll[1], ll[-1], ll[1:4], ll.index("a"), ll.count("a"), "e" in ll, list(reversed(ll)), ll.pop(), ll.pop(0), ll)
try:
    ll[99]
except IndexError as e:
    print("IndexError:", e)
try:
    ll.remove("nope")
except ValueError as e:
    print("ValueError:", e)
print(isinstance(ll, Sequence), isinstance([], MutableSequence), isinstance({}, Mapping), isinstance([], Hashable), isinstance(len, Callable), isinstance((x for x in []), Generator), issubclass(list, Iterator))
class Registry(Mapping):
    def __init__(self, **kw): self._d = dict(kw)
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
r = Registry(a=1, b=2)
print(dict(r), r.get("c", 0), list(r.items()), r == {"a": 1, "b": 2}, "a" in r, r.keys() & {"a", "z"}, len(r.values()))
class Shape(ABC):
    @property
    @abstractmethod
    def area(self): ...
    @classmethod
    @abstractmethod
    def unit(cls): ...
    def __lt__(self, o): return self.area < o.area
class Sq(Shape):
    def __init__(self, s): self.s = s
    @property
    def area(self): return self.s ** 2
    @classmethod
    def unit(cls): return cls(1)
    def __repr__(self): return f"Sq({self.s})"
print(sorted([Sq(3), Sq(1), Sq(2)]), Sq.unit(), Shape.__abstractmethods__ == frozenset({"area", "unit"}), Sq.__abstractmethods__)
class Half(Shape):
    @property
    def area(self): return 0
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
Shape.register(int)
print(isinstance(3, Shape), issubclass(bool, Shape))
