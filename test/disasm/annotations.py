x: int = 1
y: list
z.attr: int
w[0]: int
class C:
    a: int = 2
    b: str
def f():
    local: int = 3
    other: int
