# without __eq__/__hash__, instances compare by identity and are hashable
class Plain:
    def __init__(self, v):
        self.v = v
a = Plain(1)
b = Plain(1)
print(a == a, a == b, a != b, a is a)
d = {a: "a", b: "b"}
print(len(d), d[a], d[b])
s = {a, b, a}
print(len(s), a in s, Plain(1) in s)
print(hash(a) == hash(a))
print([a, b].index(b), [a, b].count(a), b in [a])
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
