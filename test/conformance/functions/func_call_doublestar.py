# unpacking mappings at the call site with **
def f(a, b=2, c=3):
    return a, b, c
print(f(**{"a": 1}))
print(f(**{"c": 30, "a": 10}))
print(f(1, **{"b": 20}))
print(f(**{"a": 1}, **{"b": 2}))
print(f(*[1], **{"c": 9}))
def kw(**kw):
    return kw
print(kw(**{"x": 1}, y=2, **{"z": 3}))
d = {"p": 1}
r = kw(**d)
r["q"] = 2
print(d, r, r is d)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, **{"a": 1})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{"zz": 1})
except TypeError as e:
    print("TypeError:", e)
