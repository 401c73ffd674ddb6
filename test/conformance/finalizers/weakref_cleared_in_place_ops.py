# Weak references clear at the instruction that drops the referent, whichever kind of
# instruction it is: in-place operators on containers, unpacking, an exhausted iterator.
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name})"


def watch(obj, label):
    return weakref.ref(obj, lambda r: print("  cleared", label))


items = [Node(i) for i in range(4)]
refs = [watch(n, n.name) for n in items]
print("alive", sum(r() is not None for r in refs))
total = 0
for n in items:
    total += len(n.name.__class__.__name__)   # reads only
print("total", total)
class Holder:
    pass


h = Holder()
h.items = items
items = None


def clear_in_place():
    lst = h.items       # a local alias: the store after *= is into the frame, not the holder
    lst *= 0
    print("after *= 0:", sum(r() is not None for r in refs))


clear_in_place()

bag = {Node("s1"), Node("s2")}
srefs = [watch(n, n.name) for n in bag]
keep = sorted(bag, key=lambda n: n.name)[0]
bag -= {keep}
print("after -=:", sorted(r().name for r in srefs if r() is not None))
bag.clear()
print("after clear:", sorted(r().name for r in srefs if r() is not None))

table = {"a": Node("a"), "b": Node("b")}
trefs = {k: watch(v, k) for k, v in table.items()}
table |= {"a": 0}
print("after |=:", sorted(k for k, r in trefs.items() if r() is not None))

pair = (Node("p"), 1)
pref = watch(pair[0], "p")
first, second = pair
pair = None
print("unpacked, pair dropped:", pref() is not None)
first = None
print("first dropped:", pref() is None)

it = iter([Node("it")])
iref = watch(next(iter([0])) if False else Node("tmp"), "tmp")
print("tmp gone:", iref() is None)
lst = [Node("last")]
lref = watch(lst[0], "last")
it = iter(lst)
lst = None
for x in it:
    print("got", x)
x = None
print("after loop:", lref() is None)
print("end")
