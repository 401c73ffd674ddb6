def f(a, b=1, *args, c, d=2, **kw):
    """Docstring."""
    return a, b, args, c, d, kw
def g(x, y=[], z=(1, 2)):
    pass
def h(*, k):
    return k
def annotated(a: int, *b: str, c: float = 1.0, **d: dict) -> list:
    pass
