# sorted() with key, reverse and different iterables; original is untouched
data = [5, 2, 9, 1, 5, 6]
s = sorted(data)
print(s, data, s is data)
print(sorted(data, reverse=True))
print(sorted("Hello World"))
print(sorted("Hello World", key=str.lower))
print(sorted({"b": 2, "a": 1, "c": 0}))
print(sorted({"b": 2, "a": 1, "c": 0}.items(), key=lambda kv: kv[1]))
print(sorted((3, 1, 2)), sorted(range(5, 0, -1)), sorted(x % 3 for x in range(7)))
print(sorted(["x10", "x9", "x100"]), sorted(["x10", "x9", "x100"], key=lambda s: int(s[1:])))
print(sorted([[3, 1], [1, 2], [1, 1]]), sorted([-1, 3, -2], key=abs, reverse=True))
print(sorted([]), sorted([0.5, -1, 3, True]))
try:
    sorted([1, None])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, 1], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
