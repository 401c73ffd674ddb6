# CPython's messages for subscripting, calling, iterating and hashing the wrong types
five, none, pair, one, s, empty = 5, None, (1, 2), [1], "s", {}
cases = [
    lambda: five[0], lambda: none[1], lambda: len[0], lambda: pair["a"], lambda: one[None], lambda: s[1.5],
    lambda: empty[[1]], lambda: five(), lambda: s(), lambda: none(), lambda: [x for x in five],
    lambda: list(None), lambda: iter(3.5), lambda: hash({}), lambda: hash(set()),
    lambda: len(5), lambda: len(None), lambda: abs("x"), lambda: sum(["a", "b"]),
    lambda: ",".join([1, 2]), lambda: "s".join("ab", "c"), lambda: int(None), lambda: float([]),
    lambda: isinstance(1, 2), lambda: range(1.5), lambda: chr("a"), lambda: ord("ab"),
]
for case in cases:
    try:
        case()
        print("no error")
    except TypeError as e:
        print(type(e).__name__, e)
def assign(target, key, value):
    try:
        target[key] = value
    except TypeError as e:
        print(type(e).__name__, e)
assign("abc", 0, "x")
assign((1, 2), 0, 3)
assign(5, 0, 1)
assign({}, [], 1)
try:
    del pair[0]
except TypeError as e:
    print(type(e).__name__, e)
