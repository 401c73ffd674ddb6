# CPython's messages for operators applied to unsupported types
cases = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + (2,), lambda: 1 - "a", lambda: "a" * "b",
    lambda: [1] * 2.0, lambda: 1 / "x", lambda: 5 // None, lambda: {} % 2, lambda: 2 ** "x",
    lambda: -"a", lambda: ~1.5, lambda: +[1], lambda: 1 < "a", lambda: [1] >= 3, lambda: None > None,
    lambda: 1 & 2.0, lambda: "a" << 1, lambda: {1: 2} + {3: 4}, lambda: {1} + {2}, lambda: None + 1,
    lambda: 1 in 5, lambda: "a" in [1] + "b",
]
for case in cases:
    try:
        case()
        print("no error")
    except TypeError as e:
        print(type(e).__name__, e)
x = 1
try:
    x += "s"
except TypeError as e:
    print(type(e).__name__, e)
t = "abc"
try:
    t -= 1
except TypeError as e:
    print(type(e).__name__, e)
