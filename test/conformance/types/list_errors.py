# list errors: pop from empty, remove/index of missing values, out-of-range indices
def attempt(label, fn):
    try:
        print(label, fn())
    except (IndexError, ValueError, TypeError) as e:
        print(label, type(e).__name__ + ":", e)
attempt("pop empty", lambda: [].pop())
attempt("pop index", lambda: [1, 2].pop(5))
attempt("remove", lambda: [1, 2].remove(3))
attempt("index", lambda: [1, 2].index(3))
attempt("getitem", lambda: [1, 2][2])
attempt("getitem neg", lambda: [1, 2][-3])
def setitem():
    x = [1]
    x[1] = 2
attempt("setitem", setitem)
def delitem():
    x = [1]
    del x[5]
attempt("delitem", delitem)
attempt("sort mixed", lambda: sorted([1, "a"]))
attempt("slice ok", lambda: [1, 2][5:10])
attempt("insert ok", lambda: [1, 2].insert(-10, 0))
