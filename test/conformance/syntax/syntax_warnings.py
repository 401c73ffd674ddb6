# SyntaxWarnings from the compiler (shown once each, before the program runs): `is` with a literal,
# calling or subscripting a literal (a missing comma), an assert on a parenthesized tuple
x = 5
t = (1, 2)
if x is 5:
    print("is 5")
print(x is not "five", x is None, x is True, x is ..., x is -1, t is (), t is (1, 2))
print(x is [], x == 5 is 5)
def f(n):
    assert (n, "n must be set")
    assert (1, "a tuple of constants warns too")
    assert () or True
    return [lambda: n is 1.5][0]()
print(f(0))
for expr in ["[1, 2][1.0]", "(1, 2)[x]", "'abc'['a']", "5[0]", "{1}[0]", "None[0]", "[1][1:2]", "'abc'[True]",
             "'abc'()", "[1]()", "(1, 2)()", "f'{x}'()", "{}()", "(i for i in t)()", "1.5()", "b''()"]:
    try:
        print(expr, eval(expr))
    except (TypeError, IndexError) as e:
        print(expr, type(e).__name__, e)
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile("y is 'a'\nassert (y, 2)", "<caught>", "exec")
print([(type(w.message).__name__, str(w.message), w.filename, w.lineno) for w in caught])
warnings.simplefilter("ignore", SyntaxWarning)
print(eval("1 is 1"))
warnings.simplefilter("error", SyntaxWarning)
try:
    compile("1 is 1", "<error>", "eval")
except SyntaxWarning as e:
    print(type(e).__name__, e)
