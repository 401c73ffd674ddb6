# operators on subclasses of builtins return base types unless overridden
class L(list): pass
class D(dict): pass
class T(tuple): pass
class S(str): pass
class I(int): pass
class F(float): pass
class St(set): pass
class FS(frozenset): pass
class B(bytes): pass
l = L([1, 2])
for v in [l + [3], l * 2, l[:1], l.copy(), [0] + l, 2 * l]:
    print(type(v).__name__, v)
l += [9]; print(type(l).__name__, l)
l *= 2; print(type(l).__name__, l)
d = D(a=1)
for v in [d | {'b': 2}, {'z': 0} | d, d.copy(), dict(d)]:
    print(type(v).__name__, v)
d |= {'c': 3}; print(type(d).__name__, d)
t = T((1, 2))
for v in [t + (3,), t * 2, t[:1], (0,) + t]:
    print(type(v).__name__, v)
s = S('ab')
for v in [s + 'c', s * 2, s[0], s.upper(), s.strip(), s.replace('a', 'x'), '%s' % s, s.join('xy'), s.format(), str(s), s.__str__()]:
    print(type(v).__name__, v)
i = I(5)
for v in [i + 1, -i, +i, abs(i), i * 1, i // 1, i ** 1, i << 0, i & -1, ~i, int(i), i.real, i.numerator, round(i), i.__index__(), i.conjugate()]:
    print(type(v).__name__, v)
f = F(2.5)
for v in [f + 0, -f, +f, abs(f), f * 1, f.real, float(f), f.conjugate(), round(f, 1), f.__float__()]:
    print(type(v).__name__, v)
st = St({1, 2}); fs = FS({2, 3})
for v in [st | {3}, st & {1}, st - {1}, st ^ {5}, st.copy(), st.union(), fs | {1}, fs.copy(), {9} | fs, st | fs, fs | st]:
    print(type(v).__name__, sorted(v))
bb = B(b'xy')
for v in [bb + b'z', bb * 2, bb[:1], bb.upper(), bytes(bb), bb.__bytes__() if hasattr(bb, '__bytes__') else b'']:
    print(type(v).__name__, v)
print(type(fs.copy()) is FS, fs.copy() is fs, FS() is FS(), type(T()).__name__)
class RevI(int):
    def __add__(self, o): return RevI(int(self) + o)
    def __repr__(self): return f'RevI({int(self)})'
r = RevI(1); r += 1; print(r, 5 + RevI(1), sum([RevI(1), RevI(2)]), sum([1, RevI(2)]))
class BoolLike(int):
    def __bool__(self): return False
print(bool(BoolLike(5)), not BoolLike(5), BoolLike(5) or 'or')
