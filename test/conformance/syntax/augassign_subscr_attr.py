# augmented assignment on subscripts and attributes evaluates the target once
d = {"a": 1}
d["a"] += 10
d.setdefault("b", 0)
d["b"] -= 1
print(d)
lst = [1, 2, 3]
lst[0] *= 5
lst[-1] **= 2
print(lst)
calls = []
def idx(i):
    calls.append(i)
    return i
lst[idx(1)] += 100
print(lst, calls)
class Box:
    pass
box = Box()
box.v = 1
box.v += 41
print(box.v)
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
grid[0][1] -= 2
print(grid)
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
