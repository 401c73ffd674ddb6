# TypeError messages for wrong calls
def f(a, b):
    return a + b
def g(a, b=1, *, c):
    return a
def h():
    return 0
num, text = 5, "abc"
calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, a=3),
    lambda: f(1, 2, z=3),
    lambda: g(1),
    lambda: g(1, 2, 3, c=4),
    lambda: h(1),
    lambda: h(x=1),
    lambda: num(),
    lambda: text(1),
]
for i, c in enumerate(calls):
    try:
        c()
        print(i, "no error")
    except TypeError as e:
        print(i, "TypeError:", e)
