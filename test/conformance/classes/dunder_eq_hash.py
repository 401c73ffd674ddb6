# __eq__ and __hash__ control equality, dict keys and set membership
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f"Key({self.k})"
a, b, c = Key(1), Key(1), Key(2)
print(a == b, a != b, a == c, a is b, a == 1)
d = {a: "first"}
d[b] = "second"
d[c] = "third"
print(d, len(d))
s = {a, b, c}
print(len(s), Key(2) in s, Key(3) in s)
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__)
print(NoHash() == 5, [NoHash()] == [3])
