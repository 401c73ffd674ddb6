# Int keys are their own map keys; equal keys of other types (True, 1.0, user classes hashing
# like the int) still find them, keep the first key object, and keep insertion order.
class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v, other)
        return self.v == other

    def __repr__(self):
        return f"H({self.v})"


d = {}
d[True] = "t"
d[1] = "one"
d[2.0] = "two"
d[2] = "TWO"
print(d, d[1], d[True], d.get(2), 1 in d, 3 in d)
d[H(5)] = "h5"
print(d.get(5), 5 in d, d[5])
d[5] = "five"
print(d)
print(d.pop(5), d)
d[6] = 6
d[H(6)] = "h6"
print(d)
e = {H(7): "seven"}
print(e.get(7), 7 in e, e.get(8))
big = {2**60: "big", -(2**63): "neg"}
print(big[2**60], big.get(2**60 + 0.0), (-(2**63)) in big, big.get(2**53 + 1))
f = {}
for i in range(20):
    f[i % 7] = i
print(f, list(f))
del f[3]
f[3] = "back"
print(list(f.items()))
print({0: 1}.get(-0.0), {0.0: "f"}.get(0), {False: "b"}.get(0))


class I(int):
    def __eq__(self, other):
        return False

    def __hash__(self):
        return int.__hash__(self)


g = {I(3): "i3"}
print(g.get(3), 3 in g)
g[3] = "plain"
print(len(g), g.get(3))
