# __format__, __bytes__, __fspath__, __length_hint__, __reversed__
import os, operator
class F:
    def __format__(self, spec): return f'F[{spec}]'
print(format(F()), format(F(), 'x>5'), f'{F():abc}', '{:q}'.format(F()), f'{F()!r:.3}')
class BadF:
    def __format__(self, spec): return 5
try: format(BadF())
except TypeError as e: print('TypeError:', e)
class Plain: pass
try: format(Plain(), 'x')
except TypeError as e: print('TypeError:', e)
print(format(Plain(), '')[:8])
class S(str): pass
print(format(S('ab'), '>4'))
class B:
    def __bytes__(self): return b'xyz'
print(bytes(B()), bytearray(B()) if False else '')
class BB:
    def __bytes__(self): return 'no'
try: bytes(BB())
except TypeError as e: print('TypeError:', e)
class P:
    def __fspath__(self): return '/tmp/x'
print(os.fspath(P()), os.path.basename(P()), os.path.join(P(), 'y'))
class PB:
    def __fspath__(self): return b'/b'
print(os.fspath(PB()))
class PBad:
    def __fspath__(self): return 3
try: os.fspath(PBad())
except TypeError as e: print('TypeError:', e)
try: os.fspath(3)
except TypeError as e: print('TypeError:', e)
class LH:
    def __length_hint__(self): return 7
    def __iter__(self): return iter([1])
print(operator.length_hint(LH()), operator.length_hint([], 3), operator.length_hint(object(), 4))
class LHBad:
    def __length_hint__(self): return -1
try: operator.length_hint(LHBad())
except ValueError as e: print('ValueError:', e)
class LHNI:
    def __length_hint__(self): return NotImplemented
print(operator.length_hint(LHNI(), 9))
class R:
    def __reversed__(self): return iter('cba')
print(list(reversed(R())))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i
print(list(reversed(Seq())), type(reversed(Seq())).__name__)
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try: reversed(NoRev())
except TypeError as e: print('TypeError:', e)
try: reversed({})
except TypeError as e: print('TypeError:', e)
try: reversed(iter([]))
except TypeError as e: print('TypeError:', e)
print(list(reversed(range(3))), list(reversed({'a': 1, 'b': 2})))
class Sz:
    def __sizeof__(self): return 99
import sys
print(sys.getsizeof(Sz()) >= 99)
