def f(a: int, b: "str" = 1) -> list:
    pass
print(f.__annotations__)
def g(x): pass
print(g.__annotations__)
class C:
    x: int = 1
print(C.__annotations__)
