# simple parameter and return annotations do not change behaviour
def add(a: int, b: int = 2) -> int:
    return a + b
print(add(1), add(1, 5))
print(add("x", "y"))
def greet(name: str, *args: str, loud: bool = False, **kw: int) -> str:
    s = "hello " + name
    if loud:
        s = s.upper()
    return s + str(args) + str(kw)
print(greet("ann"))
print(greet("bob", "x", loud=True, n=1))
def nothing() -> None:
    pass
print(nothing())
def scale(values: list, factor: float = 2.0) -> list:
    return [v * factor for v in values]
print(scale([1, 2]))
