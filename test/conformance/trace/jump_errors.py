# frame.f_lineno = N refused: bad values, events other than 'line', frames not traced.
import sys


def body(out):
    out.append(1)
    out.append(2)
    out.append(3)


def try_set(event, value, opcodes=False):
    """Sets body's f_lineno to `value` at its first `event`; prints what happened."""
    code = body.__code__
    seen = []

    def tracer(frame, ev, arg):
        if frame.f_code is not code:
            return tracer
        if opcodes:
            frame.f_trace_opcodes = True
        if ev == event and not seen:
            seen.append(ev)
            try:
                frame.f_lineno = value
                print(' ', event, repr(value), 'jumped, f_lineno now', frame.f_lineno)
            except Exception as e:
                print(' ', event, repr(value), type(e).__name__, e)
        return tracer

    out = []
    sys.settrace(tracer)
    body(out)
    sys.settrace(None)
    print(' ', out)


first = body.__code__.co_firstlineno
for value in ['3', 2.0, None, True, first + 3]:
    try_set('line', value)

class MyInt(int):
    pass

try_set('line', MyInt(first + 2))
for value in [2 ** 31, -2 ** 31 - 1, 2 ** 100, 2 ** 31 - 1, -2 ** 31, 0, -5, first - 1, first + 4]:
    try_set('line', value)
try_set('call', first + 2)
try_set('return', first + 2)
try_set('opcode', first + 2, opcodes=True)


def raiser(out):
    out.append(1)
    1 / 0


def on_exception():
    def tracer(frame, ev, arg):
        if ev == 'exception' and frame.f_code is raiser.__code__:
            try:
                frame.f_lineno = frame.f_lineno - 1
            except ValueError as e:
                print('  exception event:', e)
        return tracer
    out = []
    sys.settrace(tracer)
    try:
        raiser(out)
    except ZeroDivisionError as e:
        print('  raised', repr(e), out)
    sys.settrace(None)

on_exception()


# Raised by the trace function, the ValueError propagates into the traced frame at that line.
def catches(out):
    try:
        out.append(2)
    except ValueError as e:
        out.append(('caught', str(e)))


def propagate():
    code = catches.__code__
    def tracer(frame, ev, arg):
        if ev == 'line' and frame.f_code is code and frame.f_lineno == code.co_firstlineno + 2:
            frame.f_lineno = 'nowhere'
        return tracer
    out = []
    sys.settrace(tracer)
    catches(out)
    sys.settrace(None)
    print(' ', out)

propagate()

try:
    del sys._getframe().f_lineno
except AttributeError as e:
    print('del:', e)


# f_lineno read back after a jump, and two jumps in one event (the second from the first's target).
def twice(out):
    out.append(1)
    out.append(2)
    out.append(3)
    out.append(4)


def jump_twice():
    code = twice.__code__
    first = code.co_firstlineno
    done = []
    def tracer(frame, ev, arg):
        if ev == 'line' and frame.f_code is code and frame.f_lineno == first + 1 and not done:
            done.append(1)
            frame.f_lineno = first + 3
            print('  now at', frame.f_lineno - first)
            frame.f_lineno = first + 2
            print('  now at', frame.f_lineno - first)
        return tracer
    out = []
    sys.settrace(tracer)
    twice(out)
    sys.settrace(None)
    print(' ', out)

jump_twice()


# Module-level code: a jump back to the first line of an exec'd module.
source = """
# a comment first
out.append(2)
out.append(3)
out.append(4)
"""
module_code = compile(source, '<jump module>', 'exec')


def jump_module():
    done = []
    def tracer(frame, ev, arg):
        if ev == 'line' and frame.f_code is module_code and frame.f_lineno == 4 and not done:
            done.append(1)
            frame.f_lineno = 1
        return tracer
    ns = {'out': []}
    sys.settrace(tracer)
    exec(module_code, ns)
    sys.settrace(None)
    print('  module', ns['out'])

jump_module()


# Inside a generator: a jump in its body between two yields.
def counter():
    yield 1
    yield 2
    yield 3
    yield 4


def jump_in_generator():
    code = counter.__code__
    first = code.co_firstlineno
    done = []
    def tracer(frame, ev, arg):
        if ev == 'line' and frame.f_code is code and frame.f_lineno == first + 2 and not done:
            done.append(1)
            frame.f_lineno = first + 4
        return tracer
    sys.settrace(tracer)
    got = list(counter())
    sys.settrace(None)
    print('  generator', got)

jump_in_generator()


# Outside a trace function, and from a frame other than the one whose event runs.
def probe(tag):
    try:
        sys._getframe().f_lineno = 3
    except ValueError as e:
        print(' ', tag, e)

probe('untraced')


def short():
    return 1


def quiet(frame, ev, arg):
    return quiet

sys.settrace(quiet)
short()
sys.settrace(None)
probe('after tracing')


def probing(frame, ev, arg):
    if ev == 'line':
        probe('during a line event')
    return probing

sys.settrace(probing)
short()
sys.settrace(None)


def traced_caller():
    x = 1
    probe('in a traced frame')

sys.settrace(quiet)
traced_caller()
sys.settrace(None)
sys.setprofile(lambda *a: None)
short()
sys.setprofile(None)
probe('after a profile')
