# caret lines under traceback source lines (PEP 657): both printers (traceback module, excepthook)
import sys
import traceback


FOLDER = __file__.rsplit("/", 1)[0] + "/"


def show(fn):
    try:
        fn()
    except Exception:
        print(traceback.format_exc().replace(FOLDER, ""), end="")
        sys.excepthook(*sys.exc_info())


class Obj:
    def __init__(self):
        self.a = 1
        self.none = None

    def meth(self, x, k=0):
        return 1 / x

    def chain(self):
        return self


def boom(x=0):
    return 1 / x


o = Obj()
d = {"k": 1}
l = [1, 2, 3]
s = "abc"
n = None


def binop_plain():
    return 1 + s


def binop_floor():
    x = 10 // (o.a - 1)
    return x


def binop_paren():
    return (s) + 1


def binop_tight():
    return s+1


def binop_wide():
    return s   *   s


def binop_nested():
    return 1 + 2 * s


def binop_with_call():
    return boom() + 1


def binop_comment():
    y = l[0] + s  # adds
    return y


def subscript_key():
    return d["missing"]


def subscript_spaces():
    return d [ "missing" ]


def subscript_slice():
    return o.a[1:2]


def subscript_tuple():
    return d[1, 2]


def subscript_nested():
    return d["k"]["x"]


def subscript_index():
    print(l[10], l[0])


def attr_missing():
    return o.missing


def attr_chain():
    return o.none.x


def method_missing():
    return o.nomethod(1)


def method_raises():
    return o.meth(0)


def method_keyword():
    return o.meth(0, k=2)


def method_chain_lines():
    return (o
            .chain()
            .meth(0))


def call_nested():
    return len(boom(0))


def call_star():
    args = (0,)
    return boom(*args)


def compare():
    return 1 < s


def unary():
    return -s


def augassign_name():
    x = 1
    x += s
    return x


def augassign_subscript():
    e = {}
    e["k"] += 1


def augassign_attr():
    o.zzz += 1


def store_subscript():
    t = (1, 2)
    t[0] = 5


def store_attr():
    n.x = 1


def delete_subscript():
    del d["nope"]


def comprehension():
    return [1 / x for x in [1, 0]]


def multiline_binop():
    return (1 +
            s)


def multiline_call():
    return boom(
        0)


def wide_chars():
    return "漢字" + 1


def fstring():
    return f"{o.nothing}"


def unpack():
    a, b = 1
    return a


def not_iterable():
    for x in 5:
        pass


def lambda_key():
    return sorted([1, "a"], key=lambda v: v + 1)


def assert_fails():
    assert o.a == 2, "a is not 2"


def raise_stmt():
    raise ValueError("plain raise")


for case in [
    binop_plain, binop_floor, binop_paren, binop_tight, binop_wide, binop_nested, binop_with_call,
    binop_comment, subscript_key, subscript_spaces, subscript_slice, subscript_tuple, subscript_nested,
    subscript_index, attr_missing, attr_chain, method_missing, method_raises, method_keyword,
    method_chain_lines, call_nested, call_star, compare, unary, augassign_name, augassign_subscript,
    augassign_attr, store_subscript, store_attr, delete_subscript, comprehension, multiline_binop,
    multiline_call, wide_chars, fstring, unpack, not_iterable, lambda_key, assert_fails, raise_stmt,
]:
    print("==", case.__name__)
    show(case)
