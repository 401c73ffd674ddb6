# gettext.c2py: plural-forms expressions (precedence, C grouping with Python's operators, '!' scope) and their errors
import gettext
import warnings

EXPRESSIONS = [
    'n != 1', 'n>1', '0', 'n', 'n==1 ? 0 : n==2 ? 1 : 2', '(n==1) ? 0 : ((n>=2 && n<=4) ? 1 : 2)',
    'n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2',
    'n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5',
    'n || 5', 'n && 7', '!n', '!!n', '!n == 0', '!n + 1', '!n || 3', '!(n == 1) + 1', 'n == 1 == 0',
    'n < 3 < 2', 'n == 2 < 3', 'n - 3 - 1', 'n / 2 * 3', 'n % 3 % 2', '10 - n * 2', '(n - 10) / 3',
    '(n - 10) % 3', 'n ? n ? 1 : 2 : 3', 'n > 2 ? n : n + 100', '1 ? 2 : 3 ? 4 : 5',
    '  n\t>\t1  ', 'n<=2', 'n>=2', '((((n))))', '!n ? 5 : 6', 'n ? !n : 9',
]
for expression in EXPRESSIONS:
    f = gettext.c2py(expression)
    print(repr(expression), [f(n) for n in (0, 1, 2, 3, 5, 11, 21, 104)])

BAD = ['', 'n +', '(n', 'n)', 'n ? 1', 'n ? 1 :', 'x', 'n + x', 'nn', '1n', '-1', 'n ** 2',
       'n & 1', 'n | 1', '~n', 'n = 1', 'n ? 1 : 2 : 3', '()', 'n 1', 'n\n', '$', '1 ? ) x',
       'n == 1 ? 0 : n == 2 ? 1', '(' * 21 + 'n' + ')' * 21, '(' * 20 + 'n' + ')' * 20,
       ' '.join(['n'] + ['+ n'] * 600), '!' * 30 + 'n']
for expression in BAD:
    try:
        f = gettext.c2py(expression)
        print('ok', repr(expression[:30]), f(3))
    except ValueError as e:
        print(repr(expression[:30]), type(e).__name__, e)

f = gettext.c2py('n != 1')
for value in ['3', None, 2.5, True]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            print(repr(value), f(value))
        except TypeError as e:
            print(repr(value), type(e).__name__, e)
        for w in caught:
            print('  ', w.category.__name__, w.message)
try:
    gettext.c2py('n / 0')(3)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
