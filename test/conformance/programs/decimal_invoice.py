# A decimal invoice calculator: quantize, ROUND_HALF_UP/EVEN, contexts, tax lines, currency formatting.
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, localcontext, getcontext, InvalidOperation, DivisionByZero
from fractions import Fraction

CENT = Decimal('0.01')


def money(d):
    q = d.quantize(CENT, rounding=ROUND_HALF_UP)
    sign = '-' if q < 0 else ''
    whole, _, frac = str(abs(q)).partition('.')
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return '%s$%s.%s' % (sign, ','.join(groups), frac)


class Line:
    def __init__(self, desc, qty, unit, tax_rate='0.0825', discount='0'):
        self.desc = desc
        self.qty = Decimal(qty)
        self.unit = Decimal(unit)
        self.tax_rate = Decimal(tax_rate)
        self.discount = Decimal(discount)

    @property
    def subtotal(self):
        return (self.qty * self.unit * (1 - self.discount)).quantize(CENT, ROUND_HALF_UP)

    @property
    def tax(self):
        return (self.subtotal * self.tax_rate).quantize(CENT, ROUND_HALF_UP)


lines = [
    Line('Consulting (hours)', '12.5', '150.00', tax_rate='0'),
    Line('Widget', '3', '19.99'),
    Line('Gadget', '7', '2.345', discount='0.10'),
    Line('Cable', '1', '0.005'),
    Line('Bulk screws', '1000', '0.0333', discount='0.125'),
    Line('Refund', '-1', '45.50'),
]
print('%-20s %8s %10s %10s %8s' % ('item', 'qty', 'unit', 'subtotal', 'tax'))
for l in lines:
    print('%-20s %8s %10s %10s %8s' % (l.desc, l.qty, l.unit, money(l.subtotal), money(l.tax)))
sub = sum(l.subtotal for l in lines)
tax = sum(l.tax for l in lines)
print('subtotal', money(sub), 'tax', money(tax), 'total', money(sub + tax), repr(sub + tax))

# splitting a bill: distribute remainder cents
def split(total, n):
    base = (total / n).quantize(CENT, ROUND_DOWN)
    rem = int((total - base * n) / CENT)
    return [base + CENT if i < rem else base for i in range(n)]

parts = split(sub + tax, 7)
print(parts, sum(parts) == sub + tax)

# rounding modes
for v in ['2.675', '2.665', '-2.675', '0.125', '0.135', '1.005']:
    d = Decimal(v)
    print(v, d.quantize(CENT, ROUND_HALF_UP), d.quantize(CENT, ROUND_HALF_EVEN), d.quantize(CENT, ROUND_CEILING),
          round(d, 2), round(float(v), 2), Decimal(float(v)).quantize(Decimal('1e-20')))

# contexts and precision
with localcontext() as ctx:
    ctx.prec = 6
    print(Decimal(1) / Decimal(7), Decimal('123456789') + 0, +Decimal('1.23456789'))
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / 3)
print(getcontext().prec, Decimal(1) / Decimal(7))
print(Decimal(2).sqrt(), Decimal(10).ln(), Decimal('1e-3').log10(), Decimal(2) ** Decimal('0.5'), Decimal(3).exp())
print(Decimal('1.30') + Decimal('1.20'), Decimal('1.30') * 2, Decimal('10') / 4, Decimal('7') // 2, Decimal('-7') % 3, divmod(Decimal('-7'), 2))
print(Decimal('0.1') + Decimal('0.2') == Decimal('0.3'), Decimal(0.1), Decimal('1e3').normalize(), Decimal('100').normalize(), Decimal('1.2300').normalize())
print(Decimal('NaN'), Decimal('-Infinity'), Decimal('-0'), Decimal('1E+2').to_eng_string(), Decimal('123.456').as_tuple())
print(Decimal((0, (1, 2, 3), -2)), Decimal('3.14').adjusted(), Decimal('12.5').to_integral_value(), Decimal('13.5').to_integral_value())
print(f"{Decimal('1234.5678'):,.2f}", f"{Decimal('0.5'):%}", f"{Decimal('-1.5'):+09.3f}", format(Decimal('1e10'), 'e'))
for bad in ['abc', '1..2']:
    try:
        Decimal(bad)
    except InvalidOperation as e:
        print('InvalidOperation', type(e).__mro__[1].__name__)
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print('DivisionByZero', isinstance(e, ZeroDivisionError))
try:
    Decimal('1.5').quantize(Decimal('1e-30'))
except InvalidOperation:
    print('quantize: InvalidOperation')
print(Decimal('1.5') < 2, Decimal('1.5') == 1.5, Decimal(1) == Fraction(1), sorted([Decimal('2.1'), 1, 1.5]), hash(Decimal('1.0')) == hash(1))
try:
    Decimal('1.5') + 1.5
except TypeError as e:
    print('TypeError:', e)
print(Fraction(Decimal('0.125')), Fraction('3/4') + Fraction(1, 3), Fraction(0.1).limit_denominator(100), Decimal('2.50').compare(Decimal('2.5')))
print(Decimal('7.125').quantize(Decimal('0.00')), Decimal('5').max(Decimal('3')), Decimal('-3').copy_abs(), Decimal('3').fma(2, 1), Decimal('1').scaleb(3))
