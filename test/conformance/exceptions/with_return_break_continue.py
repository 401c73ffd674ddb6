# return, break and continue inside a with block call __exit__ with (None, None, None)
class CM:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print("enter", self.tag)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.tag, t, v, tb)
def f():
    with CM("return"):
        return "value"
    print("never")
print(f())
for i in range(3):
    with CM("loop %d" % i):
        if i == 0:
            continue
        if i == 1:
            break
print("after loop")
def g():
    for i in range(2):
        with CM("outer %d" % i):
            with CM("inner %d" % i):
                if i == 1:
                    return i
print("g ->", g())
