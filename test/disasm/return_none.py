def a():
    pass
def b():
    return
def c(x):
    if x:
        return 1
    else:
        return 2
def d(x):
    return x if x else None
