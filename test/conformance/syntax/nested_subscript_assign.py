# assignment and deletion through nested subscripts and attributes
m = [[0] * 3 for _ in range(3)]
for i in range(3):
    m[i][i] = 1
    m[i][2 - i] += 2
print(m)
d = {"a": {"b": [1, 2, {"c": 0}]}}
d["a"]["b"][2]["c"] = "deep"
d["a"]["b"][0] += 10
print(d)
del d["a"]["b"][1]
print(d)
class Node:
    def __init__(self):
        self.children = []
        self.meta = {}
root = Node()
root.children.append(Node())
root.children[0].meta["x"] = 1
root.children[0].meta["x"] += 1
print(root.children[0].meta)
t = ([1, 2], [3])
t[0][0] = 100
t[1].append(4)
print(t)
try:
    t[0] += [5]
except TypeError as e:
    print("TypeError:", e)
print(t)
