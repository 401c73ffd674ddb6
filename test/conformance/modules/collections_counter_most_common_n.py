# Counter.most_common(n) goes through heapq.nlargest as CPython: equal counts in insertion order,
# n = 0/negative/bool/float/too large, and the errors a bad n gives (from its comparisons)
from collections import Counter
c = Counter("abracadabra")
for n in [None, 0, 1, 2, 3, 10, -1, 2.0, 9.5, True]:
    try:
        print(n, c.most_common(n))
    except TypeError as e:
        print(n, "TypeError:", e)
for n in ["x", [1], None]:
    try:
        print(Counter().most_common(n), Counter(a=1).most_common(n))
    except TypeError as e:
        print(repr(n), "TypeError:", e)
