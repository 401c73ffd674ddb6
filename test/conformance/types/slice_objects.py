# slice objects: repr, attributes, indices() and use as an index
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(None, 3), slice(1, None, -1))
data = list(range(20))
print(data[s], data[slice(3)], data[slice(-3, None)], data[slice(None, None, -5)])
print("abcdefgh"[slice(2, 6)], (0, 1, 2, 3)[slice(None, None, 2)])
print(s.indices(5), slice(None).indices(10), slice(None, None, -1).indices(10))
print(slice(-3, -1).indices(10), slice(0, 100, 3).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
print(type(s).__name__)
class Show:
    def __getitem__(self, k):
        return k
x = Show()
print(x[1:2], x[:], x[::3], x[1:2:3], x[::])
