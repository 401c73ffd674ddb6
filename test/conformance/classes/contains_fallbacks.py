# __contains__ vs __iter__ vs __getitem__ fallbacks for `in`, iter(), and their errors
class C:
    def __contains__(self, x): print('contains', x); return x == 1
class It:
    def __iter__(self): print('iter'); return iter([1, 2, 3])
class GI:
    def __getitem__(self, i):
        print('getitem', i)
        if i >= 3: raise IndexError(i)
        return i * 10
class Nothing: pass
print(1 in C(), 2 in C(), 2 not in C())
print(2 in It(), 5 in It())
print(10 in GI(), 99 in GI())
try: 1 in Nothing()
except TypeError as e: print('TypeError:', e)
class CR:
    def __contains__(self, x): return [1]
print(1 in CR(), 1 not in CR())
class CNone:
    __contains__ = None
    def __iter__(self): return iter([1])
try: 1 in CNone()
except TypeError as e: print('TypeError:', e)
class INone:
    __iter__ = None
    def __getitem__(self, i): return 1
try: iter(INone())
except TypeError as e: print('TypeError:', e)
try: 1 in INone()
except TypeError as e: print('TypeError:', e)
class BadIter:
    def __iter__(self): return 5
try: iter(BadIter())
except TypeError as e: print('TypeError:', e)
try:
    for x in BadIter(): pass
except TypeError as e: print('TypeError:', e)
class GIKey:
    def __getitem__(self, i):
        if i == 2: raise StopIteration
        return i
print(list(GIKey()))
class GIErr:
    def __getitem__(self, i): raise KeyError(i)
try: list(GIErr())
except KeyError as e: print('KeyError:', e)
it = iter(GI())
print(type(it).__name__, next(it), next(it))
print(list(it), list(it))
class NoNext:
    def __iter__(self): return self
try: iter(NoNext())
except TypeError as e: print('TypeError:', e)
# iter with sentinel
n = iter([1,2,3,4]).__next__
print(list(iter(n, 3)))
try: iter(5, 1)
except TypeError as e: print('TypeError:', e)
try: 1 in 5
except TypeError as e: print('TypeError:', e)
try: 'a' in [1, 2] or 1 in 'abc'
except TypeError as e: print('TypeError:', e)
try: [] in {}
except TypeError as e: print('TypeError:', e)
