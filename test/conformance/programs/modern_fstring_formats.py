# f-strings (nested, =, !r/!s/!a, nested specs, dates), format_map, %-formatting edge cases
import datetime
from decimal import Decimal
from fractions import Fraction

name, width, prec, value = "café", 12, 3, 3.14159265
items = {"apples": 3, "kiwis": 12}
print(f"{name=}, {width = }, {value=:.2f}, {name!r:>10}, {name!a}, {name!s:*^9}")
print(f"{value:{width}.{prec}f}|{value:<{width}}|{value:^{width}.{prec - 1}e}|{'x':{'>' if width > 5 else '<'}{width}}")
print(f"{items['apples']:03d} {len(items)=} {items!r} {[k for k in items]}")
print(f"{{literal}} {{{name}}} {3 + 4 = } {value * 2 =:.1f}")
print(f"{1234567.891:,.2f} {1234567:_} {0.000123:.2e} {1e20:g} {1e-5:g} {123456789:e} {0.5:%} {1/3:.1%}")
print(f"{255:#x} {255:#o} {255:#b} {255:08b} {-42:+d} {42: d} {42:=+8d} {3.0:g} {3.5:#g} {1e6:.3g}")
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|{'pad':_<8}|{'trunc':.3}|{'both':>8.2}")
print(f"{-0.0:g} {float('inf'):f} {float('nan'):F} {-1e-10:.3f} {2.675:.2f} {0.125:.2f} {0.375:.2f}")
print(f"{12345.6789:n} {True:d} {True} {None!r} {b'A'!r} {'tab'!a:>6}")
d = datetime.date(2024, 2, 29)
dt = datetime.datetime(2023, 12, 31, 23, 59, 7, 12345)
print(f"{d:%Y/%m/%d} {d:%A %d %B %Y} {dt:%H:%M:%S.%f} {dt:%j %U %a %b %y %I%p} {d!r} {dt}")
print(f"{dt.isoformat()} {d.isoformat()} {dt + datetime.timedelta(seconds=53)} {d - datetime.date(2024, 1, 1)}")
print(f"{datetime.timedelta(days=1, hours=3, microseconds=5)} {datetime.timedelta(-1)} {datetime.time(7, 5):%H:%M}")
print(f"{Decimal('1.2345'):.2f} {Decimal('-0'):f} {Decimal('1e5'):,} {Fraction(3, 4)} {Fraction(1, 3) + 1}")
print(f"{'nested {braces}'} {'a' 'b'} {'quote' if False else 'plain'}")
nested = {"user": {"name": "ann", "tags": ["a", "b"]}}
print(f"{nested['user']['name'].title()} {nested['user']['tags'][-1]!r} {len(nested['user']['tags']):>3}")
print("{0} {1} {0}".format("a", "b"), "{x:>{w}}".format(x=5, w=4), "{:{}{}}".format(3.14159, ".", "3"))
print("{0[0]} {0[1]} {1.real} {2[k]}".format([7, 8], 3 + 4j, {"k": "v"}), "{!r:>8}".format("s"))


class Default(dict):
    def __missing__(self, key):
        return f"<{key}?>"


print("Hello {name}, you are {age} ({city})".format_map(Default(name="ann", age=30)))
print("%s is %d years and %.1f%% done %r %5s|%-5s| %x %X %o %e %c %c" % ("bob", 42.9, 99.5, "q", "ab", "cd", 255, 255, 8, 12345.678, 65, "z"))
print("%(name)s has %(n)03d items %(n)s" % {"name": "ann", "n": 7}, "%5.2f|%-8.3s|%+d|% d" % (3.14159, "abcdef", 5, 5))
print("%s" % (1, ), "%s" % [1, 2], "%r" % ((1, 2),), "%%" % (), "%.0f %.0f %.0f" % (0.5, 1.5, 2.5), "%*d|%-*d" % (5, 1, 4, 2))
print("%#x %#o %i %u %g %G %.3g" % (255, 8, 3, 4, 1e-7, 1e20, 1234.5678))
for bad in [lambda: "%d" % "x", lambda: "%s %s" % ("a",), lambda: "%s" % ("a", "b"), lambda: "%(k)s" % 5,
            lambda: "%z" % 1, lambda: "{0} {}".format(1, 2), lambda: "{:d}".format("s"), lambda: f"{3.5:d}",
            lambda: "{".format(), lambda: "{x}".format(), lambda: "%c" % 1234567, lambda: format(5, "s"),
            lambda: "{0:>>>}".format(1), lambda: "%(a)s %s" % {"a": 1}, lambda: "{!x}".format(1)]:
    try:
        print(bad())
    except (TypeError, ValueError, KeyError, IndexError, OverflowError) as e:
        print(f"{type(e).__name__}: {e}")
print(format(1234.5, ",.1f"), format("s", "^5"), format(10, "x"), format(0.1, ".20f"), format(1e300 * 10, ""))
print(repr(f"{'tab':\t>6}") if False else "", f"{'x'!r:^7}", f"{3:{'0'}{5}}", f"{'ab':{'*'}^{6}}")
print(str(1.0), repr(1e16), repr(1.1e-5), str(123456789012345678.0), 0.1 + 0.2, round(2.5), round(3.5), round(-0.5))
print(f"{3+4j:.1f} {complex(1, -1)} {1j ** 2} {abs(3 + 4j)}")
