# decimal: the wording of argument errors (bad context arguments, rounding modes, operand types, format specs, Context fields) is CPython's
from decimal import Decimal, getcontext, Context, localcontext
import decimal
tests = [
 "Decimal('1').quantize('x')",
 "Decimal(1.5).__round__('x')",
 "Decimal() + 'a'",
 "'a' + Decimal()",
 "Decimal([1])",
 "Decimal((1,2))",
 "Decimal('abc')",
 "Decimal(None)",
 "Context(prec=-1)",
 "Context(prec='x')",
 "Context(rounding='x')",
 "Context(Emax=-1)",
 "Context(Emin=1)",
 "Context(capitals=2)",
 "Context(clamp=3)",
 "Context(traps=[1])",
 "Context(flags=3)",
 "Decimal(1) < 'a'",
 "Decimal(1) * [1]",
 "Decimal(1).to_integral_value(rounding='x')",
 "Decimal(1).max('x')",
 "Decimal(1).compare(1.5)",
 "Decimal(1).fma(2, 'x')",
 "Decimal(1).scaleb('x')",
 "Decimal(1).rotate(1.5)",
 "Decimal(1).as_integer_ratio()",
 "Decimal('nan').as_integer_ratio()",
 "Decimal('inf').as_integer_ratio()",
 "int(Decimal('nan'))",
 "int(Decimal('inf'))",
 "round(Decimal('inf'))",
 "round(Decimal('1.5'), 'x')",
 "Decimal(1) ** 'x'",
 "pow(Decimal(2), 3, 'x')",
 "Decimal(1).__format__(1)",
 "format(Decimal(1), 'z')",
 "Decimal(1) / 0",
 "Decimal(0) / 0",
 "Decimal(1) // 0",
 "Decimal(1) % 0",
 "Decimal(-1).sqrt()",
 "Decimal(-1).ln()",
 "Decimal(1).quantize(Decimal('1e-100000'))",
 "Decimal(1).from_float('x')",
 "Decimal.from_float('x')",
 "Decimal(1).copy_sign('x')",
 "Decimal(1).logical_and(2)",
 "Decimal(1).same_quantum('x')",
 "getcontext().create_decimal('x')",
 "getcontext().create_decimal([1])",
 "getcontext().power(2, 'x')",
 "getcontext().add('x', 1)",
 "getcontext().divide(1, 0)",
 "hash(Decimal('snan'))",
 "Decimal('snan') + 1",
 "Decimal('snan') < 1",
 "Decimal('nan') < 1",
 "Decimal(1).normalize(1)",
 "localcontext(1)",
 "Decimal(1).exp(context=1)",
 "complex(Decimal(1))",
 "Decimal(1) & 1",
 "Decimal(1) << 1",
 "Decimal(10**5000).__float__()",
 "float(Decimal('snan'))",
 "Decimal(1).to_eng_string(1)",
 "Decimal(1).number_class(1)",
]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
def setp(attr, val):
    c = Context()
    try:
        setattr(c, attr, val); print(attr, val, 'ok', getattr(c, attr))
    except Exception as e:
        print(attr, repr(val), '!!', type(e).__name__, e)
for a, v in [('prec', 'x'), ('prec', 0), ('prec', -5), ('prec', 1.5), ('Emax', -1), ('Emin', 5), ('rounding', 'x'), ('rounding', 1), ('capitals', 5), ('clamp', 'x'), ('traps', 1), ('flags', 'x'), ('foo', 1)]:
    setp(a, v)
try: getcontext().prec = 'x'
except Exception as e: print(type(e).__name__, e)
