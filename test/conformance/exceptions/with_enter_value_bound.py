# the value __enter__ returns is bound by `as`, including tuple targets; without `as` it is dropped
class CM:
    def __init__(self, value):
        self.value = value
    def __enter__(self):
        print("enter", self.value)
        return self.value
    def __exit__(self, *args):
        print("exit", self.value)
        return False
with CM(42) as v:
    print("bound", v)
with CM((1, 2)) as (a, b):
    print("unpacked", a, b)
with CM("ignored"):
    print("no target")
class SelfCM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        pass
with SelfCM() as s:
    print("same object:", type(s).__name__)
d = {}
with CM("into subscript") as d["key"]:
    pass
print(d)
