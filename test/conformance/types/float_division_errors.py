# division by zero with floats and the error messages
for expr in ("1.0 / 0", "1 / 0.0", "1.0 // 0.0", "1.0 % 0.0", "divmod(1.0, 0.0)", "0.0 / 0.0"):
    pass
def attempt(label, fn):
    try:
        print(label, fn())
    except ZeroDivisionError as e:
        print(label, "ZeroDivisionError:", e)
attempt("1.0 / 0", lambda: 1.0 / 0)
attempt("1 / 0.0", lambda: 1 / 0.0)
attempt("1.0 // 0.0", lambda: 1.0 // 0.0)
attempt("1.0 % 0.0", lambda: 1.0 % 0.0)
attempt("divmod(1.0, 0.0)", lambda: divmod(1.0, 0.0))
attempt("0.0 / 0.0", lambda: 0.0 / 0.0)
attempt("5 // 0", lambda: 5 // 0)
attempt("divmod(5, 0)", lambda: divmod(5, 0))
attempt("1.0 / -0.0", lambda: 1.0 / -0.0)
attempt("0.0 ** -1", lambda: 0.0 ** -1)
attempt("1e-320 / 1e10", lambda: 1e-320 / 1e10)
