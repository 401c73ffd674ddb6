# __repr__/__str__ return types, fallbacks, recursion guards in containers
class R:
    def __repr__(self): return 5
for f in [repr, str, lambda o: f'{o}', lambda o: '%s' % o, lambda o: '%r' % (o,), lambda o: str([o])]:
    try: f(R())
    except TypeError as e: print('TypeError:', e)
class S:
    def __str__(self): return None
try: str(S())
except TypeError as e: print('TypeError:', e)
print(repr(S())[:10] == '<__main__.', str([S()])[:11])
class SubStr(str): pass
class RS:
    def __repr__(self): return SubStr('sub')
print(repr(RS()), type(repr(RS())).__name__, [RS()])
class OnlyRepr:
    def __repr__(self): return 'OR'
print(str(OnlyRepr()), f'{OnlyRepr()}', format(OnlyRepr()), '{}'.format(OnlyRepr()), '{!s}'.format(OnlyRepr()))
class OnlyStr:
    def __str__(self): return 'OS'
print(f'{OnlyStr()!s}', print(OnlyStr()) or '')
class Rec(list):
    def __repr__(self): return 'Rec' + super().__repr__()
r = Rec([1]); r.append(r); print(repr(r))
d = {}; d['self'] = d; print(d)
l = [1]; t = (l,); l.append(t); print(l)
class Bad:
    def __repr__(self): raise ValueError('repr failed')
try: print([Bad()])
except ValueError as e: print('ValueError:', e)
class Ascii:
    def __repr__(self): return 'é\u2603'
print(ascii(Ascii()), ascii([Ascii()]), repr(Ascii()))
class Err:
    def __str__(self): raise RuntimeError('str failed')
try: print(Err())
except RuntimeError as e: print('RuntimeError:', e)
class E2(Exception):
    def __str__(self): return 'custom exc str'
print(str(E2('x')), repr(E2('x')), E2('a', 'b').args)
class E3(Exception): pass
print(str(E3()), str(E3('a')), str(E3('a', 1)), repr(E3('a', 1)))
class RB(bytes):
    def __repr__(self): return 'RB!'
print(repr(RB(b'x')), [RB(b'x')], str(RB(b'x')))
class FI(int):
    def __repr__(self): return 'FI!'
print(FI(3), str(FI(3)), f'{FI(3)}', '%d' % FI(3), '%s' % FI(3), [FI(3)])
class FF(float):
    def __repr__(self): return 'FF!'
print(FF(1.5), str(FF(1.5)), f'{FF(1.5)}', [FF(1.5)])
class FStr(int):
    def __str__(self): return 'FStr!'
print(FStr(2), repr(FStr(2)), f'{FStr(2)}', format(FStr(2), ''), format(FStr(2), 'd'))
class SubS(str): pass
class RetSub:
    def __repr__(self): return SubS('rsub')
    def __str__(self): return SubS('ssub')
class RetSubR:
    def __repr__(self): return SubS('only-repr')
x = RetSub()
for v in [repr(x), str(x), str(RetSubR()), f'{x}', format(x), '{}'.format(x), '%s|%r' % (x, x), f'{x!r:>10}', f'{RetSubR()}', ascii(x), str([x])]:
    print(repr(v), isinstance(v, str))
print(type(repr(x)).__name__, type(str(x)).__name__, type(str(RetSubR())).__name__)
