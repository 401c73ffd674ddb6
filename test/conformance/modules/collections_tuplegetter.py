# _collections._tuplegetter, the descriptor behind namedtuple fields: reads, errors, its own API.
import collections
P=collections.namedtuple('P','x y')
g=P.y
print(type(g), repr(g), g.__doc__, type(g).__module__)
for a in [(), 5, 'ab', [1,2]]:
  try: print(g.__get__(a))
  except Exception as e: print(type(e).__name__, e)
T=type(g)
print(T(3,'doc'), T(3, None), repr(T(-1, 5)))
for args in [('a', 'b'), (1,), (1, 2, 3), (2**70, 'x')]:
  try: T(*args)
  except Exception as e: print(type(e).__name__, e)
try: T(index=1, doc='x')
except Exception as e: print(type(e).__name__, e)
g2=T(0,'d'); g2.__doc__='new'; print(g2.__doc__, repr(g2))
try: g2.foo=1
except Exception as e: print(type(e).__name__, e)
p = P(1, 2)
try: p.x = 5
except Exception as e: print(type(e).__name__, e)
try: del p.x
except Exception as e: print(type(e).__name__, e)
try: g.__set__(P(1,2), 5)
except Exception as e: print(type(e).__name__, e)
try: g.__delete__(P(1,2))
except Exception as e: print(type(e).__name__, e)
try: g.__get__(None, None)
except Exception as e: print(type(e).__name__, e)
print(g.__get__(None, int), g.__get__(P(1,2), None), g.__get__(P(1, 2), P))
try: type('Q', (T,), {})
except Exception as e: print(type(e).__name__, e)
print(g.__reduce__())
import copy
print(copy.copy(g), copy.deepcopy(g))
print(T.__name__, T.__qualname__, T.__module__, hasattr(g, '__dict__'))
class Sub(P):
    pass
s = Sub(3, 4)
s.z = 9
print(s.x, s.y, s.z, s)
class Slotted(P):
    __slots__ = ()
    @property
    def total(self): return self.x + self.y
q = Slotted(5, 6)
tot = 0
for i in range(300):
    for o in (p, s, q):
        tot += o.x * 10 + o.y
print(tot, q.total)
print(P._fields, P(y=2, x=1), P._make([7, 8]), p._replace(x=0), p._asdict())
