# deque's append/pop family and len/truth, called directly and through subclasses (truth follows an overridden __len__)
from collections import deque
d = deque([1, 2], maxlen=3)
d.append(3); d.append(4); d.appendleft(0); print(d, len(d), bool(d), d.pop(), d.popleft(), d)
e = deque()
for f in (e.pop, e.popleft):
    try: f()
    except IndexError as x: print(x)
for bad in (lambda: deque.append(5, 1), lambda: deque.popleft([1]), lambda: deque.__len__(3), lambda: d.append(), lambda: d.pop(1)):
    try: bad()
    except TypeError as x: print(x)
class D(deque):
    def __len__(self): return 42
print(len(D([1])), bool(D()), deque.__len__(D([1, 2])))
print(len(deque(range(5))), bool(deque()), bool(deque([0])), hasattr(deque, "__bool__"))
