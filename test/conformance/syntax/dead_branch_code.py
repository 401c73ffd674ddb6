# code in dead branches (defs, lambdas, classes, yield, comprehensions) compiles without running
def f():
    if 0:
        def g(): return 1
        x = lambda: 2
        class K: pass
        yield 5
    if 1:
        return "one"
    else:
        return "dead"
print(type(f()).__name__)
def h():
    while 0:
        break
        continue
    else:
        return "else"
print(h())
if 0:
    import nothing_here
print("ran")
def w():
    if False:
        return [i for i in range(3)]
    return 2
print(w(), w.__code__.co_name)
