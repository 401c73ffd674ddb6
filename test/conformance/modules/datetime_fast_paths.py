# The constructors' and the arithmetic's fast paths (plain ints, no microsecond totals) give
# what the full argument parsing and the exact arithmetic give, errors included.
from datetime import date, datetime, timedelta, timezone, tzinfo
import random

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

class MyInt(int):
    pass

# Constructors: valid plain ints, then every check the slow path makes.
show(date, 2024, 2, 29)
show(date, 2023, 2, 29)
show(date, 2000, 2, 29)
show(date, 1900, 2, 29)
show(date, 0, 1, 1)
show(date, 10000, 1, 1)
show(date, 2024, 13, 1)
show(date, 2024, 4, 31)
show(date, True, 1, 1)
show(date, MyInt(5), 1, 1)
show(date, 2024.0, 1, 1)
show(date, 2024, 1, 1, 1)
show(datetime, 2024, 1, 1)
show(datetime, 2024, 1, 1, 23, 59, 59, 999999)
show(datetime, 2024, 1, 1, 24)
show(datetime, 2024, 1, 1, 0, 60)
show(datetime, 2024, 1, 1, 0, 0, 60)
show(datetime, 2024, 1, 1, 0, 0, 0, 1000000)
show(datetime, 2024, 1, 1, 0, 0, 0, -1)
show(datetime, 2024, 1, 1, 1, 2, 3, 4, None)
show(datetime, 2024, 1, 1, 1, 2, 3, 4, timezone.utc)
show(datetime, 2024, 1, 1, 1, 2, 3, 4, 'utc')
show(datetime, 2024, 1, 1, 1, 2, 3, 4, None, 1)
show(datetime, 2024, 1, 1, 1, 2, 3, 4, None, fold=1)
show(datetime, 2024, 1, 1, False)
show(datetime, 2 ** 40, 1, 1)
show(datetime, 2024, 1)

# timedelta from ints of every unit, mixed signs, and the limits.
show(timedelta, 1, 3600)
show(timedelta, weeks=2, days=-3, hours=25, minutes=-61, seconds=3601, milliseconds=-1500, microseconds=2500001)
show(timedelta, -1, -1, -1)
show(timedelta, microseconds=-1)
show(timedelta, 999999999, 86399, 999999)
show(timedelta, 999999999, 86400)
show(timedelta, -999999999)
show(timedelta, -999999999, -1)
show(timedelta, 2 ** 31)
show(timedelta, seconds=2 ** 70)
show(timedelta, True, False)
show(timedelta, 1.5, 0.25)
print(timedelta.max + timedelta(0), timedelta.min - timedelta(0), -timedelta(999999999))
show(lambda: -timedelta.max)
show(lambda: timedelta.max + timedelta(microseconds=1))
show(lambda: timedelta.min - timedelta(microseconds=1))
show(lambda: -timedelta.min)
a = timedelta(3, 5, 7)
b = timedelta(-1, 86399, 999999)
print(a + b, a - b, b - a, -a, -b, a + b == timedelta(microseconds=a._us() + b._us()) if hasattr(a, '_us') else True)

# datetime +/- timedelta and datetime - datetime.
d = datetime(2024, 3, 5, 14, 7, 9, 123456)
for td in [timedelta(1, 3600), timedelta(-1), timedelta(microseconds=-123457), timedelta(0, 86399, 999999),
           timedelta(days=-738950), timedelta(days=2916000), timedelta(weeks=-1, seconds=-1)]:
    show(lambda: d + td)
    show(lambda: d - td)
    show(lambda: td + d)
