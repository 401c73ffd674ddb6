# formatted tables: the format spec mini-language over many values, %-formatting, str.format, f-strings, Template
rows = [("Widget", 1234.5, 3, 0.125), ("Gadget-XL", -0.004, 12000, 1.0), ("Ünïcode", 1e10, -7, 0.33333)]
print(f"{'Name':<10}|{'Price':>12}|{'Qty':^7}|{'Pct':>8}")
print("-" * 10 + "+" + "-" * 12 + "+" + "-" * 7 + "+" + "-" * 8)
for n, p, q, pct in rows:
    print(f"{n:<10.9}|{p:>12,.2f}|{q:^+7d}|{pct:>8.1%}")
for spec in ["", "10", "<10", "^10", "=+10", "010", "+", " ", "#x", "#o", "#b", "#X", "_", ",", "_x", "08.3f", "e", ".3e", "g", ".3g", "#g", "%", ".0%", "n", "c", "E", "G", "-^15,.3f", "*>+12.4e", "x<#10x"]:
    vals = []
    for v in (255, -3.5, 1234567.891, 0.00001234, 1e22, 0, -0.0, float("inf"), float("nan"), True):
        try:
            vals.append(format(v, spec))
        except (ValueError, TypeError) as e:
            vals.append(f"<{type(e).__name__}: {e}>")
    print(repr(spec), vals)
print(format(1 + 2j), format(1.5 - 2j, ".2f"), format(3j, "^12"), format(complex(1e20, -1e-5), "g"), f"{1+1j:>+10.1e}")
print("%5d|%-5d|%05d|%+d|% d|%x|%#X|%o|%e|%.3g|%10.4f|%-8s|%r|%c|%%|%5.1s|" % (42, 42, 42, 42, 42, 255, 255, 8, 1234.5, 0.000123456, 3.14159, "hi", "q", 65, "xyz"))
print("%(name)s is %(age)03d, %(name)r" % {"name": "Ann", "age": 7}, "%s %s" % ("a", ("t",)), "%s" % [1, 2], "%.2s%%" % "abc")
print("%*d|%-*.*f|" % (6, 42, 9, 2, 3.14159), "%i %u" % (3.9, -2), "%a" % "é", "%c" % "x", "%g %g %g" % (1e-5, 123456789, 0.0001))
print("{0}{1}{0}".format("ab", "-"), "{:{}{}}".format(3.14159, ">", 10), "{a[0]}{b.real}".format(a="xyz", b=3 + 4j), "{!r:>8}{!s:<5}|{!a}".format("x", 1, "ñ"))
print("{0:{fill}{align}{width}.{prec}f}".format(2.71828, fill="*", align="^", width=12, prec=3), "{{}} {}".format(1), "{:%Y-%m}".format(__import__("datetime").date(2024, 5, 1)))
print("{0[a]} {0[1]}".format({"a": 1, 1: "one"}), "{.__class__.__name__}".format(3), "{:,}".format(10**20), "{:_b}".format(1000))
class Money:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        if spec.endswith("$"):
            return f"${self.c / 100:{spec[:-1]},.2f}"
        return format(self.c, spec)
    def __str__(self): return f"M{self.c}"
    def __repr__(self): return f"Money({self.c})"
m = Money(123456)
print(f"{m:>15$}|{m}|{m!r}|{m!s:>8}|{m:x}", "{:10$}".format(m), format(m, ""))
w = 12; p = 3
print(f"{3.14159:{w}.{p}f}|{'ok':{'<' if w > 10 else '>'}{w}}|{w!r:>{p}}|{[1,2]!s:^10}|{'a' 'b'}|{w=}|{w = :5}|{p*2=!r}")
print(f"{{literal}} {w:#06x} {-w:06d} {w:e} {'%'}", f"{'nested {braces}'}", f"{dict(a=1)['a']}", f"""{"multi"
}""")
from string import Template
t = Template("$who likes ${what}s, costs $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"), Template("$a $b").safe_substitute({"a": 1}))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
print("{name:>{w}}".format_map({"name": "zed", "w": 6}), "x".center(9, "*"), "abc".ljust(6, ".") + "|", "42".zfill(6), "-42".zfill(6), "+4".zfill(4))
print(str.format("{}", None), "{:>5}".format(None) if False else "", "%s|%5s|%-5s|" % (None, True, None))
for bad in ["{:d}", "{:,s}", "{:=s}", "{0:x}", "{:.2d}", "{:#s}", "{"]:
    for v in (1.5, "s"):
        try:
            print(repr(bad), repr(v), repr(bad.format(v)))
        except (ValueError, TypeError, IndexError) as e:
            print(repr(bad), repr(v), type(e).__name__, e)
for bad in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%(a)s", (1,)), ("%z", 1), ("%c", 1234567), ("%c", "ab"), ("%.*f", (1,))]:
    try:
        print(bad[0] % bad[1])
    except (ValueError, TypeError, KeyError, OverflowError) as e:
        print(bad, type(e).__name__, e)
print("%-+8.3e|%#o|%#x|%x" % (-12345.678, 0, 0, -255), "%.0f %.0f %.0f" % (0.5, 1.5, 2.5), "%r" % 1e16, "%s" % 1e16, "%d" % 1e16)
print(f"{1e16}", f"{1e15:.0f}", f"{123.456:.0e}", f"{0.1:.20f}", f"{2**0.5:.17g}", f"{1/3!r}", f"{12345.6789:10.2n}", f"{-0.0:+.1f}", f"{0.000005:.5f}")
print(f"{12:n}", f"{1234567:n}", f"{True:d}", f"{True}", f"{True:>6}", f"{3:.2f}", f"{3:%}", f"{10**50:e}", f"{2**64:_x}")
try:
    f"{2**64:,x}"
except ValueError as e:
    print("ValueError:", e)
