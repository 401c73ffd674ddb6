# which argument a built-in complains about first, and how it shows bad values
cases = [
    lambda: sum(3, b""), lambda: sum([b"a"], b""), lambda: sum(["a"], ""), lambda: "a".index(1.5, "abc"),
    lambda: (1,)[2 ** 63 - 1], lambda: (1,)[2 ** 63], lambda: [1][-(2 ** 63)], lambda: float(b""),
    lambda: float(b"x"), lambda: int(b"z"), lambda: "abc"[2 ** 70], lambda: range(3)[2 ** 64],
]
for case in cases:
    try:
        print("no error", case())
    except Exception as e:
        print(type(e).__name__, e)
