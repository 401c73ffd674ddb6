# CPython's messages for IndexError and KeyError, and how KeyError shows its key
cases = [
    lambda: [1, 2][5], lambda: (1,)[-2], lambda: "ab"[9], lambda: [].pop(), lambda: [1].pop(4),
    lambda: range(3)[3], lambda: {}["missing"], lambda: {}[42], lambda: {}[(1, "a")], lambda: {}[None],
    lambda: {}[""], lambda: {1: 2}.pop(3), lambda: {}.popitem(), lambda: set().pop(), lambda: {1}.remove(2),
    lambda: [1, 2, 3].index(7), lambda: (1,).index("x"), lambda: "abc".index("z"), lambda: [1].remove(5),
    lambda: "abc".rindex("q"),
]
for case in cases:
    try:
        case()
        print("no error")
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, repr(str(e)), e.args)
def setitem(lst, i):
    try:
        lst[i] = 0
    except IndexError as e:
        print(type(e).__name__, e)
setitem([1, 2], 2)
setitem([], -1)
try:
    del [1][3]
except IndexError as e:
    print(type(e).__name__, e)
