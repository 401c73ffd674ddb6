# several closures created in one call share the same cell
def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get1, set1 = make_pair()
get2, set2 = make_pair()
set1(42)
print(get1(), get2())
set2("other")
print(get1(), get2())
def outer():
    x = 1
    f = lambda: x
    x = 2
    g = lambda: x
    x = 3
    return f(), g()
print(outer())
def cell_param(a):
    def show():
        return a
    a = a * 10
    return show
print(cell_param(4)())
