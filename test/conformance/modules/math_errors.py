# math domain and argument errors
import math
def attempt(label, fn):
    try:
        print(label, fn())
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(label, type(e).__name__ + ":", e)
attempt("sqrt(-1)", lambda: math.sqrt(-1))
attempt("log(0)", lambda: math.log(0))
attempt("log(-1)", lambda: math.log(-1))
attempt("acos(2)", lambda: math.acos(2))
attempt("factorial(-1)", lambda: math.factorial(-1))
attempt("factorial(2.5)", lambda: math.factorial(2.5))
attempt("isqrt(-1)", lambda: math.isqrt(-1))
attempt("exp(1000)", lambda: math.exp(1000))
attempt("gcd(1.5, 2)", lambda: math.gcd(1.5, 2))
attempt("sqrt('x')", lambda: math.sqrt("x"))
attempt("log(8, 1)", lambda: math.log(8, 1))
attempt("pow(0, -1)", lambda: math.pow(0, -1))
attempt("sqrt(4)", lambda: math.sqrt(4))
