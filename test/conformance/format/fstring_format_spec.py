# f-strings with format specs: width, alignment, precision, grouping, bases
x = 3.14159265
n = 1234567
s = "mid"
print(f"[{x:>8.3f}] [{x:<8.2f}] [{x:^9.1f}] [{x:08.3f}]")
print(f"[{n:,}] [{n:_}] [{n:>12,}] [{-n:,}]")
print(f"[{5:08b}] [{255:08b}] [{255:#x}] [{255:X}] [{8:o}]")
print(f"[{s:^10}] [{s:*^10}] [{s:<6}] [{s:>6}]")
print(f"[{0.5:.0%}] [{0.123:.1%}] [{12345.678:e}] [{12345.678:.2e}]")
print(f"[{42:+d}] [{-42:+d}] [{42: d}] [{42:5d}] [{42:<5d}]")
print(f"[{1/3:.5}] [{2/3:.3g}] [{1e20:g}] [{100:.2f}]")
print(f"[{True:>6}] [{None!s:>6}] [{'x'!r:>5}]")
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 4.0, 1)]
for name, price, qty in rows:
    print(f"{name:<12}|{price:>7.2f}|{qty:>4d}|{price * qty:>8.2f}")
print(f"{'total':<12}|{sum(p * q for _, p, q in rows):>20.2f}")
