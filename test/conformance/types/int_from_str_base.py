# int() from strings in various bases, with whitespace, signs and underscores
print(int("42"), int("-17"), int("  +8  "), int("0"), int("007"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("1010", 2), int("0b1010", 0))
print(int("z", 36), int("Zz", 36), int("10", 36), int("12", 3))
print(int("1_000_000"), int("0x_ff", 0), int("-0b11", 0))
print(int("123456789012345678901234567890"))
print(int("\t9\n"), int(" -0 "))
for bad in ("", "1.5", "abc", "0x10", "1__0", "_1", " ", "12a"):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("010", 0)
except ValueError as e:
    print("ValueError:", e)
