# unpacking errors: too many values, not enough values, non-iterable
def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__ + ":", e)
def f1():
    a, b = [1, 2, 3]
def f2():
    a, b, c = [1, 2]
def f3():
    a, *b, c = [1]
def f4():
    a, b = 5
def f5():
    a, b = "ab"
def f6():
    (a, b), c = [1, 2], 3
def f7():
    a, = []
def f8():
    a, b = None
attempt("too many", f1)
attempt("not enough", f2)
attempt("starred", f3)
attempt("non-iterable", f4)
attempt("string", f5)
attempt("nested", f6)
attempt("empty", f7)
attempt("none", f8)
