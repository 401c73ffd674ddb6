# reversed() over sequences, ranges, dicts and user classes
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")))
print(list(reversed(range(5))), list(reversed(range(0, 10, 3))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
print("".join(reversed("stressed")))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
class Countdown:
    def __reversed__(self):
        return iter([1, 2, 3])
print(list(reversed(Countdown())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "xyz"[i]
print(list(reversed(Seq())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(x for x in [1])
except TypeError as e:
    print("TypeError:", e)
