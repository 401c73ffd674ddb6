# unpacking iterables at the call site with *
def f(a, b, c):
    return f"a={a} b={b} c={c}"
args = [1, 2, 3]
print(f(*args))
print(f(*"xyz"))
print(f(1, *(2, 3)))
print(f(*[1], *[2], 3))
print(f(*range(3)))
def g(*args):
    return args
print(g(*[1, 2], 3, *(4,), *"ab"))
print(g(*[]), g(*{}), g(*{"k": 1, "j": 2}))
def gen():
    yield 10
    yield 20
print(g(*gen(), 30))
try:
    f(*[1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    f(*[1, 2, 3, 4])
except TypeError as e:
    print("TypeError:", e)
try:
    g(*5)
except TypeError as e:
    print("TypeError:", e)
