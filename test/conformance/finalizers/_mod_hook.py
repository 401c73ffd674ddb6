# Helper: an unraisable hook that prints a report without addresses (installed from here, so
# that sys does not reach the main module's dict through it).
import sys

def hook(u):
    name = getattr(u.object, "__qualname__", type(u.object).__name__)
    print("hook:", u.exc_type.__name__, u.exc_value, u.err_msg, name, u.exc_traceback is not None)

sys.unraisablehook = hook
