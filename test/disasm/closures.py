def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    def reader():
        return x
    return inner, reader
def counter():
    count = 0
    return lambda: count
def glob():
    global G
    G = 1
    del G
    return G
