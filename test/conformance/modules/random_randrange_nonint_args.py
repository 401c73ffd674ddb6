# randrange() passes a non-index argument through int() and keeps it only if equal (str, Decimal, Fraction, float; errors from int() surface)
import random, warnings
from decimal import Decimal
from fractions import Fraction
warnings.simplefilter("ignore")
random.seed(1)
for args in [('a',), ('5',), (1.5,), (float('inf'),), (float('nan'),), (Decimal('7'),), (Fraction(5, 2),), (Fraction(8, 2),), (3.0,), (1, 'x'), (1, 10, 2.0), (1, 10, 2.5), (None,), ([],)]:
    try:
        print(args, random.randrange(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
for args in [(1.0, 3.0), (1, 'x'), (1.5, 3)]:
    try:
        print(args, random.randint(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
