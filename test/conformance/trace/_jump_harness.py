# The harness of the jump_* programs (a helper, not a test): run a function traced and jump once.
import sys

def jump(func, frm, to, event='line', *args):
    """Runs func(output) traced; at the first `event` on line def+frm of func, jumps to def+to."""
    code = func.__code__
    first = code.co_firstlineno
    done = []

    def tracer(frame, ev, arg):
        if done:
            return None
        if ev == event and frame.f_code is code and frame.f_lineno == first + frm:
            done.append(1)
            frame.f_lineno = first + to if isinstance(to, int) else to
        return tracer

    output = []
    sys.settrace(tracer)
    try:
        func(output, *args)
    except Exception as e:
        output.append((type(e).__name__, str(e)))
    finally:
        sys.settrace(None)
    print(func.__name__, frm, '->', to, output, '' if done else '(no jump)')


class cm:
    """A context manager that records its enter and exit."""
    def __init__(self, output, n):
        self.output = output
        self.n = n

    def __enter__(self):
        self.output.append(self.n)

    def __exit__(self, *exc):
        self.output.append(-self.n)

