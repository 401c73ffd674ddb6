# nonlocal rebinds a variable of the enclosing function scope
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def outer():
    x = 1
    def change():
        nonlocal x
        x = 2
    print("before", x)
    change()
    print("after", x)
outer()
def accumulate():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total
    add(5)
    add(10)
    return total, items
print(accumulate())
