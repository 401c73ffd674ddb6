# A unit converter using exact Fractions, with a small parser and error handling.
from fractions import Fraction as F
import re

UNITS = {
    "length": {"m": F(1), "km": F(1000), "cm": F(1, 100), "mm": F(1, 1000), "in": F(254, 10000),
               "ft": F(3048, 10000), "yd": F(9144, 10000), "mi": F(1609344, 1000)},
    "mass": {"kg": F(1), "g": F(1, 1000), "lb": F(45359237, 100000000), "oz": F(45359237, 1600000000), "st": F(45359237 * 14, 100000000)},
    "volume": {"l": F(1), "ml": F(1, 1000), "gal": F(3785411784, 1000000000), "qt": F(946352946, 1000000000), "cup": F(2365882365, 10000000000)},
    "time": {"s": F(1), "min": F(60), "h": F(3600), "day": F(86400), "wk": F(604800)},
}
KIND = {u: k for k, table in UNITS.items() for u in table}


class ConversionError(ValueError):
    pass


def convert(amount, src, dst):
    if src not in KIND:
        raise ConversionError(f"unknown unit {src!r}")
    if dst not in KIND:
        raise ConversionError(f"unknown unit {dst!r}")
    if KIND[src] != KIND[dst]:
        raise ConversionError(f"cannot convert {KIND[src]} ({src}) to {KIND[dst]} ({dst})")
    return F(amount) * UNITS[KIND[src]][src] / UNITS[KIND[dst]][dst]


def temperature(value, src, dst):
    value = F(value)
    to_c = {"C": lambda v: v, "F": lambda v: (v - 32) * F(5, 9), "K": lambda v: v - F(27315, 100)}
    from_c = {"C": lambda v: v, "F": lambda v: v * F(9, 5) + 32, "K": lambda v: v + F(27315, 100)}
    return from_c[dst](to_c[src](value))


QUERY = re.compile(r"^\s*(?P<amt>[-+]?\d+(?:\.\d+)?(?:/\d+)?)\s*(?P<src>[a-zA-Z]+)\s+(?:to|in)\s+(?P<dst>[a-zA-Z]+)\s*$")


def answer(q):
    m = QUERY.match(q)
    if not m:
        raise ConversionError(f"cannot parse {q!r}")
    amt, src, dst = F(m["amt"]), m["src"], m["dst"]
    if src in "CFK" and dst in "CFK":
        r = temperature(amt, src, dst)
    else:
        r = convert(amt, src, dst)
    return r


queries = ["1 mi to km", "3 ft to in", "100 km in mi", "5 lb to kg", "1 st to lb", "2 gal to l", "1/3 cup to ml",
           "90 min to h", "1 wk to s", "100 C to F", "-40 F to C", "0 K to C", "98.6 F to C", "3 kg to m",
           "10 parsec to m", "ten m to cm", "2.5 km to mm"]
for q in queries:
    try:
        r = answer(q)
    except ConversionError as e:
        print(f"{q:<16} error: {e}")
        continue
    exact = f"{r.numerator}/{r.denominator}" if r.denominator != 1 else str(r.numerator)
    print(f"{q:<16} = {float(r):>14.6g}   exact {exact:<28} ~{r.limit_denominator(16)}")

print(F(1, 3) + F(1, 6), F(3, 4) * 8, F(5, 3) - 2, F(7, 2) / F(1, 4), -F(1, 2), abs(F(-3, 5)))
print(F("1.25"), F("3/12"), F(0.75), F(1e-3).limit_denominator(10000), F(2, 4) == F(1, 2), F(1, 3) < F(1, 2))
print(sum(F(1, n) for n in range(1, 11)), sum(F(1, 2 ** n) for n in range(1, 20)))
print(f"{float(F(22, 7)):.5f}", f"{float(F(355, 113)):.10f}", round(F(22, 7), 2), round(F(5, 2)), round(F(-5, 2)))
print(F(10, 4).as_integer_ratio(), F(-7, 3).__floor__(), F(-7, 3).__ceil__(), F(9, 4) ** 2, F(9, 4) ** F(1, 2))
print(sorted([F(1, 3), F(1, 4), 0.3, 1, F(2, 7)]), max(F(5, 9), 0.55), F(1, 10) + 0.1)
try:
    F(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    F("1/0")
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    F("one half")
except ValueError as e:
    print("ValueError:", e)
table = [(u, float(convert(1, u, "m"))) for u in sorted(UNITS["length"], key=lambda u: UNITS["length"][u])]
print(" | ".join(f"{u}={v:g}m" for u, v in table))
