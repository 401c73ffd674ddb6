# instance __dict__ reflects attribute assignment order and deletion
class Rec:
    kind = "record"
    def __init__(self, a, b):
        self.a = a
        self.b = b
r = Rec(1, 2)
print(r.__dict__)
r.c = 3
r.a = 10
print(r.__dict__)
del r.b
print(r.__dict__)
r.__dict__["d"] = 4
print(r.d, vars(r))
print("kind" in r.__dict__, r.kind)
class Empty:
    pass
print(Empty().__dict__)
