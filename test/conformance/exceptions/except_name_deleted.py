# the `as` name is unbound after the handler: NameError at module level, UnboundLocalError in a function
try:
    raise ValueError("first")
except ValueError as err:
    print("inside:", err)
try:
    err
except NameError as e:
    print(type(e).__name__, e)
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        print("handled", exc)
    return exc
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def g():
    exc = "kept?"
    try:
        [][1]
    except IndexError as exc:
        pass
    return "exc" in locals()
print("g:", g())
x = 1
try:
    pass
except Exception as x:
    pass
print("not raised, x still", x)
