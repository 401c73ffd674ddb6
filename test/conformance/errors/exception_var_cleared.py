# the `except ... as name` variable is deleted when the handler ends
e = "outer value"
try:
    raise ValueError("inner")
except ValueError as e:
    print("in handler:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    return saved, "exc" in locals()
saved, still_bound = f()
print(type(saved).__name__, still_bound)
