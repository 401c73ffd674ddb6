# lambda expressions: arguments, defaults, closures, immediate calls
square = lambda x: x * x
print(square(7), (lambda: "no args")(), (lambda a, b=10: a + b)(5))
print((lambda *a, **k: (a, k))(1, 2, x=3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(8))))
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print(square.__name__)
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print(ops["add"](3, 4), ops["mul"](3, 4))
print((lambda x: (lambda y: x + y))(1)(2))
cond = lambda x: "big" if x > 10 else "small"
print(cond(5), cond(50))
