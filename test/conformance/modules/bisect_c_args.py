# bisect's functions: hi=-1, key, a list subclass's insert, and the argument errors of the C functions
import bisect
a = [1, 2, 2, 3, 5]
print(bisect.bisect_right(a, 2), bisect.bisect_left(a, 2), bisect.bisect(a, 2, 1, 3), bisect.bisect_left(a, 2, hi=-1), bisect.bisect_left(a, 9, 0, -3))
print(bisect.bisect_right(a, 2, lo=True), bisect.bisect_left(a, 4, key=lambda v: v * 1))
b = list(a); bisect.insort(b, 4); bisect.insort_left(b, 2); bisect.insort_right(b, 0, key=abs); print(b)
t = (1, 3, 5); print(bisect.bisect(t, 4), bisect.bisect('acegi', 'd'))
class L(list):
    def insert(self, i, x): print('insert', i, x); super().insert(i, x)
l = L([1, 5]); bisect.insort(l, 3); print(l)
cases = [lambda: bisect.bisect(), lambda: bisect.bisect(a), lambda: bisect.bisect(a, 1, 1.5), lambda: bisect.bisect(a, 1, -1),
         lambda: bisect.bisect(a, 1, 0, 'x'), lambda: bisect.bisect(a, 1, 0, 2.0), lambda: bisect.bisect(a, 1, 2**70),
         lambda: bisect.bisect(a, 1, 0, 2**70), lambda: bisect.bisect(5, 1), lambda: bisect.bisect({1: 2}, 1),
         lambda: bisect.bisect(a, 'x'), lambda: bisect.insort(5, 1), lambda: bisect.insort((1,), 1),
         lambda: bisect.bisect(a, 1, 0, 10), lambda: bisect.bisect(a, 1, k=1), lambda: bisect.bisect(a, 1, 0, 5, 9),
         lambda: bisect.insort(a, 1, key=5), lambda: bisect.bisect(a, x=1, a=2), lambda: bisect.bisect(a, 1, lo=None)]
for c in cases:
    try: print(c())
    except Exception as e: print(type(e).__name__, e)
print(bisect.bisect_right.__name__, bisect.bisect_right.__module__, bisect.insort.__name__, bisect.bisect.__name__)
