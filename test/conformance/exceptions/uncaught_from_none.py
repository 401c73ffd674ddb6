# raise ... from None: only the last traceback is printed
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise AttributeError("no attribute " + k) from None
print(lookup({"a": 1}, "a"))
lookup({}, "b")
