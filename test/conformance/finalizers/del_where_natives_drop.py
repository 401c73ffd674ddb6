# __del__ runs where the last reference goes, however it goes: a store, a native method,
# a native that calls a native, a generator's frame, a dict under another key.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
    def __repr__(self):
        return self.name


class Box:
    pass


lst = [D("a"), D("b"), D("c")]
reg = {"x": D("x"), "y": D("y")}
box = Box()
box.item = D("boxed")
box.other = 1

print("pop")
lst.pop()
print("after pop")
for i in range(3):
    box.other = i          # a store into a holder, under another key
print("store other")
box.item = None
print("after box.item")
reg["z"] = 1
print("store z")
del reg["x"]
print("after del x")
vars(box)["item"] = D("again")
vars(box)["item"] = 2
print("after vars store")
box.item = D("third")
box.__dict__ = {}
print("after __dict__")
setattr(box, "n", D("n"))
setattr(box, "n", 0)
print("after setattr")
for _ in map(lst.pop, [0]):
    pass
print("after map pop")
lst.append(D("d"))
lst.append(D("e"))
lst.clear()
print("after clear")


def holder():
    keep = D("local")
    yield 1
    keep = None
    yield 2


g = holder()
print(next(g))
for v in g:
    print("got", v)
    if v == 2:
        break
print("after gen")
t = [D("t1"), [D("t2")]]
t[1][0] = None
print("after nested")
t[1:] = []
print("after slice")
q = D("q")
def rebind():
    global q
    q = 5
rebind()
print("after global")
cell = D("cell")
def outer():
    c = D("c")
    def inner():
        nonlocal c
        c = None
        print("inner done")
    inner()
    print("outer done")
outer()
print("end")
