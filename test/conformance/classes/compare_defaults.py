# default __ne__, __eq__ identity fallback, non-bool results, comparisons used by builtins
class NE:
    def __eq__(self, o): print('eq called'); return 'truthy'
print(NE() != NE(), NE() == 1)
class NoBool:
    def __bool__(self): raise ValueError('no bool')
class Weird:
    def __eq__(self, o): return NoBool()
    def __lt__(self, o): return NoBool()
    __hash__ = object.__hash__
w = Weird()
print(type(w == w).__name__)
try: w != w
except ValueError as e: print('ValueError:', e)
for f in [lambda: [w] == [Weird()], lambda: w in [Weird()], lambda: [Weird()].index(w), lambda: [Weird()].count(w), lambda: sorted([Weird(), Weird()]), lambda: max(Weird(), Weird()), lambda: not w == w]:
    try: print(f())
    except ValueError as e: print('ValueError:', e)
print(w in [w], [w].count(w), [w] == [w], (w,) == (w,), {w: 1}[w])
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'L{self.v}'
print(sorted([OnlyLt(3), OnlyLt(1)]), max([OnlyLt(3), OnlyLt(5)]), min(OnlyLt(2), OnlyLt(0)), OnlyLt(1) > OnlyLt(0))
try: OnlyLt(1) <= OnlyLt(2)
except TypeError as e: print('TypeError:', e)
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f'G{self.v}'
print(sorted([OnlyGt(3), OnlyGt(1)]))
import heapq, bisect
h = []; [heapq.heappush(h, OnlyLt(v)) for v in [5, 1, 3]]; print(h[0], heapq.nsmallest(2, [OnlyLt(4), OnlyLt(2), OnlyLt(9)]))
print(bisect.bisect([OnlyLt(1), OnlyLt(3)], OnlyLt(2)))
class Eq1:
    def __eq__(self, o): return True
print([1, 2].index(Eq1()), Eq1() in [5], [5].count(Eq1()), (Eq1() in {5: 0}) if False else '', [3, 4].remove(Eq1()))
print({1: 'a'} == {1: Eq1()}, [Eq1()] == [1], (1, 2) < (1, Eq1()) if False else '')
import operator
print(operator.eq(1, Eq1()), operator.ne(Eq1(), 1), operator.lt(OnlyLt(1), OnlyLt(2)))
class X: pass
x = X()
print(x == x, x != x, x == X(), X() != X(), x.__eq__(1), x.__ne__(x), x.__lt__(x), object.__eq__(x, x))
try: x < x
except TypeError as e: print('TypeError:', e)
try: X() >= 1
except TypeError as e: print('TypeError:', e)
print(1 .__eq__(1.0), (1).__eq__('a'), 'a'.__lt__(1), [1].__eq__((1,)), None.__eq__(None))
