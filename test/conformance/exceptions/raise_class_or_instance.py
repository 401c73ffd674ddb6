# raise accepts a class (instantiated with no args) or an instance; anything else is a TypeError
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args, repr(e))
try:
    raise ValueError("given")
except ValueError as e:
    print(repr(e))
for bad in (42, "text", int, None):
    try:
        raise bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    raise ValueError("x") from 42
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError("y") from KeyError
except ValueError as e:
    print("cause instantiated:", repr(e.__cause__))
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)
