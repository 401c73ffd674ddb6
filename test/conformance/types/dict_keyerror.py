# KeyError messages use repr of the key
def lookup(d, key):
    try:
        return d[key]
    except KeyError as e:
        return "KeyError: " + str(e) + " args=" + repr(e.args)
d = {"a": 1, 2: "two", (1, 2): "tuple"}
print(lookup(d, "a"), lookup(d, "b"), lookup(d, 3))
print(lookup(d, (1, 2)), lookup(d, (3, 4)), lookup(d, ""))
print(lookup(d, None), lookup(d, 2.5), lookup(d, "it's"))
try:
    del d["nope"]
except KeyError as e:
    print("del KeyError:", e)
try:
    d[[1]]
except TypeError as e:
    print("TypeError:", e)
try:
    d[[1]] = 5
except TypeError as e:
    print("TypeError:", e)
print(repr(KeyError("x")), str(KeyError("x")), str(KeyError()), str(KeyError(1, 2)))
