# decimal: building Decimals from str, int, float, tuple; str/repr/eng notation.
from decimal import Decimal, InvalidOperation, getcontext


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for text in ['0', '-0', '1', '-1.50', '123.456', '1e3', '1E+3', '1e-7', '0.000001', '0.0000001',
             '123e-10', '-0.00', '0E-9', '0E+4', '1_000', '  42  ', '+.5', '5.', 'inf', '-Infinity',
             'nan', 'NaN123', '-sNaN', 'snan0042', '1.2345678901234567890123456789012345',
             '1E+999999', '9.99E-999999', '12345678901234567890123456789012345678901234567890',
             '\u0661\u0662', '1e1000000000', 'abc', '', '.', '1e', '1..2', '- 1', 'e5', '0x10', 'infinit']:
    show(lambda: Decimal(text))

for n in [0, -0, 7, -123456789012345678901234567890, True, 10 ** 40]:
    show(lambda: Decimal(n))

for f in [0.1, -0.0, 1.5, 2.0 ** 60, 1e-5, 1e300, 5e-324, float('inf'), float('-inf'), float('nan')]:
    show(lambda: Decimal(f))
show(lambda: Decimal.from_float(0.25))
show(lambda: Decimal.from_float(3))
show(lambda: Decimal.from_float('1'))

for t in [(0, (1, 2, 3), -2), (1, (0,), 0), (1, (), 5), (0, (1,), 'F'), (1, (4, 2), 'n'),
          (0, (), 'N'), [0, [5], 1], (2, (1,), 0), (0, (1, 10), 0), (0, (1,), 0.5), (0, (1,)),
          (0, '12', 0), (0, (1,), 'X')]:
    show(lambda: Decimal(t))

show(lambda: Decimal(1j))
show(lambda: Decimal(b'1'))
show(lambda: Decimal(None))
show(lambda: Decimal())
show(lambda: Decimal(Decimal('1.10')))

# str / repr / engineering notation
for text in ['123E+1', '1.23E-7', '0E+4', '0E-8', '-0E+1', '12345E-3', '1E+5', '1.000E+10',
             '0.000123', '-5E-7', '100E-9']:
    d = Decimal(text)
    print(text, str(d), d.to_eng_string(), d.adjusted(), d.as_tuple())
print(Decimal('nan').as_tuple(), Decimal('-inf').as_tuple(), Decimal('sNaN12').as_tuple())

ctx = getcontext()
ctx.capitals = 0
print(Decimal('1E+5'), repr(Decimal('-2.5E-9')))
ctx.capitals = 1

# Predicates
for text in ['0', '-0', '1.5', '-inf', 'nan', 'snan', '1E-999999', '1E-1000010']:
    d = Decimal(text)
    print(text, d.is_nan(), d.is_qnan(), d.is_snan(), d.is_infinite(), d.is_finite(),
          d.is_signed(), d.is_zero(), d.is_normal(), d.is_subnormal(), d.number_class(), bool(d))
print(Decimal('1.5').copy_sign(-1), Decimal('-2').copy_abs(), Decimal('3').copy_negate(),
      Decimal('1.0').same_quantum(Decimal('2.0')), Decimal('1').same_quantum(Decimal('1.0')),
      Decimal(1).radix(), Decimal(1).canonical(), Decimal(1).is_canonical())
print(Decimal('1.5').real, Decimal('1.5').imag, Decimal('1.5').conjugate(), complex(Decimal('2.5')))
print(type(Decimal('1')), Decimal.__module__, Decimal.__name__)
class MyDecimal(Decimal):
    pass
m = MyDecimal('1.25')
print(type(m).__name__, m, type(m + 1).__name__, isinstance(m, Decimal))
import numbers
print(isinstance(D_ := Decimal(1), numbers.Number), isinstance(D_, numbers.Real), issubclass(Decimal, numbers.Number))
