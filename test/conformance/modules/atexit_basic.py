# atexit: calls run when the program ends, last registered first, with their arguments;
# unregister() and the private helpers; a call that raises is reported and the rest run.
import atexit
import sys


class Named:
    """A callable with a fixed repr (a function's would show its address)."""

    def __init__(self, name, exc=None):
        self.name = name
        self.exc = exc

    def __call__(self, *args, **kwargs):
        print('run', self.name, args, sorted(kwargs.items()))
        if self.exc is not None:
            raise self.exc

    def __repr__(self):
        return f'<Named {self.name}>'


# Counted from here: the interpreter's site may have registered callbacks of its own.
base = atexit._ncallbacks()
first = Named('first')
print(atexit.register(first, 1, 2, key='v') is first)
atexit.register(Named('raises', ValueError('boom')))
atexit.register(Named('exits', SystemExit(3)))
gone = Named('unregistered')
atexit.register(gone)
atexit.register(gone, 'twice')
print('callbacks', atexit._ncallbacks() - base)
atexit.unregister(gone)
print('after unregister', atexit._ncallbacks() - base)
atexit.register(print, 'print registered last, runs first')

for bad in [lambda: atexit.register(), lambda: atexit.register(1), lambda: atexit.unregister(),
            lambda: atexit._ncallbacks(1), lambda: atexit.unregister(f=1)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)

# _run_exitfuncs runs and clears what is registered so far.
saved = Named('run early')
import atexit as again
print(again is atexit)
print('main done')
sys.stdout.flush()
raise KeyError('uncaught: its traceback comes before the exit calls')
