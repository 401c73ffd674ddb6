# sequences meeting user operands: __rmul__ before repetition by __index__, __radd__ after concat fails
class IdxR:
    def __index__(self): return 2
    def __rmul__(self, o): return ('rmul', o)
class IdxOnly:
    def __index__(self): return 3
class RNI:
    def __index__(self): return 2
    def __rmul__(self, o): return NotImplemented
    def __mul__(self, o): return NotImplemented
print([1] * IdxR(), IdxR() * [1] if False else '', [1] * IdxOnly(), IdxOnly() * [1], 'ab' * IdxOnly(), (1,) * IdxOnly(), b'x' * IdxOnly(), [1] * RNI(), RNI() * 'z')
class RAdd:
    def __radd__(self, o): return ('radd', o)
print([1] + RAdd(), 'a' + RAdd(), (1,) + RAdd(), b'a' + RAdd())
class AddSeq(list):
    def __radd__(self, o): return 'AddSeq.radd'
print([1] + AddSeq([2]), (1,) + tuple(AddSeq([2])))
try: [1] + (2,)
except TypeError as e: print('TypeError:', e)
try: (1,) + [2]
except TypeError as e: print('TypeError:', e)
try: 'a' + 1
except TypeError as e: print('TypeError:', e)
try: [1] * 'a'
except TypeError as e: print('TypeError:', e)
try: 'a' * 'b'
except TypeError as e: print('TypeError:', e)
try: [1] * 1.5
except TypeError as e: print('TypeError:', e)
try: [1] * IdxOnly.__new__(IdxOnly) * None
except TypeError as e: print('TypeError:', e)
l = [1]; l *= IdxOnly(); print(l)
l = [1]; l += RAdd() if False else [2]; print(l)
try:
    l = [1]; l += 5
except TypeError as e: print('TypeError:', e)
l = [1]; l += (2, 3); l += 'ab'; l += {9: 0}; print(l)
t = (1,)
try: t += [2]
except TypeError as e: print('TypeError:', e)
s = 'a'
try: s += 1
except TypeError as e: print('TypeError:', e)
class MulBoth:
    def __mul__(self, o): return 'MulBoth.mul'
    def __rmul__(self, o): return 'MulBoth.rmul'
print(MulBoth() * [1], [1] * MulBoth(), 3 * MulBoth(), MulBoth() * 3)
import operator
print(operator.mul([1], IdxOnly()), operator.concat([1], [2]))
try: operator.concat([1], RAdd())
except TypeError as e: print('TypeError:', e)
try: operator.concat(1, 2)
except TypeError as e: print('TypeError:', e)
print(operator.iconcat([1], (2,)), operator.add([1], RAdd()))
