# *iterable after **mapping in a call: the error marks the arguments before the star
def f(*a, **k):
    return a, k
print(f(1, **{"x": 2}, *[3]))
