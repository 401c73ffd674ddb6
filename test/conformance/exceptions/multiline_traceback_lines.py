# The line a traceback names for an error inside a statement that spans lines.


def lines(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def report(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, lines(e.__traceback__))


def div(a, b):
    return a / b


class Thing:
    def meth(self, x):
        return 1 / x


def call_args():
    x = div(
        1,
        0)


def keyword_call():
    div(1,
        b=0)


def method_call():
    t = Thing()
    t.meth(
        0)


def method_chain():
    t = Thing()
    (t
     .meth(0))


def missing_attr():
    t = Thing()
    y = (t
         .missing)


def binop():
    a = 1
    b = 0
    c = (a +
         a /
         b)


def subscript():
    d = {}
    return d[
        'key']


def dict_literal():
    return {
        'a': 1,
        'b': 1 / 0,
    }


def comprehension():
    return [1 / x
            for x in [1, 0]]


def nested_call():
    return div(div(1, 1),
               div(1,
                   0))


def attr_store():
    t = Thing()
    t.y = (
        1 / 0)


def augassign():
    t = Thing()
    t.z += (
        1)


def assert_multiline():
    assert (1 ==
            2), 'no'


def raise_multiline():
    raise ValueError(
        'multi',
        'line')


def unpack():
    a, b = (
        1, 2, 3)


def with_exit():
    class CM:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            return 1 / 0
    with CM():
        pass


for fn in (call_args, keyword_call, method_call, method_chain, missing_attr, binop,
           subscript, dict_literal, comprehension, nested_call, attr_store, augassign,
           assert_multiline, raise_multiline, unpack, with_exit):
    report(fn)
