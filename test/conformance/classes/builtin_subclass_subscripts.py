# Subscripts, item assignment, deletion and `in` on subclasses of dict and list that do not
# override those methods (their built-in methods' fixed-arity entries), and the errors.
class D(dict):
    pass


class M(dict):
    def __missing__(self, key):
        return f"missing {key!r}"


class L(list):
    pass


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


d = D(a=1)
d["b"] = 2
d[(1, 2)] = 3
print(sorted(d.items(), key=repr), d["a"], d[(1, 2)], "a" in d, "z" in d, (1, 2) in d)
del d["a"]
print(d)
attempt("missing key", lambda: d["nope"])
attempt("del missing", lambda: d.__delitem__("nope"))
attempt("unhashable get", lambda: d[[1]])
attempt("unhashable set", lambda: d.__setitem__([1], 2))
attempt("unhashable in", lambda: [1] in d)
attempt("getitem no args", lambda: d.__getitem__())
attempt("setitem one arg", lambda: d.__setitem__("k"))
attempt("delitem two args", lambda: d.__delitem__("a", "b"))
attempt("contains kw", lambda: d.__contains__(key="a"))
m = M(x=1)
print(m["x"], m["y"], "y" in m, m.get("y"))
for i in range(300):  # through compiled loops too
    d[i % 7] = d.get(i % 7, 0) + i
    m[i % 3] = m[i % 3] + "!" if i > 2 else "start"
print(sorted((k, v) for k, v in d.items() if isinstance(k, int)), m[0][:12], len(m[1]))
l = L([0, 1, 2, 3, 4])
l[0] = "a"
l[-1] = "e"
l[1:3] = ["x", "y", "z"]
l[::2] = [7, 8, 9]
print(l, type(l).__name__)
attempt("index out of range", lambda: l.__setitem__(10, 0))
attempt("bad index type", lambda: l.__setitem__("1", 0))
attempt("extended slice size", lambda: l.__setitem__(slice(None, None, 2), [1]))
for i in range(300):
    l[i % len(l)] = i
print(l)
del l[0]
del l[-1:]
print(l, 3 in l, 299 in l)
