# comprehension scoping: class body names, walrus binding the enclosing scope, its SyntaxErrors, the first iterable evaluated eagerly, late binding
class K:
    y = 10
    try:
        z = [y for _ in range(2)]
    except NameError as e:
        print("NameError", e)
    w = [i for i in range(y)]
    print(len(w))
    try:
        v = [j for j in range(3) for _ in range(y)]
    except NameError as e:
        print("inner iterable", e)
print([(n := i) for i in range(3)], n)
def f():
    [(m := k * 2) for k in range(4)]
    return m
print(f())
def g():
    total = 0
    vals = [total := total + x for x in [1, 2, 3]]
    return vals, total
print(g())
try:
    exec("[i := 0 for i in range(3)]")
except SyntaxError as e: print(e.msg)
try:
    exec("[x for x in (y := [1,2])]")
except SyntaxError as e: print(e.msg)
try:
    exec("class Q:\n [(z := 1) for _ in range(2)]\n")
except SyntaxError as e: print(e.msg)
def gen():
    print("making")
    return [1,2]
ge = (x for x in gen())
print("created")
print(list(ge))
try:
    ge2 = (x for x in 5)
except TypeError as e: print("eager", e)
ge3 = (x for x in [1] if undefined_name)
print("lazy ok")
try: list(ge3)
except NameError as e: print(e)
print([[i * j for j in range(3)] for i in range(3)])
print([(i, j) for i in range(3) for j in range(i)])
print({k: v for k, v in zip("abc", range(3))})
print({x % 3 for x in range(10)})
x = "outer"
print([x for x in "ab"], x)
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
print(list(lambda: (yield)  for _ in []))
