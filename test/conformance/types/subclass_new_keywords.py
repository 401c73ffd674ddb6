# tuple/set/frozenset/float subclasses: keywords are refused unless the class defines __init__;
# int.to_bytes/from_bytes take a str subclass as byteorder.
class T(tuple): pass
class S(set): pass
class F(frozenset): pass
class TI(tuple):
    def __init__(self, arg, newarg=None): self.newarg = newarg
class SI(set):
    def __init__(self, arg, newarg=None):
        super().__init__(arg); self.newarg = newarg
class FI(frozenset):
    def __init__(self, arg, newarg=None): self.newarg = newarg
for c in (T, S, F):
    try: c(sequence=())
    except TypeError as e: print(c.__name__, e)
for c in (TI, SI, FI):
    u = c([1, 2], newarg=3)
    print(type(u).__name__, sorted(u), u.newarg)
try: set.__init__(SI(()), (), x=1)
except TypeError as e: print(e)
print(int.from_bytes(b'\x01\x00', type('S', (str,), {})('little')), (5).to_bytes(2, type('S', (str,), {})('big')))
