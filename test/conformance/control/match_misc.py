# Errors raised by a subject's get() or a class's __match_args__, unhashable keys, generators, class bodies, globals.
import traceback
class C:
    L = []
def t(fn):
    try:
        print(fn())
    except Exception:
        traceback.print_exc()
def unhashable():
    match {1: 2}:
        case {C.L: 1}:
            return "no"
t(unhashable)
class G(dict):
    def get(self, k, d=None):
        raise KeyError("from get")
def bad_get():
    match G(a=1):
        case {"a": 1}:
            return "no"
t(bad_get)
class Meta(type):
    @property
    def __match_args__(cls):
        raise RuntimeError("match args broke")
class M(metaclass=Meta):
    pass
def bad_args():
    match M():
        case M(1):
            return "no"
t(bad_args)
def gen(items):
    for it in items:
        match it:
            case [x, y] if (yield x):
                print("sent truthy for", x, y)
            case _:
                yield "default"
g = gen([[1, 2], [3, 4], 5])
print(next(g)); print(g.send(1)); print(g.send(0))
class K:
    match 3:
        case 3 as three:
            pass
print(K.three)
def glob():
    global gl
    match 9:
        case gl:
            pass
glob(); print(gl)
match True:
    case int(v):
        print("bool is an int", v)
match 1:
    case float():
        print("no")
    case _:
        print("int is no float")
