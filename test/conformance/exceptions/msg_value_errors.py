# CPython's messages for ValueError: conversions, unpacking and range checks
cases = [
    lambda: int("x"), lambda: int(""), lambda: int("12", 2), lambda: int("0x1g", 16), lambda: int("5", 1),
    lambda: float("abc"), lambda: float(""), lambda: chr(-1), lambda: chr(0x110000), lambda: range(1, 2, 0),
    lambda: [1, 2].index(3), lambda: "a,b".split(""), lambda: (1, 2).index(9), lambda: list(range(3))[::0],
    lambda: int("1.5"), lambda: complex_free("z"),
]
def complex_free(s):
    return int(s, 36) + int(s, 37)
for case in cases:
    try:
        case()
        print("no error")
    except ValueError as e:
        print(type(e).__name__, e)
def unpack(seq, n):
    try:
        if n == 2:
            a, b = seq
        elif n == 3:
            a, b, c = seq
        else:
            a, *rest, b = seq
        print("unpacked", seq)
    except ValueError as e:
        print(type(e).__name__, e)
unpack([1, 2, 3], 2)
unpack("ab", 3)
unpack((1,), 1)
unpack(range(9), 2)
unpack(iter([1, 2, 3, 4]), 2)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
