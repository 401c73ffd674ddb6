# Natives called with fixed argument counts (the loop's no-array entries) behave as the generic
# calls: results, errors, subclasses with overridden methods, bound and unbound method forms.
import sys


def attempt(f, *args):
    try:
        r = f(*args)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)


class S(str):
    def lower(self):
        return "overridden " + str.lower(self)


class T(str):
    pass


s = S("ABC")
t = T("XyZ")
print(s.lower(), s.upper(), t.lower(), type(t.lower()).__name__, t.strip("X"), t.split("y"))
print(str.lower("AbC"), "a b  c".split(), "a,b,,c".split(","), "a,b,c".split(",", 1), "a b c".rsplit(None, 1))
print(" x ".strip(), "xxaxx".strip("x"), "  y".lstrip(), "y  ".rstrip(), "-".join(["a", "b"]), "".join(T("ab")))
attempt(str.lower, 5)
attempt(str.strip, "a", 5)
attempt("a".split, 5)
attempt("a".split, "")
attempt("-".join, [1, 2])
attempt("-".join, 5)
attempt("abc".startswith, 5)
print("abc".startswith("ab"), "abc".endswith(("x", "c")), "abc".startswith(T("a")), "abc".find("c"), "abc".rfind("q"))
attempt("abc".index, "q")
print("aXbXc".replace("X", "-"), "abc".count("b"), "aaa".count(""))
attempt("abc".replace, 1, "x")
up = "abc".upper
print(up(), up.__name__, [m() for m in ("q".isdigit, "1".isdigit, "Ab".istitle)])

# builtins
class L:
    def __len__(self):
        return 3

    def __repr__(self):
        return "L()"

    def __str__(self):
        return "str of L"


print(len("héllo"), len("\U0001F600x" * 3), len([1, 2]), len(L()), len({1: 2}))
attempt(len, 5)
print(repr(L()), str(L()), str(5), str(T("q")), type(str(T("q"))).__name__, int("12"), int(3.9), int(True), float("1.5"), float(2))
attempt(int, "x")
attempt(float, "y")
attempt(int, [])
print(type(5).__name__, type(s).__name__, list("ab"), list(range(3)), tuple([1, 2]))
tt = (1, 2)
print(tuple(tt) is tt, list(tt) is tt)
print(abs(-3), abs(-2.5), abs(True), min(3, 1), max(3, 1), min([4, 2, 8]), max("abc"), min(1, 1.0), max(1.0, 1))
attempt(min, 1, "a")
attempt(abs, "x")
attempt(max, [])
print(sum([1, 2, 3]), sum([1.5, 2]), sum([[1], [2]], []), sum(range(5), 10))
attempt(sum, ["a"], "")
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
attempt(next, it)
attempt(next, 5)
print(ord("a"), ord("\U0001F600"), chr(97), chr(0x1F600) == "\U0001F600")
attempt(ord, "ab")
attempt(chr, -1)
print(isinstance(s, str), isinstance(5, (str, int)), sorted([3, 1, 2]), sorted("bca"), any([0, 1]), all([1, 0]))
attempt(isinstance, 5, 5)


class O:
    x = 1


print(getattr(O(), "x"), getattr(O(), "y", "dflt"), hasattr(O(), "x"), hasattr(O(), "y"), callable(O), callable(5))
attempt(getattr, O(), "y")
attempt(getattr, O(), 5)
print(hash(5) == hash(5.0), id(O) == id(O))

# list / dict / set methods
l = [3, 1, 2]
l.append(4)
l.insert(0, 9)
l.extend((7, 8))
print(l, l.pop(), l.pop(0), l.count(1), l.copy(), l.index(2))
l.remove(1)
l.reverse()
print(l)
l.sort()
print(l)
attempt(l.remove, 99)
attempt([].pop)
attempt(l.pop, 99)
attempt(l.insert, "x", 1)
list.append(l, 5)
print(l)
attempt(list.append, (), 1)


class MyList(list):
    def append(self, x):
        super().append(x * 10)


ml = MyList()
ml.append(1)
print(ml)
d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 0), d.setdefault("c", 3), d.setdefault("a", 9), d.pop("c"), d.pop("z", None))
print(list(d.keys()), list(d.values()), list(d.items()))
attempt(d.pop, "zz")
attempt(d.get, [])
st = {1}
st.add(2)
st.discard(1)
st.discard(5)
print(st)
attempt(st.add, [])


class D(dict):
    def get(self, k, default=None):
        return "D.get"


print(D(a=1).get("a"))

# The hook sees the built-in calls (the generic path).
events = []
sys.setprofile(lambda frame, ev, arg: events.append((ev, getattr(arg, "__name__", None))) if ev.startswith("c_") else None)
len("x")
"A".lower()
[].append(1)
sys.setprofile(None)
print(events)

# Subscripts and `in` reach built-in __getitem__/__contains__ through the same entries.
text = "a\U0001F600b\u00e9"
print([c for c in text], text[1], text[-1], text[1:3], text[::-1], "xyz"[5:], len(text))
attempt(lambda: "abc"[5:][0])
abc = "abc"
attempt(lambda: abc["x"])
lst = list(range(10))
print(lst[2:5], lst[::3], lst[-2:], (1, 2, 3)[1:], (1, 2, 3)[::-1], range(10)[2:8:2])
attempt(lambda: (1, 2)[7])
attempt(lambda: lst["a"])


class G(list):
    def __getitem__(self, i):
        return ("G", i)


class H2(tuple):
    pass


print(G([1])[0], G([1])[0:1], H2((1, 2, 3))[1:], type(H2((1, 2))[:]).__name__, T("hey")[1:], type(T("hey")[1:]).__name__)
print(2 in {1, 2}, 3 in frozenset([1]), "b" in "abc", [1] in [[1]])
attempt(lambda: [] in {1})
