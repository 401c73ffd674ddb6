# except with a tuple of classes, nested tuples, and a class held in a variable
def check(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        print("lookup-ish:", type(e).__name__, e)
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print("three classes:", type(e).__name__, e)
    except ArithmeticError as e:
        print("arith:", type(e).__name__)
    except Exception:
        print("other:", type(exc).__name__)
for exc in (KeyError("k"), IndexError(1), TypeError("t"), ValueError("v"), ZeroDivisionError("z"),
            OverflowError("o"), RuntimeError("r")):
    check(exc)
handled = (AttributeError, NameError)
try:
    None.x
except handled as e:
    print("from variable:", type(e).__name__)
klass = LookupError
try:
    {}[0]
except klass:
    print("LookupError held in a name")
try:
    raise UnboundLocalError("u")
except () as e:
    print("empty tuple never matches")
except NameError as e:
    print("subclass of NameError:", e)
