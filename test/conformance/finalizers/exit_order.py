# At exit, __del__ of what the main module holds: its values in dict order (underscore names
# too), an object before what its attributes hold, containers' items (made before the
# container) after, list and tuple items last first
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)

g = [A(10), A(11)]
a = A(1)
_u = A(0)
__p = A(3)
h = {'x': A(12), 'y': A(13)}
t = (A(16), A(17))
b = A(2)
x = A(14); x.child = A(15); x.child.child = A(18)
y = A(20); y.c = [A(21)]
s = a            # two names, one object: finalised once
print("end")
