# Exit order of list copies and concatenations, services built from nested constructor
# arguments with a cache filled later, objects of with statements, and exceptions kept in a
# list (each made after its argument, so the argument comes after the rest)
class A:
    def __init__(self, v): self.v = v
    def __del__(self): print("A", self.v)

class Db:
    def __init__(self): self.rows = []
    def __del__(self): print("db")

class Repo:
    def __init__(self, db): self.db = db
    def __del__(self): print("repo")

class Svc:
    def __init__(self, repo, name): self.repo = repo; self.name = name; self.cache = {}
    def get(self, k):
        if k not in self.cache: self.cache[k] = A(100 + k)
        return self.cache[k]
    def __del__(self): print("svc", self.name)

class R:
    def __init__(self, n): self.n = n
    def __enter__(self): return self
    def __exit__(self, *a): print("exit", self.n)
    def __del__(self): print("R", self.n)

base = [A(1), A(2)]
copy = list(base)
ext = []
ext.extend([A(3), A(4)])
ins = [A(5)]
ins.insert(0, A(6))
cat = base + [A(7)]
rev = list(reversed([A(8), A(9)]))
svc = Svc(Repo(Db()), "main")
svc.get(2); svc.get(1)
other = Svc(svc.repo, "other")
with R(1) as r1:
    inner = R(2)
results = []
for i in range(3, 5):
    with R(i) as r:
        results.append(r)
errors = []
for i in range(2):
    try:
        raise ValueError(R(10 + i))
    except ValueError as e:
        errors.append(e)
print("end")
