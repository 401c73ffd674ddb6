# raise ... from ... sets __cause__; implicit chaining sets __context__
try:
    try:
        {}["key"]
    except KeyError as e:
        raise ValueError("lookup failed") from e
except ValueError as err:
    print(repr(err), repr(err.__cause__), repr(err.__context__), err.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during handling")
except TypeError as err:
    print(repr(err), err.__cause__, repr(err.__context__), err.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("suppressed context") from None
except TypeError as err:
    print(repr(err), err.__cause__, repr(err.__context__), err.__suppress_context__)
try:
    raise RuntimeError("direct") from ValueError("cause without context")
except RuntimeError as err:
    print(repr(err.__cause__), err.__context__)
