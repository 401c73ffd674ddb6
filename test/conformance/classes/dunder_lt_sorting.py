# __lt__ drives sorted/min/max; reflected comparisons use the other operand's method
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __lt__(self, other):
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "0.9.9", "1.2.1", "1.2"]]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(min(vs), max(vs))
a, b = Version("1.0"), Version("2.0")
print(a < b, b < a, b > a, a > b)
try:
    print(a <= b)
except TypeError as e:
    print("TypeError:", e)
vs.sort()
print(vs, vs[1] == vs[2], vs[1] is vs[2])
