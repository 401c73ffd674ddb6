# a subclass's reflected method runs first if it overrides it
class N:
    def __init__(self, v): self.v = v
    def __add__(self, o): return f"N.add({type(o).__name__})"
    def __radd__(self, o): return f"N.radd({type(o).__name__})"
    def __lt__(self, o): return f"N.lt({type(o).__name__})"
    def __gt__(self, o): return f"N.gt({type(o).__name__})"
    def __eq__(self, o): return f"N.eq({type(o).__name__})"
class S(N):
    def __radd__(self, o): return f"S.radd({type(o).__name__})"
    def __gt__(self, o): return f"S.gt({type(o).__name__})"
class S2(N): pass
print(N(1) + S(2))
print(N(1) + S2(2))
print(N(1) < S(2))
print(N(1) < S2(2))
print(N(1) == S(2), S(1) == N(2))
class I(int):
    def __radd__(self, o): return 'I.radd'
    def __rsub__(self, o): return 'I.rsub'
print(1 + I(2), 1 - I(2), I(2) + 1)
class F(float):
    def __rmul__(self, o): return 'F.rmul'
print(2 * F(1.5), 2.0 * F(1.5))
class L(list):
    def __radd__(self, o): return 'L.radd'
print([1] + L([2]))
class Str(str):
    def __rmod__(self, o): return 'Str.rmod'
print('%s' % Str('x'))
# eq reflection: both return NotImplemented -> identity
class E:
    def __eq__(self, o):
        print('E.eq', type(o).__name__); return NotImplemented
e = E()
print(e == e, e == 1, 1 == e, e != e)
