# Exit order with cycles: the cycles the program dropped go in Py_FinalizeEx's first
# collection, before anything the module holds; cycles the module still holds go in its turn
class A:
    def __init__(self, v): self.v = v; self.other = None
    def __del__(self): print("A", self.v)

keep = A(0)
def make():
    a = A(1); b = A(2); a.other = b; b.other = a
    c = A(3); c.other = c
make()
p = A(10); q = A(11)
p.other = q; q.other = p
r = A(12)
r.other = A(13)
r.other.other = r
keep2 = A(4)
print("end")
