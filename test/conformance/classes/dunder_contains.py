# __contains__ implements `in`; otherwise `in` falls back to iteration
class EvenNumbers:
    def __contains__(self, x):
        print("contains called with", x)
        return isinstance(x, int) and x % 2 == 0
e = EvenNumbers()
print(4 in e, 5 in e, 7 not in e)
class Range3:
    def __iter__(self):
        print("iter called")
        return iter([1, 2, 3])
print(2 in Range3(), 9 in Range3())
class Truthy:
    def __contains__(self, x):
        return "non-empty"
print(1 in Truthy())
class NoContains:
    pass
try:
    1 in NoContains()
except TypeError as e:
    print("TypeError:", e)
