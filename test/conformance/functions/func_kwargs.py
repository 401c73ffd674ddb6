# **kwargs collects extra keyword arguments into a dict in call order
def f(**kwargs):
    return kwargs
print(f(), f(a=1), f(z=1, a=2, m=3))
print(type(f()).__name__)
def g(a, **kw):
    return a, kw
print(g(1, b=2), g(a=1, c=3))
def h(x, *args, y=0, **kw):
    return x, args, y, kw
print(h(1, 2, 3, y=4, z=5, w=6))
def options(**opts):
    for key, value in opts.items():
        print(f"  {key} = {value!r}")
options(verbose=True, level=3, name="test")
def merged(**kw):
    kw["added"] = True
    return kw
d = {"x": 1}
print(merged(**d), d)
def takes_self(self, **kw):
    return self, kw
print(takes_self(1, other=2))
