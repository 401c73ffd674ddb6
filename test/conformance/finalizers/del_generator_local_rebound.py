class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def holder():
    keep = D("local")
    yield 1
    keep = None
    print("set none")
    yield 2

g = holder()
print(next(g))
for v in g:
    print("got", v)
    if v == 2:
        break
print("after gen")
