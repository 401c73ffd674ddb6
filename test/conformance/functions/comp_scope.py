# comprehensions run in their own scope: loop variables do not leak
x = "outer x"
result = [x for x in range(3)]
print(result, x)
y = 10
print([y + i for i in range(3)])
try:
    [z for z in range(2)]
    print(z)
except NameError as e:
    print("NameError:", e)
class K:
    factor = 3
    values = [v * 2 for v in range(3)]
    try:
        scaled = [v * factor for v in range(3)]
    except NameError as e:
        scaled = "NameError: " + str(e)
    first_iter_ok = [v for v in range(factor)]
print(K.values, K.scaled, K.first_iter_ok)
def f():
    n = 5
    return [n * i for i in range(3)], {i: n for i in range(2)}
print(f())
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
