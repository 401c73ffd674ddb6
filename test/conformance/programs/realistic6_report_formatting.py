"""A sales report exercising every formatting path: format specs, format_map, %, f-string =, !r/!a/!s."""
from collections import defaultdict
from datetime import date
from decimal import Decimal


class Defaulting(dict):
    def __missing__(self, key):
        return f"<{key}?>"


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        sym, _, rest = spec.partition(":")
        text = f"{self.cents / 100:,.2f}"
        return f"{sym or '$'}{text:>{rest or 0}}" if rest else f"{sym or '$'}{text}"

    def __str__(self):
        return format(self, "")

    def __repr__(self):
        return f"Money({self.cents})"


class Rep:
    def __init__(self, name, region):
        self.name = name
        self.region = region
        self.sales = []


reps = [Rep("Zoë", "north"), Rep("Li", "south"), Rep("Ömer", "north"), Rep("Ana-María", "east")]
sales = [(0, 125050), (1, 99900), (2, 310000), (0, 4599), (3, 100), (1, 250000), (2, 1), (3, 777777)]
for who, cents in sales:
    reps[who].sales.append(Money(cents))

print("{:=^60}".format(" Q1 SALES "))
print("{0:<12}|{1:^8}|{2:>10}|{3:>14}".format("rep", "region", "count", "total"))
for r in sorted(reps, key=lambda r: -sum(m.cents for m in r.sales)):
    total = Money(sum(m.cents for m in r.sales))
    print("{r.name:<12}|{r.region:^8}|{n:>10d}|{t:€:14}".format(r=r, n=len(r.sales), t=total))
print("=" * 60)
by_region = defaultdict(int)
for r in reps:
    by_region[r.region] += sum(m.cents for m in r.sales)
grand = sum(by_region.values())
for region, cents in sorted(by_region.items()):
    share = cents / grand
    print("%-6s %12s %6.1f%% %s" % (region, Money(cents), share * 100, "*" * round(share * 40)))
print("%(n)d reps, %(avg).3f avg sales, top=%(top)r" % {"n": len(reps), "avg": len(sales) / len(reps), "top": reps[2].name})
print("{0[0]}-{0[2]} {1[north]:>5} {2.year}/{2.month:02}".format("abc", {"north": "N"}, date(2024, 3, 1)))
print("Dear {name}, you owe {amount} by {due}".format_map(Defaulting(name="Li", amount=Money(1999))))
x, y, items = 7, 2.5, ["a", "é"]
print(f"{x=}, {y = :.2f}, {items=!a}, {x * y=:>8}, {items[1]!r:>6}, {'nested {}'.format(x)!s}")
width, prec = 12, 3
print(f"[{3.14159265:{width}.{prec}f}] [{'left':<{width}}] [{-42:^{width}d}] [{255:#{width}x}] [{0.000123:{width}.2e}]")
print(f"{1234567.891:,.2f} {1234567:_d} {0.25:.0%} {1/3:.4g} {1e20:.3g} {123.0:g} {1e-5:g} {float('inf'):>6} {-0.0:+.1f}")
print(f"{42:c} {ord('A'):08b} {-17:o} {'txt':.2s} {True:d} {Decimal('3.14159'):.3} {Decimal('1e-10'):f} {2**70:e}")
print("%5.2s|%-5d|%05.1f|%+.2e|%c|%c|%%|%r|%a" % ("abc", 42, 3.14159, -1234.5, "z", 65, "q", "ü"))
print(b"%s:%05d:%x:%b" % (b"id", 42, 255, b"raw"), "%s" % (1, ) , "%s %s" % ("a", [1]), "%.3s" % "abcdef")
print(format(1234.5, "08.1f"), format(-1234.5, "=+10,.1f"), format("x", "*>5"), format(3, "+"), format(10, "n"), format(0.1, ".17f"))
print("{!r:>10}|{!s:<6}|{:d}".format("hi", None, 12), "{}{{literal}}{}".format(1, 2), "{:{}{}}".format(5, ">", 4))
for bad in ("{:d}".format, "{0} {}".format, "{:,s}".format, "{:.2f}".format):
    try:
        print(bad("s"))
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    print("%d items" % "five")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s and %s" % ("one",))
except TypeError as e:
    print("TypeError:", e)
print(str.format("{a}{b}", **{"a": 1, "b": 2}), "{:>{w}}".format("r", w=4), "{0:{fill}^9}".format("mid", fill="~"))
print(repr(Money(5)), str(Money(123456)), f"{Money(99):£:10}|", "|".join(f"{m}" for m in reps[0].sales))
