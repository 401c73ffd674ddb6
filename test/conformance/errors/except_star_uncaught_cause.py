# Uncaught: a bare raise re-raising part of the group and a 'raise ... from' in another clause.
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError as e:
        raise RuntimeError("r") from e
f()
