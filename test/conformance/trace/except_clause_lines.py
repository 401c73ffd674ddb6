# Line events of except clauses whose type spans lines: the clause traces its type's
# first line, then the clause's own line for the match (3.11 has no instruction before
# the type); an except* clause list starts at the first clause's line.
import sys

out = []


def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    out.append(f"{frame.f_code.co_name}:{event}:{frame.f_lineno - frame.f_code.co_firstlineno}")
    return tracer


class errors:
    Bad = KeyError
    table = [TypeError]


def plain():
    try:
        raise KeyError(
            "x")
    except (
        ValueError
    ):
        pass
    except (
        TypeError,
        KeyError
    ) as e:
        pass
    return 1


def attribute_types():
    for exc in (KeyError, TypeError, OSError):
        try:
            raise exc
        except \
                errors.Bad:
            pass
        except (
            errors
            .table[0]
        ):
            pass
        except (OSError,
                ValueError):
            pass


def star():
    try:
        raise ExceptionGroup("g", [KeyError(1), TypeError(2)])
    except* (
        ValueError
    ):
        pass
    except* (
        KeyError
    ) as e:
        pass
    except* (TypeError,
             ZeroDivisionError):
        pass
    return 1


def one_line():
    result = None
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    try:
        raise ExceptionGroup("g", [KeyError(1)])
    except* KeyError:
        pass
    return result


sys.settrace(tracer)
plain()
attribute_types()
star()
one_line()
sys.settrace(None)
print("\n".join(out))
