# exceptions raised while handling another get __context__; chains can be walked
def step(n):
    try:
        if n == 0:
            raise ValueError("level 0")
        step(n - 1)
    except Exception as e:
        raise KeyError("level %d" % (n + 1))
try:
    step(3)
except KeyError as e:
    cur = e
    while cur is not None:
        print(type(cur).__name__, cur.args[0], cur.__suppress_context__)
        cur = cur.__context__
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError:
            pass
        raise RuntimeError("c")
except RuntimeError as c:
    print("context of c:", repr(c.__context__))
try:
    try:
        raise ValueError("same")
    except ValueError as v:
        raise v
except ValueError as v2:
    print("re-raising itself sets no context:", v2.__context__)
