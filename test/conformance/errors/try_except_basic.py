# try/except catches exceptions by type; the exception object is bound with `as`
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught:", e, type(e).__name__)
try:
    int("abc")
except ValueError as e:
    print("caught:", e)
try:
    [][1]
except IndexError:
    print("caught IndexError without binding")
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
print(safe_div(1, 2), safe_div(1, 0))
try:
    try:
        {}["k"]
    except IndexError:
        print("wrong handler")
except KeyError as e:
    print("outer handler got KeyError", e)
try:
    raise ValueError("explicit", 42)
except ValueError as e:
    print(e.args, str(e), repr(e))
print("done")
