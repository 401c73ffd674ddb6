# center, ljust, rjust and zfill with widths and fill characters
s = "abc"
for w in (0, 2, 3, 6, 7, 10):
    print(repr(s.center(w)), repr(s.ljust(w)), repr(s.rjust(w)))
print(s.center(9, "*"), s.ljust(6, "-"), s.rjust(6, "0"))
print("ab".center(5, "."), "ab".center(6, "."), "abc".center(6, "."), "abc".center(8, "."))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "12345".zfill(3))
print("-".zfill(3), "".zfill(3), "3.14".zfill(8), "-0.5".zfill(6))
for name, score in [("ann", 9), ("bartholomew", 100), ("cy", 42)]:
    print(name.ljust(8) + "|" + str(score).rjust(5) + "|")
try:
    s.center(10, "ab")
except TypeError as e:
    print("TypeError:", e)
