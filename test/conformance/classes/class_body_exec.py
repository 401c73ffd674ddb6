# a class body runs once at definition time; its names become class attributes
print("before class")
class Config:
    print("inside class body")
    debug = False
    level = 1 + 2
    names = [n.upper() for n in ("a", "b")]
    if level > 2:
        mode = "high"
    else:
        mode = "low"
    for i in range(3):
        last = i
    def method(self):
        return self.level
    print("end of class body, level =", level)
print("after class")
print(Config.debug, Config.level, Config.names, Config.mode, Config.last, Config.i)
print(Config().method())
def make_class(v):
    class Inner:
        value = v
        def get(self):
            return self.value
    return Inner
A = make_class(1)
B = make_class(2)
print(A().get(), B().get(), A is B, A.__name__)
