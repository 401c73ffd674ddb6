import sys

def f(a, b=2, *args, c, **kw):
    x = a + b
    frame = sys._getframe()
    print(sorted(k for k in frame.f_locals if k != 'frame'), frame.f_locals['x'])
    print(frame.f_code.co_name, frame.f_code.co_argcount, frame.f_code.co_kwonlyargcount)
    print(frame.f_code.co_varnames, frame.f_code.co_names)
    print(frame.f_back.f_code.co_name, frame.f_back.f_lineno, frame.f_lineno)
    print(frame.f_globals is globals(), frame.f_code.co_filename == __file__)
    print(frame.f_code.co_firstlineno, type(frame.f_code.co_code).__name__)
    print(frame.f_trace, frame.f_trace_lines, frame.f_trace_opcodes)
    return frame

fr = f(1, c=3)
print(sorted(fr.f_locals), fr.f_locals['x'])
print(fr.f_lineno)

def outer():
    v = 'outer'
    def inner():
        return sys._getframe(1)
    return inner()

print(outer().f_locals['v'])
try:
    sys._getframe(100)
except ValueError as e:
    print('ValueError', e)

def bad(frame, event, arg):
    if event == 'line' and frame.f_lineno == victim.__code__.co_firstlineno + 2:
        raise RuntimeError('tracer failed')
    return bad

def victim():
    a = 1
    b = 2
    return a + b

sys.settrace(bad)
try:
    victim()
except RuntimeError as e:
    print('caught', e, sys.gettrace())

def setter(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'changed':
        if frame.f_lineno == changed.__code__.co_firstlineno + 2:
            frame.f_locals['a'] = 42
    return setter

def changed():
    a = 1
    return a

sys.settrace(setter)
print('changed', changed())
sys.settrace(None)

def pbad(frame, event, arg):
    if event == 'c_call':
        raise KeyError('profiler')
sys.setprofile(pbad)
try:
    len([])
except KeyError as e:
    print('profile error', e, sys.getprofile())
