# Number formatting: Roman numerals, English words, ordinals, bases, human-readable sizes, durations.
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = [(10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand")]
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
         (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"roman numerals cover 1..3999, not {n}")
    out = []
    for v, s in ROMAN:
        q, n = divmod(n, v)
        out.append(s * q)
    return "".join(out)


def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = vals[a]
        total += -v if b != " " and vals[b] > v else v
    if to_roman(total) != s:
        raise ValueError(f"{s!r} is not canonical (did you mean {to_roman(total)!r}?)")
    return total


def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + (" and " + words(r) if r else "")
    for value, name in SCALES:
        if n >= value:
            q, r = divmod(n, value)
            sep = ", " if r >= 100 else " and " if r else ""
            return words(q) + " " + name + (sep + words(r) if r else "")
    raise AssertionError(n)


def ordinal(n):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def human_size(n, binary=True):
    base = 1024 if binary else 1000
    units = ["B", "KiB", "MiB", "GiB", "TiB"] if binary else ["B", "kB", "MB", "GB", "TB"]
    size = float(n)
    for u in units:
        if abs(size) < base or u == units[-1]:
            return f"{size:.0f} {u}" if u == "B" else f"{size:.1f} {u}"
        size /= base


def duration(seconds):
    parts = []
    for name, span in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        q, seconds = divmod(seconds, span)
        if q:
            parts.append(f"{q:g}{name}")
    return " ".join(parts) or "0s"


def to_base(n, b, digits="0123456789abcdefghijklmnopqrstuvwxyz"):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))


for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
    r = to_roman(n)
    print(f"{n:>5} {r:<12} {from_roman(r):>5} {words(n)}")
for bad in (0, 4000, -1):
    try:
        to_roman(bad)
    except ValueError as e:
        print("ValueError:", e)
for s in ("IIII", "VX", "MCMXCIV", "IC"):
    try:
        print(s, from_roman(s))
    except ValueError as e:
        print("ValueError:", e)
for n in (0, 13, 21, 100, 101, 999, 1000, 1001, 12345, 1000000, 7000123, -45, 2**31, 10**12 + 1):
    print(f"{n:>14,}: {words(n)}")
print([ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 1003)])
for n in (0, 1, 1023, 1024, 1536, 10**6, 2**30, 5 * 2**40, 2**60):
    print(f"{n:>22} {human_size(n):>12} {human_size(n, False):>10}")
print([duration(s) for s in (0, 59, 61, 3600, 3661, 86399, 90061, 1.5, 7 * 86400 + 0.25)])
for n in (0, 255, -255, 2**64, 36**5 - 1):
    print(n, to_base(n, 2)[:20], to_base(n, 16), to_base(n, 36), int(to_base(n, 36), 36) == n, format(n, "x") == to_base(n, 16))
print(f"{1234567.891:,.2f}", f"{1234567:_}", f"{0.000123:.2e}", f"{-1234.5:>12,.1f}", f"{42:#010b}", f"{3.5:08.3f}")
