# str.format with the same template many times (kept parsed), nested specs, and templates whose syntax error comes after a failing field
templates = ['{}:{}:{:.2f}', '{0}{1}{0}', '{a}-{b!r:>6}', '{:{}}|{:>{w}.{p}f}', '{{}} {0[1]} {0[0]:x}', '', 'plain', '{!s:}']
for rep in range(3):
    for t in templates:
        try:
            print(repr(t.format(rep, 'x', 2 / 3, a=rep, b='y', w=8, p=rep)), end=' ')
        except Exception as e:
            print(type(e).__name__, e, end=' ')
        try:
            print(repr(t.format([10 + rep, 'q'], 5, 7, 1.25, a=1, b=2, w=3, p=1)))
        except Exception as e:
            print(type(e).__name__, e)
for bad in ('{0:d} }', '{0:d} {', '{} {0}', '{0} {}', '{0:d} {1!x}', '{x} {', '{0} }}{'):
    for rep in range(2):
        try:
            print(repr(bad.format('s', 1)))
        except (ValueError, KeyError, IndexError) as e:
            print(bad, type(e).__name__, e)
print('{:{}}'.format('ab', '>5'), '{0:{1}{2}}'.format(3.14159, '.', '2f'), '{:%}'.format(0.25))
try:
    '{:{:{}}}'.format(1, 2, 3)
except ValueError as e:
    print('ValueError', e)
print('{0.real} {0.imag}'.format(3 + 4j), '{0[a]}'.format({'a': 'A'}))
