"""A file-system tree model, then links whose hand-written __repr__ follows a cycle: ends in RecursionError."""
from dataclasses import dataclass, field
from pathlib import PurePosixPath


@dataclass
class Node:
    name: str
    size: int = 0
    children: list = field(default_factory=list)
    parent: "Node | None" = field(default=None, repr=False)

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child

    @property
    def path(self):
        parts = []
        node = self
        while node:
            parts.append(node.name)
            node = node.parent
        return PurePosixPath("/", *reversed(parts[:-1]))

    def total(self):
        return self.size + sum(c.total() for c in self.children)

    def walk(self, depth=0):
        yield depth, self
        for c in sorted(self.children, key=lambda n: (not n.children, n.name)):
            yield from c.walk(depth + 1)

    def find(self, pred):
        return [n for _, n in self.walk() if pred(n)]


root = Node("")
etc = root.add(Node("etc"))
etc.add(Node("hosts", 120))
etc.add(Node("passwd", 2400))
home = root.add(Node("home"))
ann = home.add(Node("ann"))
ann.add(Node("notes.txt", 5300))
ann.add(Node("photo.jpg", 2_500_000))
proj = ann.add(Node("proj"))
for i in range(3):
    proj.add(Node(f"mod{i}.py", 1000 * (i + 1)))

for depth, n in root.walk():
    label = n.name or "/"
    kind = "dir " if n.children else "file"
    print(f"{'  ' * depth}{label:<12} {kind} {n.total():>10,d}  {n.path}")
big = root.find(lambda n: not n.children and n.size > 2000)
print([str(n.path) for n in big])
print(Node("leaf", 3))
print(sorted((n.total(), n.name) for n in root.find(lambda n: n.children))[-2:])


class Link:
    def __init__(self, name, target=None):
        self.name = name
        self.target = target

    def __repr__(self):
        return f"Link({self.name!r} -> {self.target!r})"


a = Link("a")
b = Link("b", a)
print(b)
a.target = b
print(len(str(root.find(lambda n: n.name == "hosts"))))
print(a)
