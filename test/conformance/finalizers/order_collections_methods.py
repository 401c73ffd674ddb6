# Exit order of objects in a deque, a defaultdict and an OrderedDict, and of objects only a
# bound method stored in a global holds
from collections import deque, defaultdict, OrderedDict

class A:
    def __init__(self, v): self.v = v
    def hello(self): return self.v
    def __del__(self): print("A", self.v)

dq = deque([A(1), A(2)])
dq.append(A(3))
dd = defaultdict(list)
dd['x'].append(A(4)); dd['y'].append(A(5))
od = OrderedDict(a=A(6))
od['b'] = A(7)
cb = A(10).hello
handlers = {'x': A(11).hello, 'y': A(12).hello}
z = A(13)
print("end")
