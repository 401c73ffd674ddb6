# An uncaught group whose except* clauses handled part of it and raised a new exception: the
# combined ExceptionGroup('', [...]) with the raised exception first, then the unhandled rest.
def inner():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
def f():
    try:
        inner()
    except* ValueError as g:
        print("caught", repr(g))
        raise KeyError('from handler')
    except* TypeError:
        print("type")
f()
