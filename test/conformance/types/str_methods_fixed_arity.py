# str methods called in a hot loop (compiled, through their fixed-arity entries) and once
# (the eval loop's generic call): the same results and the same errors either way.

class S(str):
    pass


def calls(s):
    out = []
    for w in (10, 3, -1, True, 7):
        out.append((s.center(w), s.ljust(w), s.rjust(w), s.zfill(w)))
        out.append((s.center(w, '*'), s.ljust(w, '-'), s.rjust(w, '.')))
    out.append((s.partition('b'), s.rpartition('b'), s.partition('zz'), s.rpartition('zz')))
    out.append((s.removeprefix('ab'), s.removeprefix(''), s.removesuffix('bc'), s.removesuffix('x')))
    out.append((s.count('b'), s.count(''), '{}-{}'.format(s, 1), '{}'.format(s), 'x'.format()))
    return out


for s in ('abc', '+42', '-7', '', S('abcb'), 'ab\u00e9b', 'ba\U0001f600b'):
    first = calls(s)
    for i in range(300):
        again = calls(s)
    print(first == again, first)
    print([type(x).__name__ for x in (s.center(1), s.zfill(1), s.removeprefix(''), s.partition('q')[0])])


def errors(s, args):
    for name, a in args:
        try:
            r = getattr(s, name)(*a)
            print(name, repr(r))
        except Exception as e:
            print(name, type(e).__name__, e)


bad = [('center', ('3',)), ('ljust', (3, 'ab')), ('rjust', (3, 5)), ('zfill', (2.5,)),
       ('partition', ('',)), ('rpartition', (3,)), ('removeprefix', (1,)), ('removesuffix', (None,)),
       ('count', (1,)), ('center', ()), ('zfill', ()), ('partition', ()), ('format', ()),
       ('center', (2**70,)) if False else ('center', (-2**70,))]
for i in range(250):
    errors('abc', bad) if i in (0, 249) else None
    for name, a in bad:
        try:
            getattr('abc', name)(*a)
        except (TypeError, ValueError, OverflowError):
            pass

# Through a local method reference and a hot loop of each.
def loop(n):
    t = 0
    s = 'key=value'
    for i in range(n):
        t += len(s.partition('=')[2]) + len(s.center(12, '~')) + len(s.zfill(11)) + len(s.removeprefix('key'))
        t += s.count('e') + len('{}:{}'.format(i, s))
    return t

print(loop(2000))
print('{0}{1}{0}'.format('a', 'b'), '{x}'.format(x=1), '{}'.format(S('s')))
try:
    '{}{}'.format(1)
except IndexError as e:
    print('IndexError', e)
