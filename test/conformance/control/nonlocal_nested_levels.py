# nonlocal finds the nearest enclosing function that binds the name
def level1():
    x = "l1"
    y = "l1"
    def level2():
        x = "l2"
        def level3():
            nonlocal x, y
            x = "set x from l3"
            y = "set y from l3"
        level3()
        return x
    r = level2()
    return r, x, y
print(level1())
def gen_ids():
    n = 100
    def nxt():
        nonlocal n
        def bump():
            nonlocal n
            n += 1
        bump()
        bump()
        return n
    return nxt
g = gen_ids()
print(g(), g(), g())
