# complex(): numbers, strings, __complex__/__float__/__index__ fallbacks and CPython's errors
print(complex(), complex(1), complex(1.5), complex(True), complex(1, 2), complex(1.5, -2.5))
print(complex(real=3), complex(imag=4), complex(1, imag=2), complex(real=1, imag=2))
print(complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(2j, 3), complex(3, 2j))
z = 1 + 2j
print(complex(z) is z, complex(z) == z)
for s in ['1+2j', ' (3-4j) ', 'j', '-j', '+j', '1+j', '1-J', '5', '-2.5', '2j', '(7)', ' 1e3-1e-3j ',
          'nan', 'infj', '-infj', 'inf+nanj', 'NaN-Infinityj', '1_0+2_0j', '1.5E3J', '5.e3-.5j',
          '1e500j', '1e-400j', '\u0661+\u0662j', '\t2j\n', '-0', '-0-0j', '+1.0']:
    print(repr(s), complex(s))
for s in ['', '  ', '()', '(1+2j', '1+2j)', '1 + 2j', '1+2', 'x', '1e', '1j2', 'jj', '1__0', '_1', '1_',
          '\x00', '1+2jj', '(1)(2)', '--1', '1+-2j', '0x10']:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
class D:
    def __complex__(self): return 3 + 4j
class E:
    def __float__(self): return 2.5
class F:
    def __index__(self): return 7
class Bad:
    def __complex__(self): return 1.5
print(complex(D()), complex(D(), 1), complex(E()), complex(F(), E()), complex(1, F()))
for args in [('1', 2), (1, '2'), ([],), (1, []), (None,), (1, None), (b'1',), (Bad(),), ('1', None),
             (1, 2, 3)]:
    try:
        print(complex(*args))
    except TypeError as e:
        print(type(e).__name__, e)
for kw in [{'x': 1}, {'real': 1, 'imag': 2, 'other': 3}]:
    try:
        print(complex(**kw))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    complex(1, real=2)
except TypeError as e:
    print(type(e).__name__, e)
for v in [10 ** 400, -10 ** 400]:
    try:
        print(complex(v))
    except OverflowError as e:
        print(type(e).__name__, e)
