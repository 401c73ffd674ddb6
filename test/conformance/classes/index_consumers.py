# where __index__ (and __int__) are accepted: range, slices, bytes, chr, %-formatting, int(x, base), math
import math, operator
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class OnlyInt:
    def __int__(self): return 7
tests = [
    lambda: range(I(5))[I(1)], lambda: list(range(I(1), I(7), I(2))), lambda: slice(I(1), I(3)).indices(10), lambda: 'abcdef'[I(1):I(-1):I(2)],
    lambda: bytes(I(3)), lambda: bytearray(I(2)), lambda: chr(I(65)), lambda: '%x %o %d %i %c' % (I(255), I(8), I(3), I(4), I(66)),
    lambda: int('ff', I(16)), lambda: math.comb(I(5), I(2)), lambda: math.factorial(I(4)), lambda: math.gcd(I(12), I(18)),
    lambda: math.isqrt(I(17)), lambda: operator.index(I(-3)), lambda: I(3).__index__(), lambda: [1, 2, 3].pop(I(0)), lambda: [0] * I(3),
    lambda: 'ab' * I(2), lambda: (1, 2) * I(2), lambda: [1, 2, 3].insert(I(1), 9), lambda: round(2.567, I(2)), lambda: pow(I(2), I(10), I(1000)),
    lambda: divmod(10, 3) if False else bin(I(5)), lambda: I(2).__index__() + 1, lambda: (10).to_bytes(I(2), 'big'), lambda: int.from_bytes(bytes(I(2)), 'big'),
    lambda: '{:x}'.format(I(255)), lambda: format(I(1), 'd'), lambda: f'{I(10):b}', lambda: I(2) + 1, lambda: 1 << I(3),
    lambda: '%d' % OnlyInt(), lambda: '%x' % OnlyInt(), lambda: range(OnlyInt()), lambda: [1][OnlyInt()], lambda: chr(OnlyInt()),
    lambda: '%c' % 'ab', lambda: '%c' % 1114112, lambda: '%d' % '1', lambda: '%x' % 1.5, lambda: '%d' % 1.9, lambda: '%i' % True,
    lambda: bytes(-1), lambda: bytes(I(-1)), lambda: 'x' * 1.0, lambda: range(1.0), lambda: math.comb(1.0, 1),
    lambda: [1, 2][True], lambda: 'abc'[False:True], lambda: (0).__index__(), lambda: operator.index(True), lambda: operator.index(1.0),
]
for t in tests:
    try: print(t())
    except Exception as e: print(type(e).__name__ + ':', e)
class BoolIndex:
    def __index__(self): return True
import warnings
warnings.simplefilter('always')
print([10, 20][BoolIndex()], operator.index(BoolIndex()))
class SubInt(int): pass
class SubIndex:
    def __index__(self): return SubInt(1)
print([10, 20][SubIndex()], type(operator.index(SubIndex())).__name__)
class IntBool:
    def __int__(self): return False
class LenBool:
    def __len__(self): return True
print(int(IntBool()), len(LenBool()), bool(LenBool()))
