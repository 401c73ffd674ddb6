# Linked list, doubly linked deque, BST with deletion and iteration, trie, LRU cache on a dict + linked list
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value, self.next = value, next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._len = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head); self._len += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __len__(self): return self._len
    def __repr__(self): return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __str__(self): return " -> ".join(map(str, self)) + " -> None"
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0: i += len(self)
        for k, v in enumerate(self):
            if k == i: return v
        raise IndexError("linked list index out of range")
    def __contains__(self, v): return any(x == v for x in self)
    def __eq__(self, o): return isinstance(o, LinkedList) and list(self) == list(o)
    def __reversed__(self): return iter(list(self)[::-1])
    def reverse(self):
        prev, n = None, self.head
        while n:
            n.next, prev, n = prev, n, n.next
        self.head = prev
    def remove(self, v):
        prev, n = None, self.head
        while n:
            if n.value == v:
                if prev: prev.next = n.next
                else: self.head = n.next
                self._len -= 1
                return
            prev, n = n, n.next
        raise ValueError(f"{v!r} not in list")

ll = LinkedList([3, 1, 4, 1, 5])
print(ll, repr(ll), len(ll), ll[2], ll[-1], ll[1:3], 4 in ll, 9 in ll, list(reversed(ll)))
ll.reverse(); print(ll); ll.remove(1); print(ll, len(ll))
for bad in (lambda: ll[10], lambda: ll.remove(42), lambda: ll["x"]):
    try: bad()
    except (IndexError, ValueError, TypeError) as e: print(type(e).__name__ + ":", e)
print(ll == LinkedList([5, 4, 1, 3]), ll != LinkedList(), bool(LinkedList()), sorted(ll), sum(ll), max(ll), dict.fromkeys(ll))

class BST:
    class _N:
        def __init__(self, k, v): self.k, self.v, self.l, self.r = k, v, None, None
    def __init__(self): self.root, self.size = None, 0
    def __setitem__(self, k, v):
        def ins(n):
            if n is None:
                self.size += 1
                return BST._N(k, v)
            if k < n.k: n.l = ins(n.l)
            elif k > n.k: n.r = ins(n.r)
            else: n.v = v
            return n
        self.root = ins(self.root)
    def __getitem__(self, k):
        n = self.root
        while n:
            if k == n.k: return n.v
            n = n.l if k < n.k else n.r
        raise KeyError(k)
    def __delitem__(self, k):
        def rm(n, k):
            if n is None: raise KeyError(k)
            if k < n.k: n.l = rm(n.l, k)
            elif k > n.k: n.r = rm(n.r, k)
            else:
                if n.l is None: return n.r
                if n.r is None: return n.l
                s = n.r
                while s.l: s = s.l
                n.k, n.v = s.k, s.v
                n.r = rm(n.r, s.k)
            return n
        self.root = rm(self.root, k); self.size -= 1
    def __iter__(self):
        stack, n = [], self.root
        while stack or n:
            while n:
                stack.append(n); n = n.l
            n = stack.pop(); yield n.k; n = n.r
    def __len__(self): return self.size
    def height(self, n=0):
        def h(n): return 0 if n is None else 1 + max(h(n.l), h(n.r))
        return h(self.root)
    def items(self): return [(k, self[k]) for k in self]
    def range(self, lo, hi): return [k for k in self if lo <= k < hi]

t = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    t[w] = len(w)
print(list(t), len(t), t.height(), t["fox"], t.range("d", "p"))
del t["the"]; del t["brown"]
print(t.items())
try: del t["cat"]
except KeyError as e: print("KeyError:", e)
try: t[5]
except TypeError as e: print("TypeError:", e)

class Trie:
    def __init__(self): self.root = {}
    def insert(self, word):
        node = self.root
        for ch in word: node = node.setdefault(ch, {})
        node["$"] = node.get("$", 0) + 1
    def starts(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node: return []
            node = node[ch]
        out = []
        def walk(n, acc):
            for ch, child in sorted(n.items()):
                if ch == "$": out.append((acc, child))
                else: walk(child, acc + ch)
        walk(node, prefix)
        return out
tr = Trie()
for w in "car cart carbon cat catalog dog do door car".split(): tr.insert(w)
print(tr.starts("car"), tr.starts("do"), tr.starts("x"), tr.starts(""))

class LRU:
    def __init__(self, cap):
        self.cap, self.map = cap, {}
        self.head = {"k": None}; self.tail = {"k": None}
        self.head["n"], self.tail["p"] = self.tail, self.head
    def _unlink(self, node): node["p"]["n"], node["n"]["p"] = node["n"], node["p"]
    def _front(self, node):
        node["n"], node["p"] = self.head["n"], self.head
        self.head["n"]["p"] = node; self.head["n"] = node
    def get(self, k, default=None):
        if k not in self.map: return default
        node = self.map[k]; self._unlink(node); self._front(node)
        return node["v"]
    def put(self, k, v):
        if k in self.map: self._unlink(self.map.pop(k))
        node = {"k": k, "v": v}; self.map[k] = node; self._front(node)
        if len(self.map) > self.cap:
            last = self.tail["p"]; self._unlink(last); del self.map[last["k"]]
            print(f"  evict {last['k']}")
    def keys(self):
        out, n = [], self.head["n"]
        while n is not self.tail: out.append(n["k"]); n = n["n"]
        return out
c = LRU(3)
for k in "abcadeb": c.put(k, ord(k))
print(c.keys(), c.get("a"), c.get("d"), c.keys())
