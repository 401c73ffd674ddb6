# result tables with f-strings: widths, alignment, fill characters, nested specs, grouping, !r/!s/!a, = specifier, format_map
import math
from datetime import date, timedelta

rows = [("Alpha", 1234.5, 3, True), ("beta-longname", -0.25, 12345, False), ("γάμμα", 1e6, -7, None), ("δ", math.pi, 0, True)]
w = max(len(r[0]) for r in rows)
print(f"{'name':<{w}} | {'value':>12} | {'n':^7} | flag")
print(f"{'':-<{w}}-+-{'':->12}-+-{'':-^7}-+-----")
for name, val, n, flag in rows:
    print(f"{name:<{w}} | {val:>12,.3f} | {n:^+7d} | {flag!s:5}")
print(f"{'total':>{w}} | {sum(r[1] for r in rows):>12.4e} | {sum(r[2] for r in rows):^7} |")
for fill, align in ("*<", "0>", "_^", "#="):
    print(f"[{42:{fill}{align}10}] [{-42:{fill}{align}10}]", end=" ")
print()
x, name, items = 3.14159, "Zoë", [1, "two", 3.0]
print(f"{x=}", f"{x = :.2f}", f"{name=!r}", f"{name!a}", f"{items!r:>25}", f"{len(items)=}", f"{x*2=:>10.3f}")
print(f"{'nested':{'>'}{12}}", f"{7:{'0'}{'>'}{5}}", f"{{literal}} {{{x:.1f}}}", f"{'%'}{'d'}", f"{3:{'b' if x > 3 else 'o'}}")
print("{:<6}|{:^6}|{:>6}".format("a", "b", "c"), "{0}{1}{0}".format("ab", "-"), "{name:*^9}".format(name="mid"), "{0[1]} {1[k]}".format([1, 2], {"k": "v"}))
print("{p.real} {p.imag}".format(p=3 + 4j), "{:.3}".format("abcdef"), "{:10.3}|".format("abcdef"), "{!r:>8}".format("q"), "%-5s|%5s|" % ("l", "r"))
print("{total:,} items, {pct:.1%} done".format_map({"total": 1234567, "pct": 0.4567}))
print(format(1234567.891, ","), format(1234567, "_x"), format(0.000123, ".2e"), format(123, "=+8"), format("s", "^5"), format(True, ">6"), format(1.0, ""))
start = date(2024, 2, 27)
for i in range(4):
    d = start + timedelta(days=i)
    print(f"{d:%Y-%m-%d %a} {d.isoformat()} {d.strftime('%j %U')} {d:%d/%m}", end="; ")
print()
table = [[i * j for j in range(1, 11)] for i in range(1, 11)]
width = len(str(table[-1][-1])) + 1
print("    " + "".join(f"{j:>{width}}" for j in range(1, 11)))
for i, row in enumerate(table, 1):
    print(f"{i:>3} " + "".join(f"{v:>{width}}" for v in row))
for n in range(6):
    row = [math.comb(n, k) for k in range(n + 1)]
    print(" ".join(map(str, row)).center(30, "."))
print(str(123).rjust(6, "0"), "abc".ljust(6, "*") + "|", "x".center(4), "x".center(5, "-"), "-42".zfill(6), "+7".zfill(4), "".zfill(3))
try:
    f"{'abc':d}"
except ValueError as e:
    print("ValueError:", e)
try:
    format(3.5, "x")
except ValueError as e:
    print("ValueError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{:,s}".format("x")
except ValueError as e:
    print("ValueError:", e)
