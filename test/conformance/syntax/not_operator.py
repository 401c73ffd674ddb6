# `not` on different truthy and falsy values
values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (None,), {}, {0: 0}, None, True, False, range(0), range(1), b"", b"\x00"]
for v in values:
    print(repr(v), not v, not not v, bool(v))
print(not None == 0, (not None) == 0)
print(not 1 in [1], not (1 in [1]))
class Falsy:
    def __bool__(self):
        return False
print(not Falsy(), bool(Falsy()))
