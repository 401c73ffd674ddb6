# locals() in a function is the frame's f_locals dict (3.11's PyEval_GetLocals): the same dict
# each call, refreshed from the variables, keeping names exec() or a trace function put there.
import sys


def after_exec():
    exec('y = 5')
    return locals().get('y')


def identity():
    a = locals()
    x = 1
    b = locals()
    return a is b, sorted(k for k in a if k != 'a'), 'a' in b


def same_as_f_locals():
    x = 1
    return sys._getframe().f_locals is locals()


def extra_key():
    d = locals()
    d['z'] = 3
    return locals().get('z'), 'd' in locals()


def exec_cannot_rebind():
    x = 1
    exec('x = 2')
    return x, locals()['x']


def deleted():
    x = 1
    d = locals()
    del x
    return 'x' in locals(), 'x' in d


def from_trace():
    q = 1
    r = 2
    return sorted(locals())


def tracer(frame, event, arg):
    if frame.f_code.co_name == 'from_trace' and event == 'line':
        frame.f_locals['added_by_trace'] = True
    return tracer


print(after_exec())
print(identity())
print(same_as_f_locals())
print(extra_key())
print(exec_cannot_rebind())
print(deleted())
sys.settrace(tracer)
print(from_trace())
sys.settrace(None)
