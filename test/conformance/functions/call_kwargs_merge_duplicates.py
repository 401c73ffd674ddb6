# several ** in one call merge keys of any type first: a repeated key is 'got multiple values' (named by its str), a non-str key 'keywords must be strings'
def f(**kw): return kw
for src in ["f(**{1: 3}, **{1: 5})", "f(**{1: 3})", "f(**{'a': 1}, **{1: 2})", "f(**{1: 2}, **{'a': 1})", "f(a=1, **{1: 2})", "f(**{(1,): 3}, **{(1,): 5})", "f(**{'x': 1}, x=2)", "f(*(), **{1.5: 0}, **{1.5: 1})", "print(**{1: 2})", "dict(**{1: 2})", "f(**{'a': 1}, **{'a': 1})", "int(**{'x': 1}, **{'x': 2})", "(lambda **k: k)(**{b'x': 1}, **{b'x': 1})"]:
    try: print(eval(src))
    except TypeError as e: print(src, "|", e)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return True
    def __repr__(self): return f"K({self.v})"
try: f(**{K(1): 1}, **{K(2): 2})
except TypeError as e: print(e)
class BadKeys:
    def keys(self): return [1]
    def __getitem__(self, k): return k
try: f(**BadKeys())
except TypeError as e: print(e)
try: f(**{"a": 1}, **BadKeys())
except TypeError as e: print(e)
def hot():
    n = 0
    for i in range(3000):
        try: f(**{i % 3: 1}, **{i % 3: 2})
        except TypeError as e: n += len(str(e))
        n += len(f(a=i, **{'b': 1}, **{'c': 2}))
    print(n)
hot()
