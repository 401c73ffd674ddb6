# sorted()/list.sort()/min()/max() with a key that raises, and incomparable items
def key(x):
    if x == "bad":
        raise ValueError("cannot key " + repr(x))
    return len(x)
words = ["ccc", "a", "bb"]
print(sorted(words, key=key))
try:
    sorted(["x", "bad", "yy"], key=key)
except ValueError as e:
    print("sorted:", e)
data = ["zz", "bad", "y"]
try:
    data.sort(key=key)
except ValueError as e:
    print("list.sort:", e, "| list now", data)
try:
    max(["a", "bad"], key=key)
except ValueError as e:
    print("max:", e)
try:
    min([3, 1, 2], key=lambda v: 10 // (v - 1))
except ZeroDivisionError as e:
    print("min:", e)
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    [1, None].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, "2")
except TypeError as e:
    print("TypeError:", e)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
print(sorted([(1, "b"), (1, "a")], key=lambda p: p[1], reverse=True))