show(lambda: datetime.max + timedelta(microseconds=1))
show(lambda: datetime.min - timedelta(microseconds=1))
show(lambda: datetime.max - datetime.min)
show(lambda: datetime.min - datetime.max)
show(lambda: d - datetime(2024, 3, 5, 14, 7, 9, 123457))
show(lambda: datetime(2024, 1, 1, tzinfo=timezone.utc) - datetime(2024, 1, 1, 5, tzinfo=timezone(timedelta(hours=5))))
show(lambda: datetime(2024, 1, 1, tzinfo=timezone.utc) - datetime(2024, 1, 1))
tz2 = timezone(timedelta(hours=2))
show(lambda: datetime(2024, 1, 1, 3, tzinfo=tz2) - datetime(2023, 12, 31, 23, tzinfo=tz2))
show(lambda: datetime(2024, 1, 1, 3, tzinfo=tz2) + timedelta(hours=-4))
print(date(2024, 3, 1) - timedelta(1), date(2024, 3, 1) + timedelta(hours=47), date(2024, 3, 1) - date(2023, 3, 1))

# Subclasses: arithmetic builds the result through the subclass's constructor.
class Stamp(datetime):
    def __new__(cls, *args, **kw):
        print('Stamp.__new__', args[:3])
        return super().__new__(cls, *args, **kw)
s = Stamp(2024, 1, 31, 12)
r = s + timedelta(days=1)
print(type(r).__name__, r, type(s - timedelta(hours=13)).__name__, type(s - s).__name__)
class Span(timedelta):
    pass
print(type(Span(1)).__name__, type(Span(1) + Span(1)).__name__, type(-Span(1)).__name__)

# fromtimestamp rounds a float's fraction to microseconds half to even, as CPython does.
rng = random.Random(7)
stamps = [0.0, 0.5e-6, 1.5e-6, 2.5e-6, -0.5e-6, -1.5e-6, 1.9999995, -1.9999995, 1e-7, -1e-7,
          1700000000.0000005, 1700000000.0000015, 1700000000.9999995, -86400.0000005, 1234567.890123456]
stamps += [rng.uniform(-2e9, 4e9) for _ in range(40)]
stamps += [rng.randrange(-10 ** 9, 10 ** 9) + rng.randrange(0, 2000001) / 2e6 for _ in range(40)]
for t in stamps:
    u = datetime.utcfromtimestamp(t)
    z = datetime.fromtimestamp(t, timezone.utc)
    print(repr(t), u, z.microsecond == u.microsecond and z.replace(tzinfo=None) == u)
show(datetime.utcfromtimestamp, 1e20)
show(datetime.utcfromtimestamp, float('nan'))
show(datetime.utcfromtimestamp, float('inf'))
show(datetime.utcfromtimestamp, -1e13)
show(datetime.utcfromtimestamp, 253402300800.0)
show(datetime.utcfromtimestamp, 253402300799.9999995)
show(datetime.utcfromtimestamp, 'x')
show(datetime.utcfromtimestamp, 10)

for t in [2**63, 2**63-1, -2**63, 1e17, -1e17, 1e15, -6.2e10, -62135596800, -62135596801, 253402300799, 253402300800, 9.3e18, -9.3e18]:
    for f in (datetime.utcfromtimestamp, lambda t: datetime.fromtimestamp(t, timezone.utc)):
        try: print(repr(f(t)))
        except Exception as e: print(type(e).__name__, e)

# A subclass's constructor gets the eight arguments CPython passes (tzinfo too), from
# fromtimestamp and from arithmetic alike.
class Seven(datetime):
    def __new__(cls, y, mo, d, h=0, mi=0, s=0, us=0):
        print('Seven', y, mo, d, h, mi, s, us)
        return datetime.__new__(cls, y, mo, d, h, mi, s, us)
class Eight(datetime):
    def __new__(cls, *args):
        print('Eight', len(args), args[7:])
        return datetime.__new__(cls, *args)
for make in [lambda c: c.fromtimestamp(86400 * 365), lambda c: c.utcfromtimestamp(0),
             lambda c: c.fromtimestamp(0, timezone.utc), lambda c: c.now(),
             lambda c: datetime.__new__(c, 2024, 1, 1) + timedelta(1)]:
    for cls in (Seven, Eight):
        try:
            print(type(make(cls)).__name__)
        except TypeError as e:
            print(type(e).__name__, e)
