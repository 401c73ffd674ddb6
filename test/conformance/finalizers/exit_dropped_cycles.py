# At exit, CPython's last collection finalises the cycles the program dropped (objects with
# __del__ in them or reached from them), oldest first; an object that went without a cycle was
# finalised when it went (not shown here: tpy cannot run __del__ then) and is not again
class Node:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)

def make_pair(tag):
    a = Node(tag + "a"); b = Node(tag + "b")
    a.other = b; b.other = a
    b.leaf = Node(tag + "leaf")

for t in ["p", "q"]:
    make_pair(t)
n = Node("self"); n.me = n
del n
keep = Node("kept")
print("end")
