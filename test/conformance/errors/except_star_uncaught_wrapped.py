# A bare exception no except* clause matched propagates bare; one a clause re-raises with a bare
# raise propagates wrapped in ExceptionGroup('', (e,)), uncaught.
def f():
    try:
        raise ValueError("naked")
    except* TypeError:
        pass
try:
    f()
except* ValueError as g:
    print(repr(g), repr(g.exceptions[0]))
def h():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
h()
