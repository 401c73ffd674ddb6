# Fraction error cases, then one uncaught TypeError.
from fractions import Fraction

def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

attempt('zero denominator', lambda: Fraction(1, 0))
attempt('zero denominator big', lambda: Fraction(-6, 0))
attempt('string zero denominator', lambda: Fraction('3/0'))
attempt('true division by zero', lambda: Fraction(3, 4) / 0)
attempt('division by zero fraction', lambda: Fraction(3, 4) / Fraction(0))
attempt('int by zero fraction', lambda: 5 / Fraction(0))
attempt('floor division by zero', lambda: Fraction(3, 4) // 0)
attempt('modulo by zero', lambda: Fraction(3, 4) % 0)
attempt('divmod by zero', lambda: divmod(Fraction(1), 0))
attempt('zero to negative power', lambda: Fraction(0) ** -1)
attempt('float by zero', lambda: Fraction(1, 2) / 0.0)
for text in ['abc', '1/ 2', '1 /2', '1e', '.', '-', '', '1/-2', '1__0', '1.2/3', '1/2e3', '0x10', 'inf', '_1', '1_']:
    attempt(repr(text), lambda: Fraction(text))
attempt('float numerator pair', lambda: Fraction(1.5, 2))
attempt('float denominator pair', lambda: Fraction(1, 2.0))
attempt('list', lambda: Fraction([]))
attempt('none', lambda: Fraction(None))
attempt('infinity', lambda: Fraction(float('inf')))
attempt('nan', lambda: Fraction(float('nan')))
attempt('limit 0', lambda: Fraction(1).limit_denominator(0))
attempt('from_float str', lambda: Fraction.from_float('x'))
attempt('format spec', lambda: format(Fraction(1, 2), '.2f'))
attempt('add str', lambda: Fraction(1, 2) + 'x')
attempt('radd list', lambda: [] + Fraction(1, 2))
attempt('lt str', lambda: Fraction(1, 2) < 'x')
attempt('unhashable-free int of huge', lambda: int(Fraction(10 ** 30 + 7, 10 ** 10)))
print(Fraction(1, 2) * 'ab' if False else 'done')
Fraction(1, 3) - 'x'
