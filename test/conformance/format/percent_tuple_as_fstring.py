# '...%s...' % (a, b) compiles as an f-string (CPython 3.11's optimize_format): same values, errors located at the item
class B:
    def __str__(self): return "B!"
    def __repr__(self): return "Brepr"
b = B()
x = 3.14159
for f in ["%s", "%r", "%a", "%-5s|", "%5s|", "%.2s|", "%5.1s|", "%05s|", "%+s", "%#r", "%% %s %%", "%s%s", "%d", "%100s", "%10.10s", "%.s|", "%-s", "%5", "%(k)s", "é%sü", "%s"]:
    src = f"{f!r} % (b, x)" if f.count("%") - 2 * f.count("%%") == 2 else f"{f!r} % (b,)"
    try:
        print(repr(f), repr(eval(src)))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
def g(a, b):
    return "%s-%r" % (a, b)
def h(a):
    return "%d items" % (a,)
def k(a):
    return "%s" % (*a,)
def m(a):
    return "%s" % (1,)
print(g(1, "x"), "%s and %s" % (b, [1]), "%s %s" % (1,) if False else "")
try:
    "%s %s" % (b,)
except TypeError as e:
    print("TypeError", e)
try:
    "%s" % (b, 2)
except TypeError as e:
    print("TypeError", e)
