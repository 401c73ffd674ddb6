# truth values used by if: numbers, containers, None, user objects
class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class WithBool:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        return self.b
class Plain:
    pass
cases = [0, 1, -0.0, 0.1, "", " ", [], [[]], (), {}, {"": ""}, set(), frozenset([0]),
         None, range(0), range(3), WithLen(0), WithLen(2), WithBool(False), WithBool(True), Plain()]
for i, c in enumerate(cases):
    if c:
        print(i, "true")
    else:
        print(i, "false")
n = 0
while WithLen(3 - n):
    n += 1
print("stopped at", n)
