# the public names of the decimal module and of Decimal (no stray imports such as math or namedtuple)
import decimal
print(sorted(n for n in dir(decimal) if not n.startswith("_")))
print(sorted(n for n in dir(decimal.Decimal) if not n.startswith("_")))
print(decimal.DecimalTuple(0, (1,), 0), decimal.Decimal("1.5").as_tuple())
