# Exit order of dicts' values: CPython tracks a dict made empty only when it first holds an
# object, so a dict filled after it was made puts its first value after the others; a display
# puts its values after everything, in order; dict comprehensions, setdefault, dict()
early = {}
class A:
    def __init__(self, v): self.v = v
    def __del__(self): print("A", self.v)

d = {}
for i in range(3):
    d[i] = A(i)
comp = {i: A(i) for i in range(10, 13)}
disp = {'x': [A(20), A(21)], 'y': A(22)}
groups = {}
for i in range(30, 36):
    groups.setdefault(i % 3, []).append(A(i))
for i in range(40, 42):
    early[i] = A(i)
objs = [A(50), A(51)]
zipped = dict(zip(["a", "b"], objs))
kw = dict(x=A(60), y=A(61))
print("end")
