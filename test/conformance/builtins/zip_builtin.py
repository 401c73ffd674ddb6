# zip() with several iterables, uneven lengths and unzipping
print(list(zip([1, 2, 3], "abc")))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])))
print(list(zip(range(3), range(10, 13), range(20, 23))))
pairs = [("a", 1), ("b", 2), ("c", 3)]
letters, numbers = zip(*pairs)
print(letters, numbers)
print(dict(zip("xyz", range(3))))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])
z = zip("ab", "cd")
print(next(z), list(z), list(z), type(z).__name__)
consumed = []
def gen():
    for i in range(5):
        consumed.append(i)
        yield i
print(list(zip(gen(), "ab")), consumed)
print(list(zip("abc", "de", strict=False)))
try:
    list(zip("abc", "de", strict=True))
except ValueError as e:
    print("ValueError:", e)
