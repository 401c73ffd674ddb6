# min() and max() with iterables, multiple args, key and default
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max((4, 5)), min("hello"), max("hello"))
print(max([1, 5, 3], key=lambda x: -x), min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len))
print(max([], default="empty"), min([], default=None), max([7], default=0))
print(max(["aa", "bb", "cc"], key=len), min(["aa", "bb", "cc"], key=len))
print(max(1, 2.0), max(2.0, 2), min(1, True), max(False, 0))
print(max({3: "a", 5: "b"}), min({"x": 1}.values()), max(range(10)))
print(max([(1, "b"), (1, "a"), (0, "z")]), min(x * x for x in range(-3, 3)))
print(max(-1, -2, key=abs), min("b", "A", "c", key=str.lower))
for call in (lambda: max([]), lambda: min(()), lambda: max(1), lambda: min(1, "a")):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
