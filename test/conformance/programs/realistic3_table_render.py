# A text table renderer exercising format specs, nested specs and box drawing.
import math

ROWS = [
    ("Widget", 1234.5, 0.0725, 17, -3),
    ("Gadget deluxe", 99.999, 0.5, 1200000, 12),
    ("Ünïcödé", 0.000123, -0.031, 0, 0),
    ("x", -42.0, 1.0, 7, -99999),
]
HEAD = ("name", "price", "share", "units", "delta")


def render(rows, widths, specs, style="light"):
    box = {"light": "─│┌┬┐├┼┤└┴┘", "heavy": "━┃┏┳┓┣╋┫┗┻┛", "double": "═║╔╦╗╠╬╣╚╩╝"}[style]
    h, v, tl, tm, tr, ml, mm, mr, bl, bm, br = box
    line = lambda l, m, r: l + m.join(h * (w + 2) for w in widths) + r
    out = [line(tl, tm, tr)]
    out.append(v + v.join(f" {t:^{w}} " for t, w in zip(HEAD, widths)) + v)
    out.append(line(ml, mm, mr))
    for row in rows:
        cells = [f" {format(val, spec):{al}{w}} " for val, (spec, al), w in zip(row, specs, widths)]
        out.append(v + v.join(cells) + v)
    out.append(line(bl, bm, br))
    return "\n".join(out)


specs = [("", "<"), (",.2f", ">"), ("+.1%", ">"), ("_d", ">"), ("+d", ">")]
widths = [14, 10, 8, 10, 7]
print(render(ROWS, widths, specs))
print(render(ROWS[:2], widths, [("", "<"), (".3e", ">"), (".0%", "^"), (",", ">"), ("=+6", ">")], "double"))

for w, p in [(10, 2), (8, 4), (12, 0)]:
    print(f"[{math.pi:{w}.{p}f}] [{-math.e:<{w}.{p}f}] [{math.tau:^{w}.{p}e}] [{1/3:*>{w}.{p}g}]")
for v in (0, 1.5, -2.25, 1e16, 1.23456e-5, float("inf"), float("nan"), -0.0, 123456789.0):
    print(f"{v!r:>14} g={v:g} .3g={v:.3g} e={v:.2e} %={v:.1%} f={v:,.1f} n={v:n} G={v:G}")
for n in (0, 7, -255, 65535, 2**40, -(2**31)):
    print(f"{n:>16,} {n:#x} {n:#o} {n:#b} {n:_x} {n:+08d} {n:^+12} {n: d} {n:c}" if 0 <= n < 0x110000 else
          f"{n:>16,} {n:#x} {n:#o} {n:#b} {n:_x} {n:+08d} {n:^+12} {n: d}")
print(f"{'left':-<10}|{'right':=>10}|{'mid':.^11}|{'trunc':.3}|{'pad':>{2 * 3}}")
print("{0:>{1}}|{0:<{1}}|{2:{3}{4}{5}}".format("ab", 5, 3.14159, "0", ">", "10.3f"))
print("{:%Y-%m-%d}".format(__import__("datetime").date(2024, 1, 2)), "{!r:>8}".format("q"), "{0[1]}{1[k]}".format("xy", {"k": "!"}))
print("%-8s|%8.3f|%+05d|%x|%o|%e|%c|%%|%r|%5.1s|" % ("pct", 2.71828, 42, 255, 8, 12345.678, 65, "r", "xyz"))
print("%(name)s is %(age)03d" % {"name": "ann", "age": 7}, "%*d|%-*d|" % (5, 1, 4, 2), "%.*f" % (2, 1.005))
print("centre".center(16, "*"), "l".ljust(4, "."), "r".rjust(4, "."), "7".zfill(4), "-7".zfill(4), "+7".zfill(4))
print("tab\there".expandtabs(4), "a\tbb\tccc".expandtabs(), repr("x".center(4)))
for bad in ["{:d}".format, "{:,s}".format, "{:=s}".format]:
    try:
        bad(1.5) if bad is not None else None
    except ValueError as e:
        print("ValueError:", e)
try:
    "{:z}".format(3)
except ValueError as e:
    print("ValueError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    f"{'abc':>{'x'}}"
except ValueError as e:
    print("ValueError:", e)
print(format(1234567.891, ",.2f"), format(0.5, "%"), format(255, "08b"), format("s", "^5"), format(3, ""))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        sym = "$"
        if spec.endswith("E"):
            sym, spec = "€", spec[:-1]
        return f"{sym}{self.cents / 100:{spec or ',.2f'}}"


m = Money(123456789)
print(f"{m}|{m:.0f}|{m:,.1fE}|{m!s:.5}" if hasattr(m, "__str__") else "")
print(f"{3.0:.0f} {2.5:.0f} {0.125:.2f} {0.375:.2f} {1e-7:f} {1e22:f}")
print(f"{12345.6789:10.2f}|{-0.0:+.1f}|{1.0:#.0f}|{1.0:#g}|{100.0:.2g}")
