# Counter.elements() is an itertools.chain of repeat()s, as CPython: its type, a float count fails
# at iteration, a change to the Counter during iteration is the dict error
from collections import Counter
c = Counter(a=2, b=-1, c=1.5)
e = c.elements()
print(type(e).__name__)
try:
    print(list(e))
except TypeError as x:
    print('TypeError:', x)
print(sorted(Counter(a=2, b=0, c=3).elements()), list(Counter("abracadabra").elements()), list(Counter().elements()))
c2 = Counter(x=2)
it = c2.elements()
c2["y"] = 1
try:
    print(list(it))
except RuntimeError as x:
    print("RuntimeError:", x)
