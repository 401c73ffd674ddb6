# built-ins that consume generators (any, all, join, sum, list, tuple, sorted, extend): values, order of side effects, where they stop
import sys
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
def gen(*vals):
    for v in vals:
        print("yield", v if not isinstance(v, B) else "B")
        yield v
keep = []
def g(*vals):
    it = gen(*vals)
    keep.append(it)
    return it
def run():
    print(any(g(0, None, False, 0.0, B(False), 3, 4)))
    print(all(g(1, True, 2.5, B(True), "", 5)))
    print(any(g()), all(g()), any(g(None, 0)), all(g(1, True)))
    print("-".join(str(x) for x in range(4)), "".join(g("a", "b")))
    try:
        "".join(g("a", 1))
    except TypeError as e:
        print(e)
    it = g(0, 1, 2, 0)
    print(any(it), list(it))
    it = g(1, 2, 0, 3)
    print(all(it), next(it))
    print(sum(g(1, 2 ** 53, 1, 0.5, True)), sum(g(1, 2), 10), sum(g([1], [2]), []))
    print(sorted(g(3, 1, 2)), tuple(g(1, 2)), list(x * x for x in g(1, 2)))
    l = [0]
    l.extend(g(1, 2))
    print(l)
    for k in keep:
        k.close()
    keep.clear()
run()
sys.setprofile(lambda f, e, a: print("P", e, f.f_code.co_name) if e in ("call", "return") else None)
run()
sys.setprofile(None)
