# At exit with no function or class of the program's own: the main module's dict is freed
# (no cycle), each value released in dict order, list items last first
from _mod_fin import A
g = [A(10), A(11)]
a = A(1)
_u = A(0)
t = (A(5), A(6))
b = A(2)
b.inner = A(3)
print("end")
