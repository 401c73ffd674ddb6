import sys, bisect
M = sys.maxsize
r = range(M - 1)
print(bisect.bisect_left(r, 5), bisect.bisect_right(r, 5), bisect.bisect_left(r, M - 10), bisect.bisect(r, 2**60))
print(len(r), r[M - 3], r[-1], r[2**60 + 1], r[-(2**60)])
rv = reversed(r); print(next(rv), next(rv))
print(len(range(0, M, 3)), range(0, M, 3)[2**61], reversed(range(5, M, 7)).__next__())
print(r.index(2**60 + 3), (2**60+3) in r, r.count(2**58))
try: len(range(M + 1))
except OverflowError as e: print(e)
try: len(range(-M, M))
except OverflowError as e: print(e)
print(range(-M, M)[2**62], range(-M, M, 2**40)[-1])
import heapq, operator
print(operator.length_hint(iter(r)), iter(r).__length_hint__())
it = iter(range(M - 1)); print(next(it))
print(r[2**59:2**59+3], list(r[2**59:2**59+3]), r[::2**61])
print(bisect.bisect_left(range(0, 2**62, 2), 2**61 + 1))
print(bisect.bisect_left(range(M - 1), 2**60, 2**59), bisect.bisect_right(range(M - 1), 2**60, 0, 2**62))
print(bisect.bisect_left([1,2,3], 2, 0, 2**62) if False else 'skip')
try: bisect.bisect_left([1,2,3], 2, 2**64)
except OverflowError as e: print(e)
try: bisect.bisect_left([1,2,3], 2, 0, 2**64)
except OverflowError as e: print(e)
print(bisect.bisect_left([1,2,3], 2, 2**60), bisect.bisect_right(range(M-1), 7, key=lambda v: v))
L=[1,3]
try: bisect.insort(L, 2, 0, 2**60)
except IndexError as e: print(e)
bisect.insort(L, 2, 1); print(L)
class Seq:
    def __len__(s): return 2**62
    def __getitem__(s, i): return i * 2
    def insert(s, i, x): print('insert', i, x)
print(bisect.bisect(Seq(), 2**61)); bisect.insort(Seq(), 2**61 + 1)
