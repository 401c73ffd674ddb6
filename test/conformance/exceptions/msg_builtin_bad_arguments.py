# a sampler of built-in functions and methods given bad arguments: exception type and message
F = 1.5
cases = [
    lambda: b"a".find(1.5, "x"), lambda: b"a".count(1.5, "x"), lambda: "a".count(1.5, "x"),
    lambda: "a".startswith(1.5, "x"), lambda: b"a".index("s", None, "x"), lambda: [1].index(1, "x"),
    lambda: (1,).index(2, 0, "y"), lambda: "a".rfind(2, 1.5), lambda: sum(None), lambda: sum([], "x"),
    lambda: sum(5, 5), lambda: float(bytearray(b"1x")), lambda: float(" "), lambda: float("1_"),
    lambda: int(bytearray(b"z")), lambda: int(b"1", 1), lambda: sum([1, "a"]), lambda: sum([[1]], []),
    lambda: max(), lambda: max(1), lambda: min([]), lambda: max([], default=3),
    lambda: max(1, 2, key=None, default=1), lambda: divmod(1, "x"), lambda: pow(2, 3, 0), lambda: pow(2, -1, 5),
    lambda: round("x"), lambda: abs("x"), lambda: len(5), lambda: hash([]), lambda: chr(-1), lambda: chr("a"),
    lambda: ord("ab"), lambda: ord(""), lambda: isinstance(1, 1), lambda: issubclass(1, int),
    lambda: getattr(1, 2), lambda: setattr(1, "x", 2), lambda: iter(5), lambda: next([]), lambda: sorted(5),
    lambda: sorted([1, "a"]), lambda: list(5), lambda: dict(5), lambda: dict([1]), lambda: dict([(1, 2, 3)]),
    lambda: set(5), lambda: tuple(5), lambda: range(1.5), lambda: range(1, 2, 0), lambda: enumerate(5),
    lambda: zip(5), lambda: "x".join([1]), lambda: " ".join(5), lambda: format(1, "q"), lambda: "{}".format(),
    lambda: "{0}{}".format(1, 2), lambda: "%d" % "x", lambda: "%s %s" % (1,), lambda: "%s" % (1, 2),
    lambda: int("1", 37), lambda: int(1, 2), lambda: bin(1.5), lambda: hex("x"), lambda: round(1.5, "x"),
    lambda: [].pop(), lambda: {}.popitem(), lambda: [1].remove(2), lambda: {}.pop(1), lambda: set().pop(),
    lambda: "abc".split(""), lambda: "a".replace(1, 2), lambda: "a".center(1.5), lambda: "a".center(3, "ab"),
    lambda: "abc"[F], lambda: [1][F], lambda: {}[[]], lambda: {[]: 1}, lambda: {[]}, lambda: frozenset([[]]),
    lambda: "abc".encode("nope"), lambda: b"\xff".decode(), lambda: bytes(-1), lambda: bytes("x"),
    lambda: bytes([256]), lambda: bytearray([1.5]), lambda: str(b"x", "nope"), lambda: callable(), lambda: vars(1),
    lambda: print(sep=1), lambda: open(), lambda: list.append(1, 2), lambda: object.__new__(5),
    lambda: type("X", 1, {}), lambda: super(1, 2),
]
for f in cases:
    try:
        print("no error", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
